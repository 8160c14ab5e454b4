/*
 * article.c: line classification, title, dateline, stated date and body.
 */
#include "article.h"
#include "regex.h"
#include "utf8.h"

#include <string.h>

/* Lines longer than this are never site furniture. */
#define MAX_FURNITURE_BYTES 400
/* Tail lines this short without final punctuation are tags and links. */
#define MAX_TAIL_WORDS 8
#define MAX_TRAILER_LINES 6

static cp_regex re_furniture = CP_REGEX(
	"^(?:all sections|sections|menu|main menu|home|search|skip to (?:main )?content|"
	"toggle navigation|log ?in|sign ?in|sign up|register|subscribe(?: now)?|advertisement|"
	"sponsored(?: content)?|share(?: this(?: article| story)?)?|print|e-?mail|comments?|"
	"more headlines|more stories|top stories|latest news|you (?:may|might) also like|"
	"recommended(?: for you| stories)?|related(?: articles| stories| news| content| coverage)?|"
	"read more|also read|see also|most (?:read|popular|viewed)|trending(?: now)?|"
	"follow us\\b.*|click here\\b.*|loading\\.*)\\W*$", CP_RE_CASELESS);

static cp_regex re_paywall = CP_REGEX(
	"welcome,? guest|\\b(?:views?|articles?|stories) left\\b|free (?:articles|stories) remaining|"
	"already a subscriber|subscribe (?:to|now to) (?:continue|read)|register\\s*\\|\\s*sign in|"
	"sign in to (?:continue|read)|create a free account", CP_RE_CASELESS);

static cp_regex re_menu = CP_REGEX(
	"^[^|.!?]{1,40}(?:\\s*\\|\\s*[^|.!?]{1,40})+$", 0);

static cp_regex re_cookie = CP_REGEX(
	"\\bcookies?\\b.*\\b(?:use|accept|agree|policy|consent|continu)|"
	"\\b(?:use|accept|agree|policy|consent|continu)\\w*\\b.*\\bcookies?\\b", CP_RE_CASELESS);

static cp_regex re_credit = CP_REGEX(
	"^(?:\\[(?:image|photo|picture|video|graphic|illustration|file photo)\\b[^\\]]*\\]|"
	"\\((?:image|photo|picture|video)\\b[^)]*\\)|"
	"(?:source|sources|photo credit|image credit|credit|via|reporting by|additional reporting(?: by)?|"
	"editing by|written by|compiled by)\\s*:\\s*[^.!?]{1,80}|"
	"(?:reporting|editing|writing) by [^.!?]{1,80}|(?:\\x{00a9}|\\(c\\)|copyright)\\b.{0,120})$",
	CP_RE_CASELESS | CP_RE_UTF);

/*
 * A caption opens with a photo credit or ends with one.  Credits are short:
 * each pattern reads CAPTION_SCAN_BYTES at its end of the line, so a huge
 * line costs no more than a short one.
 */
#define CAPTION_SCAN_BYTES 2000

static cp_regex re_caption_open = CP_REGEX(
	"^\\((?:photo|image|picture|file photo)\\b[^)]*\\)|"
	"^(?:photo|image|picture|file photo)\\s*:",
	CP_RE_CASELESS);

static cp_regex re_caption_close = CP_REGEX(
	"\\((?:reuters|ap|afp|epa|getty images|ap photo|file photo|photo)\\b[^)]*\\)\\s*$",
	CP_RE_CASELESS);

static cp_regex re_date_prefix = CP_REGEX(
	"^(?:(?:published|updated|posted|last updated|first published|date)\\s*:?\\s*)?(?:on\\s+)?",
	CP_RE_CASELESS);

static cp_regex re_time_suffix = CP_REGEX(
	"^\\s*[|,-]?\\s*(?:at\\s+)?(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?)?\\s*$",
	CP_RE_CASELESS);

/*
 * "CAIRO —", "GAZA CITY, Gaza Strip (AP) —", "NEW YORK, Oct 19 -", and a
 * state before the date, as Reuters writes towns ("PORTLAND, Ore., Feb 26 -")
 */
static cp_regex re_dateline_caps = CP_REGEX(
	"^([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})"
	"(?:,\\s+[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+){0,2})?(?:,\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2})?"
	"\\s*(?:\\([A-Za-z .&]{1,20}\\)\\s*)?(?:\\x{2014}|\\x{2013}|--|-|:)\\s+",
	CP_RE_UTF);

/* "Cairo: US Secretary ..." */
static cp_regex re_dateline_colon = CP_REGEX(
	"^(?!(?:Update|Updated|Note|Editor|Correction|Clarification|Warning|Source|Photo|Image|"
	"Watch|Video|Read|Related|Breaking|Exclusive|Analysis|Opinion|Comment|Live|Quote|"
	"Question|Answer|Summary|Background|Context|Q|A)\\b)"
	"([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\\s+(?=[A-Z])", 0);

static bool
is_space_byte(const char *text, size_t pos, size_t len, int *w)
{
	uint32_t	cp;

	*w = cp_utf8_decode(text + pos, len - pos, &cp);
	return (cp_uc_class(cp) & (CP_UC_SPACE | CP_UC_CONTROL)) && cp != '\n';
}

static cp_line *
split_lines(cp_arena *arena, const char *text, size_t len, size_t *nlines)
{
	cp_vec		v;
	size_t		pos = 0;
	bool		blank_before = false;

	cp_vec_init(&v, sizeof(cp_line));
	while (pos < len)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - text) : len;
		size_t		s = pos,
					e = end;
		int			w;

		while (s < e && is_space_byte(text, s, len, &w))
		{
			cp_check_interrupts_crossing(s, s + w);
			s += w;
		}
		/* trailing white space: step back over ASCII blanks, CR and NBSP */
		while (e > s)
		{
			unsigned char c = (unsigned char) text[e - 1];
			size_t		step;

			if (c == ' ' || c == '\t' || c == '\r')
				step = 1;
			else if (e - s >= 2 && c == 0xA0 && (unsigned char) text[e - 2] == 0xC2)
				step = 2;
			else
				break;
			cp_check_interrupts_crossing(e, e - step);
			e -= step;
		}
		if (e > s)
		{
			cp_line    *l = cp_vec_push(arena, &v);

			l->start = (uint32_t) s;
			l->len = (uint32_t) (e - s);
			l->kind = CP_LINE_BODY;
			l->para_before = blank_before;
			blank_before = false;
		}
		else
			blank_before = true;
		cp_check_interrupts_crossing(pos, end + 1);
		pos = end + 1;
	}
	*nlines = v.count;
	return v.items;
}

static bool
ends_sentence(const char *s, size_t len)
{
	uint32_t	cp;

	if (len == 0)
		return false;
	cp_utf8_decode_back(s, len, &cp);
	return cp == '.' || cp == '!' || cp == '?' || cp == '"' || cp == 0x201D || cp == 0x2026 ||
		cp == ':' || cp == ';' || cp == ',';
}

static size_t
count_words(const char *s, size_t len)
{
	size_t		n = 0,
				i;
	bool		in = false;

	for (i = 0; i < len; i++)
	{
		bool		sp = (s[i] == ' ' || s[i] == '\t');

		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

/*
 * A headline is short, carries no dateline, and either lacks a final full
 * stop or is in title case; a first line that reads like a lede is body.
 */
static bool
looks_like_title(const char *s, size_t len)
{
	size_t		i,
				words = 0,
				long_words = 0,
				capitalized = 0;
	bool		period;

	if (len > 300 || cp_regex_match(&re_dateline_caps, s, len, 0, NULL, 0))
		return false;
	period = s[len - 1] == '.' || (len >= 2 && s[len - 2] == '.' && s[len - 1] == '"');
	if (!period)
		return true;
	for (i = 0; i < len;)
	{
		size_t		start;

		while (i < len && s[i] == ' ')
			i++;
		start = i;
		while (i < len && s[i] != ' ')
			i++;
		if (i == start)
			break;
		words++;
		if (i - start > 3)
		{
			long_words++;
			capitalized += (s[start] >= 'A' && s[start] <= 'Z');
		}
	}
	return words <= 8 || capitalized * 10 >= long_words * 6;
}

static bool
parse_date_line(const char *s, size_t len, cp_date *date)
{
	size_t		ov[2];
	size_t		consumed;

	if (len > 80 || !cp_regex_match(&re_date_prefix, s, len, 0, ov, 1))
		return false;
	if (!cp_parse_date_literal(s + ov[1], len - ov[1], date, &consumed))
		return false;
	return cp_regex_match(&re_time_suffix, s + ov[1] + consumed, len - ov[1] - consumed, 0,
						  NULL, 0);
}

/*
 * Words the unanchored patterns cannot match without: one scan of a line
 * finds them, looking only at one rarer letter of each (anchor), and the
 * patterns run only where their words are.
 */
enum
{
	NEED_PAYWALL = 1,			/* every branch of re_paywall holds one */
	NEED_COOKIE = 2				/* re_cookie */
};

typedef struct needed_word
{
	const char *word;			/* lower case */
	uint8_t		len;
	uint8_t		anchor;
	uint8_t		pattern;
} needed_word;

static const needed_word needed_words[] = {
	{"guest", 5, 0, NEED_PAYWALL}, {"left", 4, 2, NEED_PAYWALL},
	{"remaining", 9, 8, NEED_PAYWALL}, {"subscri", 7, 2, NEED_PAYWALL},
	{"sign in", 7, 2, NEED_PAYWALL}, {"account", 7, 1, NEED_PAYWALL},
	{"cookie", 6, 3, NEED_COOKIE}
};

/* For each byte, the words (bit k: needed_words[k]) it is the anchor of, in either case. */
static uint8_t needed_anchors[256];
static bool needed_anchors_ready;

/* The patterns (NEED_*) whose words s[0..len) holds, in any ASCII case. */
static unsigned
needed_patterns(const char *s, size_t len)
{
	unsigned	found = 0;

	if (!needed_anchors_ready)
	{
		for (size_t k = 0; k < sizeof(needed_words) / sizeof(needed_words[0]); k++)
		{
			unsigned char c = (unsigned char) needed_words[k].word[needed_words[k].anchor];

			needed_anchors[c] |= 1u << k;
			needed_anchors[c - 32] |= 1u << k;
		}
		needed_anchors_ready = true;
	}
	for (size_t i = 0; i < len; i++)
	{
		unsigned	words = needed_anchors[(unsigned char) s[i]];

		while (words)
		{
			const needed_word *w = &needed_words[__builtin_ctz(words)];

			words &= words - 1;
			if (i >= w->anchor && len - (i - w->anchor) >= w->len &&
				cp_ascii_ieq(s + i - w->anchor, w->word, w->len))
				found |= w->pattern;
		}
	}
	return found;
}

/*
 * What the anchored patterns need, read off the line's ends so that most
 * lines never run them.  Every branch of re_furniture but "follow us" and
 * "click here" is at most FURNITURE_WORD_BYTES long and ends in a word
 * byte, before the trailing non-word bytes the pattern allows (without
 * CP_RE_UTF its \w is [A-Za-z0-9_]).
 */
#define FURNITURE_WORD_BYTES 20	/* "skip to main content" */

static bool
may_be_furniture(const char *s, size_t len)
{
	size_t		n = len;

	while (n > 0 && !cp_ascii_alpha((unsigned char) s[n - 1]) &&
		   !cp_ascii_digit((unsigned char) s[n - 1]) && s[n - 1] != '_')
		n--;
	return n <= FURNITURE_WORD_BYTES ||
		(len >= 9 && cp_ascii_ieq(s, "follow us", 9)) ||
		(len >= 10 && cp_ascii_ieq(s, "click here", 10));
}

/*
 * re_credit opens with a bracket, a letter its words start with, or a
 * byte past ASCII: "\u00a9", or a letter caseless UTF matching folds to an
 * ASCII one (long s).
 */
static bool
may_be_credit(const char *s)
{
	unsigned char c = (unsigned char) s[0];

	return c >= 0x80 || (c != 0 && strchr("[(sSpPiIcCvVrRaAeEwW", c) != NULL);
}

/* One word of 2 to 12 capital letters, nothing else (lines come trimmed). */
static bool
sign_off(const char *s, size_t len)
{
	if (len < 2 || len > 12)
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return false;
	return true;
}

static cp_line_kind
classify(const char *s, size_t len, cp_date *date)
{
	if (len <= MAX_FURNITURE_BYTES)
	{
		unsigned	needs;

		/* first: a date line may look like a menu ("Tuesday, July 22, 2014 | 6:10 PM") */
		if (parse_date_line(s, len, date))
			return CP_LINE_DATE;
		needs = needed_patterns(s, len);
		if ((may_be_furniture(s, len) && cp_regex_match(&re_furniture, s, len, 0, NULL, 0)) ||
			((needs & NEED_PAYWALL) && cp_regex_match(&re_paywall, s, len, 0, NULL, 0)) ||
			(memchr(s, '|', len) && cp_regex_match(&re_menu, s, len, 0, NULL, 0)) ||
			((needs & NEED_COOKIE) && cp_regex_match(&re_cookie, s, len, 0, NULL, 0)) ||
			(may_be_credit(s) && cp_regex_match(&re_credit, s, len, 0, NULL, 0)))
			return CP_LINE_BOILERPLATE;
	}
	/* a caption opens with "(Photo" or "Photo:" or ends with a credit in brackets */
	if ((s[0] == '(' || s[len - 1] == ')' || memchr(s, ':', len < 16 ? len : 16)) &&
		(cp_regex_match(&re_caption_open, s,
						len < CAPTION_SCAN_BYTES ? len : CAPTION_SCAN_BYTES, 0, NULL, 0) ||
		 cp_regex_match(&re_caption_close, s, len,
						len > CAPTION_SCAN_BYTES ? len - CAPTION_SCAN_BYTES : 0, NULL, 0)))
		return CP_LINE_CAPTION;
	return CP_LINE_BODY;
}

void
cp_article_lines(cp_arena *arena, const char *text, size_t len, cp_article *out)
{
	size_t		i;
	size_t		content = 0,
				nbody = 0,
				trailers = 0;

	memset(out, 0, sizeof(*out));
	out->title_line = -1;
	out->lines = split_lines(arena, text, len, &out->nlines);
	for (i = 0; i < out->nlines; i++)
	{
		cp_line    *l = &out->lines[i];
		cp_date		d;

		l->kind = classify(text + l->start, l->len, &d);
		if (l->kind == CP_LINE_DATE && !out->has_published)
		{
			out->has_published = true;
			out->published = d;
		}
		if (l->kind == CP_LINE_BODY || l->kind == CP_LINE_CAPTION)
			content++;
		nbody += l->kind == CP_LINE_BODY;
		if ((i & 255) == 255)
			cp_check_interrupts();
	}
	/* the title: first content line, if more content follows and it is headline-sized */
	for (i = 0; i < out->nlines && content > 1; i++)
	{
		cp_line    *l = &out->lines[i];

		if (l->kind == CP_LINE_CAPTION)
			break;
		if (l->kind != CP_LINE_BODY)
			continue;
		if (looks_like_title(text + l->start, l->len))
		{
			l->kind = CP_LINE_TITLE;
			out->title_line = (int) i;
			nbody--;
		}
		break;
	}
	/* tags and links trailing the story: short lines without final punctuation */
	for (i = out->nlines; i-- > 0 && trailers < MAX_TRAILER_LINES;)
	{
		cp_line    *l = &out->lines[i];

		if (l->kind != CP_LINE_BODY)
			continue;
		if (nbody <= 1 || l->len > 80 ||
			count_words(text + l->start, l->len) > MAX_TAIL_WORDS ||
			ends_sentence(text + l->start, l->len))
			break;
		/*
		 * The story's last line, one word in capitals, is a wire's sign-off
		 * ("REUTER", "AP"), not a tag that names something.
		 */
		l->kind = trailers == 0 && sign_off(text + l->start, l->len) ?
			CP_LINE_BOILERPLATE : CP_LINE_TRAILER;
		nbody--;
		trailers++;
	}
}

/* "GAZA CITY" -> "Gaza City"; mixed case is kept. */
static const char *
place_name(cp_arena *arena, const char *s, size_t len)
{
	char	   *p = cp_arena_strndup(arena, s, len);
	size_t		i;

	if (!cp_has_ascii_lower(p, len))
	{
		bool		word_start = true;

		for (i = 0; i < len; i++)
		{
			char		c = p[i];

			if (c >= 'A' && c <= 'Z' && !word_start)
				p[i] = c + 32;
			word_start = (c == ' ' || c == '-' || c == '\'');
		}
	}
	return p;
}

void
cp_article_find_dateline(cp_arena *arena, const char *text, cp_article *out)
{
	size_t		i,
				seen = 0;

	for (i = 0; i < out->nlines && seen < 3; i++)
	{
		cp_line    *l = &out->lines[i];
		size_t		ov[4];
		const char *s = text + l->start;

		if (l->kind != CP_LINE_BODY)
			continue;
		seen++;
		if (cp_regex_match(&re_dateline_caps, s, l->len, 0, ov, 2) ||
			(l->len >= 100 && cp_regex_match(&re_dateline_colon, s, l->len, 0, ov, 2)))
		{
			out->dateline = place_name(arena, s + ov[2], ov[3] - ov[2]);
			l->body_skip = (uint32_t) ov[1];
			return;
		}
	}
}

void
cp_article_analyze(cp_arena *arena, const char *text, size_t len, cp_article *out)
{
	cp_article_lines(arena, text, len, out);
	cp_article_find_dateline(arena, text, out);
	cp_article_body(arena, text, out);
}

void
cp_article_body(cp_arena *arena, const char *text, cp_article *out)
{
	cp_buf		body,
				boiler;
	size_t		i,
				body_bytes = 0,
				boiler_bytes = 0;
	bool		gap = false,
				any_body = false;

	cp_buf_init(&body);
	cp_buf_init(&boiler);
	/* room for every line and separator: the copies below never grow a buffer */
	for (i = 0; i < out->nlines; i++)
	{
		const cp_line *l = &out->lines[i];

		if ((i & 255) == 255)
			cp_check_interrupts();
		if (l->kind == CP_LINE_BODY)
		{
			body_bytes += l->len - l->body_skip + 2;
			boiler_bytes += l->body_skip + 1;
		}
		else if (l->kind != CP_LINE_TITLE)
			boiler_bytes += l->len + 1;
	}
	cp_buf_reserve(arena, &body, body_bytes);
	cp_buf_reserve(arena, &boiler, boiler_bytes);
	for (i = 0; i < out->nlines; i++)
	{
		cp_line    *l = &out->lines[i];

		if ((i & 255) == 255)
			cp_check_interrupts();
		if (l->para_before)
			gap = true;
		switch ((cp_line_kind) l->kind)
		{
			case CP_LINE_BODY:
				if (l->body_skip)
				{
					/* the dateline as written ("NEW YORK, Oct 19 -") */
					size_t		n = l->body_skip;

					while (n > 0 && text[l->start + n - 1] == ' ')
						n--;
					if (boiler.len)
						cp_buf_putc(arena, &boiler, '\n');
					cp_buf_append(arena, &boiler, text + l->start, n);
				}
				if (any_body)
					cp_buf_append(arena, &body, gap ? "\n\n" : "\n", gap ? 2 : 1);
				cp_buf_append(arena, &body, text + l->start + l->body_skip,
							  l->len - l->body_skip);
				any_body = true;
				gap = false;
				break;
			case CP_LINE_BOILERPLATE:
			case CP_LINE_TRAILER:
			case CP_LINE_CAPTION:
			case CP_LINE_DATE:
				if (boiler.len)
					cp_buf_putc(arena, &boiler, '\n');
				cp_buf_append(arena, &boiler, text + l->start, l->len);
				gap = true;
				break;
			case CP_LINE_TITLE:
			case CP_LINE_BLANK:
				gap = true;
				break;
		}
	}
	out->body = cp_buf_cstr(arena, &body);
	out->body_len = body.len;
	out->boilerplate = cp_buf_cstr(arena, &boiler);
	out->boilerplate_len = boiler.len;
}

bool
cp_article_reference(const cp_article *a, cp_reference_mode mode, int32_t given, int32_t *days)
{
	if (mode == CP_REF_GIVEN)
		*days = given;
	else if (mode == CP_REF_STATED && a->has_published)
		*days = cp_date_to_days(a->published.year, a->published.month, a->published.day);
	else
		return false;
	return true;
}

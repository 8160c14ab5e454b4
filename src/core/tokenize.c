/*
 * tokenize.c: streaming tokenizer; see tokenize.h for the conventions.
 */
#include "tokenize.h"
#include "utf8.h"
#include "wordtab.h"

#include <string.h>

/* Abbreviations that take a period; titles never end a sentence. */
typedef struct abbrev
{
	const char *word;
} abbrev;

static const abbrev title_abbrevs[] = {
	{"Adm"}, {"Amb"}, {"Brig"}, {"Capt"}, {"Cdr"}, {"Cmdr"}, {"Col"}, {"Cpl"}, {"Dr"}, {"Fr"},
	{"Gen"}, {"Gov"}, {"Hon"}, {"Lt"}, {"Maj"}, {"Messrs"}, {"Mr"}, {"Mrs"}, {"Ms"}, {"Mme"},
	{"Mlle"}, {"Msgr"}, {"Pres"}, {"Prof"}, {"Pvt"}, {"Rep"}, {"Rev"}, {"Sen"}, {"Sgt"}, {"Sr"},
	{"Jr"}, {"St"}, {"Supt"}, {"Mt"}, {"Ft"}, {"Sheikh"}, {"No"}, {"Nos"}, {"Vol"}, {"Art"},
	{"Fig"}, {"vs"}, {"v"}
};
static int16_t title_abbrevs_slots[256];
static cp_wordtab title_abbrevs_table = CP_WORDTAB(title_abbrevs, title_abbrevs_slots);

static const abbrev other_abbrevs[] = {
	{"Jan"}, {"Feb"}, {"Mar"}, {"Apr"}, {"Jun"}, {"Jul"}, {"Aug"}, {"Sep"}, {"Sept"}, {"Oct"},
	{"Nov"}, {"Dec"}, {"Mon"}, {"Tue"}, {"Tues"}, {"Wed"}, {"Thu"}, {"Thur"}, {"Thurs"}, {"Fri"},
	{"Sat"}, {"Sun"}, {"Inc"}, {"Corp"}, {"Co"}, {"Ltd"}, {"Bros"}, {"Dept"}, {"Univ"}, {"Assn"},
	{"Ave"}, {"Blvd"}, {"Rd"}, {"etc"}, {"approx"}, {"est"}, {"al"}, {"cf"}, {"ca"}, {"Ala"},
	{"Ariz"}, {"Ark"}, {"Calif"}, {"Colo"}, {"Conn"}, {"Del"}, {"Fla"}, {"Ga"}, {"Ill"}, {"Ind"},
	{"Kan"}, {"Ky"}, {"La"}, {"Md"}, {"Mass"}, {"Mich"}, {"Minn"}, {"Miss"}, {"Mo"}, {"Mont"},
	{"Neb"}, {"Nev"}, {"Okla"}, {"Ore"}, {"Pa"}, {"Tenn"}, {"Tex"}, {"Va"}, {"Vt"}, {"Wash"},
	{"Wis"}, {"Wyo"}, {"Gov't"}, {"mln"}, {"bln"}, {"pct"}, {"yr"}, {"yrs"}, {"mth"}, {"mths"},
	{"Pty"}, {"Plc"}, {"Cie"}, {"Ste"}
};
static int16_t other_abbrevs_slots[256];
static cp_wordtab other_abbrevs_table = CP_WORDTAB(other_abbrevs, other_abbrevs_slots);

bool
cp_is_title_abbrev(const char *s, size_t len)
{
	return cp_wordtab_find(&title_abbrevs_table, s, len) >= 0;
}

/*
 * Is s[0..n), in capitals, a title's abbreviation written so, as datelines
 * and headlines do ("ST. LOUIS", "GOV. BROWN")?  The period at s[n] and a
 * word in capitals after it, within end: "the FT. But" ends a sentence.
 */
static bool
title_abbrev_in_capitals(const char *s, size_t n, const char *end)
{
	char		title_case[8];

	if (n < 2 || n >= sizeof(title_case) || end - (s + n) < 4 || s[n + 1] != ' ' ||
		s[n + 2] < 'A' || s[n + 2] > 'Z' || (s[n + 3] >= 'a' && s[n + 3] <= 'z'))
		return false;
	title_case[0] = s[0];
	for (size_t i = 1; i < n; i++)
		title_case[i] = cp_ascii_lower(s[i]);
	return cp_wordtab_find(&title_abbrevs_table, title_case, n) >= 0;
}

/* No strlen: most calls fail at the first byte, and they are many. */
bool
cp_token_is_word(const char *text, const cp_token *tok, const char *word)
{
	size_t		i;

	for (i = 0; i < tok->len; i++)
	{
		char		a = text[tok->start + i],
					b = word[i];

		if (b == '\0')
			return false;
		if (cp_ascii_lower(a) != cp_ascii_lower(b))
			return false;
	}
	return word[i] == '\0';
}

/* Classes of the ASCII bytes, looked up without decoding (most of news text). */
static uint16_t ascii_classes[128];
static bool ascii_classes_ready;

void
cp_tokenizer_init(cp_tokenizer *tz, const char *text, size_t len, size_t from, size_t to)
{
	if (!ascii_classes_ready)
	{
		for (uint32_t c = 0; c < 128; c++)
			ascii_classes[c] = (uint16_t) cp_uc_class(c);
		ascii_classes_ready = true;
	}
	tz->text = text;
	tz->len = len;
	tz->pos = from < len ? from : len;
	tz->end = to < len ? to : len;
}

/* Code point and class at byte offset pos (0 / no class past end). */
static inline __attribute__((always_inline)) unsigned
class_at(const cp_tokenizer *tz, size_t pos, uint32_t *cp, int *n)
{
	unsigned char c;

	if (pos >= tz->end)
	{
		*cp = 0;
		*n = 0;
		return 0;
	}
	c = (unsigned char) tz->text[pos];
	if (c < 0x80)
	{
		*cp = c;
		*n = 1;
		return ascii_classes[c];
	}
	*n = cp_utf8_decode(tz->text + pos, tz->end - pos, cp);
	return cp_uc_class(*cp);
}

static unsigned
class_before(const cp_tokenizer *tz, size_t pos)
{
	uint32_t	cp;

	if (pos == 0)
		return CP_UC_SPACE;
	if ((unsigned char) tz->text[pos - 1] < 0x80)
		return ascii_classes[(unsigned char) tz->text[pos - 1]];
	cp_utf8_decode_back(tz->text, pos, &cp);
	return cp_uc_class(cp);
}

#define ALNUM (CP_UC_ALPHA | CP_UC_DIGIT | CP_UC_MARK)

static bool
is_hyphen(uint32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static bool
is_symbol(uint32_t cp)
{
	return strchr("$%&@#+=*/\\<>^|~", (int) cp) != NULL && cp != 0 ? true :
		(cp == 0xA2 || cp == 0xA3 || cp == 0xA5 || cp == 0xA7 || cp == 0xA9 ||
		 cp == 0xAE || cp == 0xB0 || cp == 0xB1 || cp == 0xB6 ||
		 (cp >= 0x20A0 && cp <= 0x20CF) || cp == 0x2122 || cp == 0x2264 || cp == 0x2265);
}

/* Exactly three digits at q, as after a thousands separator? */
static bool
three_digits_at(const cp_tokenizer *tz, size_t q)
{
	const unsigned char *t = (const unsigned char *) tz->text;

	return q + 3 <= tz->end && cp_ascii_digit(t[q]) && cp_ascii_digit(t[q + 1]) &&
		cp_ascii_digit(t[q + 2]) && (q + 3 == tz->end || !cp_ascii_digit(t[q + 3]));
}

/* Letters in a run starting at pos, stopping at the first non-letter. */
static size_t
alpha_run(const cp_tokenizer *tz, size_t pos, size_t *bytes)
{
	size_t		n = 0,
				start = pos;
	uint32_t	cp;
	int			w;

	while (class_at(tz, pos, &cp, &w) & CP_UC_ALPHA)
	{
		pos += w;
		n++;
		if (n > 3)
			break;
	}
	*bytes = pos - start;
	return n;
}

static void
scan_word(cp_tokenizer *tz, cp_token *tok)
{
	size_t		pos = tok->start;
	size_t		seg_letters = 0;	/* letters since start or last period */
	bool		has_alpha = false,
				has_digit = false,
				all_upper = true,
				first_alpha_seen = false,
				has_period = false,
				hyphen = false;
	uint32_t	cp,
				ncp;
	int			w = 0,
				nw;
	unsigned	cls,
				ncls;
	size_t		limit = tz->end - tok->start > CP_MAX_TOKEN_BYTES ?
		tok->start + CP_MAX_TOKEN_BYTES : tz->end;

	while (pos < limit)
	{
		cls = class_at(tz, pos, &cp, &w);
		if (cls & ALNUM)
		{
			if (cls & CP_UC_ALPHA)
			{
				if (!first_alpha_seen)
				{
					first_alpha_seen = true;
					if (cls & CP_UC_UPPER)
						tok->flags |= CP_TF_CAPITALIZED;
				}
				if (cls & CP_UC_LOWER)
					all_upper = false;
				has_alpha = true;
				seg_letters++;
			}
			else if (cls & CP_UC_DIGIT)
				has_digit = true;
			pos += w;
			if (first_alpha_seen)
			{
				/* the rest of a run of ASCII lower case: most of any text */
				size_t		from = pos;

				while (pos < limit && tz->text[pos] >= 'a' && tz->text[pos] <= 'z')
					pos++;
				if (pos > from)
				{
					all_upper = false;
					seg_letters += pos - from;
				}
			}
			continue;
		}
		/* what may go on inside a word: hyphens, apostrophes, ',', '.', ':' and '/' */
		if (!is_hyphen(cp) && !(cls & CP_UC_APOS) && cp != ',' && cp != '.' && cp != ':' && cp != '/')
			break;
		ncls = class_at(tz, pos + w, &ncp, &nw);
		if (is_hyphen(cp) && (ncls & ALNUM) && (class_before(tz, pos) & ALNUM))
		{
			hyphen = true;
			seg_letters = 0;
			pos += w;
			continue;
		}
		if ((cls & CP_UC_APOS) && (ncls & CP_UC_ALPHA) && (class_before(tz, pos) & CP_UC_ALPHA))
		{
			/* "'s" followed by a non-letter is a possessive: stop here */
			uint32_t	acp;
			int			aw;

			if ((ncp == 's' || ncp == 'S') &&
				!(class_at(tz, pos + w + nw, &acp, &aw) & ALNUM))
				break;
			pos += w;
			continue;
		}
		if (cp == ',' && has_digit && !has_alpha && (class_before(tz, pos) & CP_UC_DIGIT))
		{
			if (!three_digits_at(tz, pos + 1))
				break;
			pos += 1;			/* a thousands separator */
			continue;
		}
		if ((cp == '.' || cp == ':' || cp == '/') && (ncls & CP_UC_DIGIT) &&
			(class_before(tz, pos) & CP_UC_DIGIT))
		{
			/* decimals "1.25", times "8:03", fractions and dates "3/4" */
			pos += 1;
			continue;
		}
		if (cp == '.' && has_alpha && !has_digit && seg_letters >= 1 && seg_letters <= 2 &&
			(class_before(tz, pos) & CP_UC_ALPHA))
		{
			size_t		bytes;
			size_t		letters = (ncls & CP_UC_ALPHA) ? alpha_run(tz, pos + 1, &bytes) : 0;

			if (letters >= 1 && letters <= 2 && pos + 1 + bytes < tz->end &&
				tz->text[pos + 1 + bytes] == '.')
			{
				/* inside an initialism: "U.S.", "p.m.", "Ph.D." */
				has_period = true;
				seg_letters = 0;
				pos += 1;
				continue;
			}
			if (has_period)
			{
				/* the final period of an initialism belongs to it */
				pos += 1;
				tok->flags |= CP_TF_ABBREV;
				break;
			}
		}
		break;
	}
	if (pos == tok->start)
		pos += w > 0 ? w : 1;	/* a lone mark cannot stall the scan */

	tok->len = (uint32_t) (pos - tok->start);
	if (!(tok->flags & CP_TF_ABBREV) && pos < tz->end && tz->text[pos] == '.' && has_alpha &&
		!has_digit && !hyphen)
	{
		const char *s = tz->text + tok->start;
		size_t		n = tok->len;
		bool		single_upper = (n == 1 && s[0] >= 'A' && s[0] <= 'Z'),
					title = !single_upper && (cp_wordtab_find(&title_abbrevs_table, s, n) >= 0 ||
											  (all_upper && title_abbrev_in_capitals(s, n, tz->text + tz->end)));

		if (single_upper || title || cp_wordtab_find(&other_abbrevs_table, s, n) >= 0)
		{
			tok->flags |= CP_TF_ABBREV;
			if (single_upper)
				tok->flags |= CP_TF_INITIAL;
			else if (title)
				tok->flags |= CP_TF_TITLE_ABBREV;
			tok->len++;
		}
	}
	if (has_alpha)
		tok->flags |= CP_TF_HAS_ALPHA;
	if (has_digit)
		tok->flags |= CP_TF_HAS_DIGIT;
	if (hyphen)
		tok->flags |= CP_TF_HYPHENATED;
	if (has_alpha && all_upper)
		tok->flags |= CP_TF_ALL_UPPER;
	tok->kind = has_alpha ? CP_TOK_WORD : (has_digit ? CP_TOK_NUMBER : CP_TOK_PUNCT);
}

static void
scan_quote(cp_tokenizer *tz, cp_token *tok, uint32_t cp, int w, unsigned cls)
{
	unsigned	before = class_before(tz, tok->start);
	uint32_t	ncp;
	int			nw;
	unsigned	after = class_at(tz, tok->start + w, &ncp, &nw);
	bool		space_before = (tok->start == 0) || (before & CP_UC_SPACE) ||
		(before & CP_UC_DASH) || (before & CP_UC_QUOTE) ||
		(tok->start > 0 && strchr("([{", tz->text[tok->start - 1]) != NULL);
	bool		space_after = (after == 0) || (after & CP_UC_SPACE);

	tok->len = (uint32_t) w;
	if (cls & CP_UC_APOS)
	{
		/* possessive "'s" and plural possessive "Hamas' " */
		if ((before & CP_UC_ALPHA) && (ncp == 's' || ncp == 'S'))
		{
			uint32_t	acp;
			int			aw;

			if (!(class_at(tz, tok->start + w + nw, &acp, &aw) & ALNUM))
			{
				tok->len = (uint32_t) (w + nw);
				tok->kind = CP_TOK_WORD;
				tok->flags |= CP_TF_POSSESSIVE | CP_TF_HAS_ALPHA;
				return;
			}
		}
		if ((before & CP_UC_ALPHA) && tok->start > 0 &&
			(tz->text[tok->start - 1] == 's' || tz->text[tok->start - 1] == 'S') &&
			(after & CP_UC_SPACE))
		{
			size_t		q = tok->start + w;
			uint32_t	qcp;
			int			qw;

			while (q < tz->end && tz->text[q] == ' ')
				q++;
			if (class_at(tz, q, &qcp, &qw) & (CP_UC_ALPHA | CP_UC_DIGIT))
			{
				tok->kind = CP_TOK_WORD;
				tok->flags |= CP_TF_POSSESSIVE;
				return;
			}
		}
	}
	tok->kind = CP_TOK_QUOTE;
	if (cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x2039 ||
		cp == 0x203A || cp == '`')
		tok->flags |= CP_TF_SINGLE_QUOTE;
	if (cp_uc_is_open_quote(cp))
		tok->flags |= CP_TF_OPEN_QUOTE;
	else if (cp_uc_is_close_quote(cp))
	{
		/* a right mark after a space and before a word is used as an opener */
		if (space_before && !space_after)
			tok->flags |= CP_TF_OPEN_QUOTE;
		else
			tok->flags |= CP_TF_CLOSE_QUOTE;
	}
	else if (space_before && !space_after)
		tok->flags |= CP_TF_OPEN_QUOTE;
	else if (!space_before)
		tok->flags |= CP_TF_CLOSE_QUOTE;
}

bool
cp_tokenizer_next(cp_tokenizer *tz, cp_token *tok)
{
	uint32_t	cp;
	int			w;
	unsigned	cls;
	int			newlines = 0;
	bool		space = false;

	unsigned	skipped = 0;

	memset(tok, 0, sizeof(*tok));
	for (;;)
	{
		/* a document of nothing but white space must stay cancellable */
		if ((++skipped & 0xFFFF) == 0)
			cp_check_interrupts();
		/* the blank between two words, first */
		if (tz->pos < tz->end && tz->text[tz->pos] == ' ')
		{
			space = true;
			tz->pos++;
			continue;
		}
		cls = class_at(tz, tz->pos, &cp, &w);
		if (w == 0)
			return false;
		if (cls & (CP_UC_SPACE | CP_UC_CONTROL))
		{
			space = true;
			if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85)
				newlines++;
			else if (cp == '\r' && !(tz->pos + 1 < tz->end && tz->text[tz->pos + 1] == '\n'))
				newlines++;
			tz->pos += w;
			continue;
		}
		break;
	}
	if (space || tz->pos == 0)
		tok->flags |= CP_TF_SPACE_BEFORE;
	if (newlines > 0)
		tok->flags |= CP_TF_NEWLINE_BEFORE;
	if (newlines > 1)
		tok->flags |= CP_TF_PARA_BEFORE;
	tok->start = (uint32_t) tz->pos;

	if (cls & ALNUM)
		scan_word(tz, tok);
	else if (cls & CP_UC_QUOTE || cls & CP_UC_APOS)
		scan_quote(tz, tok, cp, w, cls);
	else if (cls & CP_UC_DASH)
	{
		size_t		pos = tz->pos + w;
		uint32_t	ncp;
		int			nw;

		/* "--" and "---" are one dash */
		while (class_at(tz, pos, &ncp, &nw) & CP_UC_DASH && ncp == cp &&
			   pos - tok->start < CP_MAX_TOKEN_BYTES)
			pos += nw;
		tok->len = (uint32_t) (pos - tok->start);
		tok->kind = CP_TOK_DASH;
	}
	else if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)
	{
		size_t		pos = tz->pos + w;
		uint32_t	ncp;
		int			nw;

		/* "...", "?!" and "!!!" stay one token */
		while (pos - tok->start < CP_MAX_TOKEN_BYTES)
		{
			class_at(tz, pos, &ncp, &nw);
			if (ncp == '.' || ncp == '!' || ncp == '?' || ncp == 0x2026)
				pos += nw;
			else
				break;
		}
		tok->len = (uint32_t) (pos - tok->start);
		tok->kind = CP_TOK_PUNCT;
		tok->flags |= CP_TF_SENT_END;
	}
	else
	{
		tok->len = (uint32_t) w;
		tok->kind = is_symbol(cp) ? CP_TOK_SYMBOL : CP_TOK_PUNCT;
	}
	tz->pos = tok->start + tok->len;
	{
		uint32_t	ncp;
		int			nw;
		unsigned	ncls = class_at(tz, tz->pos, &ncp, &nw);

		if (nw == 0 || (ncls & (CP_UC_SPACE | CP_UC_CONTROL)))
			tok->flags |= CP_TF_SPACE_AFTER;
	}
	return true;
}

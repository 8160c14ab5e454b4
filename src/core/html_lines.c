/*
 * html_lines.c: lines of a page's text judged by their words alone, for the
 * main-text extractor (html_extract.c): furniture and prompt lines, notices
 * about comments, sentence ends, the date and byline lines at the head of
 * an article, and the names a byline gives.
 */
#include "html_internal.h"

#include <string.h>

#include "calendar.h"
#include "utf8.h"

/* s begins with w, ASCII letters in any case. */
bool
cp_html_starts(const char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);

	return len >= n && cp_ascii_ieq(s, w, n);
}

/* Short lines that are page furniture wherever they stand, by how they open. */
static const char *const furniture_lines[] = {
	"advert", "story continues below", "continue reading", "read more", "related:",
	"recommended", "sign up", "subscribe", "share this", "follow us", "click here", "image:",
	"photo:", "image caption", "media caption", "explore further", "citation:",
};

/* How a line opens that sends the reader to an address ("Follow ... at https://..."). */
static const char *const contact_lines[] = {
	"follow ", "reach ", "contact ", "email ", "e-mail ", "write to ",
};

/* Words of prompts and notices: a short paragraph with two of them is one. */
static const char *const prompt_words[] = {
	"newsletter", "inbox", "sign up", "subscribe", "delivered to", "click here", "copyright",
	"rights reserved", "permission", "cookies", "privacy policy", "terms of use", "retrieved",
};

static bool
contains_ci(const char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);

	for (size_t i = 0; i + n <= len; i++)
		if (cp_ascii_ieq(s + i, w, n))
			return true;
	return false;
}

bool
cp_html_furniture_line(const char *s, size_t len)
{
	int			cues = 0;

	if (len <= 80)
		for (size_t i = 0; i < sizeof(furniture_lines) / sizeof(furniture_lines[0]); i++)
		{
			size_t		n = strlen(furniture_lines[i]);

			if (len >= n && cp_ascii_ieq(s, furniture_lines[i], n))
				return true;
		}
	/* a photo credit */
	if (len <= 120 && contains_ci(s, len, "\xC2\xA9"))
		return true;
	if (len <= 200 && (contains_ci(s, len, "http") || contains_ci(s, len, "www.") || memchr(s, '@', len)))
		for (size_t i = 0; i < sizeof(contact_lines) / sizeof(contact_lines[0]); i++)
			if (cp_html_starts(s, len, contact_lines[i]))
				return true;
	if (len > 400)
		return false;
	for (size_t i = 0; i < sizeof(prompt_words) / sizeof(prompt_words[0]); i++)
		cues += contains_ci(s, len, prompt_words[i]);
	return cues >= 2;
}

/*
 * Words of a notice about the comments below ("we are moderating all
 * comments", "comentários ... não serão aprovados pelo moderador"): one of
 * each in a short paragraph.  Taken as one only at the end of the text,
 * where the comment section begins; a story may quote a moderator's comment.
 */
static const char *const comment_words[] = {"comment", "coment", "kommentar"};
static const char *const moderation_words[] = {"moderat", "moderad", "approv", "aprova", "spam"};

bool
cp_html_comment_notice(const char *s, size_t len)
{
	bool		c = false,
				m = false;

	if (len > 300)
		return false;
	for (size_t i = 0; i < sizeof(comment_words) / sizeof(comment_words[0]); i++)
		c |= contains_ci(s, len, comment_words[i]);
	for (size_t i = 0; i < sizeof(moderation_words) / sizeof(moderation_words[0]); i++)
		m |= contains_ci(s, len, moderation_words[i]);
	return c && m;
}

/* s[0..len) ends a sentence: a full stop, question or exclamation mark, then closing quotes or brackets. */
bool
cp_html_ends_sentence(const char *s, size_t len)
{
	for (;;)
	{
		while (len && cp_html_is_space((unsigned char) s[len - 1]))
			len--;
		if (len && (s[len - 1] == '"' || s[len - 1] == '\'' || s[len - 1] == ')'))
			len--;
		else if (len >= 3 && memcmp(s + len - 3, "\xE2\x80", 2) == 0 &&
				 ((unsigned char) s[len - 1] == 0x9D || (unsigned char) s[len - 1] == 0x99))
			len -= 3;			/* ” ’ */
		else if (len >= 2 && memcmp(s + len - 2, "\xC2\xBB", 2) == 0)
			len -= 2;			/* » */
		else
			return len && (s[len - 1] == '.' || s[len - 1] == '!' || s[len - 1] == '?');
	}
}

/*
 * A date or byline line at the head of the article ("segunda-feira, 22 de
 * janeiro de 2018", "Published on Nov 20, 2019", "by Jane Doe /
 * 2016.12.01"): metadata, not text.  The date is among the line's first
 * four words, where a sentence would not have it.
 */
bool
cp_html_head_line(const char *s, size_t len, bool month_first)
{
	int64_t		secs;
	size_t		n,
				at,
				words = 0;

	if (len > 160)
		return false;
	if (len <= 100 && cp_html_byline_lead(s, len, &n))
		return true;
	if (!cp_html_find_printed_time(s, len < 64 ? len : 64, month_first, &secs, &at))
		return false;
	for (size_t i = 0; i < at; i++)
		words += s[i] == ' ';
	return words <= 3;
}

/* What introduces a byline, and what ends the names in one. */
static const char *const byline_lead[] = {
	"by ", "by: ", "posted by ", "written by ", "analysis by ", "von ", "por ", "par ",
	"text: ", "\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82: ",	/* Текст: */
};
static const char *const byline_stop[] = {
	"|", "\xE2\x80\xA2", "\xC2\xB7", "@", "\n", " published", " updated", " posted", " - ",
	" \xE2\x80\x94", " \xE2\x80\x93",
};

bool
cp_html_byline_lead(const char *s, size_t len, size_t *n)
{
	for (size_t i = 0; i < sizeof(byline_lead) / sizeof(byline_lead[0]); i++)
		if (cp_html_starts(s, len, byline_lead[i]))
		{
			*n = strlen(byline_lead[i]);
			return true;
		}
	return false;
}

/*
 * The names in a byline: "By Jane Doe and John Roe | Staff" and "Jane Doe
 * Published 9:02 AM Nov 19, 2019" as "Jane Doe and John Roe", "Jane Doe":
 * cut at a separator, a digit, a weekday name with its comma, or a month
 * name before a number.
 */
void
cp_html_clean_byline(const char **s, size_t *len)
{
	size_t		n;
	size_t		cut = *len;

	if (cp_html_byline_lead(*s, *len, &n))
	{
		*s += n;
		*len -= n;
		cut = *len;
	}
	for (size_t i = 0; i < *len && i < cut; i++)
	{
		const char *w = *s + i;
		size_t		rest = *len - i,
					wl = 0;

		/* a number, not the digits of a handle ("rmb8090") */
		if (cp_ascii_digit((unsigned char) *w) &&
			(i == 0 || !(cp_ascii_alpha((unsigned char) w[-1]) || cp_ascii_digit((unsigned char) w[-1]))))
			cut = i;
		for (size_t k = 0; k < sizeof(byline_stop) / sizeof(byline_stop[0]); k++)
			if ((byline_stop[k][0] | 0x20) == (*w | 0x20) && cp_html_starts(w, rest, byline_stop[k]))
				cut = i;
		if (i > 0 && (*s)[i - 1] != ' ' && (*s)[i - 1] != ',')
			continue;
		while (wl < rest && cp_ascii_alpha((unsigned char) w[wl]))
			wl++;
		if (wl >= 3 && ((cp_weekday_from_name(w, wl) >= 0 && wl < rest && w[wl] == ',') ||
						(cp_month_from_name(w, wl) > 0 && wl + 1 < rest && w[wl] == ' ' &&
						 cp_ascii_digit((unsigned char) w[wl + 1]))))
			cut = i;
	}
	*len = cut;
	for (;;)
	{
		while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == ','))
			(*len)--;
		if (*len > 3 && (cp_html_starts(*s + *len - 3, 3, " on") || cp_html_starts(*s + *len - 3, 3, " at")))
			*len -= 3;
		else
			break;
	}
}

/* "Jane Doe Jane Doe", a name printed twice (for two layouts), once. */
void
cp_html_halve_repeat(const char *s, size_t *len)
{
	size_t		h = *len / 2;

	if (*len >= 3 && *len % 2 == 1 && s[h] == ' ' && memcmp(s, s + h + 1, h) == 0)
		*len = h;
}

/*
 * html_meta.c: a page's metadata from what it states for machines: JSON-LD
 * (schema.org NewsArticle and kin), Open Graph and other <meta> tags,
 * <link rel=canonical>, <html lang> and <time datetime>.  Each source has a
 * rank; a field keeps the value of the best-ranked source.
 */
#include "html_internal.h"

#include <string.h>

#include "calendar.h"
#include "utf8.h"

void
cp_html_offer(cp_html *h, int field, const char *s, size_t len, int rank)
{
	cp_html_field *f = &h->field[field];

	while (len && (unsigned char) *s <= ' ')
		s++, len--;
	while (len && (unsigned char) s[len - 1] <= ' ')
		len--;
	if (len == 0 || (f->rank && f->rank <= rank))
		return;
	f->s = cp_arena_strndup(h->arena, s, len);
	f->len = len;
	f->rank = rank;
}

static bool
digits(const char *s, size_t len, size_t at, size_t n, int *v)
{
	*v = 0;
	if (at + n > len)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		if (!cp_ascii_digit((unsigned char) s[at + i]))
			return false;
		*v = *v * 10 + (s[at + i] - '0');
	}
	return true;
}

bool
cp_html_parse_time(const char *s, size_t len, int64_t *secs)
{
	int			y,
				mo,
				d,
				hh = 0,
				mi = 0,
				ss = 0,
				oh = 0,
				om = 0;
	size_t		i = 10;
	int64_t		offset = 0;

	while (len && (unsigned char) *s <= ' ')
		s++, len--;
	if (!digits(s, len, 0, 4, &y) || len < 10 || s[4] != '-' || s[7] != '-' ||
		!digits(s, len, 5, 2, &mo) || !digits(s, len, 8, 2, &d) || !cp_date_valid(y, mo, d))
		return false;
	/* templates print year 1 (or 0001-01-01) for "no date" */
	if (y < 1900)
		return false;
	if (i < len && (s[i] == 'T' || s[i] == ' ') && digits(s, len, i + 1, 2, &hh) &&
		i + 3 < len && s[i + 3] == ':' && digits(s, len, i + 4, 2, &mi))
	{
		i += 6;
		if (i < len && s[i] == ':' && digits(s, len, i + 1, 2, &ss))
			i += 3;
		if (i < len && (s[i] == '.' || s[i] == ','))
			for (i++; i < len && cp_ascii_digit((unsigned char) s[i]); i++)
				;
		if (hh > 24 || mi > 59 || ss > 60)
			return false;
		while (i < len && s[i] == ' ')
			i++;
		if (i < len && (s[i] == '+' || s[i] == '-') && digits(s, len, i + 1, 2, &oh))
		{
			size_t		m = i + 3 < len && s[i + 3] == ':' ? i + 4 : i + 3;

			(void) digits(s, len, m, 2, &om);
			offset = (int64_t) (oh * 3600 + om * 60) * (s[i] == '-' ? -1 : 1);
		}
	}
	/* 10957 days from 1970-01-01 to 2000-01-01, the calendar's day 0 */
	*secs = ((int64_t) cp_date_to_days(y, mo, d) + 10957) * 86400 +
		hh * 3600 + mi * 60 + ss - offset;
	return true;
}

/* Zone abbreviations printed after times, in minutes east of UTC. */
static const struct
{
	const char *name;
	int			minutes;
}			zones[] = {
	{"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300}, {"MST", -420}, {"MDT", -360},
	{"PST", -480}, {"PDT", -420}, {"GMT", 0}, {"UTC", 0}, {"BST", 60}, {"CET", 60}, {"CEST", 120},
	{"IST", 330}, {"AMT", 240}, {"MSK", 180}, {"KST", 540}, {"JST", 540},
};

/*
 * A zone at s: an abbreviation from the table, "GMT" or "UTC" with an
 * optional offset, or an offset ("-0600", "+05:30"); minutes east of UTC.
 */
static bool
zone(const char *s, size_t len, int *minutes)
{
	size_t		i = 0;
	int			h,
				m = 0;

	*minutes = 0;
	for (size_t z = 0; z < sizeof(zones) / sizeof(zones[0]); z++)
	{
		size_t		zl = strlen(zones[z].name);

		if (len >= zl && memcmp(s, zones[z].name, zl) == 0 &&
			(zl == len || !cp_ascii_alpha((unsigned char) s[zl])))
		{
			*minutes = zones[z].minutes;
			i = zl;
			break;
		}
	}
	if (i < len && (s[i] == '+' || s[i] == '-') && digits(s, len, i + 1, 2, &h))
	{
		size_t		k = i + 3 < len && s[i + 3] == ':' ? i + 4 : i + 3;

		(void) digits(s, len, k, 2, &m);
		*minutes = (h * 60 + m) * (s[i] == '-' ? -1 : 1);
		return true;
	}
	return i > 0;
}

/*
 * A time of day with its zone in s ("11:34 PM EST", "16:07:38 -0600",
 * "03:05:46 GMT+0000") as seconds after midnight UTC of its day (may be
 * negative or past a day).
 */
static bool
zoned_time(const char *s, size_t len, int64_t *secs)
{
	static const char *const ampm[] = {"am", "a.m.", "pm", "p.m."};

	for (size_t i = 0; i + 4 <= len; i++)
	{
		size_t		j = i;
		int			hh = 0,
					mm = 0,
					ss = 0,
					minutes;

		if (!cp_ascii_digit((unsigned char) s[i]) || (i && cp_ascii_digit((unsigned char) s[i - 1])))
			continue;
		while (j < len && j - i < 2 && cp_ascii_digit((unsigned char) s[j]))
			hh = hh * 10 + (s[j++] - '0');
		if (j >= len || s[j] != ':' || !digits(s, len, j + 1, 2, &mm) || hh > 23 || mm > 59)
			continue;
		j += 3;
		if (j < len && s[j] == ':' && digits(s, len, j + 1, 2, &ss))
			j += 3;
		while (j < len && s[j] == ' ')
			j++;
		for (size_t k = 0; k < 4; k++)
		{
			size_t		n = strlen(ampm[k]);

			if (len - j >= n && cp_ascii_ieq(s + j, ampm[k], n) &&
				(j + n == len || !cp_ascii_alpha((unsigned char) s[j + n])))
			{
				hh = hh % 12 + (k >= 2 ? 12 : 0);
				j += n;
				break;
			}
		}
		while (j < len && s[j] == ' ')
			j++;
		if (zone(s + j, len - j, &minutes))
		{
			*secs = (int64_t) hh * 3600 + mm * 60 + ss - (int64_t) minutes * 60;
			return true;
		}
	}
	return false;
}

/* Month names of the other languages pages print dates in, lower case. */
static const struct
{
	const char *name;
	int			month;
}			months[] = {
	/* German, Dutch */
	{"januar", 1}, {"j\xC3\xA4nner", 1}, {"januari", 1}, {"februar", 2}, {"februari", 2},
	{"m\xC3\xA4rz", 3}, {"maart", 3}, {"mai", 5}, {"mei", 5}, {"juni", 6}, {"juli", 7},
	{"augustus", 8}, {"oktober", 10}, {"dezember", 12},
	/* French */
	{"janvier", 1}, {"f\xC3\xA9vrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
	{"juillet", 7}, {"ao\xC3\xBBt", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
	{"d\xC3\xA9" "cembre", 12},
	/* Spanish, Portuguese, Italian */
	{"enero", 1}, {"janeiro", 1}, {"gennaio", 1}, {"febrero", 2}, {"fevereiro", 2},
	{"febbraio", 2}, {"marzo", 3}, {"mar\xC3\xA7o", 3}, {"abril", 4}, {"aprile", 4},
	{"mayo", 5}, {"maio", 5}, {"maggio", 5}, {"junio", 6}, {"junho", 6}, {"giugno", 6},
	{"julio", 7}, {"julho", 7}, {"luglio", 7}, {"agosto", 8}, {"septiembre", 9},
	{"setiembre", 9}, {"setembro", 9}, {"settembre", 9}, {"octubre", 10}, {"outubro", 10},
	{"ottobre", 10}, {"noviembre", 11}, {"novembro", 11}, {"diciembre", 12},
	{"dezembro", 12}, {"dicembre", 12},
};

/* A number of 1 to max_digits digits at s[i]; the index after it, or i. */
static size_t
number_at(const char *s, size_t len, size_t i, size_t max_digits, int *v)
{
	size_t		j = i;

	*v = 0;
	while (j < len && j - i < max_digits && cp_ascii_digit((unsigned char) s[j]))
		*v = *v * 10 + (s[j++] - '0');
	return j < len && cp_ascii_digit((unsigned char) s[j]) ? i : j;
}

static size_t
skip_blanks(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* "de " or "del " (Spanish, Portuguese) at s[i]: the index after it. */
static size_t
skip_de(const char *s, size_t len, size_t i)
{
	if (len - i >= 3 && cp_ascii_ieq(s + i, "de ", 3))
		return skip_blanks(s, len, i + 3);
	if (len - i >= 4 && cp_ascii_ieq(s + i, "del ", 4))
		return skip_blanks(s, len, i + 4);
	return i;
}

/*
 * A date English's reader does not know, at s: a day and a month name in
 * another language ("30. Juli 2018", "22 de janeiro de 2018"), or numbers
 * ("05/10/2018", "2018.08.25"), read day first unless month_first or the
 * day cannot be one.
 */
static bool
other_date(const char *s, size_t len, bool month_first, cp_date *d)
{
	int			a,
				b,
				c;
	size_t		i = number_at(s, len, 0, 4, &a),
				j;

	if (i == 0)
		return false;
	if (i == 4 && i < len && (s[i] == '/' || s[i] == '.') &&
		(j = number_at(s, len, i + 1, 2, &b)) > i + 1 && j < len && s[j] == s[i] &&
		number_at(s, len, j + 1, 2, &c) > j + 1)
	{
		d->year = a, d->month = b, d->day = c;
		return cp_date_valid(a, b, c);
	}
	if (i > 2)
		return false;
	if (i < len && (s[i] == '/' || s[i] == '.' || s[i] == '-') &&
		(j = number_at(s, len, i + 1, 2, &b)) > i + 1 && j < len && s[j] == s[i] &&
		number_at(s, len, j + 1, 4, &c) == j + 5)
	{
		if ((month_first && a <= 12) || b > 12)
			d->month = a, d->day = b;
		else
			d->month = b, d->day = a;
		d->year = c;
		return cp_date_valid(c, d->month, d->day);
	}
	/* day, a period or ordinal sign, "de", a month name, "de" or a comma, year */
	if (i < len && s[i] == '.')
		i++;
	else if (len - i >= 2 && memcmp(s + i, "\xC2\xBA", 2) == 0)
		i += 2;
	i = skip_de(s, len, skip_blanks(s, len, i));
	for (size_t k = 0; k < sizeof(months) / sizeof(months[0]); k++)
	{
		size_t		n = strlen(months[k].name);

		if (len - i < n || !cp_ascii_ieq(s + i, months[k].name, n) ||
			(i + n < len && cp_ascii_alpha((unsigned char) s[i + n])))
			continue;
		j = skip_blanks(s, len, i + n);
		if (j < len && s[j] == ',')
			j = skip_blanks(s, len, j + 1);
		j = skip_de(s, len, j);
		if (number_at(s, len, j, 4, &c) != j + 4)
			return false;
		d->year = c, d->month = months[k].month, d->day = a;
		return cp_date_valid(c, d->month, a);
	}
	return false;
}

bool
cp_html_parse_printed_time(const char *s, size_t len, bool month_first, int64_t *secs)
{
	size_t		at;

	return cp_html_find_printed_time(s, len, month_first, secs, &at);
}

bool
cp_html_find_printed_time(const char *s, size_t len, bool month_first, int64_t *secs, size_t *at)
{
	for (size_t i = 0; i < len; i++)
	{
		cp_date		d;
		size_t		used;

		*at = i;
		if (i && (cp_ascii_alpha((unsigned char) s[i - 1]) || cp_ascii_digit((unsigned char) s[i - 1])))
			continue;
		if (cp_html_parse_time(s + i, len - i, secs))
			return true;
		if ((cp_parse_date_literal(s + i, len - i, &d, &used) || other_date(s + i, len - i, month_first, &d)) &&
			d.year >= 1900)
		{
			int64_t		t;

			*secs = ((int64_t) cp_date_to_days(d.year, d.month, d.day) + 10957) * 86400;
			if (zoned_time(s, len, &t))
				*secs += t;
			return true;
		}
	}
	return false;
}

bool
cp_html_month_first(const cp_html *h)
{
	const cp_html_field *l = &h->field[HF_LANG];

	return (l->len == 2 || (l->len == 5 && cp_ascii_ieq(l->s + 2, "-us", 3)) ||
			(l->len == 5 && cp_ascii_ieq(l->s + 2, "_us", 3))) && cp_ascii_ieq(l->s, "en", 2);
}

void
cp_html_offer_time(cp_html *h, const char *s, size_t len, int rank)
{
	cp_html_field *f = &h->field[HF_PUBLISHED];
	int64_t		secs;

	if ((f->rank && f->rank <= rank) ||
		!(cp_html_parse_time(s, len, &secs) ||
		  cp_html_parse_printed_time(s, len, cp_html_month_first(h), &secs)))
		return;
	cp_html_offer(h, HF_PUBLISHED, s, len, rank);
	h->published = secs;
}

static bool
is_url(const char *v)
{
	return strncmp(v, "http://", 7) == 0 || strncmp(v, "https://", 8) == 0 || v[0] == '/';
}

/* <meta> names and properties, lower case, with the field and rank they give. */
typedef struct meta_name
{
	const char *name;
	int			field;
	int			rank;
} meta_name;

static const meta_name meta_names[] = {
	{"og:title", HF_TITLE, 2},
	{"twitter:title", HF_TITLE, 3},
	{"og:site_name", HF_SITE, 1},
	{"article:published_time", HF_PUBLISHED, 2},
	{"datepublished", HF_PUBLISHED, 3},
	{"og:published_time", HF_PUBLISHED, 3},
	{"published_time", HF_PUBLISHED, 3},
	{"pubdate", HF_PUBLISHED, 4},
	{"publishdate", HF_PUBLISHED, 4},
	{"publish-date", HF_PUBLISHED, 4},
	{"publish_date", HF_PUBLISHED, 4},
	{"parsely-pub-date", HF_PUBLISHED, 4},
	{"sailthru.date", HF_PUBLISHED, 5},
	{"dc.date.issued", HF_PUBLISHED, 5},
	{"dcterms.created", HF_PUBLISHED, 5},
	{"date", HF_PUBLISHED, 6},
	{"author", HF_BYLINE, 3},
	{"article:author", HF_BYLINE, 4},
	{"parsely-author", HF_BYLINE, 4},
	{"sailthru.author", HF_BYLINE, 5},
	{"dc.creator", HF_BYLINE, 5},
	{"og:url", HF_URL, 2},
	{"content-language", HF_LANG, 2},
	{"og:locale", HF_LANG, 3},
};

static void
meta_tag(cp_html *h, const char **atts)
{
	const char *key = NULL,
			   *content = NULL;

	for (; atts && atts[0]; atts += 2)
	{
		if (!atts[1])
			continue;
		if (strcmp(atts[0], "content") == 0)
			content = atts[1];
		else if (!key && (strcmp(atts[0], "property") == 0 || strcmp(atts[0], "name") == 0 ||
						  strcmp(atts[0], "itemprop") == 0 || strcmp(atts[0], "http-equiv") == 0))
			key = atts[1];
	}
	if (!key || !content)
		return;
	for (size_t i = 0; i < sizeof(meta_names) / sizeof(meta_names[0]); i++)
	{
		const meta_name *m = &meta_names[i];
		size_t		n = strlen(m->name);

		if (strlen(key) != n || !cp_ascii_ieq(key, m->name, n))
			continue;
		if (m->field == HF_PUBLISHED)
			cp_html_offer_time(h, content, strlen(content), m->rank);
		else if (m->field == HF_BYLINE && is_url(content))
			return;
		else
			cp_html_offer(h, m->field, content, strlen(content), m->rank);
		return;
	}
}

void
cp_html_element_meta(cp_html *h, const char *name, const char **atts)
{
	const char *v;

	if (strcmp(name, "meta") == 0)
		meta_tag(h, atts);
	else if (strcmp(name, "link") == 0)
	{
		const char *rel = NULL,
				   *href = NULL;

		for (; atts && atts[0]; atts += 2)
			if (atts[1] && strcmp(atts[0], "rel") == 0)
				rel = atts[1];
			else if (atts[1] && strcmp(atts[0], "href") == 0)
				href = atts[1];
		if (rel && href && strcmp(rel, "canonical") == 0)
			cp_html_offer(h, HF_URL, href, strlen(href), 1);
	}
	else if (strcmp(name, "html") == 0)
	{
		for (; atts && atts[0]; atts += 2)
			if (atts[1] && (strcmp(atts[0], "lang") == 0 || strcmp(atts[0], "xml:lang") == 0))
				cp_html_offer(h, HF_LANG, atts[1], strlen(atts[1]), 1);
	}
	else
	{
		const char *itemprop = NULL,
				   *datetime = NULL,
				   *content = NULL;
		bool		pubdate = false;

		for (; atts && atts[0]; atts += 2)
		{
			v = atts[1];
			if (strcmp(atts[0], "itemprop") == 0)
				itemprop = v;
			else if (strcmp(atts[0], "datetime") == 0)
				datetime = v;
			else if (strcmp(atts[0], "content") == 0)
				content = v;
			else if (strcmp(atts[0], "pubdate") == 0)
				pubdate = true;
		}
		if (itemprop && strcmp(itemprop, "datePublished") == 0 && (datetime || content))
			cp_html_offer_time(h, datetime ? datetime : content,
							   strlen(datetime ? datetime : content), 3);
		else if (datetime && strcmp(name, "time") == 0)
			cp_html_offer_time(h, datetime, strlen(datetime), pubdate ? 4 : 7);
	}
}

/* ---------------------------------------------------------------- JSON-LD */

/*
 * A forgiving scan of JSON: no tree, only the key each string value sits
 * under and whether it is inside an "author" value.  Enough for the few
 * fields wanted, and nothing a malformed block can make go wrong.
 */
#define JSON_MAX_DEPTH 64

typedef struct json_scan
{
	cp_html    *h;
	const char *s;
	size_t		len;
	size_t		i;
	int			depth;
	bool		in_object[JSON_MAX_DEPTH];
	const char *key[JSON_MAX_DEPTH];	/* the key whose value is open */
	size_t		key_len[JSON_MAX_DEPTH];
	int			author_depth;	/* depth of the open author value, or -1 */
	bool		author_done;	/* the first author value is closed */
	cp_buf		authors;
	cp_buf		value;
} json_scan;

static bool
key_is(const json_scan *j, const char *k)
{
	int			d = j->depth;

	return d >= 0 && d < JSON_MAX_DEPTH && j->key[d] && j->key_len[d] == strlen(k) &&
		memcmp(j->key[d], k, j->key_len[d]) == 0;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

/* The string at j->s[j->i] (after its quote), unescaped into j->value. */
static void
json_string(json_scan *j)
{
	cp_buf	   *b = &j->value;

	b->len = 0;
	while (j->i < j->len && j->s[j->i] != '"')
	{
		char		c = j->s[j->i++];
		uint32_t	cp = 0;
		char		enc[4];

		if (c != '\\' || j->i >= j->len)
		{
			cp_buf_putc(j->h->arena, b, c);
			continue;
		}
		c = j->s[j->i++];
		switch (c)
		{
			case 'n':
			case 'r':
			case 't':
				cp_buf_putc(j->h->arena, b, ' ');
				break;
			case 'u':
				for (int k = 0; k < 4 && j->i < j->len && hexval(j->s[j->i]) >= 0; k++)
					cp = cp * 16 + (uint32_t) hexval(j->s[j->i++]);
				if (cp >= 0xD800 && cp < 0xE000)
					cp = 0xFFFD;	/* lone halves; pairs are rare in these fields */
				cp_buf_append(j->h->arena, b, enc, (size_t) cp_utf8_encode(cp ? cp : 0xFFFD, enc));
				break;
			default:
				cp_buf_putc(j->h->arena, b, c);
		}
	}
	j->i++;
}

static void
json_value_string(json_scan *j)
{
	const char *v = j->value.data;
	size_t		n = j->value.len;

	if (j->author_depth >= 0 && !j->author_done &&
		(key_is(j, "name") || j->depth == j->author_depth))
	{
		if (j->authors.len >= 200 || is_url(v) || n == 0)
			return;
		if (j->authors.len)
			cp_buf_append(j->h->arena, &j->authors, ", ", 2);
		cp_buf_append(j->h->arena, &j->authors, v, n);
		return;
	}
	if (key_is(j, "headline"))
		cp_html_offer(j->h, HF_TITLE, v, n, 1);
	else if (key_is(j, "datePublished"))
		cp_html_offer_time(j->h, v, n, 1);
	else if (key_is(j, "dateCreated"))
		cp_html_offer_time(j->h, v, n, 5);
	else if (key_is(j, "inLanguage"))
		cp_html_offer(j->h, HF_LANG, v, n, 4);
}

static void
json_close_value(json_scan *j)
{
	if (j->author_depth >= 0 && j->depth == j->author_depth)
	{
		j->author_done = j->authors.len > 0;
		j->author_depth = -1;
	}
}

void
cp_html_jsonld(cp_html *h, const char *s, size_t len)
{
	json_scan	j;

	memset(&j, 0, sizeof(j));
	j.h = h;
	j.s = s;
	j.len = len;
	j.author_depth = -1;
	cp_buf_init(&j.authors);
	cp_buf_init(&j.value);
	while (j.i < j.len)
	{
		char		c = j.s[j.i++];
		bool		in_obj = j.depth < JSON_MAX_DEPTH && j.in_object[j.depth];

		if (c == '{' || c == '[')
		{
			if (j.depth < JSON_MAX_DEPTH && key_is(&j, "author") && j.author_depth < 0 && !j.author_done)
				j.author_depth = j.depth;
			j.depth++;
			if (j.depth < JSON_MAX_DEPTH)
			{
				j.in_object[j.depth] = c == '{';
				j.key[j.depth] = NULL;
			}
		}
		else if (c == '}' || c == ']')
		{
			if (j.depth > 0)
				j.depth--;
			json_close_value(&j);
			if (j.depth < JSON_MAX_DEPTH && j.in_object[j.depth])
				j.key[j.depth] = NULL;
		}
		else if (c == '"')
		{
			size_t		start = j.i;
			bool		is_key;

			json_string(&j);
			/* a key is a string followed by a colon */
			{
				size_t		k = j.i;

				while (k < j.len && (j.s[k] == ' ' || j.s[k] == '\n' || j.s[k] == '\t' || j.s[k] == '\r'))
					k++;
				is_key = in_obj && k < j.len && j.s[k] == ':';
			}
			if (is_key)
			{
				if (j.depth < JSON_MAX_DEPTH)
				{
					j.key[j.depth] = j.s + start;
					j.key_len[j.depth] = j.i - start - 1;
				}
			}
			else if (j.depth < JSON_MAX_DEPTH)
			{
				if (key_is(&j, "author") && j.author_depth < 0 && !j.author_done)
				{
					j.author_depth = j.depth;
					json_value_string(&j);
					json_close_value(&j);
				}
				else
					json_value_string(&j);
			}
		}
	}
	if (j.authors.len)
		cp_html_offer(h, HF_BYLINE, j.authors.data, j.authors.len, 2);
}

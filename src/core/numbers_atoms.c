/*
 * numbers_atoms.c: a sentence's tokens cut into atoms: hyphenated words into
 * their parts, numerals read once ("29,514", "4/5", "1.13bn", "£5m", "3rd",
 * "8pm", "40 000", "1,3"), every word looked up once in the lexicon.
 */
#include "numbers_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/*
 * Read a numeral s[0..len): digits with thousands separators and a decimal
 * point, or a fraction "4/5".  Returns false for anything else (times,
 * dates "7/26/2014", codes).
 */
static bool
read_numeral(const char *s, size_t len, cp_atom *a)
{
	char		buf[64];
	size_t		n = 0,
				i = 0,
				digits = 0;
	bool		point = false;

	a->plain_int = true;
	if (len == 0 || len >= sizeof(buf))
		return false;
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (cp_ascii_digit(c))
		{
			buf[n++] = c;
			if (!point)
				digits++;
		}
		else if (c == ',' && !point)
			a->has_sep = true, a->plain_int = false;
		else if (c == '.' && !point && i + 1 < len && cp_ascii_digit(s[i + 1]))
			point = true, buf[n++] = '.', a->plain_int = false;
		else if (c == '/' && !point && i > 0)
		{
			/* a fraction: one slash, small integers on both sides */
			cp_atom		den = {0};
			double		num;

			buf[n] = '\0';
			num = strtod(buf, NULL);
			if (a->has_sep || memchr(s + i + 1, '/', len - i - 1) ||
				!read_numeral(s + i + 1, len - i - 1, &den) || !den.plain_int ||
				den.value == 0 || digits > 3 || den.ndigits > 3)
				return false;
			/* proper fractions only: "24/7", "9/11" and "7/26" are not numbers */
			buf[n] = '\0';
			if (!(strtod(buf, NULL) < den.value && (den.value <= 10 || strtod(buf, NULL) == 1)))
				return false;
			a->value = num / den.value;
			a->fraction = true;
			a->plain_int = false;
			a->ndigits = (uint16_t) digits;
			return true;
		}
		else if (c == '/' && point && len - i - 1 >= 2 && len - i - 1 <= n - digits - 1)
		{
			/*
			 * a dealer's quote, the bid and the last digits of the offer:
			 * "1.5120/30 Swiss francs", "97.35/65"; read as the bid
			 */
			for (size_t j = i + 1; j < len; j++)
				if (!cp_ascii_digit(s[j]))
					return false;
			break;
		}
		else
			return false;
	}
	if (n == 0 || digits > 40)
		return false;
	buf[n] = '\0';
	a->value = strtod(buf, NULL);
	a->ndigits = (uint16_t) digits;
	return isfinite(a->value);
}

/* A vulgar fraction character at s[0..len) ("½", "⅔"): its value, or 0. */
double
cp_num_vulgar_fraction(const char *s, size_t len)
{
	static const struct
	{
		const char *utf8;
		double		v;
	}			fr[] = {
		{"\xC2\xBC", 0.25}, {"\xC2\xBD", 0.5}, {"\xC2\xBE", 0.75},
		{"\xE2\x85\x93", 1.0 / 3}, {"\xE2\x85\x94", 2.0 / 3}, {"\xE2\x85\x95", 0.2},
		{"\xE2\x85\x96", 0.4}, {"\xE2\x85\x97", 0.6}, {"\xE2\x85\x98", 0.8},
		{"\xE2\x85\x99", 1.0 / 6}, {"\xE2\x85\x9A", 5.0 / 6}, {"\xE2\x85\x9B", 0.125},
		{"\xE2\x85\x9C", 0.375}, {"\xE2\x85\x9D", 0.625}, {"\xE2\x85\x9E", 0.875},
	};

	if (len < 2 || len > 3 || ((unsigned char) s[0] != 0xC2 && (unsigned char) s[0] != 0xE2))
		return 0;
	for (size_t i = 0; i < sizeof(fr) / sizeof(fr[0]); i++)
		if (strlen(fr[i].utf8) == len && memcmp(fr[i].utf8, s, len) == 0)
			return fr[i].v;
	return 0;
}

const char *
cp_currency_sign(const char *s, size_t len, size_t *n)
{
	if (len >= 1 && s[0] == '$')
		return *n = 1, "USD";
	if (len >= 2 && (unsigned char) s[0] == 0xC2 && (unsigned char) s[1] == 0xA3)
		return *n = 2, "GBP";
	if (len >= 3 && memcmp(s, "\xE2\x82\xAC", 3) == 0)
		return *n = 3, "EUR";
	if (len >= 2 && (unsigned char) s[0] == 0xC2 && (unsigned char) s[1] == 0xA5)
		return *n = 2, "JPY";
	if (len >= 3 && (unsigned char) s[0] == 0xE2 && (unsigned char) s[1] == 0x82)
	{
		/* the signs of the Currency Symbols block that news uses */
		static const struct
		{
			unsigned char last;
			const char *iso;
		}			signs[] = {
			{0xAA, "ILS"}, {0xB9, "INR"}, {0xA9, "KRW"}, {0xBD, "RUB"}, {0xBA, "TRY"},
			{0xA6, "NGN"}, {0xB1, "PHP"}, {0xAB, "VND"}, {0xB4, "UAH"},
		};

		for (size_t i = 0; i < sizeof(signs) / sizeof(signs[0]); i++)
			if ((unsigned char) s[2] == signs[i].last)
				return *n = 3, signs[i].iso;
	}
	return NULL;
}

const char *
cp_degree_unit(const char *s, size_t len)
{
	if (len < 2 || (unsigned char) s[0] != 0xC2 || (unsigned char) s[1] != 0xB0)
		return NULL;
	if (len == 2)
		return "degree";
	if (len == 3 && (s[2] == 'C' || s[2] == 'F'))
		return s[2] == 'C' ? "C" : "F";
	return NULL;
}

/*
 * A currency code in capitals glued before a numeral ("EUR5m", "RM79",
 * "Rs500"): its unit and length, or NULL.  "MH17" and "F16" are no currency.
 */
static const char *
currency_code_prefix(const char *s, size_t len, size_t *n)
{
	size_t		k = 0;
	int			lx;

	/* capitals, or a capital and small letters: "Rs1,200" */
	while (k < len && k < 4 && ((s[k] >= 'A' && s[k] <= 'Z') || (k > 0 && s[k] >= 'a' && s[k] <= 'z')))
		k++;
	if (k < 2 || k > 3 || k == len || !cp_ascii_digit(s[k]))
		return NULL;
	lx = cp_lex_lookup(s, k);
	if (lx < 0 || cp_num_lexicon[lx].uclass != CP_UC_CURRENCY)
		return NULL;
	*n = k;
	return cp_num_lexicon[lx].unit;
}

/*
 * A numeral glued to letters: "1.13bn", "2m", "£5m", "EUR5m", "3rd",
 * "8pm", "180ml", "24pc", "127.32e13", "53p".  Anything else ("MH17", "F16") is
 * a word.
 */
static bool
read_glued(const char *s, size_t len, cp_atom *a)
{
	size_t		i = 0,
				cn = 0,
				numlen;
	const char *cur = cp_currency_sign(s, len, &cn);
	const char *sfx,
			   *deg;
	size_t		sfxlen;
	int			lx;

	if (!cur)
		cur = currency_code_prefix(s, len, &cn);
	if (cur)
		i = cn;
	numlen = i;
	while (numlen < len && (cp_ascii_digit(s[numlen]) || s[numlen] == ',' ||
							(s[numlen] == '.' && numlen + 1 < len && cp_ascii_digit(s[numlen + 1]))))
		numlen++;
	if (numlen == i || !cp_ascii_digit(s[i]))
		return false;
	if (!read_numeral(s + i, numlen - i, a))
		return false;
	a->currency = cur;
	sfx = s + numlen;
	sfxlen = len - numlen;
	if (sfxlen == 0)
		return true;
	if (cp_num_vulgar_fraction(sfx, sfxlen) > 0 && a->plain_int)
	{
		/* "2½" */
		a->value += cp_num_vulgar_fraction(sfx, sfxlen);
		a->plain_int = false;
		return true;
	}
	if ((sfxlen == 3 && strncasecmp(sfx, "x10", 3) == 0) ||
		(sfxlen == 4 && memcmp(sfx, "\xC3\x97" "10", 4) == 0))
	{
		a->sfx = CP_SFX_TIMES10;
		return true;
	}
	if ((sfx[0] == 'e' || sfx[0] == 'E') && sfxlen >= 2 && sfxlen <= 4)
	{
		size_t		j = 1;
		bool		neg = false;

		if (sfx[1] == '-' || sfx[1] == '+')
			neg = sfx[1] == '-', j++;
		if (j < sfxlen)
		{
			int			e = 0;

			for (; j < sfxlen && cp_ascii_digit(sfx[j]); j++)
				e = e * 10 + (sfx[j] - '0');
			if (j == sfxlen && e <= 300)
			{
				a->value *= pow(10, neg ? -e : e);
				a->plain_int = false;
				return isfinite(a->value) && fabs(a->value) <= CP_QUANTITY_MAX;
			}
		}
		return false;
	}
	/* "3rd", "1,000th" */
	if (cp_ordinal_suffix(sfx, sfxlen) && !cur && (a->plain_int || (a->has_sep && !memchr(s + i, '.', numlen - i))))
	{
		a->sfx = CP_SFX_ORDINAL;
		return true;
	}
	if (sfxlen == 1 && (sfx[0] == 'k' || sfx[0] == 'K' || sfx[0] == 'm' || sfx[0] == 'M' ||
						sfx[0] == 'b' || sfx[0] == 'B'))
	{
		a->value *= (sfx[0] == 'k' || sfx[0] == 'K') ? 1e3 : (sfx[0] == 'm' || sfx[0] == 'M') ? 1e6 : 1e9;
		a->sfx = CP_SFX_SCALE;
		return true;
	}
	/*
	 * Glued only: "24pc", British papers' percent (apart, "pc" is a
	 * computer); "1.0l", "2.0L" litres ("732L" in a price table is a low);
	 * "65W" watts (apart, "W" is west); "2in" inches (apart, "in" is the
	 * preposition); "45°C", "30°".
	 */
	/* "273p", "6.5p": pence (not the video lines of "720p", "1080p") */
	if (sfxlen == 1 && sfx[0] == 'p' && !cur &&
		!(a->plain_int && (a->value == 480 || a->value == 720 || a->value == 1080 || a->value == 1440 ||
						   a->value == 2160)))
	{
		a->currency = "GBX";
		return true;
	}
	deg = cp_degree_unit(sfx, sfxlen);
	if (deg || (sfxlen == 2 && strncasecmp(sfx, "pc", 2) == 0) ||
		(sfxlen == 2 && strncasecmp(sfx, "in", 2) == 0) ||
		(sfxlen == 1 && (sfx[0] == 'l' || (sfx[0] == 'L' && !a->plain_int) || sfx[0] == 'W')))
	{
		a->sfx = CP_SFX_UNIT;
		a->unit = deg ? deg : sfxlen == 2 ? (tolower((unsigned char) sfx[0]) == 'p' ? "percent" : "inch") :
			sfx[0] == 'W' ? "W" : "l";
		return true;
	}
	lx = cp_lex_lookup(sfx, sfxlen);
	if (lx >= 0)
	{
		const cp_lex_entry *e = &cp_num_lexicon[lx];

		if (e->cat == CP_LX_SCALE)
		{
			a->value *= e->value;
			a->sfx = CP_SFX_SCALE;
			return true;
		}
		if (e->uclass == CP_UC_TIME)
		{
			a->type = CP_AT_OTHER;
			return true;
		}
		if (e->uclass == CP_UC_CURRENCY && !cur && sfxlen == 3)
		{
			/* "115USD" */
			a->currency = e->unit;
			return true;
		}
		if (e->uclass == CP_UC_MEASURE || e->uclass == CP_UC_DURATION || e->uclass == CP_UC_PERCENT)
		{
			a->sfx = CP_SFX_UNIT;
			a->unit = e->unit;
			return true;
		}
	}
	return false;
}

/* Is toks[t] a comma glued to numerals on both sides ("1,2")? */
static bool
glued_comma(const char *text, const cp_token *toks, size_t ntok, size_t t)
{
	return t > 0 && t + 1 < ntok && toks[t].kind == CP_TOK_PUNCT && toks[t].len == 1 &&
		text[toks[t].start] == ',' && !(toks[t].flags & CP_TF_SPACE_BEFORE) &&
		toks[t - 1].kind == CP_TOK_NUMBER && toks[t + 1].kind == CP_TOK_NUMBER &&
		!(toks[t + 1].flags & CP_TF_SPACE_BEFORE);
}

/* "1.111", "12.345.678": digit groups of three after dots */
static bool
dotted_groups(const char *s, size_t len)
{
	size_t		k = 0;

	while (k < len && cp_ascii_digit(s[k]))
		k++;
	if (k == 0 || k > 3 || k == len)
		return false;
	for (; k < len; k += 4)
		if (s[k] != '.' || k + 4 > len || !cp_ascii_digit(s[k + 1]) || !cp_ascii_digit(s[k + 2]) || !cp_ascii_digit(s[k + 3]))
			return false;
	return true;
}

/*
 * A decimal comma at toks[t], after the numeral read as *prev: "1,3" (one
 * or two digits after the comma; the tokenizer keeps "29,514" whole) and
 * the European "1.111,11" (groups of three after dots).  A chain "1,2,3"
 * and the numbers after "pages", "items" ... are lists.  On success *prev
 * covers the whole number.
 */
static bool
decimal_comma(const char *text, const cp_token *toks, size_t ntok, size_t t, cp_atom *prev)
{
	const char *is,
			   *fs;
	size_t		il,
				fl,
				n = 0;
	bool		dotted;
	char		buf[64];

	if (!glued_comma(text, toks, ntok, t) || (t >= 2 && glued_comma(text, toks, ntok, t - 2)) ||
		glued_comma(text, toks, ntok, t + 2))
		return false;
	is = text + toks[t - 1].start;
	il = toks[t - 1].len;
	fs = text + toks[t + 1].start;
	fl = toks[t + 1].len;
	if (prev->start != toks[t - 1].start || prev->len != il || il + fl >= sizeof(buf))
		return false;
	if (t >= 2 && toks[t - 2].kind == CP_TOK_WORD)
	{
		int			lx = cp_lex_lookup(text + toks[t - 2].start, toks[t - 2].len);

		if (lx >= 0 && (cp_num_lexicon[lx].bits & CP_LB_LIST))
			return false;
	}
	for (size_t k = 0; k < fl; k++)
		if (!cp_ascii_digit(fs[k]))
			return false;
	dotted = dotted_groups(is, il);
	for (size_t k = 0; k < il; k++)
	{
		if (cp_ascii_digit(is[k]))
			buf[n++] = is[k];
		else if (!dotted)
			return false;
	}
	if (!dotted && (fl > 2 || (is[0] == '0' && il > 1)))
		return false;
	buf[n++] = '.';
	memcpy(buf + n, fs, fl);
	buf[n + fl] = '\0';
	prev->type = CP_AT_NUM;
	prev->sfx = CP_SFX_NONE;
	prev->value = strtod(buf, NULL);
	prev->ndigits = (uint16_t) (n - 1);
	prev->plain_int = false;
	prev->has_sep = dotted;
	prev->len = toks[t + 1].start + (uint32_t) fl - prev->start;
	return true;
}

/*
 * The parts of a word or number token between its hyphens, as (offset,
 * length) pairs; 0 when the token is a code (an empty part, more than three
 * parts with a digit, more than five).  Words of four or five parts are
 * read: "one-and-a-half", "two-and-a-half-year".
 */
static size_t
hyphen_parts(const char *s, size_t len, size_t parts[CP_MAX_HYPHEN_PARTS][2])
{
	size_t		np = 0,
				from = 0;
	bool		digit = false;

	for (size_t i = 0; i <= len; i++)
	{
		/* the sign of an exponent is no hyphen: "3.2E-4" */
		if (i < len && s[i] == '-' && i >= 2 && (s[i - 1] == 'e' || s[i - 1] == 'E') &&
			cp_ascii_digit(s[i - 2]) && i + 1 < len && cp_ascii_digit(s[i + 1]))
			continue;
		if (i < len && cp_ascii_digit(s[i]))
			digit = true;
		if (i == len || s[i] == '-')
		{
			if (np == CP_MAX_HYPHEN_PARTS || i == from)
				return 0;
			parts[np][0] = from;
			parts[np][1] = i - from;
			np++;
			from = i + 1;
		}
	}
	return np > 3 && digit ? 0 : np;
}

/*
 * "40 000", "1 234 567.89": a number token that continues the numeral
 * atoms[n - 1] across a narrow or no-break space (or a plain one after at
 * most three digits) as a group of three digits.  True when it joined it.
 */
static bool
join_digit_group(const char *text, const cp_token *tok, const cp_atom *base, cp_atom *atoms,
				 size_t n)
{
	cp_atom		g = *base;
	cp_atom    *prev;
	const char *gap;
	size_t		gl;
	bool		thin;

	if (n == 0)
		return false;
	prev = &atoms[n - 1];
	if (prev->type != CP_AT_NUM || !(prev->plain_int || prev->has_sep) ||
		prev->sfx != CP_SFX_NONE || prev->fraction)
		return false;
	gap = text + prev->start + prev->len;
	gl = tok->start - (prev->start + prev->len);
	/* a plain space joins a first group of 1-3 digits, or the next group of a chain */
	thin = (gl == 1 && gap[0] == ' ' &&
			((prev->plain_int && prev->ndigits <= 3) ||
			 (prev->has_sep && memchr(text + prev->start, ' ', prev->len))) &&
			(n < 2 || atoms[n - 2].type != CP_AT_NUM ||
			 (prev->hy_inner && atoms[n - 2].has_sep && memchr(text + atoms[n - 2].start, ' ', atoms[n - 2].len)))) ||
		(gl == 3 && (memcmp(gap, "\xE2\x80\xAF", 3) == 0 || memcmp(gap, "\xE2\x80\x89", 3) == 0)) ||
		(gl == 2 && memcmp(gap, "\xC2\xA0", 2) == 0);
	if (thin && read_numeral(text + tok->start, tok->len, &g) && g.ndigits == 3 && !g.has_sep &&
		(prev->has_sep || prev->ndigits <= 3))
	{
		prev->value = prev->value * 1000 + g.value;
		prev->len = tok->start + tok->len - prev->start;
		prev->plain_int = false;
		prev->has_sep = true;
		prev->ndigits += 3;
		return true;
	}
	return false;
}

/*
 * What one part ps[0..pl) of a token is: a numeral (or a clock time or a
 * code), a vulgar fraction, an amount with a currency sign, or a word.
 */
static void
read_part(const char *ps, size_t pl, cp_atom *a)
{
	if (cp_ascii_digit(ps[0]) || (ps[0] == '.' && pl > 1 && cp_ascii_digit(ps[1])))
	{
		if (memchr(ps, ':', pl))
			a->type = CP_AT_OTHER;	/* a clock time */
		else if (read_numeral(ps, pl, a))
			a->type = CP_AT_NUM;
		else
		{
			cp_atom		g = *a;

			g.type = CP_AT_NUM;
			if (read_glued(ps, pl, &g))
				*a = g;
			else
				a->type = CP_AT_OTHER;
		}
	}
	else if (cp_num_vulgar_fraction(ps, pl) > 0)
	{
		a->type = CP_AT_NUM;
		a->value = cp_num_vulgar_fraction(ps, pl);
		a->fraction = true;
	}
	else if ((unsigned char) ps[0] >= 0x80 || ps[0] == '$')
	{
		cp_atom		g = *a;
		size_t		cn = 0;

		g.type = CP_AT_NUM;
		if (read_glued(ps, pl, &g))
			*a = g;
		else if (cp_currency_sign(ps, pl, &cn) && cn == pl)
			a->type = CP_AT_SYMBOL;	/* "£" alone */
		else
			a->type = CP_AT_WORD;
	}
	else
	{
		cp_atom		g = *a;

		/* "EUR5m": only a code in capitals can open an amount here */
		g.type = CP_AT_NUM;
		if (ps[0] >= 'A' && ps[0] <= 'Z' && read_glued(ps, pl, &g))
			*a = g;
		else
		{
			a->type = CP_AT_WORD;
			a->lex = (int16_t) cp_lex_lookup(ps, pl);
		}
	}
}

/*
 * The atoms of a word or number token: its hyphenated parts ("twenty-one",
 * "12-hour", "500-600"), or the whole token when it is a code; next is the
 * token after it, or NULL.  Returns the new atom count.
 */
static size_t
atomize_parts(const char *text, const cp_token *tok, const cp_token *next, const cp_atom *base, cp_atom *atoms,
			  size_t n)
{
	const char *s = text + tok->start;
	size_t		parts[CP_MAX_HYPHEN_PARTS][2],
				np = s[0] == ':' ? 0 : hyphen_parts(s, tok->len, parts),
				first = 0;

	if (np == 0)
	{
		cp_atom    *a = &atoms[n++];

		*a = *base;
		a->start = tok->start;
		a->len = tok->len;
		a->type = tok->kind == CP_TOK_NUMBER ? CP_AT_OTHER : CP_AT_WORD;
		return n;
	}
	if (np == 1 && tok->kind == CP_TOK_NUMBER && join_digit_group(text, tok, base, atoms, n))
		return n;
	if (np == 2 && cp_ascii_digit(s[0]) &&
		(!cp_ascii_digit(s[parts[1][0]]) ||
		 (next && next->kind == CP_TOK_NUMBER && next->len == 3 && next->start == tok->start + tok->len + 1 &&
		  text[tok->start + tok->len] == ' ')))
	{
		/*
		 * the first part continues a grouped numeral when a word or another
		 * grouped numeral follows: "20 000-strong", "20 000-30 000" (not
		 * "10 737-800 planes")
		 */
		cp_token	head = *tok;

		head.len = (uint32_t) parts[0][1];
		if (join_digit_group(text, &head, base, atoms, n))
			first = 1;
	}
	for (size_t p = first; p < np; p++)
	{
		cp_atom    *a = &atoms[n++];

		*a = *base;
		a->start = tok->start + (uint32_t) parts[p][0];
		a->len = (uint32_t) parts[p][1];
		a->hy_inner = p > 0;
		if (p > 0)
			a->space_before = false;
		read_part(s + parts[p][0], parts[p][1], a);
	}
	return n;
}

/*
 * "EUR1,200", "Rs1,500.50": the tokenizer cuts an amount glued to a
 * currency code at its first thousands separator.  At the comma toks[t],
 * joins the group of three digits after it (and the rest of that token) to
 * the amount *prev; true when it did.
 */
static bool
join_code_groups(const char *text, const cp_token *toks, size_t ntok, size_t t, cp_atom *prev)
{
	const cp_token *code,
			   *next;
	const char *g;
	cp_atom		a = *prev;

	if (t == 0 || t + 1 >= ntok)
		return false;
	code = &toks[t - 1];
	next = &toks[t + 1];
	g = text + next->start;
	if (prev->type != CP_AT_NUM || !prev->currency || prev->sfx != CP_SFX_NONE ||
		!prev->plain_int || prev->ndigits > 3 || code->kind != CP_TOK_WORD || prev->start != code->start ||
		prev->len != code->len || toks[t].len != 1 || (toks[t].flags & CP_TF_SPACE_BEFORE) ||
		(next->flags & CP_TF_SPACE_BEFORE) || next->len < 3 || !cp_ascii_digit(g[0]) ||
		!cp_ascii_digit(g[1]) || !cp_ascii_digit(g[2]) || (next->len > 3 && cp_ascii_digit(g[3])))
		return false;
	if (!read_glued(text + code->start, next->start + next->len - code->start, &a) || !a.has_sep)
		return false;
	a.len = next->start + next->len - code->start;
	*prev = a;
	return true;
}

/*
 * Can a point right after toks[t - 1] open a decimal?  After a space, and
 * glued to a sign or an opening bracket: "-.08", "$.50", "(.5%)"; not to a
 * word, a number or other punctuation ("U.S.", "2014.5").
 */
static bool
point_may_open(const char *text, const cp_token *toks, size_t t, const cp_atom *base)
{
	const cp_token *prev;

	if (base->space_before)
		return true;
	prev = &toks[t - 1];
	return prev->kind == CP_TOK_DASH || prev->kind == CP_TOK_SYMBOL || prev->kind == CP_TOK_QUOTE ||
		(prev->kind == CP_TOK_PUNCT && prev->len == 1 && (text[prev->start] == '(' || text[prev->start] == '['));
}

/* ".25": a decimal without its leading zero, read into *a with the digits after it. */
static bool
leading_point(const char *text, const cp_token *toks, size_t ntok, size_t t, const cp_atom *base,
			  cp_atom *a)
{
	const cp_token *tok = &toks[t];
	char		buf[48];
	const char *ns;
	size_t		nl,
				k;

	if (!(tok->kind == CP_TOK_PUNCT && tok->len == 1 && text[tok->start] == '.' &&
		  point_may_open(text, toks, t, base) &&
		  t + 1 < ntok && toks[t + 1].kind == CP_TOK_NUMBER &&
		  !(toks[t + 1].flags & CP_TF_SPACE_BEFORE) && toks[t + 1].len < 40))
		return false;
	ns = text + toks[t + 1].start;
	nl = toks[t + 1].len;
	for (k = 0; k < nl && cp_ascii_digit(ns[k]); k++)
		;
	if (k != nl)
		return false;
	buf[0] = '0';
	buf[1] = '.';
	memcpy(buf + 2, ns, nl);
	buf[nl + 2] = '\0';
	*a = *base;
	a->start = tok->start;
	a->len = (uint32_t) nl + 1;
	a->type = CP_AT_NUM;
	a->value = strtod(buf, NULL);
	return true;
}

size_t
cp_atomize(const char *text, const cp_token *toks, size_t ntok, cp_atom *atoms)
{
	size_t		n = 0;

	for (size_t t = 0; t < ntok; t++)
	{
		const cp_token *tok = &toks[t];
		const char *s = text + tok->start;
		cp_atom		base = {0};

		base.tflags = tok->flags;
		base.space_before = (tok->flags & CP_TF_SPACE_BEFORE) || t == 0;
		base.lex = -1;

		/* the common case: a plain word (no digit, no hyphen, ASCII start) */
		if (tok->kind == CP_TOK_WORD && !(tok->flags & (CP_TF_HAS_DIGIT | CP_TF_HYPHENATED)) &&
			(unsigned char) s[0] < 0x80 && s[0] != '$')
		{
			cp_atom    *a = &atoms[n++];

			*a = base;
			a->start = tok->start;
			a->len = tok->len;
			a->type = CP_AT_WORD;
			a->lex = (int16_t) cp_lex_lookup(s, tok->len);
			/*
			 * the tokenizer keeps the period of an abbreviation ("5 pct.",
			 * "1.3 mln."); the scale or unit is what the lexicon knows (not
			 * "No.", which stays a name's)
			 */
			if (a->lex < 0 && (tok->flags & CP_TF_ABBREV) && tok->len > 1 && s[tok->len - 1] == '.')
			{
				int			lex = cp_lex_lookup(s, tok->len - 1);

				if (lex >= 0 && (cp_lex_get(lex)->cat == CP_LX_SCALE || cp_lex_get(lex)->uclass != CP_UC_NOUNIT))
				{
					a->lex = (int16_t) lex;
					a->len = tok->len - 1;
				}
			}
			continue;
		}
		if (tok->kind == CP_TOK_WORD || tok->kind == CP_TOK_NUMBER)
		{
			n = atomize_parts(text, tok, t + 1 < ntok ? &toks[t + 1] : NULL, &base, atoms, n);
			continue;
		}
		if (n > 0 && s[0] == ',' && (join_code_groups(text, toks, ntok, t, &atoms[n - 1]) ||
									  decimal_comma(text, toks, ntok, t, &atoms[n - 1])))
		{
			t++;				/* the digits after the comma */
			continue;
		}
		if (leading_point(text, toks, ntok, t, &base, &atoms[n]))
		{
			n++;
			t++;				/* the digits after the point */
			continue;
		}
		if (cp_num_vulgar_fraction(s, tok->len) > 0)
		{
			cp_atom    *a = &atoms[n++];

			*a = base;
			a->start = tok->start;
			a->len = tok->len;
			a->type = CP_AT_NUM;
			a->value = cp_num_vulgar_fraction(s, tok->len);
			a->fraction = true;
			continue;
		}
		atoms[n] = base;
		atoms[n].start = tok->start;
		atoms[n].len = tok->len;
		atoms[n].type = tok->kind == CP_TOK_PUNCT ? CP_AT_PUNCT :
			tok->kind == CP_TOK_DASH ? CP_AT_DASH :
			tok->kind == CP_TOK_QUOTE ? CP_AT_QUOTE : CP_AT_SYMBOL;
		n++;
	}
	return n;
}

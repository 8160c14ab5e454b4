/*
 * utf8.c: UTF-8 decoding and the character classes the tokenizer needs.
 *
 * Coverage is deliberate rather than complete: Latin (with Latin-1 and the
 * Latin Extended blocks folded to base letters), Greek, Cyrillic, Hebrew,
 * Arabic and CJK are letters; general punctuation, quotation marks and
 * dashes are classified individually because news text depends on them.
 */
#include "utf8.h"

#include <string.h>

int
cp_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	c;
	int			n,
				i;

	if (len == 0)
	{
		*cp = 0;
		return 0;
	}
	c = u[0];
	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, c &= 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, c &= 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, c &= 0x07;
	else
	{
		*cp = CP_REPLACEMENT;
		return 1;
	}
	if ((size_t) n > len)
	{
		*cp = CP_REPLACEMENT;
		return 1;
	}
	for (i = 1; i < n; i++)
	{
		if ((u[i] & 0xC0) != 0x80)
		{
			*cp = CP_REPLACEMENT;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	/* overlong forms, surrogates and values past U+10FFFF */
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
		(c >= 0xD800 && c <= 0xDFFF))
	{
		*cp = CP_REPLACEMENT;
		return 1;
	}
	*cp = c;
	return n;
}

int
cp_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = 0xC0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = 0xE0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3F);
		o[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3F);
	o[2] = 0x80 | ((cp >> 6) & 0x3F);
	o[3] = 0x80 | (cp & 0x3F);
	return 4;
}

int
cp_utf8_decode_back(const char *s, size_t pos, uint32_t *cp)
{
	size_t		start = pos;
	int			back = 0;

	if (pos == 0)
	{
		*cp = 0;
		return 0;
	}
	/* step back over at most three continuation bytes */
	while (start > 0 && back < 4)
	{
		start--;
		back++;
		if (((unsigned char) s[start] & 0xC0) != 0x80)
			break;
	}
	if (cp_utf8_decode(s + start, pos - start, cp) == (int) (pos - start))
		return (int) (pos - start);
	/* not a well-formed sequence ending here: the last byte stands alone */
	cp_utf8_decode(s + pos - 1, 1, cp);
	return 1;
}

size_t
cp_utf8_count(const char *s, size_t len)
{
	size_t		n = 0,
				i = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		uint32_t	cp;

		if (c < 0x80)
			i++;
		else
			i += cp_utf8_decode(s + i, len - i, &cp);
		n++;
	}
	return n;
}

/* ASCII classes, built once from the rules below. */
static unsigned
ascii_class(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return CP_UC_ALPHA | CP_UC_UPPER;
	if (c >= 'a' && c <= 'z')
		return CP_UC_ALPHA | CP_UC_LOWER;
	if (c >= '0' && c <= '9')
		return CP_UC_DIGIT;
	if (c == '\n' || c == '\r')
		return CP_UC_SPACE | CP_UC_NEWLINE;
	if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
		return CP_UC_SPACE;
	if (c < 0x20 || c == 0x7F)
		return CP_UC_CONTROL;
	if (c == '"')
		return CP_UC_PUNCT | CP_UC_QUOTE;
	if (c == '\'' || c == '`')
		return CP_UC_PUNCT | CP_UC_QUOTE | CP_UC_APOS;
	if (c == '-')
		return CP_UC_PUNCT | CP_UC_DASH;
	return CP_UC_PUNCT;
}

unsigned
cp_uc_class(uint32_t c)
{
	if (c < 0x80)
		return ascii_class(c);
	if (c == 0x85 || c == 0x2028 || c == 0x2029)
		return CP_UC_SPACE | CP_UC_NEWLINE;
	if (c < 0xA0)
		return CP_UC_CONTROL;
	if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
		c == 0x202F || c == 0x205F || c == 0x3000)
		return CP_UC_SPACE;
	if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD)
		return CP_UC_CONTROL;	/* zero-width and soft hyphen: invisible */
	if (c == 0xAB || c == 0xBB || c == 0x201C || c == 0x201D || c == 0x201E ||
		c == 0x201F || c == 0x2039 || c == 0x203A)
		return CP_UC_PUNCT | CP_UC_QUOTE;
	if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B)
		return CP_UC_PUNCT | CP_UC_QUOTE | CP_UC_APOS;
	if (c == 0x02BC || c == 0x02BB || c == 0xB4)
		return CP_UC_PUNCT | CP_UC_APOS;
	if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 ||
		c == 0xFE63 || c == 0xFF0D)
		return CP_UC_PUNCT | CP_UC_DASH;
	if (c == 0xAA || c == 0xBA)
		return CP_UC_ALPHA | CP_UC_LOWER;
	/*
	 * The currency signs of Latin-1 and "×", "÷" are symbols, not letters of
	 * a word ("£2,500").  The other signs stay in their words: they are the
	 * second letters of UTF-8 read as Latin-1 ("FranÃ§ois", "PeÃ±a"), and
	 * superscripts and vulgar fractions belong to their numbers ("2½", "m²").
	 */
	if ((c >= 0xA2 && c <= 0xA5) || c == 0xD7 || c == 0xF7)
		return CP_UC_PUNCT;
	if (c >= 0xC0 && c <= 0xFF)
		return CP_UC_ALPHA | (c <= 0xDE ? CP_UC_UPPER : CP_UC_LOWER);
	if (c >= 0x100 && c <= 0x24F)
	{
		/* Latin Extended-A/B: mostly upper/lower pairs; exact case via maps */
		unsigned	cls = CP_UC_ALPHA;

		if (cp_uc_lower(c) != c)
			cls |= CP_UC_UPPER;
		else if (cp_uc_upper(c) != c)
			cls |= CP_UC_LOWER;
		else
			cls |= CP_UC_LOWER;
		return cls;
	}
	if (c >= 0x250 && c <= 0x2AF)
		return CP_UC_ALPHA | CP_UC_LOWER;	/* IPA */
	if (c >= 0x300 && c <= 0x36F)
		return CP_UC_MARK;
	if (c >= 0x370 && c <= 0x3FF)
	{
		if ((c >= 0x391 && c <= 0x3AB) || c == 0x386 || (c >= 0x388 && c <= 0x38F))
			return CP_UC_ALPHA | CP_UC_UPPER;
		if (c >= 0x3AC && c <= 0x3FF)
			return CP_UC_ALPHA | CP_UC_LOWER;
		return CP_UC_PUNCT;
	}
	if (c >= 0x400 && c <= 0x52F)
	{
		if (c <= 0x42F)
			return CP_UC_ALPHA | CP_UC_UPPER;
		if (c <= 0x45F)
			return CP_UC_ALPHA | CP_UC_LOWER;
		if (c >= 0x483 && c <= 0x489)
			return CP_UC_MARK;
		return CP_UC_ALPHA | ((c & 1) ? CP_UC_LOWER : CP_UC_UPPER);
	}
	if (c >= 0x591 && c <= 0x5C7)
		return CP_UC_MARK;
	if (c >= 0x5D0 && c <= 0x5F2)
		return CP_UC_ALPHA;
	if (c >= 0x610 && c <= 0x61A)
		return CP_UC_MARK;
	if (c >= 0x64B && c <= 0x65F)
		return CP_UC_MARK;
	if (c >= 0x660 && c <= 0x669)
		return CP_UC_DIGIT;
	if ((c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3) ||
		(c >= 0x6FA && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F))
		return CP_UC_ALPHA;
	if (c >= 0x900 && c <= 0xDFF)
		return CP_UC_ALPHA;		/* Indic scripts, marks folded in */
	if (c >= 0x1E00 && c <= 0x1EFF)
		return CP_UC_ALPHA | ((c & 1) ? CP_UC_LOWER : CP_UC_UPPER);
	if (c >= 0x1F00 && c <= 0x1FFF)
		return CP_UC_ALPHA;
	if (c == 0x2026 || (c >= 0x2016 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E))
		return CP_UC_PUNCT;
	if (c >= 0x20A0 && c <= 0x20CF)
		return CP_UC_PUNCT;		/* currency symbols */
	if (c >= 0x2100 && c <= 0x2BFF)
		return CP_UC_PUNCT;		/* symbols, arrows, maths */
	if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF))
		return CP_UC_ALPHA;
	if (c >= 0x3000 && c <= 0x303F)
		return CP_UC_PUNCT;
	if (c >= 0xFF10 && c <= 0xFF19)
		return CP_UC_DIGIT;
	if (c >= 0xFF21 && c <= 0xFF3A)
		return CP_UC_ALPHA | CP_UC_UPPER;
	if (c >= 0xFF41 && c <= 0xFF5A)
		return CP_UC_ALPHA | CP_UC_LOWER;
	if (c == CP_REPLACEMENT)
		return CP_UC_PUNCT;
	if (c >= 0xFE00 && c <= 0xFE0F)
		return CP_UC_MARK;
	if (c >= 0x1F000)
		return CP_UC_PUNCT;		/* emoji and pictographs */
	return CP_UC_ALPHA;
}

/* Latin Extended-A (U+0100..U+017F): pairs upper/lower at even/odd, except
 * the ranges U+0139..U+0148 and U+0179..U+017E, which pair odd/even. */
static bool
ext_a_odd_upper(uint32_t c)
{
	return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
}

/* Cyrillic letters past U+045F that pair upper/lower at even/odd (Ґ/ґ, Ң/ң). */
static bool
cyrillic_pair(uint32_t c)
{
	return (c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F);
}

uint32_t
cp_uc_lower(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x100 && c <= 0x17F)
	{
		if (c == 0x130)
			return 'i';
		if (c == 0x138 || c == 0x149 || c == 0x17F)
			return c;
		if (ext_a_odd_upper(c))
			return (c & 1) ? c + 1 : c;
		if (c == 0x178)
			return 0xFF;
		return (c & 1) ? c : c + 1;
	}
	if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
		return c + 32;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	if (cyrillic_pair(c))
		return (c & 1) ? c : c + 1;
	if (c >= 0x1E00 && c <= 0x1EFF)
		return (c & 1) ? c : c + 1;
	if (c >= 0xFF21 && c <= 0xFF3A)
		return c + 32;
	return c;
}

uint32_t
cp_uc_upper(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') ? c - 32 : c;
	if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
		return c - 32;
	if (c == 0xFF)
		return 0x178;
	if (c >= 0x100 && c <= 0x17F)
	{
		if (c == 0x131)
			return 'I';
		if (c == 0x138 || c == 0x149 || c == 0x17F)
			return c;
		if (ext_a_odd_upper(c))
			return (c & 1) ? c : c - 1;
		return (c & 1) ? c - 1 : c;
	}
	if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2)
		return c - 32;
	if (c >= 0x430 && c <= 0x44F)
		return c - 32;
	if (c >= 0x450 && c <= 0x45F)
		return c - 80;
	if (cyrillic_pair(c))
		return (c & 1) ? c - 1 : c;
	if (c >= 0x1E00 && c <= 0x1EFF)
		return (c & 1) ? c - 1 : c;
	if (c >= 0xFF41 && c <= 0xFF5A)
		return c - 32;
	return c;
}

/* Base letters for U+00C0..U+017F, lower case; '\0' means keep as is. */
static const char latin_base[] =
/* C0 */ "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts"
/* E0 */ "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty"
/* 100 */ "aaaaaaccccccccdd" "ddeeeeeeeeeegggg"
/* 120 */ "gggghhhhiiiiiiii" "iiiijjkkklllllll"
/* 140 */ "lllnnnnnnnnnoooo" "oooorrrrrrssssss"
/* 160 */ "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";

uint32_t
cp_uc_fold(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (c >= 0xC0 && c <= 0x17F)
	{
		char		b = latin_base[c - 0xC0];

		if (b)
			return (uint32_t) (unsigned char) b;
		return cp_uc_lower(c);
	}
	if (c >= 0x1E00 && c <= 0x1EFF)
	{
		/* Latin Extended Additional: Vietnamese and transliteration dots */
		static const struct
		{
			uint32_t	lo,
						hi;
			char		base;
		}			ranges[] = {
			{0x1E00, 0x1E01, 'a'}, {0x1E02, 0x1E07, 'b'}, {0x1E08, 0x1E09, 'c'},
			{0x1E0A, 0x1E13, 'd'}, {0x1E14, 0x1E1D, 'e'}, {0x1E1E, 0x1E1F, 'f'},
			{0x1E20, 0x1E21, 'g'}, {0x1E22, 0x1E2B, 'h'}, {0x1E2C, 0x1E2F, 'i'},
			{0x1E30, 0x1E35, 'k'}, {0x1E36, 0x1E3D, 'l'}, {0x1E3E, 0x1E43, 'm'},
			{0x1E44, 0x1E4B, 'n'}, {0x1E4C, 0x1E53, 'o'}, {0x1E54, 0x1E57, 'p'},
			{0x1E58, 0x1E5F, 'r'}, {0x1E60, 0x1E69, 's'}, {0x1E6A, 0x1E71, 't'},
			{0x1E72, 0x1E7B, 'u'}, {0x1E7C, 0x1E7F, 'v'}, {0x1E80, 0x1E89, 'w'},
			{0x1E8A, 0x1E8D, 'x'}, {0x1E8E, 0x1E8F, 'y'}, {0x1E90, 0x1E95, 'z'},
			{0x1E96, 0x1E96, 'h'}, {0x1E97, 0x1E97, 't'}, {0x1E98, 0x1E98, 'w'},
			{0x1E99, 0x1E99, 'y'}, {0x1EA0, 0x1EB7, 'a'}, {0x1EB8, 0x1EC7, 'e'},
			{0x1EC8, 0x1ECB, 'i'}, {0x1ECC, 0x1EE3, 'o'}, {0x1EE4, 0x1EF1, 'u'},
			{0x1EF2, 0x1EF9, 'y'},
		};
		size_t		i;

		for (i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++)
			if (c >= ranges[i].lo && c <= ranges[i].hi)
				return (uint32_t) ranges[i].base;
		return c;
	}
	if (c >= 0x180 && c <= 0x24F)
	{
		/* the few Latin Extended-B letters seen in transliterated names */
		switch (c)
		{
			case 0x180: case 0x181: case 0x182: case 0x183: return 'b';
			case 0x187: case 0x188: return 'c';
			case 0x189: case 0x18A: case 0x18B: case 0x18C: return 'd';
			case 0x191: case 0x192: return 'f';
			case 0x193: return 'g';
			case 0x197: return 'i';
			case 0x198: case 0x199: return 'k';
			case 0x19A: return 'l';
			case 0x19D: case 0x19E: return 'n';
			case 0x19F: case 0x1A0: case 0x1A1: return 'o';
			case 0x1AF: case 0x1B0: return 'u';
			case 0x1B5: case 0x1B6: return 'z';
			case 0x1CD: case 0x1CE: return 'a';
			case 0x1CF: case 0x1D0: return 'i';
			case 0x1D1: case 0x1D2: return 'o';
			case 0x1D3: case 0x1D4: case 0x1D5: case 0x1D6: case 0x1D7:
			case 0x1D8: case 0x1D9: case 0x1DA: case 0x1DB: case 0x1DC: return 'u';
			case 0x1E6: case 0x1E7: return 'g';
			case 0x1E8: case 0x1E9: return 'k';
			case 0x1EA: case 0x1EB: case 0x1EC: case 0x1ED: return 'o';
			case 0x1F0: return 'j';
			case 0x1F4: case 0x1F5: return 'g';
			case 0x1F8: case 0x1F9: return 'n';
			case 0x218: case 0x219: return 's';
			case 0x21A: case 0x21B: return 't';
			default: return c;
		}
	}
	return cp_uc_lower(c);
}

bool
cp_uc_is_open_quote(uint32_t c)
{
	return c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x201A ||
		c == 0xAB || c == 0x2039;
}

bool
cp_uc_is_close_quote(uint32_t c)
{
	return c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x203A;
}

const char *
cp_fold_words(cp_arena *arena, const char *s, size_t len, size_t *outlen)
{
	cp_buf		b;
	size_t		pos = 0;
	bool		pending_space = false;

	cp_buf_init(&b);
	/* ASCII gives at most a byte a byte (a space stands for what it drops) */
	cp_buf_reserve(arena, &b, len);
	while (pos < len)
	{
		unsigned char c = (unsigned char) s[pos];
		char		enc[4];
		int			n;

		/* ASCII letters and digits without the calls: most quoted text */
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
		{
			enc[0] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
			n = 1;
			pos++;
		}
		else
		{
			uint32_t	cp;
			unsigned	cls;

			pos += cp_utf8_decode(s + pos, len - pos, &cp);
			cls = cp_uc_class(cp);
			if (cls & (CP_UC_MARK | CP_UC_APOS))
				continue;
			if (!(cls & (CP_UC_ALPHA | CP_UC_DIGIT)))
			{
				pending_space = true;
				continue;
			}
			n = cp_utf8_encode(cp_uc_fold(cp), enc);
		}
		/* a space and the character, written in place */
		if (b.len + n + 1 >= b.cap)
			cp_buf_reserve(arena, &b, n + 1);
		if (pending_space && b.len)
			b.data[b.len++] = ' ';
		pending_space = false;
		memcpy(b.data + b.len, enc, n);
		b.len += n;
	}
	*outlen = b.len;
	return cp_buf_cstr(arena, &b);
}

/*
 * names_match.c: same-entity decisions and name similarity over parsed
 * names (names_key.h).
 *
 * Beyond equal keys, same_entity takes keys of ten letters or more one
 * edit apart, compares the skeletons word by word with a length-scaled
 * tolerance (traded first letters, an unwritten h, names of one root kept
 * apart), joins two words written apart in one name and together in the
 * other, and decides persons and organizations by separate rules; when the
 * rules do not join a pair, a forest scores its features (see
 * doc/names.md).
 */
#include "names_key.h"

#include <string.h>

/*
 * Whether a and b differ in one letter only, one of l, r, n for another:
 * distinct names in every romanization ("Kerry"/"Kelly", "Karim"/"Kalim",
 * "Jong Un"/"Jong Il").
 */
static bool
nk_sonorant_trade(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		i = 0;

	if (la != lb)
		return false;
	while (i < la && a[i] == b[i])
		i++;
	return i < la && strchr("lrn", a[i]) && strchr("lrn", b[i]) &&
		memcmp(a + i + 1, b + i + 1, la - i - 1) == 0;
}

/*
 * Whether two keys differ by one letter after the first word: transliteration
 * noise in a surname or a later word ("Al-Bakr"/"Al-Bakar", "Chaudry"/
 * "Chaudary"), never in the given name, where one vowel separates "Mahmud"
 * from "Muhammad".  Substituting one vowel class for another ("Hassan"/
 * "Hussein") is not noise, nor one of l, r, n for another.
 */
static bool
nk_key_near(const nk_name *a, const nk_name *b)
{
	const char *x = a->key,
			   *y = b->key;
	size_t		lx = a->key_len,
				ly = b->key_len,
				i = 0,
				first;

	if (lx > ly)
	{
		const char *t = x;
		size_t		tl = lx;

		x = y, lx = ly, y = t, ly = tl;
	}
	if (ly - lx > 1)
		return false;
	while (i < lx && x[i] == y[i])
		i++;
	first = a->ntok ? a->tok_len[0] : 0;
	if (b->ntok && b->tok_len[0] > first)
		first = b->tok_len[0];
	if (i < first)
		return false;
	if (lx == ly)
	{
		bool		vx = x[i] == 'a' || x[i] == 'e',
					vy = y[i] == 'a' || y[i] == 'e';

		if (vx || vy || nk_sonorant_trade(x + i, lx - i, y + i, ly - i))
			return false;
		return memcmp(x + i + 1, y + i + 1, lx - i - 1) == 0;
	}
	return memcmp(x + i, y + i + 1, lx - i) == 0;
}

enum
{
	NK_NO = 0,
	NK_WEAK,					/* given names two letters apart */
	NK_INITIAL,					/* an initial and a word with that letter */
	NK_FUZZY,					/* words a few letters apart */
	NK_EXACT,
};

/*
 * Levenshtein distance of two skeletons, or more than max when it exceeds
 * max.  Skeletons of one word are short; longer ones are not compared.
 * Bit-parallel (Myers, in Hyyro's form): one machine word holds a column
 * of the edit table as vertical +1/-1 deltas, so each letter of b costs a
 * few word operations whatever the length of a.
 */
#define NK_EDIT_MAX_LEN 40
static int
nk_edits(const char *a, size_t la, const char *b, size_t lb, int max)
{
	uint64_t	peq[256],
				pv = ~(uint64_t) 0,
				mv = 0,
				top;
	int			d = (int) la;

	if (la > NK_EDIT_MAX_LEN || lb > NK_EDIT_MAX_LEN)
		return max + 1;
	if ((la > lb ? la - lb : lb - la) > (size_t) max)
		return max + 1;
	if (la == 0)
		return (int) lb;

	/*
	 * peq[c]: the positions of letter c in a; only the entries of the
	 * letters of a and b are read, so only they are cleared.
	 */
	for (size_t j = 0; j < lb; j++)
		peq[(unsigned char) b[j]] = 0;
	for (size_t i = 0; i < la; i++)
		peq[(unsigned char) a[i]] = 0;
	for (size_t i = 0; i < la; i++)
		peq[(unsigned char) a[i]] |= (uint64_t) 1 << i;
	top = (uint64_t) 1 << (la - 1);
	for (size_t j = 0; j < lb; j++)
	{
		uint64_t	eq = peq[(unsigned char) b[j]],
					xv = eq | mv,
					xh = (((eq & pv) + pv) ^ pv) | eq,
					ph = mv | ~(xh | pv),
					mh = pv & xh;

		d += (ph & top) ? 1 : (mh & top) ? -1 : 0;
		ph = ph << 1 | 1;		/* the first row counts insertions */
		mh <<= 1;
		pv = mh | ~(xv | ph);
		mv = ph & xv;
	}
	return d;
}

/* Whether a and b are at most one edit apart, in linear time. */
static bool
nk_within_one(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		i = 0,
				ea,
				eb;

	if (la > lb + 1 || lb > la + 1)
		return false;
	while (i < la && i < lb && a[i] == b[i])
		i++;
	/* the common suffix, not reaching back past the common prefix */
	ea = la;
	eb = lb;
	while (ea > i && eb > i && a[ea - 1] == b[eb - 1])
		ea--, eb--;
	return ea - i <= 1 && eb - i <= 1;
}

/* Whether a and b differ only in one 'a' for an 'e' (a diphthong). */
static bool
nk_diphthong_only(const char *a, size_t la, const char *b, size_t lb)
{
	int			diff = 0;

	if (la != lb)
		return false;
	for (size_t i = 0; i < la; i++)
		if (a[i] != b[i])
		{
			if (!((a[i] == 'a' && b[i] == 'e') || (a[i] == 'e' && b[i] == 'a')))
				return false;
			diff++;
		}
	return diff == 1;
}

/*
 * Names of one root that the skeleton rules bring one letter apart but that
 * are different names: Mahmud and Muhammad, Hasan and Husayn.
 */
typedef struct nk_name_pair
{
	const char *x,
			   *y;
	size_t		lx,
				ly;
} nk_name_pair;

#define NK_PAIR(x, y) {x, y, sizeof(x) - 1, sizeof(y) - 1}
static const nk_name_pair nk_distinct[] = {
	NK_PAIR("mahmad", "mahamad"), NK_PAIR("hasan", "hasen"),
};

static bool
nk_distinct_names(const char *a, size_t la, const char *b, size_t lb)
{
	for (size_t k = 0; k < sizeof(nk_distinct) / sizeof(nk_distinct[0]); k++)
	{
		const nk_name_pair *p = &nk_distinct[k];

		if ((la == p->lx && lb == p->ly && a[0] == p->x[0] && b[0] == p->y[0] &&
			 memcmp(a, p->x, la) == 0 && memcmp(b, p->y, lb) == 0) ||
			(la == p->ly && lb == p->lx && a[0] == p->y[0] && b[0] == p->x[0] &&
			 memcmp(a, p->y, la) == 0 && memcmp(b, p->x, lb) == 0))
			return true;
	}
	return false;
}

/*
 * Whether one edit in a word is transliteration noise: a diphthong for a
 * plain vowel only in five letters or more ("Ismail"/"Esmael",
 * "Zuleikha"/"Zulikha"), and never between two distinct names.
 */
static bool
nk_noise_edit(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		lmin = la < lb ? la : lb;

	if (!nk_within_one(a, la, b, lb) || nk_distinct_names(a, la, b, lb) ||
		nk_sonorant_trade(a, la, b, lb))
		return false;
	return lmin >= 5 || !nk_diphthong_only(a, la, b, lb);
}

/*
 * Whether a and b are equal once an h inside the word goes: an h after a
 * consonant or between vowels is often not written ("Muhidinov"/
 * "Muidinov", "Pahlawan"/"Palawan").  A leading h stays.
 */
static bool
nk_h_equal(const char *a, size_t la, const char *b, size_t lb)
{
	char		x[NK_EDIT_MAX_LEN],
				y[NK_EDIT_MAX_LEN];
	size_t		lx = 0,
				ly = 0;

	if (la > NK_EDIT_MAX_LEN || lb > NK_EDIT_MAX_LEN ||
		((la < 2 || !memchr(a + 1, 'h', la - 1)) && (lb < 2 || !memchr(b + 1, 'h', lb - 1))))
		return false;
	for (size_t i = 0; i < la; i++)
		if ((i == 0 || a[i] != 'h') && (lx == 0 || x[lx - 1] != a[i]))
			x[lx++] = a[i];
	for (size_t i = 0; i < lb; i++)
		if ((i == 0 || b[i] != 'h') && (ly == 0 || y[ly - 1] != b[i]))
			y[ly++] = b[i];
	if (lx == la && ly == lb)
		return false;
	return lx == ly && memcmp(x, y, lx) == 0;
}

/*
 * First letters that transliterations of one name trade: y/j ("Yakov"/
 * "Jakob"), ch/j and p/b (Korean romanizations: "Chong"/"Jong",
 * "Pak"/"Bak"), v/b (Spanish "Vladimir"/"Bladimir"), h/k (kh written k,
 * Belarusian h for g: "Henadz"/"Genadz"), sh/s, t/d, ph/p (Thai).
 */
static bool
nk_first_pair(char x, char y)
{
	static const char *const pairs[] = {"yj", "xj", "vb", "pb", "hk", "xs", "td", "fp"};

	for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
		if ((pairs[k][0] == x && pairs[k][1] == y) || (pairs[k][0] == y && pairs[k][1] == x))
			return true;
	return false;
}

/*
 * How word i of a matches word j of b.  The given name (the first word of
 * either) is held to one consonant of noise: one vowel tells "Mahmud" from
 * "Muhammad", "Hassan" from "Hussein".  Later words (family names) allow
 * an edit in four letters or more and two in eight or more, with the same
 * first letter: "Ayache"/"Ayash", "Kostrubitskij"/"Kostrubitsky".
 */
static int
nk_token_match(const nk_name *a, int i, const nk_name *b, int j)
{
	const char *sa = a->skel + a->tok_off[i],
			   *sb = b->skel + b->tok_off[j];
	size_t		la = a->tok_len[i],
				lb = b->tok_len[j],
				lmin = la < lb ? la : lb;

	/*
	 * Most words compared differ in their first letter: only a y or an "al"
	 * written before one, or a traded first letter in words of one length,
	 * can still join them (the tests below).
	 */
	if (sa[0] != sb[0] && la != lb && sa[0] != 'y' && sb[0] != 'y' && sa[0] != 'a' && sb[0] != 'a')
		return NK_NO;
	if (la == lb && memcmp(sa, sb, la) == 0)
		return a->tok_initial[i] == b->tok_initial[j] ? NK_EXACT : NK_INITIAL;
	if (a->tok_initial[i] != b->tok_initial[j])
		return sa[0] == sb[0] ? NK_INITIAL : NK_NO;
	/* Russian initial e written "ye": "Yelena" = "Elena" */
	if ((sa[0] == 'y' && la == lb + 1 && memcmp(sa + 1, sb, lb) == 0) ||
		(sb[0] == 'y' && lb == la + 1 && memcmp(sb + 1, sa, la) == 0))
		return NK_FUZZY;
	/* the article written on a later word: "Alotaibi" = "Al-Otaibi" */
	if (i > 0 && j > 0 && lmin >= 3 &&
		((la == lb + 2 && sa[0] == 'a' && sa[1] == 'l' && memcmp(sa + 2, sb, lb) == 0) ||
		 (lb == la + 2 && sb[0] == 'a' && sb[1] == 'l' && memcmp(sb + 2, sa, la) == 0)))
		return NK_FUZZY;
	if (la == lb && lmin >= 3 && sa[0] != sb[0] && memcmp(sa + 1, sb + 1, la - 1) == 0 &&
		nk_first_pair(sa[0], sb[0]))
		return NK_FUZZY;
	if (sa[0] != sb[0] || lmin < 3)
		return NK_NO;
	/* kinds of organization in another form: "Brigade(s)", "Trade"/"Trading" */
	if (a->tok_generic[i] && b->tok_generic[j] && lmin >= 4 && memcmp(sa, sb, lmin) == 0)
		return NK_FUZZY;
	/*
	 * In an organization's name, a later word that begins the other: a
	 * derived form ("Iran"/"Iranian", "Baloch"/"Balochistan").  Not the
	 * first word, which names the body ("Shipyard Zaliv").
	 */
	if ((a->org || b->org) && i > 0 && j > 0 && lmin >= 4 && memcmp(sa, sb, lmin) == 0)
		return NK_FUZZY;
	/*
	 * One edit in four letters or more, in the given name too ("Nasrullah"/
	 * "Nasarullah", "Ayach"/"Ayash"); see nk_noise_edit.
	 */
	if (lmin >= 4 && nk_noise_edit(sa, la, sb, lb))
		return NK_FUZZY;
	if (lmin >= 4 && nk_h_equal(sa, la, sb, lb) && !nk_distinct_names(sa, la, sb, lb))
		return NK_FUZZY;
	/*
	 * Two edits in a given name of six letters or more ("Abdulhafid"/
	 * "Abdelhafez") that agree in their first three letters ("Robert" is
	 * not "Richard"), in a later word of seven or more (measured: six lets
	 * different family names join).
	 */
	if (lmin >= ((i == 0 || j == 0) ? 6 : 7) && ((i > 0 && j > 0) || memcmp(sa, sb, 3) == 0) &&
		nk_edits(sa, la, sb, lb, 2) <= 2 && !nk_distinct_names(sa, la, sb, lb))
		return NK_FUZZY;
	return NK_NO;
}

/* Whether a's word i is the devotional "Muhammad" written before a name. */
static bool
nk_is_muhammad(const nk_name *a, int i)
{
	return a->tok_len[i] == 7 && memcmp(a->skel + a->tok_off[i], "mahamad", 7) == 0;
}

typedef struct nk_align
{
	int			map[NK_MAX_WORDS];	/* word of s -> word of l, or -1 */
	int			full;			/* whole-word matches */
	int			exact;
	int			initials;
	int			weak;
	int			unmatched_s;
	int			unmatched_l;
	int			distinct_unmatched_s;	/* not kinds of organization */
	int			distinct_unmatched_l;
	int			distinct_full;	/* whole-word matches of distinctive words */
} nk_align;

/* Match each word of s to the best distinct word of l, in any order. */
static void
nk_align_words(const nk_name *s, const nk_name *l, nk_align *al)
{
	bool		used[NK_MAX_WORDS] = {false};

	memset(al, 0, sizeof(*al));
	/* exact matches first, so that a fuzzy one cannot take their word */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < s->ntok; i++)
		{
			int			best = NK_NO,
						bj = -1;

			if (pass == 0)
				al->map[i] = -1;
			else if (al->map[i] >= 0)
				continue;
			for (int k = 0; k < l->ntok && best != NK_EXACT; k++)
			{
				int			m;

				if (used[k])
					continue;
				if (pass == 0)
				{
					/* exact skeletons only: no need for the fuzzy tests */
					if (s->tok_len[i] != l->tok_len[k] || s->tok_initial[i] != l->tok_initial[k] ||
						memcmp(s->skel + s->tok_off[i], l->skel + l->tok_off[k], s->tok_len[i]) != 0)
						continue;
					m = NK_EXACT;
				}
				else
					m = nk_token_match(s, i, l, k);
				/* prefer the word at the same place on ties */
				if (m > best || (m == best && m != NK_NO && k == i))
				{
					best = m;
					bj = k;
				}
			}
			if (bj < 0)
				continue;
			used[bj] = true;
			al->map[i] = bj;
			if (best == NK_WEAK)
				al->weak++;
			else if (best == NK_INITIAL)
				al->initials++;
			else
			{
				al->full++;
				if (best == NK_EXACT)
					al->exact++;
				if (!s->tok_generic[i])
					al->distinct_full++;
			}
		}
	for (int i = 0; i < s->ntok; i++)
		if (al->map[i] < 0)
		{
			al->unmatched_s++;
			if (!s->tok_generic[i])
				al->distinct_unmatched_s++;
		}
	for (int k = 0; k < l->ntok; k++)
		if (!used[k])
		{
			al->unmatched_l++;
			if (!l->tok_generic[k])
				al->distinct_unmatched_l++;
		}
}

/*
 * Whether the given names line up: the first words match each other, or
 * one name is written "SURNAME Given" (a rotation: "Kim Tong Chol" =
 * "Tong Chol Kim"), or the longer one starts with a devotional "Muhammad".
 * A longer name that puts another given name first names another person:
 * the son carries his father's name ("Hannibal Muammar Qadhafi").
 */
static bool
nk_given_aligned(const nk_name *s, const nk_name *l, const nk_align *al)
{
	int			off;

	if (al->map[0] == 0)
		return true;
	/* a devotional "Muhammad" or a kunya "Abu" before the given name */
	if (al->map[0] == 1 && (nk_is_muhammad(l, 0) ||
							(l->tok_len[0] == 3 && memcmp(l->skel + l->tok_off[0], "aba", 3) == 0)))
		return true;
	/* a rotation with every word of both matched */
	if (al->unmatched_s || al->unmatched_l || al->map[0] < 0)
		return false;
	/*
	 * Three words or more, every one of both matched, two exactly: the same
	 * names in another order ("Paul Jonathan Tak" = "Jonathan Paul Tak").
	 */
	if (s->ntok >= 3 && al->exact >= 2)
		return true;
	off = al->map[0];
	for (int i = 0; i < s->ntok; i++)
		if (al->map[i] != (i + off) % l->ntok)
			return false;
	return true;
}

/* Persons: the same given name and family name, up to dropped words. */
static bool
nk_person_same(const nk_name *s, const nk_name *l, const nk_align *al)
{
	if (s->ntok < 2 || al->full < 2 || al->exact < 1)
		return false;
	/* a given name two letters off only when the rest agrees exactly */
	if (al->weak && al->exact < 2)
		return false;
	if (!nk_given_aligned(s, l, al))
		return false;
	if (al->unmatched_s == 0)
		return true;			/* dropped middle names, initials */
	/*
	 * Spanish double family names: the same given and paternal names with
	 * another maternal name last ("Victor Emilio Cazares Salazar").
	 */
	if (al->unmatched_s == 1 && al->unmatched_l == 1 && al->full >= 3 &&
		al->map[s->ntok - 1] < 0)
	{
		bool		l_last_used = false;

		for (int i = 0; i < s->ntok; i++)
			if (al->map[i] == l->ntok - 1)
				l_last_used = true;
		return !l_last_used;
	}
	return false;
}

/*
 * Organizations: the distinctive words (not kinds of organization) of one
 * all appear in the other, once legal forms and function words are gone.
 */
/*
 * Whether the first distinctive word of s matches the first distinctive
 * word of l, exactly in four letters or more, or a few letters apart in
 * six or more: "Sanovera" names "Sanovera Pharm"; a shared later word
 * ("Sadaf Chemical", "Chemical Group") does not.
 */
static bool
nk_org_lead(const nk_name *s, const nk_name *l, const nk_align *al)
{
	int			i = 0,
				k = 0;

	while (i < s->ntok && s->tok_generic[i])
		i++;
	while (k < l->ntok && l->tok_generic[k])
		k++;
	return i < s->ntok && k < l->ntok && al->map[i] == k &&
		((nk_token_match(s, i, l, k) == NK_EXACT && s->tok_len[i] >= 4) ||
		 (nk_token_match(s, i, l, k) == NK_FUZZY && s->tok_len[i] >= 6));
}

/* Whether every word left unmatched in s and l names only a form of body. */
static bool
nk_only_forms_unmatched(const nk_name *s, const nk_name *l, const nk_align *al)
{
	bool		used[NK_MAX_WORDS] = {false};

	for (int i = 0; i < s->ntok; i++)
	{
		if (al->map[i] < 0 && !s->tok_form[i])
			return false;
		if (al->map[i] >= 0)
			used[al->map[i]] = true;
	}
	for (int k = 0; k < l->ntok; k++)
		if (!used[k] && !l->tok_form[k])
			return false;
	return true;
}

static bool
nk_org_same(const nk_name *s, const nk_name *l, const nk_align *al)
{
	if (al->distinct_unmatched_s > 0 || al->distinct_full < 1 || al->exact < 1)
		return false;
	if (al->weak && al->exact < 2)
		return false;
	/* another distinctive word names another body: "Kala Naft London" */
	if (al->distinct_unmatched_l > 0 && al->distinct_full < 2 && !nk_org_lead(s, l, al))
		return false;
	/*
	 * Different kinds: "Daesong Bank" is not "Daesong Trading"; but one
	 * form of body may stand for another ("Taibah Aid Association" =
	 * "Taibah Aid Agency").
	 */
	if (al->unmatched_s > 0 && al->unmatched_l > 0 && !nk_only_forms_unmatched(s, l, al))
		return false;
	return true;
}

/* Whether a word is one of the names nk_distinct keeps apart. */
static bool
nk_distinct_member(const char *w, size_t l)
{
	for (size_t k = 0; k < sizeof(nk_distinct) / sizeof(nk_distinct[0]); k++)
	{
		const nk_name_pair *p = &nk_distinct[k];

		if ((l == p->lx && w[0] == p->x[0] && memcmp(w, p->x, l) == 0) ||
			(l == p->ly && w[0] == p->y[0] && memcmp(w, p->y, l) == 0))
			return true;
	}
	return false;
}

/*
 * Whether a word of a and a word of b are distinct names of one root; the
 * words of a outside the list need no look at b (most pairs have none).
 */
static bool
nk_has_distinct(const nk_name *a, const nk_name *b)
{
	for (int i = 0; i < a->ntok; i++)
	{
		const char *w = a->skel + a->tok_off[i];

		if (!nk_distinct_member(w, a->tok_len[i]))
			continue;
		for (int k = 0; k < b->ntok; k++)
			if (nk_distinct_names(w, a->tok_len[i], b->skel + b->tok_off[k], b->tok_len[k]))
				return true;
	}
	return false;
}

/*
 * Whether a later word of a and a later word of b are one name with one of
 * l, r, n traded for another ("Kelly"/"Kerry", "Il"/"Un" after "Kim Jong"
 * reads "al"/"an"): distinct names however alike the rest.  Not the first
 * words: Korean romanizations trade a leading family name "Ri"/"Li".
 */
static bool
nk_has_sonorant_trade(const nk_name *a, const nk_name *b)
{
	for (int i = 1; i < a->ntok; i++)
		for (int k = 1; k < b->ntok; k++)
			if (a->tok_len[i] == b->tok_len[k] && !a->tok_initial[i] && !b->tok_initial[k] &&
				nk_sonorant_trade(a->skel + a->tok_off[i], a->tok_len[i],
								  b->skel + b->tok_off[k], b->tok_len[k]))
				return true;
	return false;
}

/*
 * Keys of ten letters or more one edit apart: one letter of noise anywhere
 * in a long name ("Yakov Rybalsky"/"Jacob Rabalsky", "Ayman Saied Joumaa"/
 * "Aymen Saeid Jomaa"), unless it turns one name into another of its
 * root (Mahmud/Muhammad, Hasan/Husayn).
 */
static bool
nk_key_one_edit(const nk_name *a, const nk_name *b)
{
	size_t		lmin = a->key_len < b->key_len ? a->key_len : b->key_len;

	if (lmin < 10 || !nk_within_one(a->key, a->key_len, b->key, b->key_len) || nk_has_distinct(a, b))
		return false;
	/* a first letter only traded: "Hamid" is not "Amid", "Mina" not "Nina" */
	if (a->key[0] != b->key[0] && (a->key_len != b->key_len || !nk_first_pair(a->key[0], b->key[0])))
		return false;
	return true;
}

/*
 * The alignments the rules computed for a pair, in either direction, for
 * the features to reuse (the pair's names unchanged since).
 */
typedef struct nk_align_memo
{
	int			n;
	const nk_name *s[2],
			   *l[2];
	nk_align	al[2];
} nk_align_memo;

/* The alignment of s to l, from memo when it holds it, else computed there. */
static const nk_align *
nk_align_memoized(const nk_name *s, const nk_name *l, nk_align_memo *memo)
{
	for (int k = 0; k < memo->n; k++)
		if (memo->s[k] == s && memo->l[k] == l)
			return &memo->al[k];
	memo->s[memo->n] = s;
	memo->l[memo->n] = l;
	nk_align_words(s, l, &memo->al[memo->n]);
	return &memo->al[memo->n++];
}

/* The word-by-word decision (after the keys); alignments go to memo. */
static bool
nk_same_words(const nk_name *a, const nk_name *b, nk_align_memo *memo)
{
	const nk_name *s,
			   *l;

	s = a->ntok <= b->ntok ? a : b;
	l = s == a ? b : a;
	/* one word each: one letter of noise in a long word ("Kadhafi") */
	if (s->ntok == 1 && l->ntok == 1)
		return nk_token_match(s, 0, l, 0) == NK_FUZZY;
	if (a->org || b->org)
	{
		if (nk_org_same(s, l, nk_align_memoized(s, l, memo)))
			return true;
		if (s->ntok != l->ntok)
			return false;
		return nk_org_same(l, s, nk_align_memoized(l, s, memo));
	}
	if (nk_person_same(s, l, nk_align_memoized(s, l, memo)))
		return true;
	if (s->ntok == l->ntok)
		return nk_person_same(l, s, nk_align_memoized(l, s, memo));
	return false;
}

/*
 * Words written apart in x and together in y ("Ben Hammedi"/"Benhammedi",
 * "Abu Zaid"/"Abuzaid", "Kheir Beik"/"Khairbek"): join two neighbouring
 * words of x when their skeletons written together match a word of y
 * exactly or with one edit, and decide again.  x is restored.
 */
static bool
nk_same_joined(nk_name *x, const nk_name *y)
{
	nk_align_memo joined_memo;

	for (int i = 0; i + 1 < x->ntok; i++)
	{
		const char *p = x->skel + x->tok_off[i],
				   *q = x->skel + x->tok_off[i + 1];
		size_t		lp = x->tok_len[i],
					lq = x->tok_len[i + 1],
					lj;
		char		j[2 * NK_EDIT_MAX_LEN];
		bool		hit = false,
					same;
		uint16_t	off[NK_MAX_WORDS],
					len[NK_MAX_WORDS];
		bool		ini[NK_MAX_WORDS],
					gen[NK_MAX_WORDS],
					form[NK_MAX_WORDS];
		int			ntok = x->ntok;

		if (x->tok_initial[i] || x->tok_initial[i + 1] || lp + lq > NK_EDIT_MAX_LEN ||
			x->skel_len + lp + lq + 1 > NK_SKEL_CAP || lp + lq < 5)
			continue;
		/* a word of y with that first letter and about that length */
		for (int k = 0; k < y->ntok && !hit; k++)
			hit = y->skel[y->tok_off[k]] == p[0] && (size_t) y->tok_len[k] + 2 >= lp + lq && (size_t) y->tok_len[k] <= lp + lq + 1;
		if (!hit)
			continue;
		hit = false;
		/* vowels and doubled letters fold across the break */
		memcpy(j, p, lp);
		lj = lp;
		if (lj > 0 && j[lj - 1] == q[0])
			lj--;
		memcpy(j + lj, q, lq);
		lj += lq;
		if (lj < 5)
			continue;
		for (int k = 0; k < y->ntok && !hit; k++)
		{
			const char *w = y->skel + y->tok_off[k];
			size_t		lw = y->tok_len[k];

			hit = w[0] == j[0] && ((lw == lj && memcmp(w, j, lj) == 0) || nk_noise_edit(w, lw, j, lj));
		}
		if (!hit)
			continue;
		memcpy(off, x->tok_off, sizeof(off));
		memcpy(len, x->tok_len, sizeof(len));
		memcpy(ini, x->tok_initial, sizeof(ini));
		memcpy(gen, x->tok_generic, sizeof(gen));
		memcpy(form, x->tok_form, sizeof(form));
		memcpy(x->skel + x->skel_len, j, lj);
		x->tok_off[i] = (uint16_t) x->skel_len;
		x->tok_len[i] = (uint16_t) lj;
		x->tok_generic[i] = x->tok_generic[i] && x->tok_generic[i + 1];
		x->tok_form[i] = x->tok_form[i] && x->tok_form[i + 1];
		for (int k = i + 1; k + 1 < ntok; k++)
		{
			x->tok_off[k] = x->tok_off[k + 1];
			x->tok_len[k] = x->tok_len[k + 1];
			x->tok_initial[k] = x->tok_initial[k + 1];
			x->tok_generic[k] = x->tok_generic[k + 1];
			x->tok_form[k] = x->tok_form[k + 1];
		}
		x->ntok--;
		joined_memo.n = 0;
		same = nk_same_words(x, y, &joined_memo);
		x->ntok = ntok;
		memcpy(x->tok_off, off, sizeof(off));
		memcpy(x->tok_len, len, sizeof(len));
		memcpy(x->tok_initial, ini, sizeof(ini));
		memcpy(x->tok_generic, gen, sizeof(gen));
		memcpy(x->tok_form, form, sizeof(form));
		if (same)
			return true;
	}
	return false;
}

/* The rule decision; memo gets the alignments computed for a and b. */
static bool
nk_same(nk_name *a, nk_name *b, nk_align_memo *memo)
{
	if (a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0)
		return true;
	if (a->ntok == 0 || b->ntok == 0)
		return false;
	if (a->key_len >= 8 && b->key_len >= 8 && nk_key_near(a, b))
		return true;
	if (nk_same_words(a, b, memo))
		return true;
	if (nk_key_one_edit(a, b))
		return true;
	return nk_same_joined(a, b) || nk_same_joined(b, a);
}

/* Both names of a pair, with their word skeletons. */
static void
nk_parse_pair(nk_name *na, const char *a, size_t alen, nk_name *nb, const char *b, size_t blen)
{
	nk_parse(na, a, alen, true);
	nk_parse(nb, b, blen, true);
}

bool
cp_same_entity_rules(const char *a, size_t alen, const char *b, size_t blen)
{
	nk_name		na,
				nb;

	nk_align_memo memo;

	memo.n = 0;
	nk_parse_pair(&na, a, alen, &nb, b, blen);
	return nk_same(&na, &nb, &memo);
}

/*
 * Counts of letter bigrams (two bytes) of one key while the Dice of a pair
 * is taken: all zero between calls (a process runs one call at a time).
 */
static uint16_t nk_bigram_count[1 << 16];

#define NK_BIGRAM(s, k) ((unsigned) (unsigned char) (s)[k] << 8 | (unsigned char) (s)[(k) + 1])

/* Dice coefficient of the letter bigrams of two keys (bigrams as multisets). */
static float
nk_bigram_dice(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		na = la > 1 ? la - 1 : 0,
				nb = lb > 1 ? lb - 1 : 0,
				common = 0;

	if (na + nb == 0)
		return la == lb && memcmp(a, b, la) == 0 ? 1.0f : 0.0f;
	for (size_t k = 0; k < na; k++)
		nk_bigram_count[NK_BIGRAM(a, k)]++;
	for (size_t k = 0; k < nb; k++)
	{
		uint16_t   *c = &nk_bigram_count[NK_BIGRAM(b, k)];

		if (*c)
			(*c)--, common++;
	}
	for (size_t k = 0; k < na; k++)
		nk_bigram_count[NK_BIGRAM(a, k)] = 0;
	return (float) (2.0 * common / (na + nb));
}

/*
 * Levenshtein similarity of two strings in [0, 1], on their first 24 bytes
 * (enough to tell spellings apart; the cost is quadratic).
 */
#define NK_SIM_MAX_LEN 24
static float
nk_similarity(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		lmax;

	if (la > NK_SIM_MAX_LEN)
		la = NK_SIM_MAX_LEN;
	if (lb > NK_SIM_MAX_LEN)
		lb = NK_SIM_MAX_LEN;
	lmax = la > lb ? la : lb;
	if (lmax == 0)
		return 1.0f;
	return 1.0f - (float) nk_edits(a, la, b, lb, (int) lmax) / (float) lmax;
}

/*
 * Whether each name keeps a kind of organization the other lacks, one of
 * them a sector: "Daesong Bank" and "Daesong Trading", "Relief Association"
 * and "Relief Bank" are two bodies; forms of body may stand for one another
 * (see nk_only_forms_unmatched), sectors never do.
 */
static bool
nk_kind_clash(const nk_name *s, const nk_name *l, const nk_align *al)
{
	bool		used[NK_MAX_WORDS] = {false};
	int			kinds_s = 0,
				kinds_l = 0,
				sectors = 0;

	for (int i = 0; i < s->ntok; i++)
	{
		if (al->map[i] >= 0)
			used[al->map[i]] = true;
		else if (s->tok_generic[i])
			kinds_s++, sectors += !s->tok_form[i];
	}
	for (int k = 0; k < l->ntok; k++)
		if (!used[k] && l->tok_generic[k])
			kinds_l++, sectors += !l->tok_form[k];
	return kinds_s > 0 && kinds_l > 0 && sectors > 0;
}

/*
 * Whether two persons' given names start with different letters that no
 * transliteration trades: "Hamid" is not "Amid", "Mina" not "Nina".
 */
static bool
nk_given_letters_differ(const nk_name *s, const nk_name *l)
{
	char		x,
				y;

	if (s->org || l->org || s->ntok < 2 || l->ntok < 2)
		return false;
	x = s->skel[s->tok_off[0]];
	y = l->skel[l->tok_off[0]];
	return x != y && !nk_first_pair(x, y);
}

/*
 * The features of a pair for the learned decision (see CP_NAME_NFEATURES).
 * The pair is put in a canonical order first (fewer words, then the shorter
 * and smaller key), so that the features, and the decision, are symmetric.
 */
static void
nk_features(nk_name *a, nk_name *b, bool rule, nk_align_memo *memo, float *f)
{
	const nk_name *s,
			   *l;
	const nk_align *al;
	int			cmp;
	float		matched_letters = 0;
	int			longest_exact = 0,
				longest_unmatched = 0,
				inversions = 0,
				long_matched = 0,
				generic = 0,
				initials_left = 0;
	float		best_unmatched = 0;
	bool		used[NK_MAX_WORDS] = {false};

	cmp = a->ntok != b->ntok ? a->ntok - b->ntok :
		a->key_len != b->key_len ? (int) a->key_len - (int) b->key_len :
		memcmp(a->key, b->key, a->key_len);
	s = cmp <= 0 ? a : b;
	l = s == a ? b : a;
	memset(f, 0, sizeof(float) * CP_NAME_NFEATURES);
	f[CP_NF_RULE] = rule;
	f[CP_NF_KEY_EQUAL] = a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0;
	f[CP_NF_KEY_DICE] = nk_bigram_dice(a->key, a->key_len, b->key, b->key_len);
	f[CP_NF_KEY_SIMILARITY] = nk_similarity(s->key, s->key_len, l->key, l->key_len);
	f[CP_NF_WORDS_S] = s->ntok;
	f[CP_NF_WORDS_L] = l->ntok;
	f[CP_NF_ORG_EITHER] = a->org || b->org;
	f[CP_NF_ORG_BOTH] = a->org && b->org;
	f[CP_NF_KEY_LENGTH_RATIO] = (float) (s->key_len < l->key_len ? s->key_len : l->key_len) /
		(float) (s->key_len > l->key_len ? (s->key_len ? s->key_len : 1) : (l->key_len ? l->key_len : 1));
	f[CP_NF_EMPTY] = s->ntok == 0;
	f[CP_NF_LETTERS_S] = s->skel_len;
	if (s->ntok == 0)
		return;
	al = nk_align_memoized(s, l, memo);
	f[CP_NF_FULL] = al->full;
	f[CP_NF_EXACT] = al->exact;
	f[CP_NF_INITIALS] = al->initials;
	f[CP_NF_WEAK] = al->weak;
	f[CP_NF_UNMATCHED_S] = al->unmatched_s;
	f[CP_NF_UNMATCHED_L] = al->unmatched_l;
	f[CP_NF_DISTINCT_UNMATCHED_S] = al->distinct_unmatched_s;
	f[CP_NF_DISTINCT_UNMATCHED_L] = al->distinct_unmatched_l;
	f[CP_NF_DISTINCT_FULL] = al->distinct_full;
	f[CP_NF_FIRST_ALIGNED] = al->map[0] == 0;
	f[CP_NF_LAST_ALIGNED] = al->map[s->ntok - 1] == l->ntok - 1;
	f[CP_NF_SHARE_S] = (float) (al->full + al->initials) / (float) s->ntok;
	f[CP_NF_SHARE_L] = (float) (al->full + al->initials) / (float) l->ntok;
	for (int i = 0; i < s->ntok; i++)
	{
		int			k = al->map[i];

		generic += s->tok_generic[i];
		if (k < 0)
		{
			if (s->tok_len[i] > longest_unmatched)
				longest_unmatched = s->tok_len[i];
			continue;
		}
		used[k] = true;
		matched_letters += s->tok_len[i] + l->tok_len[k];
		if (s->tok_len[i] == l->tok_len[k] &&
			memcmp(s->skel + s->tok_off[i], l->skel + l->tok_off[k], s->tok_len[i]) == 0 &&
			s->tok_len[i] > longest_exact)
			longest_exact = s->tok_len[i];
		if (s->tok_len[i] >= 6 && !s->tok_initial[i])
			long_matched++;
		for (int j = i + 1; j < s->ntok; j++)
			if (al->map[j] >= 0 && al->map[j] < k)
				inversions++;
	}
	for (int k = 0; k < l->ntok; k++)
	{
		generic += l->tok_generic[k];
		if (used[k])
			continue;
		if (l->tok_len[k] > longest_unmatched)
			longest_unmatched = l->tok_len[k];
		initials_left += l->tok_initial[k];
		for (int i = 0; i < s->ntok; i++)
			if (al->map[i] < 0)
			{
				float		sim = nk_similarity(s->skel + s->tok_off[i], s->tok_len[i],
												l->skel + l->tok_off[k], l->tok_len[k]);

				if (sim > best_unmatched)
					best_unmatched = sim;
			}
	}
	f[CP_NF_SHARE_LETTERS] = s->skel_len + l->skel_len ? matched_letters / (float) (s->skel_len + l->skel_len) : 0;
	f[CP_NF_LONGEST_EXACT] = longest_exact;
	f[CP_NF_LONGEST_UNMATCHED] = longest_unmatched;
	f[CP_NF_UNMATCHED_SIMILARITY] = best_unmatched;
	f[CP_NF_GENERIC] = generic;
	f[CP_NF_GIVEN_ALIGNED] = nk_given_aligned(s, l, al);
	f[CP_NF_INVERSIONS] = inversions;
	f[CP_NF_PERSON_RULE] = nk_person_same(s, l, al);
	f[CP_NF_ORG_RULE] = nk_org_same(s, l, al);
	f[CP_NF_FIRST_EQUAL] = s->tok_len[0] == l->tok_len[0] && memcmp(s->skel + s->tok_off[0], l->skel + l->tok_off[0], s->tok_len[0]) == 0;
	f[CP_NF_LONG_MATCHED] = long_matched;
	f[CP_NF_INITIALS_LEFT] = initials_left;
	f[CP_NF_VETO] = nk_has_distinct(s, l) || nk_kind_clash(s, l, al) ||
		nk_given_letters_differ(s, l) || nk_has_sonorant_trade(s, l);
}

void
cp_name_pair_features(const char *a, size_t alen, const char *b, size_t blen, float *features)
{
	nk_name		na,
				nb;

	nk_align_memo memo;
	bool		rule;

	memo.n = 0;
	nk_parse_pair(&na, a, alen, &nb, b, blen);
	rule = nk_same(&na, &nb, &memo);
	nk_features(&na, &nb, rule, &memo, features);
}

bool
cp_name_decision(const float *features, float score, float threshold)
{
	if (features[CP_NF_RULE] > 0)
		return true;			/* the rules (equal keys among them) */
	return features[CP_NF_VETO] == 0 && score >= threshold;
}

static bool
nk_decide(const cp_forest *forest, nk_name *a, nk_name *b)
{
	float		f[CP_NAME_NFEATURES];
	nk_align_memo memo;

	memo.n = 0;
	/* what the rules join needs no score (see cp_name_decision) */
	if (nk_same(a, b, &memo))
		return true;
	/* nor what a veto that needs no alignment refuses (see nk_features) */
	if (nk_has_distinct(a, b) || nk_given_letters_differ(a, b) || nk_has_sonorant_trade(a, b))
		return false;
	nk_features(a, b, false, &memo, f);
	return cp_name_decision(f, cp_forest_score(forest, f), forest->threshold);
}

size_t
cp_parsed_name_size(void)
{
	return sizeof(nk_name);
}

void
cp_name_parse(cp_parsed_name *out, const char *name, size_t len)
{
	nk_parse(out, name, len, true);
}

bool
cp_same_entity_parsed(const cp_forest *forest, cp_parsed_name *a, cp_parsed_name *b)
{
	return nk_decide(forest, a, b);
}

bool
cp_same_entity(const cp_forest *forest, const char *a, size_t alen, const char *b, size_t blen)
{
	nk_name		na,
				nb;

	nk_parse_pair(&na, a, alen, &nb, b, blen);
	return nk_decide(forest, &na, &nb);
}

float
cp_name_similarity_parsed(const cp_forest *forest, cp_parsed_name *a, cp_parsed_name *b)
{
	int			matched = 0;
	bool		used[NK_MAX_WORDS] = {false};
	float		tok,
				sim;

	if (a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0)
		return 1.0f;
	/* words of a matched to distinct words of b, in any order */
	for (int i = 0; i < a->ntok; i++)
		for (int j = 0; j < b->ntok; j++)
			if (!used[j] && nk_token_match(a, i, b, j) >= NK_FUZZY)
			{
				used[j] = true;
				matched++;
				break;
			}
	tok = a->ntok + b->ntok ? (float) (2.0 * matched / (a->ntok + b->ntok)) : 0.0f;
	sim = 0.5f * tok + 0.5f * nk_bigram_dice(a->key, a->key_len, b->key, b->key_len);
	/* ranked consistently with the decision: same entities above 0.75 */
	if (nk_decide(forest, a, b))
		return 0.75f + 0.25f * sim;
	return 0.75f * sim;
}

float
cp_name_similarity(const cp_forest *forest, const char *a, size_t alen, const char *b, size_t blen)
{
	nk_name		na,
				nb;

	nk_parse_pair(&na, a, alen, &nb, b, blen);
	return cp_name_similarity_parsed(forest, &na, &nb);
}

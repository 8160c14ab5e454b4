/*
 * dates_lex.c: atoms and keywords of the date parser.
 *
 * Each sentence is cut into atoms: runs of letters, runs of digits, and
 * single other characters (dashes and apostrophes normalized), so "7/21/2014",
 * "Dec31", "2017-q1" and "5th" all split the same regular way.  A keyword
 * table marks the few words a date can start with or be built from.
 *
 * The number reader's atoms (numbers.h) do not serve here: they come from
 * the tokenizer and keep a numeral whole ("29,514", "4/5", "1.13bn", and
 * "7/21/2014" as one code), where a date needs the parts between its
 * separators; and a date may run past the sentence end the splitter chose
 * ("July 21. 2014"), so atoms are cut from the bytes, not the tokens.  Both
 * share the word lists (calendar.h, the number lexicon), the keyword hash
 * (hash.h) and the ASCII classes (utf8.h).
 */
#include "dates_internal.h"

#include "hash.h"
#include "numbers.h"
#include "utf8.h"

#include <string.h>

typedef struct kwdef
{
	const char *w;
	uint8_t		kw;
	int16_t		val;
} kwdef;

static const kwdef kwtab[] = {
	{"today", K_TODAY, 0}, {"tonight", K_TONIGHT, 0}, {"yesterday", K_YESTERDAY, 0},
	{"tomorrow", K_TOMORROW, 0}, {"ago", K_AGO, 0}, {"last", K_LAST, 0}, {"next", K_NEXT, 0},
	{"this", K_THIS, 0}, {"past", K_PAST, 0}, {"previous", K_PREVIOUS, 0}, {"prior", K_PREVIOUS, 0},
	{"coming", K_COMING, 0}, {"upcoming", K_UPCOMING, 0}, {"following", K_FOLLOWING, 0},
	{"current", K_CURRENT, 0}, {"earlier", K_EARLIER, 0}, {"later", K_LATER, 0},
	{"early", K_EARLY, 0}, {"mid", K_MID, 0}, {"middle", K_MIDDLE, 0}, {"late", K_LATE, 0},
	{"end", K_END, 0}, {"beginning", K_BEGINNING, 0}, {"start", K_START, 0},
	{"since", K_SINCE, 0}, {"from", K_FROM, 0}, {"between", K_BETWEEN, 0}, {"to", K_TO, 0},
	{"through", K_THROUGH, 0}, {"thru", K_THROUGH, 0}, {"till", K_TILL, 0}, {"until", K_TILL, 0},
	{"and", K_AND, 0}, {"or", K_OR, 0}, {"before", K_BEFORE, 0}, {"after", K_AFTER, 0},
	{"in", K_IN, 0}, {"into", K_INTO, 0}, {"on", K_ON, 0}, {"of", K_OF, 0}, {"the", K_THE, 0}, {"a", K_A, 1},
	{"an", K_A, 1}, {"during", K_DURING, 0}, {"by", K_BY, 0}, {"at", K_AT, 0},
	{"day", K_DAY, 0}, {"days", K_DAY, 0}, {"week", K_WEEK, 0}, {"weeks", K_WEEK, 0},
	{"month", K_MONTHU, 0}, {"months", K_MONTHU, 0}, {"year", K_YEAR, 0}, {"years", K_YEAR, 0},
	{"fortnight", K_FORTNIGHT, 0}, {"fortnights", K_FORTNIGHT, 0}, {"decade", K_DECADE, 0}, {"decades", K_DECADE, 0},
	{"quarter", K_QUARTER, 0}, {"quarters", K_QUARTER, 0}, {"century", K_CENTURY, 0}, {"weekend", K_WEEKEND, 0},
	{"spring", K_SEASON, 1}, {"summer", K_SEASON, 2}, {"autumn", K_SEASON, 3}, {"fall", K_SEASON, 3},
	{"winter", K_SEASON, 4},
	/* decades in words (val: the tens digit) */
	{"twenties", K_DECADEW, 2}, {"thirties", K_DECADEW, 3}, {"forties", K_DECADEW, 4},
	{"fifties", K_DECADEW, 5}, {"sixties", K_DECADEW, 6}, {"seventies", K_DECADEW, 7},
	{"eighties", K_DECADEW, 8}, {"nineties", K_DECADEW, 9},
	/* glued before a date by a dash: "pre-1990", "post-1959" (val: the bound) */
	{"pre", K_PREFIX, K_BEFORE}, {"post", K_PREFIX, K_AFTER},
	/*
	 * val: 1 for the present-tense markers, 2 for those that need a "to"
	 * after them at the head of a sentence, 3 for those that need it anywhere
	 */
	{"will", K_FUT, 1}, {"shall", K_FUT, 1}, {"scheduled", K_FUT, 0}, {"expected", K_FUT, 0},
	{"plans", K_FUT, 2}, {"planning", K_FUT, 2}, {"planned", K_FUT, 0}, {"set", K_FUT, 3}, {"due", K_FUT, 0}, {"ll", K_LL, 0},
	{"said", K_REPORT, 0}, {"says", K_REPORT, 0}, {"told", K_REPORT, 0},
	{"announced", K_REPORT, 0}, {"added", K_REPORT, 0}, {"reported", K_REPORT, 0},
	{"confirmed", K_REPORT, 0}, {"stated", K_REPORT, 0}, {"predicted", K_REPORT, 0},
	{"warned", K_REPORT, 0}, {"insisted", K_REPORT, 0}, {"declared", K_REPORT, 0},
	{"q", K_Q, 0}, {"h", K_HALF, 0}, {"date", K_DATE, 0}, {"fy", K_FY, 0}, {"starting", K_STARTING, 0}, {"up", K_UP, 0}, {"s", K_S, 0}, {"st", K_SUFFIX, 0}, {"nd", K_SUFFIX, 0}, {"rd", K_SUFFIX, 0},
	{"th", K_SUFFIX, 0}, {"now", K_FROMNOW, 0},
	/* holiday names by their first word; val is an H_* of dates_internal.h */
	{"christmas", K_HOLIDAY, H_CHRISTMAS}, {"easter", K_HOLIDAY, H_EASTER},
	{"thanksgiving", K_HOLIDAY, H_THANKSGIVING}, {"halloween", K_HOLIDAY, H_HALLOWEEN},
	{"new", K_HOLIDAY, H_NEW_YEAR}, {"independence", K_HOLIDAY, H_INDEPENDENCE},
	{"labor", K_HOLIDAY, H_LABOR}, {"labour", K_HOLIDAY, H_LABOR},
	{"memorial", K_HOLIDAY, H_MEMORIAL}, {"veterans", K_HOLIDAY, H_VETERANS},
	{"valentine", K_HOLIDAY, H_VALENTINE}, {"valentines", K_HOLIDAY, H_VALENTINE},
	{"boxing", K_HOLIDAY, H_BOXING},
	{"presidents", K_HOLIDAY, H_PRESIDENTS}, {"columbus", K_HOLIDAY, H_COLUMBUS},
	{"black", K_HOLIDAY, H_BLACK_FRIDAY}, {"good", K_HOLIDAY, H_GOOD_FRIDAY},
	{"ash", K_HOLIDAY, H_ASH_WEDNESDAY}, {"palm", K_HOLIDAY, H_PALM_SUNDAY},
	{"election", K_HOLIDAY, H_ELECTION}, {"mother", K_HOLIDAY, H_MOTHERS}, {"mothers", K_HOLIDAY, H_MOTHERS},
	{"father", K_HOLIDAY, H_FATHERS}, {"fathers", K_HOLIDAY, H_FATHERS},
	{"remembrance", K_HOLIDAY, H_REMEMBRANCE}, {"armistice", K_HOLIDAY, H_REMEMBRANCE},
	{"bastille", K_HOLIDAY, H_BASTILLE}, {"canada", K_HOLIDAY, H_CANADA},
	{"australia", K_HOLIDAY, H_AUSTRALIA}, {"anzac", K_HOLIDAY, H_ANZAC},
	{"saint", K_HOLIDAY, H_PATRICK}, {"patrick", K_HOLIDAY, H_PATRICK}, {"patricks", K_HOLIDAY, H_PATRICK},
	{"martin", K_HOLIDAY, H_KING}, {"mlk", K_HOLIDAY, H_KING}, {"juneteenth", K_HOLIDAY, H_JUNETEENTH},
};

#define NKW (sizeof(kwtab) / sizeof(kwtab[0]))
#define MAX_KW_LEN 12
#define KW_SLOTS 1024			/* power of two, over four times the entries */

/* One hash slot: a word's keyword and, if a name, its month or weekday. */
typedef struct kwslot
{
	char		w[MAX_KW_LEN + 1];
	uint8_t		len;
	uint8_t		kw;
	int8_t		month;
	int8_t		wday;
	int16_t		val;
} kwslot;

static kwslot *kw_hash;

/*
 * Per word length and first letter, a bit for each keyword's second letter
 * (bit 26: none): most words of a text fail this test, without touching
 * the hash table.
 */
static uint32_t kw_pairs[MAX_KW_LEN + 1][26];

/* The bit of kw_pairs[len][first letter] for the letters s[0..len) (ASCII letters). */
static inline uint32_t
kw_pair_bit(const char *s, size_t len)
{
	return UINT32_C(1) << (len > 1 ? ((s[1] | 0x20) - 'a') : 26);
}

const atom cp_dt_end_atom = {0, 0, A_END, K_NONE, true, false, 0, 0, -1, 0, 0};

/*
 * The slot of a keyword of lower-case ASCII letters (all an atom can
 * match), added if new.
 */
static kwslot *
kw_insert(const char *lower, size_t len)
{
	uint32_t	h = cp_fnv32(lower, len) & (KW_SLOTS - 1);
	kwslot	   *sl;

	while ((sl = &kw_hash[h])->len != 0 && !(sl->len == len && memcmp(sl->w, lower, len) == 0))
		h = (h + 1) & (KW_SLOTS - 1);
	if (sl->len == 0)
	{
		memcpy(sl->w, lower, len);
		sl->len = (uint8_t) len;
		kw_pairs[len][lower[0] - 'a'] |= kw_pair_bit(lower, len);
		sl->wday = -1;
	}
	return sl;
}

/*
 * Number words come from the number lexicon (numbers.h): cardinals up to
 * sixty, for counts ("sixty days ago") and the tens of "twenty-first", and
 * ordinals up to 31, the days of a month.  A date keyword keeps its own
 * reading ("quarter" is a period, not an ordinal).
 */
static void
kw_add_number_words(void)
{
	const cp_lex_entry *e;

	for (int i = 0; (e = cp_lex_get(i)) != NULL; i++)
	{
		bool		cardinal = (e->cat == CP_LX_DIGIT || e->cat == CP_LX_TEEN ||
								e->cat == CP_LX_TENS) && e->value >= 1 && e->value <= 60;
		bool		ordinal = e->cat == CP_LX_ORD && e->value <= 31;
		size_t		len = strlen(e->word);
		kwslot	   *sl;

		/* "o'clock" is no atom */
		if ((!cardinal && !ordinal) || len > MAX_KW_LEN || strspn(e->word, "abcdefghijklmnopqrstuvwxyz") != len)
			continue;
		sl = kw_insert(e->word, len);
		if (sl->kw != K_NONE)
			continue;
		sl->kw = cardinal ? K_NUMW : K_ORDW;
		sl->val = (int16_t) e->value;
	}
}

/* Built once per process in persistent memory; read-only afterwards. */
void
cp_dt_keywords_init(void)
{
	size_t		i;

	if (kw_hash)
		return;
	{
		kwslot	   *t = cp_alloc_persistent(KW_SLOTS * sizeof(kwslot));

		memset(t, 0, KW_SLOTS * sizeof(kwslot));
		kw_hash = t;
	}
	for (i = 0; i < NKW; i++)
	{
		kwslot	   *sl = kw_insert(kwtab[i].w, strlen(kwtab[i].w));

		sl->kw = kwtab[i].kw;
		sl->val = kwtab[i].val;
	}
	kw_add_number_words();
	for (i = 0; i < cp_calendar_nnames; i++)
	{
		const cp_calendar_name *nm = &cp_calendar_names[i];
		kwslot	   *sl = kw_insert(nm->word, strlen(nm->word));

		sl->month = nm->month;
		sl->wday = nm->wday;
	}
}

/* The keyword slot of the ASCII letters s[0..len), in any case, or NULL. */
static const kwslot *
kw_lookup(const char *s, size_t len)
{
	uint32_t	h;

	/* atoms are letters: the first two, folded by their 0x20 bit, before any hashing */
	if (len == 0 || len > MAX_KW_LEN || !(kw_pairs[len][(s[0] | 0x20) - 'a'] & kw_pair_bit(s, len)))
		return NULL;
	/* kw_insert() hashes lower case: the folded hash is the same */
	for (h = cp_fnv32_lower(s, len) & (KW_SLOTS - 1); kw_hash[h].len != 0; h = (h + 1) & (KW_SLOTS - 1))
		if (kw_hash[h].len == len && cp_ascii_ieq(s, kw_hash[h].w, len))
			return &kw_hash[h];
	return NULL;
}

/*
 * A holiday name's first word is a keyword only where the name goes on:
 * "New Year", "Black Friday", "Good Friday", "Saint Patrick", "Martin
 * Luther", and "Labor", "Presidents'", "Valentines", "Mother's" before
 * "Day" (a look at the next bytes: "labor market" and "new rules" cost the
 * parser nothing).  Christmas, Easter, Thanksgiving, Halloween and
 * Juneteenth lead on their own.
 */
static bool
holiday_lead(const char *text, size_t start, size_t j, size_t to, int h)
{
	const char *want = "day";
	size_t		n;
	/* "Saint Patrick's Day", "Martin Luther King Day": the name goes on */
	bool		saint = h == H_PATRICK && j - start == 5 && strncasecmp(text + start, "saint", 5) == 0,
				martin = h == H_KING && j - start == 6 && strncasecmp(text + start, "martin", 6) == 0;

	if (saint || martin)
		h = H_NONE;
	switch (h)
	{
		case H_NONE:
			want = saint ? "patrick" : "luther";
			break;
		case H_CHRISTMAS: case H_EASTER: case H_THANKSGIVING: case H_HALLOWEEN: case H_JUNETEENTH:
			return true;
		case H_NEW_YEAR: want = "year"; break;
		case H_BLACK_FRIDAY: case H_GOOD_FRIDAY: want = "friday"; break;
		case H_ASH_WEDNESDAY: want = "wednesday"; break;
		case H_PALM_SUNDAY: want = "sunday"; break;
		default:
			/* a possessive between: "Veterans'", "Presidents'", "Valentine’s" */
			if (j < to && text[j] == '\'')
				j++;
			else if (to - j >= 3 && memcmp(text + j, "\xe2\x80\x99", 3) == 0)
				j += 3;
			if (j < to && (text[j] | 0x20) == 's')
				j++;
	}
	while (j < to && text[j] == ' ')
		j++;
	n = strlen(want);
	if (to - j < n || strncasecmp(text + j, want, n) != 0)
		return false;
	return j + n == to || !cp_ascii_alpha((unsigned char) text[j + n]) || (text[j + n] | 0x20) == 's';
}

static inline atom *
atoms_push(cp_arena *arena, atoms *v)
{
	if (v->n == v->cap)
	{
		size_t		ncap = v->cap ? v->cap * 2 : 256;
		atom	   *na = cp_arena_alloc(arena, ncap * sizeof(atom));

		if (v->n)
			memcpy(na, v->a, v->n * sizeof(atom));
		v->a = na;
		v->cap = ncap;
	}
	memset(&v->a[v->n], 0, sizeof(atom));
	v->a[v->n].wday = -1;
	return &v->a[v->n++];
}

void
cp_dt_lex(cp_arena *arena, atoms *v, const char *text, size_t from, size_t to)
{
	size_t		i = from;
	bool		space = true;

	v->n = 0;
	while (i < to)
	{
		unsigned char c = (unsigned char) text[i];
		atom	   *a;

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		{
			space = true;
			i++;
			continue;
		}
		if (cp_ascii_alpha(c))
		{
			size_t		j = i;
			const kwslot *k;

			while (j < to && cp_ascii_alpha((unsigned char) text[j]))
				j++;
			a = atoms_push(arena, v);
			a->kind = A_WORD;
			a->start = (uint32_t) i;
			a->len = (uint32_t) (j - i);
			a->cap = c >= 'A' && c <= 'Z';
			if ((k = kw_lookup(text + i, a->len)) != NULL &&
				!(k->kw == K_HOLIDAY && !holiday_lead(text, i, j, to, k->val)))
			{
				a->kw = k->kw;
				a->val = k->val;
				a->month = k->month;
				a->wday = k->wday;
			}
			i = j;
		}
		else if (cp_ascii_digit(c))
		{
			size_t		j = i;
			int32_t		val = 0;

			while (j < to && cp_ascii_digit((unsigned char) text[j]))
			{
				if (j - i < 9)
					val = val * 10 + (text[j] - '0');
				j++;
			}
			a = atoms_push(arena, v);
			a->kind = A_NUM;
			a->start = (uint32_t) i;
			a->len = (uint32_t) (j - i);
			a->ndig = (uint8_t) (j - i > 20 ? 20 : j - i);
			a->val = val;
			i = j;
		}
		else
		{
			uint32_t	cp;
			int			n = c < 0x80 ? 1 : cp_utf8_decode(text + i, to - i, &cp);

			if (c >= 0x80 && cp_uc_is(cp, CP_UC_SPACE))
			{
				space = true;
				i += n;
				continue;
			}
			a = atoms_push(arena, v);
			a->kind = A_PUNCT;
			a->start = (uint32_t) i;
			a->len = (uint32_t) n;
			if (c < 0x80)
				a->ch = (char) c;
			else if (cp_uc_is(cp, CP_UC_DASH))
				a->ch = '-';
			else if (cp_uc_is(cp, CP_UC_APOS))
				a->ch = '\'';
			else
				a->ch = '?';
			i += n;
		}
		v->a[v->n - 1].space = space;
		space = false;
	}
}

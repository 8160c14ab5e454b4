/*
 * quantities_unit.c: what a number counts or measures: percent, money (a
 * sign, a currency word, "Australian dollars"), a duration, a measure, an
 * age ("a 12-year-old"), or the noun a count counts ("700 Palestinians",
 * "one senior State Department official").
 */
#include "quantities_internal.h"

#include <string.h>
#include <strings.h>

#include "utf8.h"
#include "wordtab.h"

/* Could atoms[k] be a noun a number counts? */
bool
noun_candidate(const char *text, const cp_atom *a)
{
	uint16_t	bits;

	if (!is_word(a) || !a->space_before || a->hy_inner)
		return false;
	if (!(a->tflags & CP_TF_HAS_ALPHA) || (a->tflags & CP_TF_HAS_DIGIT))
		return false;
	bits = lex_bits(a);
	if (bits & CP_LB_STOP)
		return false;
	if (lex_cat(a) != CP_LX_NONE || lex_uclass(a) != CP_UC_NOUNIT)
		return false;
	if (is_month(text, a) || cp_weekday_from_name(text + a->start, a->len) >= 0)
		return false;
	/* verbs in -ed and adverbs in -ly rarely follow a count as its noun */
	if (a->len > 3 && (strncasecmp(text + a->start + a->len - 2, "ed", 2) == 0 ||
					   strncasecmp(text + a->start + a->len - 2, "ly", 2) == 0))
		return false;
	return true;
}

/* Common adjective endings and a few adjectives that news puts before nouns. */
bool
adjective_like(const char *text, const cp_atom *a)
{
	static const char *const endings[] = {"ior", "al", "ic", "ish", "ian", "ese", "ive", "ous", "ful",
	"ern", "ary", "ant", "ent", "less", "able"};
	static const char *const words[] = {"former", "young", "old", "top", "chief", "key", "elderly"};
	const char *s = text + a->start;

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (cp_atom_is(text, a, words[i]))
			return true;
	for (size_t i = 0; i < sizeof(endings) / sizeof(endings[0]); i++)
	{
		size_t		l = strlen(endings[i]);

		if (a->len > l + 2 && strncasecmp(s + a->len - l, endings[i], l) == 0)
			return true;
	}
	return false;
}

bool
plural_noun(const char *text, const cp_atom *a)
{
	/* not a function word in -s: "was", "has", "its" */
	return (lex_bits(a) & CP_LB_PLURAL) ||
		(a->len > 2 && (text[a->start + a->len - 1] == 's' || text[a->start + a->len - 1] == 'S') &&
		 text[a->start + a->len - 2] != 's' && !(lex_bits(a) & (CP_LB_STOP | CP_LB_SINGULAR)));
}

/* "125 million Australian dollars", "us dollars": a nation names the currency. */
static bool
national_currency(const char *text, const cp_atom *atoms, size_t k, unit_read *u)
{
	static const char *const nat[][2] = {
		{"australian", "AUD"}, {"canadian", "CAD"}, {"us", "USD"}, {"u.s.", "USD"},
		{"american", "USD"}, {"singapore", "SGD"}, {"taiwan", "TWD"}, {"zimbabwean", "ZWL"},
		{"egyptian", "EGP"}, {"jordanian", "JOD"}, {"israeli", "ILS"}, {"new", NULL},
		{"dutch", "NLG"}, {"finnish", "FIM"}, {"swiss", "CHF"}, {"french", "FRF"},
		{"mexican", "MXN"}, {"indian", "INR"}, {"saudi", "SAR"}, {"hong", NULL},
		{"swedish", "SEK"}, {"danish", "DKK"}, {"norwegian", "NOK"}, {"czech", "CZK"},
	};
	const cp_lex_entry *e = cp_lex_get(atoms[k + 1].lex);

	for (size_t q = 0; q < sizeof(nat) / sizeof(nat[0]); q++)
		if (cp_atom_is(text, &atoms[k], nat[q][0]) && nat[q][1])
		{
			u->kind = CP_QK_MONEY;
			/* the nation names the currency of "dollars", "pounds", "francs", "crowns" */
			u->unit = (strcmp(e->unit, "USD") == 0 || strcmp(e->unit, "GBP") == 0 ||
					   strcmp(e->unit, "crown") == 0 ||
					   strcmp(e->unit, "CHF") == 0 || strcmp(e->unit, "MXN") == 0 ||
					   strcmp(e->unit, "INR") == 0 || strcmp(e->unit, "SAR") == 0 ||
					   strcmp(e->unit, "JOD") == 0 || strcmp(e->unit, "ILS") == 0) ? nat[q][1] : e->unit;
			u->unit_len = strlen(u->unit);
			u->end = k + 2;
			return true;
		}
	return false;
}

/* The scale of temperature a is, "C", "F" or "K" ("Celsius", "centigrade", a capital "F"), or NULL. */
static const char *
temperature_scale(const char *text, const cp_atom *a)
{
	const char *unit = lex_uclass(a) == CP_UC_MEASURE ? cp_lex_get(a->lex)->unit : NULL;

	if (a->type == CP_AT_WORD && a->len == 1 && text[a->start] == 'F')
		return "F";
	return unit && (strcmp(unit, "C") == 0 || strcmp(unit, "F") == 0 || strcmp(unit, "K") == 0) ? unit : NULL;
}

/*
 * The degree at k on the scale the next word names: of temperature ("50
 * degrees Celsius", "104 degrees F"), of oil's density ("39 degree API
 * gravity"), sugar's ("42.0 degree brix") or an angle ("162 degrees west
 * longitude"); a bare degree stays "degree", a temperature's in most news.
 */
static void
degree_scale(const char *text, const cp_atom *atoms, size_t n, size_t k, unit_read *u)
{
	static const struct
	{
		const char *word;
		const char *unit;
	}			scales[] = {
		{"api", "degree API"}, {"gravity", "degree API"}, {"brix", "degree Brix"},
		{"angle", "degree of arc"}, {"arc", "degree of arc"}, {"longitude", "degree of arc"},
		{"latitude", "degree of arc"}, {"north", "degree of arc"}, {"south", "degree of arc"},
		{"east", "degree of arc"}, {"west", "degree of arc"},
	};
	const char *t;

	if (k + 1 >= n || !atoms[k + 1].space_before)
		return;
	if ((t = temperature_scale(text, &atoms[k + 1])) != NULL)
	{
		u->unit = t, u->unit_len = 1, u->end = k + 2;
		return;
	}
	for (size_t i = 0; i < sizeof(scales) / sizeof(scales[0]); i++)
		if (cp_atom_is(text, &atoms[k + 1], scales[i].word))
			u->unit = scales[i].unit, u->unit_len = strlen(scales[i].unit);
}

/*
 * A duration at k that is an age: "a 12-year-old", "three months old", "6
 * weeks of age" ("two years older" is a difference).
 */
static void
age_of(const char *text, const cp_atom *atoms, size_t n, size_t k, unit_read *u)
{
	static const char *const ages[] = {"year of age", "month of age", "week of age", "day of age"};
	size_t		end = 0;

	if (k + 1 < n && cp_atom_is(text, &atoms[k + 1], "old"))
		end = k + 2;
	else if (k + 2 < n && cp_atom_is(text, &atoms[k + 1], "of") &&
			 cp_atom_is(text, &atoms[k + 2], "age"))
		end = k + 3;
	if (!end)
		return;
	for (size_t i = 0; i < sizeof(ages) / sizeof(ages[0]); i++)
		if (strncmp(ages[i], u->unit, u->unit_len) == 0 && ages[i][u->unit_len] == ' ')
		{
			u->kind = CP_QK_MEASURE;
			u->unit = ages[i];
			u->unit_len = strlen(ages[i]);
			u->end = end;
		}
}

/*
 * A unit word after the number: a duration ("19 days", "a 3-year-old"), a
 * measure, a currency, percent.
 */
static bool
unit_word(const char *text, const cp_atom *atoms, size_t n, size_t k, unit_read *u)
{
	int			uc = lex_uclass(&atoms[k]);
	const cp_lex_entry *e = atoms[k].lex >= 0 ? cp_lex_get(atoms[k].lex) : NULL;
	bool		points = k + 1 < n && (atoms[k + 1].space_before || atoms[k + 1].hy_inner) &&
		(cp_atom_is(text, &atoms[k + 1], "point") || cp_atom_is(text, &atoms[k + 1], "points"));

	/* "25 basis points": a hundredth of a percentage point, a unit of its own */
	if (points && cp_atom_is(text, &atoms[k], "basis"))
	{
		u->kind = CP_QK_MEASURE;
		u->unit = "basis point";
		u->unit_len = 11;
		u->end = k + 2;
		return true;
	}

	/* "2 seconds" but not "the second": a duration needs a cardinal */
	if (uc == CP_UC_DURATION && e->cat == CP_LX_ORD && !atoms[k].hy_inner)
		uc = CP_UC_NOUNIT;
	if (uc == CP_UC_DURATION)
	{
		u->kind = CP_QK_DURATION;
		u->unit = e->unit;
		u->unit_len = strlen(e->unit);
		u->end = k + 1;
		age_of(text, atoms, n, k, u);
		return true;
	}
	/* "250,000 PS/2s": a unit glued to "/" and a numeral names a model */
	if (uc == CP_UC_MEASURE && k + 2 < n && !atoms[k + 1].space_before && atom_char(text, &atoms[k + 1], '/') &&
		cp_ascii_digit(text[atoms[k + 2].start]) && !atoms[k + 2].space_before)
		return false;
	if (uc == CP_UC_MEASURE || uc == CP_UC_CURRENCY || uc == CP_UC_PERCENT)
	{
		u->kind = uc == CP_UC_MEASURE ? CP_QK_MEASURE : uc == CP_UC_CURRENCY ? CP_QK_MONEY : CP_QK_PERCENT;
		u->unit = e->unit;
		u->unit_len = strlen(e->unit);
		/* "2 percentage points": the points belong to the mention */
		u->end = uc == CP_UC_PERCENT && points ? k + 2 : k + 1;
		if (strcmp(e->unit, "degree") == 0)
			degree_scale(text, atoms, n, k, u);
		return true;
	}
	return false;
}

/*
 * A counted noun: "700 Palestinians", "thousands of people", "27 Israeli
 * soldiers", "536 mostly civilian Palestinians", "25 of its soldiers"
 */
static void
counted_noun(const char *text, const cp_atom *atoms, size_t n, size_t k, const num_read *r,
			 unit_read *u)
{
	const cp_atom *last = &atoms[r->num.end - 1];
	size_t		m = k,
				limit;
	bool		one = cp_quantity_is_point(&r->num.value) && r->num.value.lo == 1;

	if (m < n && cp_atom_is(text, &atoms[m], "of") && (r->num.vague || lex_cat(last) == CP_LX_SCALE ||
														  lex_cat(last) == CP_LX_DOZEN))
		m++;
	if (one)
	{
		/* the head is the last of a run of nouns: "one senior State Department official" */
		size_t		last_noun = SIZE_MAX;

		for (limit = m + 5; m < n && m < limit && noun_candidate(text, &atoms[m]); m++)
		{
			/* two lower-case words: the second is a verb unless the first is an adjective */
			if (last_noun != SIZE_MAX && !(atoms[m].tflags & CP_TF_CAPITALIZED) &&
				!(atoms[last_noun].tflags & CP_TF_CAPITALIZED) && !adjective_like(text, &atoms[last_noun]))
				break;
			last_noun = m;
		}
		if (last_noun != SIZE_MAX)
		{
			u->kind = CP_QK_COUNT;
			u->unit = text + atoms[last_noun].start;
			u->unit_len = atoms[last_noun].len;
			u->noun = last_noun;
		}
		return;
	}
	for (limit = m + 4; m < n && m < limit; m++)
	{
		const cp_atom *w = &atoms[m];

		/* "5 Hamas fighters": a capitalized modifier before a plural noun */
		if (noun_candidate(text, w) && plural_noun(text, w) && (w->tflags & CP_TF_CAPITALIZED) &&
			m + 1 < n && noun_candidate(text, &atoms[m + 1]) && plural_noun(text, &atoms[m + 1]) &&
			!(atoms[m + 1].tflags & CP_TF_CAPITALIZED))
			continue;
		if (noun_candidate(text, w) && plural_noun(text, w))
		{
			u->kind = CP_QK_COUNT;
			u->unit = text + w->start;
			u->unit_len = w->len;
			u->noun = m;
			return;
		}
		/* modifiers between the number and its noun */
		if (noun_candidate(text, w) && !plural_noun(text, w))
			continue;
		if (is_word(w) && w->space_before && !(lex_bits(w) & CP_LB_STOP) && w->lex < 0 &&
			w->len > 3 && (strncasecmp(text + w->start + w->len - 2, "ly", 2) == 0 ||
						   strncasecmp(text + w->start + w->len - 2, "ed", 2) == 0))
			continue;
		if (m == k && (cp_atom_is(text, w, "more") || cp_atom_is(text, w, "other") ||
					   cp_atom_is(text, w, "additional") || cp_atom_is(text, w, "of")))
			continue;
		if (m == k + 1 && cp_atom_is(text, &atoms[k], "of") &&
			(cp_atom_is(text, w, "its") || cp_atom_is(text, w, "their") || cp_atom_is(text, w, "the") ||
			 cp_atom_is(text, w, "our") || cp_atom_is(text, w, "his") || cp_atom_is(text, w, "her")))
			continue;
		break;
	}
}

void
read_unit(const char *text, const cp_atom *atoms, size_t n, size_t k, const num_read *r,
		  unit_read *u)
{
	const cp_atom *last = &atoms[r->num.end - 1];
	const char *deg;

	u->kind = r->num.ordinal ? CP_QK_ORDINAL : CP_QK_NUMBER;
	u->unit = NULL;
	u->unit_len = 0;
	u->end = k;
	u->noun = SIZE_MAX;
	if (r->currency)
	{
		u->kind = CP_QK_MONEY;
		u->unit = r->currency;
		u->unit_len = strlen(r->currency);
	}
	if (r->num.ordinal || r->ratio)
		return;
	if (last->type == CP_AT_NUM && last->sfx == CP_SFX_UNIT)
	{
		int			lx = cp_lex_lookup(last->unit, strlen(last->unit));

		/* "24pc"; "30mins" a duration like "30 mins" */
		if (strcmp(last->unit, "percent") == 0)
			u->kind = CP_QK_PERCENT;
		else if (lx >= 0 && cp_lex_get(lx)->uclass == CP_UC_DURATION)
			u->kind = CP_QK_DURATION;
		else
			u->kind = CP_QK_MEASURE;
		u->unit = last->unit;
		u->unit_len = strlen(last->unit);
		return;
	}
	if (k >= n)
		return;
	if (atoms[k].type == CP_AT_SYMBOL && atom_char(text, &atoms[k], '%'))
	{
		u->kind = CP_QK_PERCENT, u->unit = "percent", u->unit_len = 7, u->end = k + 1;
		return;
	}
	if (is_word(&atoms[k]) && cp_atom_is(text, &atoms[k], "per") && k + 1 < n &&
		cp_atom_is(text, &atoms[k + 1], "cent"))
	{
		u->kind = CP_QK_PERCENT, u->unit = "percent", u->unit_len = 7, u->end = k + 2;
		return;
	}
	if (r->currency)
		return;
	/* "113 °F" */
	if ((deg = cp_degree_unit(text + atoms[k].start, atoms[k].len)) != NULL)
	{
		u->kind = CP_QK_MEASURE, u->unit = deg, u->unit_len = strlen(deg), u->end = k + 1;
		return;
	}
	/* "10 $": the sign after the amount */
	if (currency_symbol(text, &atoms[k]) && !(k + 1 < n && atoms[k + 1].type == CP_AT_NUM))
	{
		u->kind = CP_QK_MONEY, u->unit = currency_symbol(text, &atoms[k]), u->unit_len = 3, u->end = k + 1;
		return;
	}
	if (k + 1 < n && is_word(&atoms[k]) && lex_uclass(&atoms[k + 1]) == CP_UC_CURRENCY &&
		national_currency(text, atoms, k, u))
		return;
	if (is_word(&atoms[k]) && (atoms[k].space_before || atoms[k].hy_inner) &&
		unit_word(text, atoms, n, k, u))
		return;
	/* "thousands of dollars", "tens of millions of barrels": the unit of a vague plural or a scale */
	if (k + 1 < n && cp_atom_is(text, &atoms[k], "of") && atoms[k + 1].space_before &&
		(r->num.vague || lex_cat(last) == CP_LX_SCALE || lex_cat(last) == CP_LX_DOZEN) &&
		unit_word(text, atoms, n, k + 1, u))
		return;
	/* a fraction in words of one unit: "half an hour", "three quarters of a mile" */
	if (r->num.words && cp_quantity_is_point(&r->num.value) && r->num.value.lo > 0 && r->num.value.lo < 1)
	{
		size_t		m = k < n && cp_atom_is(text, &atoms[k], "of") ? k + 1 : k;

		if (m + 1 < n && lex_cat(&atoms[m]) == CP_LX_A && is_word(&atoms[m + 1]) && atoms[m + 1].space_before &&
			unit_word(text, atoms, n, m + 1, u))
			return;
	}
	/* "troy ounces" (its own unit), "cubic yards", "square miles" (a unit as written) */
	if (k + 1 < n && is_word(&atoms[k]) && atoms[k].space_before && atoms[k + 1].space_before &&
		lex_uclass(&atoms[k + 1]) == CP_UC_MEASURE &&
		(cp_atom_is(text, &atoms[k], "troy") || cp_atom_is(text, &atoms[k], "cubic") ||
		 cp_atom_is(text, &atoms[k], "square") || cp_atom_is(text, &atoms[k], "sq")) &&
		unit_word(text, atoms, n, k + 1, u))
	{
		if (!cp_atom_is(text, &atoms[k], "troy"))
		{
			u->unit = text + atoms[k].start;
			u->unit_len = atoms[k + 1].start + atoms[k + 1].len - atoms[k].start;
		}
		return;
	}
	counted_noun(text, atoms, n, k, r, u);
}

/*
 * Words after a figure glued to "m" that make it metres, not millions: a
 * race's or a track event's ("the 60m hurdles", "400m runners", "her 200m
 * titles", "the 10,000m world record") and a size's ("2.5m high", "a 508m tall tower").
 */
static const char *const metre_words[] = {
	"hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay", "relays",
	"final", "finals", "heat", "heats", "race", "races", "title", "titles", "record", "records",
	"runner", "runners", "event", "events", "champion", "champions", "sprint", "sprinter",
	"specialist", "gold", "silver", "bronze", "medal", "world", "high", "long", "wide", "deep", "tall"
};
static int16_t metre_word_slots[128];
static cp_wordtab metre_word_table = CP_WORDTAB(metre_words, metre_word_slots);

/* Verbs of a field event's mark, before it */
static const char *const mark_verbs[] = {
	"cleared", "clears", "jumped", "jumps", "leapt", "leaped", "threw", "throws", "landed", "lands",
	"vaulted", "vaults", "hurled"
};
static int16_t mark_verb_slots[32];
static cp_wordtab mark_verb_table = CP_WORDTAB(mark_verbs, mark_verb_slots);

/* Is a a figure glued to "m" and read as millions, with no currency: "1500m", "17.30m"? */
static bool
bare_m(const char *text, const cp_atom *a)
{
	return a->type == CP_AT_NUM && a->sfx == CP_SFX_SCALE && !a->currency && text[a->start + a->len - 1] == 'm';
}

/* Is the word a, lower-cased, one of the table's? */
static bool
word_among(const char *text, const cp_atom *a, cp_wordtab *table)
{
	char		low[16];

	if (!is_word(a) || a->len >= sizeof(low))
		return false;
	cp_ascii_lower_copy(low, text + a->start, a->len);
	return cp_wordtab_find(table, low, a->len) >= 0;
}

/* Does the word or "per" and a time unit after atoms[k] say that it is metres? */
static bool
metre_word_after(const char *text, const cp_atom *atoms, size_t n, size_t k)
{
	const cp_atom *w = k + 1 < n ? &atoms[k + 1] : NULL;

	if (!w || !w->space_before)
		return false;
	if (word_among(text, w, &metre_word_table))
		return true;
	return k + 2 < n && cp_atom_is(text, w, "per") &&
		(cp_atom_is(text, &atoms[k + 2], "second") || cp_atom_is(text, &atoms[k + 2], "minute"));
}

/*
 * Is a a figure in hundredths glued to "m" ("6.50m", "16.76m")? A field
 * event's mark is measured to the centimetre; an amount of millions written
 * so finely carries its currency ("$58.16m") or names what it counts.
 */
static bool
hundredths_m(const char *text, const cp_atom *a)
{
	const char *dot = memchr(text + a->start, '.', a->len);

	return dot && text + a->start + a->len - 1 - dot == 3 && cp_ascii_digit(dot[1]) && cp_ascii_digit(dot[2]);
}

/* Does atoms[k] join two items of a list ("and", "or", a comma)? */
static bool
joins_list(const char *text, const cp_atom *a)
{
	return cp_atom_is(text, a, "and") || cp_atom_is(text, a, "or") || atom_char(text, a, ',');
}

void
read_metres(const char *text, cp_atom *atoms, size_t n)
{
	for (size_t k = 0; k < n; k++)
	{
		cp_atom    *a = &atoms[k];
		const cp_atom *prev = k > 0 ? &atoms[k - 1] : NULL;
		bool		metres;

		/* "Australian dollars 648m" (but "won" is more often the verb) */
		if (!bare_m(text, a) ||
			(prev && is_word(prev) && lex_uclass(prev) == CP_UC_CURRENCY && !cp_atom_is(text, prev, "won")))
			continue;
		/* "the 60m hurdles", "2.5m high", "17m per second", "with 500m to go" */
		metres = metre_word_after(text, atoms, n, k) ||
			(k + 2 < n && cp_atom_is(text, &atoms[k + 1], "to") && cp_atom_is(text, &atoms[k + 2], "go"));
		/* a field event's mark: "cleared 4.88m", "threw 13.86m", "landed 17.30m" */
		if (!metres && prev)
			metres = word_among(text, prev, &mark_verb_table);
		/* "in the 1500m.", "the men's 800m in Birmingham": a race named alone, not "the 20m note" */
		if (!metres && prev &&
			(cp_atom_is(text, prev, "the") ||
			 ((prev->tflags & CP_TF_POSSESSIVE) && (text[prev->start + prev->len - 1] | 0x20) == 's')))
			metres = k + 1 >= n || !noun_candidate(text, &atoms[k + 1]);
		/*
		 * "a personal best of 6.50m to win", "at 6.63m": a mark in hundredths
		 * counting nothing, with no currency before or after it ("£2.36m",
		 * "481.42m yuan", "2.36m viewers")
		 */
		if (!metres && hundredths_m(text, a) && !(prev && currency_symbol(text, prev)))
			metres = k + 1 >= n || !(is_word(&atoms[k + 1]) && atoms[k + 1].space_before &&
									 (lex_uclass(&atoms[k + 1]) == CP_UC_CURRENCY ||
									  noun_candidate(text, &atoms[k + 1])));
		/* "the 100m and 200m titles", "200m, 400m" */
		if (!metres && k + 2 < n && joins_list(text, &atoms[k + 1]) && bare_m(text, &atoms[k + 2]))
			metres = metre_word_after(text, atoms, n, k + 2);
		if (!metres && k >= 2 && joins_list(text, prev) && atoms[k - 2].sfx == CP_SFX_UNIT &&
			atoms[k - 2].unit && strcmp(atoms[k - 2].unit, "m") == 0)
			metres = true;
		if (metres)
		{
			a->value /= 1e6;
			a->sfx = CP_SFX_UNIT;
			a->unit = "m";
		}
	}
}

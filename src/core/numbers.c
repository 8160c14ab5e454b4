/*
 * numbers.c: the number lexicon, atoms and number phrases; see numbers.h.
 */
#include "numbers.h"

#include "hash.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define D(w, v) {w, CP_LX_DIGIT, 0, 0, v, NULL}
#define T(w, v) {w, CP_LX_TEEN, 0, 0, v, NULL}
#define TY(w, v) {w, CP_LX_TENS, 0, 0, v, NULL}
#define SC(w, v) {w, CP_LX_SCALE, 0, 0, v, NULL}
#define O(w, v) {w, CP_LX_ORD, 0, 0, v, NULL}
#define OP(w, v) {w, CP_LX_ORDPL, 0, 0, v, NULL}
#define V(w, v) {w, CP_LX_VAGUE, 0, 0, v, NULL}
#define DUR(w, u) {w, CP_LX_NONE, CP_UC_DURATION, 0, 0, u}
#define MEA(w, u) {w, CP_LX_NONE, CP_UC_MEASURE, 0, 0, u}
#define CUR(w, u) {w, CP_LX_NONE, CP_UC_CURRENCY, 0, 0, u}
#define TIM(w) {w, CP_LX_NONE, CP_UC_TIME, 0, 0, NULL}
#define B(w, b) {w, CP_LX_NONE, 0, b, 0, NULL}
#define STOP CP_LB_STOP
#define DET (CP_LB_STOP | CP_LB_DET)
#define YP (CP_LB_STOP | CP_LB_YEARPREP)
#define QS (CP_LB_STOP | CP_LB_QUAL)
#define LST CP_LB_LIST

static const cp_lex_entry lexicon[] = {
	D("zero", 0), D("nought", 0), D("naught", 0), D("nil", 0),
	D("one", 1), D("two", 2), D("three", 3), D("four", 4), D("five", 5),
	D("six", 6), D("seven", 7), D("eight", 8), D("nine", 9),
	T("ten", 10), T("eleven", 11), T("twelve", 12), T("thirteen", 13), T("fourteen", 14),
	T("fifteen", 15), T("sixteen", 16), T("seventeen", 17), T("eighteen", 18), T("nineteen", 19),
	TY("twenty", 20), TY("thirty", 30), TY("forty", 40), TY("fourty", 40), TY("fifty", 50),
	TY("sixty", 60), TY("seventy", 70), TY("eighty", 80), TY("ninety", 90),
	{"hundred", CP_LX_HUNDRED, 0, 0, 100, NULL},
	SC("thousand", 1e3), SC("million", 1e6), SC("billion", 1e9), SC("trillion", 1e12),
	SC("lakh", 1e5), SC("crore", 1e7), SC("mln", 1e6), SC("mn", 1e6), SC("bn", 1e9),
	SC("bln", 1e9), SC("tln", 1e12), SC("tn", 1e12), SC("mil", 1e6),
	{"dozen", CP_LX_DOZEN, 0, 0, 12, NULL}, {"doz", CP_LX_DOZEN, 0, 0, 12, NULL},
	{"dozs", CP_LX_DOZEN, 0, 0, 12, NULL}, {"dzs", CP_LX_DOZEN, 0, 0, 12, NULL},
	{"first", CP_LX_ORD, 0, 0, 1, NULL}, {"second", CP_LX_ORD, CP_UC_DURATION, 0, 2, "second"},
	O("third", 3), O("fourth", 4), O("fifth", 5), O("sixth", 6), O("seventh", 7),
	O("eighth", 8), O("ninth", 9), O("tenth", 10), O("eleventh", 11), O("twelfth", 12),
	O("thirteenth", 13), O("fourteenth", 14), O("fifteenth", 15), O("sixteenth", 16),
	O("seventeenth", 17), O("eighteenth", 18), O("nineteenth", 19), O("twentieth", 20),
	O("thirtieth", 30), O("fortieth", 40), O("fiftieth", 50), O("sixtieth", 60),
	O("seventieth", 70), O("eightieth", 80), O("ninetieth", 90), O("hundredth", 100),
	O("thousandth", 1e3), O("millionth", 1e6), O("billionth", 1e9), O("trillionth", 1e12),
	O("quarter", 4),
	OP("firsts", 1), OP("thirds", 3), OP("fourths", 4), OP("quarters", 4), OP("fifths", 5), OP("sixths", 6),
	OP("sevenths", 7), OP("eighths", 8), OP("ninths", 9), OP("tenths", 10),
	OP("twelfths", 12), OP("twentieths", 20), OP("hundredths", 100), OP("thousandths", 1e3),
	OP("millionths", 1e6), OP("billionths", 1e9), OP("trillionths", 1e12),
	{"half", CP_LX_HALF, 0, 0, 0.5, NULL},
	{"a", CP_LX_A, 0, DET, 1, NULL}, {"an", CP_LX_A, 0, DET, 1, NULL},
	{"and", CP_LX_AND, 0, STOP, 0, NULL}, {"point", CP_LX_POINT, 0, 0, 0, NULL},
	{"minus", CP_LX_MINUS, 0, 0, 0, NULL}, {"negative", CP_LX_MINUS, 0, 0, 0, NULL},
	V("hundreds", 100), V("thousands", 1e3), V("millions", 1e6), V("billions", 1e9),
	V("dozens", 12), V("tens", 10),
	{"several", CP_LX_FEW, 0, STOP, 0, NULL}, {"few", CP_LX_FEW, 0, STOP, 0, NULL},
	/* durations */
	DUR("seconds", "second"), DUR("sec", "second"), DUR("secs", "second"),
	DUR("minute", "minute"), DUR("minutes", "minute"), DUR("min", "minute"), DUR("mins", "minute"),
	DUR("hour", "hour"), DUR("hours", "hour"), DUR("hr", "hour"), DUR("hrs", "hour"),
	DUR("day", "day"), DUR("days", "day"), DUR("week", "week"), DUR("weeks", "week"),
	DUR("month", "month"), DUR("months", "month"), DUR("year", "year"), DUR("years", "year"),
	DUR("decade", "decade"), DUR("decades", "decade"), DUR("century", "century"),
	DUR("centuries", "century"), DUR("night", "night"), DUR("nights", "night"),
	/* measures */
	MEA("km", "km"), MEA("kilometre", "km"), MEA("kilometres", "km"), MEA("kilometer", "km"),
	MEA("kilometers", "km"), MEA("mile", "mile"), MEA("miles", "mile"), MEA("metre", "m"),
	MEA("metres", "m"), MEA("meter", "m"), MEA("meters", "m"), MEA("cm", "cm"),
	MEA("centimetres", "cm"), MEA("centimeters", "cm"), MEA("mm", "mm"), MEA("millimetres", "mm"),
	MEA("millimeters", "mm"), MEA("ft", "ft"), MEA("feet", "ft"), MEA("foot", "ft"),
	MEA("inch", "inch"), MEA("inches", "inch"), MEA("kg", "kg"), MEA("kilogram", "kg"),
	MEA("kilograms", "kg"), MEA("kilos", "kg"), MEA("gram", "g"), MEA("grams", "g"),
	MEA("tonne", "t"), MEA("tonnes", "t"), MEA("ton", "t"), MEA("tons", "t"), MEA("lb", "lb"),
	MEA("lbs", "lb"), MEA("ml", "ml"), MEA("litre", "l"), MEA("litres", "l"), MEA("liter", "l"),
	MEA("liters", "l"), MEA("gallon", "gallon"), MEA("gallons", "gallon"),
	MEA("barrel", "barrel"), MEA("barrels", "barrel"), MEA("bpd", "barrel per day"),
	MEA("acre", "acre"), MEA("acres", "acre"), MEA("hectare", "ha"), MEA("hectares", "ha"),
	MEA("degree", "degree"), MEA("degrees", "degree"), MEA("mph", "mph"), MEA("kph", "km/h"),
	MEA("kmh", "km/h"), MEA("c", "C"), MEA("celsius", "C"), MEA("fahrenheit", "F"), MEA("mw", "MW"), MEA("megawatts", "MW"), MEA("gw", "GW"),
	/* currencies */
	CUR("dollar", "USD"), CUR("dollars", "USD"), CUR("dlr", "USD"), CUR("dlrs", "USD"), CUR("usd", "USD"), CUR("euro", "EUR"),
	CUR("euros", "EUR"), CUR("eur", "EUR"), CUR("pounds", "GBP"), CUR("sterling", "GBP"),
	CUR("gbp", "GBP"), CUR("shekel", "ILS"), CUR("shekels", "ILS"), CUR("ils", "ILS"),
	CUR("nis", "ILS"), CUR("yen", "JPY"), CUR("yuan", "CNY"), CUR("renminbi", "CNY"),
	CUR("rupees", "INR"), CUR("riyals", "SAR"), CUR("dinars", "JOD"), CUR("francs", "CHF"),
	CUR("rubles", "RUB"), CUR("roubles", "RUB"), CUR("cents", "cent"),
	CUR("rmb", "CNY"), CUR("cny", "CNY"), CUR("jpy", "JPY"), CUR("chf", "CHF"), CUR("cad", "CAD"),
	CUR("aud", "AUD"), CUR("inr", "INR"), CUR("guilders", "NLG"), CUR("markka", "FIM"),
	CUR("marks", "DEM"), CUR("lira", "ITL"), CUR("lire", "ITL"), CUR("pesos", "MXN"),
	CUR("rand", "ZAR"), CUR("baht", "THB"), CUR("ringgit", "MYR"), CUR("won", "KRW"),
	CUR("pence", "GBX"), CUR("dinar", "JOD"), CUR("riyal", "SAR"), CUR("rupee", "INR"),
	CUR("pound", "GBP"), CUR("lebanese", "LBP"),
	{"percent", CP_LX_NONE, CP_UC_PERCENT, 0, 0, "percent"},
	{"percentage", CP_LX_NONE, CP_UC_PERCENT, 0, 0, "percent"},
	{"pct", CP_LX_NONE, CP_UC_PERCENT, 0, 0, "percent"},
	{"percents", CP_LX_NONE, CP_UC_PERCENT, 0, 0, "percent"},
	TIM("am"), TIM("pm"), TIM("a.m."), TIM("p.m."), TIM("gmt"), TIM("utc"), TIM("o'clock"),
	TIM("local"), TIM("edt"), TIM("est"), TIM("bst"), TIM("cet"),
	/* plural nouns without -s */
	B("people", CP_LB_PLURAL), B("children", CP_LB_PLURAL), B("men", CP_LB_PLURAL),
	B("women", CP_LB_PLURAL), B("police", CP_LB_PLURAL), B("personnel", CP_LB_PLURAL),
	B("staff", CP_LB_PLURAL), B("cattle", CP_LB_PLURAL), B("troops", CP_LB_PLURAL),
	B("militia", CP_LB_PLURAL), B("civilians", CP_LB_PLURAL), B("media", CP_LB_PLURAL),
	/* plural nouns that number things: a list follows */
	B("pages", LST), B("chapters", LST), B("verses", LST), B("lines", LST), B("sections", LST),
	B("figures", LST), B("tables", LST), B("items", LST), B("questions", LST), B("articles", LST),
	B("paragraphs", LST), B("clauses", LST), B("rules", LST), B("steps", LST), B("numbers", LST),
	/* function words */
	B("the", DET), B("this", DET), B("that", DET), B("these", DET), B("those", DET),
	B("each", DET), B("every", DET), B("any", DET), B("no", DET | CP_LB_QUAL), B("another", DET),
	B("which", DET), B("only", DET), B("last", DET), B("next", DET), B("little", DET),
	B("other", DET), B("same", DET), B("such", DET), B("whichever", DET),
	B("previous", DET), B("current", DET), B("new", DET), B("right", DET), B("wrong", DET),
	B("good", DET), B("bad", DET), B("big", DET), B("small", DET), B("latest", DET),
	B("final", DET), B("single", DET), B("older", DET), B("younger", DET), B("one's", DET),
	B("in", YP | CP_LB_QUAL), B("since", YP), B("by", YP), B("until", YP), B("till", YP), B("during", YP),
	B("before", YP), B("after", YP), B("from", YP | CP_LB_QUAL), B("of", YP), B("through", YP),
	B("throughout", YP), B("to", STOP), B("for", STOP), B("on", STOP), B("at", QS),
	B("with", STOP), B("as", QS), B("is", STOP), B("are", STOP), B("was", STOP),
	B("were", STOP), B("be", STOP), B("been", STOP), B("has", STOP), B("have", STOP),
	B("had", STOP), B("will", STOP), B("would", STOP), B("could", STOP), B("can", STOP),
	B("may", STOP), B("might", STOP), B("should", STOP), B("must", STOP), B("or", STOP),
	B("but", STOP), B("nor", STOP), B("if", STOP), B("than", STOP), B("then", STOP),
	B("who", STOP), B("whom", STOP), B("whose", STOP), B("what", STOP), B("when", STOP),
	B("where", STOP), B("while", STOP), B("it", STOP), B("its", STOP), B("they", STOP),
	B("them", STOP), B("their", STOP), B("he", STOP), B("she", STOP), B("his", STOP),
	B("her", STOP), B("we", STOP), B("our", STOP), B("you", STOP), B("your", STOP),
	B("i", STOP), B("me", STOP), B("my", STOP), B("us", STOP | CP_LB_QUAL), B("not", QS),
	B("also", STOP), B("said", STOP), B("says", STOP), B("say", STOP), B("told", STOP),
	B("per", STOP), B("into", STOP), B("out", STOP), B("up", QS), B("off", STOP),
	B("down", STOP), B("against", STOP), B("among", STOP), B("amid", STOP), B("so", STOP),
	B("times", STOP), B("more", QS), B("less", QS), B("fewer", QS), B("over", QS),
	B("under", QS), B("above", QS), B("below", QS), B("about", QS), B("around", QS),
	B("roughly", QS), B("approximately", QS), B("nearly", QS), B("almost", QS),
	B("some", QS), B("estimated", QS), B("close", QS), B("between", QS), B("greater", QS),
	B("larger", QS), B("bigger", QS), B("higher", QS), B("lower", QS), B("smaller", QS),
	B("exceeding", QS), B("exceeds", QS), B("surpass", QS), B("surpassing", QS),
	B("plus", QS), B("upwards", QS), B("just", QS), B("equal", QS), B("equals", QS), B("maximum", QS),
	B("minimum", QS), B("circa", QS), B("approx", QS), B("well", QS), B("least", STOP),
	B("most", STOP), B("many", STOP), B("much", STOP), B("all", STOP), B("both", STOP),
	B("killed", STOP), B("dead", STOP), B("wounded", STOP), B("injured", STOP),
	B("ago", STOP), B("later", STOP), B("earlier", STOP), B("old", STOP), B("long", STOP),
	B("percent", STOP), B("again", STOP), B("there", STOP), B("here", STOP), B("now", STOP),
	B("still", STOP), B("being", STOP), B("did", STOP), B("do", STOP), B("does", STOP),
	B("who's", STOP), B("it's", STOP), B("according", STOP), B("including", STOP),
	B("across", STOP), B("within", STOP), B("without", STOP), B("via", STOP),
	B("inside", STOP), B("outside", STOP), B("near", STOP), B("toward", STOP),
	B("towards", STOP), B("respectively", STOP), B("apiece", STOP), B("each", STOP),
	B("too", STOP), B("very", STOP), B("even", STOP), B("yet", STOP), B("either", STOP),
	B("neither", STOP), B("overall", STOP), B("total", STOP), B("altogether", STOP),
};

static double vulgar_fraction(const char *s, size_t len);

#define LEX_N (sizeof(lexicon) / sizeof(lexicon[0]))
#define LEX_SLOTS 2048			/* power of two, > 2 * LEX_N */

static int16_t lex_table[LEX_SLOTS];
static uint8_t lex_len[LEX_N];
static uint32_t lex_slot_hash[LEX_SLOTS];	/* full hash of the entry in each slot */
static uint16_t trigger_shape[26];	/* bit len-1 set: a number word of that length starts with the letter */
static bool lex_ready;

static void
lex_init(void)
{
	/* Static tables only (no allocation): safe to build in any backend. */
	for (size_t i = 0; i < LEX_SLOTS; i++)
		lex_table[i] = -1;
	for (size_t i = 0; i < LEX_N; i++)
	{
		size_t		len = strlen(lexicon[i].word);
		uint32_t	h = cp_fnv32_lower(lexicon[i].word, len) & (LEX_SLOTS - 1);
		bool		dup = false;

		lex_len[i] = (uint8_t) len;
		if (lexicon[i].cat != CP_LX_NONE && lexicon[i].cat != CP_LX_A && lexicon[i].cat != CP_LX_AND &&
			lexicon[i].cat != CP_LX_POINT && lexicon[i].cat != CP_LX_MINUS && len <= 16 &&
			lexicon[i].word[0] >= 'a' && lexicon[i].word[0] <= 'z')
			trigger_shape[lexicon[i].word[0] - 'a'] |= (uint16_t) (1u << (len - 1));

		while (lex_table[h] >= 0)
		{
			if (strcmp(lexicon[lex_table[h]].word, lexicon[i].word) == 0)
			{
				dup = true;		/* first entry wins */
				break;
			}
			h = (h + 1) & (LEX_SLOTS - 1);
		}
		if (!dup)
		{
			lex_table[h] = (int16_t) i;
			lex_slot_hash[h] = cp_fnv32_lower(lexicon[i].word, len);
		}
	}
	lex_ready = true;
}

bool
cp_token_may_start_number(const char *text, const cp_token *tok)
{
	const char *s = text + tok->start;
	unsigned char c = (unsigned char) s[0];
	int			lx;

	if (tok->flags & CP_TF_HAS_DIGIT)
		return true;
	if (c >= 0xC2)
		return vulgar_fraction(s, tok->len) > 0;
	if (tok->kind != CP_TOK_WORD || tok->len > 48)
		return false;
	if (!lex_ready)
		lex_init();
	/* every part of a hyphenated word ("twenty-one", "mother-of-nine", "sub-eight") */
	for (size_t from = 0; from < tok->len;)
	{
		const char *part = s + from;
		const char *dash = memchr(part, '-', tok->len - from);
		size_t		len = dash ? (size_t) (dash - part) : tok->len - from;

		c = (unsigned char) part[0] | 0x20;
		if (len > 0 && len <= 16 && c >= 'a' && c <= 'z' && (trigger_shape[c - 'a'] & (1u << (len - 1))))
		{
			lx = cp_lex_lookup(part, len);
			if (lx >= 0 && lexicon[lx].cat != CP_LX_NONE && lexicon[lx].cat != CP_LX_A &&
				lexicon[lx].cat != CP_LX_AND && lexicon[lx].cat != CP_LX_POINT &&
				lexicon[lx].cat != CP_LX_MINUS)
				return true;
		}
		from += len + 1;
	}
	return false;
}

const cp_lex_entry *
cp_lex_get(int idx)
{
	return (idx >= 0 && (size_t) idx < LEX_N) ? &lexicon[idx] : NULL;
}

int
cp_lex_lookup(const char *s, size_t len)
{
	uint32_t	h,
				full;

	if (!lex_ready)
		lex_init();
	if (len == 0 || len > 20)
		return -1;
	full = cp_fnv32_lower(s, len);
	h = full & (LEX_SLOTS - 1);
	while (lex_table[h] >= 0)
	{
		const char *w = lexicon[lex_table[h]].word;

		/* compare the full hash first: most words are not in the lexicon */
		if (lex_slot_hash[h] == full && lex_len[lex_table[h]] == len && cp_ascii_ieq(s, w, len))
			return lex_table[h];
		h = (h + 1) & (LEX_SLOTS - 1);
	}
	return -1;
}


/* ---------------------------------------------------------------- atoms */

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

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

		if (is_digit(c))
		{
			buf[n++] = c;
			if (!point)
				digits++;
		}
		else if (c == ',' && !point)
			a->has_sep = true, a->plain_int = false;
		else if (c == '.' && !point && i + 1 < len && is_digit(s[i + 1]))
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
static double
vulgar_fraction(const char *s, size_t len)
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

/* A currency sign at s: its ISO code and byte length, or NULL. */
static const char *
currency_sign(const char *s, size_t len, size_t *n)
{
	if (len >= 1 && s[0] == '$')
		return *n = 1, "USD";
	if (len >= 2 && (unsigned char) s[0] == 0xC2 && (unsigned char) s[1] == 0xA3)
		return *n = 2, "GBP";
	if (len >= 3 && memcmp(s, "\xE2\x82\xAC", 3) == 0)
		return *n = 3, "EUR";
	if (len >= 2 && (unsigned char) s[0] == 0xC2 && (unsigned char) s[1] == 0xA5)
		return *n = 2, "JPY";
	if (len >= 3 && memcmp(s, "\xE2\x82\xAA", 3) == 0)
		return *n = 3, "ILS";
	return NULL;
}

/*
 * A numeral glued to letters: "1.13bn", "2m", "£5m", "3rd", "8pm",
 * "180ml", "127.32e13".  Anything else ("MH17", "F16") is a word.
 */
static bool
read_glued(const char *s, size_t len, cp_atom *a)
{
	size_t		i = 0,
				cn = 0,
				numlen;
	const char *cur = currency_sign(s, len, &cn);
	const char *sfx;
	size_t		sfxlen;
	int			lx;

	if (cur)
		i = cn;
	numlen = i;
	while (numlen < len && (is_digit(s[numlen]) || s[numlen] == ',' ||
							(s[numlen] == '.' && numlen + 1 < len && is_digit(s[numlen + 1]))))
		numlen++;
	if (numlen == i || !is_digit(s[i]))
		return false;
	if (!read_numeral(s + i, numlen - i, a))
		return false;
	a->currency = cur;
	sfx = s + numlen;
	sfxlen = len - numlen;
	if (sfxlen == 0)
		return true;
	if (vulgar_fraction(sfx, sfxlen) > 0 && a->plain_int)
	{
		/* "2½" */
		a->value += vulgar_fraction(sfx, sfxlen);
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

			for (; j < sfxlen && is_digit(sfx[j]); j++)
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
	if (sfxlen == 2 && !cur && a->plain_int &&
		(strncasecmp(sfx, "st", 2) == 0 || strncasecmp(sfx, "nd", 2) == 0 ||
		 strncasecmp(sfx, "rd", 2) == 0 || strncasecmp(sfx, "th", 2) == 0))
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
	lx = cp_lex_lookup(sfx, sfxlen);
	if (lx >= 0)
	{
		const cp_lex_entry *e = &lexicon[lx];

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

	while (k < len && is_digit(s[k]))
		k++;
	if (k == 0 || k > 3 || k == len)
		return false;
	for (; k < len; k += 4)
		if (s[k] != '.' || k + 4 > len || !is_digit(s[k + 1]) || !is_digit(s[k + 2]) || !is_digit(s[k + 3]))
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

		if (lx >= 0 && (lexicon[lx].bits & CP_LB_LIST))
			return false;
	}
	for (size_t k = 0; k < fl; k++)
		if (!is_digit(fs[k]))
			return false;
	dotted = dotted_groups(is, il);
	for (size_t k = 0; k < il; k++)
	{
		if (is_digit(is[k]))
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
 * length) pairs; 0 when the token is a code (more than three parts, or an
 * empty one).
 */
static size_t
hyphen_parts(const char *s, size_t len, size_t parts[3][2])
{
	size_t		np = 0,
				from = 0;

	for (size_t i = 0; i <= len; i++)
	{
		if (i == len || s[i] == '-')
		{
			if (np == 3 || i == from)
				return 0;
			parts[np][0] = from;
			parts[np][1] = i - from;
			np++;
			from = i + 1;
		}
	}
	return np;
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
	thin = (gl == 1 && gap[0] == ' ' && prev->plain_int && prev->ndigits <= 3 &&
			(n < 2 || atoms[n - 2].type != CP_AT_NUM)) ||
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
	if (is_digit(ps[0]) || (ps[0] == '.' && pl > 1 && is_digit(ps[1])))
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
	else if (vulgar_fraction(ps, pl) > 0)
	{
		a->type = CP_AT_NUM;
		a->value = vulgar_fraction(ps, pl);
		a->fraction = true;
	}
	else if ((unsigned char) ps[0] >= 0x80 || ps[0] == '$')
	{
		cp_atom		g = *a;
		size_t		cn = 0;

		g.type = CP_AT_NUM;
		if (read_glued(ps, pl, &g))
			*a = g;
		else if (currency_sign(ps, pl, &cn) && cn == pl)
			a->type = CP_AT_SYMBOL;	/* "£" alone */
		else
			a->type = CP_AT_WORD;
	}
	else
	{
		a->type = CP_AT_WORD;
		a->lex = (int16_t) cp_lex_lookup(ps, pl);
	}
}

/*
 * The atoms of a word or number token: its hyphenated parts ("twenty-one",
 * "12-hour", "500-600"), or the whole token when it is a code.  Returns the
 * new atom count.
 */
static size_t
atomize_parts(const char *text, const cp_token *tok, const cp_atom *base, cp_atom *atoms, size_t n)
{
	const char *s = text + tok->start;
	size_t		parts[3][2],
				np = s[0] == ':' ? 0 : hyphen_parts(s, tok->len, parts);

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
	for (size_t p = 0; p < np; p++)
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

	if (!(tok->kind == CP_TOK_PUNCT && tok->len == 1 && text[tok->start] == '.' && base->space_before &&
		  t + 1 < ntok && toks[t + 1].kind == CP_TOK_NUMBER &&
		  !(toks[t + 1].flags & CP_TF_SPACE_BEFORE) && toks[t + 1].len < 40))
		return false;
	ns = text + toks[t + 1].start;
	nl = toks[t + 1].len;
	for (k = 0; k < nl && is_digit(ns[k]); k++)
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
			continue;
		}
		if (tok->kind == CP_TOK_WORD || tok->kind == CP_TOK_NUMBER)
		{
			n = atomize_parts(text, tok, &base, atoms, n);
			continue;
		}
		if (n > 0 && s[0] == ',' && decimal_comma(text, toks, ntok, t, &atoms[n - 1]))
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
		if (vulgar_fraction(s, tok->len) > 0)
		{
			cp_atom    *a = &atoms[n++];

			*a = base;
			a->start = tok->start;
			a->len = tok->len;
			a->type = CP_AT_NUM;
			a->value = vulgar_fraction(s, tok->len);
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

/* ---------------------------------------------------------------- numbers */

static int
cat_of(const cp_atom *a)
{
	if (a->type != CP_AT_WORD || a->lex < 0)
		return CP_LX_NONE;
	return lexicon[a->lex].cat;
}

static double
lexval(const cp_atom *a)
{
	return lexicon[a->lex].value;
}

enum
{
	ST_NONE, ST_DIGIT, ST_TEEN, ST_TENS, ST_HUNDRED, ST_SCALE, ST_NUMERAL, ST_FRACTION
};

/* Is atoms[i] a fraction denominator: an ordinal other than first/second? */
static bool
is_denominator(const cp_atom *atoms, size_t n, size_t i, bool plural_only)
{
	int			c;

	if (i >= n)
		return false;
	c = cat_of(&atoms[i]);
	if (c == CP_LX_ORDPL)
		return lexval(&atoms[i]) >= 3;	/* "firsts" only in "twenty-firsts" */
	return !plural_only && c == CP_LX_ORD && lexval(&atoms[i]) >= 3;
}

/* Does an "and" at i continue the number (a number word or fraction follows)? */
static bool
and_continues(const cp_atom *atoms, size_t n, size_t i)
{
	int			c;

	if (i + 1 >= n || cat_of(&atoms[i]) != CP_LX_AND)
		return false;
	c = cat_of(&atoms[i + 1]);
	if (c == CP_LX_DIGIT || c == CP_LX_TEEN || c == CP_LX_TENS || c == CP_LX_HALF)
		return true;
	if (c == CP_LX_A && i + 2 < n)
	{
		int			c2 = cat_of(&atoms[i + 2]);

		return c2 == CP_LX_HALF || (c2 == CP_LX_ORD && lexval(&atoms[i + 2]) >= 3);
	}
	return atoms[i + 1].type == CP_AT_NUM && atoms[i + 1].sfx == CP_SFX_NONE &&
		atoms[i + 1].plain_int && atoms[i + 1].value > 0;
}

/*
 * Does a proper fraction with a two-word numerator start at k: "fifty-four
 * hundredths", "eleven twentieths", "twenty-five hundredths"?  The part
 * after the "and" of a mixed number ("two and fifty-four hundredths").
 */
static size_t
proper_word_fraction(const cp_atom *atoms, size_t n, size_t k, double *value)
{
	double		num;
	int			c;

	if (k >= n)
		return 0;
	c = cat_of(&atoms[k]);
	if (c != CP_LX_TEEN && c != CP_LX_TENS)
		return 0;
	num = lexval(&atoms[k]);
	k++;
	if (c == CP_LX_TENS && k < n && cat_of(&atoms[k]) == CP_LX_DIGIT && atoms[k].hy_inner)
		num += lexval(&atoms[k]), k++;
	if (k >= n || cat_of(&atoms[k]) != CP_LX_ORDPL || num >= lexval(&atoms[k]))
		return 0;
	*value = num / lexval(&atoms[k]);
	return k;					/* the denominator */
}

/*
 * "1,674,200.5 M", "$5 M": a capital M after a space is million when the
 * numeral is plainly an amount (a point, separators or a currency sign) and
 * the M ends the phrase (the tokenizer keeps a final "M." whole).
 * Lowercase "m" there may be metres, a spaced "B" is a share class or a
 * buyer's price in a table, "K" kelvin.
 */
static bool
spaced_million(const char *text, const cp_atom *atoms, size_t n, size_t j)
{
	const cp_atom *a = &atoms[j],
			   *m = &atoms[j + 1];
	size_t		cn = 0;
	bool		amount = (!a->plain_int && !a->fraction) || a->currency ||
		(j > 0 && atoms[j - 1].type == CP_AT_SYMBOL &&
		 currency_sign(text + atoms[j - 1].start, atoms[j - 1].len, &cn) && cn == atoms[j - 1].len);

	if (!amount || a->sfx != CP_SFX_NONE || m->type != CP_AT_WORD || !m->space_before || text[m->start] != 'M')
		return false;
	if (m->len == 2 && (m->tflags & CP_TF_INITIAL))
		return j + 2 >= n;
	return m->len == 1 &&
		(j + 2 >= n || atoms[j + 2].type == CP_AT_QUOTE ||
		 (atoms[j + 2].type == CP_AT_PUNCT && memchr(".,;:!?)]", text[atoms[j + 2].start], 8)));
}

/* How an atom leaves the number being read. */
typedef enum num_step
{
	STEP_WORD,					/* a number word joined it: the number now ends after it */
	STEP_SKIP,					/* read on, the end unchanged ("a", "and", a numeral) */
	STEP_DONE,					/* the number is complete (ended before it or by a step) */
	STEP_RETURN,				/* *out is filled: an ordinal, a fraction, "half a million" */
} num_step;

/* The state of cp_number_at over one phrase. */
typedef struct num_reader
{
	const char *text;
	const cp_atom *atoms;
	size_t		n;
	size_t		i;				/* the first atom */
	cp_number  *out;
	double		total,
				cur,
				seg_base,		/* total + cur before the last "and" */
				last_scale;
	int			st;				/* ST_* of what was read last */
	size_t		end;			/* atom index just past the number so far */
	bool		any,
				words,
				scaled;
} num_reader;

/*
 * Vague quantities: "hundreds", "several hundred", "tens of thousands".
 * 1 when one is read into *out, -1 when the words are no number ("tens"
 * alone), 0 when none starts at atoms[i].
 */
static int
read_vague(const char *text, const cp_atom *atoms, size_t n, size_t i, cp_number *out)
{
	size_t		k = i;
	int			c = cat_of(&atoms[k]);
	double		unit = 0;

	if (c == CP_LX_FEW || (c == CP_LX_A && k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_FEW))
	{
		k += (c == CP_LX_A) ? 2 : 1;
		if (k < n && (cat_of(&atoms[k]) == CP_LX_HUNDRED || cat_of(&atoms[k]) == CP_LX_SCALE ||
					  cat_of(&atoms[k]) == CP_LX_DOZEN || cat_of(&atoms[k]) == CP_LX_VAGUE))
			unit = lexval(&atoms[k]), k++;
	}
	else if (c == CP_LX_VAGUE)
		unit = lexval(&atoms[k]), k++;
	if (unit > 0)
	{
		/* "tens/hundreds of thousands": a second vague scale */
		if (k + 1 < n && cp_atom_is(text, &atoms[k], "of") &&
			(cat_of(&atoms[k + 1]) == CP_LX_VAGUE || cat_of(&atoms[k + 1]) == CP_LX_SCALE) &&
			lexval(&atoms[k + 1]) >= 1000 && lexval(&atoms[k + 1]) > unit)
		{
			unit *= lexval(&atoms[k + 1]);
			k += 2;
		}
		if (unit == 10)
			return -1;	/* "tens" alone is not a number */
		cp_quantity_make(2 * unit, 10 * unit, CP_Q_LO_INC, &out->value);
		out->end = k;
		out->words = true;
		out->vague = true;
		return 1;
	}
	return 0;
}

/* A numeral: "3", "1.25", "2m", "3rd" (an ordinal), "2 1/2", "$5 M". */
static num_step
numeral_step(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	const char *text = r->text;
	cp_number  *out = r->out;
	size_t		n = r->n;
	size_t		i = r->i;

	if (a->sfx == CP_SFX_ORDINAL)
	{
		if (r->st != ST_NONE)
			return STEP_DONE;
		out->value = cp_quantity_exact(a->value);
		out->ordinal = true;
		out->end = j + 1;
		return STEP_RETURN;
	}
	if (r->st == ST_NONE)
		r->cur = a->value;
	else if ((r->st == ST_SCALE || (r->st == ST_HUNDRED && j > i && cat_of(&atoms[j - 1]) == CP_LX_AND)) &&
			 a->sfx == CP_SFX_NONE && a->plain_int &&
			 a->value < (r->st == ST_SCALE ? r->last_scale : 100))
		r->cur += a->value;
	else
		return STEP_DONE;
	r->st = ST_NUMERAL;
	r->any = true;
	r->end = j + 1;
	if (a->sfx == CP_SFX_SCALE)
		r->scaled = true;
	if (j == i && j + 1 < n && spaced_million(text, atoms, n, j))
	{
		r->cur *= 1e6;
		r->end = j + 2;
		r->scaled = true;
		return STEP_DONE;
	}
	/* "2 1/2", "1 ¾": a mixed number */
	if (a->plain_int && a->sfx == CP_SFX_NONE && j + 1 < n && atoms[j + 1].type == CP_AT_NUM &&
		atoms[j + 1].fraction && atoms[j + 1].value < 1 && atoms[j + 1].value > 0 &&
		r->st == ST_NUMERAL && j == i)
	{
		r->cur += atoms[j + 1].value;
		r->end = j + 2;
		return STEP_DONE;
	}
	if (a->sfx != CP_SFX_NONE || a->fraction)
		return STEP_DONE;
	return STEP_SKIP;
}

/* Punctuation and symbols: only a spaced dash inside "fifty - two", "five - eighths". */
static num_step
other_step(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	size_t		n = r->n;

	/* "fifty - two": a spaced dash inside a compound number */
	if (a->type == CP_AT_DASH && r->st == ST_TENS && j + 1 < n &&
		cat_of(&atoms[j + 1]) == CP_LX_DIGIT)
		return STEP_SKIP;
	/* "five - eighths" */
	if (a->type == CP_AT_DASH && r->st == ST_DIGIT && is_denominator(atoms, n, j + 1, false))
		return STEP_SKIP;
	return STEP_DONE;
}

/* "one" .. "nine": alone, or the units after a tens word, "hundred" or a scale. */
static num_step
digit_word(num_reader *r, size_t j)
{
	const cp_atom *a = &r->atoms[j];

	if (!(r->st == ST_NONE || r->st == ST_TENS || r->st == ST_HUNDRED || r->st == ST_SCALE))
		return STEP_DONE;
	if (r->st == ST_TENS && fmod(r->cur, 10) != 0)
		return STEP_DONE;
	r->cur += lexval(a);
	r->st = ST_DIGIT;
	return STEP_WORD;
}

/* "ten" .. "nineteen", "twenty" .. "ninety" (c tells which); or a compound denominator. */
static num_step
tens_word(num_reader *r, size_t j, int c)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	size_t		n = r->n;

	/*
	 * "one twenty-fifth", "three twenty-firsts", "four thirty
	 * sevenths": a compound denominator after a small numerator (a
	 * digit word is not followed by a tens word in a cardinal, so a
	 * plural denominator needs no hyphen).  A tens word and a plural
	 * unit ordinal side by side are one denominator after "hundred"
	 * or a scale too: "one hundred thirty fifths" is 100/35.  Right
	 * after the "and" of a mixed number the whole is the numerator
	 * instead (see the ordinal case): "one hundred and thirty
	 * fifths" is 130/5.
	 */
	if (c == CP_LX_TENS && j + 1 < n &&
		((cat_of(&atoms[j + 1]) == CP_LX_ORDPL &&
		  (r->st == ST_DIGIT || ((r->st == ST_HUNDRED || r->st == ST_SCALE) &&
							  cat_of(&atoms[j - 1]) != CP_LX_AND))) ||
		 (cat_of(&atoms[j + 1]) == CP_LX_ORD && atoms[j + 1].hy_inner && r->st == ST_DIGIT)) &&
		lexval(&atoms[j + 1]) < 10)
	{
		double		grp = r->total + r->cur - r->seg_base;

		r->total = 0;
		r->cur = r->seg_base + grp / (lexval(a) + lexval(&atoms[j + 1]));
		r->any = true;
		r->words = true;
		r->end = j + 2;
		r->st = ST_FRACTION;
		return STEP_DONE;
	}
	if (!(r->st == ST_NONE || r->st == ST_HUNDRED || r->st == ST_SCALE))
		return STEP_DONE;
	if (r->st == ST_HUNDRED && fmod(r->cur, 100) != 0)
		return STEP_DONE;
	r->cur += lexval(a);
	r->st = c == CP_LX_TEEN ? ST_TEEN : ST_TENS;
	return STEP_WORD;
}

/* "hundred": "a hundred", "nineteen hundred", "3 hundred". */
static num_step
hundred_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	size_t		i = r->i;

	if (r->st == ST_NONE || r->st == ST_HUNDRED || r->st == ST_SCALE || r->st == ST_FRACTION)
	{
		/* "a hundred" */
		if (!(r->st == ST_NONE && j > i && cat_of(&atoms[j - 1]) == CP_LX_A))
			return STEP_DONE;
		r->cur = 1;
	}
	if (r->cur >= 100)
		return STEP_DONE;
	{
		double		lowpart = fmod(r->cur, 100);

		/* "nineteen hundred", "3 hundred", "2.12 hundred" */
		r->cur = (r->cur - lowpart) + lowpart * 100;
	}
	r->st = ST_HUNDRED;
	r->scaled = true;
	return STEP_WORD;
}

/* "thousand", "million", "bn", "lakh" ... */
static num_step
scale_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	size_t		i = r->i;

	/*
	 * A larger scale after a smaller one multiplies the whole
	 * number: "three lakh crore" (3e12), "two thousand five hundred
	 * crore", "a thousand million".  "five million million" and
	 * "thousand thousand" stop.
	 */
	if (lexval(a) >= r->last_scale && isfinite(r->last_scale) &&
		(r->st == ST_SCALE || r->st == ST_HUNDRED || r->st == ST_DIGIT || r->st == ST_TEEN ||
		 r->st == ST_TENS) && r->total + r->cur < lexval(a) && r->total + r->cur > 0 &&
		!(j > i && cat_of(&atoms[j - 1]) == CP_LX_AND))
	{
		r->total = (r->total + r->cur) * lexval(a);
		r->cur = 0;
		r->last_scale = lexval(a);
		r->st = ST_SCALE;
		r->scaled = true;
		return STEP_WORD;
	}
	if (lexval(a) >= r->last_scale)
		return STEP_DONE;
	if (r->st == ST_NONE)
	{
		if (!(j > i && cat_of(&atoms[j - 1]) == CP_LX_A))
			return STEP_DONE;
		r->cur = 1;
	}
	else if (r->st == ST_SCALE)
		return STEP_DONE;
	r->total += r->cur * lexval(a);
	r->cur = 0;
	r->last_scale = lexval(a);
	r->st = ST_SCALE;
	r->scaled = true;
	return STEP_WORD;
}

/* "dozen", and "dozens" after a number. */
static num_step
dozen_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	size_t		i = r->i;

	if (r->st == ST_NONE)
	{
		if (!(j > i && cat_of(&atoms[j - 1]) == CP_LX_A))
			return STEP_DONE;
		r->cur = 1;
	}
	else if (r->st == ST_SCALE)
		return STEP_DONE;
	/* "three hundred and two dozens": the dozen takes the last group */
	{
		double		grp = r->total + r->cur - r->seg_base;

		r->cur = (r->seg_base - r->total) + grp * 12;
	}
	r->st = ST_SCALE;
	r->last_scale = 12;
	return STEP_WORD;
}

/* The article "a" inside a number. */
static num_step
a_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const char *text = r->text;
	cp_number  *out = r->out;
	size_t		n = r->n;

	/* "a" only opens "a hundred", "a dozen", "a million", "a half", "a fifth" */
	if (r->st != ST_NONE || j + 1 >= n)
		return STEP_DONE;
	{
		int			c2 = cat_of(&atoms[j + 1]);

		/* "a twenty-first" alone: one twenty-first */
		if (c2 == CP_LX_TENS && j + 2 < n && atoms[j + 2].hy_inner &&
			cat_of(&atoms[j + 2]) == CP_LX_ORD && lexval(&atoms[j + 2]) < 10 &&
			(j + 3 >= n || atoms[j + 3].type != CP_AT_WORD || cp_atom_is(text, &atoms[j + 3], "of")))
		{
			out->value = cp_quantity_exact(1.0 / (lexval(&atoms[j + 1]) + lexval(&atoms[j + 2])));
			out->end = j + 3;
			out->words = true;
			return STEP_RETURN;
		}
		if (!(c2 == CP_LX_HUNDRED || c2 == CP_LX_SCALE || c2 == CP_LX_DOZEN))
		{
			if ((c2 == CP_LX_ORD && lexval(&atoms[j + 1]) >= 3) || c2 == CP_LX_HALF)
			{
				/* "a third of", "a fifth": a fraction when no noun follows */
				size_t		k = j + 2;

				if (c2 == CP_LX_HALF || k >= n || atoms[k].type != CP_AT_WORD ||
					cp_atom_is(text, &atoms[k], "of"))
				{
					double		f = c2 == CP_LX_HALF ? 0.5 : 1.0 / lexval(&atoms[j + 1]);

					/* "half a million", "a quarter million" */
					if (k < n && cat_of(&atoms[k]) == CP_LX_SCALE)
						f *= lexval(&atoms[k]), k++;
					out->value = cp_quantity_exact(f);
					out->end = k;
					out->words = true;
					return STEP_RETURN;
				}
			}
			return STEP_DONE;
		}
	}
	r->words = true;
	return STEP_SKIP;		/* "a" is not the r->end of the number */
}

/* "half": alone or of a scale ("half a million"); only where a number starts. */
static num_step
half_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	cp_number  *out = r->out;
	size_t		n = r->n;

	if (r->st == ST_NONE)
	{
		/* "half a dozen", "half a million", "half million", "half" */
		size_t		k = j + 1;
		double		f = 0.5;

		if (k < n && cat_of(&atoms[k]) == CP_LX_A)
			k++;
		if (k < n && (cat_of(&atoms[k]) == CP_LX_SCALE || cat_of(&atoms[k]) == CP_LX_DOZEN ||
					  cat_of(&atoms[k]) == CP_LX_HUNDRED))
			f *= lexval(&atoms[k]), k++;
		else
			k = j + 1;
		out->value = cp_quantity_exact(f);
		out->end = k;
		out->words = true;
		return STEP_RETURN;
	}
	return STEP_DONE;
}

/* "and" inside a number: "three hundred and five", "two and a half". */
static num_step
and_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	size_t		n = r->n;

	if (r->st == ST_NONE || !and_continues(atoms, n, j))
		return STEP_DONE;
	/* "3 hundred and 2 hundred": two numbers */
	if (r->st == ST_HUNDRED && j + 2 < n && cat_of(&atoms[j + 2]) == CP_LX_HUNDRED)
		return STEP_DONE;
	if (!(r->st == ST_HUNDRED || r->st == ST_SCALE))
	{
		/* "twenty and three fifths", "two and a half": fractions only */
		size_t		k = j + 1;
		double		f;
		size_t		d = proper_word_fraction(atoms, n, k, &f);

		if (cat_of(&atoms[k]) == CP_LX_A)
			k++;
		/* "two and fifty-four hundredths" */
		if (d > 0)
		{
			r->cur += f;
			r->any = true;
			r->words = true;
			r->end = d + 1;
			r->st = ST_FRACTION;
			return STEP_DONE;
		}
		if (!(cat_of(&atoms[k]) == CP_LX_HALF || is_denominator(atoms, n, k, false) ||
			  (cat_of(&atoms[k]) == CP_LX_DIGIT && is_denominator(atoms, n, k + 1, false))))
			return STEP_DONE;
	}
	r->seg_base = r->total + r->cur;
	{
		/* "and a half", "and a quarter", "and three quarters" */
		size_t		k = j + 1;
		double		num = 1;

		if (cat_of(&atoms[k]) == CP_LX_A)
			k++;
		else if (cat_of(&atoms[k]) == CP_LX_DIGIT && (is_denominator(atoms, n, k + 1, false) ||
													   (k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_HALF)))
			num = lexval(&atoms[k]), k++;
		if (k < n && (cat_of(&atoms[k]) == CP_LX_HALF || is_denominator(atoms, n, k, false)))
		{
			double		f = num * (cat_of(&atoms[k]) == CP_LX_HALF ? 0.5 : 1.0 / lexval(&atoms[k]));

			/* "3 million and a half": a fraction of the last scale */
			if (r->st == ST_SCALE && r->cur == 0 && isfinite(r->last_scale))
			{
				if (k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_SCALE &&
					lexval(&atoms[k + 1]) < r->last_scale)
				{
					r->total += f * lexval(&atoms[k + 1]);
					k++;
				}
				else
					r->total += f * r->last_scale;
			}
			else
			{
				r->cur += f;
				/* "two and a half million" */
				if (k + 1 < n && cat_of(&atoms[k + 1]) == CP_LX_SCALE &&
					lexval(&atoms[k + 1]) < r->last_scale)
				{
					k++;
					r->total += r->cur * lexval(&atoms[k]);
					r->cur = 0;
					r->scaled = true;
				}
			}
			r->any = true;
			r->words = true;
			r->end = k + 1;
			r->st = ST_FRACTION;
			return STEP_DONE;
		}
	}
	r->words = true;
	return STEP_SKIP;
}

/* "point": decimals in words. */
static num_step
point_word(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	size_t		n = r->n;

	/* "five point five", "nought point nought three" */
	if (!(r->st == ST_DIGIT || r->st == ST_TEEN || r->st == ST_TENS || r->st == ST_HUNDRED || r->st == ST_SCALE))
		return STEP_DONE;
	{
		double		scale = 0.1,
					frac = 0;
		size_t		k = j + 1;

		while (k < n && (cat_of(&atoms[k]) == CP_LX_DIGIT || cat_of(&atoms[k]) == CP_LX_TEEN ||
						 cat_of(&atoms[k]) == CP_LX_TENS))
		{
			double		v = lexval(&atoms[k]);

			if (v >= 10)
			{
				/* "point eleven": two digits */
				frac += v * scale / 10;
				scale /= 100;
			}
			else
			{
				frac += v * scale;
				scale /= 10;
			}
			k++;
		}
		if (k == j + 1)
			return STEP_DONE;
		r->cur += frac;
		r->end = k;
		r->any = true;
		r->words = true;
		r->st = ST_FRACTION;
	}
	return STEP_DONE;
}

/* An ordinal word: "fifth", "twenty-first", or the denominator of a fraction. */
static num_step
ordinal_word(num_reader *r, size_t j, int c)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	const char *text = r->text;
	cp_number  *out = r->out;
	size_t		n = r->n;

	/* "two thirds", "one-eighth", "three quarters", "ninety-five hundred fifths" */
	if (r->st == ST_NONE)
	{
		if (c == CP_LX_ORD && !a->hy_inner && !cp_atom_is(text, a, "quarter"))
		{
			out->value = cp_quantity_exact(lexval(a));
			out->ordinal = true;
			out->words = true;
			out->end = j + 1;
			return STEP_RETURN;
		}
		return STEP_DONE;
	}
	/*
	 * "twenty-first", "twenty fifth", "one hundred thirty fifth": a
	 * singular unit ordinal is no denominator of a tens word.
	 * Without a hyphen "twenty second" may be twenty seconds, so
	 * "second" needs the hyphen ("quarter" is no unit ordinal).
	 */
	if (r->st == ST_TENS && c == CP_LX_ORD && lexval(a) < 10 && !cp_atom_is(text, a, "quarter") &&
		(a->hy_inner || lexval(a) != 2))
	{
		out->value = cp_quantity_exact(r->cur + lexval(a));
		out->ordinal = true;
		out->words = true;
		out->end = j + 1;
		return STEP_RETURN;
	}
	/*
	 * "the two millionth visitor" is an ordinal, not a fraction:
	 * a singular scale ordinal ends the number before it.  The
	 * plural is a fraction, also after a smaller scale: "two
	 * millionths", "a hundred thousand trillionths".
	 */
	if (!is_denominator(atoms, n, j, false) || (c == CP_LX_ORD && lexval(a) >= 1e6) ||
		(r->st == ST_SCALE && (c != CP_LX_ORDPL || lexval(a) <= r->last_scale)))
		return STEP_DONE;
	{
		double		grp = r->total + r->cur - r->seg_base;

		r->total = 0;
		/*
		 * The fraction of a mixed number is proper: "one hundred and
		 * thirty fifths" is 130/5, not 100 + 30/5.
		 */
		if (r->seg_base > 0 && grp >= lexval(a))
			r->cur = (r->seg_base + grp) / lexval(a);
		else
			r->cur = r->seg_base + grp / lexval(a);
	}
	r->st = ST_FRACTION;
	r->any = true;
	r->words = true;
	r->end = j + 1;
	return STEP_DONE;
}

/* A word of the lexicon: one step of the number by its category. */
static num_step
word_step(num_reader *r, size_t j)
{
	const cp_atom *atoms = r->atoms;
	const cp_atom *a = &atoms[j];
	int			c = cat_of(a);

	/*
	 * "five hundreds", "two millions Syrians": after a number a plural
	 * scale multiplies like the singular (alone it is the vague plural
	 * read above).  Not after a numeral of four digits or more: "in 2014
	 * thousands fled" is a year.
	 */
	if (c == CP_LX_VAGUE && lexval(a) >= 100 && r->st != ST_NONE &&
		!(atoms[j - 1].type == CP_AT_NUM && atoms[j - 1].ndigits > 3))
		c = lexval(a) == 100 ? CP_LX_HUNDRED : CP_LX_SCALE;
	switch (c)
	{
		case CP_LX_DIGIT:
			return digit_word(r, j);
		case CP_LX_TEEN:
		case CP_LX_TENS:
			return tens_word(r, j, c);
		case CP_LX_HUNDRED:
			return hundred_word(r, j);
		case CP_LX_SCALE:
			return scale_word(r, j);
		case CP_LX_VAGUE:
			/* "3 dozens", "three dozens" */
			if (r->st == ST_NONE || lexval(a) != 12)
				return STEP_DONE;
			/* FALLTHROUGH */
		case CP_LX_DOZEN:
			return dozen_word(r, j);
		case CP_LX_A:
			return a_word(r, j);
		case CP_LX_HALF:
			return half_word(r, j);
		case CP_LX_AND:
			return and_word(r, j);
		case CP_LX_POINT:
			return point_word(r, j);
		case CP_LX_ORD:
		case CP_LX_ORDPL:
			return ordinal_word(r, j, c);
		default:
			return STEP_DONE;
	}
}

bool
cp_number_at(const char *text, const cp_atom *atoms, size_t n, size_t i, cp_number *out)
{
	num_reader	r = {text, atoms, n, i, out, 0, 0, 0, INFINITY, ST_NONE, i, false, false, false};
	double		value;
	int			vague;

	memset(out, 0, sizeof(*out));
	if ((vague = read_vague(text, atoms, n, i, out)) != 0)
		return vague > 0;
	for (size_t j = i; j < n; j++)
	{
		const cp_atom *a = &atoms[j];
		num_step	step;

		if (j > i && a->hy_inner == false && !a->space_before && a->type == CP_AT_WORD)
			break;				/* glued to something else */
		step = a->type == CP_AT_NUM ? numeral_step(&r, j) :
			a->type != CP_AT_WORD ? other_step(&r, j) : word_step(&r, j);
		if (step == STEP_RETURN)
			return true;
		if (step == STEP_DONE)
			break;
		if (step == STEP_WORD)
		{
			r.any = true;
			r.words = true;
			r.end = j + 1;
		}
	}
	if (!r.any)
		return false;
	value = r.total + r.cur;
	if (!isfinite(value) || fabs(value) > CP_QUANTITY_MAX)
		return false;
	out->value = cp_quantity_exact(value);
	out->end = r.end;
	out->words = r.words;
	out->scaled = r.scaled;
	return true;
}

/*
 * numbers_lexicon.c: the number and unit lexicon: number words, scales,
 * units, currencies, and the function words the quantity rules test; one
 * entry per word, looked up once per atom.
 */
#include "numbers_internal.h"

#include "hash.h"

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
#define SG CP_LB_SINGULAR

const cp_lex_entry cp_num_lexicon[] = {
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
	OP("elevenths", 11), OP("twelfths", 12), OP("thirteenths", 13), OP("fourteenths", 14),
	OP("fifteenths", 15), OP("sixteenths", 16), OP("seventeenths", 17), OP("eighteenths", 18),
	OP("nineteenths", 19), OP("twentieths", 20), OP("thirtieths", 30), OP("fortieths", 40),
	OP("fiftieths", 50), OP("sixtieths", 60), OP("seventieths", 70), OP("eightieths", 80),
	OP("ninetieths", 90), OP("hundredths", 100), OP("thousandths", 1e3),
	OP("millionths", 1e6), OP("billionths", 1e9), OP("trillionths", 1e12),
	{"half", CP_LX_HALF, 0, 0, 0.5, NULL},
	{"a", CP_LX_A, 0, DET, 1, NULL}, {"an", CP_LX_A, 0, DET, 1, NULL},
	{"and", CP_LX_AND, 0, STOP, 0, NULL}, {"point", CP_LX_POINT, 0, 0, 0, NULL},
	{"minus", CP_LX_MINUS, 0, 0, 0, NULL}, {"negative", CP_LX_MINUS, 0, 0, 0, NULL},
	V("hundreds", 100), V("thousands", 1e3), V("millions", 1e6), V("billions", 1e9), V("trillions", 1e12),
	V("dozens", 12), V("tens", 10),
	{"several", CP_LX_FEW, 0, STOP, 0, NULL}, {"few", CP_LX_FEW, 0, STOP, 0, NULL},
	/* durations */
	DUR("seconds", "second"), DUR("sec", "second"), DUR("secs", "second"),
	DUR("minute", "minute"), DUR("minutes", "minute"), DUR("min", "minute"), DUR("mins", "minute"),
	DUR("hour", "hour"), DUR("hours", "hour"), DUR("hr", "hour"), DUR("hrs", "hour"),
	DUR("day", "day"), DUR("days", "day"), DUR("week", "week"), DUR("weeks", "week"),
	DUR("month", "month"), DUR("months", "month"), DUR("mths", "month"), DUR("mth", "month"), DUR("year", "year"), DUR("years", "year"),
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
	MEA("barrel", "barrel"), MEA("bushel", "bushel"), MEA("bushels", "bushel"), MEA("barrels", "barrel"), MEA("bpd", "barrel per day"),
	MEA("acre", "acre"), MEA("acres", "acre"), MEA("hectare", "ha"), MEA("hectares", "ha"),
	MEA("degree", "degree"), MEA("degrees", "degree"), MEA("mph", "mph"), MEA("kph", "km/h"),
	MEA("kmh", "km/h"), MEA("c", "C"), MEA("celsius", "C"), MEA("fahrenheit", "F"), MEA("centigrade", "C"), MEA("kelvin", "K"),
	MEA("kw", "kW"), MEA("kilowatt", "kW"), MEA("kilowatts", "kW"), MEA("mw", "MW"),
	MEA("megawatt", "MW"), MEA("megawatts", "MW"), MEA("gw", "GW"), MEA("gigawatt", "GW"),
	MEA("gigawatts", "GW"), MEA("kwh", "kWh"), MEA("mwh", "MWh"), MEA("gwh", "GWh"),
	MEA("mb", "MB"), MEA("megabyte", "MB"), MEA("megabytes", "MB"), MEA("gb", "GB"),
	MEA("gigabyte", "GB"), MEA("gigabytes", "GB"), MEA("tb", "TB"), MEA("terabyte", "TB"),
	MEA("terabytes", "TB"), MEA("kbps", "kbps"), MEA("mbps", "Mbps"), MEA("gbps", "Gbps"),
	MEA("hp", "hp"), MEA("bhp", "bhp"), MEA("horsepower", "hp"), MEA("ps", "PS"),
	MEA("m2", "m2"), MEA("km2", "km2"), MEA("sqm", "m2"), MEA("nanometre", "nm"),
	MEA("nanometres", "nm"), MEA("nanometer", "nm"), MEA("nanometers", "nm"),
	MEA("mg", "mg"), MEA("milligram", "mg"), MEA("milligrams", "mg"), MEA("mcg", "mcg"),
	MEA("kgs", "kg"), MEA("oz", "oz"), MEA("ounce", "oz"), MEA("ounces", "oz"),
	MEA("yard", "yd"), MEA("yards", "yd"), MEA("watt", "W"), MEA("watts", "W"),
	MEA("twh", "TWh"), MEA("mhz", "MHz"), MEA("ghz", "GHz"),
	/* currencies */
	CUR("dollar", "USD"), CUR("dollars", "USD"), CUR("dlr", "USD"), CUR("dlrs", "USD"), CUR("usd", "USD"), CUR("euro", "EUR"),
	CUR("euros", "EUR"), CUR("eur", "EUR"), CUR("pounds", "GBP"), CUR("sterling", "GBP"), CUR("stg", "GBP"),
	CUR("gbp", "GBP"), CUR("shekel", "ILS"), CUR("shekels", "ILS"), CUR("ils", "ILS"),
	CUR("nis", "ILS"), CUR("yen", "JPY"), CUR("yuan", "CNY"), CUR("renminbi", "CNY"),
	CUR("rupees", "INR"), CUR("riyals", "SAR"), CUR("dinars", "JOD"), CUR("francs", "CHF"),
	CUR("rubles", "RUB"), CUR("roubles", "RUB"), CUR("cents", "cent"), CUR("cts", "cent"),
	CUR("ct", "cent"), CUR("ecus", "XEU"), CUR("crowns", "crown"), CUR("dls", "USD"),
	/* the currencies of agency copy from the 1980s, by their ISO 4217 codes of the time */
	CUR("bolivars", "VEB"), CUR("pesetas", "ESP"), CUR("schillings", "ATS"), CUR("rupiah", "IDR"),
	CUR("forints", "HUF"), CUR("taka", "BDT"), CUR("cruzados", "BRC"), CUR("sucres", "ECS"),
	CUR("australs", "ARA"), CUR("intis", "PEI"), CUR("escudos", "PTE"),
	CUR("rmb", "CNY"), CUR("cny", "CNY"), CUR("jpy", "JPY"), CUR("chf", "CHF"), CUR("cad", "CAD"),
	CUR("aud", "AUD"), CUR("inr", "INR"), CUR("guilders", "NLG"), CUR("markka", "FIM"),
	CUR("marks", "DEM"), CUR("lira", "ITL"), CUR("lire", "ITL"), CUR("pesos", "MXN"),
	CUR("rand", "ZAR"), CUR("baht", "THB"), CUR("ringgit", "MYR"), CUR("won", "KRW"),
	CUR("pence", "GBX"), CUR("dinar", "JOD"), CUR("riyal", "SAR"), CUR("rupee", "INR"),
	CUR("pound", "GBP"), CUR("lebanese", "LBP"), CUR("rm", "MYR"), CUR("rs", "INR"),
	{"percent", CP_LX_NONE, CP_UC_PERCENT, 0, 0, "percent"},
	{"percentage", CP_LX_NONE, CP_UC_PERCENT, 0, 0, "percent"},
	{"pct", CP_LX_NONE, CP_UC_PERCENT, 0, 0, "percent"},
	{"percents", CP_LX_NONE, CP_UC_PERCENT, 0, 0, "percent"},
	TIM("am"), TIM("pm"), TIM("a.m."), TIM("p.m."), TIM("gmt"), TIM("utc"), TIM("o'clock"),
	TIM("local"), TIM("edt"), TIM("est"), TIM("bst"), TIM("cet"), TIM("cst"), TIM("cdt"), TIM("pst"),
	TIM("pdt"), TIM("mst"), TIM("mdt"),
	/* plural nouns without -s */
	B("people", CP_LB_PLURAL), B("children", CP_LB_PLURAL), B("men", CP_LB_PLURAL),
	B("women", CP_LB_PLURAL), B("police", CP_LB_PLURAL), B("personnel", CP_LB_PLURAL),
	B("staff", CP_LB_PLURAL), B("cattle", CP_LB_PLURAL), B("troops", CP_LB_PLURAL),
	B("militia", CP_LB_PLURAL), B("civilians", CP_LB_PLURAL), B("media", CP_LB_PLURAL),
	/* words in -s that are no plural: a count does not count them ("a 6.84 billion mark surplus") */
	B("surplus", SG), B("bonus", SG), B("basis", SG), B("overseas", SG), B("gas", SG), B("virus", SG),
	B("business", SG), B("news", SG), B("status", SG), B("census", SG), B("campus", SG), B("crisis", SG),
	B("analysis", SG), B("focus", SG), B("bus", SG), B("versus", STOP),
	/* conjunctions and adverbs in -s: no plural a count counts ("a tough one because ...") */
	B("because", STOP), B("unless", STOP), B("whereas", STOP), B("thus", STOP), B("perhaps", STOP),
	B("always", STOP), B("sometimes", STOP), B("besides", STOP), B("afterwards", STOP), B("nowadays", STOP),
	B("regardless", STOP), B("nevertheless", STOP), B("nonetheless", STOP),
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
	B("throughout", YP), B("to", STOP), B("for", STOP), B("on", QS), B("at", QS),
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
	B("minimum", QS), B("circa", QS), B("sub", CP_LB_QUAL),
	B("exceed", QS), B("exceeded", QS), B("surpassed", QS), B("shy", QS), B("upward", QS), B("approx", QS), B("well", QS), B("least", STOP),
	B("most", STOP), B("many", STOP), B("much", STOP), B("all", STOP), B("both", STOP),
	B("killed", STOP), B("dead", STOP), B("wounded", STOP), B("injured", STOP),
	B("ago", STOP), B("later", STOP), B("earlier", STOP), B("old", STOP), B("long", STOP),
	B("percent", STOP), B("again", STOP), B("there", STOP), B("here", STOP), B("now", STOP),
	B("still", STOP), B("being", STOP), B("did", STOP), B("do", STOP), B("does", STOP),
	B("who's", STOP), B("it's", STOP), B("according", STOP), B("including", STOP),
	B("across", STOP), B("within", QS), B("without", STOP), B("via", STOP),
	B("inside", STOP), B("outside", STOP), B("near", STOP), B("toward", STOP),
	B("towards", STOP), B("respectively", STOP), B("apiece", STOP), B("each", STOP),
	B("too", STOP), B("very", STOP), B("even", STOP), B("yet", STOP), B("either", STOP),
	B("neither", STOP), B("overall", STOP), B("total", STOP), B("altogether", STOP),
};

#define LEX_N (sizeof(cp_num_lexicon) / sizeof(cp_num_lexicon[0]))
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
		size_t		len = strlen(cp_num_lexicon[i].word);
		uint32_t	h = cp_fnv32_lower(cp_num_lexicon[i].word, len) & (LEX_SLOTS - 1);
		bool		dup = false;

		lex_len[i] = (uint8_t) len;
		if (cp_num_lexicon[i].cat != CP_LX_NONE && cp_num_lexicon[i].cat != CP_LX_A && cp_num_lexicon[i].cat != CP_LX_AND &&
			cp_num_lexicon[i].cat != CP_LX_POINT && cp_num_lexicon[i].cat != CP_LX_MINUS && len <= 16 &&
			cp_num_lexicon[i].word[0] >= 'a' && cp_num_lexicon[i].word[0] <= 'z')
			trigger_shape[cp_num_lexicon[i].word[0] - 'a'] |= (uint16_t) (1u << (len - 1));

		while (lex_table[h] >= 0)
		{
			if (strcmp(cp_num_lexicon[lex_table[h]].word, cp_num_lexicon[i].word) == 0)
			{
				dup = true;		/* first entry wins */
				break;
			}
			h = (h + 1) & (LEX_SLOTS - 1);
		}
		if (!dup)
		{
			lex_table[h] = (int16_t) i;
			lex_slot_hash[h] = cp_fnv32_lower(cp_num_lexicon[i].word, len);
		}
	}
	lex_ready = true;
}

bool
cp_ordinal_suffix(const char *s, size_t len)
{
	char		a,
				b;

	if (len != 2)
		return false;
	a = cp_ascii_lower(s[0]);
	b = cp_ascii_lower(s[1]);
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
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
		return cp_num_vulgar_fraction(s, tok->len) > 0;
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
			if (lx >= 0 && cp_num_lexicon[lx].cat != CP_LX_NONE && cp_num_lexicon[lx].cat != CP_LX_A &&
				cp_num_lexicon[lx].cat != CP_LX_AND && cp_num_lexicon[lx].cat != CP_LX_POINT &&
				cp_num_lexicon[lx].cat != CP_LX_MINUS)
				return true;
		}
		from += len + 1;
	}
	return false;
}

const cp_lex_entry *
cp_lex_get(int idx)
{
	return (idx >= 0 && (size_t) idx < LEX_N) ? &cp_num_lexicon[idx] : NULL;
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
		const char *w = cp_num_lexicon[lex_table[h]].word;

		/* compare the full hash first: most words are not in the cp_num_lexicon */
		if (lex_slot_hash[h] == full && lex_len[lex_table[h]] == len && cp_ascii_ieq(s, w, len))
			return lex_table[h];
		h = (h + 1) & (LEX_SLOTS - 1);
	}
	return -1;
}

/*
 * entities.c: mentions from the tagger, titles dropped from person
 * mentions, and one kind per name from the article's contexts; each
 * mention's fullest name comes from entities_coref.c.
 */
#include "entities_internal.h"

#include <string.h>

#include "hash.h"
#include "names.h"
#include "ner.h"
#include "numbers.h"
#include "region_abbrevs.h"
#include "titles.h"
#include "utf8.h"
#include "wordtab.h"

static const char *const kind_names[CP_ENT_NKINDS] = {"PER", "ORG", "LOC", "MISC"};

const char *
cp_entity_kind_name(cp_entity_kind kind)
{
	return (unsigned) kind < CP_ENT_NKINDS ? kind_names[kind] : "MISC";
}

bool
cp_entity_kind_parse(const char *s, size_t len, cp_entity_kind *kind)
{
	for (int k = 0; k < CP_ENT_NKINDS; k++)
		if (strlen(kind_names[k]) == len && memcmp(s, kind_names[k], len) == 0)
		{
			*kind = (cp_entity_kind) k;
			return true;
		}
	return false;
}

/*
 * s[0..len) lower-cased and without a final period into low; its length,
 * or 0 for words of 16 bytes or more.
 */
static size_t
lower_word(const char *s, size_t len, char low[16])
{
	if (len == 0 || len >= 16)
		return 0;
	cp_ascii_lower_copy(low, s, len);
	return low[len - 1] == '.' ? len - 1 : len;
}

bool
word_in_table(const char *s, size_t len, cp_wordtab *table)
{
	char		low[16];

	/* lower_word()'s length, to rule most words out before copying them */
	if (len == 0 || len >= 16 ||
		!cp_wordtab_may_hold(table, (unsigned char) cp_ascii_lower(s[0]), len - (s[len - 1] == '.')))
		return false;
	len = lower_word(s, len, low);
	return len > 0 && cp_wordtab_find(table, low, len) >= 0;
}

/*
 * Legal forms written after a comma ("Alphabet, Inc.", "Petroleos de
 * Venezuela, S.A."), dotted ones among them; not every one of
 * cp_name_is_legal_form(): "OLYMPIAKOS, PAO" is two clubs.
 */
static const word_item comma_forms[] = {
	{"inc"}, {"llc"}, {"ltd"}, {"corp"}, {"co"}, {"plc"}, {"lp"}, {"l.p"}, {"llp"}, {"n.v"}, {"s.a"}
};
static int16_t comma_form_slots[32];
static cp_wordtab comma_form_table = CP_WORDTAB(comma_forms, comma_form_slots);

bool
is_comma_form(const char *text, const cp_token *t)
{
	return word_in_table(text + t->start, t->len, &comma_form_table);
}

/* Does token t end a company's name: a legal form, dotted or written after a comma? */
bool
ends_with_legal_form(const char *text, const cp_token *t)
{
	/* the forms only the comma list has ("L.P.", "S.A.") are short */
	return cp_name_is_legal_form(text + t->start, t->len) || (t->len <= 4 && is_comma_form(text, t));
}

/* Is s[0..len), as lower_word() gives it, a title with this use (titles.h)? */
bool
is_title(const char *s, size_t len, unsigned use)
{
	char		low[16];

	len = lower_word(s, len, low);
	return len > 0 && (cp_title_uses(low, len) & use) != 0;
}

/*
 * Titles that only people carry, each part of a hyphenated title included
 * ("Secretary-General"): a mention tagged ORG or MISC that starts with one
 * is a person named after the title.
 */
bool
is_person_title(const char *s, size_t len)
{
	size_t		pos = 0;
	bool		first_ok = false;

	while (pos < len)
	{
		size_t		end = pos,
					n;

		while (end < len && s[end] != '-')
			end++;
		if (end == pos || !is_title(s + pos, end - pos, CP_TITLE_PERSON))
			return false;
		/* "General" alone is also a word of organization names ("General Motors"). */
		if (pos == 0)
		{
			bool		general;

			n = s[end - 1] == '.' ? end - 1 : end;
			general = n == 7;
			for (size_t i = 0; i < 7 && general; i++)
				general = (s[i] | 0x20) == "general"[i];
			first_ok = !general || end < len;
		}
		pos = end + 1;
	}
	return first_ok;
}

/* Prepositions and nouns before a name that make it a place. */
static const word_item locatives[] = {{"near"}, {"outside"}};
static int16_t locative_slots[8];
static cp_wordtab locative_table = CP_WORDTAB(locatives, locative_slots);
static const word_item place_nouns[] = {
	{"districts"}, {"district"}, {"outskirts"}, {"suburbs"}, {"streets"}, {"centre"}, {"center"},
	{"city"}, {"town"}, {"village"}, {"north"}, {"south"}, {"east"}, {"west"}, {"northeast"},
	{"northwest"}, {"southeast"}, {"southwest"}, {"residents"}, {"province"}, {"region"}
};
static int16_t place_noun_slots[64];
static cp_wordtab place_noun_table = CP_WORDTAB(place_nouns, place_noun_slots);

/*
 * Common nouns that put a name in apposition as an organization: "oil
 * giant Yukos", "Premiership side Chelsea", "the Japanese daily Asahi
 * Shimbun".  Not those a person can be:
 * "Jamaican rival Merlene Ottey", "publisher Robert Maxwell", "brewer Alan
 * Bond", "producer Jon Thoday", "broadcaster Cyril Fletcher", "money lender
 * Shylock".  Right after an article the word is an adjective as often:
 * "the giant Yates Field", "a firm American commitment".
 */
static const word_item org_heads[] = {
	{"giant"}, {"firm"}, {"company"}, {"carmaker"}, {"automaker"}, {"airline"}, {"retailer"},
	{"group"}, {"club"}, {"side"}, {"network"}, {"operator"}, {"manufacturer"}, {"supplier"},
	{"conglomerate"}, {"insurer"}, {"chipmaker"}, {"agency"}, {"bank"}, {"distributor"},
	{"outfit"}, {"team"}, {"newspaper"}, {"daily"}, {"weekly"}, {"magazine"},
	/*
	 * "food retail chain Billa", "transport unit Scac", "brokers Cheuvreux";
	 * not "maker", a person's too ("film maker Theo van Gogh")
	 */
	{"chain"}, {"unit"}, {"brokers"}, {"association"}, {"journal"},
	/* "investment banks Merrill Lynch and SBC Warburg"; not "groups" ("ethnic groups Hutu") */
	{"firms"}, {"companies"}, {"carmakers"}, {"automakers"}, {"airlines"}, {"retailers"},
	{"networks"}, {"operators"}, {"manufacturers"}, {"suppliers"}, {"insurers"}, {"chipmakers"},
	{"agencies"}, {"banks"}, {"distributors"}, {"clubs"}, {"teams"}, {"newspapers"},
	{"magazines"}, {"conglomerates"}, {"chains"}
};
static int16_t org_head_slots[128];
static cp_wordtab org_head_table = CP_WORDTAB(org_heads, org_head_slots);
static const word_item articles[] = {{"a"}, {"an"}, {"the"}};
static int16_t article_slots[8];
static cp_wordtab article_table = CP_WORDTAB(articles, article_slots);

/*
 * Nouns after a name that only an organization has: a person has no
 * shares and no striker ("Chelsea boss", "Yukos shareholders", "Le Matin
 * newspaper"); a singer's manager is seldom written so.  Not
 * "fans" ("James Bond fans") nor "chairman" ("named Charles Hinckley
 * chairman").  Most are a place's too ("Wales manager", "West German
 * subsidiary", "Wall Street executives"); shares and a newspaper's name
 * are not ("Wal-Mart shares", "the Boersen-Zeitung newspaper").
 */
static const word_item org_parts[] = {
	{"boss"}, {"bosses"}, {"subsidiary"}, {"executives"}, {"employees"}
};
static int16_t org_part_slots[16];
static cp_wordtab org_part_table = CP_WORDTAB(org_parts, org_part_slots);
/*
 * A club's: after a city's name they make it the club named after it
 * ("Newcastle striker", "Sao Paulo midfielder"); after a country's, the
 * national side, which CoNLL-2003 marks as the place ("Wales manager").
 */
static const word_item club_parts[] = {
	{"striker"}, {"midfielder"}, {"defender"}, {"goalkeeper"}, {"keeper"}, {"winger"},
	{"manager"}, {"coach"}, {"captain"}
};
static int16_t club_part_slots[32];
static cp_wordtab club_part_table = CP_WORDTAB(club_parts, club_part_slots);
/*
 * Plurals that name one club or team by what it is in a competition, right
 * before its name: "Portuguese champions Porto", "losing finalists
 * Atalanta", "serie A newcomers Perugia", "county leaders Derbyshire" (a
 * plural before one name is a side, never a person; a country's side is a
 * place in CoNLL-2003: "world champions Germany")
 */
static const word_item side_heads[] = {
	{"champions"}, {"holders"}, {"finalists"}, {"newcomers"}, {"leaders"}, {"hopefuls"},
	{"rivals"}, {"opponents"}
};
static int16_t side_head_slots[32];
static cp_wordtab side_head_table = CP_WORDTAB(side_heads, side_head_slots);
static const word_item stock_parts[] = {
	{"shares"}, {"shareholders"}, {"stake"}, {"newspaper"}, {"daily"}
};
static int16_t stock_part_slots[16];
static cp_wordtab stock_part_table = CP_WORDTAB(stock_parts, stock_part_slots);

/*
 * Those who run an organization, before "of" and its name ("acting chief
 * executive officer of Petofi", "the owner of Chelsea"); with shares and
 * shareholders ("shares of Borg-Warner").  A country has a president too,
 * so they make no place an organization.
 */
static const word_item org_roles[] = {
	{"chairman"}, {"president"}, {"director"}, {"executive"}, {"officer"}, {"manager"},
	{"spokesman"}, {"spokeswoman"}, {"owner"}, {"founder"}, {"employees"}, {"executives"},
	{"subsidiary"}, {"unit"}, {"division"}
};
static int16_t org_role_slots[64];
static cp_wordtab org_role_table = CP_WORDTAB(org_roles, org_role_slots);

/* Is token t "Mr", "Mrs", "Ms", "Dr" and the like, with or without its period (not "DR Congo")? */
static bool
is_courtesy_title(const char *text, const cp_token *t)
{
	return (t->flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) == CP_TF_CAPITALIZED &&
		is_title(text + t->start, t->len, CP_TITLE_COURTESY);
}

/*
 * Words that end an organization's name and no person's: "Foreign
 * Ministry", "Logistics Agency", "Bankers Association" (legal forms too,
 * cp_name_is_legal_form).  Not "Court" (Margaret Court) nor "Union", nor
 * "Administration": "Reagan" would become the "Reagan Administration".
 */
static const word_item org_name_ends[] = {
	{"ministry"}, {"department"}, {"commission"}, {"committee"}, {"council"}, {"agency"},
	{"association"}, {"institute"}, {"office"}, {"board"}, {"authority"},
	{"bank"}, {"center"}, {"centre"}, {"group"}, {"services"}, {"college"}, {"university"},
	{"party"}, {"federation"}
};
static int16_t org_name_end_slots[64];
static cp_wordtab org_name_end_table = CP_WORDTAB(org_name_ends, org_name_end_slots);

/* Does a name that ends with token t name an organization, whatever the tagger said? */
static bool
ends_as_organization(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) &&
		(word_in_table(text + t->start, t->len, &org_name_end_table) || ends_with_legal_form(text, t));
}

/*
 * The ASCII word that ends right before text[*end], spaces between
 * skipped: its bounds in *from and *end; false when none does.
 */
bool
word_before(const char *text, uint32_t *end, uint32_t *from)
{
	uint32_t	e = *end,
				f;

	while (e > 0 && text[e - 1] == ' ')
		e--;
	f = e;
	while (f > 0 && ((text[f - 1] >= 'a' && text[f - 1] <= 'z') ||
					 (text[f - 1] >= 'A' && text[f - 1] <= 'Z')))
		f--;
	if (f == e || (f > 0 && text[f - 1] != ' ' && text[f - 1] != '\n'))
		return false;
	*end = e;
	*from = f;
	return true;
}

/* Does an apostrophe ("'" or "\u2019") stand at text[p], a possessive's after a name? */
static bool
apostrophe_at(const char *text, size_t doclen, size_t p)
{
	return (p < doclen && text[p] == '\'') || (p + 2 < doclen && memcmp(text + p, "\xE2\x80\x99", 3) == 0);
}

/*
 * Is the mention ms[i] a place by the words around it: "near", "outside"
 * ("near Khan Younis"), a place noun and "of" ("the eastern districts of
 * Khan Younis"), or "in" with a place after "and" ("in Khan Younis and
 * Rafah"); and no apostrophe after ("near Smith's home")?  After "in",
 * "into", "around" alone a person is common: "faith in Jose Mourinho", "an
 * inquiry into", "built around Johan Cruyff".
 */
static bool
after_locative(const char *text, size_t doclen, const raw_mention *ms, size_t n, size_t i)
{
	uint32_t	end = ms[i].start,
				from;
	size_t		after = (size_t) ms[i].start + ms[i].len;

	if (apostrophe_at(text, doclen, after) || !word_before(text, &end, &from))
		return false;
	if (word_in_table(text + from, end - from, &locative_table))
		return true;
	if (end - from == 2 && memcmp(text + from, "in", 2) == 0)
		return i + 1 < n && ms[i + 1].kind == CP_ENT_LOC && ms[i + 1].start == after + 5 &&
			memcmp(text + after, " and ", 5) == 0;
	if (end - from != 2 || memcmp(text + from, "of", 2) != 0)
		return false;
	end = from;
	return word_before(text, &end, &from) &&
		word_in_table(text + from, end - from, &place_noun_table);
}

/*
 * Does "near" stand right before mention m ("near Steinberg, 200 km southwest
 * of Vienna")?  Not an apostrophe after it ("near Smith's home").
 */
static bool
after_near(const char *text, size_t doclen, const raw_mention *m)
{
	uint32_t	end = m->start,
				from;

	return !apostrophe_at(text, doclen, (size_t) m->start + m->len) && word_before(text, &end, &from) &&
		word_is(text, from, end, "near");
}

/* Points of the compass, which put a name beside another place ("Kireka to the south"). */
static const word_item compass_points[] = {
	{"north"}, {"south"}, {"east"}, {"west"}, {"northeast"}, {"northwest"}, {"southeast"},
	{"southwest"}, {"north-east"}, {"north-west"}, {"south-east"}, {"south-west"}
};
static int16_t compass_point_slots[32];
static cp_wordtab compass_point_table = CP_WORDTAB(compass_points, compass_point_slots);

bool
is_compass_point(const char *s, size_t len)
{
	return word_in_table(s, len, &compass_point_table);
}

/*
 * Is the name ending at text[after] followed by "to the" and a point of the
 * compass that ends the phrase ("Kireka to the south,", "Bbuto to the north
 * of the town")?  Only a place lies to the north; "to the west coast" goes
 * on with a noun, so not then.
 */
static bool
before_compass_point(const char *text, size_t doclen, size_t after)
{
	size_t		p = after + 8,
				e = p;

	if (after + 8 >= doclen || memcmp(text + after, " to the ", 8) != 0)
		return false;
	while (e < doclen && ((text[e] >= 'a' && text[e] <= 'z') || text[e] == '-'))
		e++;
	if (e == p || !word_in_table(text + p, e - p, &compass_point_table))
		return false;
	if (e == doclen || strchr(",.;:)\n", text[e]))
		return true;
	return text[e] == ' ' && lower_word_at(text, doclen, e + 1, &p) &&
		(word_is(text, e + 1, p, "of") || word_is(text, e + 1, p, "and"));
}

/*
 * Does a place's point of the compass follow mention i, or the last of the
 * names listed with it ("bounded by Nsawo and Bbuto to the north, Kireka to
 * the south")?  A bearing is a place's; the tagger read such villages it
 * never saw as persons.
 */
static bool
beside_compass_point(const char *text, size_t doclen, const raw_mention *ms, size_t n, size_t i)
{
	size_t		j = i;

	while (j + 1 < n && listed_together(text, &ms[j], &ms[j + 1]))
		j++;
	return before_compass_point(text, doclen, (size_t) ms[j].start + ms[j].len);
}

/*
 * Do mentions t and t + 1 read "town, region" ("Aberdeen, Washington",
 * "Ormskirk, Lancashire"): a region's or a country's name the gazetteers
 * hold, not a city's alone, after the town and a comma ("Harrison,
 * Lockwood" in a team's list is none)?  Nor a list of names ("Daniel
 * Williams, Stanley, Hyde", "Lords Bingham, Steyn, Hope"), unless a
 * country follows the state ("Edmonton, Alberta, Canada").
 */
static bool
town_and_region(const char *text, const raw_mention *ms, size_t n, size_t t)
{
	size_t		after = (size_t) ms[t].start + ms[t].len,
				next;

	if (t + 1 >= n || !ms[t + 1].place || ms[t + 1].city ||
		ms[t + 1].start != after + 2 || text[after] != ',' || text[after + 1] != ' ')
		return false;
	next = (size_t) ms[t + 1].start + ms[t + 1].len;
	return !(t + 2 < n && ms[t + 2].start == next + 2 && text[next] == ',' &&
			 !(ms[t + 2].place && !ms[t + 2].city));
}

/*
 * Is mention i a city's name with its state's or country's after a comma
 * ("formed in Aberdeen, Washington"), which only a place is named with?
 */
static bool
before_its_region(const char *text, const raw_mention *ms, size_t n, size_t i)
{
	return ms[i].city && i + 1 < n && ms[i + 1].kind == CP_ENT_LOC && town_and_region(text, ms, n, i);
}

/*
 * Is mention i the region after a town read as a place and a comma
 * ("near Ormskirk, Lancashire", "of New Hall, Shropshire"), which the
 * tagger read as a county's cricket club?  Only after a lower-case word
 * ("In St Louis, Gary Sheffield" opens a sentence with the town) and
 * before punctuation or "and", where no clause goes on with the name as
 * its subject ("at Chelmsford, Essex scored"); not in a fixture ("Notts
 * County v York, Plymouth v Preston"), nor the last of a list ("Surrey,
 * Leeds, Lancashire").
 */
static bool
after_its_town(const char *text, size_t doclen, const raw_mention *ms, size_t n, size_t i)
{
	uint32_t	end = ms[i].start + ms[i].len,
				from;
	size_t		to;

	if (ms[i].kind != CP_ENT_ORG || i == 0 || ms[i - 1].kind != CP_ENT_LOC || !town_and_region(text, ms, n, i - 1) ||
		(i > 1 && ms[i - 1].start == (size_t) ms[i - 2].start + ms[i - 2].len + 2 &&
		 text[ms[i - 2].start + ms[i - 2].len] == ','))
		return false;
	if (end < doclen && !strchr(",.;:)\n", text[end]) &&
		!(text[end] == ' ' && lower_word_at(text, doclen, end + 1, &to) && word_is(text, end + 1, (uint32_t) to, "and")))
		return false;
	end = ms[i - 1].start;
	return word_before(text, &end, &from) && text[from] >= 'a' && text[from] <= 'z' &&
		!fixture_side(text, doclen, ms, n, i);
}

/*
 * Is mention i, read as a person or as a one-word organization, a town
 * named with its state or province after a comma ("near Turner, Arkansas,
 * a small community", "Sprague, Manitoba, on the border", a dateline's
 * "Murdochville, Quebec, April 3")?  A first-level region that is no country
 * and no city, closing the phrase; no town of the gazetteers, so
 * before_its_region misses it.  Not in a list of names ("Smith, Jones,
 * Texas"), and not when the region goes on as a noun's modifier ("Bob Dole,
 * Kansas senator").
 */
static bool
before_its_state(const char *text, size_t doclen, const raw_mention *ms, size_t n, size_t i)
{
	size_t		next;

	if (!(ms[i].kind == CP_ENT_PER || (ms[i].kind == CP_ENT_ORG && ms[i].one_word)) || ms[i].place || i + 1 >= n || ms[i + 1].kind != CP_ENT_LOC ||
		ms[i + 1].country || !town_and_region(text, ms, n, i))
		return false;
	if (i > 0 && listed_together(text, &ms[i - 1], &ms[i]))
		return false;
	next = (size_t) ms[i + 1].start + ms[i + 1].len;
	return next == doclen || strchr(",.;)\n", text[next]) != NULL;
}

/*
 * Do mentions t and t + 1 read "town, state" with the state abbreviated and
 * its period ("Grande Prairie, Alta.", region_abbrevs.h)?  Both are places, whatever the
 * tagger read (a company, a person).  A body's name of several words keeps
 * its kind: "First National Bank of Braman, Okla.".
 */
static bool
town_and_state_abbrev(const char *text, size_t doclen, const raw_mention *ms, size_t t)
{
	size_t		next = (size_t) ms[t + 1].start + ms[t + 1].len;
	uint32_t	len = ms[t + 1].len;
	char		low[16];
	const cp_region_abbrev *a;

	/*
	 * not a dateline's in capitals ("ST. LOUIS, MO., March 25"), which
	 * corpus.places() reads as a country's code (Macau's)
	 */
	if ((ms[t].kind == CP_ENT_ORG && !ms[t].one_word) || len < 2 || text[ms[t + 1].start + 1] < 'a' ||
		text[ms[t + 1].start + 1] > 'z')
		return false;
	if (text[next - 1] == '.')
		len--;
	else if (next >= doclen || text[next] != '.')
		return false;
	len = (uint32_t) lower_word(text + ms[t + 1].start, len, low);
	return len > 0 && (a = cp_region_abbrev_find(low, len)) != NULL && !a->initials;
}

/* Is mention t + 1 the state's abbreviation after town t (town_and_state_abbrev)?  The comma first. */
static inline bool
before_state_abbrev(const char *text, size_t doclen, const raw_mention *ms, size_t n, size_t t)
{
	size_t		end = (size_t) ms[t].start + ms[t].len;

	return t + 1 < n && ms[t + 1].start == end + 2 && text[end] == ',' && town_and_state_abbrev(text, doclen, ms, t);
}

/*
 * Is the name ending at text[after] followed by its distance from another
 * place after a comma ("near Steinberg, 200 km southwest of Vienna", "the
 * resort of Durres, 45 km (30 miles) west of Tirana", "Pocosol, about 12
 * miles north")?  Only a place lies so far from somewhere.
 */
static bool
before_distance(const char *text, size_t doclen, size_t after)
{
	static const char *const hedges[] = {"about", "some", "around", "nearly", "almost", "roughly", NULL};
	static const char *const units[] = {"km", "kms", "kilometres", "kilometers", "miles", "mile", NULL};
	size_t		p = after + 2,
				e,
				digits;

	if (p >= doclen || text[after] != ',' || text[after + 1] != ' ')
		return false;
	if (lower_word_at(text, doclen, p, &e) && word_among(text, (uint32_t) p, (uint32_t) e, hedges) &&
		e < doclen && text[e] == ' ')
		p = e + 1;
	for (e = p, digits = 0; e < doclen && ((text[e] >= '0' && text[e] <= '9') ||
										   (digits > 0 && (text[e] == ',' || text[e] == '.'))); e++)
		digits += text[e] >= '0' && text[e] <= '9';
	if (digits == 0 || !strchr("0123456789", text[e - 1]))
		return false;
	p = e < doclen && text[e] == ' ' ? e + 1 : e;
	return lower_word_at(text, doclen, p, &e) && word_among(text, (uint32_t) p, (uint32_t) e, units);
}

/*
 * Is the name m followed by "station", alone or after a line's kind
 * ("Charhi railway station", "Langenhagen Pferdemarkt station")?  A
 * station is named after its place.  Not a broadcaster's before "station"
 * alone: an initialism ("the BBC station") or a name that ends so ("Alter
 * Television station").
 */
static bool
before_station(const char *text, size_t doclen, const raw_mention *m)
{
	static const char *const lines[] = {"railway", "train", "railroad", "metro", "subway", "tram", NULL};
	static const char *const broadcasters[] = {"Television", "TV", "Radio", "FM", "Broadcasting", NULL};
	size_t		p = (size_t) m->start + m->len + 1,
				e,
				q,
				f;
	uint32_t	end = m->start + m->len,
				from;

	/* the cheap test first: "station" and the lines' kinds start so */
	if (p >= doclen || text[p - 1] != ' ' ||
		!(text[p] == 's' || text[p] == 'r' || text[p] == 't' || text[p] == 'm') ||
		!lower_word_at(text, doclen, p, &e))
		return false;
	if (e - p != 7 || memcmp(text + p, "station", 7) != 0)
		return e + 1 < doclen && text[e] == ' ' && lower_word_at(text, doclen, q = e + 1, &f) &&
			f - q == 7 && memcmp(text + q, "station", 7) == 0 &&
			word_among(text, (uint32_t) p, (uint32_t) e, lines);
	if (word_before(text, &end, &from) && word_among(text, from, end, broadcasters))
		return false;
	for (size_t k = m->start; k < (size_t) m->start + m->len; k++)
		if (text[k] >= 'a' && text[k] <= 'z')
			return true;
	return false;
}

/*
 * The lower-case ASCII word that starts at text[from], its end in *end;
 * false when there is none or it runs on into a capital, a hyphen or an
 * apostrophe ("boss's", "shares-based").
 */
bool
lower_word_at(const char *text, size_t doclen, size_t from, size_t *end)
{
	size_t		e = from;

	while (e < doclen && text[e] >= 'a' && text[e] <= 'z')
		e++;
	*end = e;
	return e > from && (e == doclen || !((text[e] >= 'A' && text[e] <= 'Z') || text[e] == '-' ||
										 text[e] == '\''));
}

typedef enum org_cue
{
	ORG_CUE_NONE,
	ORG_CUE_PART,				/* "Chelsea boss": not a person */
	ORG_CUE_CLUB,				/* "Newcastle striker": nor a city, a club */
	ORG_CUE_STOCK,				/* "Yukos shares": not a person, nor a place */
	ORG_CUE_HEAD,				/* "oil giant Yukos": an organization */
	ORG_CUE_SIDE,				/* "league champions Milan": a club, though a city or a region */
} org_cue;

/* What the words around ms[i] say of it being an organization. */
static org_cue
org_context(const char *text, size_t doclen, const raw_mention *m)
{
	uint32_t	end = m->start,
				from;
	size_t		after = (size_t) m->start + m->len,
				e;

	if (!word_before(text, &end, &from))
		;
	else if (text[from] >= 'a' && text[from] <= 'z' && end == m->start - 1 &&
			 word_in_table(text + from, end - from, &org_head_table))
	{
		end = from;
		return word_before(text, &end, &from) && word_in_table(text + from, end - from, &article_table) ?
			ORG_CUE_NONE : ORG_CUE_HEAD;
	}
	else if (end - from == 2 && memcmp(text + from, "of", 2) == 0)
	{
		end = from;
		if (word_before(text, &end, &from))
		{
			if (word_in_table(text + from, end - from, &stock_part_table))
				return ORG_CUE_STOCK;
			if (word_in_table(text + from, end - from, &org_role_table))
				return ORG_CUE_PART;
		}
	}
	if (after + 1 < doclen && text[after] == ' ' && lower_word_at(text, doclen, after + 1, &e))
	{
		if (word_in_table(text + after + 1, e - after - 1, &stock_part_table))
			return ORG_CUE_STOCK;
		if (word_in_table(text + after + 1, e - after - 1, &org_part_table))
			return ORG_CUE_PART;
		if (word_in_table(text + after + 1, e - after - 1, &club_part_table))
			return ORG_CUE_CLUB;
	}
	return ORG_CUE_NONE;
}

/*
 * Does a plural of a competition's sides stand right before m, which is no
 * national side ("Portuguese champions Porto", "leaders Derbyshire"; not
 * "holders Brazil")?  A person's name so is one of a list ("Olympic
 * champions Michael Johnson and Marie-Jose Perec"), so not before "and" or
 * a comma.
 */
static bool
after_side_head(const char *text, size_t doclen, const raw_mention *m)
{
	uint32_t	end = m->start,
				from;
	size_t		after = (size_t) m->start + m->len;

	if (!word_before(text, &end, &from) || end + 1 != m->start || text[from] < 'a' || text[from] > 'z' ||
		!word_in_table(text + from, end - from, &side_head_table) || names_national_side(text, m))
		return false;
	return m->kind != CP_ENT_PER ||
		!((after < doclen && text[after] == ',') ||
		  (after + 4 < doclen && memcmp(text + after, " and ", 5) == 0));
}

/*
 * May a name tagged as a place be a company the tagger never saw?  Not
 * one in the gazetteers of places, nor an initialism ("US shares").
 */
static bool
may_be_company(const char *text, const raw_mention *m)
{
	return m->kind == CP_ENT_LOC && !m->place && cp_has_ascii_lower(text + m->start, m->len);
}

/*
 * Names listed together are of one kind: a word the tagger never saw read
 * as a person among organizations is one too ("Google, Ask Jeeves, MSN and
 * Yahoo", "Sony, Microsoft and Nintendo").  Only one-word persons change,
 * and only in a list of nothing but organizations besides them, more of
 * those than of them: a team's line-up names many people and a club or
 * two, "presidents Nixon and Ford" one of each.  In a list of four
 * organizations or more, more than the rest, persons of two words change
 * too, whatever else it holds ("Ericsson, Hewlett Packard, Lockheed
 * Martin, Nokia, Toshiba"): companies named after their founders read as
 * persons, and no line-up is so.  In a list of three places or more, more
 * than half of it, an organization or a person the gazetteers hold as a
 * place is one ("held in Denver, Bilbao, Kyoto, Rennes"), a town the
 * tagger read as its club.
 */
static void
listed_kinds(const char *text, raw_mention *ms, size_t n)
{
	for (size_t i = 0; i < n;)
	{
		size_t		j = i,
					orgs = 0,
					people = 0,
					full_names = 0,
					places = 0,
					others = 0;

		while (j + 1 < n && listed_together(text, &ms[j], &ms[j + 1]))
			j++;
		for (size_t k = i; k <= j; k++)
		{
			if (ms[k].kind == CP_ENT_LOC)
				places++;
			if (ms[k].kind == CP_ENT_ORG)
				orgs++;
			else if (ms[k].kind == CP_ENT_PER && ms[k].one_word)
				people++;
			else if (ms[k].kind == CP_ENT_PER)
				full_names++;
			else
				others++;
		}
		if ((orgs > people && people > 0 && full_names + others == 0) ||
			(people + full_names > 0 && orgs >= 4 && orgs > people + full_names + others))
			for (size_t k = i; k <= j; k++)
				if (ms[k].kind == CP_ENT_PER)
					ms[k].kind = CP_ENT_ORG;
		if (places >= 3 && 2 * places > j - i + 1)
			for (size_t k = i; k <= j; k++)
				if (ms[k].kind != CP_ENT_LOC && ms[k].kind != CP_ENT_MISC && ms[k].place)
					ms[k].kind = CP_ENT_LOC;
		i = j + 1;
	}
}

/*
 * One kind per name in an article: the tagger reads each sentence alone, so
 * one name can be a place in one sentence and an organization in the next.
 * The kind most of the mentions written alike get goes to all of them; a
 * tie leaves each as tagged, but for a one-word name read as often a
 * person as an organization, which is the organization ("Easyjet",
 * "Tanjug": the tagger is unsure of a company it never saw, and a person
 * is named in full once).  A person's name where a place stands
 * (after_locative) votes twice for a place.  A clear context outvotes the
 * tagger: a name in apposition to an organization's noun is one, whatever
 * the tagger read elsewhere, and a name with shares or a striker is no
 * person or nationality (org_context); one with shares is no place either,
 * unless a gazetteer of places holds it ("London shares").  An office's
 * seat ("Mayor of Liverpool") votes twice for a place, as a locative does,
 * and so do a town before its state's abbreviation and the abbreviation
 * ("Snowflake, Ariz."); a name after a rank ("Prince Mstislav") votes twice
 * for a person; a one-word person after "near" votes once.  A list
 * after a plural noun and "such as" states its names' kind, as a noun
 * before a name does (listed_after_such_as).
 */
#define STATED_MIXED 0xff

static void
consistent_kinds(cp_arena *arena, const char *text, size_t doclen, raw_mention *ms, size_t n)
{
	key_map		names;
	uint32_t  (*votes)[CP_ENT_NKINDS];
	int32_t    *of;
	uint8_t    *cue,
			   *stated;			/* 1 + the kind a noun states (stated_kind), 0 none, STATED_MIXED */
	size_t		cap = 16,
				distinct = 0;
	bool		state_pair = false,
				before_state_pair;

	if (n == 0)
		return;
	while (cap < 2 * n + 2)
		cap <<= 1;
	key_map_init(arena, &names, cap);
	votes = cp_arena_alloc0(arena, n * sizeof(*votes));
	cue = cp_arena_alloc0(arena, n);
	stated = cp_arena_alloc0(arena, n);
	of = cp_arena_alloc(arena, n * sizeof(int32_t));
	for (size_t i = 0; i < n; i++)
	{
		bool		found;
		int32_t    *slot = key_map_put(arena, &names,
									   cp_fnv64_add(CP_FNV64_OFFSET, text + ms[i].start, ms[i].len),
									   &found);

		if (!found)
			*slot = (int32_t) distinct++;
		of[i] = *slot;
		/* "Snowflake, Ariz.": the town's pair is the abbreviation's next */
		before_state_pair = state_pair;
		state_pair = before_state_abbrev(text, doclen, ms, n, i);
		/* "near Khan Younis", "in Aberdeen, Washington": a clear context outweighs one reading of the tagger */
		if ((ms[i].kind == CP_ENT_PER && !ms[i].one_word && after_locative(text, doclen, ms, n, i)) ||
			ms[i].seat ||
			(ms[i].kind != CP_ENT_LOC && before_its_region(text, ms, n, i)) ||
			before_its_state(text, doclen, ms, n, i) ||
			(ms[i].kind != CP_ENT_LOC && before_distance(text, doclen, (size_t) ms[i].start + ms[i].len)) ||
			after_its_town(text, doclen, ms, n, i) || state_pair || before_state_pair ||
			(ms[i].kind != CP_ENT_LOC && beside_compass_point(text, doclen, ms, n, i)) ||
			(ms[i].kind != CP_ENT_LOC && before_station(text, doclen, &ms[i])))
			votes[*slot][CP_ENT_LOC] += 2;
		/*
		 * "lost 3-1 to Cesena", "Brighton v Scunthorpe": the club, unless the
		 * article names the town more often; after a player's deed any
		 * place but a national side ("his first goal for New York", a US
		 * state's university at "college football at Texas"), unless it
		 * owns what follows ("rugby at London's Christ College")
		 */
		else if ((ms[i].kind == CP_ENT_LOC && ms[i].city && match_context(text, doclen, &ms[i])) ||
				 (ms[i].kind == CP_ENT_LOC && !ms[i].city && after_club_deed(text, &ms[i], false) &&
				  !apostrophe_at(text, doclen, (size_t) ms[i].start + ms[i].len) &&
				  !names_national_side(text, &ms[i])) ||
				 (ms[i].kind != CP_ENT_ORG && fixture_side(text, doclen, ms, n, i)))
			votes[*slot][CP_ENT_ORG] += 2;
		/* "Prince Mstislav": a person, though the tagger read "Mstislav" alone a body */
		else if (ms[i].ranked)
			votes[*slot][CP_ENT_PER] += 2;
		/* "near Steinberg": a place, unless the article names it a person elsewhere ("stood near Clinton") */
		else if (ms[i].kind == CP_ENT_PER && after_near(text, doclen, &ms[i]))
			votes[*slot][CP_ENT_LOC]++;
		else
			votes[*slot][ms[i].kind]++;
		if (ms[i].kind == CP_ENT_PER || ms[i].kind == CP_ENT_MISC || may_be_company(text, &ms[i]) ||
			((ms[i].kind == CP_ENT_LOC || ms[i].kind == CP_ENT_ORG) && ms[i].city))
		{
			org_cue		c = org_context(text, doclen, &ms[i]);

			/*
			 * "Japanese shares", "Wales manager"; a city's only by its club ("a
			 * Christchurch daily"), whatever the tagger read there: "Aberdeen
			 * manager" read as the club is the club where the town is read
			 */
			if ((ms[i].kind == CP_ENT_MISC && c < ORG_CUE_HEAD) ||
				(ms[i].kind == CP_ENT_ORG && c != ORG_CUE_CLUB) ||
				(ms[i].kind == CP_ENT_LOC &&
				 (may_be_company(text, &ms[i]) ? c < ORG_CUE_STOCK : c != ORG_CUE_CLUB)))
				c = ORG_CUE_NONE;
			if (c > cue[*slot])
				cue[*slot] = (uint8_t) c;
		}
		if (ms[i].kind != CP_ENT_ORG && after_side_head(text, doclen, &ms[i]))
			cue[*slot] = ORG_CUE_SIDE;
		{
			int			k = ms[i].listed ? ms[i].listed - 1 : stated_kind(text, doclen, &ms[i]);
			uint32_t	end = ms[i].start,
						from;

			/*
			 * "the city Council", "the town Hall": a place's noun before a
			 * body's name in title case; but "the district of St. Petersburg"
			 * is the place (all 120 such names in CoNLL-2003's text), and so is
			 * a place the gazetteers hold right after the noun ("the river
			 * Thames"), and any name after a natural feature's noun, which
			 * no body's name follows ("the mountain Trebević")
			 */
			static const char *const feature_nouns[] = {"of", "mountain", "river", NULL};

			if (k >= 0 && (ms[i].listed ||
						   !(k == CP_ENT_LOC && ms[i].kind == CP_ENT_ORG && !ms[i].place &&
							 !(word_before(text, &end, &from) && end + 1 == ms[i].start &&
							   word_among(text, from, end, feature_nouns)))))
				stated[*slot] = stated[*slot] == 0 || stated[*slot] == k + 1 ? (uint8_t) (k + 1) : STATED_MIXED;
		}
	}
	for (size_t i = 0; i < n; i++)
	{
		const uint32_t *v = votes[of[i]];
		int			best = ms[i].kind;

		if (ms[i].dateline)
			continue;
		for (int k = 0; k < CP_ENT_NKINDS; k++)
			if (v[k] > v[best] ||
				(best == CP_ENT_PER && k == CP_ENT_ORG && ms[i].one_word && v[k] == v[best]))
				best = k;
		if (cue[of[i]] == ORG_CUE_SIDE ||
			(cue[of[i]] == ORG_CUE_HEAD && (best == CP_ENT_PER || best == CP_ENT_MISC)) ||
			(cue[of[i]] != ORG_CUE_NONE && best == CP_ENT_PER) ||
			(cue[of[i]] >= ORG_CUE_STOCK && best == CP_ENT_LOC && may_be_company(text, &ms[i])) ||
			(cue[of[i]] >= ORG_CUE_CLUB && best == CP_ENT_LOC && ms[i].city))
			best = CP_ENT_ORG;
		/* what the article says the name is, unless it says two things */
		if (stated[of[i]] != 0 && stated[of[i]] != STATED_MIXED)
			best = stated[of[i]] - 1;
		ms[i].kind = (uint8_t) best;
	}
}

/* The line that holds byte pos, or NULL; *line is a cursor that only moves forward. */
static const cp_line *
line_at(const cp_ner_doc *doc, size_t *line, uint32_t pos)
{
	while (*line < doc->nlines && doc->lines[*line].start + doc->lines[*line].len <= pos)
		(*line)++;
	return *line < doc->nlines ? &doc->lines[*line] : NULL;
}

/*
 * Names' keys, remembered by their text: an article names its people and
 * places many times, and a key takes a whole parse of the name.
 */
#define KEYED_NAMES 256

typedef struct keyed_name
{
	const char *name;			/* NULL: empty slot */
	size_t		len;
	const char *key;			/* in the document's arena */
	size_t		key_len;
} keyed_name;

/* The key of name[0..len), or NULL when it has none (a tagged "|"). */
static const char *
key_of(cp_arena *arena, keyed_name *cache, const char *name, size_t len, size_t *key_len)
{
	keyed_name *e = &cache[cp_fnv64_add(CP_FNV64_OFFSET, name, len) & (KEYED_NAMES - 1)];

	if (!e->name || e->len != len || memcmp(e->name, name, len) != 0)
	{
		e->name = name;
		e->len = len;
		e->key = cp_name_key(arena, name, len, &e->key_len);
	}
	*key_len = e->key_len;
	return e->key_len > 0 ? e->key : NULL;
}

/* Is t a word of lower-case ASCII letters only ("crested", not "eBay" nor "de-facto")? */
bool
is_lower_word(const char *text, const cp_token *t)
{
	if (t->kind != CP_TOK_WORD)
		return false;
	for (uint32_t k = 0; k < t->len; k++)
		if (text[t->start + k] < 'a' || text[t->start + k] > 'z')
			return false;
	return true;
}

/* Is token j of the sentence doc the last but for closing quotation marks? */
static bool
ends_sentence(const cp_ner_doc *doc, uint32_t j)
{
	for (size_t k = j + 1; k < doc->ntoks; k++)
		if (doc->toks[k].tok.kind != CP_TOK_QUOTE)
			return false;
	return true;
}

/* The kind the head before the first "of" of tokens [i, j] gives the name (of_head_kind), or -1. */
static int
of_head_kind_of(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j)
{
	for (uint32_t k = i + 1; k < j; k++)
		if (cp_token_is(text, &toks[k].tok, "of"))
			/* "Church of St. John" is a building, "Church of England" a body */
			return is_saint_building(text, &toks[k - 1].tok) && is_saint(text, &toks[k + 1].tok) ?
				CP_ENT_LOC : of_head_kind(text, &toks[k - 1].tok, k - 1 == i);
	return -1;
}

/*
 * Do tokens [first, j] stand between "in" and "play" ("went 6–12 in Big
 * East play")?  The games a team plays within its conference or league:
 * the name is the body's, not the region's it is named after.
 */
static bool
in_league_play(const cp_ner_doc *doc, uint32_t first, uint32_t j)
{
	return first > 0 && j + 1 < doc->ntoks && cp_token_is(doc->text, &doc->toks[first - 1].tok, "in") &&
		!(doc->toks[j + 1].tok.flags & CP_TF_CAPITALIZED) && cp_token_is(doc->text, &doc->toks[j + 1].tok, "play");
}

/*
 * Do tokens [first, j] stand in a result line or a table's row: a figure or
 * "v" right after them, or a figure right before ("Notts County 2 1 1 0",
 * "Notts County v York", "Stockport 0 Notts County 0")?
 */
static bool
in_result_line(const cp_ner_doc *doc, uint32_t first, uint32_t j)
{
	return (j + 1 < doc->ntoks && (doc->toks[j + 1].tok.kind == CP_TOK_NUMBER ||
								   cp_token_is(doc->text, &doc->toks[j + 1].tok, "v"))) ||
		(first > 0 && doc->toks[first - 1].tok.kind == CP_TOK_NUMBER);
}

/*
 * Does a name that begins with a people's adjective and ends with token t
 * name a body ("Scottish Executive", "English FA", "British Library",
 * "Welsh Assembly"), which the tagger reads as an other name for its first
 * word?  A body's last word (ends_as_named_body) or a national body's head;
 * not "Federation" ("Russian Federation" is a place) nor an event's word
 * ("European Convention").
 */
static bool
heads_national_body(const char *text, const cp_token *t)
{
	static const word_item heads[] = {
		{"executive"}, {"fa"}, {"library"}, {"embassy"}, {"consulate"}, {"assembly"}, {"parliament"},
		{"museum"}
	};
	static int16_t head_slots[32];
	static cp_wordtab head_table = CP_WORDTAB(heads, head_slots);

	return (t->flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) &&
		(ends_as_named_body(text, t) || word_in_table(text + t->start, t->len, &head_table));
}

/*
 * Is token t a people's adjective: a country's (the gazetteer's demonyms)
 * or one of the United Kingdom's nations, which the gazetteer, made from
 * countries, lacks?
 */
static bool
names_a_people(const char *text, const cp_ner_tok *t)
{
	static const word_item nations[] = {{"scottish"}, {"english"}, {"welsh"}};
	static int16_t nation_slots[8];
	static cp_wordtab nation_table = CP_WORDTAB(nations, nation_slots);

	return (t->gaz & CP_GAZ_DEMONYM) || word_in_table(text + t->tok.start, t->tok.len, &nation_table);
}

/*
 * The mention of tokens [i, j] of sentence n (on line l, or NULL), tagged
 * kind, into ms and the name index: its kind corrected where its words
 * decide it, a person's titles left out of it.
 */
static void
add_mention(cp_arena *arena, const cp_ner_doc *doc, const cp_line *l, int n, uint32_t i,
			uint32_t j, cp_entity_kind kind, cp_vec *ms, name_index *ix)
{
	const char *text = doc->text;
	raw_mention *m = cp_vec_push(arena, ms);
	uint32_t	first = i,
				seat;
	int			head;

	m->kind = (uint8_t) kind;
	m->sentence = n;
	m->dateline = false;
	m->seat = false;
	m->ranked = false;
	m->ship = false;
	m->listed = 0;
	/*
	 * "Foreign Ministry" tagged as a person (and its first word then taken
	 * for a title); a legal form ends a company's name whatever the tagger
	 * read before it ("Petroleos de Venezuela, S.A." is no place), and so
	 * does a firm's or an ensemble's last word ("Decca Records"), but not
	 * after "of" ("Guinness Book of World Records" is a book)
	 */
	if ((m->kind == CP_ENT_PER && (ends_as_organization(text, &doc->toks[j].tok) ||
								   (j > first && ends_as_body(text, &doc->toks[j].tok)))) ||
		((m->kind == CP_ENT_LOC || m->kind == CP_ENT_MISC) && first < j &&
		 ends_with_legal_form(text, &doc->toks[j].tok)) ||
		(first < j && ends_as_company(text, &doc->toks[j].tok) && !names_with_of(text, doc->toks, first, j)) ||
		(m->kind == CP_ENT_MISC && first < j && names_a_people(text, &doc->toks[first]) &&
		 heads_national_body(text, &doc->toks[j].tok)) ||
		/* "Shearson Lehman analyst Chuck Levitt" tagged a person: the firm */
		(m->kind == CP_ENT_PER && before_staff_noun(text, doc->toks, j, doc->ntoks)) ||
		/* "McDonald's said": a name that keeps its "'s" as a subject is a firm's */
		(m->kind != CP_ENT_ORG && first < j && possessive_before_saying(doc, doc->ntoks, j)))
		m->kind = CP_ENT_ORG;
	m->event = reads_as_event(text, doc->toks, first, j, m->kind);
	if (m->event)
		m->kind = CP_ENT_MISC;
	/*
	 * "Ohio House of Representatives" tagged as a place, "Kingdom of
	 * Hungary" as an organization; a body's name as an other name may be
	 * an event's ("Council of Trent")
	 */
	else if ((head = of_head_kind_of(text, doc->toks, first, j)) >= 0 &&
			 (m->kind != CP_ENT_MISC || head == CP_ENT_LOC))
		m->kind = (uint8_t) head;
	/* "Boston Celtics", "Ohio State" tagged as a place; people are named so too ("Ray Charles") */
	else if (m->kind == CP_ENT_LOC && (names_club(text, &doc->toks[first], &doc->toks[j]) ||
									   names_state_school(text, &doc->toks[first], &doc->toks[j],
														  doc->toks + doc->ntoks) ||
									   in_league_play(doc, first, j)))
		m->kind = CP_ENT_ORG;
	/* "Trinity College", "Dorset Regiment" tagged as a place; not the town "STATE COLLEGE, Pa." */
	else if (m->kind == CP_ENT_LOC && j > first && ends_as_body(text, &doc->toks[j].tok) &&
			 !(doc->toks[first].tok.flags & doc->toks[j].tok.flags & CP_TF_ALL_UPPER))
		m->kind = CP_ENT_ORG;
	/* "HMS Calliope" tagged as an organization: a ship; not "USS Chemicals", USX's unit */
	else if (m->kind == CP_ENT_ORG && j > first && opens_ship_name(text, &doc->toks[first].tok) &&
			 !((doc->toks[j].gaz & CP_GAZ_LOWER) && text[doc->toks[j].tok.start + doc->toks[j].tok.len - 1] == 's'))
		m->kind = CP_ENT_MISC;
	/* "The Guardian" in quotation marks, a work's title: a newspaper */
	else if (m->kind == CP_ENT_MISC && ends_as_newspaper(text, &doc->toks[j].tok))
		m->kind = CP_ENT_ORG;
	/* "in Malayalam", "a Latin word" tagged as a place or a person: a language */
	else if ((m->kind == CP_ENT_LOC || m->kind == CP_ENT_PER) && j == first &&
			 names_language(text, &doc->toks[j], doc->toks + doc->ntoks))
		m->kind = CP_ENT_MISC;
	/*
	 * "Latin America's economy grew", "Africa was unable to pay" tagged as
	 * a person, "exports to Western Europe" as an other name: a region of
	 * the world.  A one-word region read otherwise stays: "Caribbean
	 * islands" is an adjective, "BHP Petroleum (Americas) Inc" a company.
	 */
	else if ((m->kind == CP_ENT_PER || (j > first && (m->kind == CP_ENT_ORG || m->kind == CP_ENT_MISC))) &&
			 names_region(text, doc->toks, first, j))
		m->kind = CP_ENT_LOC;
	/* "U.S.-led" is an adjective, as "Moscow-backed" is */
	if (j >= first + 2 && is_attached_suffix(text, &doc->toks[j - 1]))
		m->kind = CP_ENT_MISC;
	/*
	 * "Mill Street" and "Cedar River" tagged as an organization or other
	 * name, "Gobi Desert", "Lake Tutchewop" and "Kazuo County" as a person
	 * too; "Route 9", and a road numbered within its state's or country's
	 * name ("U.S. Route 3", "Arkansas Highway 300", read as organizations)
	 */
	else if (first < j &&
			 (((m->kind == CP_ENT_ORG || m->kind == CP_ENT_MISC) &&
			   names_place(text, doc->toks, first, j, m->kind)) ||
			  (m->kind == CP_ENT_PER && (ends_as_natural_feature(text, &doc->toks[j].tok) ||
										 ends_as_place_only(text, &doc->toks[j].tok) ||
										 opens_natural_feature(text, &doc->toks[first].tok))) ||
			  (j > first && is_numbered_road(text, &doc->toks[j - 1])) ||
			  /* "County Meath" read as a body: Ireland's counties, as CoNLL-2003 marks "County Antrim" */
			  (j == first + 1 && cp_token_is(text, &doc->toks[first].tok, "county") &&
			   (doc->toks[first].tok.flags & doc->toks[j].tok.flags & CP_TF_CAPITALIZED) &&
			   !(doc->toks[j].tok.flags & CP_TF_ALL_UPPER) && (doc->toks[j].gaz & CP_GAZ_PLACES) &&
			   !ends_as_organization(text, &doc->toks[j].tok))))
		m->kind = CP_ENT_LOC;
	/*
	 * "Secretary-General Ban Ki-moon" tagged as one MISC mention; not where
	 * both the title and the last word are common words ("Premier League",
	 * "Foreign Trade"), unlike "Mr Steel".
	 */
	else if ((m->kind == CP_ENT_ORG || m->kind == CP_ENT_MISC) && first < j &&
			 is_person_title(text + doc->toks[first].tok.start, doc->toks[first].tok.len) &&
			 (doc->toks[first + 1].tok.flags & CP_TF_CAPITALIZED) &&
			 !(doc->toks[first].gaz & doc->toks[j].gaz & CP_GAZ_LOWER) &&
			 !ends_as_organization(text, &doc->toks[j].tok))
		m->kind = CP_ENT_PER;
	/* "confront Mr. Bosh" tagged as a place */
	else if (m->kind == CP_ENT_LOC && first < j && is_courtesy_title(text, &doc->toks[first].tok))
		m->kind = CP_ENT_PER;
	/*
	 * "Lord Provost of Glasgow", "Emperor of Brazil" read as one body or
	 * person: the office is no name, its seat a place; read as a place, it
	 * is one ("King of Prussia", a town in Pennsylvania).  So is the seat
	 * the tagger took alone ("Mayor of Liverpool" with "Liverpool" a body).
	 */
	if (m->kind != CP_ENT_LOC &&
		((seat = seat_of_office(text, doc->toks, first, j)) > 0 ||
		 (first >= 2 && (seat = seat_of_office(text, doc->toks, first - 2, j)) == first)))
	{
		first = seat;
		m->kind = CP_ENT_LOC;
		m->seat = true;
	}
	/*
	 * "The Japanese Food Agency said" tagged with its article: a body's
	 * name is written without it, unlike a newspaper's ("The Times") or a
	 * company's with its legal form ("The Walt Disney Co"); so is a body's
	 * with a head and "of", anywhere ("a coach at The University of
	 * Cincinnati", "The Bank of Japan said")
	 */
	if (m->kind == CP_ENT_ORG && first < j &&
		(doc->toks[first].tok.flags & CP_TF_CAPITALIZED) &&
		!(doc->toks[first].tok.flags & CP_TF_ALL_UPPER) && cp_token_is(text, &doc->toks[first].tok, "the") &&
		(((first == 0 || doc->toks[first - 1].tok.kind == CP_TOK_DASH) &&
		  word_in_table(text + doc->toks[j].tok.start, doc->toks[j].tok.len, &org_name_end_table)) ||
		 (of_head_kind_of(text, doc->toks, first + 1, j) == CP_ENT_ORG &&
		  !ends_with_legal_form(text, &doc->toks[j].tok))))
		first++;
	/*
	 * "King Edward VII", "Lord Cremorne" read as a body or a place (not
	 * a place the gazetteers name with its rank: "Prince Rupert"), "Mstislav" of
	 * "Prince Mstislav" as a body or "Dartrey" of "Countess Dartrey" as a
	 * place: a person, named after the rank
	 */
	if (!m->seat)
	{
		bool		inside = first < j && may_be_rank(text, &doc->toks[first].tok) &&
			names_after_rank(text, doc->toks, first, j),
					after = !inside && first > 0 && may_be_rank(text, &doc->toks[first - 1].tok) &&
			names_after_rank(text, doc->toks, first - 1, j);

		if ((inside && (m->kind == CP_ENT_ORG ||
						(m->kind == CP_ENT_LOC && !(doc->toks[first].gaz & CP_GAZ_PLACES)))) ||
			(after && !(doc->toks[first - 1].gaz & CP_GAZ_PLACES)))
			m->kind = CP_ENT_PER;
		m->ranked = m->kind == CP_ENT_PER && (inside || after);
		/* "Viscount Cremorne": the rank is not the name */
		if (m->ranked && inside)
			first++;
	}
	/* "Secretary of State John Kerry": the title is not the name. */
	if (m->kind == CP_ENT_PER)
		while (first < j &&
			   (is_title(text + doc->toks[first].tok.start, doc->toks[first].tok.len, CP_TITLE_MENTION) ||
				is_person_title(text + doc->toks[first].tok.start, doc->toks[first].tok.len) ||
				is_courtesy_title(text, &doc->toks[first].tok)))
			first++;
	m->start = doc->toks[first].tok.start;
	m->len = doc->toks[j].tok.start + doc->toks[j].tok.len - m->start;
	/*
	 * The full stop that ends the sentence closes the abbreviation that
	 * ends the name too ("... and Lear Corp.", "moved to the U.S."): the
	 * mention leaves it to the sentence, as CoNLL-2003 marks it; the name
	 * keeps it
	 */
	m->shares_stop = m->len > 1 && text[m->start + m->len - 1] == '.' && ends_sentence(doc, j);
	/*
	 * "Tehama County" read as a body is the county, unless a match or a
	 * table names the club: "lost to Notts County", "Notts County v York",
	 * "Stockport 0 Notts County 0", "Notts County 2 1 1 0"; and a body's
	 * name may end with its county ("Bank of Iron County")
	 */
	if (m->kind == CP_ENT_ORG && first < j && ends_as_division(text, &doc->toks[j].tok) &&
		!names_with_of(text, doc->toks, first, j) && !match_context(text, doc->len, m) &&
		!in_result_line(doc, first, j))
		m->kind = CP_ENT_LOC;
	if (l)
		mark_dateline(doc, l, m, first, j);
	/* "In Baltimore, Cal Ripken had ..." in a report on the Baltimore club */
	if (opens_clause_as_place(doc, m, first, j))
	{
		m->kind = CP_ENT_LOC;
		m->dateline = true;
	}
	index_mention(arena, ix, doc, first, j, ms->items, (int32_t) (ms->count - 1));
}

/*
 * Have tokens [i, j] a letter, of any script?  Latin-1's signs are letters
 * to the tokenizer, which keeps them in their words ("2¾", "30°04").
 */
static bool
has_letter(const cp_ner_doc *doc, uint32_t i, uint32_t j)
{
	size_t		p = doc->toks[i].tok.start,
				end = doc->toks[j].tok.start + doc->toks[j].tok.len;

	while (p < end)
	{
		uint32_t	cp;
		int			w = cp_utf8_decode(doc->text + p, end - p, &cp);

		if ((cp < 0x80 || cp >= 0xC0) && cp_uc_is(cp, CP_UC_ALPHA))
			return true;
		p += w > 0 ? (size_t) w : 1;
	}
	return false;
}

/*
 * The token after i that ends an adjective of where an organization is
 * based or who holds it, made of a name of capitalized words ("San
 * Diego-based", "South Korea-based"), when it ends the mention or a
 * capitalized word follows it; or 0.
 */
static uint32_t
adjective_of_place(const cp_ner_doc *doc, uint32_t i, uint32_t j)
{
	for (uint32_t k = i + 1; k <= j; k++)
	{
		if (!(doc->toks[k - 1].tok.flags & CP_TF_CAPITALIZED))
			return 0;
		if ((doc->toks[k].tok.flags & CP_TF_CAPITALIZED) && describes_organization(doc->text, &doc->toks[k].tok))
			return k == j || (doc->toks[k + 1].tok.flags & CP_TF_CAPITALIZED) ? k : 0;
	}
	return 0;
}

/*
 * The mention of tokens [i, j] as tagged, unless its first word describes
 * the rest as an organization: "Ontario-based Magna", read as one person, is
 * the adjective "Ontario-based" (a MISC, as CoNLL-2003 has it; left out at a
 * sentence's start, where "Family-controlled" is written so too) and the
 * organization "Magna"; or unless it holds two names (lex: the dictionary
 * of lower-case words).
 */
static void
add_tagged(cp_arena *arena, const cp_ner_lex *lex, const cp_ner_doc *doc, const cp_line *l, int n,
		   uint32_t i, uint32_t j, cp_entity_kind kind, cp_vec *ms, name_index *ix)
{
	int			head,
				rest;
	uint32_t	k;

	/*
	 * "Oak Avenue and Route 9", "Huddersfield Giants and Keighley Cougars",
	 * "Halifax RLFC and Doncaster RLFC", tagged as one name, are two places,
	 * two clubs; "Castle and Cooke Inc" one company.  A second name that
	 * opens with the first one's head is a second body: "Bank of Japan and
	 * Bank of England" (not "Johnson and Johnson", one word before "and")
	 */
	for (k = i + 1; k + 1 <= j; k++)
		if (doc->toks[k].tok.len == 3 && memcmp(doc->text + doc->toks[k].tok.start, "and", 3) == 0 &&
			((k > i + 1 && k + 1 < j && doc->toks[k + 1].lower == doc->toks[i].lower) ||
			 (ends_as_street(doc->text, &doc->toks[k - 1].tok) && !ends_as_body(doc->text, &doc->toks[j].tok)) ||
			 (names_club(doc->text, &doc->toks[i], &doc->toks[k - 1]) &&
			  names_club(doc->text, &doc->toks[k + 1], &doc->toks[j])) ||
			 (k > i + 1 && k + 1 < j && ends_as_body(doc->text, &doc->toks[k - 1].tok) &&
			  ends_as_body(doc->text, &doc->toks[j].tok))) &&
			(doc->toks[k + 1].tok.flags & CP_TF_CAPITALIZED))
		{
			add_tagged(arena, lex, doc, l, n, i, k - 1, kind, ms, ix);
			add_tagged(arena, lex, doc, l, n, k + 1, j, kind, ms, ix);
			return;
		}
	/*
	 * "Talleres of Primera B Nacional" tagged as one name: a club and the
	 * competition it plays in; not a head that "of" completes ("Battle of
	 * the Bulge", "Museum of the Olympic Games"), nor one event's name as a
	 * whole ("Heart of Europe Festival")
	 */
	if (i + 2 < j && cp_token_is(doc->text, &doc->toks[i + 1].tok, "of") &&
		(doc->toks[i + 2].tok.flags & CP_TF_CAPITALIZED) &&
		names_event(doc->text, &doc->toks[i + 2], &doc->toks[j]) &&
		!names_event(doc->text, &doc->toks[i], &doc->toks[j]) &&
		!is_event_head(doc->text, &doc->toks[i].tok) && of_head_kind(doc->text, &doc->toks[i].tok, true) < 0 &&
		!ends_as_body(doc->text, &doc->toks[i].tok) && !ends_as_event(doc->text, &doc->toks[i].tok) &&
		!is_title(doc->text + doc->toks[i].tok.start, doc->toks[i].tok.len, CP_TITLE_MENTION))
	{
		add_tagged(arena, lex, doc, l, n, i, i, kind, ms, ix);
		add_tagged(arena, lex, doc, l, n, i + 2, j, kind, ms, ix);
		return;
	}
	/*
	 * "Council of Europe (CoE" tagged as one name: the name, and what the
	 * bracket gives, without its lower-case words ("MPC (the Bank of England")
	 */
	if ((k = unclosed_bracket(doc, i, j)) > 0)
	{
		add_tagged(arena, lex, doc, l, n, i, k - 1, kind, ms, ix);
		while (k < j && is_lower_word(doc->text, &doc->toks[k + 1].tok))
			k++;
		if (k < j)
			add_tagged(arena, lex, doc, l, n, k + 1, j, kind, ms, ix);
		return;
	}
	/* "the Reagan Administration": the person alone is a name */
	if (j == i + 1 && kind != CP_ENT_PER && administration_of_person(doc->text, doc->toks, i))
	{
		add_mention(arena, doc, l, n, i, i, CP_ENT_PER, ms, ix);
		return;
	}
	k = classifier_inside(doc->text, doc->toks, i, j, &head, &rest);
	/* "US magazine Entertainment Weekly": two names and the noun that says what the second is */
	if (k > 0)
	{
		add_tagged(arena, lex, doc, l, n, i, k - 1, head < 0 ? kind : (cp_entity_kind) head, ms, ix);
		add_tagged(arena, lex, doc, l, n, k + 1, j, (cp_entity_kind) rest, ms, ix);
	}
	/* "Atalanta reunites Lentini": two names and the verb the tagger ran them over */
	else if ((k = word_between_names(doc->text, doc->toks, i, j, lex)) > 0)
	{
		add_tagged(arena, lex, doc, l, n, i, k - 1, kind, ms, ix);
		add_tagged(arena, lex, doc, l, n, k + 1, j, kind, ms, ix);
	}
	else if (i < j && (doc->toks[i + 1].tok.flags & CP_TF_CAPITALIZED) &&
		describes_organization(doc->text, &doc->toks[i].tok))
	{
		if (i > 0)
			add_mention(arena, doc, l, n, i, i, CP_ENT_MISC, ms, ix);
		add_mention(arena, doc, l, n, i + 1, j, CP_ENT_ORG, ms, ix);
	}
	/* "Soviet-made Frog": the maker's adjective, and the thing of the kind read */
	else if (i < j && (doc->toks[i + 1].tok.flags & CP_TF_CAPITALIZED) &&
			 (doc->toks[i].tok.flags & CP_TF_HYPHENATED) && describes_maker(doc->text, &doc->toks[i].tok))
	{
		add_mention(arena, doc, l, n, i, i, CP_ENT_MISC, ms, ix);
		add_mention(arena, doc, l, n, i + 1, j, kind, ms, ix);
	}
	/* a place of two words or more in the adjective: "Los Angeles-based Miss Universe Inc." */
	else if ((k = adjective_of_place(doc, i, j)) > 0)
	{
		add_mention(arena, doc, l, n, i, k, CP_ENT_MISC, ms, ix);
		if (k < j)
			add_mention(arena, doc, l, n, k + 1, j, CP_ENT_ORG, ms, ix);
	}
	/*
	 * "Bachelor of Arts" names nothing, "Bachelor of Arts from Mills College"
	 * a college; nor do "Minister of Finance", a post, and words without a
	 * letter ("30°04", "2¾")
	 */
	else if (!names_degree(doc->text, doc->toks, i, j) &&
			 !(j >= i + 2 && names_office(doc->text, doc->toks, i, j)) &&
			 !names_office_field(doc->text, doc->toks, i, j) && has_letter(doc, i, j))
		add_mention(arena, doc, l, n, i, j, kind, ms, ix);
}

/* The resolved mentions with a key, in text order, into out. */
static void
emit_mentions(cp_arena *arena, const char *text, const cp_vec *ms, cp_vec *out)
{
	keyed_name	keyed[KEYED_NAMES];

	memset(keyed, 0, sizeof(keyed));
	for (size_t i = 0; i < ms->count; i++)
	{
		const raw_mention *m = &CP_VEC_AT(ms, raw_mention, i);
		const raw_mention *c = m->canon >= 0 ? &CP_VEC_AT(ms, raw_mention, m->canon) : m;
		cp_mention	o;

		o.start = m->start;
		o.len = m->len - m->shares_stop;
		o.kind = m->kind;
		o.sentence = m->sentence;
		if (m->builtin >= 0 && m->canon < 0)
		{
			o.name = builtin_acronym_name(m->builtin);
			o.name_len = strlen(o.name);
		}
		else
		{
			o.name = text + c->start;
			o.name_len = c->len;
		}
		/* a tagged "|" names nothing: corpus.entity rejects names without a key */
		o.key = key_of(arena, keyed, o.name, o.name_len, &o.key_len);
		if (o.key)
			*(cp_mention *) cp_vec_push(arena, out) = o;
	}
}

cp_status
cp_extract_entities(cp_doc *d, cp_vec *out)
{
	const cp_ner_model *model = d->model;
	cp_arena   *arena = d->arena;
	cp_ner_stream st;
	const cp_ner_doc *doc = &st.doc;
	cp_status	status;
	cp_vec		ms;
	name_index	ix;
	initialism_defs defs = {.n = 0};
	partner_names partners = {.n = 0};
	size_t		line = 0;

	if (model == NULL)
		return CP_ERR_DATA;
	status = cp_ner_stream_init(&st, d, model);
	if (status != CP_OK)
		return status;
	name_index_init(arena, &ix);
	cp_vec_init(&ms, sizeof(raw_mention));
	while (cp_ner_stream_next(&st))
	{
		const cp_ner_sent *se = &st.sent;
		const uint8_t *tags = st.tags;
		const cp_line *first_line;
		bool		firms;

		if ((se->n & 31) == 31)
			cp_check_interrupts();
		cp_ner_score_sentence(model, doc, se, st.rows, st.acc, st.emit);
		cp_ner_viterbi(model, st.emit, se->ntoks, st.tags, st.back);
		first_line = line_at(doc, &line, doc->toks[0].tok.start);
		tag_dateline_place(doc, first_line, st.tags, se->ntoks);
		tag_digest_papers(doc, first_line, st.tags, se->ntoks);
		tag_quoted_titles(doc, st.tags, se->ntoks);
		tag_bracketed_acts(doc, st.tags, se->ntoks);
		tag_web_addresses(doc, st.tags, se->ntoks);
		tag_year_awards(doc, st.tags, se->ntoks);
		tag_denominations(doc, st.tags, se->ntoks);
		tag_country_bodies(doc, st.tags, se->ntoks);
		tag_surname_firms(doc, st.tags, se->ntoks);
		tag_comma_firms(doc, st.tags, se->ntoks);
		tag_peoples_and_indexes(doc, &model->lex, st.tags, se->ntoks);
		tag_opening_place(doc, &model->lex, st.tags, se->ntoks);
		tag_saint_buildings(doc, st.tags, se->ntoks);
		tag_numbered_units(doc, st.tags, se->ntoks);
		tag_title_subject(doc, st.tags, se->ntoks);
		untag_angle_brackets(doc, st.tags, se->ntoks);
		tag_unseen_names(doc, st.tags, se->ntoks, &defs, &partners);
		/* whether the article has named a company with its legal form yet, in a register */
		firms = ix.legal.count > 0;
		for (uint32_t i = 0; i < se->ntoks; i++)
		{
			cp_entity_kind kind;
			const cp_line *l;
			uint32_t	j,
						e,
						start;

			/* "pro-European", left out (the flag first: few words have a hyphen) */
			if (tags[i] == CP_NER_TAG_O && (doc->toks[i].tok.flags & CP_TF_HYPHENATED) &&
				names_after_prefix(doc->text, &doc->toks[i].tok, i == 0))
				st.tags[i] = CP_NER_B(CP_ENT_MISC);
			if (!CP_NER_IS_B(tags[i]))
			{
				/* "Dome" after "Dome Petroleum Ltd", "Bunch" after "John Bunch", left untagged */
				if (tags[i] == CP_NER_TAG_O &&
					(doc->toks[i].tok.flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) == CP_TF_CAPITALIZED)
				{
					if (firms && i + 1 < se->ntoks && (doc->toks[i + 1].tok.flags & CP_TF_CAPITALIZED) &&
						short_form_run(&ix, doc, st.tags, se->ntoks, i))
					{
						/* "Waste Management" after "Waste Management Inc": now tagged, read below */
					}
					else if (firms && untagged_short_form(&ix, doc, se->ntoks, i))
						add_mention(arena, doc, line_at(doc, &line, doc->toks[i].tok.start), se->n, i, i,
									CP_ENT_ORG, &ms, &ix);
					else if (ix.family.count > 0 && untagged_family_name(&ix, doc, se->ntoks, i))
						add_mention(arena, doc, line_at(doc, &line, doc->toks[i].tok.start), se->n, i, i,
									CP_ENT_PER, &ms, &ix);
				}
				if (!CP_NER_IS_B(tags[i]))
					continue;
			}
			/*
			 * "American Adventure" after "American Adventure Inc", cut to
			 * "American" by the tagger: only where a capital follows the name
			 */
			else if (firms && (doc->toks[i].tok.flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) == CP_TF_CAPITALIZED)
			{
				for (e = i + 1; e < se->ntoks && CP_NER_IS_I(tags[e]); e++)
					;
				if (e < se->ntoks && (doc->toks[e].tok.flags & CP_TF_CAPITALIZED))
					short_form_run(&ix, doc, st.tags, se->ntoks, i);
			}
			kind = CP_NER_KIND(tags[i]);
			/* 'Wei Seng "Paul" Phua' read as up to three names: one person */
			if ((j = nicknamed_name_end(doc, tags, se->ntoks, i)) > 0)
				kind = CP_ENT_PER;
			else
				j = mention_end(doc, tags, se->ntoks, i);
			l = line_at(doc, &line, doc->toks[i].tok.start);
			/* a closing quotation mark the tagger took into the name after it: ,” Shukri said */
			while (i < j && doc->toks[i].tok.kind == CP_TOK_QUOTE)
				i++;
			start = mention_start(doc, tags, i, j);
			/* "Air France": the body's noun the tagger left out before a country */
			if (kind == CP_ENT_LOC && start == i && noun_before_country(doc, tags, i, j, se->ntoks))
			{
				start = i - 1;
				kind = CP_ENT_ORG;
			}
			/* "Mladost (L) 0 Zemun 0": the club's town initial after its name (a bracket first, cheaply) */
			else if (j + 4 < se->ntoks && doc->text[doc->toks[j + 1].tok.start] == '(' &&
					 (e = club_initial_end(doc, tags, se->ntoks, i, j)) > 0)
			{
				j = e;
				kind = CP_ENT_ORG;
			}
			/* "Academy Award for Best Picture", read as two names */
			else if (j + 2 < se->ntoks && doc->toks[j + 1].tok.len == 3 &&
					 (e = award_category_end(doc->text, doc->toks, j, se->ntoks)) > 0)
			{
				j = e;
				kind = CP_ENT_MISC;
			}
			/* "Korea said": a country's name without its compass point */
			else if (i == j && start == i && (kind == CP_ENT_PER || kind == CP_ENT_ORG) &&
					 (e = compass_country_start(doc, &model->lex, tags, i)) != UINT32_MAX)
			{
				start = e;
				kind = CP_ENT_LOC;
			}
			/* "Universidad de Buenos Aires" read as a place, "Colegio Arubano" as a person */
			else if (kind != CP_ENT_ORG && j > i && opens_foreign_school(doc->text, &doc->toks[i].tok))
				kind = CP_ENT_ORG;
			if (!(l && i == j && (labels_results_row(doc, l, i, kind, se->ntoks) ||
								  common_word_after_dateline(doc, l, i, kind))) &&
				!(i == j && names_nothing(doc, i, se->ntoks, kind)) &&
				!(j == i + 1 && names_trade_street(doc, i)) && !crosses_columns(doc, i, j))
			{
				add_tagged(arena, &model->lex, doc, l, se->n, start, j, kind, &ms, &ix);
				firms = ix.legal.count > 0;
			}
			i = j;
		}
	}
	extend_numbered_mentions(arena, d->text, d->len, ms.items, ms.count);
	listed_kinds(d->text, ms.items, ms.count);
	table_row_kinds(d->text, d->len, ms.items, ms.count);
	club_column_kinds(d->text, d->len, ms.items, ms.count);
	ship_short_names(arena, d->text, ms.items, ms.count);
	places_before_noun(d->text, d->len, ms.items, ms.count);
	listed_after_such_as(d->text, ms.items, ms.count);
	plurals_of_other_names(arena, d->text, ms.items, ms.count);
	consistent_kinds(arena, d->text, d->len, ms.items, ms.count);
	resolve_names(d->text, &ix, ms.items, ms.count);
	headline_kinds(d->text, d->len, doc->lines, doc->nlines, ms.items, ms.count);
	names_in_capitals(arena, d->text, ms.items, ms.count);
	emit_mentions(arena, d->text, &ms, out);
	return CP_OK;
}

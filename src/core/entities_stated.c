/*
 * entities_stated.c: the kind an article states for a name with a common
 * noun next to it: before it ("the band Vexley", "the river Thames", "the
 * album Abbey Road") or in apposition after it ("Vantrell, a Texas
 * company,").  The tagger learned 1996 Reuters text, which has few bands,
 * works or small companies, and reads them as people or places; the noun
 * says what they are.  And the names that say it themselves: events,
 * numbered names, the last word of a body's or an event's name; and words
 * that name nothing.  (Titles of works in quotation marks: entities_unseen.c.)
 */
#include "entities_internal.h"
#include "entities_nouns.h"

#include "calendar.h"
#include "utf8.h"

#include <string.h>

bool
word_is(const char *text, uint32_t from, uint32_t to, const char *w)
{
	return cp_bytes_are(text + from, to - from, w);
}

bool
word_among(const char *text, uint32_t from, uint32_t to, const char *const *ws)
{
	for (; *ws; ws++)
		if (word_is(text, from, to, *ws))
			return true;
	return false;
}

/* The length of the dash at text[p] (an em dash, an en dash or "--"), or 0. */
static size_t
dash_at(const char *text, size_t doclen, size_t p)
{
	uint32_t	cp;
	int			w;

	if (p >= doclen)
		return 0;
	w = cp_utf8_decode(text + p, doclen - p, &cp);
	if (cp == 0x2014 || cp == 0x2013)
		return (size_t) w;
	return p + 2 <= doclen && text[p] == '-' && text[p + 1] == '-' ? 2 : 0;
}

static size_t after_brackets(const char *text, size_t doclen, size_t after);

/*
 * The noun heading an apposition that starts at text[p]: an article, at
 * most four words, the noun, then a comma, a full stop or a clause that
 * goes on describing it ("a Texas company, ...", "a town in Norfolk", "a
 * unit of Acme Corp", "a rock band formed in 2002", "an album by ...", "a
 * fort near Mayen", "the capital of Chad", "a film directed by ...").  A
 * word with an apostrophe, "of" or another preposition before the noun makes
 * the noun no head ("the band's drummer", "a member of the band", "Europe is
 * a logical step for the company").
 */
static const stated_noun *
apposition_head(const char *text, size_t doclen, size_t p)
{
	static const char *const prepositions[] = {
		"of", "for", "to", "with", "at", "on", "in", "near", "by", "from", NULL};
	/* what goes on describing the noun; "a 2018 Indian comedy film directed by ..." */
	static const char *const noun_goes_on[] = {
		"that", "which", "based", "in", "formed", "founded", "from", "by", "located", "headquartered",
		"near", "on", "situated", "built", "directed", "produced", "written", "released", "recorded",
		"starring", "composed", "published", "developed", "created", NULL};
	size_t		e;
	bool		definite;

	if (!lower_word_at(text, doclen, p, &e) ||
		!(word_is(text, p, e, "a") || word_is(text, p, e, "an") || word_is(text, p, e, "the")))
		return NULL;
	definite = word_is(text, p, e, "the");
	for (int words = 0; words < 5 && e < doclen && text[e] == ' '; words++)
	{
		const stated_noun *n;
		size_t		f = e + 1;

		p = f;
		while (f < doclen && ((text[f] >= 'a' && text[f] <= 'z') || (text[f] >= 'A' && text[f] <= 'Z') ||
							  (text[f] >= '0' && text[f] <= '9') || text[f] == '-'))
			f++;
		if (f == p || word_among(text, p, f, prepositions))
			return NULL;
		n = noun_at(text, p, f, NOUN_APPOSED);
		/* "a Bantu ethnic group": a people, not a body */
		if (n && n->kind == CP_ENT_ORG && words > 0 && p >= 7 && memcmp(text + p - 7, "ethnic ", 7) == 0 &&
			(p == 7 || text[p - 8] == ' '))
			n = noun_at("people", 0, 6, NOUN_APPOSED);
		/* a people is "a people", not "the Valencia people" (a club's) */
		if (n && (n->where & NOUN_TAKES_OF) && definite)
			return NULL;
		/* "a settlement ("naselje") in": a gloss in brackets after the noun */
		if (n)
			f = after_brackets(text, doclen, f);
		if (n && (f == doclen || text[f] == ',' || text[f] == '.' || text[f] == ';' || text[f] == ')' ||
				  (text[f] == ' ' && dash_at(text, doclen, f + 1) > 0)))
			return n;
		if (n && text[f] == ' ' && lower_word_at(text, doclen, f + 1, &e) &&
			(word_among(text, f + 1, e, noun_goes_on) ||
			 (word_is(text, f + 1, e, "of") && (n->kind != CP_ENT_MISC || (n->where & NOUN_TAKES_OF)) &&
			  !(n->where & NOUN_NOT_OF))))
			return n;
		e = f;
	}
	return NULL;
}

/*
 * Where the text goes on after a name at text[after] and the brackets after
 * it, which an encyclopedia puts between a name and what it is ("Serwekai
 * () is a town", "Vexley (band) are"): at the closing bracket, or at after
 * when none closes on the same line within 120 bytes.
 */
static size_t
after_brackets(const char *text, size_t doclen, size_t after)
{
	if (after + 1 >= doclen || text[after] != ' ' || text[after + 1] != '(')
		return after;
	for (size_t p = after + 2; p < doclen && p < after + 120 && text[p] != '\n' && text[p] != '('; p++)
		if (text[p] == ')')
			return p + 1;
	return after;
}

/* Does the noun at text[from] name an award's category ("best actress", "supporting actor")? */
static bool
award_category(const char *text, uint32_t from)
{
	uint32_t	end = from,
				w;

	return word_before(text, &end, &w) && end + 1 == from &&
		(word_is(text, w, end, "best") || word_is(text, w, end, "supporting") ||
		 word_is(text, w, end, "leading"));
}

/* Does a preposition stand right before the name at text[start] ("with Marshawn Lynch")? */
static bool
after_preposition(const char *text, uint32_t start)
{
	static const char *const prepositions[] = {
		"with", "for", "from", "by", "in", "on", "at", "to", "into", "about", "against", "without", NULL
	};
	uint32_t	end = start,
				from;

	return word_before(text, &end, &from) && end + 1 == start && word_among(text, from, end, prepositions);
}

/*
 * Where the opening quotation mark before m starts, when m is all that the
 * marks hold (a full stop or comma before the closing one aside); else 0.
 */
static uint32_t
quoted_whole(const char *text, size_t doclen, const raw_mention *m)
{
	size_t		p = (size_t) m->start + m->len;
	uint32_t	q;

	if (m->start >= 1 && text[m->start - 1] == '"')
		q = m->start - 1;
	else if (m->start >= 3 && memcmp(text + m->start - 3, "\xe2\x80\x9c", 3) == 0)
		q = m->start - 3;
	else
		return 0;
	if (p < doclen && (text[p] == ',' || text[p] == '.'))
		p++;
	return q > 0 && ((p < doclen && text[p] == '"') ||
					 (p + 3 <= doclen && memcmp(text + p, "\xe2\x80\x9d", 3) == 0)) ? q : 0;
}

/* Does text[after] open a bracket of a birth or a death (" (born 1950)", " (; died 572)")? */
static bool
born_or_died(const char *text, size_t doclen, size_t after)
{
	static const char *const opens[] = {" (born ", " (died ", " (b. ", " (d. ", " (; born ", " (; died ", NULL};

	/* every one opens with " (": asked after most names, which no bracket follows */
	if (after + 2 > doclen || text[after] != ' ' || text[after + 1] != '(')
		return false;
	for (int k = 0; opens[k]; k++)
	{
		size_t		n = strlen(opens[k]);

		if (after + n <= doclen && memcmp(text + after, opens[k], n) == 0)
			return true;
	}
	return false;
}

/*
 * Is the word text[from, end) an "of" that may join a capitalized word
 * before it to the name ("National Investment Co of Belgium")?  After a
 * lower-case word it starts no name ("the case of Sibneft, a Russian oil
 * company"), so an apposition after the name is the name's.
 */
static bool
of_inside_name(const char *text, uint32_t from, uint32_t end)
{
	uint32_t	e = from,
				f;

	return word_is(text, from, end, "of") &&
		!(word_before(text, &e, &f) && e + 1 == from && text[f] >= 'a' && text[f] <= 'z');
}

/*
 * The kind of m, read as a person, by the words around it, or -1: a body's
 * or a place's with such a noun in lower case right after it ("Vogue
 * magazine", "Ben Gurion airport", "Kildallan parish": NOUN_AFTER in
 * entities_nouns.c), a body's with "founded" right before it ("who founded
 * Sakigake in 1993": no person is founded).
 */
static int
person_read_kind(const char *text, size_t doclen, const raw_mention *m)
{
	size_t		after = (size_t) m->start + m->len,
				e;
	uint32_t	end = m->start,
				from;
	const stated_noun *n;

	if (after + 1 < doclen && text[after] == ' ' && lower_word_at(text, doclen, after + 1, &e) &&
		(n = noun_at(text, after + 1, e, NOUN_AFTER)) != NULL)
		return n->kind;
	return word_before(text, &end, &from) && end + 1 == m->start && word_is(text, from, end, "founded") ?
		CP_ENT_ORG : -1;
}

/* The words a storm's name follows ("Hurricane Edouard", "Typhoon Sally"). */
static const word_item storm_words[] = {
	{"hurricane"}, {"typhoon"}, {"cyclone"}
};
static int16_t storm_word_slots[8];
static cp_wordtab storm_word_table = CP_WORDTAB(storm_words, storm_word_slots);

/*
 * Is m a storm's name, one word right after "Hurricane", "Typhoon" or
 * "Cyclone" ("Hurricane Dolly", read as a person)?  CoNLL-2003 marks the
 * name alone as an other name; the whole article then means the storm by
 * it ("Edouard is getting stronger").  One word: not a body's name after
 * the word ("the National Hurricane Center").
 */
static bool
names_storm(const char *text, const raw_mention *m)
{
	uint32_t	end = m->start,
				from;

	for (uint32_t k = 0; k < m->len; k++)
		if (text[m->start + k] == ' ')
			return false;
	return word_before(text, &end, &from) && end + 1 == m->start &&
		word_in_table(text + from, end - from, &storm_word_table);
}

/*
 * Nouns of those a firm employs, before "at" and the firm's name ("chief
 * security architect at Cisco", "analyst at brokers Jefferies"): a post is
 * held at a body.  Not "student" or "professor", which a school's town
 * follows as often, nor "manager" ("the manager at Anfield"); only a name
 * no gazetteer of places holds (staff_at_body).
 */
static const word_item staff_at_nouns[] = {
	{"analyst"}, {"analysts"}, {"economist"}, {"economists"}, {"strategist"}, {"strategists"},
	{"expert"}, {"experts"}, {"architect"}, {"researcher"}, {"researchers"}, {"engineer"},
	{"engineers"}, {"consultant"}, {"consultants"}, {"specialist"}, {"specialists"}
};
static int16_t staff_at_noun_slots[64];
static cp_wordtab staff_at_noun_table = CP_WORDTAB(staff_at_nouns, staff_at_noun_slots);

/*
 * Is m right after "at" with a staff noun before it ("security expert at
 * Energis", read as a place)?  The cheap test first: "at" one space before.
 */
static bool
staff_at_body(const char *text, const raw_mention *m)
{
	uint32_t	end = m->start,
				from;

	if (m->start < 4 || text[m->start - 1] != ' ' || text[m->start - 2] != 't' || text[m->start - 3] != 'a' ||
		text[m->start - 4] != ' ')
		return false;
	end = m->start - 4;
	return word_before(text, &end, &from) && end == m->start - 4 &&
		word_in_table(text + from, end - from, &staff_at_noun_table);
}

/*
 * Is the word before text[at] what a person produces ("record", "film",
 * "television"), so that "producer" there is a person's trade?
 */
static bool
producer_of_works(const char *text, uint32_t at)
{
	static const char *const works[] = {"record", "music", "film", "movie", "television", "theatre",
	"theater", "executive", "hip-hop", NULL};
	uint32_t	end = at,
				from;

	return word_before(text, &end, &from) && end + 1 == at && word_among(text, from, end, works);
}

/* The kind a noun next to m states (stated_kind), a person's too. */
static int
noun_stated_kind(const char *text, size_t doclen, const raw_mention *m)
{
	uint32_t	end = m->start,
				from,
				q;
	size_t		after = (size_t) m->start + m->len,
				e,
				d;
	const stated_noun *n = NULL;
	int			k;

	/* "the national airline Zambia Airways", the tagger's name cut short */
	if (after + 1 < doclen && text[after] == ' ' && text[after + 1] >= 'A' && text[after + 1] <= 'Z')
		return -1;
	if (m->kind == CP_ENT_PER && (k = person_read_kind(text, doclen, m)) >= 0)
		return k;
	if (m->kind != CP_ENT_ORG && m->kind != CP_ENT_MISC && !m->place && staff_at_body(text, m))
		return CP_ENT_ORG;
	if (names_storm(text, m))
		return CP_ENT_MISC;
	/*
	 * "Giusto Priola (born 26 May 1990) is ...": only a person is born or
	 * dies; not the honour in capitals after the name ("..., CBE (born")
	 */
	if (born_or_died(text, doclen, after) && cp_has_ascii_lower(text + m->start, m->len))
		return CP_ENT_PER;
	/*
	 * "A Sarajevo daily newspaper, Dnevi Avaz, which ...": the noun, then
	 * the name between commas; not a noun after "of", which the name is not
	 * ("the director of the film, Vinod Pande,")
	 */
	if (m->start >= 2 && text[m->start - 2] == ',' && text[m->start - 1] == ' ' && after < doclen &&
		text[after] == ',')
	{
		end = m->start - 2;
		if (word_before(text, &end, &from) && end == m->start - 2 &&
			(n = noun_at(text, from, end, NOUN_BEFORE)) != NULL && (n->where & NOUN_APPOSED))
		{
			/* back to the clause's start */
			for (uint32_t p = from; p > 0 && from - p < 80 && !strchr(".,;:!?\n", text[p - 1]); p--)
				if (p >= 4 && memcmp(text + p - 4, " of ", 4) == 0)
					return -1;
			return n->kind;
		}
		end = m->start;
		n = NULL;
	}
	/* "the album "Lemonade"", "her debut single "Everyday"": the whole title in quotation marks */
	if ((q = quoted_whole(text, doclen, m)) > 0)
	{
		end = q;
		if (word_before(text, &end, &from) && end + 1 == q)
			n = noun_at(text, from, end, NOUN_BEFORE | NOUN_APPOSED);
		if (n && n->kind == CP_ENT_PER)
			n = NULL;
		end = m->start;
	}
	else if (word_before(text, &end, &from) && end + 1 == m->start)
	{
		uint32_t	verb = from,
					to;

		n = noun_at(text, from, end, NOUN_BEFORE);
		/*
		 * "record producer Kygo", "film producer Ram Gopal": a producer of
		 * works is a person, unlike an "oil producer" (not in the table)
		 */
		if (!n && word_is(text, from, end, "producer") && producer_of_works(text, from))
			return CP_ENT_PER;
		/* "to ship U.S. hides": after "to" the noun is a verb's infinitive */
		if (n && word_before(text, &verb, &to) && verb + 1 == from && word_is(text, to, verb, "to"))
			n = NULL;
		/*
		 * "the rock band The Hollies", "the album The Wall": the name's own
		 * article between the noun and the name the tagger found
		 */
		if (!n && word_is(text, from, end, "The") && from >= 2 && text[from - 1] == ' ' &&
			text[from - 2] >= 'a' && text[from - 2] <= 'z')
		{
			uint32_t	article = from;

			end = from;
			if (word_before(text, &end, &from) && end + 1 == article)
				n = noun_at(text, from, end, NOUN_BEFORE);
		}
		/* "the best actress Oscar": an award's category, not its winner */
		if (n && n->kind == CP_ENT_PER && award_category(text, from))
			return -1;
		/* "a city of Italian immigrants": a people's adjective */
		if (!n && word_is(text, from, end, "of") && m->kind != CP_ENT_MISC)
		{
			end = from;
			if (word_before(text, &end, &from))
				n = noun_at(text, from, end, NOUN_OF);
		}
	}
	/*
	 * Not when a word that may begin the name stands before it: the
	 * apposition is the whole name's ("Hutch India, the largest mobile
	 * firm", "National Investment Co of Belgium, a ... company"); nor
	 * for a place the gazetteers hold, which ends a company's address
	 * as often ("of Woodstock, Ontario, a group of ... retailers").  "The"
	 * is the article an encyclopedia opens with ("The Changan Eado is a
	 * compact car"), or the name's own, whose kind is the same.
	 */
	end = m->start;
	if (n || (word_before(text, &end, &from) && end + 1 == m->start && !word_is(text, from, end, "The") &&
			  ((text[from] >= 'A' && text[from] <= 'Z') || of_inside_name(text, from, end))))
		return n ? n->kind : -1;
	if (!m->place && after + 2 < doclen && text[after] == ',' && text[after + 1] == ' ')
		n = apposition_head(text, doclen, after + 2);
	/* "the head of the Mossad — the Israeli intelligence service —" */
	else if (!m->place && after + 1 < doclen && text[after] == ' ' && (d = dash_at(text, doclen, after + 1)) > 0 &&
			 after + 1 + d < doclen && text[after + 1 + d] == ' ')
		n = apposition_head(text, doclen, after + 2 + d);
	/*
	 * "Vexley are a Scottish rock band", as an encyclopedia's article
	 * opens: the name is the verb's subject, so no preposition's object
	 * (the end of a title the tagger cut: "No Script with Marshawn Lynch
	 * is an American series")
	 */
	else if (!after_preposition(text, m->start) &&
			 (after = after_brackets(text, doclen, after)) + 1 < doclen && text[after] == ' ' &&
			 lower_word_at(text, doclen, after + 1, &e) &&
			 e < doclen && text[e] == ' ' &&
			 (word_is(text, after + 1, e, "is") || word_is(text, after + 1, e, "was") ||
			  word_is(text, after + 1, e, "are") || word_is(text, after + 1, e, "were")))
	{
		size_t		v = e + 1;

		n = apposition_head(text, doclen, v);
		/* "Spotify was founded in 2006": no person is founded, a town may be */
		if (!n && m->kind != CP_ENT_LOC && lower_word_at(text, doclen, v, &e) &&
			(word_is(text, v, e, "founded") || word_is(text, v, e, "established") ||
			 word_is(text, v, e, "incorporated") || word_is(text, v, e, "headquartered")))
			return CP_ENT_ORG;
	}
	return n ? n->kind : -1;
}

/*
 * ... but no place a gazetteer holds is a person ("Saudi Arabia is the
 * leading exporter"), nor a name after a preposition of place or an
 * article, whose apposition is the subject's ("born in Blonduhlid, the son
 * of ...", "appointed to the Lagos State High Court, the first woman")
 */
int
stated_kind(const char *text, size_t doclen, const raw_mention *m)
{
	static const char *const place_words[] = {"in", "at", "to", "from", "near", "the", NULL};
	int			k = noun_stated_kind(text, doclen, m);
	uint32_t	end = m->start,
				from;

	if (k == CP_ENT_PER &&
		(m->place ||
		 (word_before(text, &end, &from) && end + 1 == m->start &&
		  word_among(text, from, end, place_words))))
		return -1;
	return k;
}

/*
 * Last words of the names of events, prizes and agreements, which
 * CoNLL-2003 marks as MISC ("Davis Cup", "Cuban Missile Crisis", "Nobel
 * Prize", "Glastonbury Festival"); the tagger reads those it never saw
 * as organizations and places.  Not "League" ("Arab League" is a body)
 * nor "Games" ("Atari Games").
 */
static const word_item event_ends[] = {
	{"cup"}, {"open"}, {"prix"}, {"championship"}, {"championships"}, {"classic"}, {"rally"},
	{"series"}, {"war"}, {"prize"}, {"award"}, {"awards"}, {"festival"}, {"olympics"},
	{"bowl"}, {"trophy"}, {"accord"}, {"accords"}, {"agreement"}, {"treaty"}, {"convention"},
	{"crisis"}, {"marathon"}, {"contest"}, {"tournament"}, {"draft"}, {"qualifier"}, {"final"},
	/* a street festival ("Notting Hill Carnival", "London Carnival"; stop 42) */
	{"carnival"},
	/* a fair ("Beijing Auto Show", "Paris Air Show"), or a broadcast's, a work as well */
	{"show"},
	/*
	 * a grant, a charter, a conquest ("Rhodes Scholarship", "Olympic Charter",
	 * "Norman Conquest"); not "Fellowship", a society's as often ("Christian
	 * Medical Fellowship")
	 */
	{"scholarship"}, {"charter"}, {"conquest"},
	/*
	 * a law or a change to a constitution ("Clean Air Act", "Fifteenth
	 * Amendment"), which the tagger read as persons and organizations
	 */
	{"act"}, {"amendment"}
};
static int16_t event_end_slots[64];
static cp_wordtab event_end_table = CP_WORDTAB(event_ends, event_end_slots);
/*
 * A government's scheme, named as an agreement is ("Export Enhancement
 * Program", "Conservation Reserve Program", "National Resettlement
 * Programme"), an other name; not the United Nations' bodies so named
 * ("United Nations Development Programme", "World Food Programme").
 */
static const word_item scheme_ends[] = {{"program"}, {"programme"}};
static int16_t scheme_end_slots[4];
static cp_wordtab scheme_end_table = CP_WORDTAB(scheme_ends, scheme_end_slots);
static const word_item un_body_starts[] = {{"united"}, {"un"}, {"u.n"}, {"world"}};
static int16_t un_body_start_slots[8];
static cp_wordtab un_body_start_table = CP_WORDTAB(un_body_starts, un_body_start_slots);

static bool
names_scheme(const char *text, const cp_ner_tok *first, const cp_ner_tok *last)
{
	return (last->tok.flags & CP_TF_CAPITALIZED) &&
		word_in_table(text + last->tok.start, last->tok.len, &scheme_end_table) &&
		!word_in_table(text + first->tok.start, first->tok.len, &un_body_start_table);
}
/*
 * First words of events and laws named by "of" and a place ("Battle of
 * Hastings", "Treaty of Rome", "Constitution of India").
 */
static const word_item event_heads[] = {{"battle"}, {"siege"}, {"treaty"}, {"constitution"}};
static int16_t event_head_slots[8];
static cp_wordtab event_head_table = CP_WORDTAB(event_heads, event_head_slots);

/*
 * Heads that "of" and a name complete into one name, which CoNLL-2003
 * marks whole and never apart ("Bank of Finland", "House of Commons",
 * "Republic of Ireland").  Not "Union" nor "Federation", which head
 * bodies' and countries' names alike ("Union of Soviet Socialist
 * Republics"); not "Museum", a building and so a place without "of".
 */
static const word_item body_heads[] = {
	{"bank"}, {"department"}, {"house"}, {"university"}, {"ministry"}, {"board"}, {"court"},
	{"council"}, {"party"}, {"association"}, {"agency"}, {"bureau"}, {"institute"}, {"school"},
	{"college"}, {"academy"}, {"church"}, {"parliament"}, {"assembly"}, {"chamber"},
	{"commission"}, {"committee"}, {"office"}, {"society"}, {"foundation"}, {"confederation"},
	{"organisation"}, {"organization"}, {"league"}, {"government"}, {"tribunal"}, {"senate"},
	{"register"}
};
static int16_t body_head_slots[64];
static cp_wordtab body_head_table = CP_WORDTAB(body_heads, body_head_slots);
static const word_item polity_heads[] = {
	{"republic"}, {"kingdom"}, {"duchy"}, {"principality"}, {"emirate"}, {"sultanate"},
	{"commonwealth"}, {"isle"}, {"province"}, {"tsardom"}, {"khanate"}, {"caliphate"}
};
static int16_t polity_head_slots[16];
static cp_wordtab polity_head_table = CP_WORDTAB(polity_heads, polity_head_slots);

/*
 * A body of water's head, which names a place with "of" where it opens the
 * name ("Strait of Hormuz", "Bay of Bengal" read as bodies, "Gulf of Suez"
 * as two places; bbc55), not where it ends one ("Kola Bay of the Barents Sea")
 */
static const word_item water_heads[] = {
	{"gulf"}, {"bay"}, {"strait"}, {"straits"}, {"sea"}
};
static int16_t water_head_slots[16];
static cp_wordtab water_head_table = CP_WORDTAB(water_heads, water_head_slots);

int
of_head_kind(const char *text, const cp_token *t, bool opens)
{
	if (!(t->flags & CP_TF_CAPITALIZED))
		return -1;
	if (word_in_table(text + t->start, t->len, &body_head_table))
		return CP_ENT_ORG;
	if (word_in_table(text + t->start, t->len, &polity_head_table) ||
		(opens && word_in_table(text + t->start, t->len, &water_head_table)))
		return CP_ENT_LOC;
	return -1;
}

bool
is_event_head(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &event_head_table);
}

bool
ends_as_event(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &event_end_table);
}

bool
names_event(const char *text, const cp_ner_tok *first, const cp_ner_tok *last)
{
	const cp_token *t;

	/* "World Chess Championship 2013", "Civil Rights Act of 1964": the year after the name */
	if (last - first >= 2 && is_year_token(text, &last->tok))
		last -= last - first >= 3 && cp_token_is(text, &last[-1].tok, "of") ? 2 : 1;
	t = &last->tok;
	if (first == last || !(first->tok.flags & CP_TF_CAPITALIZED))
		return false;
	if (ends_as_event(text, t) || names_scheme(text, first, last) || names_happening(text, first, last) ||
		names_competition(text, first, last))
		return true;
	t = &first[1].tok;
	return last - first >= 2 && word_is(text, t->start, t->start + t->len, "of") &&
		word_in_table(text + first->tok.start, first->tok.len, &event_head_table);
}

/*
 * Plural last words of places' and events' names, which a city's or
 * region's name comes before as a club's does ("Cayman Islands", "Golan
 * Heights", "Palm Springs", "Berlin Games", "Dubai Sevens").
 */
static const word_item place_plurals[] = {
	{"games"}, {"sevens"}, {"rivers"},
	{"islands"}, {"isles"}, {"heights"}, {"springs"}, {"falls"}, {"mountains"}, {"hills"},
	{"lakes"}, {"keys"}, {"plains"}, {"highlands"}, {"lowlands"}, {"territories"}, {"states"},
	{"emirates"}, {"provinces"}, {"woods"}, {"gardens"}, {"sands"}, {"downs"}, {"fields"},
	{"rapids"}, {"flats"}, {"narrows"}, {"dunes"}, {"alps"}, {"banks"}, {"cliffs"},
	{"meadows"}, {"valleys"}, {"waters"}, {"beaches"}, {"bluffs"}, {"docklands"}, {"talks"},
	{"glades"}, {"forests"}, {"mines"}, {"works"}, {"towers"}, {"halls"}
};
static int16_t place_plural_slots[128];
static cp_wordtab place_plural_table = CP_WORDTAB(place_plurals, place_plural_slots);

bool
names_club(const char *text, const cp_ner_tok *first, const cp_ner_tok *last)
{
	const cp_token *t = &last->tok;
	const char *w = text + t->start;

	if (first == last || t->len < 4 || w[t->len - 1] != 's' || w[t->len - 2] == '\'' ||
		w[t->len - 2] == 's' || !(t->flags & CP_TF_CAPITALIZED) || (t->flags & CP_TF_ALL_UPPER) ||
		(last->gaz & (CP_GAZ_PLACES | CP_GAZ_DEMONYM)) ||
		word_in_table(w, t->len, &place_plural_table))
		return false;
	for (const cp_ner_tok *k = first; k < last; k++)
		if (!(k->gaz & (CP_GAZ_CITY | CP_GAZ_REGION | CP_GAZ_CAPITAL)) || !(k->tok.flags & CP_TF_CAPITALIZED))
			return false;
	return true;
}

/*
 * US states whose name with "State" and no word after it is a state
 * university's short name, where a school or its side plays ("at Ohio
 * State from 1966", "committed to play at New Mexico State"); not New York
 * or Washington, whose "State" is the state itself.
 */
static const word_item school_states[] = {
	{"alabama"}, {"arizona"}, {"arkansas"}, {"colorado"}, {"delaware"}, {"florida"}, {"georgia"}, {"idaho"},
	{"illinois"}, {"indiana"}, {"iowa"}, {"kansas"}, {"kentucky"}, {"louisiana"}, {"michigan"}, {"minnesota"},
	{"mississippi"}, {"missouri"}, {"montana"}, {"ohio"}, {"oklahoma"}, {"oregon"}, {"tennessee"}, {"texas"},
	{"utah"}, {"new mexico"}, {"north carolina"}, {"south carolina"}, {"north dakota"}, {"south dakota"}
};
static int16_t school_state_slots[64];
static cp_wordtab school_state_table = CP_WORDTAB(school_states, school_state_slots);

/*
 * Do tokens [first, last], read as a place, name a state university by its
 * short name ("Ohio State", "New Mexico State"), no capitalized word after
 * it ("Ohio State Senator" is no school)?
 */
bool
names_state_school(const char *text, const cp_ner_tok *first, const cp_ner_tok *last, const cp_ner_tok *end)
{
	const cp_token *t = &last->tok;

	return first < last && last - first <= 2 && t->len == 5 && memcmp(text + t->start, "State", 5) == 0 &&
		!(last + 1 < end && (last[1].tok.flags & CP_TF_CAPITALIZED)) &&
		word_in_table(text + first->tok.start, last[-1].tok.start + last[-1].tok.len - first->tok.start,
					  &school_state_table);
}

/* Games a city holds, named after it ("Athens Olympics", "Atlanta Games"). */
static const word_item games[] = {{"olympics"}, {"games"}, {"paralympics"}, {"olympiad"}};
static int16_t games_slots[16];
static cp_wordtab games_table = CP_WORDTAB(games, games_slots);

bool
is_games(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) && word_in_table(text + t->start, t->len, &games_table);
}

/* Words that make games an event of their own ("Winter Olympics", "Commonwealth Games"). */
static const word_item games_kinds[] = {
	{"winter"}, {"summer"}, {"youth"}, {"commonwealth"}, {"olympic"}, {"paralympic"},
	{"asian"}, {"african"}, {"european"}, {"arab"}, {"pan"}, {"mediterranean"}
};
static int16_t games_kind_slots[32];
static cp_wordtab games_kind_table = CP_WORDTAB(games_kinds, games_kind_slots);

bool
is_games_kind(const char *text, const cp_ner_tok *t)
{
	return (t->tok.flags & CP_TF_CAPITALIZED) &&
		(word_in_table(text + t->tok.start, t->tok.len, &games_kind_table) || (t->gaz & CP_GAZ_DEMONYM));
}

bool
names_event_alone(const char *text, const cp_ner_tok *first, const cp_ner_tok *last)
{
	if (first == last)
		return is_games(text, &first->tok) || ends_as_event(text, &first->tok);
	return last == first + 1 && cp_token_is(text, &first->tok, "grand") &&
		cp_token_is(text, &last->tok, "prix");
}

/*
 * Words after a number that make it a quantity, a score or a market
 * table's figure, not part of the name before it ("Shell 3 pct", "Exxon 5
 * mln dlrs", "the ICO 15 day average", "Chicago 362 unch", "Bramble 35 og").
 */
static const word_item quantity_words[] = {
	{"unch"}, {"off"}, {"up"}, {"down"}, {"day"}, {"week"}, {"month"}, {"year"}, {"hour"},
	{"minute"}, {"second"}, {"ct"}, {"each"}, {"out"}, {"og"}, {"min"}, {"sec"}, {"all"}, {"km"}, {"kg"},
	{"metre"}, {"meter"}, {"mile"}, {"yard"}, {"lap"}, {"round"}, {"seed"}, {"place"},
	{"champion"},
	{"mln"}, {"million"}, {"billion"}, {"bn"}, {"m"}, {"pct"}, {"percent"}, {"per"}, {"p"},
	{"yen"}, {"cent"}, {"dlr"}, {"point"}, {"pence"}, {"pound"}, {"euro"}, {"dollar"}, {"to"},
	{"for"}, {"of"}, {"and"}, {"or"}, {"by"}, {"from"}, {"under"}, {"over"}, {"at"}, {"vs"},
	{"v"}, {"x"}, {"times"}, {"goals"}, {"minutes"}, {"a"}, {"an"}, {"the"}
};
static int16_t quantity_word_slots[256];
static cp_wordtab quantity_word_table = CP_WORDTAB(quantity_words, quantity_word_slots);

/* Words ending in "s" that are no plural of a quantity: "Halo 2 is", "Channel 4 says". */
static const word_item verb_s_words[] = {
	{"is"}, {"was"}, {"has"}, {"does"}, {"says"}, {"as"}, {"its"}, {"his"}, {"this"}, {"us"}
};
static int16_t verb_s_slots[32];
static cp_wordtab verb_s_table = CP_WORDTAB(verb_s_words, verb_s_slots);

/* Is t a number of one to three digits, or a model's code of capitals and digits ("A380")? */
static bool
is_model_number(const char *text, const cp_token *t)
{
	const char *w = text + t->start;
	uint32_t	k = 0;

	if (!(t->flags & CP_TF_SPACE_BEFORE) || t->len > 6)
		return false;
	while (k < t->len && w[k] >= 'A' && w[k] <= 'Z')
		k++;
	if (k > 2 || (k == 0 && t->len > 3))
		return false;
	/* a quarter or a half of a year ("Newcrest Q4", "Loxley H1"), not a model */
	if (k == 1 && t->len == 2 && (w[0] == 'Q' || w[0] == 'H'))
		return false;
	if (k == t->len)
		return false;
	for (; k < t->len; k++)
		if (w[k] < '0' || w[k] > '9')
			return false;
	return true;
}

/* Is t a Roman numeral of capitals, I to XXXIX? */
bool
is_roman_numeral(const char *text, const cp_token *t)
{
	static const char *const units[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
	const char *w = text + t->start;
	size_t		k = 0;

	/* the first letter first: every word of a person's name asks (entities_coref.c) */
	if (t->kind != CP_TOK_WORD || t->len > 8 || (w[0] != 'I' && w[0] != 'V' && w[0] != 'X'))
		return false;
	while (k < t->len && k < 3 && w[k] == 'X')
		k++;
	for (int u = 9; u >= 1; u--)
		if (cp_bytes_are(w + k, t->len - k, units[u]))
			return true;
	return k == t->len && k > 0;
}

bool
numbered_war_or_division(const char *text, const cp_ner_tok *toks, uint32_t j, uint32_t ntoks)
{
	return j + 1 < ntoks && (toks[j].tok.flags & CP_TF_CAPITALIZED) &&
		(cp_token_is(text, &toks[j].tok, "war") || cp_token_is(text, &toks[j].tok, "division")) &&
		is_roman_numeral(text, &toks[j + 1].tok);
}

bool
regnal_byname(const char *text, const cp_ner_tok *toks, uint32_t k, uint32_t ntoks)
{
	const cp_token *b = k + 1 < ntoks ? &toks[k + 1].tok : NULL;

	/* one word: "Henry IV the Holy Roman Emperor" is a title in apposition */
	return b && k > 0 && is_roman_numeral(text, &toks[k - 1].tok) &&
		text[toks[k].tok.start] == 't' && cp_token_is(text, &toks[k].tok, "the") &&
		b->kind == CP_TOK_WORD && (b->flags & CP_TF_CAPITALIZED) && !(b->flags & CP_TF_ALL_UPPER) &&
		(k + 2 >= ntoks || !(toks[k + 2].tok.flags & CP_TF_CAPITALIZED));
}

bool
regnal_number(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j, uint32_t ntoks, bool titled)
{
	const cp_token *r = &toks[j + 1].tok,
			   *after = j + 2 < ntoks ? &toks[j + 2].tok : NULL;

	if (!is_roman_numeral(text, r) || (toks[j].tok.flags & CP_TF_ALL_UPPER))
		return false;
	/* "Smith V Jones": a match, not a king */
	if (after && (after->flags & CP_TF_CAPITALIZED) && r->len == 1 &&
		(text[r->start] == 'V' || text[r->start] == 'X'))
		return false;
	/* "I" is the pronoun after a name as often ("told John I would") */
	if (r->len == 1 && text[r->start] == 'I')
	{
		/*
		 * the realm after it ("Peter I of Russia", "Charles I of England"),
		 * which no pronoun has, after a name of any length
		 */
		if (after && j + 3 < ntoks && word_is(text, after->start, after->start + after->len, "of") &&
			(toks[j + 3].tok.flags & CP_TF_CAPITALIZED))
			return true;
		/* a list of rulers, bishops or popes ("Baselios Geevarghese I, Baselios Augen I") */
		if (i < j && after && after->len == 1 && text[after->start] == ',')
			return true;
		return i == j && (titled || !after || after->kind == CP_TOK_PUNCT || after->kind == CP_TOK_QUOTE ||
						  regnal_byname(text, toks, j + 2, ntoks) ||
						  word_is(text, after->start, after->start + after->len, "born") ||
						  word_is(text, after->start, after->start + after->len, "died"));
	}
	return true;
}

bool
numbered_name(const char *text, const cp_ner_tok *t, const cp_ner_tok *end)
{
	const cp_token *n = &t[1].tok;

	/*
	 * a word must follow: "Arsenal 1." ends a score line as "Apollo 11." a
	 * sentence; a currency's sign is no name's end ("C$ 11")
	 */
	if (!is_model_number(text, &t->tok) || t + 1 >= end || text[t[-1].tok.start + t[-1].tok.len - 1] == '$')
		return false;
	/* "Radio 4's Today programme": a score has no possessive */
	if (t + 2 < end && !(n->flags & CP_TF_SPACE_BEFORE) && !(t[2].tok.flags & CP_TF_SPACE_BEFORE) &&
		((n->len == 1 && text[n->start] == '\'') ||
		 (n->len == 3 && memcmp(text + n->start, "\xe2\x80\x99", 3) == 0)) &&
		t[2].tok.len == 1 && text[t[2].tok.start] == 's')
		return true;
	if (n->kind != CP_TOK_WORD || text[n->start] < 'a' || text[n->start] > 'z')
		return false;
	return (text[n->start + n->len - 1] != 's' || word_in_table(text + n->start, n->len, &verb_s_table)) &&
		!word_in_table(text + n->start, n->len, &quantity_word_table);
}

/*
 * Last words of bodies' names that no place's name ends with, unlike
 * "Bank" ("West Bank"), "Federation" ("Russian Federation") or "Centre":
 * a name the tagger read as a place that ends so is an organization
 * ("Trinity College", "Dorset Regiment", a university's "Virginia Tech").
 */
static const word_item body_ends[] = {
	{"agency"}, {"association"}, {"authority"}, {"board"}, {"brigade"}, {"battalion"},
	{"regiment"}, {"college"}, {"commission"}, {"committee"}, {"company"}, {"corps"},
	{"council"}, {"department"}, {"group"}, {"institute"}, {"ministry"}, {"office"}, {"party"},
	{"school"}, {"university"}, {"academy"}, {"cabinet"}, {"seminary"}, {"tech"},
	/*
	 * armed forces' ("United States Air Force", "Royal Navy"); not "Army",
	 * which joined "Karen Buddhist Army" cut from its "Democratic" ten-fold
	 */
	{"force"}, {"navy"},
	/* clubs' ("Halifax R.L.F.C.") */
	{"fc"}, {"f.c"}, {"afc"}, {"a.f.c"}, {"rfc"}, {"r.f.c"}, {"rlfc"}, {"r.l.f.c"}
};
static int16_t body_end_slots[64];
static cp_wordtab body_end_table = CP_WORDTAB(body_ends, body_end_slots);

bool
ends_as_body(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) &&
		(word_in_table(text + t->start, t->len, &body_end_table) || ends_with_legal_form(text, t));
}

/*
 * Does token t describe the name after it as an organization's, by where
 * it is or who holds it ("Ontario-based", "State-owned", "French-controlled")?
 * In lower case only: "Farmer-Owned Grain Reserve" is one name in title case.
 */
static bool
ends_with_one_of(const char *text, const cp_token *t, const char *const *ends, size_t n)
{
	const char *w = text + t->start;

	/* every end opens with a hyphen, which few words hold */
	if (memchr(w, '-', t->len) == NULL)
		return false;
	for (size_t k = 0; k < n; k++)
	{
		size_t		el = strlen(ends[k]);

		if (t->len > el + 1 && memcmp(w + t->len - el, ends[k], el) == 0)
			return true;
	}
	return false;
}

bool
describes_organization(const char *text, const cp_token *t)
{
	static const char *const ends[] = {"-based", "-owned", "-controlled", "-listed", "-backed"};

	return ends_with_one_of(text, t, ends, sizeof(ends) / sizeof(ends[0]));
}

/*
 * Does token t say who made the thing named after it ("Soviet-made Frog",
 * "Chinese-built Tazara")?  An other name of its own in CoNLL-2003's
 * marking ("Russian-made" and "MI-17"), as "-based" is.
 */
bool
describes_maker(const char *text, const cp_token *t)
{
	static const char *const ends[] = {"-made", "-built"};

	return ends_with_one_of(text, t, ends, sizeof(ends) / sizeof(ends[0]));
}

/*
 * Words before a city's name that make it the club in a match report:
 * "thrashed Warrington 66-14", "lost 3-1 to Cesena" (see match_context()).
 */
static const word_item match_verbs[] = {
	{"beat"}, {"beats"}, {"thrashed"}, {"defeated"}, {"versus"}, {"vs"}, {"v"}
};
static int16_t match_verb_slots[32];
static cp_wordtab match_verb_table = CP_WORDTAB(match_verbs, match_verb_slots);
static const word_item score_joins[] = {{"to"}, {"at"}, {"with"}, {"by"}, {"against"}};
/*
 * A side's verbs in the plural, as British reports agree them with a club
 * ("Southampton visit Northampton", "Liverpool travel to Burnley"), which
 * no town's name takes in the singular sense of a place.
 */
static const word_item side_verbs[] = {
	{"visit"}, {"travel"}, {"face"}, {"host"}, {"entertain"}, {"meet"}
};
static int16_t side_verb_slots[16];
static cp_wordtab side_verb_table = CP_WORDTAB(side_verbs, side_verb_slots);
/*
 * A player's deeds for a club and a match's outcome against one, before
 * "for" or "with" and before "against" or "over" ("his first goal for
 * Swansea", "an appearance with Leeds", "their defeat against Cardiff").
 */
static const word_item club_deeds[] = {
	{"played"}, {"signed"}, {"debut"}, {"appeared"}, {"scored"}, {"goal"}, {"goals"}, {"try"},
	{"tries"}, {"appearance"}, {"appearances"}, {"match"}, {"game"}, {"games"}
};
static int16_t club_deed_slots[32];
static cp_wordtab club_deed_table = CP_WORDTAB(club_deeds, club_deed_slots);
/*
 * A player's sport and place in the side before "for", "with" or "at":
 * "played college football at UCLA", "a forward for San Telmo", "running
 * back coach at Denison"; a ground follows "played" and "debut" with "at",
 * not these ("back", "guard" and "centre" name other things)
 */
static const word_item club_roles[] = {
	{"football"}, {"soccer"}, {"basketball"}, {"baseball"}, {"hockey"}, {"rugby"}, {"cricket"},
	{"forward"}, {"striker"}, {"midfielder"}, {"defender"}, {"goalkeeper"}, {"winger"},
	{"tackle"}, {"quarterback"}, {"linebacker"}, {"pitcher"}, {"coach"}
};
static int16_t club_role_slots[64];
static cp_wordtab club_role_table = CP_WORDTAB(club_roles, club_role_slots);
/* What states and towns sign, before "signed with" ("the deal signed with Maine"). */
static const word_item signed_deals[] = {
	{"deal"}, {"deals"}, {"agreement"}, {"agreements"}, {"contract"}, {"contracts"}, {"treaty"},
	{"accord"}, {"pact"}, {"memorandum"}
};
static int16_t signed_deal_slots[32];
static cp_wordtab signed_deal_table = CP_WORDTAB(signed_deals, signed_deal_slots);
static const word_item match_outcomes[] = {
	{"defeat"}, {"defeats"}, {"victory"}, {"victories"}, {"win"}, {"wins"}, {"draw"}, {"loss"},
	{"match"}, {"game"}
};
static int16_t match_outcome_slots[32];
static cp_wordtab match_outcome_table = CP_WORDTAB(match_outcomes, match_outcome_slots);
static int16_t score_join_slots[16];
static cp_wordtab score_join_table = CP_WORDTAB(score_joins, score_join_slots);

static bool
is_digit_at(const char *text, size_t p)
{
	return text[p] >= '0' && text[p] <= '9';
}

/* Is text[from, to) a match score: one or two digits, a hyphen, one or two ("3-1", "66-14")? */
static bool
is_score(const char *text, size_t from, size_t to)
{
	size_t		p = from,
				mid;

	while (p < to && is_digit_at(text, p))
		p++;
	if (p == from || p - from > 2 || p >= to || text[p] != '-')
		return false;
	mid = ++p;
	while (p < to && is_digit_at(text, p))
		p++;
	return p == to && p > mid && p - mid <= 2;
}

/*
 * Does the name m follow a player's deed for a side or a match's outcome
 * against one: "played for", "signed for", "debut for", "goal for",
 * "appearance with" (club_deeds), "football at", "a forward for"
 * (club_roles), "defeat against", "win over" (match_outcomes), "on loan
 * to", "from", "at" ("his debut for Mantova", "on loan from Sion")?  Of a
 * name that is no city's (city false), not a deal "signed" ("the deal
 * signed with Maine": states sign them), nor "on loan at", which grounds
 * follow ("his time on loan at Anfield").
 */
bool
after_club_deed(const char *text, const raw_mention *m, bool city)
{
	uint32_t	end = m->start,
				from,
				pend,
				pfrom,
				oend,
				ofrom;
	bool		for_with,
				at;

	if (!word_before(text, &end, &from))
		return false;
	for_with = word_is(text, from, end, "for") || word_is(text, from, end, "with");
	at = word_is(text, from, end, "at");
	pend = from;
	if (!(for_with || at || word_is(text, from, end, "against") || word_is(text, from, end, "over") ||
		  word_is(text, from, end, "to") || word_is(text, from, end, "from")) ||
		!word_before(text, &pend, &pfrom))
		return false;
	if (for_with || at)
	{
		if ((for_with && word_in_table(text + pfrom, pend - pfrom, &club_deed_table) &&
			 (city || !word_is(text, pfrom, pend, "signed") ||
			  (oend = pfrom, !word_before(text, &oend, &ofrom)) ||
			  !word_in_table(text + ofrom, oend - ofrom, &signed_deal_table))) ||
			word_in_table(text + pfrom, pend - pfrom, &club_role_table))
			return true;
	}
	else if (!word_is(text, from, end, "to") && !word_is(text, from, end, "from"))
		return word_in_table(text + pfrom, pend - pfrom, &match_outcome_table);
	if (for_with || (at && !city))
		return false;
	oend = pfrom;
	return word_is(text, pfrom, pend, "loan") && word_before(text, &oend, &ofrom) &&
		word_is(text, ofrom, oend, "on");
}

/* Is text[from, to) a capitalized word, a name's last? */
static bool
capitalized_word(const char *text, uint32_t from, uint32_t to)
{
	return to > from && cp_ascii_upper((unsigned char) text[from]);
}

/*
 * Does the city's name of m stand on a side of a fixture a side's plural
 * verb states (side_verbs): a capitalized name, the verb and m ("Everton
 * visit Plymouth"), "travel to" or "play host to" before m, or m, the verb
 * and a capitalized name or "to" ("Southampton visit Northampton")?
 */
static bool
side_verb_fixture(const char *text, size_t doclen, const raw_mention *m)
{
	uint32_t	end = m->start,
				from,
				vend,
				vfrom,
				send,
				sfrom;
	size_t		after = (size_t) m->start + m->len,
				e;

	if (word_before(text, &end, &from))
	{
		vend = from;
		if (word_before(text, &vend, &vfrom))
		{
			send = vfrom;
			/* "Everton visit Plymouth" */
			if (word_in_table(text + from, end - from, &side_verb_table) && !word_is(text, from, end, "travel"))
				return capitalized_word(text, vfrom, vend);
			/* "Liverpool travel to Burnley", "Chelsea will play host to Scunthorpe" */
			if (word_is(text, from, end, "to") && word_before(text, &send, &sfrom))
				return (word_is(text, vfrom, vend, "travel") && capitalized_word(text, sfrom, send)) ||
					(word_is(text, vfrom, vend, "host") && word_is(text, sfrom, send, "play"));
		}
	}
	if (after + 1 >= doclen || text[after] != ' ' || !lower_word_at(text, doclen, after + 1, &e) ||
		!word_in_table(text + after + 1, e - after - 1, &side_verb_table) || e + 1 >= doclen || text[e] != ' ')
		return false;
	return cp_ascii_upper((unsigned char) text[e + 1]) ||
		(e + 4 < doclen && memcmp(text + e + 1, "to ", 3) == 0 && cp_ascii_upper((unsigned char) text[e + 4]));
}

/*
 * Is the city's name of m a club playing a match: after "beat", "v"
 * ("thrashed Warrington"), before a score ("Warrington 66-14"; not after
 * "at" or "in", which name the ground), after a score and "to", "at",
 * "by" ("lost 3-1 to Cesena"), after a player's deed (after_club_deed),
 * beside a side's plural verb (side_verb_fixture)?
 * A country's name so is its national side, which CoNLL-2003 marks as the
 * place.
 */
bool
match_context(const char *text, size_t doclen, const raw_mention *m)
{
	uint32_t	end = m->start,
				from;
	size_t		after = (size_t) m->start + m->len,
				e = after + 1,
				f;

	if (side_verb_fixture(text, doclen, m))
		return true;
	if (word_before(text, &end, &from))
	{
		if (word_in_table(text + from, end - from, &match_verb_table))
			return true;
		if (after_club_deed(text, m, true))
			return true;
		if (from > 1 && text[from - 1] == ' ' &&
			word_in_table(text + from, end - from, &score_join_table))
		{
			for (f = from - 1; f > 0 && text[f - 1] != ' ' && text[f - 1] != '\n'; f--)
				;
			if (is_score(text, f, from - 1))
				return true;
		}
		/* "won the first leg at Stamford Bridge 3-1": a ground's score is the match's */
		if (end - from == 2 && (memcmp(text + from, "at", 2) == 0 || memcmp(text + from, "in", 2) == 0))
			return false;
	}
	/* a score runs to the first byte that is neither a digit nor a hyphen: "1996-08-22" is none */
	if (after >= doclen || text[after] != ' ')
		return false;
	while (e < doclen && (is_digit_at(text, e) || text[e] == '-'))
		e++;
	return is_score(text, after + 1, e);
}

/* Nouns of people that the tagger takes into the name after them ("Hollywood star Tom Hanks"). */
static const word_item person_nouns[] = {
	{"star"}, {"winner"}, {"singer"}, {"actor"}, {"actress"}, {"director"}, {"rapper"},
	{"librarian"}, {"striker"}, {"midfielder"}, {"defender"}, {"goalkeeper"}, {"spokesman"},
	{"spokeswoman"}, {"minister"}, {"leader"}, {"founder"}, {"chairman"}, {"author"},
	{"novelist"}, {"writer"}, {"comedian"}, {"presenter"}, {"player"}, {"champion"},
	{"playmaker"}, {"forward"}, {"winger"}, {"captain"}, {"coach"}, {"manager"}
};
static int16_t person_noun_slots[64];
static cp_wordtab person_noun_table = CP_WORDTAB(person_nouns, person_noun_slots);

/*
 * Staff nouns of a firm, which a person's name does not go before: "Shearson
 * Lehman analyst Chuck Levitt", "Merrill Lynch economists".  Not
 * "spokesman", "aide" or "adviser" ("Reagan spokesman Larry Speakes"), nor
 * "official(s)" ("Reagan officials").
 */
static const word_item staff_nouns[] = {
	{"analyst"}, {"analysts"}, {"economist"}, {"economists"}, {"strategist"}, {"strategists"},
	{"trader"}, {"traders"}, {"dealer"}, {"dealers"}
};
static int16_t staff_noun_slots[32];
static cp_wordtab staff_noun_table = CP_WORDTAB(staff_nouns, staff_noun_slots);

/*
 * Officers' nouns, which follow a person too ("elected John Kerr chairman
 * of the company"): the firm's only with its officer's name after them
 * ("K Mart chairman Bernard Fauber", "Mowlem treasurer Philip Ridal").
 */
static const word_item officer_nouns[] = {
	{"chairman"}, {"treasurer"}
};
static int16_t officer_noun_slots[8];
static cp_wordtab officer_noun_table = CP_WORDTAB(officer_nouns, officer_noun_slots);

/*
 * Is the name ending at token j followed, one space after it, by a firm's
 * staff noun not in capitals?  The tagger reads a firm named after its
 * founders as a person there ("Shearson Lehman analyst"); a staff noun says
 * it employs people.
 */
bool
before_staff_noun(const char *text, const cp_ner_tok *toks, uint32_t j, uint32_t ntoks)
{
	const cp_token *t;

	if (j + 1 >= ntoks)
		return false;
	t = &toks[j + 1].tok;
	if (t->kind != CP_TOK_WORD || t->start != toks[j].tok.start + toks[j].tok.len + 1 ||
		text[t->start - 1] != ' ' || (t->flags & CP_TF_ALL_UPPER))
		return false;
	return word_in_table(text + t->start, t->len, &staff_noun_table) ||
		(j + 2 < ntoks && toks[j + 2].tok.kind == CP_TOK_WORD &&
		 (toks[j + 2].tok.flags & CP_TF_CAPITALIZED) &&
		 word_in_table(text + t->start, t->len, &officer_noun_table));
}

uint32_t
classifier_inside(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j, int *head,
				  int *rest)
{
	for (uint32_t k = i + 1; k < j; k++)
	{
		const cp_token *t = &toks[k].tok;
		const stated_noun *n;
		uint8_t		g = toks[k - 1].gaz;

		if (t->kind != CP_TOK_WORD || text[t->start] < 'a' || text[t->start] > 'z' ||
			!(toks[k + 1].tok.flags & CP_TF_CAPITALIZED) || !(toks[k - 1].tok.flags & CP_TF_CAPITALIZED))
			continue;
		if ((n = noun_at(text, t->start, t->start + t->len, NOUN_BEFORE | NOUN_APPOSED)) != NULL)
			*rest = n->kind;
		else if (word_in_table(text + t->start, t->len, &person_noun_table))
			*rest = CP_ENT_PER;
		else
			return 0;
		/* "Jacobs Engineering group Inc": the noun is a word of the company's name */
		if (k + 1 == j && ends_with_legal_form(text, &toks[j].tok))
			return 0;
		/*
		 * "Hollywood star": a place; an initialism keeps the tagger's kind,
		 * which the built-in initialisms correct ("US magazine"); else an
		 * adjective ("German", "R&B"), as "-based" is
		 */
		*head = g & CP_GAZ_PLACES ? CP_ENT_LOC :
			k == i + 1 && (toks[i].tok.flags & CP_TF_ALL_UPPER) && !(g & CP_GAZ_DEMONYM) ? -1 : CP_ENT_MISC;
		return k;
	}
	return 0;
}

/* Words a title in title case leaves in lower case ("Lawrence of Arabia", "Anne of a Thousand Days"). */
static const word_item title_small_words[] = {
	{"a"}, {"an"}, {"the"}, {"of"}, {"in"}, {"on"}, {"at"}, {"to"}, {"for"}, {"and"}, {"or"},
	{"with"}, {"from"}, {"by"}
};
static int16_t title_small_word_slots[32];
static cp_wordtab title_small_word_table = CP_WORDTAB(title_small_words, title_small_word_slots);

bool
is_title_small_word(const char *text, const cp_token *t)
{
	return word_in_table(text + t->start, t->len, &title_small_word_table);
}

/*
 * Lower-case words that join the words of one name ("Bosnia and
 * Herzegovina", "Gazzetta dello Sport", "Kengo wa Dondo"), beside the
 * particles of persons' names (is_particle).
 */
static const word_item name_joiners[] = {
	{"of"}, {"and"}, {"the"}, {"for"}, {"on"}, {"in"}, {"at"}, {"to"}, {"a"}, {"an"}, {"y"},
	{"e"}, {"et"}, {"und"}, {"wa"}, {"dal"}, {"dello"}, {"dei"}, {"degli"}, {"am"}, {"im"},
	{"zum"}, {"zur"}, {"sur"}, {"en"}, {"against"}, {"is"}, {"do"}, {"fur"}, {"i"}, {"es"},
	{"des"}, {"les"}, {"los"}, {"las"}, {"into"}, {"sans"}, {"pour"}
};
static int16_t name_joiner_slots[64];
static cp_wordtab name_joiner_table = CP_WORDTAB(name_joiners, name_joiner_slots);

bool
joins_name(const char *text, const cp_token *t)
{
	return is_particle(text + t->start, t->len) || word_in_table(text + t->start, t->len, &name_joiner_table) ||
		is_title_small_word(text, t);
}

uint32_t
word_between_names(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j, const cp_ner_lex *lex)
{
	for (uint32_t k = i + 1; k < j; k++)
	{
		const cp_token *t = &toks[k].tok;

		/*
		 * a word of a body's name Reuters writes in lower case before its
		 * last word: "IC industries Inc", "Federal reserve Board"
		 */
		if (k + 1 == j && ends_as_body(text, &toks[j].tok))
			break;
		if (!(toks[k - 1].tok.flags & CP_TF_CAPITALIZED) || !(toks[k + 1].tok.flags & CP_TF_CAPITALIZED))
			continue;
		/* an English word: not "Den norske Creditbank", "Daniel arap Moi" */
		if (t->len >= 2 && is_lower_word(text, t) && !is_particle(text + t->start, t->len) &&
			!word_in_table(text + t->start, t->len, &name_joiner_table) &&
			(cp_ner_lex_get(lex, toks[k].lower) & CP_GAZ_LOWER))
			return k;
	}
	return 0;
}

/* Is token t "St", "St." or "Saint", capitalized? */
bool
is_saint(const char *text, const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) &&
		(cp_token_is(text, t, "st") || cp_token_is(text, t, "st.") || cp_token_is(text, t, "saint"));
}

/*
 * The last word of a body's or an event's name that the tagger left out
 * after the mention of tokens [i, j], up to three capitalized words on, or
 * j: "Franklin High School", "Conwy County Council" tagged as the place or
 * person they are named after, "Eurovision Song Contest" as the event's
 * first word.  A body not after a people ("German Foreign Ministry", which
 * CoNLL-2003 splits) nor before a plural ("five U.S. Companies"); a
 * saint's possessive mark may stand between ("St. Mary's School").
 */
uint32_t
last_word_left_out(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t i, uint32_t j)
{
	const char *text = doc->text;
	uint32_t	e = j + 1;

	if (e < ntoks && (doc->toks[e].tok.flags & CP_TF_POSSESSIVE) && is_saint(text, &doc->toks[i].tok))
		e++;
	for (; e < ntoks && e <= j + 3 && tags[e] == CP_NER_TAG_O; e++)
	{
		const cp_token *t = &doc->toks[e].tok;

		if (t->kind != CP_TOK_WORD || (t->flags & (CP_TF_CAPITALIZED | CP_TF_ALL_UPPER)) != CP_TF_CAPITALIZED)
			break;
		if ((CP_NER_KIND(tags[i]) != CP_ENT_MISC && ends_as_body(text, t) && text[t->start + t->len - 1] != 's') ||
			ends_as_event(text, t))
			return e;
	}
	return j;
}

/* Is t two capitals or more and a plural "s" ("MEPs", "PCs"; not "EU" nor "Ms")? */
static bool
plural_initialism(const char *text, const cp_token *t)
{
	if (t->len < 3 || text[t->start + t->len - 1] != 's')
		return false;
	for (uint32_t k = 0; k + 1 < t->len; k++)
		if (!cp_ascii_upper((unsigned char) text[t->start + k]))
			return false;
	return true;
}

/*
 * Is token i a word the tagger read as a name that names nothing: an era's
 * mark after a year or a century ("385 CE", "the 5th century BC") or before
 * a year ("AD 79"), a genus's initial ("E. coli"), a month's abbreviation
 * by a number ("22 Sep 2010"), a degree or a recording's medium or form
 * ("a PhD", "released on CD", "her debut EP"), or an adverb or "Born" that opens a sentence
 * ("Additionally, ...", "Born in Garons, she ...").  CoNLL-2003 marks none
 * of them.  Nor an initialism in the plural read as a person, a body or a
 * place ("MEPs", "SUVs", "PINs", "MMORPGs"): a class of things, as "MPs" are in
 * CoNLL-2003's training text; other names stay ("ADRs", "ECUs", which it
 * marks).
 */
bool
names_nothing(const cp_ner_doc *doc, uint32_t i, uint32_t ntoks, cp_entity_kind kind)
{
	static const word_item eras[] = {{"ce"}, {"bce"}, {"bc"}, {"ad"}, {"b.c"}, {"a.d"}};
	static int16_t era_slots[16];
	static cp_wordtab era_table = CP_WORDTAB(eras, era_slots);
	/* as written: "BSC" and "MSC" are companies */
	static const char *const others[] = {
		"PhD", "Ph.D", "Ph.D.", "DPhil", "BSc", "MSc", "CD", "CDs", "DVD", "DVDs", "CD-ROM", "VHS", NULL
	};
	const char *text = doc->text;
	const cp_token *t = &doc->toks[i].tok;
	bool		number_before = i > 0 && doc->toks[i - 1].tok.kind == CP_TOK_NUMBER,
				number_after = i + 1 < ntoks && doc->toks[i + 1].tok.kind == CP_TOK_NUMBER;

	if (t->kind != CP_TOK_WORD)
		return false;
	if (kind != CP_ENT_MISC && plural_initialism(text, t))
		return true;
	/* "E. coli", "O. frigillis": a genus's initial before its species */
	if ((t->flags & CP_TF_INITIAL) && i + 1 < ntoks && is_lower_word(text, &doc->toks[i + 1].tok) &&
		!is_particle(text + doc->toks[i + 1].tok.start, doc->toks[i + 1].tok.len))
		return true;
	if (names_taxon(doc, i))
		return true;
	if ((t->flags & CP_TF_ALL_UPPER) && word_in_table(text + t->start, t->len, &era_table))
		return number_before || number_after ||
			(i > 0 && (cp_token_is(text, &doc->toks[i - 1].tok, "century") ||
					   cp_token_is(text, &doc->toks[i - 1].tok, "centuries") ||
					   cp_token_is(text, &doc->toks[i - 1].tok, "millennium")));
	/* a month's abbreviation, not "May" (a name too) nor "DEC" (the company) */
	if (!(t->flags & CP_TF_ALL_UPPER) && t->len <= 5 && !cp_token_is(text, t, "may") &&
		cp_month_from_name(text + t->start, t->len) != 0)
		return number_before || number_after;
	for (int k = 0; others[k]; k++)
		if (cp_bytes_are(text + t->start, t->len, others[k]))
			return true;
	if (degree_initials(doc, i, ntoks))
		return true;
	/* "her debut EP", "a digital-only EP", "EPs"; "the EP" may be the European Parliament */
	if (t->len == 3 && memcmp(text + t->start, "EPs", 3) == 0)
		return true;
	if (t->len == 2 && memcmp(text + t->start, "EP", 2) == 0 && i > 0 &&
		doc->toks[i - 1].tok.kind == CP_TOK_WORD && !doc->toks[i - 1].upper &&
		!cp_token_is(text, &doc->toks[i - 1].tok, "the"))
		return true;
	/* the sentence's first word, or a quotation's ("James said that "Musically, ..."") */
	if (!(i == 0 || (doc->toks[i - 1].tok.kind == CP_TOK_QUOTE && (doc->toks[i - 1].tok.flags & CP_TF_OPEN_QUOTE))) ||
		i + 1 >= ntoks)
		return false;
	if (cp_token_is(text, t, "born"))
		return cp_token_is(text, &doc->toks[i + 1].tok, "in") || cp_token_is(text, &doc->toks[i + 1].tok, "on") ||
			cp_token_is(text, &doc->toks[i + 1].tok, "at");
	/* an adverb the dictionary has, not "Italy," nor "O'Reilly," */
	return t->len > 4 && memcmp(text + t->start + t->len - 2, "ly", 2) == 0 &&
		(doc->toks[i].gaz & CP_GAZ_LOWER) &&
		!(doc->toks[i].gaz & (CP_GAZ_PROPER | CP_GAZ_PLACES)) &&
		doc->toks[i + 1].tok.len == 1 && text[doc->toks[i + 1].tok.start] == ',';
}

/*
 * Is the two-word name at token i "High Street" with no town's name or
 * possessive before it ("sales on the High Street", "High Street
 * retailers", "a High Street store")?  British news means the shops in
 * general by it, a common noun in capitals that the samples leave
 * unmarked (bbc58: all 18 the bench corpus holds); "Kensington High
 * Street", "Oxford's High Street" are streets.
 */
bool
names_trade_street(const cp_ner_doc *doc, uint32_t i)
{
	const char *text = doc->text;
	const cp_token *t = &doc->toks[i].tok;

	if (t->len != 4 || text[t->start] != 'H' || memcmp(text + t->start, "High", 4) != 0 ||
		!cp_bytes_are(text + doc->toks[i + 1].tok.start, doc->toks[i + 1].tok.len, "Street"))
		return false;
	return i == 0 || doc->toks[i - 1].tok.kind != CP_TOK_WORD || is_lower_word(text, &doc->toks[i - 1].tok);
}

/*
 * Nouns right before a firm named after two people ("the dealer house Handy
 * and Harman", "brokerage house Phillips and Drew", "auditor Ernst and
 * Whinney", "the law firm of Baker and Botts", "a group consisting of Hicks
 * and Haas", "Tim Harris of Phillips and Drew").
 */
static const word_item firm_cues[] = {
	{"house"}, {"dealer"}, {"dealers"}, {"brokerage"}, {"brokers"}, {"stockbrokers"}, {"auditor"},
	{"auditors"}, {"firm"}, {"consultants"}, {"units"}, {"affiliate"}, {"partnership"},
	{"consisting"}, {"comprising"}, {"includes"}
};
static int16_t firm_cue_slots[64];
static cp_wordtab firm_cue_table = CP_WORDTAB(firm_cues, firm_cue_slots);

/* Is byte c part of a word (a letter, a digit, or a byte of a UTF-8 character)? */
static inline bool
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/*
 * How far around a pair word_count() looks: an article, and no more of a
 * longer document, so that one of many articles' worth of pairs costs no
 * square of its length.
 */
#define WORD_COUNT_REACH 32768

/* How often text[from, to) stands as a word of its own in the article around it. */
static size_t
word_count(const char *text, size_t doclen, uint32_t from, uint32_t to)
{
	size_t		len = to - from,
				n = 0,
				lo = from > WORD_COUNT_REACH ? from - WORD_COUNT_REACH : 0,
				hi = doclen - to > WORD_COUNT_REACH ? to + WORD_COUNT_REACH : doclen;

	for (size_t p = lo; p + len <= hi; p++)
	{
		const char *q = memchr(text + p, text[from], hi - len + 1 - p);

		if (q == NULL)
			break;
		p = (size_t) (q - text);
		if (memcmp(q, text + from, len) == 0 && (p == 0 || !word_byte((unsigned char) text[p - 1])) &&
			(p + len == doclen || !word_byte((unsigned char) text[p + len])))
			n++;
	}
	return n;
}

/*
 * Does the word before token k (a person's one-word name that opens "X and
 * Y") say the pair is a firm: a firm's noun right before it, or "of", "at"
 * or "with" after a name or a comma ("Tim Harris of", "Martin, of")?
 */
static bool
firm_cue_before(const cp_ner_doc *doc, uint32_t k)
{
	const char *text = doc->text;
	const cp_token *t;

	if (k == 0)
		return false;
	t = &doc->toks[k - 1].tok;
	if (word_in_table(text + t->start, t->len, &firm_cue_table))
		return true;
	if (k < 2 || !(cp_token_is(text, t, "of") || cp_token_is(text, t, "at") || cp_token_is(text, t, "with")))
		return false;
	t = &doc->toks[k - 2].tok;
	return (t->flags & CP_TF_CAPITALIZED) || (t->len == 1 && text[t->start] == ',') ||
		word_in_table(text + t->start, t->len, &firm_cue_table);
}

/* The last token of the organization tagged from token b on. */
static uint32_t
org_end(const uint8_t *tags, uint32_t n, uint32_t b)
{
	while (b + 1 < n && tags[b + 1] == CP_NER_I(CP_ENT_ORG))
		b++;
	return b;
}

/*
 * "Handy and Harman", "Phillips and Drew", "Wagner and Brown": a firm named
 * after two people, which the tagger reads as two persons' surnames.  One
 * name of an organization when neither word stands anywhere in the article
 * but in the pair (people are named in full once, and apart), the pair
 * stands twice or a firm's noun stands before it; not in a list after a
 * comma ("Stephanie, Caroline and Albert").  When the tagger read the
 * second word as an organization's first ("Rodman" and "Renshaw Capital
 * Group Inc"), the first word, never apart from it, opens that name; the
 * second word read as a one-word name of another kind ("Harper" and "Row",
 * an organization or an other name) is held to the pair's test.
 */
void
tag_surname_firms(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const char *text = doc->text;

	/* most sentences have no person: memchr() finds the next one */
	for (const uint8_t *p = tags; n > 2 && p < tags + n - 2 &&
		 (p = memchr(p, CP_NER_B(CP_ENT_PER), (size_t) (tags + n - 2 - p))) != NULL; p++)
	{
		uint32_t	k = (uint32_t) (p - tags),
					e;
		const cp_token *x = &doc->toks[k].tok,
				   *y = &doc->toks[k + 2].tok;
		size_t		pairs;

		if (tags[k + 1] != CP_NER_TAG_O ||
			!CP_NER_IS_B(tags[k + 2]) ||
			(k + 3 < n && tags[k + 3] == CP_NER_I(CP_ENT_PER)) ||
			!cp_token_is(text, &doc->toks[k + 1].tok, "and") ||
			(x->flags & (CP_TF_ALL_UPPER | CP_TF_POSSESSIVE)) || (y->flags & CP_TF_ALL_UPPER) ||
			(k > 0 && doc->toks[k - 1].tok.len == 1 && text[doc->toks[k - 1].tok.start] == ','))
			continue;
		pairs = word_count(text, doc->len, x->start, y->start + y->len);
		if (pairs == 0 || word_count(text, doc->len, x->start, x->start + x->len) != pairs)
			continue;
		/*
		 * "Rodman and Renshaw Capital Group Inc": the firm's name, with its
		 * legal form, the tagger began at its second word
		 */
		if (tags[k + 2] == CP_NER_B(CP_ENT_ORG) && (e = org_end(tags, n, k + 2)) > k + 2 &&
			(ends_with_legal_form(text, &doc->toks[e].tok) || ends_as_company(text, &doc->toks[e].tok)) &&
			!(k > 0 && cp_token_is(text, &doc->toks[k - 1].tok, "and")))
		{
			tags[k] = CP_NER_B(CP_ENT_ORG);
			tags[k + 1] = tags[k + 2] = CP_NER_I(CP_ENT_ORG);
			continue;
		}
		if ((k + 3 < n && CP_NER_IS_I(tags[k + 3])) ||
			word_count(text, doc->len, y->start, y->start + y->len) != pairs ||
			(pairs < 2 && !firm_cue_before(doc, k)))
			continue;
		tags[k] = CP_NER_B(CP_ENT_ORG);
		tags[k + 1] = tags[k + 2] = CP_NER_I(CP_ENT_ORG);
	}
}

/*
 * "Kidder, Peabody and Co Inc", "Smith Barney, Harris Upham and Co": a
 * firm's name with a comma inside, which the tagger reads as a person or a
 * place, the comma, and a firm.  One organization when the firm after the
 * comma is one or two words, "and" and "Co" (a legal form after it or not),
 * and the name before the comma is one or two words without a legal form,
 * in no list (no comma nor "and" before it) and not a person's name of
 * the firm's ("Thomas McKiernan, McKiernan and Co").
 */
void
tag_comma_firms(const cp_ner_doc *doc, uint8_t *tags, uint32_t n)
{
	const char *text = doc->text;

	/* firms are fewer than persons: memchr() finds the next one */
	for (const uint8_t *p = tags + 2; n > 5 && p < tags + n - 3 &&
		 (p = memchr(p, CP_NER_B(CP_ENT_ORG), (size_t) (tags + n - 3 - p))) != NULL; p++)
	{
		uint32_t	k = (uint32_t) (p - tags),
					a = k - 2,
					e = org_end(tags, n, k),
					w;

		if (tags[k - 1] != CP_NER_TAG_O || doc->toks[k - 1].tok.len != 1 || text[doc->toks[k - 1].tok.start] != ',' ||
			tags[a] == CP_NER_TAG_O || (doc->toks[k].tok.flags & (CP_TF_INITIAL | CP_TF_ABBREV)) ||
			memchr(text + doc->toks[k].tok.start, '.', doc->toks[k].tok.len) != NULL)
			continue;
		if (CP_NER_IS_I(tags[a]))
			a--;
		if (CP_NER_IS_I(tags[a]) || ends_with_legal_form(text, &doc->toks[k - 2].tok) ||
			(a > 0 && (cp_token_is(text, &doc->toks[a - 1].tok, "and") ||
					   (doc->toks[a - 1].tok.len == 1 && text[doc->toks[a - 1].tok.start] == ','))))
			continue;
		/* the words after the comma: one or two, "and", "Co" */
		for (w = k; w <= e && w < k + 3 && !cp_token_is(text, &doc->toks[w].tok, "and"); w++)
			;
		if (w == k || w + 1 > e || !cp_token_is(text, &doc->toks[w].tok, "and") ||
			!(cp_bytes_are(text + doc->toks[w + 1].tok.start, doc->toks[w + 1].tok.len, "Co") ||
			  cp_bytes_are(text + doc->toks[w + 1].tok.start, doc->toks[w + 1].tok.len, "Co.")) ||
			(w + 1 < e && !(w + 2 == e && ends_with_legal_form(text, &doc->toks[e].tok))) ||
			(doc->toks[k - 2].tok.len == doc->toks[k].tok.len &&
			 memcmp(text + doc->toks[k - 2].tok.start, text + doc->toks[k].tok.start, doc->toks[k].tok.len) == 0))
			continue;
		for (uint32_t t = a; t <= e; t++)
			tags[t] = t == a ? CP_NER_B(CP_ENT_ORG) : CP_NER_I(CP_ENT_ORG);
		p = tags + e;
	}
}

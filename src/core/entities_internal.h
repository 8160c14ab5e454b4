/*
 * entities_internal.h: what entities.c (tagged mentions, their kinds) and
 * entities_coref.c (the fullest name of each) share.
 */
#ifndef CORPUS_ENTITIES_INTERNAL_H
#define CORPUS_ENTITIES_INTERNAL_H

#include "entities.h"
#include "wordtab.h"

/*
 * A mention while names are being resolved.  Mentions are kept for the
 * whole document (a name may borrow from one written pages later), so they
 * hold only what the resolution reads: the span, and the one word key it
 * looks up, computed while the mention's sentence is at hand.
 */
typedef enum
{
	LOOK_NONE,
	LOOK_PERSON,				/* key: a word of a person's name */
	LOOK_ACRONYM,				/* key: the letters of an initialism */
} look_kind;

typedef struct raw_mention
{
	uint32_t	start,
				len;			/* bytes */
	uint64_t	key;
	int32_t		canon;			/* index of the mention whose text is the name, or -1 */
	int			sentence;
	uint8_t		kind;
	uint8_t		look;			/* look_kind */
	bool		may_be_person;	/* one capitalized word, not in capitals */
	bool		one_word;
	bool		place;			/* every word in a gazetteer of places or their peoples */
	bool		dateline;		/* opens a dateline or a sentence as its place: a place, whatever the votes */
	bool		seat;			/* an office's seat ("Mayor of Liverpool"): votes twice for a place */
	bool		ranked;			/* after a rank ("Prince Mstislav", names_after_rank): votes twice for a person */
	bool		city;			/* a city's name, no country's nor people's */
	bool		country;		/* every word a country's: a national side in a fixture */
	bool		event;			/* an event's, prize's or agreement's name (names_event) */
	bool		ship;			/* a ship's name, prefixed or not (ship_short_names) */
	uint8_t		listed;			/* 1 + the kind a plural noun and "such as" before its list state, 0 none */
	bool		shares_stop;	/* its last period also ends the sentence: not the mention's */
	int8_t		builtin;		/* builtin_acronyms entry of an initialism, or -1 */
	cp_token	last_tok;		/* its last word, which resolve_names reads for a body's end */
} raw_mention;

/* A list of lower-case words, looked up by hash. */
typedef struct word_item
{
	const char *word;
} word_item;

/* Is text[from, to) the word w, as written? */
bool		word_is(const char *text, uint32_t from, uint32_t to, const char *w);

/* Is s[0..len), lower-cased and without a final period, a word of the table? */
bool		word_in_table(const char *s, size_t len, cp_wordtab *table);
/* Is s a point of the compass ("north", "South-West")? */
bool		is_compass_point(const char *s, size_t len);

/*
 * The ASCII word that ends right before text[*end], spaces between
 * skipped: its bounds in *from and *end; false when none does.
 */
bool		word_before(const char *text, uint32_t *end, uint32_t *from);

/*
 * The lower-case ASCII word that starts at text[from], its end in *end;
 * false when there is none or it runs on into a capital, a hyphen or an
 * apostrophe.
 */
bool		lower_word_at(const char *text, size_t doclen, size_t from, size_t *end);

/*
 * The kind a common noun next to mention m states for it ("the band
 * Vexley", "Vantrell, a Texas company,"), or -1 when none does.
 */
int			stated_kind(const char *text, size_t doclen, const raw_mention *m);

/* Is token t a word only events, prizes and agreements end with ("Cup", "Prize", "Contest")? */
bool		ends_as_event(const char *text, const cp_token *t);

/*
 * Do tokens first..last (two or more) name an event, a prize or an
 * agreement by their last word ("Davis Cup") or by their first and "of"
 * ("Battle of Hastings")?
 */
bool		names_event(const char *text, const cp_ner_tok *first, const cp_ner_tok *last);

/*
 * Do tokens first..last name a club by a city's or region's name and a
 * plural ("Boston Celtics", "Minnesota Vikings")?
 */
bool		names_club(const char *text, const cp_ner_tok *first, const cp_ner_tok *last);
/* Do tokens first..last (end: the sentence's end) name a state university by its short name ("Ohio State")? */
bool		names_state_school(const char *text, const cp_ner_tok *first, const cp_ner_tok *last,
							   const cp_ner_tok *end);

/* Is token t a word that names an event with "of" and a place ("Battle", "Treaty")? */
bool		is_event_head(const char *text, const cp_token *t);

/*
 * The kind of a name that token t heads before "of" and another name:
 * CP_ENT_ORG for a body's ("House of Commons", "University of Oklahoma"),
 * CP_ENT_LOC for a polity's ("Kingdom of Hungary") or, where t opens the
 * name, a body of water's ("Gulf of Suez"), or -1.
 */
int			of_head_kind(const char *text, const cp_token *t, bool opens);

/*
 * A sentence's tags (n tokens) for the titles of works in quotation marks,
 * in title case ("Lawrence of Arabia", "The Collapse"): one other name,
 * unless the tagger read the title as one name of its own kind and no year
 * in brackets dates it; and for titles without them right after a noun of
 * works ("the thriller Hide and Seek"), one other name (entities_unseen.c).
 */
void		tag_quoted_titles(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
/* A law named with a bracketed part ("Sex Disqualification (Removal) Act 1919"): one other name. */
void		tag_bracketed_acts(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
/* A web address of a name and ".com", ".net" or ".org" ("Souq.com"): one organization. */
void		tag_web_addresses(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
/* An honour named "... of the Year" ("Rookie of the Year"): one other name. */
void		tag_year_awards(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
bool		title_colon(const char *text, const cp_ner_tok *toks, uint32_t t, uint32_t k, uint32_t last);

/* Is token t a word a title in title case leaves in lower case ("of", "the")? */
bool		is_title_small_word(const char *text, const cp_token *t);

/* Is text[from, to) one of the words of the NULL-terminated list ws, as written? */
bool		word_among(const char *text, uint32_t from, uint32_t to, const char *const *ws);

/* Is token i a zoological or botanical family's name after "family" ("the family Lacturidae")? */
bool		names_taxon(const cp_ner_doc *doc, uint32_t i);

/* Is token i a degree written as a name's initials ("a BA in history", "an MBA from Harvard")? */
bool		degree_initials(const cp_ner_doc *doc, uint32_t i, uint32_t ntoks);

/* Does a name that ends with token t name a natural feature ("Gobi Desert")? */
bool		ends_as_natural_feature(const char *text, const cp_token *t);

/* Does a name that ends with token t name a street, a road or a building ("Mill Street")? */
bool		ends_as_street(const char *text, const cp_token *t);

/* Do tokens i..j, read as kind, name a street, a building or a natural feature? */
bool		names_place(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j, cp_entity_kind kind);

/* Are tokens t[0] and t[1] a numbered road ("Route 9")? */
bool		is_numbered_road(const char *text, const cp_ner_tok *t);

/* Is token t a lower-case word that joins a name's or a title's words ("of", "y", "with")? */
bool		joins_name(const char *text, const cp_token *t);

/*
 * A sentence's tags (n tokens) for an article's title line and the subject
 * of its first sentence that repeats it ("Running with the Devil\n\nRunning
 * with the Devil is a 2019 American crime thriller film"): one name each.
 */
void		tag_title_subject(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);

/* Is token t a word of games named after the city that holds them ("Athens Olympics")? */
bool		is_games(const char *text, const cp_token *t);

/* Is token t a season, a people or a word that names games before them ("Winter", "Asian")? */
bool		is_games_kind(const char *text, const cp_ner_tok *t);

/*
 * Do tokens first..last name an event by a generic word alone, which the
 * place or people before it completes ("Olympics", "Open", "Cup", "Grand
 * Prix": "Athens Olympics", "British Open", "Italian Grand Prix")?
 */
bool		names_event_alone(const char *text, const cp_ner_tok *first, const cp_ner_tok *last);

/*
 * Is token t, of a sentence that ends before end, a number or a model's
 * code that belongs to the name before it ("Apollo 11", "Boeing 747",
 * "Airbus A320"), not a quantity or a score?
 */
bool		numbered_name(const char *text, const cp_ner_tok *t, const cp_ner_tok *end);

/*
 * The last word of a body's or an event's name the tagger left out after
 * the mention of tokens [i, j] ("Franklin High School", "Eurovision Song
 * Contest"), or j.
 */
uint32_t	last_word_left_out(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t i,
							   uint32_t j);

/* Is the one-word mention at token i a word that names nothing ("385 CE", "a PhD", "Born in")? */
bool		names_nothing(const cp_ner_doc *doc, uint32_t i, uint32_t ntoks, cp_entity_kind kind);
/* "High Street" with no town before it: the shops in general, no name. */
bool		names_trade_street(const cp_ner_doc *doc, uint32_t i);

/* Is t a Roman numeral of capitals, I to XXXIX? */
bool		is_roman_numeral(const char *text, const cp_token *t);

/* Is token j "War" or "Division" before a Roman numeral ("World War I", "NCAA Division II")? */
bool		numbered_war_or_division(const char *text, const cp_ner_tok *toks, uint32_t j, uint32_t ntoks);

/*
 * Is the token after a person's name of tokens i..j (of ntoks) the
 * regnal number that belongs to it ("Henry VIII", "Leopold III"; "I" only
 * after a one-word name with a title before it, titled, before a stop or
 * a byname: "Queen Elizabeth I", "Baudouin I born", "Casimir I the Restorer")?
 */
bool		regnal_number(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j, uint32_t ntoks,
						  bool titled);

/*
 * Are tokens k, k + 1 (of ntoks) "the" and a ruler's one-word byname after
 * the regnal number at token k - 1 ("Casimir I the Restorer", "Ivan IV the
 * Terrible")?
 */
bool		regnal_byname(const char *text, const cp_ner_tok *toks, uint32_t k, uint32_t ntoks);

/*
 * Is token t, of a sentence that ends before end, a language's name alone
 * ("Malayalam", "Sanskrit"; entities_languages.c)?
 */
bool		names_language(const char *text, const cp_ner_tok *t, const cp_ner_tok *end);
/* entities_regions.c: are tokens [first, last] a region of the world's name ("Latin America")? */
bool		names_region(const char *text, const cp_ner_tok *toks, int first, int last);

/*
 * Does token t describe the name after it as an organization's
 * ("Ontario-based", "State-owned", "French-controlled")?
 */
bool		describes_organization(const char *text, const cp_token *t);
/* Does token t say who made the thing named after it ("Soviet-made")? */
bool		describes_maker(const char *text, const cp_token *t);

/* Does token t end a place's name that no person's ends with ("County", "Creek", "Road")? */
bool		ends_as_place_only(const char *text, const cp_token *t);
bool		ends_as_division(const char *text, const cp_token *t);
bool		names_with_of(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j);
/*
 * Can t be a rank (is_rank)?  The ranks' first letters and lengths, tested
 * inline: most names' first words are none.
 */
static inline bool
may_be_rank(const char *text, const cp_token *t)
{
	const uint32_t initials = 1u << ('A' - 'A') | 1u << ('B' - 'A') | 1u << ('C' - 'A') |
		1u << ('E' - 'A') | 1u << ('K' - 'A') | 1u << ('L' - 'A') | 1u << ('M' - 'A') |
		1u << ('P' - 'A') | 1u << ('Q' - 'A') | 1u << ('T' - 'A') | 1u << ('V' - 'A');
	unsigned char c = (unsigned char) text[t->start];

	return t->len >= 4 && t->len <= 11 && c >= 'A' && c <= 'Z' && (initials >> (c - 'A') & 1);
}

/* Is t a rank of royalty or nobility written before a name ("King", "Viscount")? */
bool		is_rank(const char *text, const cp_token *t);
/* Do tokens [i, j] read a rank and a person's name after it ("King Edward VII", "Lord Cremorne")? */
bool		names_after_rank(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j);
uint32_t	seat_of_office(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j);
/* Is s[0..len) a title with this use (titles.h)? */
bool		is_title(const char *s, size_t len, unsigned use);

/* Do tokens i..j name an academic degree ("Bachelor of Arts", "Masters in Architecture") or its subject ("Master of" "Arts")? */
bool		names_degree(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j);

/*
 * Do tokens i..j name a post by its field ("Minister of Communications and
 * Information Technology", "Director of Recruiting")?  A post is no name.
 */
bool		names_office(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j);
bool		names_office_field(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j);
/* "Reagan Administration": a person's name, then "Administration" (tokens i, i + 1). */
bool		administration_of_person(const char *text, const cp_ner_tok *toks, uint32_t i);

/*
 * Does token t end a body's name that "for" or "on" may go on ("National
 * Association for the Advancement of Colored People", "Committee on Legal
 * Affairs")?
 */
bool		heads_for_name(const char *text, const cp_ner_tok *t);

/*
 * Do tokens first..last name a happening by their last word ("Industrial
 * Revolution", "Salem Witch Trials"), no "of" in them?
 */
bool		names_happening(const char *text, const cp_ner_tok *first, const cp_ner_tok *last);

/*
 * Do tokens [first, last] name a competition by a Spanish, Italian or
 * French first word ("Copa Chile", "Torneo Argentino A")?
 */
bool		names_competition(const char *text, const cp_ner_tok *first, const cp_ner_tok *last);

/*
 * Is the city's name of m a club ("thrashed Warrington", "Warrington 66-14",
 * "lost 3-1 to Cesena", "played for Trapani")?
 */
bool		match_context(const char *text, size_t doclen, const raw_mention *m);

/*
 * Does m follow a player's deed for a side or a match's outcome against one
 * ("his first goal for New York", "college football at UCLA", "a defeat
 * against Leeds", "on loan from Sion")?  With city false, the deeds that
 * follow a place's name as often ("signed with", "on loan at") do not count.
 */
bool		after_club_deed(const char *text, const raw_mention *m, bool city);

/*
 * A person's name labelling a table's row among rows most of which
 * organizations label is an organization ("Moss 20 4 6 10 23 40 18").
 */
void		table_row_kinds(const char *text, size_t doclen, raw_mention *ms, size_t n);

/*
 * The names in brackets after persons' names, most of them read as
 * organizations, are all clubs: a squad's list ("Marco Pascolo (Cagliari),
 * Pascal Zuberbuehler (Grasshoppers)"), where the tagger read a club it
 * never saw as an other name or its town as a place.  And the name after a
 * ranked person and the country in brackets, before the time, read as a
 * person's, is the team's ("1. Alex Zanardi (Italy), Reynard Honda, 53.980").
 */
void		club_column_kinds(const char *text, size_t doclen, raw_mention *ms, size_t n);

/*
 * Does m open a sentence as its place: "In Baltimore, ...", "At
 * Portsmouth: ..."?
 */
bool		opens_clause_as_place(const cp_ner_doc *doc, const raw_mention *m, uint32_t first,
								  uint32_t last);

/*
 * A mention on the title line, in capitals or in title case, takes the kind
 * the story's mentions of it in lower case agree on ("NICE SACK COACH" over
 * "Nice"); lines: the article's, for its title.
 */
void		headline_kinds(const char *text, size_t doclen, const cp_line *lines, size_t nlines,
						   raw_mention *ms, size_t n);

/*
 * Does ms[i] stand on one side of a fixture, a "v" between it and a
 * capitalized word ("Brighton v Scunthorpe", "x-AEK Athens (Greece) v
 * Chemlon Humenne"), between clubs, not national sides?
 */
bool		fixture_side(const char *text, size_t doclen, const raw_mention *ms, size_t n, size_t i);

/* Is m a national side, a country's or one of the United Kingdom's four ("England v Pakistan")? */
bool		names_national_side(const char *text, const raw_mention *m);

/* Does token t open a ship's name ("HMS", "USS", "RMS")? */
bool		opens_ship_name(const char *text, const cp_token *t);

/* Do mentions a and b, in this order, stand in one list: only ", ", " and ", " or ", ", and " between? */
bool		listed_together(const char *text, const raw_mention *a, const raw_mention *b);

/*
 * A ship's name without its prefix ("Calliope" after "HMS Calliope"), and
 * the one-word names listed with a ship's ("HMS Calliope, Constance and
 * Comus"), are that ship or those ships: other names, in the whole article.
 */
void		ship_short_names(cp_arena *arena, const char *text, raw_mention *ms, size_t n);

/* Names in a list before a plural place noun ("Pulaski and Perry counties") are places. */
void		places_before_noun(const char *text, size_t doclen, raw_mention *ms, size_t n);

/*
 * Mark the names listed after a plural noun of bodies or places and "such
 * as" ("companies such as Etsy and Ziggeo") with the kind the noun states.
 */
void		listed_after_such_as(const char *text, raw_mention *ms, size_t n);
/* "Azeris" read as a person after the other name "Azeri": an other name too */
void		plurals_of_other_names(cp_arena *arena, const char *text, raw_mention *ms, size_t n);

/* Does token t open a natural feature's name ("Lake", "Mount", "Mt.")? */
bool		opens_natural_feature(const char *text, const cp_token *t);

/* Does token t end a newspaper's name ("Post", "Telegraph", "Herald-Dispatch")? */
bool		ends_as_newspaper(const char *text, const cp_token *t);
bool		ends_as_company(const char *text, const cp_token *t);
bool		names_denomination(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j);
void		tag_denominations(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
/* A country's name read apart from the party or league it opens ("Bangladesh Awami League"): one name. */
void		tag_country_bodies(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
/* Does token t open a school's name in another language ("Universidad de Buenos Aires")? */
bool		opens_foreign_school(const char *text, const cp_token *t);
/* Is token i - 1 a body's noun the tagger left out before the country it began at i, ended at j ("Air France")? */
bool		noun_before_country(const cp_ner_doc *doc, const uint8_t *tags, uint32_t i, uint32_t j, uint32_t n);
void		tag_peoples_and_indexes(const cp_ner_doc *doc, const cp_ner_lex *lex, uint8_t *tags, uint32_t n);
/* A gazetteer's place whose first word opens the sentence, read without it ("Great Britain"): one place. */
void		tag_opening_place(const cp_ner_doc *doc, const cp_ner_lex *lex, uint8_t *tags, uint32_t n);
/* The first token of a country's name without its compass point read as a person or a body ("Korea said"), or UINT32_MAX. */
uint32_t	compass_country_start(const cp_ner_doc *doc, const cp_ner_lex *lex, const uint8_t *tags, uint32_t i);
/* Is token t a name after a lower-case prefix of stance ("pro-European", "non-EU")? */
bool		names_after_prefix(const char *text, const cp_token *t, bool opening);
/* "Handy and Harman" read as two persons' surnames: one firm (entities_stated.c). */
void		tag_surname_firms(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
/* "Kidder, Peabody and Co" read as a name, a comma and a firm: one firm (entities_stated.c). */
void		tag_comma_firms(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
void		tag_saint_buildings(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
void		tag_numbered_units(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
bool		is_saint(const char *text, const cp_token *t);
bool		is_saint_building(const char *text, const cp_token *t);

/* Does token t end the name of a body and of no place ("College", "Regiment", "Inc")? */
bool		ends_as_body(const char *text, const cp_token *t);
/*
 * Does a name ending with token t name a body: ends_as_body's words, a
 * legal form, "Organisation", "Fund", "Service" and the like
 * (entities_unseen.c)?
 */
bool		ends_as_named_body(const char *text, const cp_token *t);

/* Is the name ending at token j followed by a firm's staff noun ("analyst")? */
bool		before_staff_noun(const char *text, const cp_ner_tok *toks, uint32_t j, uint32_t ntoks);

/*
 * The token of a noun the tagger took into a name of tokens i..j, between
 * capitalized words ("US magazine Entertainment Weekly", "Hollywood star
 * Tom Hanks"), or 0: the kinds of the words before it (*head, -1 for the
 * kind the tagger gave the whole) and after it (*rest).
 */
uint32_t	classifier_inside(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j,
							  int *head, int *rest);

/*
 * The token of an English lower-case word (in lex's dictionary) that no
 * name holds between capitalized words of tokens i..j, a verb or a noun
 * the tagger ran two names over ("Atalanta reunites Lentini", "Charles
 * ceded Alsace"), or 0.
 */
uint32_t	word_between_names(const char *text, const cp_ner_tok *toks, uint32_t i, uint32_t j,
							   const cp_ner_lex *lex);

/* Does token t end a company's name: a legal form, dotted or written after a comma? */
bool		ends_with_legal_form(const char *text, const cp_token *t);

/* Is token t a legal form written after a comma ("Alphabet, Inc.", "Cofinec S.A.")? */
bool		is_comma_form(const char *text, const cp_token *t);

/*
 * The article's lines (entities_lines.c).  mark_dateline: mention m (tokens
 * first..last) that opens line l's dateline is the place it was filed from,
 * and one that ends a schedule's line ("TORONTO AT CHICAGO") the host's town.
 * tag_dateline_place: a sentence's tags (n tokens) for the place and agency
 * of the dateline that opens it; tag_digest_papers: for a press digest's
 * line that names a newspaper.  The other three: a one-word mention at
 * token w that opens a line's body after a dateline as a common word does,
 * or labels a row of results; tokens i..j that cross a table's columns.
 */
void		mark_dateline(const cp_ner_doc *doc, const cp_line *l, raw_mention *m, uint32_t first,
						  uint32_t last);
void		tag_dateline_place(const cp_ner_doc *doc, const cp_line *l, uint8_t *tags, uint32_t n);
void		tag_digest_papers(const cp_ner_doc *doc, const cp_line *l, uint8_t *tags, uint32_t n);
bool		common_word_after_dateline(const cp_ner_doc *doc, const cp_line *l, uint32_t w,
									   cp_entity_kind kind);
bool		labels_results_row(const cp_ner_doc *doc, const cp_line *l, uint32_t w, cp_entity_kind kind,
							   uint32_t ntoks);
bool		crosses_columns(const cp_ner_doc *doc, uint32_t i, uint32_t j);

/*
 * The token of an opening bracket inside tokens i..j that none closes
 * before j ("Council of Europe (CoE", "Mangniu River (牤牛河": a name, then
 * its short form or its native spelling, run together), or 0.
 */
uint32_t	unclosed_bracket(const cp_ner_doc *doc, uint32_t i, uint32_t j);
/* The last token of a club's name begun at i, ended at j, with its town's initial after it ("Mladost (L) 0"), or 0 */
uint32_t	club_initial_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t n, uint32_t i, uint32_t j);

/* Is t an angle bracket, which no name holds ("Pfizer Inc <PFE>": a ticker in Reuters' brackets)? */
bool		is_angle_bracket(const char *text, const cp_token *t);

/*
 * The initials of the capitalized words of tokens first..last ("United
 * Nations" -> "UN"), NUL-terminated into out[0..cap); their count, or 0 when
 * fewer than two or too many for out.
 */
size_t		name_initials(const cp_ner_doc *doc, uint32_t first, uint32_t last, char *out, size_t cap);

/* The initialisms an article defined so far, as written (tag_unseen_names). */
#define INITIALISM_DEFS 16
typedef struct initialism_defs
{
	uint32_t	start[INITIALISM_DEFS],
				len[INITIALISM_DEFS];
	uint8_t		kind[INITIALISM_DEFS];
	int			n;
} initialism_defs;

/* The partners' names an article joined before a legal form, by their words' hashes (tag_unseen_names). */
#define PARTNER_NAMES 4
typedef struct partner_names
{
	uint32_t	n;
	uint64_t	first[PARTNER_NAMES],
				second[PARTNER_NAMES];
	bool		possessive[PARTNER_NAMES];	/* "Standard and Poor's Corp" */
} partner_names;

/*
 * A sentence's tags (n tokens) with the names the tagger never saw whole
 * (entities_unseen.c): the initialisms the article defines in brackets after
 * a name ("World Health Organization (WHO)"), there and where they recur
 * (defs carries them from sentence to sentence), and names cut at a number
 * inside them ("Channel 4 News") or at a campus ("University of Texas at
 * Austin"), and partners' names cut at "and" (said carries them from
 * sentence to sentence); an office's title read as a name is none
 * (untag_offices).
 */
void		tag_unseen_names(const cp_ner_doc *doc, uint8_t *tags, uint32_t n, initialism_defs *defs,
							 partner_names *said);

/*
 * Tags of sentence tokens [0, n) the tagger read as a name of an office's
 * title alone ("Member of Parliament", "Justice of the Peace"), or of a credit
 * rating ("Ba-2", "AA-") in a sentence about debt, back to none.
 */
void		untag_offices(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);

/*
 * The last token of a person's name the tagger begins at token i of a
 * sentence of ntoks tokens and that holds a nickname in quotation marks
 * ('Wei Seng "Paul" Phua', 'Darrell Demont "D. J." Chark Jr.'), or 0.
 */
uint32_t	nicknamed_name_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t i);

/*
 * The article's mentions ms[0..n) of text[0..len) with the number the
 * tagger left out after an organization or other name where the article
 * writes the name with it elsewhere ("Halo 2." after "Halo 2 is"), and with
 * the edition's year after an apostrophe after an other name ("Euro' 96").
 */
void		extend_numbered_mentions(cp_arena *arena, const char *text, size_t len, raw_mention *ms, size_t n);

/* A sentence's tags (n tokens) without the angle brackets of Reuters' tickers ("<TEX> Continental"). */
void		untag_angle_brackets(const cp_ner_doc *doc, uint8_t *tags, uint32_t n);
/* Is token k the period of a ticker's exchange ("<SIEG.F>")? */
bool		ticker_exchange_period(const cp_ner_doc *doc, uint32_t ntoks, uint32_t k);

/* A hash map from 64-bit keys to mention indices, growing with its keys. */
typedef struct key_map
{
	uint64_t   *keys;
	int32_t    *vals;
	size_t		mask;
	size_t		count;
} key_map;

void		key_map_init(cp_arena *arena, key_map *m, size_t cap);
int32_t    *key_map_get(const key_map *m, uint64_t key);
int32_t    *key_map_put(cp_arena *arena, key_map *m, uint64_t key, bool *found);

/*
 * The mentions ms[0..n) that holds() takes, grouped by their text, so that
 * finding the ones written alike costs no square of the article's length:
 * heads maps the hash of a text to its first mention, next[k] is the next
 * mention after k with the same hash, or -1.  Callers compare the bytes.
 *
 * A pass opens the chains with text_chains_begin(); they are built from the
 * mentions as they stand at the first text_chains_first(), so a pass that
 * never looks anything up builds nothing, and text_chains_end() gives back
 * the arena memory they took.
 */
typedef struct text_chains
{
	cp_arena   *arena;
	cp_arena_mark mark;
	const char *text;
	const raw_mention *ms;
	size_t		n;
	bool		(*holds) (const raw_mention *m);
	bool		built;
	key_map		heads;
	int32_t    *next;
} text_chains;

void		text_chains_begin(text_chains *c, cp_arena *arena, const char *text, const raw_mention *ms, size_t n,
							  bool (*holds) (const raw_mention *m));
int32_t		text_chains_first(text_chains *c, uint32_t from, uint32_t len);
void		text_chains_end(text_chains *c);

/* What the article's names are built from, gathered mention by mention. */
typedef struct name_index
{
	key_map		per;			/* words of full person names -> the longest such name */
	key_map		family;			/* last words of full person names -> the longest (presence read) */
	key_map		acr;			/* initials of multi-word names -> the longest */
	key_map		org;			/* first words of organizations' names -> the longest */
	key_map		legal;			/* first words of companies' names in full -> the shortest */
	key_map		legal_head;		/* their longer heads ("Johnson Controls") -> the shortest */
	key_map		legal_last;		/* last words of two-word heads ("Kodak") -> the shortest */
	key_map		event;			/* first words of events' and prizes' names (names_event) */
} name_index;

void		name_index_init(cp_arena *arena, name_index *ix);

/*
 * Record mention ms[idx], tokens first..last of the sentence in doc, in the
 * index, and the key its own resolution will look up.
 */
void		index_mention(cp_arena *arena, name_index *ix, const cp_ner_doc *doc, uint32_t first,
						  uint32_t last, raw_mention *ms, int32_t idx);

/*
 * Is untagged token t of the sentence in doc (ntoks tokens) the short form of
 * a company named earlier in the article with its legal form ("Dome" after
 * "Dome Petroleum Ltd")?
 */
bool		untagged_short_form(const name_index *ix, const cp_ner_doc *doc, uint32_t ntoks, uint32_t t);

/*
 * Or a run of capitalized words from token t, exactly a company's name in
 * full without its legal form ("Waste Management" after "Waste Management
 * Inc"), left out or cut by the tagger?  Then tag it one organization's name.
 */
bool		short_form_run(const name_index *ix, const cp_ner_doc *doc, uint8_t *tags, uint32_t ntoks,
						   uint32_t t);

/* Or the last word of a person's full name given earlier ("Bunch" after "John Bunch")? */
bool		untagged_family_name(const name_index *ix, const cp_ner_doc *doc, uint32_t ntoks, uint32_t t);

/* Each mention's fullest name (canon), once the whole article is indexed. */
void		resolve_names(const char *text, const name_index *ix, raw_mention *ms, size_t n);

/* A name in capitals takes the article's spelling of it in mixed case, once kinds are final. */
void		names_in_capitals(cp_arena *arena, const char *text, raw_mention *ms, size_t n);

/* The full name of a built-in initialism (raw_mention.builtin). */
const char *builtin_acronym_name(int8_t builtin);

/* Name particles that never identify a person on their own ("bin", "van"). */
bool		is_particle(const char *s, size_t len);

/* Is token t a word of lower-case ASCII letters only (entities.c)? */
bool		is_lower_word(const char *text, const cp_token *t);

/* Does s[0..len) start with a title only people carry ("Secretary-General"; entities.c)? */
bool		is_person_title(const char *s, size_t len);

/* entities_spans.c */

/* The last token of an award's category after the award ending at token j of n ("Academy Award for Best Picture"), or 0 */
uint32_t	award_category_end(const char *text, const cp_ner_tok *toks, uint32_t j, uint32_t n);

/* Is token t a year of four digits from 1800 to 2099, after a space? */
bool		is_year_token(const char *text, const cp_token *t);

/*
 * How many of the tokens from first (of a sentence that ends before end)
 * are a year or a season of two years ("2018", "2003-04", "2018–19") that
 * may start an edition's name; 0 if they are none
 */
uint32_t	edition_tokens(const char *text, const cp_ner_tok *toks, uint32_t first, uint32_t end);

/*
 * Do tokens first..last name one edition of a series of events (cups,
 * championships, festivals, games), not an event that happens once (a war,
 * a treaty)?
 */
bool		names_edition(const char *text, const cp_ner_tok *first, const cp_ner_tok *last);

/*
 * Are tokens t[0] and t[1] a hyphen and a lower-case word written onto the
 * word before ("-led" of "U.S.-led")?
 */
bool		is_attached_suffix(const char *text, const cp_ner_tok *t);

/* The last token of the mention the tagger begins at token i of a sentence of ntoks tokens. */
uint32_t	mention_end(const cp_ner_doc *doc, const uint8_t *tags, uint32_t ntoks, uint32_t i);

/* Is token k, a possessive's mark that a token follows, a name's "'s" before a verb of saying? */
bool		saying_after_possessive(const cp_ner_doc *doc, uint32_t k);

/*
 * Is token k of a sentence of ntoks tokens a name's "'s" before a verb of
 * saying?  The flag first, inline: few tokens are possessives, and it is
 * asked after every name.
 */
static inline bool
possessive_before_saying(const cp_ner_doc *doc, uint32_t ntoks, uint32_t k)
{
	return k + 1 < ntoks && (doc->toks[k].tok.flags & CP_TF_POSSESSIVE) && saying_after_possessive(doc, k);
}

/* The first token of the mention the tagger began at token i and ended at token j. */
uint32_t	mention_start(const cp_ner_doc *doc, const uint8_t *tags, uint32_t i, uint32_t j);

/*
 * Do tokens [first, j], tagged as kind, name an event whatever the tagger
 * read, after the edition's year if they start with it?
 */
bool		reads_as_event(const char *text, const cp_ner_tok *toks, uint32_t first, uint32_t j, int kind);

/* "el-Sisi", "al-Thani": an Arabic article prefix on a capitalized name. */
bool		is_prefixed_name(const char *s, size_t len);

#endif

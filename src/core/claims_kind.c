/*
 * claims_kind.c: what a number in a sentence claims, and about whom: the
 * words a claim's kind comes from (and the prefilter built on them), the
 * group the number counts, and the words before it that carry the kind
 * (those after it are in claims_after.c).
 */
#include "claims_internal.h"

#include "numbers.h"
#include "wordtab.h"

#include <string.h>
#include <strings.h>

/* Words after the counted group: "were killed", "died", "fled". */
const word_kind after_words[] = {
	{"killed", CP_CLAIM_KILLED}, {"dead", CP_CLAIM_KILLED}, {"died", CP_CLAIM_KILLED},
	{"perished", CP_CLAIM_KILLED}, {"slain", CP_CLAIM_KILLED}, {"murdered", CP_CLAIM_KILLED},
	{"executed", CP_CLAIM_KILLED}, {"drowned", CP_CLAIM_KILLED}, {"slaughtered", CP_CLAIM_KILLED},
	{"massacred", CP_CLAIM_KILLED}, {"die", CP_CLAIM_KILLED}, {"dies", CP_CLAIM_KILLED},
	{"martyred", CP_CLAIM_KILLED}, {"assassinated", CP_CLAIM_KILLED}, {"beheaded", CP_CLAIM_KILLED},
	{"lynched", CP_CLAIM_KILLED}, {"electrocuted", CP_CLAIM_KILLED},
	{"wounded", CP_CLAIM_WOUNDED}, {"injured", CP_CLAIM_WOUNDED}, {"hurt", CP_CLAIM_WOUNDED},
	{"hospitalized", CP_CLAIM_WOUNDED}, {"hospitalised", CP_CLAIM_WOUNDED},
	{"arrested", CP_CLAIM_ARRESTED}, {"detained", CP_CLAIM_ARRESTED}, {"jailed", CP_CLAIM_ARRESTED},
	{"imprisoned", CP_CLAIM_ARRESTED}, {"abducted", CP_CLAIM_KIDNAPPED},
	{"kidnapped", CP_CLAIM_KIDNAPPED}, {"captured", CP_CLAIM_KIDNAPPED},
	{"displaced", CP_CLAIM_DISPLACED}, {"fled", CP_CLAIM_DISPLACED},
	{"evacuated", CP_CLAIM_DISPLACED}, {"uprooted", CP_CLAIM_DISPLACED},
	{"missing", CP_CLAIM_MISSING}, {"unaccounted", CP_CLAIM_MISSING},
	{NULL, 0}
};

/* Words before the number, whose object it is: "killed 1,200 people". */
const word_kind before_words[] = {
	{"killed", CP_CLAIM_KILLED}, {"killing", CP_CLAIM_KILLED}, {"kills", CP_CLAIM_KILLED},
	{"kill", CP_CLAIM_KILLED}, {"death", CP_CLAIM_KILLED}, {"deaths", CP_CLAIM_KILLED},
	{"slaughtered", CP_CLAIM_KILLED}, {"massacred", CP_CLAIM_KILLED}, {"murdered", CP_CLAIM_KILLED},
	{"assassinated", CP_CLAIM_KILLED}, {"assassinating", CP_CLAIM_KILLED},
	{"beheaded", CP_CLAIM_KILLED}, {"beheading", CP_CLAIM_KILLED}, {"executed", CP_CLAIM_KILLED},
	{"executing", CP_CLAIM_KILLED}, {"wound", CP_CLAIM_WOUNDED}, {"wounds", CP_CLAIM_WOUNDED}, {"injure", CP_CLAIM_WOUNDED},
	{"injures", CP_CLAIM_WOUNDED}, {"arrest", CP_CLAIM_ARRESTED}, {"detain", CP_CLAIM_ARRESTED},
	{"detains", CP_CLAIM_ARRESTED}, {"abduct", CP_CLAIM_KIDNAPPED}, {"abducts", CP_CLAIM_KIDNAPPED},
	{"kidnap", CP_CLAIM_KIDNAPPED}, {"kidnaps", CP_CLAIM_KIDNAPPED},
	{"bodies", CP_CLAIM_KILLED}, {"detention", CP_CLAIM_ARRESTED}, {"abduction", CP_CLAIM_KIDNAPPED},
	{"toll", CP_CLAIM_KILLED}, {"wounded", CP_CLAIM_WOUNDED}, {"wounding", CP_CLAIM_WOUNDED},
	{"injured", CP_CLAIM_WOUNDED}, {"injuring", CP_CLAIM_WOUNDED},
	{"arrested", CP_CLAIM_ARRESTED}, {"arresting", CP_CLAIM_ARRESTED},
	{"detained", CP_CLAIM_ARRESTED}, {"detaining", CP_CLAIM_ARRESTED},
	{"arrests", CP_CLAIM_ARRESTED}, {"abducted", CP_CLAIM_KIDNAPPED},
	{"abducting", CP_CLAIM_KIDNAPPED}, {"kidnapped", CP_CLAIM_KIDNAPPED},
	{"kidnapping", CP_CLAIM_KIDNAPPED}, {"seized", CP_CLAIM_KIDNAPPED},
	{"captured", CP_CLAIM_KIDNAPPED}, {"displaced", CP_CLAIM_DISPLACED},
	{"displacing", CP_CLAIM_DISPLACED}, {"evacuated", CP_CLAIM_DISPLACED},
	{NULL, 0}
};

/* Words inside the counted group: "253 hostages", "a million displaced people". */
const word_kind group_words[] = {
	{"hostages", CP_CLAIM_HOSTAGES}, {"hostage", CP_CLAIM_HOSTAGES},
	{"captives", CP_CLAIM_HOSTAGES}, {"dead", CP_CLAIM_KILLED}, {"deaths", CP_CLAIM_KILLED},
	{"fatalities", CP_CLAIM_KILLED}, {"fatality", CP_CLAIM_KILLED}, {"bodies", CP_CLAIM_KILLED},
	{"wounded", CP_CLAIM_WOUNDED}, {"injured", CP_CLAIM_WOUNDED},
	{"detainees", CP_CLAIM_ARRESTED}, {"arrests", CP_CLAIM_ARRESTED}, {"displaced", CP_CLAIM_DISPLACED},
	{"refugees", CP_CLAIM_DISPLACED}, {"evacuees", CP_CLAIM_DISPLACED},
	{"homeless", CP_CLAIM_DISPLACED},
	{"missing", CP_CLAIM_MISSING},
	{NULL, 0}
};

/*
 * Every word a claim's kind comes from: the three lists above, "lives"
 * ("lost their lives", "claimed 30 lives"), "captive" and "prisoner"
 * ("taken captive"), "prisoners" (of war), "held" (over), the verbs of particle_verbs, "custody" and "homes"
 * ("from their homes"), "succumbed" (to injuries), "sustained" and
 * "suffered" (injuries).  A sentence holding
 * none of them has no claim, so its quantities are not read.
 * cp_claims_prefilter_covers() checks that the lists are all in here.
 */
static const struct
{
	const char *word;
}			kind_words[] = {
	{"killed"}, {"dead"}, {"died"}, {"perished"}, {"slain"}, {"murdered"}, {"executed"},
	{"drowned"}, {"wounded"}, {"injured"}, {"hurt"}, {"arrested"}, {"detained"}, {"jailed"},
	{"imprisoned"}, {"abducted"}, {"kidnapped"}, {"captured"}, {"displaced"}, {"fled"},
	{"evacuated"}, {"uprooted"}, {"missing"}, {"unaccounted"}, {"killing"}, {"kills"}, {"kill"},
	{"death"}, {"deaths"}, {"toll"}, {"wounding"}, {"injuring"}, {"arresting"}, {"detaining"},
	{"arrests"}, {"abducting"}, {"kidnapping"}, {"seized"}, {"displacing"}, {"hostages"},
	{"hostage"}, {"captives"}, {"fatalities"}, {"fatality"}, {"bodies"}, {"detainees"}, {"lives"},
	{"captive"}, {"slaughtered"}, {"massacred"}, {"die"}, {"dies"}, {"wound"}, {"wounds"},
	{"injure"}, {"injures"}, {"arrest"}, {"detain"}, {"detains"}, {"abduct"}, {"abducts"},
	{"kidnap"}, {"kidnaps"}, {"refugees"}, {"evacuees"}, {"detention"}, {"abduction"},
	{"homeless"}, {"gunned"}, {"mowed"}, {"rounded"}, {"custody"}, {"homes"}, {"martyred"},
	{"assassinated"}, {"assassinating"}, {"beheaded"}, {"beheading"}, {"lynched"}, {"electrocuted"},
	{"hospitalized"}, {"hospitalised"}, {"succumbed"}, {"sustained"}, {"suffered"}, {"prisoner"},
	{"executing"}, {"injuries"},
	{"prison"}, {"jail"}, {"evacuate"}, {"flee"}, {"hospital"}, {"prisoners"}, {"held"}
};
static int16_t kind_word_slots[256];
static cp_wordtab kind_word_table = CP_WORDTAB(kind_words, kind_word_slots);

/* Lengths of the words in kind_words, to pass over most tokens unhashed. */
#define KIND_WORD_MIN 3
#define KIND_WORD_MAX 16

/*
 * The second letters of the kind words by their first (bit 0: 'a'): most
 * tokens are turned away on their first two bytes, unhashed.  OR 0x20 folds
 * ASCII capitals and maps no other byte to a letter.
 */
static uint32_t kind_pairs[26];
static bool kind_pairs_ready;

static bool
kind_pair(const char *s)
{
	unsigned	a = (unsigned) ((unsigned char) s[0] | 0x20) - 'a',
				b = (unsigned) ((unsigned char) s[1] | 0x20) - 'a';

	if (!kind_pairs_ready)
	{
		for (size_t i = 0; i < sizeof(kind_words) / sizeof(kind_words[0]); i++)
			kind_pairs[kind_words[i].word[0] - 'a'] |= 1u << (kind_words[i].word[1] - 'a');
		kind_pairs_ready = true;
	}
	return a < 26 && b < 26 && (kind_pairs[a] >> b & 1);
}

/* Is s[0..len) a word of kind_words in any ASCII case (as cp_token_is() compares)? */
static bool
is_kind_word(const char *s, size_t len)
{
	char		w[KIND_WORD_MAX];

	if (len < KIND_WORD_MIN || len > KIND_WORD_MAX || !kind_pair(s))
		return false;
	cp_ascii_lower_copy(w, s, len);
	return cp_wordtab_find(&kind_word_table, w, len) >= 0;
}

/*
 * Does the text hold a word of kind_words as a whole run of ASCII letters?
 * A token that is one is such a run, so a text without any has no claim
 * and need not be split into sentences.  A run longer than a token may be
 * cut into tokens anywhere: it lets the text through.
 */
bool
text_may_hold_claims(const char *text, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		j = i + 1;

		if (!cp_ascii_alpha((unsigned char) text[i]))
		{
			i++;
			continue;
		}
		while (j < len && cp_ascii_alpha((unsigned char) text[j]))
			j++;
		if (j - i > CP_MAX_TOKEN_BYTES || is_kind_word(text + i, j - i))
			return true;
		cp_check_interrupts_crossing(i, j);
		i = j;
	}
	return false;
}

/* Does the sentence hold a word of kind_words? */
bool
has_kind_word(const char *text, const cp_sentence *s)
{
	for (size_t i = 0; i < s->ntokens; i++)
		if (is_kind_word(text + s->tokens[i].start, s->tokens[i].len))
			return true;
	return false;
}

/* Passed over between a group and its verb: "are said to have been killed". */
const char *const after_skip[] = {
	"have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "also",
	"reportedly", "now", "all", "so", "far", "already", "said", "to", "believed", "feared",
	"thought", "reported", "confirmed", "estimated", "since", "later", "then", "still",
	"remain", "remains", "remained", "listed", "presumed", "as", "previously", "allegedly",
	"apparently", "either", "subsequently", "more", "involved", "both", NULL
};

/* Passed over between a verb and its number: "rose to", "killed an estimated". */
static const char *const before_skip[] = {
	"to", "of", "at", "least", "as", "the", "a", "an", "estimated", "some", "now", "has", "had",
	"have", "already", "reportedly", "overall", "another", "all", NULL
};

/* Verbs of a rising toll, whose subject ("the death toll") may be far back. */
static const char *const rise_words[] = {
	"rose", "risen", "climbed", "jumped", "reached", "hit", "passed", "topped", "surpassed",
	"exceeded", "increased", "grew", "soared", "surged", "stood", "stands", "stand", "mounted",
	"rises", "climbs", "reaches", "tops", "hits", "jumps", "soars", "surges", "mounts", "grows",
	"increases", NULL
};

/* Verbs whose subject, further back, names the kind: "the dead included 5 children". */
static const char *const inclusion_words[] = {"included", "include", "includes", NULL};

/*
 * Verbs that state a total as it is: "Total fatalities were 9", "the toll
 * in Rafah is 912", "fatalities coded as 3".  Their subject must be the
 * toll or a counted group itself ("the wounded were 12"): after "killed ...
 * is" the figure is something else.
 */
static const char *const total_words[] = {
	"is", "was", "were", "are", "coded", "totalled", "totaled", "totals", "total", "numbered", NULL
};

/* Rising verbs that put the toll beyond the figure: "passed 650" is >650. */
static const char *const beyond_words[] = {
	"passed", "topped", "surpassed", "exceeded", "tops", "passes", "exceeds", NULL
};

/* Between two coordinated numbers: "and", "including", "along with". */
static const char *const connectors[] = {
	",", "and", "including", "along", "with", "as", "well", "plus", "among", "them",
	"(", ")", "-", "\xe2\x80\x94", "\xe2\x80\x93", "also", "besides", "while", "another", NULL
};

/* Modifiers skipped before the head of a group, never part of its key. */
const char *const group_skip[] = {
	"more", "other", "additional", "mostly", "mainly", "largely", "many", "of", "them",
	"its", "their", "the", "his", "her", "our", "these", "those", "such", "civilian",
	"innocent", "unarmed", "young", "people's", NULL
};

/* Auxiliaries after a parenthetical: "536 Palestinians, including ..., have been killed". */
const char *const auxiliaries[] = {
	"have", "has", "had", "were", "was", "are", "is", NULL
};

/* Words that take a part of a counted whole: "any of the 17 men". */
const char *const partitive_heads[] = {
	"any", "none", "some", "all", "most", "many", "several", "few", "each", "both", "half", NULL
};

/* Group nouns that take an "of" phrase: "18 members of the same family". */
static const char *const relational_heads[] = {
	"members", "member", "relatives", "residents", "families", "citizens", "employees",
	"staff", "workers", "students", "followers", NULL
};
bool
in_list(const char *text, const cp_token *t, const char *const *list)
{
	for (; *list; list++)
		if (cp_token_is(text, t, *list))
			return true;
	return false;
}

int
kind_of(const char *text, const cp_token *t, const word_kind *list)
{
	for (; list->word; list++)
		if (cp_token_is(text, t, list->word))
			return list->kind;
	return -1;
}


bool
is_capitalized(const cp_token *t)
{
	return (t->flags & CP_TF_CAPITALIZED) != 0 && t->kind == CP_TOK_WORD;
}

/* Does token t end in suffix, in any case? */
bool
ends_with(const char *text, const cp_token *t, const char *suffix)
{
	size_t		l = strlen(suffix);

	return t->len >= l && strncasecmp(text + t->start + t->len - l, suffix, l) == 0;
}

/* A capitalized word that names a people: "Palestinian", "Israeli", "Lebanese", "Kurdish". */
bool
is_demonym(const char *text, const cp_token *t)
{
	static const char *const endings[] = {"an", "i", "ese", "ish", NULL};
	const char *w = text + t->start;

	if (t->kind != CP_TOK_WORD || !is_capitalized(t) || t->len < 4 || (t->flags & CP_TF_ALL_UPPER))
		return false;
	for (int k = 0; endings[k]; k++)
	{
		size_t		l = strlen(endings[k]);

		if (t->len > l && memcmp(w + t->len - l, endings[k], l) == 0)
			return true;
	}
	return false;
}

/* Ordinals after "a": "a third Marine", "a second man". */
const char *const ordinals[] = {
	"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", NULL
};

/* Does a noun phrase end at tok[j]: nothing, a connector or an auxiliary after it? */
bool
phrase_ends(const char *text, const cp_token *tok, size_t n, size_t j)
{
	return j + 1 >= n || tok[j + 1].kind != CP_TOK_WORD || in_list(text, &tok[j + 1], connectors) ||
		in_list(text, &tok[j + 1], after_skip);
}

/* A people's name that ends a noun phrase at tok[j]: "a Palestinian", "a Palestinian and ...". */
bool
demonym_head(const char *text, const cp_token *tok, size_t n, size_t j)
{
	return is_demonym(text, &tok[j]) && phrase_ends(text, tok, n, j);
}

/* Is tok[j] the verb of one person: a singular auxiliary or a word of harm ("another was hurt")? */
bool
verb_of_one(const char *text, const cp_token *t)
{
	static const char *const singular[] = {"was", "is", "has", "had", NULL};

	return in_list(text, t, singular) || kind_of(text, t, after_words) >= 0;
}

/* Plural people that end in none of person_group()'s endings. */
const char *const person_plurals[] = {
	"people", "children", "police", "personnel", "staff", "civilians", "youths", "troops",
	"crew", "hostages", "captives", "prisoners", "detainees", "students", "journalists",
	"girls", "boys", "babies", "residents", "migrants", "refugees", "pilgrims", "guards",
	"officials", "villagers", "sailors", "nationals", "citizens", "suspects", "militants",
	"rebels", "insurgents", "gunmen", "fishermen", "tourists", "passengers", "nurses",
	"doctors", "teachers", "priests", "monks", "nuns", "cadets", "recruits", "families", NULL
};

/* A plural-looking or collective noun heads a group. */
bool
is_group_head(const char *text, const cp_token *t)
{
	static const char *const collective[] = {
		"people", "children", "men", "women", "police", "personnel", "staff", "civilians",
		"youths", "troops", "crew", NULL
	};
	static const char *const not_plural[] = {
		"this", "thus", "plus", "always", "perhaps", "besides", "towards", "afterwards",
		"whereas", "does", NULL
	};

	if (t->kind != CP_TOK_WORD || (t->flags & CP_TF_HAS_DIGIT))
		return false;
	if (in_list(text, t, collective))
		return true;
	/* "gunmen", "policemen", "fishermen" */
	if (t->len > 4 && ends_with(text, t, "men"))
		return true;
	/* "this year", "across", "serious": an s that makes no plural ("the homeless" is one) */
	if ((ends_with(text, t, "ss") && !ends_with(text, t, "less")) || ends_with(text, t, "ous") ||
		in_list(text, t, not_plural))
		return false;
	return t->len > 3 && (text[t->start + t->len - 1] == 's' || text[t->start + t->len - 1] == 'S');
}

/*
 * "Both men were arrested", "both died": "both" opening a noun phrase of
 * people, or standing for them, before their verb; not "were both killed"
 * (the two are counted before) nor "both killed and wounded".
 */
bool
both_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	size_t		j = i + 1;

	if (!cp_token_is(text, &tok[i], "both") || j >= n || (i > 0 && in_list(text, &tok[i - 1], after_skip)))
		return false;
	/* standing alone, at the start of a clause: "Both died", not "could both hurt their ..." */
	if (kind_of(text, &tok[j], after_words) >= 0 || in_list(text, &tok[j], auxiliaries))
		return (i == 0 || tok[i - 1].kind != CP_TOK_WORD || cp_token_is(text, &tok[i - 1], "and") ||
				cp_token_is(text, &tok[i - 1], "but")) &&
			(j + 1 >= n || (!cp_token_is(text, &tok[j + 1], "and") && !cp_token_is(text, &tok[j + 1], "or")));
	for (; j < n && j <= i + 3; j++)
	{
		if (tok[j].kind != CP_TOK_WORD || cp_token_is(text, &tok[j], "and"))
			return false;
		if (is_group_head(text, &tok[j]) && !is_capitalized(&tok[j]))
			return j + 1 < n &&
				(in_list(text, &tok[j + 1], after_skip) || kind_of(text, &tok[j + 1], after_words) >= 0);
	}
	return false;
}

/*
 * Right after "one", past capitalized modifiers only: a lower-case noun in the
 * singular ("one Israeli soldier", "killing one man"), not a pronoun that
 * opens a clause ("one cafe that killed 25 people") or a modal verb ("a
 * child can be jailed").
 */
static bool
is_singular_head(const char *text, const cp_token *t)
{
	static const char *const not_nouns[] = {
		"that", "which", "who", "whom", "whose", "can", "could", "may", "might", "will", "would",
		"should", "must", "shall", NULL
	};

	return t->kind == CP_TOK_WORD && !(t->flags & (CP_TF_HAS_DIGIT | CP_TF_CAPITALIZED)) &&
		t->len >= 3 && kind_of(text, t, after_words) < 0 && !in_list(text, t, after_skip) &&
		!in_list(text, t, group_skip) && !in_list(text, t, connectors) && !in_list(text, t, not_nouns);
}

/*
 * The group a number counts: modifiers, then a head noun ("mostly civilian
 * Palestinians" -> "Palestinians", "Israeli soldiers", "of its soldiers" ->
 * "soldiers"), with an "of" phrase after relational heads.
 */
void
find_group(const char *text, const cp_token *tok, size_t n, frame *f)
{
	size_t		i = f->last + 1,
				first = SIZE_MAX;
	int			k;

	/* "one man", "at least one person" */
	bool		one = f->q->value.lo == 1 &&
		(cp_quantity_is_point(&f->q->value) || (f->q->value.flags & CP_Q_HI_INF));
	/* after an ordinal, a name may be the head */
	bool		ordinal = one && in_list(text, &tok[f->last], ordinals);

	f->group_first = 1;
	f->group_last = 0;
	for (; i < n && i <= f->last + 6; i++)
	{
		const cp_token *t = &tok[i];

		if (t->kind != CP_TOK_WORD || (t->flags & CP_TF_POSSESSIVE))
			return;
		if ((k = kind_of(text, t, group_words)) >= 0 &&
			(!is_group_head(text, t) || (i + 1 < n && is_group_head(text, &tok[i + 1]))))
		{
			/* "displaced people", "homeless families": the adjective gives the kind, not the group */
			f->kind = k;
			f->kind_from_adjective = true;
			f->anchor = i;
			first = SIZE_MAX;
			/* a part of them, said to be a group: "100 of the dead were children" */
			if (i >= f->last + 3 && cp_token_is(text, &tok[i - 2], "of") &&
				cp_token_is(text, &tok[i - 1], "the") && i + 2 < n &&
				(cp_token_is(text, &tok[i + 1], "were") || cp_token_is(text, &tok[i + 1], "are")) &&
				is_group_head(text, &tok[i + 2]))
			{
				f->group_first = f->group_last = i + 2;
				return;
			}
			continue;
		}
		if (in_list(text, t, group_skip) && !is_capitalized(t))
		{
			first = SIZE_MAX;
			one = false;		/* "one of the strongest ...": no singular head */
			continue;
		}
		/* "a third Marine was killed", "an 18-year-old has been arrested" */
		if (((ordinal && is_capitalized(t)) ||
			 (one && (t->flags & CP_TF_HAS_DIGIT) && ends_with(text, t, "-old"))) &&
			phrase_ends(text, tok, n, i))
		{
			f->group_first = f->group_last = i;
			return;
		}
		/* an adverb before the kind word: "four seriously injured patients" */
		if (!is_capitalized(t) && t->len > 4 && ends_with(text, t, "ly") &&
			i + 1 < n && kind_of(text, &tok[i + 1], group_words) >= 0)
			continue;
		if (kind_of(text, t, after_words) >= 0 && first == SIZE_MAX)
			return;				/* "four killed": no group */
		if (first == SIZE_MAX)
			first = i;
		if (is_group_head(text, t) || (one && (is_singular_head(text, t) || demonym_head(text, tok, n, i))))
		{
			/*
			 * The head is the last of a noun run: "police officers"; in the
			 * singular only before the verb: "one aid worker was killed",
			 * not "killing one man near the school".
			 */
			while (i + 1 < n && i < f->last + 6 &&
				   (is_group_head(text, &tok[i + 1]) ||
					(one && is_singular_head(text, &tok[i + 1]) && i + 2 < n &&
					 (in_list(text, &tok[i + 2], after_skip) || kind_of(text, &tok[i + 2], after_words) >= 0))) &&
				   kind_of(text, &tok[i + 1], after_words) < 0)
				t = &tok[++i];
			f->group_first = first;
			f->group_last = i;
			if ((k = kind_of(text, t, group_words)) >= 0)
				f->kind = k;
			/* "63,000 injuries": a count of the wounded (only as the group a number counts) */
			if (cp_token_is(text, t, "injuries"))
				f->kind = CP_CLAIM_WOUNDED;
			/* "208 prisoners of war": taken in war, a claim by itself */
			if (cp_token_is(text, t, "prisoners") && i + 2 < n && cp_token_is(text, &tok[i + 1], "of") &&
				cp_token_is(text, &tok[i + 2], "war"))
			{
				f->kind = CP_CLAIM_KIDNAPPED;
				f->group_last = i + 2;
				return;
			}
			if (in_list(text, t, relational_heads) && i + 2 < n && cp_token_is(text, &tok[i + 1], "of"))
			{
				/* "members of the same Palestinian family" */
				size_t		j;

				for (j = i + 2; j < n && j <= i + 7 && tok[j].kind == CP_TOK_WORD; j++)
					if (is_group_head(text, &tok[j]) || cp_token_is(text, &tok[j], "family"))
					{
						f->group_last = j;
						break;
					}
			}
			return;
		}
		if (!is_capitalized(t) && !(t->flags & CP_TF_HYPHENATED) &&
			!(i + 1 < n && is_group_head(text, &tok[i + 1]) && !in_list(text, t, after_skip)))
			return;				/* an ordinary word that heads nothing ("aid workers" goes on) */
	}
}

/*
 * Does t open the object of a verb: a determiner, a pronoun or a number
 * ("killed the guard", "killed one person")?  Not a capitalized word:
 * "four soldiers killed Tuesday" is passive.
 */
bool
starts_object(const char *text, const cp_token *t)
{
	static const char *const openers[] = {
		"the", "a", "an", "his", "her", "their", "its", "him", "them", "one", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "scores", NULL
	};

	return (t->kind == CP_TOK_NUMBER && !(t->flags & CP_TF_CAPITALIZED)) ||
		(!is_capitalized(t) && in_list(text, t, openers));
}

/*
 * "the number of villagers killed rose to 40": with a rising verb, the noun
 * before the kind word (tok[at]) is the group when none follows the number.
 */
static void
group_before(const char *text, const cp_token *tok, size_t at, bool rising, frame *f)
{
	if (rising && f->group_last < f->group_first && at > 0 &&
		is_group_head(text, &tok[at - 1]) && !in_list(text, &tok[at - 1], after_skip))
		f->group_first = f->group_last = at - 1;
}

/* Nouns among the words before a number: the number must be their "of" phrase. */
static const char *const of_nouns[] = {"death", "deaths", "bodies", "detention", "abduction", NULL};

/*
 * The kind of a verb of harm at most four words before tok[and_at], only
 * words between ("killed his wife and"): the verb also takes the number
 * after the "and"; -1 when there is none.
 */
static int
verb_before_object(const char *text, const cp_token *tok, size_t and_at, frame *f)
{
	for (size_t j = and_at, steps = 0; j > 0 && steps < 4; steps++)
	{
		const cp_token *t = &tok[--j];
		int			k;

		if (t->kind != CP_TOK_WORD)
			return -1;
		if ((k = kind_of(text, t, before_words)) >= 0 && !in_list(text, t, of_nouns) &&
			!cp_token_is(text, t, "toll") && j + 1 < and_at)
		{
			f->verb = j;
			return k;
		}
	}
	return -1;
}

/* A toll at tok[i]: "toll", or a count of the dead ("the fatality count", "the death tally"). */
static bool
is_toll(const char *text, const cp_token *tok, size_t i)
{
	return cp_token_is(text, &tok[i], "toll") ||
		((cp_token_is(text, &tok[i], "count") || cp_token_is(text, &tok[i], "tally")) && i > 0 &&
		 (cp_token_is(text, &tok[i - 1], "death") || cp_token_is(text, &tok[i - 1], "fatality")));
}

/*
 * Is there a verb of raising at most six words before tok[at]: "raising
 * total fatalities", "bringing the cumulative number of fatalities"?
 */
static bool
raised_before(const char *text, const cp_token *tok, size_t at)
{
	static const char *const raising[] = {
		"raising", "raised", "raises", "bringing", "brought", "brings", "pushing", "pushed",
		"pushes", "taking", "took", "takes", NULL
	};

	for (size_t j = at; j > 0 && at - j < 6;)
		if (in_list(text, &tok[--j], raising))
			return true;
	return false;
}

/*
 * "Total fatalities 10", "Dead: 12": a word of a counted group heads the
 * figure after "total" or before a colon at the start of a clause; its kind,
 * or -1.
 */
static int
headed_total(const char *text, const cp_token *tok, const frame *f)
{
	size_t		j = f->first;
	bool		colon = j > 0 && cp_token_is(text, &tok[j - 1], ":");
	int			k;

	j -= colon;
	if (j == 0 || (k = kind_of(text, &tok[j - 1], group_words)) < 0)
		return -1;
	if (j >= 2 && cp_token_is(text, &tok[j - 2], "total"))
		return k;
	return colon && (j == 1 || tok[j - 2].kind == CP_TOK_PUNCT) ? k : -1;
}

/* The kind from words before the number: "killed 1,200", "death toll rose to". */
void
scan_before(const char *text, const cp_token *tok, frame *f)
{
	size_t		i = f->first;
	size_t		steps = 0;
	bool		rising = false,
				total = false,
				to = false;
	/* "a teacher" counts one person but states no total: "One of the dead was a teacher" */
	bool		article = cp_token_is(text, &tok[f->first], "a") || cp_token_is(text, &tok[f->first], "an") ||
		cp_token_is(text, &tok[f->first], "another");
	int			k;

	if ((k = headed_total(text, tok, f)) >= 0)
	{
		f->kind = k;
		return;
	}
	while (i > 0 && steps < BEFORE_WINDOW)
	{
		const cp_token *t = &tok[--i];

		steps++;
		/* "gunned down 12 villagers" */
		if (i > 0 && (k = particle_kind(text, tok, i + 1, i - 1)) >= 0)
		{
			f->kind = k;
			return;
		}
		/* "claimed the lives of 14 soldiers" */
		if (cp_token_is(text, t, "lives") && cp_token_is(text, &tok[i + 1], "of") &&
			verb_before(text, tok, i, taking_verbs))
		{
			f->kind = CP_CLAIM_KILLED;
			return;
		}
		if ((k = kind_of(text, t, before_words)) >= 0)
		{
			/* "the death of 13", "the bodies of six gunmen": a noun needs its "of" */
			if (in_list(text, t, of_nouns) && !cp_token_is(text, &tok[i + 1], "of"))
				return;
			f->kind = k;
			f->verb = i;
			if (cp_token_is(text, t, "toll"))
				f->from_toll = true, f->toll = i;
			else
				group_before(text, tok, i, rising, f);
			return;
		}
		if (in_list(text, t, rise_words) || in_list(text, t, inclusion_words))
		{
			/* only the verb next to the number: "passed 650", not "rose past ... to 650" */
			if (!rising && in_list(text, t, beyond_words))
				f->beyond = true;
			rising = true;
			continue;
		}
		if (!rising && !article && in_list(text, t, total_words))
		{
			rising = total = true;
			continue;
		}
		if (cp_token_is(text, t, "to"))
			to = true;
		/* "was murdered along with over a million others" */
		if (cp_token_is(text, t, "with") && i > 0 && cp_token_is(text, &tok[i - 1], "along"))
		{
			i--;
			continue;
		}
		/* "killed his wife and three of her children": the verb before a first object */
		if (cp_token_is(text, t, "and") && !rising && (k = verb_before_object(text, tok, i, f)) >= 0)
		{
			f->kind = k;
			return;
		}
		if (!in_list(text, t, before_skip))
			break;
	}
	if (!rising)
	{
		/*
		 * "raises the overall toll in the West Bank to 1,204": a toll a few
		 * words before "to"; a counted group after a verb of raising:
		 * "raising total fatalities to 9", "bringing the number of dead to 45"
		 */
		for (steps = 0; to && steps < 8 && tok[i].kind == CP_TOK_WORD; steps++)
		{
			if (is_toll(text, tok, i))
			{
				f->kind = CP_CLAIM_KILLED;
				f->from_toll = true;
				f->toll = i;
				return;
			}
			if ((k = kind_of(text, &tok[i], group_words)) >= 0 && raised_before(text, tok, i))
			{
				f->kind = k;
				return;
			}
			if (i-- == 0)
				return;
		}
		return;
	}
	/*
	 * "The Palestinian death toll in an Israeli offensive ... jumped to more
	 * than 500", from the word that ended the scan above on: "Total
	 * fatalities were 22".
	 */
	for (steps = 0; steps < TOLL_WINDOW; steps++)
	{
		const cp_token *t = &tok[i];

		if (is_toll(text, tok, i))
		{
			f->kind = CP_CLAIM_KILLED;
			f->from_toll = true;
			f->toll = i;
			return;
		}
		/* "the number of people displaced has risen to 12,000"; a total needs a noun */
		if ((!total && (k = kind_of(text, t, after_words)) >= 0) ||
			(k = kind_of(text, t, group_words)) >= 0)
		{
			f->kind = k;
			group_before(text, tok, i, true, f);
			return;
		}
		if (t->kind == CP_TOK_PUNCT && (text[t->start] == ';' || text[t->start] == ':'))
			return;
		if (i-- == 0)
			return;
	}
}

/* Are tokens (a, b) exclusive only connectors between two coordinated numbers? */
bool
connected(const char *text, const cp_token *tok, size_t a, size_t b)
{
	size_t		i;

	if (b <= a + 1)
		return true;
	if (b - a > 6)
		return false;
	for (i = a + 1; i < b; i++)
		if (!in_list(text, &tok[i], connectors))
			return false;
	return true;
}

bool
cp_claims_prefilter_covers(const char **missing)
{
	static const word_kind *const lists[] = {after_words, before_words, group_words};
	static const char *const extra[] = {"lives", "hostage", "captive", "gunned", "mowed", "rounded",
	"custody", "homes", "succumbed", "sustained", "suffered", "prisoner", "prison", "jail",
	"evacuate", "flee", "hospital", "prisoners", "held", NULL};
	size_t		i;
	const word_kind *w;
	const char *const *e;

	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		for (w = lists[i]; w->word; w++)
			if (!is_kind_word(w->word, strlen(w->word)))
			{
				*missing = w->word;
				return false;
			}
	for (e = extra; *e; e++)
		if (!is_kind_word(*e, strlen(*e)))
		{
			*missing = *e;
			return false;
		}
	return true;
}

/* Animals, the heads of groups that are no casualties. */
static const char *const animals[] = {
	"animals", "foxes", "dogs", "cats", "cattle", "cows", "sheep", "goats", "pigs", "horses",
	"birds", "chickens", "poultry", "livestock", "fish", "deer", "whales", "dolphins", "elephants",
	"camels", "donkeys", NULL
};

/* Verbs that find or bury bodies: "the bodies of 14 migrants were recovered". */
static const char *const finding_verbs[] = {
	"found", "recovered", "discovered", "retrieved", "pulled", "washed", "lay", "lying",
	"buried", "identified", "exhumed", "brought", "returned", "handed", "trapped", NULL
};

bool
not_a_count(const char *text, const cp_token *tok, size_t n, const frame *f)
{
	const cp_quantity *v = &f->q->value;

	/* "a third of overdose deaths": a proportion counts nobody */
	if (!(v->flags & CP_Q_HI_INF) && v->hi < 1)
		return true;
	/* "Mr Doherty, 25, was arrested": an age in apposition to a name */
	if (f->q->kind == CP_QK_NUMBER && cp_quantity_is_point(v) && v->lo <= 120 &&
		f->first >= 2 && cp_token_is(text, &tok[f->first - 1], ",") &&
		is_capitalized(&tok[f->first - 2]) && f->last + 1 < n && cp_token_is(text, &tok[f->last + 1], ","))
		return true;
	/*
	 * The whole of a partitive: "32 of the 543 passengers were confirmed
	 * dead", "none of the 17 men taken to hospital were hurt"
	 */
	if (f->first >= 3 && cp_token_is(text, &tok[f->first - 1], "the") &&
		cp_token_is(text, &tok[f->first - 2], "of") &&
		(in_list(text, &tok[f->first - 3], partitive_heads) ||
		 cp_token_may_start_number(text, &tok[f->first - 3])))
		return true;
	/* "Of the 40 passengers, 12 died": the whole, opening the clause */
	if (f->first >= 2 && cp_token_is(text, &tok[f->first - 1], "the") &&
		cp_token_is(text, &tok[f->first - 2], "of") &&
		(f->first == 2 || cp_token_is(text, &tok[f->first - 3], ",") ||
		 cp_token_is(text, &tok[f->first - 3], ";")))
		return true;
	/*
	 * "One of the dead was a teacher": one person of a group counted
	 * elsewhere ("About 100 of the dead were children" still counts)
	 */
	if (cp_quantity_is_point(v) && v->lo == 1 && f->last + 3 < n && cp_token_is(text, &tok[f->last + 1], "of") &&
		(cp_token_is(text, &tok[f->last + 2], "the") || cp_token_is(text, &tok[f->last + 2], "those")) &&
		(kind_of(text, &tok[f->last + 3], after_words) >= 0 || kind_of(text, &tok[f->last + 3], group_words) >= 0))
		return true;
	return false;
}

/* Is t a unit, in the numbers' lexicon: money, a measure, a time, a list's item ("pages")? */
static bool
is_unit_word(const char *text, const cp_token *t)
{
	int			idx;
	const cp_lex_entry *e;

	/* the lexicon's lookup folds case itself */
	if ((idx = cp_lex_lookup(text + t->start, t->len)) < 0)
		return false;
	e = cp_lex_get(idx);
	return e->uclass != CP_UC_NOUNIT || (e->bits & CP_LB_LIST);
}

bool
not_people(const char *text, const cp_token *tok, size_t n, const frame *f)
{
	bool		group = f->group_last >= f->group_first;

	/* "Millions of dollars are missing", "two pages were missing": units count no people */
	if (group && is_unit_word(text, &tok[f->group_last]))
		return true;

	/* "merges two bodies into one": bodies of the dead are found, recovered, buried */
	if (group && f->kind == CP_CLAIM_KILLED && cp_token_is(text, &tok[f->group_last], "bodies"))
	{
		for (size_t i = f->group_last + 1; i < n && i <= f->group_last + AFTER_WINDOW; i++)
			if (in_list(text, &tok[i], finding_verbs))
				return false;
		return true;
	}
	/* "four foxes were killed by hounds": animals are no casualties */
	if (group && in_list(text, &tok[f->group_last], animals))
		return true;
	/* "seized 40 rifles", "captured two fishing boats", "executed 500 trades" */
	if (group && f->verb != SIZE_MAX &&
		(cp_token_is(text, &tok[f->verb], "seized") || cp_token_is(text, &tok[f->verb], "captured") ||
		 cp_token_is(text, &tok[f->verb], "executed") || cp_token_is(text, &tok[f->verb], "executing")))
		return !person_group(text, tok, f);
	if (group && f->needs_person)
		return !person_group(text, tok, f);
	return false;
}

bool
elliptical(const char *text, const cp_token *tok, const frame *f)
{
	bool		group = f->group_last >= f->group_first;

	return f->first > 0 && cp_token_is(text, &tok[f->first - 1], "and") &&
		(!group || (f->group_first == f->group_last &&
					(cp_token_is(text, &tok[f->group_last], "others") ||
					 cp_token_is(text, &tok[f->group_last], "more"))));
}

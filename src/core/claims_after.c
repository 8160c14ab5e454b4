/*
 * claims_after.c: the words after a number that make it a claim (the
 * passive verb of its group, "were killed"; "died"; a state, "in
 * hospital", "left homeless"; a fixed phrase, "took their own lives"), and
 * the words that may stand between the group and that verb: a relative
 * clause, an "of" phrase, a place, an apposition, a part in commas.  The
 * word lists they share with the rest of the frame are in claims_kind.c.
 */
#include "claims_internal.h"

#include "numbers.h"

/* Verbs whose kind needs their particle: "gunned down", "rounded up". */
static const struct
{
	const char *verb;
	const char *particle;
	int			kind;
}			particle_verbs[] = {
	{"gunned", "down", CP_CLAIM_KILLED}, {"mowed", "down", CP_CLAIM_KILLED},
	{"rounded", "up", CP_CLAIM_ARRESTED}, {"shot", "dead", CP_CLAIM_KILLED},
};

/* The kind of a particle verb at tok[i] followed by its particle, or -1. */
int
particle_kind(const char *text, const cp_token *tok, size_t n, size_t i)
{
	for (size_t k = 0; k < sizeof(particle_verbs) / sizeof(particle_verbs[0]); k++)
		if (i + 1 < n && cp_token_is(text, &tok[i], particle_verbs[k].verb) &&
			cp_token_is(text, &tok[i + 1], particle_verbs[k].particle))
			return particle_verbs[k].kind;
	return -1;
}

/* Verbs that take lives or hold captives: "claimed 30 lives", "holding 25 people hostage". */
const char *const taking_verbs[] = {
	"claimed", "claiming", "claim", "claims", "took", "taken", "taking", "take", "takes", "cost",
	"costing", "costs", NULL
};
static const char *const holding_verbs[] = {
	"holding", "held", "hold", "holds", "keeping", "kept", "took", "taken", "taking", NULL
};

/* "claimed 30 lives", "claimed the lives of": tok[i] takes lives, it reports nothing. */
bool
takes_lives(const char *text, const cp_token *tok, size_t n, size_t i)
{
	for (size_t j = i + 1; j < n && j <= i + 4; j++)
		if (cp_token_is(text, &tok[j], "lives"))
			return true;
	return false;
}

/* Is the word before tok[at], past before_skip words, in list? */
bool
verb_before(const char *text, const cp_token *tok, size_t at, const char *const *list)
{
	static const char *const skip[] = {"the", "some", "at", "least", "an", "estimated", NULL};

	for (size_t steps = 0; at > 0 && steps < 4; steps++)
	{
		const cp_token *t = &tok[--at];

		if (in_list(text, t, list))
			return true;
		if (!in_list(text, t, skip))
			return false;
	}
	return false;
}

/*
 * "lives" as the counted group: taken ("claimed 30 lives", "30 lives were
 * lost") it is a death toll with no group; saved or changed it is none.
 */
void
lives_group(const char *text, const cp_token *tok, size_t n, frame *f)
{
	size_t		at = f->group_last;

	if (f->group_last < f->group_first || f->group_first != at || !cp_token_is(text, &tok[at], "lives"))
		return;
	if (verb_before(text, tok, f->first, taking_verbs) ||
		(at + 2 < n && in_list(text, &tok[at + 1], after_skip) && cp_token_is(text, &tok[at + 2], "lost")))
	{
		f->kind = CP_CLAIM_KILLED;
		f->anchor = at;
	}
	f->group_first = 1;
	f->group_last = 0;
	/* "saved 30 lives": no claim, whatever else is near */
	f->refused = f->kind < 0;
}

/*
 * "succumbed to (their) injuries/wounds" (killed) or "sustained/suffered
 * (serious) injuries/wounds" (wounded) at tok[i]: the kind, or -1.
 */
static int
injuries_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	bool		died = cp_token_is(text, &tok[i], "succumbed");

	if (!died && !cp_token_is(text, &tok[i], "sustained") && !cp_token_is(text, &tok[i], "suffered"))
		return -1;
	for (size_t j = i + 1; j < n && j <= i + 4; j++)
		if (cp_token_is(text, &tok[j], "injuries") || cp_token_is(text, &tok[j], "wounds"))
			return died ? CP_CLAIM_KILLED : CP_CLAIM_WOUNDED;
	return -1;
}

/* "in custody", "in prison", "taken into custody" at tok[i]: the index of the noun, or 0. */
static int
custody_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	if (i + 1 < n && cp_token_is(text, &tok[i], "in") &&
		(cp_token_is(text, &tok[i + 1], "custody") || cp_token_is(text, &tok[i + 1], "prison") ||
		 cp_token_is(text, &tok[i + 1], "jail")))
		return (int) i + 1;
	if (i + 2 < n && (cp_token_is(text, &tok[i], "taken") || cp_token_is(text, &tok[i], "placed")) &&
		cp_token_is(text, &tok[i + 1], "into") && cp_token_is(text, &tok[i + 2], "custody"))
		return (int) i + 2;
	return 0;
}

static const char *const expelling_verbs[] = {"forced", "driven", "chased", "expelled", NULL};

/* "from their homes", "out of their homes" at tok[i]: the index of "homes", or 0. */
static int
homes_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	if (i < n && cp_token_is(text, &tok[i], "out"))
	{
		if (i + 1 >= n || !cp_token_is(text, &tok[i + 1], "of"))
			return 0;
		i++;
	}
	else if (!(i < n && cp_token_is(text, &tok[i], "from")))
		return 0;
	if (i + 2 < n && (cp_token_is(text, &tok[i + 1], "their") || cp_token_is(text, &tok[i + 1], "its")) &&
		cp_token_is(text, &tok[i + 2], "homes"))
		return (int) i + 2;
	return 0;
}

/* Verbs that order people away, and where to: "ordered to evacuate". */
static const char *const ordering_verbs[] = {"ordered", "told", "forced", "urged", NULL};
static const char *const leaving_verbs[] = {"evacuate", "leave", "flee", NULL};

/* Words that open a clause of its own. */
static const char *const relatives[] = {"who", "whom", "which", "that", "whose", NULL};

/* Prepositions of a short phrase between a group and its verb. */
static const char *const places_between[] = {"in", "at", "on", "inside", "near", "aboard", "from", NULL};

/* Verbs that bring the wounded to hospital: "were taken to hospital", "sent 17 to hospital". */
static const char *const hospital_verbs[] = {
	"taken", "took", "rushed", "sent", "brought", "admitted", "airlifted", "flown", NULL
};

/* Verbs of being somewhere: "are in hospital", "remain in hospital". */
static const char *const staying[] = {
	"are", "were", "is", "was", "remain", "remains", "remained", "still", "now", NULL
};

/* "to hospital", "to a hospital", "to the hospital" at tok[i]: the index of the noun, or 0. */
static size_t
to_hospital_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	size_t		j = i + 1;

	if (!cp_token_is(text, &tok[i], "to") && !cp_token_is(text, &tok[i], "into"))
		return 0;
	if (j < n && (cp_token_is(text, &tok[j], "the") || cp_token_is(text, &tok[j], "a") ||
				  cp_token_is(text, &tok[j], "local")))
		j++;
	return j < n && (cp_token_is(text, &tok[j], "hospital") ||
					 cp_token_is(text, &tok[j], "hospitals")) ? j : 0;
}

/*
 * "lost their lives", "took their own lives" (a suicide, counted with the
 * dead) at tok[i]: the index of "lives", or 0.  A count of lives ("lost 30
 * lives") is the group itself (lives_group).
 */
static size_t
lives_lost_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	bool		lost = cp_token_is(text, &tok[i], "lost");

	if (!lost && !in_list(text, &tok[i], taking_verbs))
		return 0;
	for (size_t j = i + 1; j < n && j <= i + 3; j++)
	{
		if (cp_token_is(text, &tok[j], "lives"))
			/* taken, lives are a suicide only as "their own": "took 30 lives" is a verb before */
			return lost || cp_token_is(text, &tok[j - 1], "own") ? j : 0;
		if (!cp_token_is(text, &tok[j], "their") && !cp_token_is(text, &tok[j], "his") &&
			!cp_token_is(text, &tok[j], "her") && !cp_token_is(text, &tok[j], "own"))
			return 0;
	}
	return 0;
}

/*
 * A comma at tok[i] that opens a part of the group ("most of them women",
 * "two of whom were children") or restates it after "or", closed by a comma
 * within a few tokens before an auxiliary: the index of the closing comma,
 * or 0.
 */
static int
part_in_commas(const char *text, const cp_token *tok, size_t n, size_t i)
{
	bool		part,
				restated;

	if (!cp_token_is(text, &tok[i], ",") || i + 4 >= n)
		return 0;
	part = cp_token_is(text, &tok[i + 2], "of") &&
		(cp_token_is(text, &tok[i + 3], "them") || cp_token_is(text, &tok[i + 3], "whom")) &&
		(in_list(text, &tok[i + 1], partitive_heads) || cp_token_may_start_number(text, &tok[i + 1]));
	/* the same people restated: "1.9 million people, or 85 per cent of the population, are" */
	restated = cp_token_is(text, &tok[i + 1], "or");
	if (!part && !restated)
		return 0;
	for (size_t j = i + 2; j < n && j <= i + 10; j++)
		if (cp_token_is(text, &tok[j], ","))
			return j + 1 < n && in_list(text, &tok[j + 1], auxiliaries) ? (int) j : 0;
	return 0;
}

/*
 * A dash or an opening bracket at tok[i] that opens an apposition closed
 * within a few tokens: the index of the closing one, or 0.
 */
static int
apposition_end(const char *text, const cp_token *tok, size_t n, size_t i)
{
	bool		bracket = cp_token_is(text, &tok[i], "(");

	if (!bracket && tok[i].kind != CP_TOK_DASH)
		return 0;
	for (size_t j = i + 1; j < n && j <= i + 10; j++)
		if (bracket ? cp_token_is(text, &tok[j], ")") : tok[j].kind == CP_TOK_DASH)
			return (int) j;
	return 0;
}

/* What follows "held" of a detention: "held over", "held for questioning", "held without charge". */
static const char *const held_for[] = {"over", "after", "for", "without", NULL};

/*
 * The kind from a fixed phrase at tok[i], after the group (which ends
 * before tok[from]): "taken hostage", "succumbed to their injuries",
 * "rounded up", "in custody", "from their homes", "ordered to evacuate".
 */
static bool
fixed_phrase(const char *text, const cp_token *tok, size_t n, size_t i, size_t from, frame *f)
{
	const cp_token *t = &tok[i];
	int			k;

	if ((cp_token_is(text, t, "taken") || cp_token_is(text, t, "held")) && i + 1 < n &&
		(cp_token_is(text, &tok[i + 1], "hostage") || cp_token_is(text, &tok[i + 1], "captive")))
	{
		f->kind = CP_CLAIM_HOSTAGES;
		f->anchor = i + 1;
		return true;
	}
	/* "Three held over killing", "20 people held for questioning": a detention */
	if (cp_token_is(text, t, "held") && i + 1 < n && in_list(text, &tok[i + 1], held_for))
	{
		f->kind = CP_CLAIM_ARRESTED;
		f->anchor = i;
		f->needs_person = true;	/* not "talks held over the weekend" */
		return true;
	}
	/* "taken prisoner": captured */
	if (cp_token_is(text, t, "taken") && i + 1 < n && cp_token_is(text, &tok[i + 1], "prisoner"))
	{
		f->kind = CP_CLAIM_KIDNAPPED;
		f->anchor = i + 1;
		return true;
	}
	/* "succumbed to their injuries", "sustained (serious) injuries" */
	if ((k = injuries_at(text, tok, n, i)) >= 0)
	{
		f->kind = k;
		f->anchor = i;
		return true;
	}
	/* "holding 25 people captive": the complement right after the group */
	if (i == from && (cp_token_is(text, t, "hostage") || cp_token_is(text, t, "captive")) &&
		verb_before(text, tok, f->first, holding_verbs))
	{
		f->kind = CP_CLAIM_HOSTAGES;
		f->anchor = i;
		return true;
	}
	if ((k = particle_kind(text, tok, n, i)) >= 0)
	{
		f->kind = k;
		f->anchor = i + 1;
		return true;
	}
	/* "taken into custody", "remain in custody" */
	if ((k = custody_at(text, tok, n, i)) > 0)
	{
		f->kind = CP_CLAIM_ARRESTED;
		f->anchor = (size_t) k;
		f->needs_person = true;	/* not "two spells in jail" */
		return true;
	}
	/* "lost their homes" */
	if (cp_token_is(text, t, "lost") && i + 2 < n && cp_token_is(text, &tok[i + 1], "their") &&
		cp_token_is(text, &tok[i + 2], "homes"))
	{
		f->kind = CP_CLAIM_DISPLACED;
		f->anchor = i + 2;
		return true;
	}
	/* "forced 10,000 people from their homes", "were driven out of their homes" */
	if ((k = homes_at(text, tok, n, i)) > 0 ||
		(in_list(text, t, expelling_verbs) && (k = homes_at(text, tok, n, i + 1)) > 0))
	{
		f->kind = CP_CLAIM_DISPLACED;
		f->anchor = (size_t) k;
		return true;
	}
	/* "20 are in hospital", "three remain in hospital" */
	if (i > from && i + 1 < n && cp_token_is(text, t, "in") && in_list(text, &tok[i - 1], staying) &&
		(cp_token_is(text, &tok[i + 1], "hospital") || cp_token_is(text, &tok[i + 1], "hospitals")))
	{
		f->kind = CP_CLAIM_WOUNDED;
		f->anchor = i + 1;
		return true;
	}
	/* "were taken to hospital"; right after the group, "sent 17 to hospital" */
	if ((in_list(text, t, hospital_verbs) && i + 1 < n &&
		 (k = (int) to_hospital_at(text, tok, n, i + 1)) > 0) ||
		(i == from && (k = (int) to_hospital_at(text, tok, n, i)) > 0 &&
		 verb_before(text, tok, f->first, hospital_verbs)))
	{
		f->kind = CP_CLAIM_WOUNDED;
		f->anchor = (size_t) k;
		return true;
	}
	/* right after the group, "forced 50,000 people to flee" (not "told 11 players to leave") */
	if (i == from && i + 1 < n && cp_token_is(text, t, "to") && in_list(text, &tok[i + 1], leaving_verbs) &&
		verb_before(text, tok, f->first, expelling_verbs))
	{
		f->kind = CP_CLAIM_DISPLACED;
		f->anchor = i + 1;
		return true;
	}
	/* "were ordered to evacuate", "told to leave" */
	if (i + 2 < n && in_list(text, t, ordering_verbs) && cp_token_is(text, &tok[i + 1], "to") &&
		in_list(text, &tok[i + 2], leaving_verbs))
	{
		f->kind = CP_CLAIM_DISPLACED;
		f->anchor = i + 2;
		return true;
	}
	return false;
}

/*
 * Kinds of people a count of the taken must name, as "seized", "captured"
 * and "executed" also take things.
 */
bool
person_group(const char *text, const cp_token *tok, const frame *f)
{
	static const char *const person_endings[] = {"ers", "ists", "ians", "ees", "ants", NULL};
	/* things in -ers that are taken or executed as well */
	static const char *const things[] = {
		"orders", "papers", "numbers", "letters", "containers", "tankers", "computers",
		"transfers", "offers", "trailers", NULL
	};
	const cp_token *h = &tok[f->group_last];

	if (in_list(text, h, things))
		return false;
	if (is_group_head(text, h) && (ends_with(text, h, "men") || is_demonym(text, h)))
		return true;
	/* peoples in the plural: "Britons", "Americans", "Iraqis" */
	if (is_capitalized(h) && !(h->flags & CP_TF_ALL_UPPER) &&
		(ends_with(text, h, "ans") || ends_with(text, h, "ons") || ends_with(text, h, "is")))
		return true;
	for (const char *const *e = person_endings; *e; e++)
		if (ends_with(text, h, *e))
			return true;
	return in_list(text, h, person_plurals);
}

/* "shot dead", "found dead", "stabbed to death", "beaten to death" at tok[i]: the index of the last word, or 0. */
static size_t
dead_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	if (tok[i].kind != CP_TOK_WORD || is_capitalized(&tok[i]) || i + 1 >= n)
		return 0;
	if (cp_token_is(text, &tok[i + 1], "dead"))
		return i + 1;
	if (i + 2 < n && cp_token_is(text, &tok[i + 1], "to") && cp_token_is(text, &tok[i + 2], "death"))
		return i + 2;
	return 0;
}

/*
 * Auxiliaries of a passive whose subject is a plural group, or one person
 * ("have" and "has" need "been": "has hurt the sentiments" is active).
 */
static const char *const plural_auxiliaries[] = {"were", "are", "have", "had", NULL};
static const char *const singular_auxiliaries[] = {"was", "is", "has", "had", NULL};

/* Words that end a clause between a group and its verb: another clause, or reported speech. */
static const char *const clause_stops[] = {
	"who", "whom", "whose", "which", "that", "where", "when", "while", "because", "after",
	"before", "if", "as", "since", "until", "but", "said", "says", "told", "say", NULL
};

/*
 * The verb far from its group: "25 people who took part in a sham marriage
 * network were jailed", "five managers of a state bank have been arrested",
 * "workers living near the plant were evacuated".  From tok[i], which opens a
 * relative clause ("who", "that"), an "of" or place phrase or a participle,
 * up to 16 words without punctuation, numbers, a verb of harm, another clause
 * or reported speech, then an auxiliary that agrees with the group and a
 * word of harm.  The group must name people ("12 months of talks with rebels
 * who were arrested" counts no months), and the word before the auxiliary
 * must not be a plural of its own ("14 men who know the suspects were
 * arrested" says who was arrested: the suspects).  True when it sets the
 * frame's kind.
 */
static bool
clause_then_verb(const char *text, const cp_token *tok, size_t n, size_t i, bool in_place, frame *f)
{
	bool		one = cp_token_is(text, &tok[f->first], "a") || cp_token_is(text, &tok[f->first], "an") ||
		cp_token_is(text, &tok[f->first], "another");
	const char *const *agree = one ? singular_auxiliaries : plural_auxiliaries;
	const cp_token *t = &tok[i];

	if (one ? !cp_quantity_is_point(&f->q->value) : f->group_last < f->group_first || !person_group(text, tok, f))
		return false;
	if (t->kind != CP_TOK_WORD)
		return false;
	/* "three men thought to be members of the cell had been killed": a complement after a hedge */
	if (i >= 2 && cp_token_is(text, &tok[i - 1], "be") && cp_token_is(text, &tok[i - 2], "to"))
		in_place = true;
	if (!in_place && !cp_token_is(text, t, "who") && !cp_token_is(text, t, "that") &&
		!cp_token_is(text, t, "of") && !in_list(text, t, places_between) &&
		!(t->kind == CP_TOK_WORD && !is_capitalized(t) && t->len > 4 &&
		  (ends_with(text, t, "ed") || ends_with(text, t, "ing"))))
		return false;
	for (size_t j = i + 1; j < n && j <= i + 16; j++)
	{
		size_t		v = j + 1;

		t = &tok[j];
		if (t->kind != CP_TOK_WORD || in_list(text, t, clause_stops) || kind_of(text, t, after_words) >= 0)
			return false;
		if (!in_list(text, t, agree))
			continue;
		if (cp_token_is(text, t, "have") || cp_token_is(text, t, "has") || cp_token_is(text, t, "had"))
		{
			if (v >= n || !cp_token_is(text, &tok[v], "been"))
				continue;
			v++;
		}
		if (v + 1 < n && ends_with(text, &tok[v], "ly") && !is_capitalized(&tok[v]))
			v++;
		if (v >= n || is_group_head(text, &tok[j - 1]))
			continue;
		if (kind_of(text, &tok[v], after_words) >= 0)
		{
			f->kind = kind_of(text, &tok[v], after_words);
			f->anchor = v;
			return true;
		}
		if ((v = dead_at(text, tok, n, v)) > 0)
		{
			f->kind = CP_CLAIM_KILLED;
			f->anchor = v;
			return true;
		}
	}
	return false;
}

/* The kind from words after the group: "have been killed", "lost their lives". */
void
scan_after(const char *text, const cp_token *tok, size_t n, frame *f)
{
	size_t		from = f->group_last >= f->group_first ? f->group_last + 1 : f->last + 1;
	size_t		i,
				end = from + AFTER_WINDOW,	/* widened by what is passed over */
				pp_words = 0;	/* words of a prepositional phrase still to pass */
	bool		own_predicate = false;	/* an auxiliary was passed: "and 20 are (in the car)" */
	int			k;

	for (i = from; i < n && i < end; i++)
	{
		const cp_token *t = &tok[i];

		if ((k = kind_of(text, t, after_words)) >= 0)
		{
			/* right after the group with an object: the group did it ("an armed man killed one person") */
			if (i == from && i + 1 < n && kind_of(text, t, before_words) >= 0 &&
				starts_object(text, &tok[i + 1]))
				return;
			f->kind = k;
			f->anchor = i;
			return;
		}
		if ((k = (int) lives_lost_at(text, tok, n, i)) > 0)
		{
			f->kind = CP_CLAIM_KILLED;
			f->anchor = (size_t) k;
			return;
		}
		/* "were among the dead", "among the wounded": the group's kind; "among those arrested" */
		if (cp_token_is(text, t, "among") && i + 2 < n &&
			((cp_token_is(text, &tok[i + 1], "the") && (k = kind_of(text, &tok[i + 2], group_words)) >= 0) ||
			 (cp_token_is(text, &tok[i + 1], "those") && (k = kind_of(text, &tok[i + 2], after_words)) >= 0)))
		{
			f->kind = k;
			f->anchor = i + 2;
			return;
		}
		/* "left homeless", "made homeless" */
		if (t->kind == CP_TOK_WORD && !is_capitalized(t) && i + 1 < n &&
			cp_token_is(text, &tok[i + 1], "homeless"))
		{
			f->kind = CP_CLAIM_DISPLACED;
			f->anchor = i + 1;
			return;
		}
		if ((k = (int) dead_at(text, tok, n, i)) > 0)
		{
			f->kind = CP_CLAIM_KILLED;
			f->anchor = (size_t) k;
			return;
		}
		if (fixed_phrase(text, tok, n, i, from, f))
			return;
		/* a parenthetical ", including ...," may stand before the verb */
		if (cp_token_is(text, t, ",") && i + 1 < n && in_list(text, &tok[i + 1], auxiliaries))
			continue;
		/* a part in commas: "Fourteen people, most of them women, were injured" */
		if ((k = part_in_commas(text, tok, n, i)) > 0)
		{
			end += (size_t) k - i + 1;
			i = (size_t) k;
			continue;
		}
		/* an apposition between dashes or brackets: "Two crew members - the pilot and a mechanic - were" */
		if ((k = apposition_end(text, tok, n, i)) > 0)
		{
			end += (size_t) k - i + 1;
			i = (size_t) k;
			continue;
		}
		/* a short place in between: "Three others in the car were hurt" */
		if (pp_words == 0 && in_list(text, t, places_between))
		{
			pp_words = 4;
			end += 4;
			continue;
		}
		if (in_list(text, t, after_skip))
		{
			own_predicate |= in_list(text, t, auxiliaries);
			continue;
		}
		/*
		 * "including" and a few words before the verb, in commas or not: "40
		 * soldiers including a U.S. adviser died", "28 people, including a
		 * Briton, have been arrested"; not into a clause of its own
		 * ("including one man who later killed himself")
		 */
		if (cp_token_is(text, t, "including") ||
			(cp_token_is(text, t, ",") && i + 1 < n && cp_token_is(text, &tok[i + 1], "including")))
		{
			bool		commas = cp_token_is(text, t, ",");
			size_t		j;

			for (j = i + (commas ? 2 : 1); j < n && j <= i + 8; j++)
				if (tok[j].kind != CP_TOK_WORD || in_list(text, &tok[j], relatives) ||
					kind_of(text, &tok[j], after_words) >= 0)
					break;
			if (j < n && j <= i + 8 &&
				(commas ? cp_token_is(text, &tok[j], ",") : kind_of(text, &tok[j], after_words) >= 0))
			{
				/* the verb next, or past the closing comma as after any group */
				end += j - i + 1;
				i = commas ? j : j - 1;
				continue;
			}
		}
		/* a second head of the group, after a modifier or two: "Tutsis and moderate Hutus were" */
		if (i == from && cp_token_is(text, t, "and"))
		{
			size_t		j = i + 1;

			while (j < n && j < i + 3 && tok[j].kind == CP_TOK_WORD && !is_capitalized(&tok[j]) &&
				   !is_group_head(text, &tok[j]) && kind_of(text, &tok[j], after_words) < 0)
				j++;
			if (j < n && is_group_head(text, &tok[j]))
			{
				end += j - i + 1;
				i = j;
				continue;
			}
		}
		/* an adverb of the verb that follows: "were slightly injured", "seriously wounded" */
		if (t->kind == CP_TOK_WORD && !is_capitalized(t) && t->len >= 5 && ends_with(text, t, "ly") &&
			i + 1 < n && kind_of(text, &tok[i + 1], after_words) >= 0)
		{
			end++;
			continue;
		}
		if (pp_words > 1 && t->kind == CP_TOK_WORD)
		{
			pp_words--;
			continue;
		}
		/* "from Camberley, Surrey, was arrested" */
		if (pp_words > 0 && cp_token_is(text, t, ","))
		{
			end++;
			continue;
		}
		if (clause_then_verb(text, tok, n, i, pp_words > 0, f))
			return;
		/*
		 * a verb of its own, an auxiliary ("and 20 are in the car"), or a
		 * relative clause that says what happened to them ("and 29 others
		 * who were trapped but safe"): a number after "and" does not take
		 * the kind before it
		 */
		if (own_predicate || (t->kind == CP_TOK_WORD && !is_capitalized(t) &&
							  ((t->len > 4 && (ends_with(text, t, "ed") || ends_with(text, t, "ing"))) ||
							   cp_token_is(text, t, "who"))))
			f->own_verb = true;
		return;
	}
}


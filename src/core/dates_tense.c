/*
 * dates_tense.c: the tense of the clause around a date, which decides
 * which of two candidate days or months the text means: a weekday after
 * "will" is the next one, a month in a clause in the past the last one.
 * Both corpus.dates and corpus.timexes read dates through these, so that
 * the same words get the same day in both.
 */
#include "dates_internal.h"

#include <string.h>

/*
 * Is atom j a participle after "as" or "than" ("as planned", "as
 * previously scheduled", "earlier than expected")?  It compares with a
 * plan, in any tense: "the offensive began as planned Saturday night".
 */
static bool
compared_participle(const ctx *c, int j)
{
	const atom *a = at(c, j - 1);

	if (at(c, j)->val != 0)
		return false;
	if (a->kind == A_WORD && a->len > 3 && strncasecmp(c->text + a->start + a->len - 2, "ly", 2) == 0)
		j--;
	return cp_dt_word_is(c, j - 1, "as") || cp_dt_word_is(c, j - 1, "than");
}

/*
 * Is "due" at atom j an adjective before its noun or adverb ("after due
 * consultation", "due diligence", "due mainly to")?  A lower-case word
 * after it that is no preposition or word of time makes it one; "due in
 * May", "due next week", "due to be paid", "payment due Dec. 7" look
 * ahead.
 */
static bool
due_adjective(const ctx *c, int j)
{
	static const char *const ahead[] = {
		"in", "on", "at", "by", "for", "next", "this", "out", "back", "soon", "shortly", "later",
		"until", "before", "after", "from", "within", "today", "tomorrow", "tonight", "between",
		"around", "early", "late", "over", NULL};
	const atom *n = at(c, j + 1);

	return cp_dt_word_is(c, j, "due") && n->kind == A_WORD && !n->cap && kw(c, j + 1) != K_TO &&
		!cp_dt_word_among(c, j + 1, ahead);
}

/*
 * Is atom j the "to" of an infinitive in the passive ("the harvest to be
 * conducted in November", "talks to be held on Monday"), which tells what
 * is still to be done?  Not after a verb in the past in its clause ("was
 * to be held", "asked not to be named", "the third to be voted out"): a
 * plan or a wish told of the past.
 */
static bool
passive_infinitive(const ctx *c, int j)
{
	static const char *const participles[] = {
		"held", "paid", "made", "built", "sold", "sent", "set", "put", "cut", "met", "done", "given",
		"taken", "shown", "chosen", "run", "won", "brought", "bought", "sought", "spent", NULL};
	int			p = j + 2;
	const atom *a;

	if (kw(c, j) != K_TO || !cp_dt_word_is(c, j + 1, "be"))
		return false;
	for (int k = j - 1; k >= 0 && !punct(c, k, ',') && !punct(c, k, ';'); k--)
		if (cp_dt_past_verb(c, k))
			return false;
	a = at(c, p);
	if (a->kind == A_WORD && a->len > 4 && strncasecmp(c->text + a->start + a->len - 2, "ly", 2) == 0)
		a = at(c, ++p);			/* "to be formally signed" */
	if (a->kind != A_WORD || a->cap)
		return false;
	return (a->len > 3 && strncasecmp(c->text + a->start + a->len - 2, "ed", 2) == 0) ||
		cp_dt_word_among(c, p, participles);
}

/*
 * Does atom j mark the future: "will", "'ll", "expected" (not
 * "lower-than-expected", "as expected"), "set to" (not "set fire"), "due"
 * (not "due diligence"), "to be" and a participle?
 */
static bool
future_word(const ctx *c, int j)
{
	int			k = kw(c, j);

	if (k == K_LL)
		return glued(c, j) && punct(c, j - 1, '\'');
	if (k == K_TO)
		return passive_infinitive(c, j);
	return k == K_FUT && !(glued(c, j) && punct(c, j - 1, '-')) &&
		(at(c, j)->val != 3 || kw(c, j + 1) == K_TO) && !compared_participle(c, j) && !due_adjective(c, j);
}

/*
 * Is the sentence, before atom i, about the future ("will meet on Monday")?
 * So is a "would" that a reporting verb before it puts in the future of
 * the past ("said the flights would leave on Monday"), which news tells
 * from the day of the story; not "would have", which looks back, nor a
 * day's event it would answer ("would appeal Wednesday's ruling"), nor
 * what a past verb after it tells ("would be a reversal of the drop which
 * took place in January").
 */
bool
cp_dt_future_before(const ctx *c, int i)
{
	int			j;
	bool		fut = false,
				infinitive = false,
				reported = false,
				would = false;

	for (j = 0; j < i; j++)
	{
		if (future_word(c, j))
			fut = true, would = false, infinitive = kw(c, j) == K_TO;
		else if (reported && cp_dt_word_is(c, j, "would") && !cp_dt_word_is(c, j + 1, "have"))
			fut = would = true, infinitive = false;
		else if (kw(c, j) == K_REPORT)
			fut = false, reported = true;	/* "..., he said on Monday": the saying is past */
		else if ((infinitive || would) && cp_dt_past_verb(c, j))
			fut = would = false;	/* "The fund, to be launched by X, was proposed in May" */
	}
	return fut && !(would && punct(c, i + 1, '\'') && kw(c, i + 2) == K_S);
}

/*
 * A weekday at the head of its sentence ("On Tuesday, the league plans to
 * ...") takes the tense of the clause after it, up to a reporting verb or
 * the end of the sentence: future for "will", "shall", "'ll", "plans to",
 * "set to" (not "planned", which tells of the past as often).  Elsewhere
 * it takes the tense of the words before it.
 */
bool
cp_dt_weekday_future(const ctx *c, int i, int e)
{
	int			k = i - 1;

	if (cp_dt_future_before(c, i))
		return true;
	/*
	 * "could leave as soon as Tuesday", "will buy as soon as trading opens
	 * Monday": the earliest of what is to come, in the clause before
	 */
	for (int j = i - 3; j >= 0 && kw(c, j) != K_REPORT; j--)
		if (cp_dt_word_is(c, j, "as") && cp_dt_word_is(c, j + 1, "soon") && cp_dt_word_is(c, j + 2, "as"))
			return true;
	/*
	 * "ahead of voting Tuesday", "ahead of Saturday's caucus": what a
	 * clause is ahead of is still to come, whatever its tense
	 */
	for (int j = i - 2; j >= 0 && j >= i - 4; j--)
	{
		/* up to two lower-case words between: "ahead of the vote Tuesday" */
		if (j + 2 < i && (at(c, j + 2)->kind != A_WORD || at(c, j + 2)->cap))
			break;
		if (cp_dt_word_is(c, j, "ahead") && cp_dt_word_is(c, j + 1, "of"))
			return true;
	}
	/*
	 * a deadline: "until Tuesday", "by 5 p.m. Friday", "by noon Friday";
	 * not in a past perfect ("by Wednesday 20 had filed", "until Thursday
	 * they had not"), which looks back from it
	 */
	while (k > i - 6 && (at(c, k)->kind == A_NUM || punct(c, k, '.') || punct(c, k, ':') ||
						 (at(c, k)->kind == A_WORD && at(c, k)->len == 1) ||
						 cp_dt_word_is(c, k, "noon") || cp_dt_word_is(c, k, "midnight")))
		k--;
	/* not "by Friday's tour", whose "by" names an agent */
	if ((kw(c, k) == K_TILL || kw(c, k) == K_BY) && !(punct(c, e, '\'') && kw(c, e + 1) == K_S))
	{
		for (int j = 0; j < c->n; j++)
			if (cp_dt_word_is(c, j, "had"))
				return false;
		return true;
	}
	if (!(i == 0 || (i == 1 && kw(c, 0) == K_ON)) || !punct(c, e, ','))
		return false;
	for (int j = e + 1; j < c->n; j++)
	{
		const atom *p = at(c, j);

		/* the clause ends with its sentence (not at "Mr." or "U.S.") */
		if (p->kind == A_PUNCT && (p->ch == '!' || p->ch == '?' || p->ch == ';' ||
								   (p->ch == '.' && (at(c, j - 1)->len > 3 || !at(c, j - 1)->cap))))
			return false;
		if (kw(c, j) == K_REPORT)
			return false;
		if (future_word(c, j) && (kw(c, j) == K_LL ||
								  (at(c, j)->val != 0 && (at(c, j)->val != 2 || kw(c, j + 1) == K_TO))))
			return true;
	}
	return false;
}

/*
 * Is the past form at atom j a participle or an adjective, as an article,
 * "to" or a present auxiliary before it makes it ("the troubled region",
 * "is based", "have already earmarked"), over adverbs?
 */
static bool
participle(const ctx *c, int j)
{
	static const char *const before_participle[] = {
		"the", "a", "an", "to", "be", "been", "being", "is", "are", "am", "has", "have", NULL};

	while (at(c, j - 1)->kind == A_WORD && at(c, j - 1)->len > 3 &&
		   (strncasecmp(c->text + at(c, j - 1)->start + at(c, j - 1)->len - 2, "ly", 2) == 0 ||
			cp_dt_word_is(c, j - 1, "already") || cp_dt_word_is(c, j - 1, "also")))
		j--;
	return cp_dt_word_among(c, j - 1, before_participle);
}

/*
 * Is atom j a finite verb in the past tense: "was", "were", "had", "did",
 * a common irregular past, or a lower-case word in -ed that no article,
 * "to" or present auxiliary makes a participle or an adjective ("changed",
 * "killed"; not "the troubled region", "is based").  A present perfect
 * takes no past date ("have earmarked March 23 for a strike" looks
 * ahead), so it is no past here.  Reporting verbs
 * ("said", "announced") are left out: they date the saying, not the clause
 * they report.
 */
bool
cp_dt_past_verb(const ctx *c, int j)
{
	static const char *const irregular[] = {
		"was", "were", "had", "did", "began", "came", "went", "took", "made", "gave", "fell",
		"rose", "won", "lost", "left", "met", "held", "struck", "sent", "brought", "bought",
		"sold", "paid", "became", "saw", "found", "got", "led", "ran", "spent", "wrote",
		"broke", "chose", "flew", "grew", "shot", "fought", "caught", "threw", NULL};
	const atom *a = at(c, j);
	int			k;

	if (a->kind != A_WORD || a->cap || a->kw != K_NONE)
		return false;
	for (k = 0; irregular[k] && !cp_dt_word_is(c, j, irregular[k]); k++)
		;
	if (k < 4)
		return true;			/* "was", "were", "had", "did" */
	if (!irregular[k] && (a->len <= 3 || strncasecmp(c->text + a->start + a->len - 2, "ed", 2) != 0))
		return false;
	return !participle(c, j);
}

/*
 * Does atom j keep the clause from the past: a present or modal auxiliary,
 * a word that sets a date to come ("payable Dec. 7", "effective", "due"),
 * a deadline ("until", "by"), an infinitive ("agreed to buy it in
 * February") or "to" before the date itself ("extended to Nov. 20")?
 */
static bool
not_past(const ctx *c, int j)
{
	static const char *const words[] = {
		"is", "are", "am", "would", "could", "can", "may", "might", "should", "must",
		"payable", "effective", "until", "till", "by", NULL};
	const atom *n = at(c, j + 1);

	if (kw(c, j) == K_TO)
		return !(n->kind == A_NUM || kw(c, j + 1) == K_A || kw(c, j + 1) == K_THE ||
				 (n->kind == A_WORD && n->cap && n->month == 0));
	return kw(c, j) == K_FUT || kw(c, j) == K_LL || kw(c, j) == K_REPORT || cp_dt_word_among(c, j, words);
}

/*
 * Is the "by" at atom j a passive's agent, a name after it ("announced by
 * MOTIE in March", "hit by Hurricane Maria in September"), not a deadline
 * ("by March", "by Christmas")?
 */
static bool
agent_by(const ctx *c, int j)
{
	const atom *n = at(c, j + 1);

	return kw(c, j) == K_BY && n->kind == A_WORD && n->cap && n->kw == K_NONE && n->month == 0 &&
		n->wday < 0;
}

/*
 * Is atom j a reporting verb in the past that the date at atoms i..e-1,
 * whose verb slot (the atom before it or before its "in"/"on") is k,
 * dates itself: "was announced in March", "announced by MOTIE in March",
 * "the plan announced June 23", only a passive's agent between them?  The
 * saying is then the clause's event, gone by; not "says", nor "has
 * announced", a present perfect.  Nor when the date begins the clause
 * reported ("said April 8 will be the last day"), nor when a "will" after
 * it may be what the date is for ("said on April 10 it will redeem").
 */
static bool
dated_report(const ctx *c, int j, int k, int i, int e)
{
	static const char *const verbs[] = {"is", "was", "has", "had", "are", "were", "would", NULL};

	if (kw(c, j) != K_REPORT || cp_dt_word_is(c, j, "says") || participle(c, j))
		return false;
	while (k > j + 1 && at(c, k)->kind == A_WORD && at(c, k)->cap && at(c, k)->kw == K_NONE)
		k--;
	if (!(k == j || (k == j + 1 && agent_by(c, k))) || (k == i - 1 && cp_dt_word_among(c, e, verbs)))
		return false;
	for (int n = e; n < c->n && n < e + 8 && !punct(c, n, ';'); n++)
		if ((kw(c, n) == K_FUT && at(c, n)->val == 1) || kw(c, n) == K_LL)
			return false;
	return true;
}

/*
 * Is the clause of a month or day at atom i (ending at e) in the past
 * ("changed to a calendar year in December", "In January, ... a bomb
 * killed a guard")?  A date that heads its sentence takes the clause
 * after it, up to the sentence's end, where the first verb met decides;
 * any other the words before it, back to a comma, a relative pronoun
 * ("credit lines extended to banks which expire at the end of March") or
 * the sentence's start, which need a past verb and nothing that keeps
 * them from the past ("would be paid on a still unspecified date in
 * January").
 */
static bool
past_clause(const ctx *c, int i, int e, bool day)
{
	bool		past = false;
	const atom *w;
	int			p,
				k,
				b;

	/* "in the December quarter" as "in December" */
	if (kw(c, i - 1) == K_THE && kw(c, e - 1) == K_QUARTER)
		i--;
	p = kw(c, i - 1);
	k = (p == K_IN || p == K_ON) ? i - 2 : i - 1;
	w = at(c, k);
	b = p == K_THE ? i - 1 : i;	/* the date's first atom, or its "the" */

	/* a month alone only after "in", "during", "since": "June marks", "bushels of May" are contracts */
	if (!day && p != K_IN && p != K_DURING && p != K_SINCE)
		return false;
	if ((i == 0 && punct(c, e, ',')) || (i == 1 && (kw(c, 0) == K_IN || kw(c, 0) == K_ON)))
	{
		for (int j = e; j < c->n; j++)
		{
			if (not_past(c, j) && kw(c, j) != K_TO)
				return false;
			if (cp_dt_past_verb(c, j))
				return true;
		}
		return false;
	}
	/*
	 * what the date is meant for ("cargoes for April shipment", "no reason
	 * for the Jan. 14 deadline"), a span's start ("from April 1", "between
	 * April 14 and May 26") or a participle of its own ("bills maturing in
	 * June", "the quarter ending June 30") may lie ahead of the clause
	 */
	if (cp_dt_word_is(c, b - 1, "for") || kw(c, b - 1) == K_FROM || kw(c, b - 1) == K_BETWEEN ||
		(w->kind == A_WORD && !w->cap && w->len > 4 &&
		 strncasecmp(c->text + w->start + w->len - 3, "ing", 3) == 0))
		return false;
	for (int j = i - 1; j >= 0 && !punct(c, j, ',') && !punct(c, j, ';') && !cp_dt_word_is(c, j, "that") &&
		 !cp_dt_word_is(c, j, "which") && !cp_dt_word_is(c, j, "who"); j--)
	{
		if (dated_report(c, j, k, i, e))
		{
			past = true;
			continue;
		}
		if (agent_by(c, j))
			continue;
		if (not_past(c, j))
			return false;
		past = past || cp_dt_past_verb(c, j);
	}
	return past;
}

/*
 * Move v by n years, a part of a month with it ("the end of June" stays the
 * end of June, and the whole month it was taken from moves too).
 */
static void
shift_years(dval *v, int n)
{
	if (n == 0)
		return;
	v->lo = cp_days_add_months(v->lo, 12 * n);
	v->hi = cp_days_add_months(v->hi, 12 * n);
	if (v->whole_hi > v->whole_lo)
	{
		v->whole_lo = cp_days_add_months(v->whole_lo, 12 * n);
		v->whole_hi = cp_days_add_months(v->whole_hi, 12 * n);
	}
}

/*
 * Is the "until" at atom k the end of a span the clause opened before it
 * ("from 2010 until March", "since May until June"), not a deadline?
 */
static bool
ends_span(const ctx *c, int k)
{
	for (int j = k - 1; j >= 0 && j >= k - 8 && !punct(c, j, ',') && !punct(c, j, ';'); j--)
		if (kw(c, j) == K_FROM || kw(c, j) == K_SINCE)
			return true;
	return false;
}

/* The verb before the date at atom i, over "in" or "on" ("ended in May", "ends on June 1"). */
static int
verb_before(const ctx *c, int i)
{
	return (kw(c, i - 1) == K_IN || kw(c, i - 1) == K_ON) ? i - 2 : i - 1;
}

/*
 * Is the verb before the date at atom i one of a calendar in the present:
 * "the fiscal year ends Sept. 30", "the session begins in January", "the
 * lease expires on June 1"?  What a calendar states in the present is
 * still to come.  Not a reporting period, named by its end whether past or
 * not ("Qtr ends Jan 31" heads the results of a quarter ended), nor
 * "housing starts", a noun.  So is what the present approaches: "as it
 * nears November", "as it gets closer to November" (not "got closer").
 */
static bool
scheduled_present(const ctx *c, int i)
{
	static const char *const verbs[] = {
		"ends", "begins", "starts", "expires", "opens", "closes", "resumes", "approaches", "nears", NULL};
	static const char *const not_subjects[] = {"qtr", "quarter", "period", "housing", NULL};
	static const char *const nearer[] = {"closer", "nearer", NULL};
	int			k = verb_before(c, i);
	const atom *v = at(c, k - 2);

	if (kw(c, k) == K_TO && cp_dt_word_among(c, k - 1, nearer))
		return v->kind == A_WORD && !v->cap && v->len > 2 && c->text[v->start + v->len - 1] == 's' &&
			!cp_dt_word_is(c, k - 2, "was") && !cp_dt_word_is(c, k - 2, "has");
	return cp_dt_word_among(c, k, verbs) && !cp_dt_word_among(c, k - 1, not_subjects);
}

/*
 * Is the month at atom i a leg of a futures spread ("spread long
 * May/short September")?  A contract still traded: never one gone by.
 */
bool
cp_dt_spread_leg(const ctx *c, int i)
{
	static const char *const sides[] = {"long", "short", NULL};

	return cp_dt_word_among(c, i - 1, sides) &&
		((punct(c, i + 1, '/') && glued(c, i + 1)) || (punct(c, i - 2, '/') && glued(c, i - 1)));
}

/*
 * Is the date at atom i in a clause that a modal puts in the future
 * ("will be honored on May 2", "said the flights would leave ... from
 * August 6")?  The modal must come first going back from the date, before
 * any past verb ("will buy shares issued July 1") or reporting verb, and
 * the date must not follow "since".  Words like "plans" or "due" are not
 * enough here ("shelved its plans for an offering on September 30").
 */
static bool
modal_future(const ctx *c, int i)
{
	int			report = -1;

	if (cp_dt_word_is(c, i - 1, "since") || cp_dt_word_is(c, i - 2, "since"))
		return false;
	for (int j = 0; j < i && report < 0; j++)
		if (kw(c, j) == K_REPORT)
			report = j;
	for (int j = i - 1; j >= 0; j--)
	{
		if (cp_dt_past_verb(c, j) || kw(c, j) == K_REPORT)
			return false;
		if ((kw(c, j) == K_FUT && at(c, j)->val == 1) || (kw(c, j) == K_LL && future_word(c, j)))
			return true;
		if (cp_dt_word_is(c, j, "would"))
			return report >= 0 && report < j && !cp_dt_word_is(c, j + 1, "have");
	}
	return false;
}

/*
 * A month or day without a year, by the tense of its clause: in a
 * sentence about the future (or "by May") the next such month, when the
 * whole month is meant ("late June" stays the nearest) and names no event
 * ("the December devaluation" is one told of); after "ended" ("the
 * quarter ended Oct. 31", "ended in May") or in a clause in the past the
 * last such day or month on or before the reference.  Otherwise the
 * grammar's nearest one, the future counting double.
 */
static void
by_tense(const ctx *c, int i, int e, dval *v)
{
	cp_date		r = cp_days_to_date(c->ref);
	int			y = cp_days_to_date(v->lo).year;
	bool		fut = cp_dt_future_before(c, i) || kw(c, i - 1) == K_BY ||
		(kw(c, i - 1) == K_TILL && !ends_span(c, i - 1));

	if (cp_dt_word_is(c, verb_before(c, i), "ended") ||
		(!fut && v->lo > c->ref && v->part == P_ALL && past_clause(c, i, e, v->day != 0)))
	{
		/* no Feb 29 in the year before: the day stays */
		if (v->lo > c->ref && (!v->day || cp_date_valid(y - 1, v->month, v->day)))
			shift_years(v, -1);
		return;
	}
	if (v->part == P_ALL && (scheduled_present(c, i) || (!v->day && cp_dt_spread_leg(c, i))))
	{
		/* the next such day or month, on or after the reference */
		if (v->hi <= c->ref && (!v->day || cp_date_valid(y + 1, v->month, v->day)))
			shift_years(v, 1);
		return;
	}
	/* "the" before a month names an event, not before a quarter it ends ("the December quarter") */
	if (!v->day && fut && v->part == P_ALL && (kw(c, i - 1) != K_THE || kw(c, e - 1) == K_QUARTER))
		shift_years(v, (v->month < r.month ? r.year + 1 : r.year) - cp_days_to_date(v->hi - 1).year);
	/*
	 * a day in a clause a modal puts in the future ("will meet on Aug. 20")
	 * is the next such day, unless it is gone by a week at most (a story
	 * filed a day or two late) or "the" makes it an event's name ("the
	 * Sept. 11 attacks")
	 */
	if (v->day && v->part == P_ALL && kw(c, i - 1) != K_THE && v->lo < c->ref - 7 &&
		modal_future(c, i) && cp_date_valid(y + 1, v->month, v->day))
		shift_years(v, 1);
}

/*
 * Is the point v at atom i the second end of a range whose first end, a
 * month or a day of one, ends before the range's word at i - 1 ("between
 * May 10 and October 10", "from May 10 to October 10", "May-October")?
 * Then it is the first such day or month after that end, whose year it
 * borrows (TIMEX3 marks each end alone).  The first end is looked for one
 * to three atoms before the word, after "between" or "from" unless a
 * hyphen touches both ends: a dateline's dash is no range ("WESTWOOD,
 * Mass., June 18 - April 30 end").
 */
static bool
after_range_start(const ctx *c, int i, dval *v)
{
	int			w = i - 1;
	bool		hyphen = punct(c, w, '-') && glued(c, w) && glued(c, i);

	if (!(range_word(c, w) || kw(c, w) == K_AND))
		return false;
	for (int s = w - 1; s >= 0 && s >= w - 3; s--)
	{
		dval		x;
		int			y;

		if (cp_dt_point(c, s, &x) != w || !x.month || x.lo_inf || x.hi_inf ||
			!(hyphen || kw(c, s - 1) == (kw(c, w) == K_AND ? K_BETWEEN : K_FROM)))
			continue;
		y = cp_days_to_date(x.lo).year;
		shift_years(v, y + (v->month < x.month || (v->month == x.month && v->day < x.day)) -
					cp_days_to_date(v->lo).year);
		return true;
	}
	return false;
}

/*
 * A point read at atoms i..e: a month or day without a year takes the year
 * by tense, unless it is the first end of a range, which takes the year
 * the second states ("in January and February 1987"), or the second end of
 * one, which follows the first.
 */
void
cp_dt_year_by_tense(const ctx *c, int i, int e, dval *v)
{
	if (v->month && !v->year && (v->day ? v->gran == CP_GRAN_DAY : v->gran == CP_GRAN_MONTH) &&
		!cp_dt_range_year(c, e, v) && !after_range_start(c, i, v))
		by_tense(c, i, e, v);
}

/*
 * claims.c: counts of people killed, wounded, taken, arrested, displaced or
 * missing, with group, source and as-of date.  See claims.h for the rules.
 *
 * The work is per sentence and linear: one walk over the document reads
 * the quantities of each sentence holding a word that can carry a claim
 * (the dates of a sentence once it has a claim, the quotes a block of lines
 * at a time from the first claim on), then scans the sentence's tokens a
 * bounded distance around each number.  A document without any such word
 * is passed over at the cost of one pattern scan, unless its tokens are
 * kept (doc.h): reading them back is cheaper.  The kind of a claim and its
 * group are read in claims_kind.c and claims_after.c; its source, date and
 * row here.
 */
#include "claims_internal.h"

#include "article.h"
#include "attribution.h"
#include "dates.h"
#include "numbers.h"
#include "quantities.h"
#include "quotes.h"
#include "sentences.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* The longest source phrase, in tokens. */
#define SOURCE_MAX_TOKENS 10
/* Figures of one sentence read for claims; the rest of a longer list is not. */
#define MAX_FRAMES 64

static const char *const kind_names[] = {
	"killed", "wounded", "hostages", "kidnapped", "arrested", "displaced", "missing"
};

const char *
cp_claim_kind_name(int kind)
{
	if (kind < 0 || kind > CP_CLAIM_MISSING)
		return "";
	return kind_names[kind];
}

/* Verbs that report a figure: "Israel said", "the ministry reported". */
static const char *const report_words[] = {
	"said", "says", "say", "reported", "reports", "report", "announced", "announces",
	"stated", "states", "claimed", "claims", "estimated", "estimates", "confirmed",
	"confirms", "told", "tells", "added", "adds", "according", NULL
};


/* Words that end a source phrase after "according to". */
static const char *const source_stop[] = {
	"that", "which", "who", "on", "in", "as", "while", "since", "when", NULL
};


/* Openers of subordinate clauses. */
static const char *const subordinators[] = {
	"while", "although", "though", "as", "because", "after", "before", "if", "when",
	"since", "whereas", "unless", "until", NULL
};

/*
 * Words that cannot end a source phrase: an auxiliary, a negation or an
 * infinitive's "to" waits for its verb ("he was due to (say)").
 */
static const char *const dangling[] = {
	"not", "did", "does", "do", "would", "could", "will", "can", "may", "might", "has", "have",
	"had", "was", "were", "is", "are", "never", "to", "should", "must", "shall", NULL
};

static const char *const pronouns[] = {
	"he", "she", "it", "they", "we", "i", "you", "this", "that", NULL
};

/*
 * A noun phrase that names a source: at most SOURCE_MAX_TOKENS tokens, not a
 * pronoun, starting with a capital, a determiner or a plural noun.
 */
static bool
plausible_source(const char *text, const cp_token *tok, size_t first, size_t last)
{
	if (last < first || last - first >= SOURCE_MAX_TOKENS)
		return false;
	if (first == last && in_list(text, &tok[first], pronouns))
		return false;
	/* cut before its verb: "The spokesman did not (say how ...)" */
	if (in_list(text, &tok[last], dangling))
		return false;
	for (size_t i = first; i <= last; i++)
		if (tok[i].kind == CP_TOK_QUOTE || tok[i].kind == CP_TOK_NUMBER ||
			in_list(text, &tok[i], report_words))
			return false;
	return tok[first].kind == CP_TOK_WORD;
}

typedef struct span
{
	uint32_t	start;
	uint32_t	len;
} span;

static span
token_span(const cp_token *tok, size_t first, size_t last)
{
	span		s;

	s.start = tok[first].start;
	s.len = tok[last].start + tok[last].len - tok[first].start;
	return s;
}

/* A reporting verb: lower case ("United States" is no verb). */
static bool
is_report_verb(const char *text, const cp_token *t)
{
	return !(t->flags & CP_TF_CAPITALIZED) && in_list(text, t, report_words) &&
		!cp_token_is(text, t, "according");
}

static bool
is_clause_break(const char *text, const cp_token *t)
{
	return (t->kind == CP_TOK_PUNCT && t->len == 1 && strchr(",;:(", text[t->start])) ||
		t->kind == CP_TOK_DASH || t->kind == CP_TOK_QUOTE ||
		cp_token_is(text, t, "and") || cp_token_is(text, t, "but") ||
		cp_token_is(text, t, "while") || cp_token_is(text, t, "as");
}

/*
 * The source a sentence names for all its figures, or a zero-length span:
 * "according to X" or "quoted X as saying" anywhere in it.
 */
static span
attributed_source(const char *text, const cp_token *tok, size_t n)
{
	span		none = {0, 0};
	size_t		i,
				j;

	for (i = 0; i + 2 < n; i++)
	{
		if (cp_token_is(text, &tok[i], "according") && cp_token_is(text, &tok[i + 1], "to"))
		{
			for (j = i + 2; j < n && j < i + 2 + SOURCE_MAX_TOKENS; j++)
			{
				const cp_token *t = &tok[j];

				if ((t->kind == CP_TOK_WORD || t->kind == CP_TOK_NUMBER) &&
					!in_list(text, t, source_stop))
					continue;
				/* "Yahoo! News" */
				if (t->len == 1 && text[t->start] == '!' && j + 1 < n && is_capitalized(&tok[j + 1]))
					continue;
				break;
			}
			if (j > i + 2 && plausible_source(text, tok, i + 2, j - 1))
				return token_span(tok, i + 2, j - 1);
		}
		if (cp_token_is(text, &tok[i], "quoted"))
		{
			for (j = i + 1; j < n && j < i + 1 + SOURCE_MAX_TOKENS; j++)
				if (cp_token_is(text, &tok[j], "as") && j + 1 < n &&
					cp_token_is(text, &tok[j + 1], "saying"))
				{
					if (j > i + 1 && plausible_source(text, tok, i + 1, j - 1))
						return token_span(tok, i + 1, j - 1);
					break;
				}
		}
	}
	return none;
}

/*
 * What the sources of a sentence's figures are read from, found once per
 * sentence: a sentence has up to 64 figures, and looking for its reporting
 * verbs again for each one made a long list of figures quadratic.
 */
typedef struct sentence_cues
{
	bool		found;			/* for the sentence at hand */
	span		attributed;		/* attributed_source() */
	bool		report[CP_SENTENCE_MAX_TOKENS_OUT]; /* is_report_verb() of each token */
} sentence_cues;

static void
find_cues(const char *text, const cp_token *tok, size_t n, sentence_cues *cues)
{
	cues->found = true;
	cues->attributed = attributed_source(text, tok, n);
	for (size_t i = 0; i < n; i++)
		cues->report[i] = is_report_verb(text, &tok[i]) &&
			!(in_list(text, &tok[i], taking_verbs) && takes_lives(text, tok, n, i));
}

/*
 * The source of a figure at token pos in this sentence, or a zero-length
 * span: "according to X" anywhere, "X said (that) <figure>", "<figure>, X
 * reported", "quoted X as saying".
 */
static span
find_source(const char *text, const cp_token *tok, size_t n, size_t pos, const sentence_cues *cues)
{
	span		none = {0, 0};
	size_t		i;

	if (cues->attributed.len)
		return cues->attributed;
	/*
	 * "X said (that) ..." before the figure: X runs from the clause start to
	 * the verb; a subordinate clause ("while the U.S. announced ...") reports
	 * something else, so the search goes on to the main clause.
	 */
	for (i = pos; i-- > 0;)
	{
		size_t		first = i;

		/*
		 * ", where the fighting has killed 604": a relative clause the
		 * article adds as background, not part of what was said before it
		 */
		if (i > 0 && (cp_token_is(text, &tok[i], "where") || cp_token_is(text, &tok[i], "which")) &&
			cp_token_is(text, &tok[i - 1], ","))
			break;
		if (!cues->report[i])
			continue;
		while (first > 0 && !is_clause_break(text, &tok[first - 1]) && i - first < SOURCE_MAX_TOKENS)
			first--;
		if (first > 0 && in_list(text, &tok[first - 1], subordinators))
			continue;
		if (first < i && plausible_source(text, tok, first, i - 1))
			return token_span(tok, first, i - 1);
		break;
	}
	/* "..., X reported (this Friday)." closing the sentence after the figure */
	for (i = pos + 1; i < n; i++)
	{
		size_t		first = i,
					tail;

		if (!cues->report[i])
			continue;
		/* only a short adverbial may follow the verb: "on Monday", "in a statement" */
		for (tail = i + 1; tail < n && !(tok[tail].flags & CP_TF_SENT_END); tail++)
			;
		while (first > pos + 1 && !is_clause_break(text, &tok[first - 1]))
			first--;
		if (first > pos + 1 && first < i && tail - i - 1 <= 4 &&
			is_clause_break(text, &tok[first - 1]) && plausible_source(text, tok, first, i - 1))
			return token_span(tok, first, i - 1);
		/* inverted: ", said the ministry." */
		if (first == i && i > 0 && is_clause_break(text, &tok[i - 1]) && tail > i + 1 &&
			plausible_source(text, tok, i + 1, tail - 1))
			return token_span(tok, i + 1, tail - 1);
		break;
	}
	return none;
}

/* Lower-case, singular form of one word into b ("Palestinians" -> "palestinian"). */
static void
singular_word(cp_arena *arena, cp_buf *b, const char *s, size_t len)
{
	static const struct
	{
		const char *plural;
		const char *singular;
	}			irregular[] = {
		{"children", "child"}, {"men", "man"}, {"women", "woman"}, {"people", "person"},
		{"police", "police"}, {"personnel", "personnel"}, {"staff", "staff"},
		{"wounded", "wounded"}, {"dead", "dead"}, {"families", "family"},
		{"militia", "militia"}, {"bodies", "body"}, {"casualties", "casualty"},
	};
	char		w[64];
	size_t		i,
				n = 0;

	for (i = 0; i < len && n + 4 < sizeof(w);)
	{
		uint32_t	cp;
		int			k = cp_utf8_decode(s + i, len - i, &cp);

		i += k;
		if (cp_uc_class(cp) & (CP_UC_ALPHA | CP_UC_DIGIT))
			n += cp_utf8_encode(cp_uc_fold(cp), w + n);
	}
	w[n] = '\0';
	for (i = 0; i < sizeof(irregular) / sizeof(irregular[0]); i++)
		if (strcmp(w, irregular[i].plural) == 0)
		{
			cp_buf_append(arena, b, irregular[i].singular, strlen(irregular[i].singular));
			return;
		}
	if (n > 4 && strcmp(w + n - 3, "ies") == 0)
	{
		cp_buf_append(arena, b, w, n - 3);
		cp_buf_putc(arena, b, 'y');
		return;
	}
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u')
		n--;
	cp_buf_append(arena, b, w, n);
}

const char *
cp_claim_subject_key(cp_arena *arena, const char *s, size_t len)
{
	cp_tokenizer tz;
	cp_token	t;
	cp_buf		b;

	cp_buf_init(&b);
	cp_tokenizer_init(&tz, s, len, 0, len);
	while (cp_tokenizer_next(&tz, &t))
	{
		if (t.kind != CP_TOK_WORD || (t.flags & CP_TF_POSSESSIVE))
			continue;
		/* "members of the same Palestinian family": the head is the key */
		if (cp_token_is(s, &t, "of"))
			break;
		if (!(t.flags & CP_TF_CAPITALIZED) && in_list(s, &t, group_skip))
			continue;
		if (b.len)
			cp_buf_putc(arena, &b, ' ');
		singular_word(arena, &b, s + t.start, t.len);
	}
	return cp_buf_cstr(arena, &b);
}

/* The date mention of the sentence (dates: those of the sentence) that the figure refers to. */
static const cp_date_mention *
find_asof(const cp_vec *dates, uint32_t at)
{
	const cp_date_mention *before = NULL;

	for (size_t i = 0; i < dates->count; i++)
	{
		const cp_date_mention *d = &CP_VEC_AT(dates, cp_date_mention, i);

		if (!d->resolved)
			continue;
		if (d->start >= at)
			return d;			/* the first date after the figure */
		before = d;
	}
	return before;
}

/*
 * The document is read in one walk: the quantities and dates of each
 * sentence are found as it comes and dropped after it, the quotes a block
 * of lines at a time (quotes.h), read ahead only as far as the figures go.
 * So the working memory is that of a sentence and of a block of quotes,
 * whatever the document's length.
 */
typedef struct doc_context
{
	cp_doc	   *doc;
	const char *text;
	cp_arena   *arena;
	cp_vec	   *out;
	cp_status	status;
	cp_vec		quantities;		/* of the sentence at hand */
	cp_quantity_atoms quantity_atoms;
	cp_vec		dates;			/* of the sentence at hand ... */
	bool		dates_read;		/* ... once a claim needs them */
	cp_date_reader date_reader;
	cp_quote_reader *quote_reader;	/* made at the first claim */
	cp_arena	quote_arena;	/* the block of quotes read */
	cp_vec		quotes;
	size_t		quote_cursor;
	sentence_cues cues;
	bool		has_reference;
	int32_t		reference;
} doc_context;

/* The quotation that holds byte offset at, if any (at never goes back). */
static const cp_quote *
find_quote(doc_context *c, uint32_t at)
{
	if (c->quote_reader == NULL)
	{
		c->quote_reader = cp_quote_reader_new(c->doc);
		cp_arena_init(&c->quote_arena);
		cp_vec_init(&c->quotes, sizeof(cp_quote));
	}
	for (;;)
	{
		while (c->quote_cursor < c->quotes.count)
		{
			const cp_quote *q = &CP_VEC_AT(&c->quotes, cp_quote, c->quote_cursor);

			if (q->start + q->len <= at)
				c->quote_cursor++;
			else
				return q->start <= at ? q : NULL;
		}
		/* every quote read so far ends before the figure: read the next block */
		cp_arena_free(&c->quote_arena);
		cp_arena_init(&c->quote_arena);
		cp_vec_init(&c->quotes, sizeof(cp_quote));
		c->quote_cursor = 0;
		if (!cp_quote_reader_next(c->quote_reader, &c->quote_arena, &c->quotes))
			return NULL;
	}
}

/* Counts of people; a proportion ("four out of five passengers") counts no one. */
static bool
countable(const cp_quantity_mention *q)
{
	return (q->kind == CP_QK_COUNT || q->kind == CP_QK_NUMBER) && !q->ratio;
}

/*
 * Nouns for one person: with "a" or "an" before them they count one
 * ("killing a teenager", "an elderly woman was shot dead").
 */
static const char *const person_nouns[] = {
	"man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "teen",
	"youth", "minor", "person", "civilian", "resident", "farmer", "fisherman", "shepherd",
	"worker", "employee", "journalist", "reporter", "photographer", "cameraman", "doctor",
	"nurse", "paramedic", "medic", "student", "teacher", "soldier", "officer", "policeman",
	"policewoman", "guard", "militant", "fighter", "gunman", "commander", "member", "settler",
	"prisoner", "detainee", "driver", "passenger", "pedestrian", "worshipper", "volunteer",
	"activist", "protester", "demonstrator", "father", "mother", "son", "daughter", "brother",
	"sister", "husband", "wife", "relative", "official", "bystander", "tourist", "pilot", "adviser",
	"advisor", "miner", "sailor", "diplomat", "priest", "lawyer", "judge", "businessman", NULL
};

/*
 * "She and eight others were killed", "killed himself and 14 others": one
 * person no other figure counts, and the others; the figure counts both.
 * Not after a person counted on their own ("a man and three others": "a
 * man" is a claim of one).
 */
static bool
one_and_others(const char *text, const cp_token *tok, const frame *f)
{
	static const char *const persons[] = {
		"he", "she", "him", "her", "himself", "herself", NULL
	};
	const cp_token *p;

	if (f->group_last < f->group_first || f->group_first != f->group_last ||
		!cp_token_is(text, &tok[f->group_last], "others") || f->first < 2 ||
		!cp_token_is(text, &tok[f->first - 1], "and"))
		return false;
	p = &tok[f->first - 2];
	if (in_list(text, p, persons))
		return true;
	/* "the driver and eight others" (a name may be a place or a group: "Israel and two others") */
	if (f->first >= 3)
	{
		const cp_token *det = &tok[f->first - 3];

		if (cp_token_is(text, det, "a") || cp_token_is(text, det, "an") ||
			cp_token_may_start_number(text, det))
			return false;
	}
	return !is_capitalized(p) && in_list(text, p, person_nouns);
}

static void
emit(doc_context *c, const cp_sentence *s, const frame *f)
{
	const cp_token *tok = s->tokens;
	cp_claim   *cl;
	const cp_claim *prev;
	size_t		last = f->last;
	const cp_date_mention *d;
	const cp_quote *q;
	span		src;

	cl = cp_vec_push(c->arena, c->out);
	cl->source_kind = -1;
	prev = c->out->count > 1 ? cl - 1 : NULL;
	if (f->group_last >= f->group_first && f->group_last > last)
		last = f->group_last;
	if (f->anchor > last && f->anchor <= last + 1)
		last = f->anchor;		/* "four killed", "Palestinians arrested" */
	cl->start = f->q->start < tok[f->first].start ? f->q->start : tok[f->first].start;
	cl->len = tok[last].start + tok[last].len - cl->start;
	if (f->q->start + f->q->len > cl->start + cl->len)
		cl->len = f->q->start + f->q->len - cl->start;
	cl->kind = (uint8_t) f->kind;
	cl->value = f->q->value;
	if (f->beyond && cp_quantity_is_point(&cl->value) && !(cl->value.flags & CP_Q_APPROX))
		(void) cp_quantity_make(cl->value.lo, 0, CP_Q_HI_INF, &cl->value);
	else if (one_and_others(c->text, tok, f) && cp_quantity_is_point(&cl->value) &&
			 !(cl->value.flags & CP_Q_APPROX))
		cl->value = cp_quantity_exact(cl->value.lo + 1);
	cl->sentence = s->n;
	if (f->group_last >= f->group_first)
	{
		span		g = token_span(tok, f->group_first, f->group_last);

		cl->subject_start = g.start;
		cl->subject_len = g.len;
	}
	else if (f->from_toll && f->toll >= 2 && is_capitalized(&tok[f->toll - 2]) &&
			 !in_list(c->text, &tok[f->toll - 2], group_skip) &&
			 cp_token_is(c->text, &tok[f->toll - 1], "death"))
	{
		/* "The Palestinian death toll": the group is the nationality */
		cl->subject_start = tok[f->toll - 2].start;
		cl->subject_len = tok[f->toll - 2].len;
	}
	else if (prev && prev->sentence == s->n && prev->subject_len &&
			 f->q->kind == CP_QK_NUMBER)
	{
		/* "40 Palestinians were killed and more than 200 wounded" */
		cl->subject_start = prev->subject_start;
		cl->subject_len = prev->subject_len;
	}
	cl->subject_key = cl->subject_len ?
		cp_claim_subject_key(c->arena, c->text + cl->subject_start, cl->subject_len) : "";

	q = find_quote(c, f->q->start);
	if (q && q->has_mention)
	{
		/* a quoted figure comes from the quote's speaker, resolved as quotes resolve it */
		cl->source_start = q->mention_start;
		cl->source_len = q->mention_len;
		if (q->speaker_kind >= 0)
		{
			cl->source_kind = q->speaker_kind;
			cl->source_name = q->speaker;
			cl->source_name_len = q->speaker_len;
		}
	}
	else
	{
		cp_attributed who;

		if (!c->cues.found)
			find_cues(c->text, tok, s->ntokens, &c->cues);
		src = find_source(c->text, tok, s->ntokens, f->first, &c->cues);
		cl->source_start = src.start;
		cl->source_len = src.len;
		if (cp_attributed_entity(c->doc, src.start, src.len, &who, &c->status))
		{
			cl->source_kind = (int8_t) who.kind;
			cl->source_name = who.name;
			cl->source_name_len = who.name_len;
		}
	}

	if (!c->dates_read)
	{
		c->dates.count = 0;
		cp_date_reader_dates(&c->date_reader, c->arena, c->doc, &c->dates);
		c->dates_read = true;
	}
	d = find_asof(&c->dates, f->q->start);
	if (d)
	{
		cl->has_asof = true;
		cl->asof_lo_inf = d->lo_inf;
		cl->asof_hi_inf = d->hi_inf;
		cl->asof_lo = d->lo;
		cl->asof_hi = d->hi;
	}
	else if (c->has_reference)
	{
		cl->has_asof = true;
		cl->asof_lo = c->reference;
		cl->asof_hi = c->reference + 1;
	}
}

/* Adjectives between "a" and the person: "an elderly woman", "a young Palestinian man". */
static const char *const person_modifiers[] = {
	"young", "old", "elderly", "pregnant", "local", "unarmed", "disabled", "female", "male",
	"senior", "teenage", "armed", "off-duty", "military", "former", "retired", "police",
	"security", "aid", NULL
};

/*
 * "a"/"an" counting one person, as a quantity of one at tok[i], for the
 * frames to read like "one": the article, its modifiers, then a noun for one
 * person, or a people's name that ends the phrase ("killing a Palestinian").
 * "another" and "a third" count one too, and may stand for the person
 * themselves ("another was hurt", "a third arrested", "wounding another"),
 * or end in a name ("a third Marine was killed").  The number of tokens that
 * count ("a", "a third"), 0 when there is no person.
 */
static size_t
one_person_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	bool		another = cp_token_is(text, &tok[i], "another");
	bool		ordinal;
	size_t		j = i + 1,
				end;

	if (!another && !cp_token_is(text, &tok[i], "a") && !cp_token_is(text, &tok[i], "an"))
		return 0;
	ordinal = !another && j < n && in_list(text, &tok[j], ordinals);
	j += ordinal;
	end = j - 1;
	if (((another || ordinal) && j < n && verb_of_one(text, &tok[j])) ||
		(another && (j >= n || (tok[j].kind != CP_TOK_WORD && tok[j].kind != CP_TOK_NUMBER))))
		return end - i + 1;
	for (; j < n && j <= i + 4 + ordinal; j++)
	{
		const cp_token *t = &tok[j];

		if (t->kind != CP_TOK_WORD)
			return 0;
		if (!is_capitalized(t) && in_list(text, t, person_nouns))
			return end - i + 1;
		/* an age for the person: "an 18-year-old has been arrested" */
		if ((t->flags & CP_TF_HAS_DIGIT) && ends_with(text, t, "-old") && j + 1 < n &&
			verb_of_one(text, &tok[j + 1]))
			return end - i + 1;
		if (demonym_head(text, tok, n, j))
			return end - i + 1;
		/* "a Palestinian man", "a U.S. adviser", "a Reuters photographer": a name is a modifier */
		if (is_demonym(text, t) || is_capitalized(t))
		{
			if ((another || ordinal) && j + 1 < n && verb_of_one(text, &tok[j + 1]))
				return end - i + 1;
			continue;
		}
		if (!in_list(text, t, person_modifiers) && !(t->flags & (CP_TF_HYPHENATED | CP_TF_HAS_DIGIT)))
			return 0;
	}
	return 0;
}

/* Relatives, and the like, of a person named before: "his wife", "her son". */
static const char *const relatives_of[] = {
	"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "child",
	"baby", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "fiancee",
	"fiance", "girlfriend", "boyfriend", "bodyguard", NULL
};

/* Verbs of violence done to one person, after "was": not "died", which a natural death says too. */
static const char *const violent_passives[] = {
	"killed", "murdered", "slain", "shot", "stabbed", "beaten", "assassinated", "executed",
	"kidnapped", "abducted", "wounded", "injured", "strangled", "lynched", "beheaded", NULL
};

/*
 * "his wife was shot dead", "her son has been kidnapped": a possessive
 * before a relative counts one, when a passive of violence follows; the
 * number of tokens that count (the possessive), or 0.
 */
static size_t
relative_victim_at(const char *text, const cp_token *tok, size_t n, size_t i)
{
	static const char *const possessives[] = {"his", "her", "their", NULL};
	static const char *const elder[] = {"younger", "older", "elder", "youngest", "eldest", NULL};
	size_t		j = i + 1;

	if (!in_list(text, &tok[i], possessives))
		return 0;
	if (j < n && (in_list(text, &tok[j], person_modifiers) || in_list(text, &tok[j], elder)))
		j++;
	if (j + 2 >= n || !in_list(text, &tok[j], relatives_of) || is_capitalized(&tok[j]))
		return 0;
	j++;
	if (cp_token_is(text, &tok[j], "has") || cp_token_is(text, &tok[j], "had"))
	{
		if (!cp_token_is(text, &tok[j + 1], "been"))
			return 0;
		j++;
	}
	else if (!cp_token_is(text, &tok[j], "was"))
		return 0;
	return j + 1 < n && in_list(text, &tok[j + 1], violent_passives) ? 1 : 0;
}

static int
cmp_quantity_start(const void *a, const void *b)
{
	const cp_quantity_mention *x = a,
			   *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/*
 * Add "a teenager" and the like to the sentence's quantities, as counts of
 * one ("both men" of two); no more than a sentence's frames can take, so
 * that a sentence of "a man a man ..." does not grow the list with its
 * length.
 */
static void
add_one_persons(doc_context *c, const cp_sentence *s)
{
	size_t		before = c->quantities.count;

	for (size_t i = 0; i + 1 < s->ntokens && c->quantities.count - before < MAX_FRAMES; i++)
	{
		size_t		count = one_person_at(c->text, s->tokens, s->ntokens, i);
		bool		both = false;

		if (!count)
			count = relative_victim_at(c->text, s->tokens, s->ntokens, i);
		if (!count)
			count = both = both_at(c->text, s->tokens, s->ntokens, i);
		if (count)
		{
			cp_quantity_mention *q = cp_vec_push(c->arena, &c->quantities);
			const cp_token *last = &s->tokens[i + count - 1];

			q->start = s->tokens[i].start;
			q->len = last->start + last->len - q->start;
			q->kind = CP_QK_COUNT;
			q->value = cp_quantity_exact(both ? 2 : 1);
			q->sentence = s->n;
		}
	}
	if (c->quantities.count > before)
		qsort(c->quantities.items, c->quantities.count, sizeof(cp_quantity_mention), cmp_quantity_start);
}

static void
claims_in_sentence(doc_context *c, const cp_sentence *s)
{
	const cp_token *tok = s->tokens;
	size_t		n = s->ntokens,
				nf = 0,
				i,
				t = 0;
	frame		frames[MAX_FRAMES];

	cp_date_reader_add(&c->date_reader, c->arena, c->doc, s);
	c->dates_read = false;
	c->cues.found = false;
	if (!has_kind_word(c->text, s))
		return;
	c->quantities.count = 0;
	cp_quantities_in_sentence(c->arena, c->text, s, &c->quantity_atoms, &c->quantities);
	add_one_persons(c, s);

	/* the numbers of this sentence, with their token ranges */
	for (size_t qi = 0; qi < c->quantities.count && nf < MAX_FRAMES; qi++)
	{
		const cp_quantity_mention *q = &CP_VEC_AT(&c->quantities, cp_quantity_mention, qi);
		frame	   *f;

		if (!countable(q))
			continue;
		while (t < n && tok[t].start + tok[t].len <= q->start)
			t++;
		if (t == n)
			break;
		/* "one of two crewmen": the whole the count is taken from is no claim */
		if (nf > 0 && t >= 2 && frames[nf - 1].last == t - 2 && cp_token_is(c->text, &tok[t - 1], "of"))
			continue;
		f = &frames[nf++];
		memset(f, 0, sizeof(*f));
		f->q = q;
		f->kind = -1;
		f->first = t;
		f->last = t;
		while (f->last + 1 < n && tok[f->last + 1].start < q->start + q->len)
			f->last++;
		f->anchor = f->last;
		f->verb = SIZE_MAX;
		if ((f->refused = not_a_count(c->text, tok, n, f)))
			continue;
		find_group(c->text, tok, n, f);
		if (f->group_last >= f->group_first)
			f->anchor = f->group_last;
		lives_group(c->text, tok, n, f);
		if (f->kind < 0 && !f->refused)
			scan_after(c->text, tok, n, f);
		if (f->kind < 0 && !f->refused)
			scan_before(c->text, tok, f);
		else if (f->kind_from_adjective)
		{
			/* "shot and killed 3 displaced men": the verb whose object they are tells what happened */
			frame		g = *f;

			g.kind = -1;
			scan_before(c->text, tok, &g);
			if (g.kind >= 0 && g.verb != SIZE_MAX)
				*f = g;
		}
		if (f->kind >= 0 && not_people(c->text, tok, n, f))
		{
			f->kind = -1;
			f->refused = true;
		}
	}
	/* coordinated numbers share a kind, forwards (unless a verb of their own follows) then backwards */
	for (i = 1; i < nf; i++)
		if (frames[i].kind < 0 && !frames[i].refused && !frames[i].own_verb && frames[i - 1].kind >= 0 &&
			(connected(c->text, tok, frames[i - 1].anchor, frames[i].first) ||
			 elliptical(c->text, tok, &frames[i])))
			frames[i].kind = frames[i - 1].kind;
	for (i = nf; i-- > 1;)
		if (frames[i - 1].kind < 0 && !frames[i - 1].refused && frames[i].kind >= 0 &&
			connected(c->text, tok, frames[i - 1].anchor, frames[i].first))
			frames[i - 1].kind = frames[i].kind;
	for (i = 0; i < nf; i++)
		if (frames[i].kind >= 0)
			emit(c, s, &frames[i]);
}

cp_status
cp_extract_claims(cp_doc *doc, cp_reference_mode mode, int32_t reference_days, cp_vec *out)
{
	cp_doc_walk w;
	cp_sentence s;
	doc_context c;

	/*
	 * The prefilter saves a walk that splits the text; reading back kept
	 * tokens costs less than its scan.
	 */
	if (!(doc->have & CP_DOC_TOKENS) && !text_may_hold_claims(doc->text, doc->len))
		return CP_OK;
	memset(&c, 0, sizeof(c));
	c.doc = doc;
	c.text = doc->text;
	c.arena = doc->arena;
	c.out = out;
	cp_vec_init(&c.quantities, sizeof(cp_quantity_mention));
	cp_vec_init(&c.dates, sizeof(cp_date_mention));
	cp_date_reader_init(&c.date_reader, doc, mode, reference_days);
	c.has_reference = cp_doc_reference(doc, mode, reference_days, &c.reference);
	cp_doc_walk_init(&w, doc);
	while (cp_doc_walk_next(&w, &s))
	{
		cp_check_interrupts();
		claims_in_sentence(&c, &s);
		if (c.status != CP_OK)
			break;
	}
	if (c.quote_reader)
	{
		if (c.status == CP_OK)
			c.status = cp_quote_reader_status(c.quote_reader);
		cp_arena_free(&c.quote_arena);
	}
	return c.status;
}

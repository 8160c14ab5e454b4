/*
 * sentences.c: the sentence iterator; rules in sentences.h.
 */
#include "sentences.h"
#include "utf8.h"
#include "wordtab.h"

#include <string.h>

/* Capitalized function words that open sentences far more often than names. */
static const char *const starters[] = {
	"A", "After", "Afterwards", "Also", "Although", "Among", "An", "And", "Any", "As", "At",
	"Before", "Both", "But", "By", "Despite", "During", "Each", "Even", "Every", "For", "From",
	"He", "Her", "Here", "His", "How", "However", "I", "If", "In", "It", "Its", "Many",
	"Meanwhile", "More", "Most", "Much", "My", "No", "None", "Nor", "Not", "Now", "Of", "On",
	"One", "Only", "Or", "Other", "Our", "Over", "Since", "So", "Some", "Such", "That", "The",
	"Their", "Then", "There", "These", "They", "This", "Those", "Though", "Thus", "To", "Under",
	"Unlike", "Until", "We", "What", "When", "Where", "Whether", "Which", "While", "Who", "Why",
	"With", "Without", "Yet", "You", "Your"
};
static int16_t starter_slots[256];
static cp_wordtab starter_table = CP_WORDTAB(starters, starter_slots);

bool
cp_is_sentence_starter(const char *s, size_t len)
{
	return cp_wordtab_find(&starter_table, s, len) >= 0;
}

void
cp_sentence_iter_init(cp_sentence_iter *it, cp_arena *arena, const char *text, size_t len,
					  size_t from, size_t to)
{
	memset(it, 0, sizeof(*it));
	cp_tokenizer_init(&it->tz, text, len, from, to);
	/* room for a full sentence plus the lookahead that decides its end */
	it->cap = CP_SENTENCE_MAX_TOKENS_OUT;
	it->buf = cp_arena_alloc(arena, it->cap * sizeof(cp_token));
}

void
cp_sentence_iter_reset(cp_sentence_iter *it, size_t from, size_t to)
{
	/* keep the token buffer and the sentence count; restart the tokenizer */
	cp_tokenizer_init(&it->tz, it->tz.text, it->tz.len, from, to);
	it->count = 0;
	it->consumed = 0;
	it->eof = false;
}

/* Tokenize up to buf[idx] if the text has it. */
static bool
read_up_to(cp_sentence_iter *it, size_t idx)
{
	while (it->count <= idx && !it->eof)
	{
		if (it->count == it->cap)
			return false;
		if (cp_tokenizer_next(&it->tz, &it->buf[it->count]))
			it->count++;
		else
			it->eof = true;
	}
	return idx < it->count;
}

/* Make buf[idx] available if the text has it (asked for each token and the next: often read). */
static inline bool
have(cp_sentence_iter *it, size_t idx)
{
	return idx < it->count || read_up_to(it, idx);
}

static bool
is_closer(const char *text, const cp_token *t)
{
	if (t->flags & CP_TF_SPACE_BEFORE)
		return false;
	if (t->kind == CP_TOK_QUOTE)
		return (t->flags & CP_TF_OPEN_QUOTE) == 0;
	return t->kind == CP_TOK_PUNCT && t->len == 1 &&
		(text[t->start] == ')' || text[t->start] == ']');
}

/* Does token t, following a sentence-final mark (and closer), open a new sentence? */
static bool
opens_sentence(const char *text, const cp_token *t, bool after_quote)
{
	uint32_t	cp;

	if (t->flags & CP_TF_NEWLINE_BEFORE)
		return true;
	if (!(t->flags & CP_TF_SPACE_BEFORE) && !after_quote)
		return false;
	if (t->kind == CP_TOK_NUMBER || t->kind == CP_TOK_SYMBOL)
		return true;
	if (t->kind == CP_TOK_QUOTE)
		return (t->flags & CP_TF_OPEN_QUOTE) != 0;
	if (t->kind == CP_TOK_PUNCT)
	{
		if (text[t->start] == '(' || text[t->start] == '[')
			return true;
		/*
		 * An emoji, bullet, arrow or other pictograph opens a sentence as a
		 * capital does; an ellipsis or an undecodable byte does not.
		 */
		cp_utf8_decode(text + t->start, t->len, &cp);
		return cp >= 0x80 && cp != 0x2026 && cp != CP_REPLACEMENT &&
			(cp_uc_class(cp) & (CP_UC_QUOTE | CP_UC_APOS | CP_UC_DASH)) == 0;
	}
	if (t->kind == CP_TOK_WORD)
	{
		cp_utf8_decode(text + t->start, t->len, &cp);
		return (cp_uc_class(cp) & CP_UC_LOWER) == 0;
	}
	return false;
}

/*
 * Length of the sentence that starts at buf[0]: the number of tokens it
 * takes, deciding each candidate end with the tokens that follow it.
 */
static size_t
sentence_length(cp_sentence_iter *it)
{
	const char *text = it->tz.text;
	size_t		i;

	for (i = 0; have(it, i); i++)
	{
		const cp_token *t = &it->buf[i];
		size_t		k;
		bool		after_quote = false;

		if (i + 1 >= CP_MAX_SENTENCE_TOKENS)
			return i + 1;
		if (!have(it, i + 1))
			return i + 1;
		if (it->buf[i + 1].flags & CP_TF_NEWLINE_BEFORE)
			return i + 1;
		if (!(t->flags & (CP_TF_SENT_END | CP_TF_ABBREV)))
			continue;
		if (t->flags & (CP_TF_TITLE_ABBREV | CP_TF_INITIAL))
			continue;
		/* absorb closing quotes and brackets */
		k = i + 1;
		while (have(it, k) && is_closer(text, &it->buf[k]))
		{
			after_quote = it->buf[k].kind == CP_TOK_QUOTE;
			k++;
		}
		if (!have(it, k))
			return k;
		if (t->flags & CP_TF_SENT_END)
		{
			if (opens_sentence(text, &it->buf[k], after_quote))
				return k;
		}
		else
		{
			/* an abbreviation's period ends a sentence before "The", "He", ... */
			const cp_token *n = &it->buf[k];

			if (n->kind == CP_TOK_WORD && (n->flags & CP_TF_CAPITALIZED) &&
				cp_is_sentence_starter(text + n->start, n->len))
				return k;
		}
		i = k - 1;
	}
	return i;
}

bool
cp_sentence_next(cp_sentence_iter *it, cp_sentence *out)
{
	size_t		n;

	if (it->consumed)
	{
		memmove(it->buf, it->buf + it->consumed, (it->count - it->consumed) * sizeof(cp_token));
		it->count -= it->consumed;
		it->consumed = 0;
	}
	if (!have(it, 0))
		return false;
	if ((it->n & 63) == 63)
		cp_check_interrupts();
	n = sentence_length(it);
	if (n == 0)
		n = 1;
	it->consumed = n;
	it->n++;
	out->tokens = it->buf;
	out->ntokens = n;
	out->start = it->buf[0].start;
	out->end = it->buf[n - 1].start + it->buf[n - 1].len;
	out->n = it->n;
	return true;
}

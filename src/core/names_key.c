/*
 * names_key.c: the key of a name.
 *
 * A name goes through four steps (all in fixed buffers on the stack, no
 * allocation, linear in the first CP_NAME_MAX_BYTES bytes):
 *   1. fold: code points to lower-case Latin (accents dropped, Cyrillic
 *      transliterated), apostrophes and ayn/hamza signs dropped inside a
 *      word ("Mu'ammar" = "Muammar"), anything else splits words;
 *   2. words: runs of single letters become one word ("S.A." = "SA"), titles
 *      before the name are dropped, particles, stop words and legal forms are
 *      dropped anywhere, "bin"/"ibn" except as the first word, one comma
 *      swaps "SURNAME, Given";
 *   3. compounds: "Abd al-Rahman", "Abdul Rahman", "Abdurrahman" become one
 *      word, as do "Nur al-Din", "Nuruddin"; a few given names whose
 *      spellings differ beyond the skeleton rules get one spelling;
 *   4. skeleton: consonant classes of transliteration (q/k/g, kh/h, dh/d,
 *      ph/f, th/t, sh/sch/ch, zh/j/dj ...), every vowel run (with y and w
 *      used as vowels) becomes 'a' or, for a diphthong, 'e', doubled letters
 *      fold and a final h after a vowel goes ("Hamzah" = "Hamza").
 * The key is the skeleton of the words written together ("Ban Ki-moon" =
 * "Ban Kimoon").  See doc/names.md.
 */
#include "names_key.h"
#include "titles.h"
#include "utf8.h"
#include "wordtab.h"

#include <string.h>

/* ---------------------------------------------------------------- word lists */

enum
{
	NK_NAME = 0,
	NK_TITLE,					/* dropped before the name proper */
	NK_PARTICLE,				/* article-like: dropped anywhere */
	NK_PATRONYM,				/* "son of": dropped unless first */
	NK_STOP,					/* function words of organization names */
	NK_LEGAL,					/* legal forms of organizations */
	NK_GENERIC,					/* kinds of organization: kept, weak */
	NK_FORM,					/* a kind that names only the form of a body
								 * ("Association", "Foundation"): weak, and
								 * one may stand for another */
};

typedef struct nk_entry
{
	const char *word;
	uint8_t		cat;
	const char *canon;			/* given-name canonical spelling, or NULL */
} nk_entry;

/*
 * Particles and legal forms (titles and honorifics are in titles.c).
 * Given-name correspondences that the skeleton rules cannot
 * see are listed from general knowledge of transliteration: Muhammad in
 * Turkish, West African and Malay abbreviated forms; Hebrew/Russian/English
 * forms of Biblical names; Ukrainian and Russian forms of Slavic names.
 */
static const nk_entry nk_table[] = {
	/* generational suffixes; Indonesian "Muh."; Ukrainian given names */
	{"jr", NK_PARTICLE, NULL}, {"sr", NK_PARTICLE, NULL}, {"junior", NK_PARTICLE, NULL},
	{"muh", NK_NAME, "muhammad"}, {"oleh", NK_NAME, "oleg"}, {"olha", NK_NAME, "olga"},
	{"olena", NK_NAME, "elena"}, {"oleksiy", NK_NAME, "aleksei"}, {"oleksii", NK_NAME, "aleksei"},
	{"andriy", NK_NAME, "andrei"}, {"andrii", NK_NAME, "andrei"}, {"yuriy", NK_NAME, "yuri"},
	{"dmytro", NK_NAME, "dmitri"}, {"hennadiy", NK_NAME, "gennadi"}, {"hennadii", NK_NAME, "gennadi"},
	/* particles: Arabic article (with its assimilated forms) and European */
	{"al", NK_PARTICLE, NULL}, {"el", NK_PARTICLE, NULL}, {"il", NK_PARTICLE, NULL}, {"ul", NK_PARTICLE, NULL},
	/* the article after a case ending: "Abd-ur-Rahman", "Jamaat-ud-Dawa" */
	{"ur", NK_PARTICLE, NULL}, {"ud", NK_PARTICLE, NULL}, {"uz", NK_PARTICLE, NULL}, {"ush", NK_PARTICLE, NULL},
	{"ad", NK_PARTICLE, NULL}, {"ar", NK_PARTICLE, NULL}, {"as", NK_PARTICLE, NULL}, {"at", NK_PARTICLE, NULL},
	{"an", NK_PARTICLE, NULL}, {"az", NK_PARTICLE, NULL}, {"ash", NK_PARTICLE, NULL}, {"ath", NK_PARTICLE, NULL},
	{"adh", NK_PARTICLE, NULL}, {"e", NK_PARTICLE, NULL}, {"ye", NK_PARTICLE, NULL}, {"ez", NK_PARTICLE, NULL}, {"es", NK_PARTICLE, NULL}, {"ed", NK_PARTICLE, NULL},
	{"van", NK_PARTICLE, NULL}, {"von", NK_PARTICLE, NULL}, {"der", NK_PARTICLE, NULL}, {"den", NK_PARTICLE, NULL},
	{"de", NK_PARTICLE, NULL}, {"del", NK_PARTICLE, NULL}, {"della", NK_PARTICLE, NULL}, {"di", NK_PARTICLE, NULL},
	{"da", NK_PARTICLE, NULL}, {"dos", NK_PARTICLE, NULL}, {"das", NK_PARTICLE, NULL}, {"du", NK_PARTICLE, NULL},
	{"des", NK_PARTICLE, NULL}, {"le", NK_PARTICLE, NULL}, {"la", NK_PARTICLE, NULL}, {"los", NK_PARTICLE, NULL},
	{"las", NK_PARTICLE, NULL}, {"ter", NK_PARTICLE, NULL}, {"ten", NK_PARTICLE, NULL}, {"zu", NK_PARTICLE, NULL},
	/* "son/daughter of" */
	{"bin", NK_PATRONYM, NULL}, {"ibn", NK_PATRONYM, NULL}, {"bint", NK_PATRONYM, NULL},
	{"binti", NK_PATRONYM, NULL}, {"ben", NK_PATRONYM, NULL}, {"ould", NK_PATRONYM, NULL},
	/* function words */
	{"the", NK_STOP, NULL}, {"of", NK_STOP, NULL}, {"and", NK_STOP, NULL}, {"und", NK_STOP, NULL}, {"et", NK_STOP, NULL},
	/* legal forms (English, Russian/Ukrainian, Romance, German, Asian) */
	{"ltd", NK_LEGAL, NULL}, {"limited", NK_LEGAL, NULL}, {"co", NK_LEGAL, NULL}, {"company", NK_LEGAL, NULL},
	{"companies", NK_LEGAL, NULL}, {"corp", NK_LEGAL, NULL}, {"corporation", NK_LEGAL, NULL},
	{"inc", NK_LEGAL, NULL}, {"incorporated", NK_LEGAL, NULL}, {"llc", NK_LEGAL, NULL}, {"llp", NK_LEGAL, NULL},
	{"plc", NK_LEGAL, NULL}, {"pllc", NK_LEGAL, NULL}, {"jsc", NK_LEGAL, NULL}, {"ojsc", NK_LEGAL, NULL},
	{"cjsc", NK_LEGAL, NULL}, {"pjsc", NK_LEGAL, NULL}, {"oao", NK_LEGAL, NULL}, {"zao", NK_LEGAL, NULL},
	{"pao", NK_LEGAL, NULL}, {"ao", NK_LEGAL, NULL}, {"nao", NK_LEGAL, NULL},
	/* Russian AO, VO (foreign trade association), NPO/NPP (research and
	 * production), GUP/FGUP/MUP (state enterprises); Swedish AB */
	{"vo", NK_LEGAL, NULL}, {"npo", NK_LEGAL, NULL}, {"npp", NK_LEGAL, NULL},
	{"gup", NK_LEGAL, NULL}, {"fgup", NK_LEGAL, NULL}, {"mup", NK_LEGAL, NULL}, {"ab", NK_LEGAL, NULL}, {"ooo", NK_LEGAL, NULL}, {"tov", NK_LEGAL, NULL}, {"gmbh", NK_LEGAL, NULL},
	{"ag", NK_LEGAL, NULL}, {"kg", NK_LEGAL, NULL}, {"sa", NK_LEGAL, NULL}, {"sas", NK_LEGAL, NULL},
	{"sarl", NK_LEGAL, NULL}, {"sae", NK_LEGAL, NULL}, {"srl", NK_LEGAL, NULL}, {"spa", NK_LEGAL, NULL},
	{"bv", NK_LEGAL, NULL}, {"nv", NK_LEGAL, NULL}, {"oy", NK_LEGAL, NULL}, {"pte", NK_LEGAL, NULL},
	{"pty", NK_LEGAL, NULL}, {"bhd", NK_LEGAL, NULL}, {"sdn", NK_LEGAL, NULL}, {"cv", NK_LEGAL, NULL},
	{"lda", NK_LEGAL, NULL}, {"ltda", NK_LEGAL, NULL}, {"eirl", NK_LEGAL, NULL}, {"fze", NK_LEGAL, NULL},
	{"fzc", NK_LEGAL, NULL}, {"fzco", NK_LEGAL, NULL}, {"compania", NK_LEGAL, NULL},
	{"compagnie", NK_LEGAL, NULL}, {"cia", NK_LEGAL, NULL}, {"cie", NK_LEGAL, NULL},
	{"kompaniya", NK_LEGAL, NULL}, {"sociedad", NK_LEGAL, NULL}, {"anonima", NK_LEGAL, NULL},
	{"limitada", NK_LEGAL, NULL}, {"responsabilidad", NK_LEGAL, NULL},
	{"obshchestvo", NK_LEGAL, NULL}, {"aktsionernoe", NK_LEGAL, NULL}, {"otkrytoe", NK_LEGAL, NULL},
	{"zakrytoe", NK_LEGAL, NULL}, {"publichnoe", NK_LEGAL, NULL}, {"ogranichennoi", NK_LEGAL, NULL},
	{"ogranichennoy", NK_LEGAL, NULL}, {"otvetstvennostyu", NK_LEGAL, NULL},
	{"tovarystvo", NK_LEGAL, NULL}, {"obmezhenoyu", NK_LEGAL, NULL},
	{"vidpovidalnistyu", NK_LEGAL, NULL},
	/* kinds of organization (weak words: a name may gain or lose them) */
	{"group", NK_FORM, NULL}, {"holding", NK_FORM, NULL}, {"holdings", NK_FORM, NULL}, {"bank", NK_GENERIC, NULL}, {"banco", NK_GENERIC, NULL},
	{"trading", NK_GENERIC, NULL}, {"international", NK_GENERIC, NULL},
	{"industries", NK_GENERIC, NULL}, {"industry", NK_GENERIC, NULL}, {"industrial",
	NK_GENERIC, NULL}, {"foundation", NK_FORM, NULL}, {"fondation", NK_FORM, NULL}, {"fundacion", NK_FORM, NULL}, {"organization", NK_FORM, NULL},
	{"organisation", NK_FORM, NULL}, {"association", NK_FORM, NULL},
	{"society", NK_FORM, NULL}, {"center", NK_FORM, NULL}, {"centre", NK_FORM, NULL}, {"institute", NK_FORM, NULL}, {"committee", NK_FORM, NULL}, {"council", NK_FORM, NULL}, {"agency", NK_FORM, NULL},
	{"enterprise", NK_FORM, NULL}, {"enterprises", NK_FORM, NULL},
	{"services", NK_GENERIC, NULL}, {"service", NK_GENERIC, NULL}, {"charity",
	NK_GENERIC, NULL}, {"charitable", NK_GENERIC, NULL}, {"establishment", NK_FORM, NULL}, {"trust", NK_FORM, NULL}, {"fund", NK_GENERIC, NULL},
	{"brigade", NK_GENERIC, NULL}, {"brigades", NK_GENERIC, NULL}, {"battalion",
	NK_GENERIC, NULL}, {"force", NK_GENERIC, NULL}, {"forces", NK_GENERIC, NULL},
	{"movement", NK_GENERIC, NULL}, {"front", NK_GENERIC, NULL}, {"army",
	NK_GENERIC, NULL}, {"network", NK_GENERIC, NULL}, {"exchange", NK_GENERIC,
	NULL}, {"commercial", NK_GENERIC, NULL}, {"development", NK_GENERIC, NULL},
	{"investment", NK_GENERIC, NULL}, {"investments", NK_GENERIC, NULL},
	{"construction", NK_GENERIC, NULL}, {"engineering", NK_GENERIC, NULL},
	{"shipping", NK_GENERIC, NULL}, {"airlines", NK_GENERIC, NULL}, 
	{"air", NK_GENERIC, NULL}, {"office", NK_FORM, NULL}, {"branch", NK_GENERIC, NULL},
	{"unit", NK_GENERIC, NULL}, {"corps", NK_GENERIC, NULL},
	{"complex", NK_GENERIC, NULL}, {"factory", NK_GENERIC, NULL},
	{"plant", NK_GENERIC, NULL}, {"works", NK_GENERIC, NULL}, {"firm", NK_GENERIC, NULL},
	{"house", NK_GENERIC, NULL}, {"concern", NK_GENERIC, NULL}, {"state", NK_GENERIC, NULL},
	{"national", NK_GENERIC, NULL}, {"financial", NK_GENERIC, NULL}, {"money", NK_GENERIC, NULL},
	{"transfer", NK_GENERIC, NULL}, {"trade", NK_GENERIC, NULL},
	/* abbreviated kinds (not "Dev", "Int", "Ind": given names, words) */
	{"intl", NK_GENERIC, "international"},
	{"mgmt", NK_GENERIC, "management"}, {"est", NK_FORM, "establishment"},
	{"assn", NK_FORM, "association"}, {"assoc", NK_FORM, "association"},
	{"inds", NK_GENERIC, "industries"}, {"devt", NK_GENERIC, "development"},
	{"mfg", NK_GENERIC, "manufacturing"}, {"svc", NK_GENERIC, "services"}, {"svcs", NK_GENERIC, "services"},
	{"tv", NK_GENERIC, "television"}, {"television", NK_GENERIC, NULL},
	{"port", NK_GENERIC, NULL}, {"seaport", NK_GENERIC, "port"}, {"lines", NK_GENERIC, NULL},
	{"agencies", NK_FORM, "agency"}, {"agents", NK_FORM, "agency"}, {"institution", NK_FORM, NULL}, {"transfers", NK_GENERIC, NULL}, {"consulting", NK_GENERIC, NULL},
	{"management", NK_GENERIC, NULL}, {"logistics", NK_GENERIC, NULL}, {"transport", NK_GENERIC, NULL},
	{"transportation", NK_GENERIC, NULL}, {"contracting", NK_GENERIC, NULL},
	{"manufacturing", NK_GENERIC, NULL}, {"production", NK_GENERIC, NULL},
	{"import", NK_GENERIC, NULL}, {"export", NK_GENERIC, NULL},
	{"liability", NK_LEGAL, NULL}, {"joint", NK_GENERIC, NULL}, {"stock", NK_GENERIC, NULL},
	{"closed", NK_GENERIC, NULL}, {"open", NK_GENERIC, NULL}, {"public", NK_GENERIC, NULL},
	{"private", NK_GENERIC, NULL}, {"pvt", NK_LEGAL, NULL}, {"sal", NK_GENERIC, NULL},
	{"offshore", NK_GENERIC, NULL}, {"asociacion", NK_FORM, NULL}, {"civil", NK_GENERIC, NULL},
	{"ac", NK_LEGAL, NULL}, {"for", NK_STOP, NULL},
	/* given names */
	{"mohd", NK_NAME, "muhammad"}, {"muhd", NK_NAME, "muhammad"},
	{"mhd", NK_NAME, "muhammad"}, {"md", NK_NAME, "muhammad"},
	{"mehmet", NK_NAME, "muhammad"}, {"mehmed", NK_NAME, "muhammad"},
	{"mamadou", NK_NAME, "muhammad"}, {"mamadu", NK_NAME, "muhammad"},
	{"mahamat", NK_NAME, "muhammad"}, {"mahamadou", NK_NAME, "muhammad"},
	{"mohamadou", NK_NAME, "muhammad"},
	{"benjamin", NK_NAME, "binyamin"}, {"veniamin", NK_NAME, "binyamin"},
	{"josef", NK_NAME, "yusuf"}, {"joseph", NK_NAME, "yusuf"}, {"iosif", NK_NAME, "yusuf"}, {"yosef", NK_NAME, "yusuf"},
	{"yakov", NK_NAME, "yakub"}, {"yaakov", NK_NAME, "yakub"}, {"iakov", NK_NAME, "yakub"},
	{"alexander", NK_NAME, "aleksandr"}, {"aleksander", NK_NAME, "aleksandr"},
	{"oleksander", NK_NAME, "aleksandr"},
	{"mykola", NK_NAME, "nikolai"}, {"volodymyr", NK_NAME, "vladimir"},
	{"serhiy", NK_NAME, "sergei"}, {"serhii", NK_NAME, "sergei"},
	{"petro", NK_NAME, "petr"}, {"ihor", NK_NAME, "igor"},
	{"mykhailo", NK_NAME, "mikhail"}, {"mykhaylo", NK_NAME, "mikhail"},
	{"vasyl", NK_NAME, "vasili"}, {"hryhoriy", NK_NAME, "grigori"},
	{"hryhorii", NK_NAME, "grigori"}, {"heorhiy", NK_NAME, "georgi"},
	{"heorhii", NK_NAME, "georgi"}, {"yevhen", NK_NAME, "evgeni"},
	{"yevgeny", NK_NAME, "evgeni"}, {"yevgeniy", NK_NAME, "evgeni"},
	{"evgeniy", NK_NAME, "evgeni"}, {"evgeny", NK_NAME, "evgeni"},
	{"yevgeni", NK_NAME, "evgeni"}, {"evgenii", NK_NAME, "evgeni"},
};

/*
 * nk_table and the titles a key drops, looked up at once, built on first
 * use; titles first, so that "General" is a title before a name (it is
 * also a kind of organization, see nk_parse).
 */
static nk_entry nk_all[CP_TITLES_MAX + sizeof(nk_table) / sizeof(nk_table[0])];
static int16_t nk_slots[1024];
static cp_wordtab nk_all_table;

static void
nk_merge_titles(void)
{
	size_t		n = 0;

	for (size_t i = 0; i < cp_title_count(); i++)
	{
		unsigned	uses;
		const char *w = cp_title_word(i, &uses);

		if (uses & CP_TITLE_KEY)
			nk_all[n++] = (nk_entry) {w, NK_TITLE, NULL};
	}
	memcpy(nk_all + n, nk_table, sizeof(nk_table));
	n += sizeof(nk_table) / sizeof(nk_table[0]);
	nk_all_table = (cp_wordtab) {nk_all, n, sizeof(nk_entry), nk_slots, 1024, false, {0}, 0, 0};
}

static const nk_entry *
nk_lookup(const char *s, size_t len)
{
	int			i;

	if (len > 20)
		return NULL;
	if (!nk_all_table.items)
		nk_merge_titles();
	i = cp_wordtab_find(&nk_all_table, s, len);
	return i >= 0 ? &nk_all[i] : NULL;
}

bool
cp_name_is_legal_form(const char *w, size_t len)
{
	char		low[21];
	const nk_entry *e;

	if (len > 0 && w[len - 1] == '.')
		len--;
	if (len == 0 || len > 20)
		return false;
	cp_ascii_lower_copy(low, w, len);
	e = nk_lookup(low, len);
	return e && e->cat == NK_LEGAL;
}

bool
cp_name_is_romance_of(const char *w, size_t len)
{
	if (len < 2 || len > 5 || w[0] != 'd')
		return false;
	if (len == 2)
		return w[1] == 'e' || w[1] == 'o' || w[1] == 'a' || w[1] == 'i' || w[1] == 'u';
	if (len == 3)
		return cp_bytes_are(w, 3, "del") || cp_bytes_are(w, 3, "des") || cp_bytes_are(w, 3, "dos") ||
			cp_bytes_are(w, 3, "das");
	return len == 5 && cp_bytes_are(w, 5, "della");
}

/* ---------------------------------------------------------------- folding */

/* Cyrillic а..я (U+0430..U+044F) in a Russian-style romanization. */
static const char *const nk_cyrillic[32] = {
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
};

static const char *
nk_cyrillic_latin(uint32_t cp)
{
	if (cp >= 0x430 && cp <= 0x44F)
		return nk_cyrillic[cp - 0x430];
	switch (cp)
	{
		case 0x451:				/* ё */
			return "e";
		case 0x454:				/* є */
			return "ye";
		case 0x456:				/* і */
		case 0x457:				/* ї */
			return "i";
		case 0x45E:				/* ў */
			return "u";
		case 0x491:				/* ґ */
			return "g";
	}
	return NULL;
}

/* Signs for ayn and hamza in romanized Arabic: dropped like apostrophes. */
static bool
nk_is_apostrophe(uint32_t cp, unsigned cls)
{
	return (cls & CP_UC_APOS) || (cp >= 0x2BB && cp <= 0x2BF) || cp == 0x2018;
}

/* Fold name into words (step 1). */
static void
nk_fold(nk_name *n, const char *name, size_t len)
{
	size_t		pos = 0,
				o = 0;
	size_t		word_start = 0;
	bool		in_word = false;
	int			part = 0;

	n->nwords = 0;
	n->ncommas = 0;
	if (len > CP_NAME_MAX_BYTES)
		len = CP_NAME_MAX_BYTES;
	while (pos <= len)
	{
		uint32_t	cp = ' ';
		unsigned	cls = CP_UC_SPACE;
		char		enc[8];
		const char *add = NULL;
		size_t		addlen = 0;

		if (pos < len && (unsigned char) name[pos] < 0x80)
		{
			/* ASCII fast path: most names are plain Latin */
			unsigned char c = (unsigned char) name[pos++];

			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
			{
				if (o + 2 >= NK_FOLD_CAP)
					break;
				if (!in_word)
				{
					word_start = o;
					in_word = true;
				}
				n->fold[o++] = cp_ascii_lower((char) c);
				continue;
			}
			cp = c;
			cls = cp_uc_class(cp);
		}
		else if (pos < len)
		{
			pos += cp_utf8_decode(name + pos, len - pos, &cp);
			cls = cp_uc_class(cp);
		}
		else
			pos++;				/* the end closes the last word */

		if (cls & CP_UC_MARK)
			continue;
		if (nk_is_apostrophe(cp, cls) && in_word)
		{
			/*
			 * Between a vowel and an i or y the sign separates two
			 * syllables, which do not make a diphthong: "Wa'il" = "Wael",
			 * not "Wail".  A neutral vowel keeps them apart in the skeleton.
			 */
			if (o > word_start && (n->fold[o - 1] == 'a' || n->fold[o - 1] == 'e' || n->fold[o - 1] == 'o') &&
				pos < len && (name[pos] == 'i' || name[pos] == 'y' || name[pos] == 'I' || name[pos] == 'Y') &&
				o + 2 < NK_FOLD_CAP)
				n->fold[o++] = 'u';
			continue;			/* "Mu'ammar" = "Muammar" */
		}
		if (cls & (CP_UC_ALPHA | CP_UC_DIGIT))
		{
			uint32_t	f = cp_uc_fold(cp);

			if ((add = nk_cyrillic_latin(f)) != NULL)
				addlen = strlen(add);
			else if (f < 0x80)
			{
				enc[0] = (char) f;
				add = enc;
				addlen = 1;
			}
			else
			{
				addlen = cp_utf8_encode(f, enc);
				add = enc;
			}
			if (o + addlen + 1 >= NK_FOLD_CAP)
				break;
			if (!in_word)
			{
				word_start = o;
				in_word = true;
			}
			memcpy(n->fold + o, add, addlen);
			o += addlen;
			continue;
		}
		/* a separator: close the word */
		if (in_word)
		{
			if (o > word_start && n->nwords < NK_MAX_WORDS)
			{
				nk_word    *w = &n->words[n->nwords++];

				w->s = n->fold + word_start;
				w->len = (uint16_t) (o - word_start);
				w->comma_part = (uint8_t) part;
				w->cat = NK_NAME;
			}
			n->fold[o++] = ' ';
			in_word = false;
		}
		if (cp == ',' || cp == 0xFF0C || cp == 0x060C)
		{
			n->ncommas++;
			part = 1;
		}
	}
}

/* ---------------------------------------------------------------- words */

static char *
nk_scratch(nk_name *n, size_t len)
{
	char	   *p;

	if (n->scratch_len + len > NK_FOLD_CAP)
		return NULL;
	p = n->scratch + n->scratch_len;
	n->scratch_len += len;
	return p;
}

static bool
nk_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Join runs of single letters ("N P C", "S.A.", "L.L.C.") into one word. */
static void
nk_join_letters(nk_name *n)
{
	int			out = 0;

	for (int i = 0; i < n->nwords;)
	{
		int			j = i;

		while (j < n->nwords && n->words[j].len == 1 && n->words[j].comma_part == n->words[i].comma_part)
			j++;
		if (j - i >= 2)
		{
			char	   *p = nk_scratch(n, j - i);

			if (p)
			{
				for (int k = i; k < j; k++)
					p[k - i] = n->words[k].s[0];
				n->words[out] = n->words[i];
				n->words[out].s = p;
				n->words[out].len = (uint16_t) (j - i);
				out++;
				i = j;
				continue;
			}
		}
		n->words[out++] = n->words[i++];
	}
	n->nwords = out;
}

/*
 * What follows "abd" in an Abd-compound, without the linking vowel and
 * article: "ul-rahman", "urrahman", "-al-Rahman" all give "rahman",
 * "ullah" and "allah" give "lah".
 */
static void
nk_abd_rest(const char **s, size_t *len)
{
	const char *p = *s;
	size_t		l = *len;

	while (l && nk_vowel(*p))
		p++, l--;
	if (l >= 2 && p[0] == 'l' && p[1] != 'l')
	{
		p++, l--;
		while (l && nk_vowel(*p))
			p++, l--;
	}
	if (l >= 2 && p[0] == p[1])
		p++, l--;				/* assimilated article: "ur-rahman" */
	*s = p;
	*len = l;
}

static bool
nk_starts(const nk_word *w, const char *prefix)
{
	size_t		l = strlen(prefix);

	return w->len >= l && memcmp(w->s, prefix, l) == 0;
}

/*
 * A word ending in the "-ad-Din" compound ("Nuruddin", "Salaheddine") as
 * its stem and "din".  Returns the stem length, or 0.
 */
static size_t
nk_din_stem(const char *s, size_t len)
{
	size_t		l = len;

	if (l >= 5 && memcmp(s + l - 4, "dine", 4) == 0)
		l--;
	else if (l >= 5 && memcmp(s + l - 4, "deen", 4) == 0)
		l--;					/* "deen" -> "den" */
	if (l < 5 || s[l - 3] != 'd' || !nk_vowel(s[l - 2]) || s[l - 1] != 'n')
		return 0;
	l -= 3;
	/* "-ud-din", "-ed-din", "-al-din": the article and its vowel */
	if (l >= 3 && (s[l - 1] == 'd' || s[l - 1] == 'l') && nk_vowel(s[l - 2]))
		l -= 2;
	else if (l >= 3 && nk_vowel(s[l - 1]) && !nk_vowel(s[l - 2]))
		l -= 1;
	return l >= 2 ? l : 0;
}

static bool
nk_is_din(const nk_word *w)
{
	/* also the article written on: "Kamal Eddin", "Nizam Uddin" */
	return (w->len == 3 && memcmp(w->s, "din", 3) == 0) ||
		(w->len == 4 && (memcmp(w->s, "dine", 4) == 0 || memcmp(w->s, "deen", 4) == 0)) ||
		(w->len == 5 && (w->s[0] == 'e' || w->s[0] == 'u' || w->s[0] == 'a') &&
		 memcmp(w->s + 1, "ddin", 4) == 0);
}

/* Look up each word: its category, the organization flag, canonical spellings. */
static void
nk_categorize(nk_name *n)
{
	n->org = false;
	for (int i = 0; i < n->nwords; i++)
	{
		const nk_entry *e = nk_lookup(n->words[i].s, n->words[i].len);

		n->words[i].cat = e ? e->cat : NK_NAME;
		if (e && (e->cat == NK_LEGAL || e->cat == NK_GENERIC || e->cat == NK_FORM || e->cat == NK_STOP))
			n->org = true;
		if (n->words[i].s[0] >= '0' && n->words[i].s[0] <= '9')
			n->org = true;
		if (e && e->canon)
		{
			n->words[i].s = e->canon;
			n->words[i].len = (uint16_t) strlen(e->canon);
		}
	}
}

/* Is word i the last of its comma part ("Kim Jong Il", "Il, Kim Jong")? */
static bool
nk_ends_part(const nk_name *n, int i)
{
	return i + 1 == n->nwords || n->words[i + 1].comma_part != n->words[i].comma_part;
}

/* "Jr", "Sr", "Junior": particles that end a name. */
static bool
nk_generational(const nk_word *w)
{
	return (w->len == 2 && (memcmp(w->s, "jr", 2) == 0 || memcmp(w->s, "sr", 2) == 0)) ||
		(w->len == 6 && memcmp(w->s, "junior", 6) == 0);
}

/* Drop leading titles, particles before a word, patronyms after the first name word. */
static void
nk_drop_words(nk_name *n)
{
	nk_word		kept[NK_MAX_WORDS];
	int			nk = 0;
	bool		lead = true;

	for (int i = 0; i < n->nwords; i++)
	{
		nk_word    *w = &n->words[i];

		if (i > 0 && w->comma_part != n->words[i - 1].comma_part)
			lead = true;		/* "Sisi, President Abdel Fattah" */
		switch (w->cat)
		{
			case NK_TITLE:
				if (lead)
					continue;
				break;
			case NK_PARTICLE:
				/* a particle ending a person's name is a name: "Kim Jong Il"; "Jr" still goes */
				if (nk > 0 && !n->org && nk_ends_part(n, i) && !nk_generational(w))
					break;
				continue;
			case NK_STOP:
			case NK_LEGAL:
				continue;
			case NK_PATRONYM:
				if (nk > 0)
					continue;
				break;
		}
		lead = false;
		kept[nk++] = *w;
	}
	if (nk > 0)
	{
		memcpy(n->words, kept, nk * sizeof(nk_word));
		n->nwords = nk;
	}
	/* else nothing but titles and particles: keep them all as the name */
}

/* One comma: "SURNAME, Given" -> "Given SURNAME". */
static void
nk_comma_swap(nk_name *n)
{
	int			split = 0;
	nk_word		tmp[NK_MAX_WORDS];
	int			t = 0;

	if (n->ncommas != 1)
		return;
	while (split < n->nwords && n->words[split].comma_part == 0)
		split++;
	if (split == 0 || split == n->nwords)
		return;
	for (int i = split; i < n->nwords; i++)
		tmp[t++] = n->words[i];
	for (int i = 0; i < split; i++)
		tmp[t++] = n->words[i];
	memcpy(n->words, tmp, t * sizeof(nk_word));
}

/* Compounds: the article written on, Abd-names and -ad-Din names as one word. */
static void
nk_compounds(nk_name *n)
{
	int			keep = 0;

	for (int i = 0; i < n->nwords; i++)
	{
		nk_word    *w = &n->words[i];

		/*
		 * The article written onto a later word: "Alrawi" = "Al-Rawi".  Not
		 * on a person's first word, where "Alexander" and "Elena" are
		 * names; on an organization's ("Alrahmah Welfare Trust").
		 */
		if ((i > 0 || n->org) && w->len >= 6 && (w->s[0] == 'a' || w->s[0] == 'e') && w->s[1] == 'l' &&
			!nk_vowel(w->s[2]) && w->s[2] != 'l' && w->cat == NK_NAME)
		{
			w->s += 2;
			w->len -= 2;
		}

		if (nk_starts(w, "abd") && w->len <= 40)
		{
			const char *rest = w->s + 3;
			size_t		rlen = w->len - 3;
			char	   *p;

			nk_abd_rest(&rest, &rlen);
			/* "Abdul", "Abdur", "Abd": the rest is the next word */
			if (rlen <= 1 && i + 1 < n->nwords && n->words[i + 1].len <= 40)
			{
				rest = n->words[i + 1].s;
				rlen = n->words[i + 1].len;
				nk_abd_rest(&rest, &rlen);
				i++;
			}
			else if (rlen <= 1)
				rlen = 0;
			p = nk_scratch(n, 3 + rlen);
			if (p)
			{
				memcpy(p, "abd", 3);
				memcpy(p + 3, rest, rlen);
				n->words[keep].s = p;
				n->words[keep].len = (uint16_t) (3 + rlen);
				n->words[keep].cat = NK_NAME;
				keep++;
				continue;
			}
		}
		else if (keep > 0 && n->words[keep - 1].len <= 40 && nk_is_din(w))
		{
			/* "Nur al-Din": append to the previous word */
			nk_word    *prev = &n->words[keep - 1];
			char	   *p = nk_scratch(n, prev->len + 3);

			if (p)
			{
				memcpy(p, prev->s, prev->len);
				memcpy(p + prev->len, "din", 3);
				prev->s = p;
				prev->len = (uint16_t) (prev->len + 3);
				continue;
			}
		}
		else
		{
			size_t		stem = w->len <= 40 ? nk_din_stem(w->s, w->len) : 0;
			char	   *p;

			if (stem && (p = nk_scratch(n, stem + 3)) != NULL)
			{
				memcpy(p, w->s, stem);
				memcpy(p + stem, "din", 3);
				w->s = p;
				w->len = (uint16_t) (stem + 3);
			}
		}
		n->words[keep++] = *w;
	}
	n->nwords = keep;
}

static void
nk_words(nk_name *n)
{
	nk_join_letters(n);
	nk_categorize(n);
	nk_drop_words(n);
	nk_comma_swap(n);
	nk_compounds(n);
}

/* ---------------------------------------------------------------- skeleton */

/*
 * The skeleton letter of w[i] other than x and h (vowels give 'a'), c1 and
 * c2 the next two letters (0 past the end), and in *adv how many letters it
 * takes when more than one: consonant classes of transliteration.
 */
static inline char
nk_letter_code(const char *w, size_t i, size_t n, char c1, char c2, size_t *adv)
{
	unsigned char c = (unsigned char) w[i];
	char		code;

	switch (c)
	{
		case 'a':
		case 'e':
		case 'i':
		case 'o':
		case 'u':
			code = 'a';
			break;
		case 'y':
			/* a consonant only before a vowel at the start: "Yusuf" */
			code = (i == 0 && c1 && nk_vowel(c1)) ? 'y' : 'a';
			break;
		case 'w':
			/* a consonant at the start or after a consonant: "Marwan" */
			code = ((i == 0 || !nk_vowel(w[i - 1])) && c1 && nk_vowel(c1) && c1 != 'w') ? 'v' : 'a';
			break;
		case 'k':
			if (c1 == 'h')
			{
				code = 'h';
				*adv = 2;
			}
			else
				code = 'k';
			break;
		case 'g':
			code = 'k';
			if (c1 == 'h')
				*adv = 2;
			break;
		case 'q':
			code = 'k';
			break;
		case 'c':
			if (c1 == 'h')
			{
				code = 'x';
				*adv = 2;
			}
			else if (c1 == 'k')
			{
				code = 'k';
				*adv = 2;
			}
			else
				code = (c1 == 'e' || c1 == 'i' || c1 == 'y') ? 's' : 'k';
			break;
		case 's':
			if (c1 == 'c' && c2 == 'h')
			{
				code = 'x';
				*adv = 3;
			}
			else if (c1 == 'h')
			{
				code = 'x';
				*adv = 2;
			}
			else
				code = 's';
			break;
		case 't':
			if (c1 == 'c' && c2 == 'h')
			{
				code = 'c';
				*adv = 3;
			}
			else if (c1 == 's' && c2 == 'c' && i + 3 < n && w[i + 3] == 'h')
			{
				code = 'c';
				*adv = 4;
			}
			else if (c1 == 'h')
			{
				code = 't';
				*adv = 2;
			}
			else
				code = 't';
			break;
		case 'z':
			if (c1 == 'h')
			{
				code = 'j';
				*adv = 2;
			}
			else
				code = 'z';
			break;
		case 'd':
			if (c1 == 'h')
			{
				code = 'd';
				*adv = 2;
			}
			else if (c1 == 'j')
			{
				code = 'j';
				*adv = 2;
			}
			else if (c1 == 'z' && c2 == 'h')
			{
				code = 'j';
				*adv = 3;
			}
			else
				code = 'd';
			break;
		case 'p':
			if (c1 == 'h')
			{
				code = 'f';
				*adv = 2;
			}
			else
				code = 'p';
			break;
		default:
			code = (char) c;
	}
	return code;
}

/* Skeleton of one folded word into out; returns its length. */
static size_t
nk_skeleton(const char *w, size_t n, char *out)
{
	size_t		o = 0;
	char		last = 0;

	for (size_t i = 0; i < n;)
	{
		unsigned char c = (unsigned char) w[i];
		char		c1 = i + 1 < n ? w[i + 1] : 0;
		char		code = 0;
		size_t		adv = 1;

		if (i > 0 && c == (unsigned char) w[i - 1] && c < 0x80 && !(c >= '0' && c <= '9'))
		{
			i++;				/* doubled letters: "Jawwad" = "Jawad" (not digits: "777") */
			continue;
		}
		if (c >= 0x80 || (c >= '0' && c <= '9'))
		{
			out[o++] = (char) c;	/* other scripts, digits: as they are */
			last = 0;
			i++;
			continue;
		}
		switch (c)
		{
			case 'x':
				if (last != 'k')
					out[o++] = 'k';
				code = 's';
				last = 'k';
				break;
			case 'h':
				/* a final h after a vowel is silent: "Hamzah" */
				if (i + 1 == n && last == 'a')
				{
					i++;
					continue;
				}
				code = 'h';
				break;
			default:
				code = nk_letter_code(w, i, n, c1, i + 2 < n ? w[i + 2] : 0, &adv);
		}
		/*
		 * A diphthong ("ai", "ay", "ei", "ey") keeps a vowel of its own:
		 * "Hussein" = "Husayn" but not "Hassan".  A y or i before another
		 * vowel is a glide, not a diphthong: Russian "-eyev" = "-eev"
		 * ("Malofeyev" = "Malofeev").
		 */
		if (code == 'a' && last == 'a' && (c == 'i' || c == 'y') && i > 0 &&
			(w[i - 1] == 'a' || w[i - 1] == 'e' || w[i - 1] == 'o') && o > 0 &&
			!(c1 && nk_vowel(c1)))
		{
			out[o - 1] = 'e';
			last = 'e';
			i += adv;
			continue;
		}
		if (code == 'a' && last == 'e')
		{
			i += adv;			/* the rest of the diphthong's vowel run */
			continue;
		}
		if (code != last)
			out[o++] = code;
		last = code;
		i += adv;
	}
	/* Belarusian -au/-ou for Russian -ov/-ev: "Naumau" = "Naumov" */
	if (o >= 5 && out[o - 1] == 'v' && out[o - 2] == 'a')
		o--;
	return o;
}

void
nk_parse(nk_name *n, const char *name, size_t len, bool tokens)
{
	n->scratch_len = 0;
	nk_fold(n, name, len);
	nk_words(n);
	for (int i = 0; i < n->nwords; i++)
	{
		const char *w = n->words[i].s;
		size_t		l = n->words[i].len;

		/* a final j after i or e writes the y of -ij, -ej: "Aleksej" */
		if (l >= 3 && w[l - 1] == 'j' && (w[l - 2] == 'i' || w[l - 2] == 'e') &&
			((w >= n->fold && w < n->fold + NK_FOLD_CAP) || (w >= n->scratch && w < n->scratch + NK_FOLD_CAP)))
			((char *) w)[l - 1] = 'y';
		/* a silent final e: "Machine" = "Mashin", "Aide" = "Aid" */
		if (l >= 4 && w[l - 1] == 'e' && !nk_vowel(w[l - 2]) && w[l - 2] != 'h' &&
			w[l - 2] != 'c' && w[l - 2] != 'g' && nk_vowel(w[l - 3]))
			n->words[i].len--;
		/* French -che and -que: "Ayache" = "Ayash", "Rafique" = "Rafiq" */
		else if (l >= 5 && w[l - 1] == 'e' && nk_vowel(w[l - 4]) &&
				 ((w[l - 3] == 'c' && w[l - 2] == 'h') || (w[l - 3] == 'q' && w[l - 2] == 'u')))
			n->words[i].len -= w[l - 3] == 'q' ? 2 : 1;
	}
	n->skel_len = 0;
	n->ntok = 0;
	for (int i = 0; tokens && i < n->nwords; i++)
	{
		size_t		l;

		if (n->skel_len + 2 * (size_t) n->words[i].len + 2 > NK_SKEL_CAP)
			break;
		l = nk_skeleton(n->words[i].s, n->words[i].len, n->skel + n->skel_len);
		if (l == 0)
			continue;
		n->tok_off[n->ntok] = (uint16_t) n->skel_len;
		n->tok_len[n->ntok] = (uint16_t) l;
		n->tok_initial[n->ntok] = n->words[i].len == 1;
		/* a title inside an organization's name is a kind too: "General" */
		n->tok_form[n->ntok] = n->words[i].cat == NK_FORM;
		n->tok_generic[n->ntok] = n->words[i].cat == NK_GENERIC || n->words[i].cat == NK_FORM ||
			(n->org && n->words[i].cat == NK_TITLE);
		n->ntok++;
		n->skel_len += l;
	}
	n->skel[n->skel_len] = '\0';

	/*
	 * The key: the skeleton of the words written together, so that vowels
	 * and doubled letters fold across word breaks ("Karimi-Adegani" =
	 * "Karimiadegani").
	 */
	{
		char		joined[NK_FOLD_CAP];
		size_t		jl = 0;

		for (int i = 0; i < n->nwords && jl + n->words[i].len < NK_FOLD_CAP; i++)
		{
			memcpy(joined + jl, n->words[i].s, n->words[i].len);
			jl += n->words[i].len;
		}
		n->key_len = nk_skeleton(joined, jl, n->key);
		n->key[n->key_len] = '\0';
	}
}

size_t
cp_name_key_buf(const char *name, size_t len, char *out)
{
	nk_name		n;

	nk_parse(&n, name, len, false);
	memcpy(out, n.key, n.key_len + 1);
	return n.key_len;
}

const char *
cp_name_key(cp_arena *arena, const char *name, size_t len, size_t *keylen)
{
	nk_name		n;
	char	   *key;

	nk_parse(&n, name, len, false);
	key = cp_arena_alloc(arena, n.key_len + 1);
	memcpy(key, n.key, n.key_len + 1);
	*keylen = n.key_len;
	return key;
}

size_t
cp_initialism(const char *s, size_t len, char *out, size_t cap)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
	{
		if (s[i] >= 'A' && s[i] <= 'Z')
		{
			if (n + 1 >= cap)
				return 0;
			out[n++] = s[i];
		}
		else if (s[i] != '.' && s[i] != '&')
			return 0;
	}
	out[n] = '\0';
	return n >= 2 ? n : 0;
}

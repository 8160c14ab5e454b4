/*
 * names.c: name keys, same-entity decisions and name similarity.
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
 * "Ban Kimoon"); same_entity also takes keys of ten letters or more one
 * edit apart, compares the skeletons word by word with a length-scaled
 * tolerance (traded first letters, an unwritten h, names of one root kept
 * apart), joins two words written apart in one name and together in the
 * other, and decides persons and organizations by separate rules (see
 * doc/names.md).
 */
#include "names.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define NK_MAX_WORDS 32
#define NK_FOLD_CAP (2 * CP_NAME_MAX_BYTES + 16)
#define NK_SKEL_CAP CP_NAME_KEY_CAP

typedef struct nk_word
{
	const char *s;				/* folded letters */
	uint16_t	len;
	uint8_t		cat;
	uint8_t		comma_part;		/* 0 before the first comma, 1 after */
} nk_word;

typedef struct nk_name
{
	char		fold[NK_FOLD_CAP];
	char		scratch[NK_FOLD_CAP];	/* merged words */
	size_t		scratch_len;
	nk_word		words[NK_MAX_WORDS];
	int			nwords;
	int			ncommas;
	/* result: skeletons of the kept words, back to back */
	char		skel[NK_SKEL_CAP];
	size_t		skel_len;
	uint16_t	tok_off[NK_MAX_WORDS];
	uint16_t	tok_len[NK_MAX_WORDS];
	bool		tok_initial[NK_MAX_WORDS];	/* a lone letter: an initial */
	bool		tok_generic[NK_MAX_WORDS];	/* a kind of organization */
	bool		tok_form[NK_MAX_WORDS];	/* a kind that names only the form */
	int			ntok;
	bool		org;			/* has a legal form, a kind of organization,
								 * a function word or a digit */
	char		key[NK_SKEL_CAP];
	size_t		key_len;
} nk_name;

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
 * Titles and honorifics (English, Arabic, Persian, Malay), particles and
 * legal forms.  Given-name correspondences that the skeleton rules cannot
 * see are listed from general knowledge of transliteration: Muhammad in
 * Turkish, West African and Malay abbreviated forms; Hebrew/Russian/English
 * forms of Biblical names; Ukrainian and Russian forms of Slavic names.
 */
static nk_entry nk_table[] = {
	/* titles */
	{"mr", NK_TITLE, NULL}, {"mrs", NK_TITLE, NULL}, {"ms", NK_TITLE, NULL}, {"miss", NK_TITLE, NULL},
	{"mister", NK_TITLE, NULL}, {"messrs", NK_TITLE, NULL}, {"dr", NK_TITLE, NULL}, {"doctor", NK_TITLE, NULL},
	{"prof", NK_TITLE, NULL}, {"professor", NK_TITLE, NULL}, {"president", NK_TITLE, NULL},
	{"vice", NK_TITLE, NULL}, {"prime", NK_TITLE, NULL}, {"minister", NK_TITLE, NULL},
	{"premier", NK_TITLE, NULL}, {"chancellor", NK_TITLE, NULL}, {"sheikh", NK_TITLE, NULL},
	{"shaikh", NK_TITLE, NULL}, {"sheik", NK_TITLE, NULL}, {"shaykh", NK_TITLE, NULL},
	{"sheikha", NK_TITLE, NULL}, {"cheikh", NK_TITLE, NULL}, {"haji", NK_TITLE, NULL},
	{"hajji", NK_TITLE, NULL}, {"hadji", NK_TITLE, NULL}, {"alhaji", NK_TITLE, NULL},
	{"alhaj", NK_TITLE, NULL}, {"hajj", NK_TITLE, NULL}, {"mullah", NK_TITLE, NULL},
	{"mulla", NK_TITLE, NULL}, {"maulana", NK_TITLE, NULL}, {"mawlana", NK_TITLE, NULL},
	{"maulvi", NK_TITLE, NULL}, {"mawlawi", NK_TITLE, NULL}, {"moulvi", NK_TITLE, NULL},
	{"qari", NK_TITLE, NULL}, {"mufti", NK_TITLE, NULL}, {"imam", NK_TITLE, NULL},
	{"ayatollah", NK_TITLE, NULL}, {"ayatullah", NK_TITLE, NULL}, {"hojatoleslam", NK_TITLE, NULL},
	{"hojjatoleslam", NK_TITLE, NULL}, {"grand", NK_TITLE, NULL}, {"general", NK_TITLE, NULL},
	{"gen", NK_TITLE, NULL}, {"colonel", NK_TITLE, NULL}, {"col", NK_TITLE, NULL},
	{"lieutenant", NK_TITLE, NULL}, {"lt", NK_TITLE, NULL}, {"major", NK_TITLE, NULL},
	{"maj", NK_TITLE, NULL}, {"captain", NK_TITLE, NULL}, {"capt", NK_TITLE, NULL},
	{"brigadier", NK_TITLE, NULL}, {"commander", NK_TITLE, NULL}, {"admiral", NK_TITLE, NULL},
	{"marshal", NK_TITLE, NULL}, {"sergeant", NK_TITLE, NULL}, {"sgt", NK_TITLE, NULL},
	{"king", NK_TITLE, NULL}, {"queen", NK_TITLE, NULL}, {"prince", NK_TITLE, NULL},
	{"princess", NK_TITLE, NULL}, {"emir", NK_TITLE, NULL}, {"sir", NK_TITLE, NULL},
	{"dame", NK_TITLE, NULL}, {"lord", NK_TITLE, NULL}, {"lady", NK_TITLE, NULL},
	{"rev", NK_TITLE, NULL}, {"reverend", NK_TITLE, NULL}, {"bishop", NK_TITLE, NULL},
	{"archbishop", NK_TITLE, NULL}, {"cardinal", NK_TITLE, NULL}, {"pope", NK_TITLE, NULL},
	{"rabbi", NK_TITLE, NULL}, {"senator", NK_TITLE, NULL}, {"sen", NK_TITLE, NULL},
	{"rep", NK_TITLE, NULL}, {"representative", NK_TITLE, NULL}, {"congressman", NK_TITLE, NULL},
	{"congresswoman", NK_TITLE, NULL}, {"governor", NK_TITLE, NULL}, {"gov", NK_TITLE, NULL},
	{"mayor", NK_TITLE, NULL}, {"judge", NK_TITLE, NULL}, {"chairman", NK_TITLE, NULL},
	{"chairwoman", NK_TITLE, NULL}, {"secretary", NK_TITLE, NULL}, {"deputy", NK_TITLE, NULL},
	{"former", NK_TITLE, NULL}, {"late", NK_TITLE, NULL}, {"his", NK_TITLE, NULL}, {"her", NK_TITLE, NULL},
	{"excellency", NK_TITLE, NULL}, {"honourable", NK_TITLE, NULL}, {"honorable", NK_TITLE, NULL},
	{"hon", NK_TITLE, NULL}, {"eng", NK_TITLE, NULL}, {"engineer", NK_TITLE, NULL},
	{"ustadh", NK_TITLE, NULL}, {"ustaz", NK_TITLE, NULL}, {"dato", NK_TITLE, NULL},
	{"datuk", NK_TITLE, NULL}, {"tun", NK_TITLE, NULL},
	/* the Sayyid lineage honorific */
	{"syed", NK_TITLE, NULL}, {"sayed", NK_TITLE, NULL},
	{"sayyid", NK_TITLE, NULL}, {"sayyed", NK_TITLE, NULL}, {"seyed", NK_TITLE, NULL}, {"seyyed", NK_TITLE, NULL},
	{"sayid", NK_TITLE, NULL}, {"seyyid", NK_TITLE, NULL}, {"sheikhul", NK_TITLE, NULL},
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
	{"general", NK_GENERIC, NULL}, {"complex", NK_GENERIC, NULL}, {"factory", NK_GENERIC, NULL},
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

#define NK_TABLE_SIZE (sizeof(nk_table) / sizeof(nk_table[0]))

/* Open-addressing hash of nk_table, built on first use. */
#define NK_HASH_SIZE 2048
static int16_t nk_hash[NK_HASH_SIZE];
static bool nk_ready;

static uint32_t
nk_hash_word(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

static void
nk_init(void)
{
	for (int i = 0; i < NK_HASH_SIZE; i++)
		nk_hash[i] = -1;
	for (size_t i = 0; i < NK_TABLE_SIZE; i++)
	{
		uint32_t	h = nk_hash_word(nk_table[i].word, strlen(nk_table[i].word)) & (NK_HASH_SIZE - 1);

		while (nk_hash[h] >= 0)
			h = (h + 1) & (NK_HASH_SIZE - 1);
		nk_hash[h] = (int16_t) i;
	}
	nk_ready = true;
}

static const nk_entry *
nk_lookup(const char *s, size_t len)
{
	uint32_t	h;

	if (len > 20)
		return NULL;
	if (!nk_ready)
		nk_init();
	h = nk_hash_word(s, len) & (NK_HASH_SIZE - 1);
	while (nk_hash[h] >= 0)
	{
		const nk_entry *e = &nk_table[nk_hash[h]];

		if (e->word[0] == s[0] && strncmp(e->word, s, len) == 0 && e->word[len] == '\0')
			return e;
		h = (h + 1) & (NK_HASH_SIZE - 1);
	}
	return NULL;
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
				n->fold[o++] = (char) (c | (c >= 'A' && c <= 'Z' ? 0x20 : 0));
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

static void
nk_words(nk_name *n)
{
	int			keep = 0;
	bool		lead = true;

	n->org = false;
	nk_join_letters(n);
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

	/* drop: leading titles, particles, patronyms after the first name word */
	{
		nk_word		kept[NK_MAX_WORDS];
		int			nk = 0;

		for (int i = 0; i < n->nwords; i++)
		{
			nk_word    *w = &n->words[i];

			if (i > 0 && w->comma_part != n->words[i - 1].comma_part)
				lead = true;	/* "Sisi, President Abdel Fattah" */
			switch (w->cat)
			{
				case NK_TITLE:
					if (lead)
						continue;
					break;
				case NK_PARTICLE:
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

	/* "SURNAME, Given" -> "Given SURNAME" */
	if (n->ncommas == 1)
	{
		int			split = 0;

		while (split < n->nwords && n->words[split].comma_part == 0)
			split++;
		if (split > 0 && split < n->nwords)
		{
			nk_word		tmp[NK_MAX_WORDS];
			int			t = 0;

			for (int i = split; i < n->nwords; i++)
				tmp[t++] = n->words[i];
			for (int i = 0; i < split; i++)
				tmp[t++] = n->words[i];
			memcpy(n->words, tmp, t * sizeof(nk_word));
		}
	}

	/* compounds */
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

/* ---------------------------------------------------------------- skeleton */

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
		char		c2 = i + 2 < n ? w[i + 2] : 0;
		char		code = 0;
		size_t		adv = 1;

		if (i > 0 && c == (unsigned char) w[i - 1] && c < 0x80)
		{
			i++;				/* doubled letters: "Jawwad" = "Jawad" */
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
					adv = 2;
				}
				else
					code = 'k';
				break;
			case 'g':
				code = 'k';
				if (c1 == 'h')
					adv = 2;
				break;
			case 'q':
				code = 'k';
				break;
			case 'c':
				if (c1 == 'h')
				{
					code = 'x';
					adv = 2;
				}
				else if (c1 == 'k')
				{
					code = 'k';
					adv = 2;
				}
				else
					code = (c1 == 'e' || c1 == 'i' || c1 == 'y') ? 's' : 'k';
				break;
			case 's':
				if (c1 == 'c' && c2 == 'h')
				{
					code = 'x';
					adv = 3;
				}
				else if (c1 == 'h')
				{
					code = 'x';
					adv = 2;
				}
				else
					code = 's';
				break;
			case 't':
				if (c1 == 'c' && c2 == 'h')
				{
					code = 'c';
					adv = 3;
				}
				else if (c1 == 's' && c2 == 'c' && i + 3 < n && w[i + 3] == 'h')
				{
					code = 'c';
					adv = 4;
				}
				else if (c1 == 'h')
				{
					code = 't';
					adv = 2;
				}
				else
					code = 't';
				break;
			case 'z':
				if (c1 == 'h')
				{
					code = 'j';
					adv = 2;
				}
				else
					code = 'z';
				break;
			case 'd':
				if (c1 == 'h')
				{
					code = 'd';
					adv = 2;
				}
				else if (c1 == 'j')
				{
					code = 'j';
					adv = 2;
				}
				else if (c1 == 'z' && c2 == 'h')
				{
					code = 'j';
					adv = 3;
				}
				else
					code = 'd';
				break;
			case 'p':
				if (c1 == 'h')
				{
					code = 'f';
					adv = 2;
				}
				else
					code = 'p';
				break;
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
				code = (char) c;
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

/* Steps 1-4: the key, and the word skeletons when tokens is set. */
static void
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

/* ---------------------------------------------------------------- matching */

/*
 * Whether two keys differ by one letter after the first word: transliteration
 * noise in a surname or a later word ("Al-Bakr"/"Al-Bakar", "Chaudry"/
 * "Chaudary"), never in the given name, where one vowel separates "Mahmud"
 * from "Muhammad".  Substituting one vowel class for another ("Hassan"/
 * "Hussein") is not noise.
 */
static bool
nk_key_near(const nk_name *a, const nk_name *b)
{
	const char *x = a->key,
			   *y = b->key;
	size_t		lx = a->key_len,
				ly = b->key_len,
				i = 0,
				first;

	if (lx > ly)
	{
		const char *t = x;
		size_t		tl = lx;

		x = y, lx = ly, y = t, ly = tl;
	}
	if (ly - lx > 1)
		return false;
	while (i < lx && x[i] == y[i])
		i++;
	first = a->ntok ? a->tok_len[0] : 0;
	if (b->ntok && b->tok_len[0] > first)
		first = b->tok_len[0];
	if (i < first)
		return false;
	if (lx == ly)
	{
		bool		vx = x[i] == 'a' || x[i] == 'e',
					vy = y[i] == 'a' || y[i] == 'e';

		if (vx || vy)
			return false;
		return memcmp(x + i + 1, y + i + 1, lx - i - 1) == 0;
	}
	return memcmp(x + i, y + i + 1, lx - i) == 0;
}

enum
{
	NK_NO = 0,
	NK_WEAK,					/* given names two letters apart */
	NK_INITIAL,					/* an initial and a word with that letter */
	NK_FUZZY,					/* words a few letters apart */
	NK_EXACT,
};

/*
 * Levenshtein distance of two skeletons, or max + 1 when it exceeds max.
 * Skeletons of one word are short; longer ones are not compared.
 */
#define NK_EDIT_MAX_LEN 40
static int
nk_edits(const char *a, size_t la, const char *b, size_t lb, int max)
{
	int			row[NK_EDIT_MAX_LEN + 1];

	if (la > NK_EDIT_MAX_LEN || lb > NK_EDIT_MAX_LEN)
		return max + 1;
	if ((la > lb ? la - lb : lb - la) > (size_t) max)
		return max + 1;
	for (size_t j = 0; j <= lb; j++)
		row[j] = (int) j;
	for (size_t i = 1; i <= la; i++)
	{
		int			diag = row[0],
					best;

		row[0] = (int) i;
		best = row[0];
		for (size_t j = 1; j <= lb; j++)
		{
			int			up = row[j],
						v = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			diag = up;
			row[j] = v;
			if (v < best)
				best = v;
		}
		if (best > max)
			return max + 1;
	}
	return row[lb];
}

/* Whether a and b are at most one edit apart, in linear time. */
static bool
nk_within_one(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		i = 0,
				ea,
				eb;

	if (la > lb + 1 || lb > la + 1)
		return false;
	while (i < la && i < lb && a[i] == b[i])
		i++;
	/* the common suffix, not reaching back past the common prefix */
	ea = la;
	eb = lb;
	while (ea > i && eb > i && a[ea - 1] == b[eb - 1])
		ea--, eb--;
	return ea - i <= 1 && eb - i <= 1;
}

/* Whether a and b differ only in one 'a' for an 'e' (a diphthong). */
static bool
nk_diphthong_only(const char *a, size_t la, const char *b, size_t lb)
{
	int			diff = 0;

	if (la != lb)
		return false;
	for (size_t i = 0; i < la; i++)
		if (a[i] != b[i])
		{
			if (!((a[i] == 'a' && b[i] == 'e') || (a[i] == 'e' && b[i] == 'a')))
				return false;
			diff++;
		}
	return diff == 1;
}

/*
 * Names of one root that the skeleton rules bring one letter apart but that
 * are different names: Mahmud and Muhammad, Hasan and Husayn.
 */
static const char *const nk_distinct[][2] = {
	{"mahmad", "mahamad"}, {"hasan", "hasen"},
};

static bool
nk_distinct_names(const char *a, size_t la, const char *b, size_t lb)
{
	for (size_t k = 0; k < sizeof(nk_distinct) / sizeof(nk_distinct[0]); k++)
		for (int o = 0; o < 2; o++)
		{
			const char *x = nk_distinct[k][o],
					   *y = nk_distinct[k][1 - o];

			if (la == strlen(x) && lb == strlen(y) && memcmp(a, x, la) == 0 && memcmp(b, y, lb) == 0)
				return true;
		}
	return false;
}

/*
 * Whether one edit in a word is transliteration noise: a diphthong for a
 * plain vowel only in five letters or more ("Ismail"/"Esmael",
 * "Zuleikha"/"Zulikha"), and never between two distinct names.
 */
static bool
nk_noise_edit(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		lmin = la < lb ? la : lb;

	if (!nk_within_one(a, la, b, lb) || nk_distinct_names(a, la, b, lb))
		return false;
	return lmin >= 5 || !nk_diphthong_only(a, la, b, lb);
}

/*
 * Whether a and b are equal once an h inside the word goes: an h after a
 * consonant or between vowels is often not written ("Muhidinov"/
 * "Muidinov", "Pahlawan"/"Palawan").  A leading h stays.
 */
static bool
nk_h_equal(const char *a, size_t la, const char *b, size_t lb)
{
	char		x[NK_EDIT_MAX_LEN],
				y[NK_EDIT_MAX_LEN];
	size_t		lx = 0,
				ly = 0;

	if (la > NK_EDIT_MAX_LEN || lb > NK_EDIT_MAX_LEN ||
		((la < 2 || !memchr(a + 1, 'h', la - 1)) && (lb < 2 || !memchr(b + 1, 'h', lb - 1))))
		return false;
	for (size_t i = 0; i < la; i++)
		if ((i == 0 || a[i] != 'h') && (lx == 0 || x[lx - 1] != a[i]))
			x[lx++] = a[i];
	for (size_t i = 0; i < lb; i++)
		if ((i == 0 || b[i] != 'h') && (ly == 0 || y[ly - 1] != b[i]))
			y[ly++] = b[i];
	if (lx == la && ly == lb)
		return false;
	return lx == ly && memcmp(x, y, lx) == 0;
}

/*
 * First letters that transliterations of one name trade: y/j ("Yakov"/
 * "Jakob"), ch/j and p/b (Korean romanizations: "Chong"/"Jong",
 * "Pak"/"Bak"), v/b (Spanish "Vladimir"/"Bladimir"), h/k (kh written k,
 * Belarusian h for g: "Henadz"/"Genadz"), sh/s, t/d, ph/p (Thai).
 */
static bool
nk_first_pair(char x, char y)
{
	static const char *const pairs[] = {"yj", "xj", "vb", "pb", "hk", "xs", "td", "fp"};

	for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
		if ((pairs[k][0] == x && pairs[k][1] == y) || (pairs[k][0] == y && pairs[k][1] == x))
			return true;
	return false;
}

/*
 * How word i of a matches word j of b.  The given name (the first word of
 * either) is held to one consonant of noise: one vowel tells "Mahmud" from
 * "Muhammad", "Hassan" from "Hussein".  Later words (family names) allow
 * an edit in four letters or more and two in eight or more, with the same
 * first letter: "Ayache"/"Ayash", "Kostrubitskij"/"Kostrubitsky".
 */
static int
nk_token_match(const nk_name *a, int i, const nk_name *b, int j)
{
	const char *sa = a->skel + a->tok_off[i],
			   *sb = b->skel + b->tok_off[j];
	size_t		la = a->tok_len[i],
				lb = b->tok_len[j],
				lmin = la < lb ? la : lb;

	if (la == lb && memcmp(sa, sb, la) == 0)
		return a->tok_initial[i] == b->tok_initial[j] ? NK_EXACT : NK_INITIAL;
	if (a->tok_initial[i] != b->tok_initial[j])
		return sa[0] == sb[0] ? NK_INITIAL : NK_NO;
	/* Russian initial e written "ye": "Yelena" = "Elena" */
	if ((sa[0] == 'y' && la == lb + 1 && memcmp(sa + 1, sb, lb) == 0) ||
		(sb[0] == 'y' && lb == la + 1 && memcmp(sb + 1, sa, la) == 0))
		return NK_FUZZY;
	/* the article written on a later word: "Alotaibi" = "Al-Otaibi" */
	if (i > 0 && j > 0 && lmin >= 3 &&
		((la == lb + 2 && sa[0] == 'a' && sa[1] == 'l' && memcmp(sa + 2, sb, lb) == 0) ||
		 (lb == la + 2 && sb[0] == 'a' && sb[1] == 'l' && memcmp(sb + 2, sa, la) == 0)))
		return NK_FUZZY;
	if (la == lb && lmin >= 3 && sa[0] != sb[0] && memcmp(sa + 1, sb + 1, la - 1) == 0 &&
		nk_first_pair(sa[0], sb[0]))
		return NK_FUZZY;
	if (sa[0] != sb[0] || lmin < 3)
		return NK_NO;
	/* kinds of organization in another form: "Brigade(s)", "Trade"/"Trading" */
	if (a->tok_generic[i] && b->tok_generic[j] && lmin >= 4 && memcmp(sa, sb, lmin) == 0)
		return NK_FUZZY;
	/*
	 * In an organization's name, a later word that begins the other: a
	 * derived form ("Iran"/"Iranian", "Baloch"/"Balochistan").  Not the
	 * first word, which names the body ("Shipyard Zaliv").
	 */
	if ((a->org || b->org) && i > 0 && j > 0 && lmin >= 4 && memcmp(sa, sb, lmin) == 0)
		return NK_FUZZY;
	/*
	 * One edit in four letters or more, in the given name too ("Nasrullah"/
	 * "Nasarullah", "Ayach"/"Ayash"); see nk_noise_edit.
	 */
	if (lmin >= 4 && nk_noise_edit(sa, la, sb, lb))
		return NK_FUZZY;
	if (lmin >= 4 && nk_h_equal(sa, la, sb, lb) && !nk_distinct_names(sa, la, sb, lb))
		return NK_FUZZY;
	/*
	 * Two edits in a given name of six letters or more ("Abdulhafid"/
	 * "Abdelhafez"), in a later word of seven or more (measured: six lets
	 * different family names join).
	 */
	if (lmin >= ((i == 0 || j == 0) ? 6 : 7) && nk_edits(sa, la, sb, lb, 2) <= 2 && !nk_distinct_names(sa, la, sb, lb))
		return NK_FUZZY;
	return NK_NO;
}

/* Whether a's word i is the devotional "Muhammad" written before a name. */
static bool
nk_is_muhammad(const nk_name *a, int i)
{
	return a->tok_len[i] == 7 && memcmp(a->skel + a->tok_off[i], "mahamad", 7) == 0;
}

typedef struct nk_align
{
	int			map[NK_MAX_WORDS];	/* word of s -> word of l, or -1 */
	int			full;			/* whole-word matches */
	int			exact;
	int			initials;
	int			weak;
	int			unmatched_s;
	int			unmatched_l;
	int			distinct_unmatched_s;	/* not kinds of organization */
	int			distinct_unmatched_l;
	int			distinct_full;	/* whole-word matches of distinctive words */
} nk_align;

/* Match each word of s to the best distinct word of l, in any order. */
static void
nk_align_words(const nk_name *s, const nk_name *l, nk_align *al)
{
	bool		used[NK_MAX_WORDS] = {false};

	memset(al, 0, sizeof(*al));
	/* exact matches first, so that a fuzzy one cannot take their word */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < s->ntok; i++)
		{
			int			best = NK_NO,
						bj = -1;

			if (pass == 0)
				al->map[i] = -1;
			else if (al->map[i] >= 0)
				continue;
			for (int k = 0; k < l->ntok && best != NK_EXACT; k++)
			{
				int			m;

				if (used[k])
					continue;
				if (pass == 0)
				{
					/* exact skeletons only: no need for the fuzzy tests */
					if (s->tok_len[i] != l->tok_len[k] || s->tok_initial[i] != l->tok_initial[k] ||
						memcmp(s->skel + s->tok_off[i], l->skel + l->tok_off[k], s->tok_len[i]) != 0)
						continue;
					m = NK_EXACT;
				}
				else
					m = nk_token_match(s, i, l, k);
				/* prefer the word at the same place on ties */
				if (m > best || (m == best && m != NK_NO && k == i))
				{
					best = m;
					bj = k;
				}
			}
			if (bj < 0)
				continue;
			used[bj] = true;
			al->map[i] = bj;
			if (best == NK_WEAK)
				al->weak++;
			else if (best == NK_INITIAL)
				al->initials++;
			else
			{
				al->full++;
				if (best == NK_EXACT)
					al->exact++;
				if (!s->tok_generic[i])
					al->distinct_full++;
			}
		}
	for (int i = 0; i < s->ntok; i++)
		if (al->map[i] < 0)
		{
			al->unmatched_s++;
			if (!s->tok_generic[i])
				al->distinct_unmatched_s++;
		}
	for (int k = 0; k < l->ntok; k++)
		if (!used[k])
		{
			al->unmatched_l++;
			if (!l->tok_generic[k])
				al->distinct_unmatched_l++;
		}
}

/*
 * Whether the given names line up: the first words match each other, or
 * one name is written "SURNAME Given" (a rotation: "Kim Tong Chol" =
 * "Tong Chol Kim"), or the longer one starts with a devotional "Muhammad".
 * A longer name that puts another given name first names another person:
 * the son carries his father's name ("Hannibal Muammar Qadhafi").
 */
static bool
nk_given_aligned(const nk_name *s, const nk_name *l, const nk_align *al)
{
	int			off;

	if (al->map[0] == 0)
		return true;
	/* a devotional "Muhammad" or a kunya "Abu" before the given name */
	if (al->map[0] == 1 && (nk_is_muhammad(l, 0) ||
							(l->tok_len[0] == 3 && memcmp(l->skel + l->tok_off[0], "aba", 3) == 0)))
		return true;
	/* a rotation with every word of both matched */
	if (al->unmatched_s || al->unmatched_l || al->map[0] < 0)
		return false;
	/*
	 * Three words or more, every one of both matched, two exactly: the same
	 * names in another order ("Paul Jonathan Tak" = "Jonathan Paul Tak").
	 */
	if (s->ntok >= 3 && al->exact >= 2)
		return true;
	off = al->map[0];
	for (int i = 0; i < s->ntok; i++)
		if (al->map[i] != (i + off) % l->ntok)
			return false;
	return true;
}

/* Persons: the same given name and family name, up to dropped words. */
static bool
nk_person_same(const nk_name *s, const nk_name *l, const nk_align *al)
{
	if (s->ntok < 2 || al->full < 2 || al->exact < 1)
		return false;
	/* a given name two letters off only when the rest agrees exactly */
	if (al->weak && al->exact < 2)
		return false;
	if (!nk_given_aligned(s, l, al))
		return false;
	if (al->unmatched_s == 0)
		return true;			/* dropped middle names, initials */
	/*
	 * Spanish double family names: the same given and paternal names with
	 * another maternal name last ("Victor Emilio Cazares Salazar").
	 */
	if (al->unmatched_s == 1 && al->unmatched_l == 1 && al->full >= 3 &&
		al->map[s->ntok - 1] < 0)
	{
		bool		l_last_used = false;

		for (int i = 0; i < s->ntok; i++)
			if (al->map[i] == l->ntok - 1)
				l_last_used = true;
		return !l_last_used;
	}
	return false;
}

/*
 * Organizations: the distinctive words (not kinds of organization) of one
 * all appear in the other, once legal forms and function words are gone.
 */
/*
 * Whether the first distinctive word of s matches the first distinctive
 * word of l, exactly in four letters or more, or a few letters apart in
 * six or more: "Sanovera" names "Sanovera Pharm"; a shared later word
 * ("Sadaf Chemical", "Chemical Group") does not.
 */
static bool
nk_org_lead(const nk_name *s, const nk_name *l, const nk_align *al)
{
	int			i = 0,
				k = 0;

	while (i < s->ntok && s->tok_generic[i])
		i++;
	while (k < l->ntok && l->tok_generic[k])
		k++;
	return i < s->ntok && k < l->ntok && al->map[i] == k &&
		((nk_token_match(s, i, l, k) == NK_EXACT && s->tok_len[i] >= 4) ||
		 (nk_token_match(s, i, l, k) == NK_FUZZY && s->tok_len[i] >= 6));
}

/* Whether every word left unmatched in s and l names only a form of body. */
static bool
nk_only_forms_unmatched(const nk_name *s, const nk_name *l, const nk_align *al)
{
	bool		used[NK_MAX_WORDS] = {false};

	for (int i = 0; i < s->ntok; i++)
	{
		if (al->map[i] < 0 && !s->tok_form[i])
			return false;
		if (al->map[i] >= 0)
			used[al->map[i]] = true;
	}
	for (int k = 0; k < l->ntok; k++)
		if (!used[k] && !l->tok_form[k])
			return false;
	return true;
}

static bool
nk_org_same(const nk_name *s, const nk_name *l, const nk_align *al)
{
	if (al->distinct_unmatched_s > 0 || al->distinct_full < 1 || al->exact < 1)
		return false;
	if (al->weak && al->exact < 2)
		return false;
	/* another distinctive word names another body: "Kala Naft London" */
	if (al->distinct_unmatched_l > 0 && al->distinct_full < 2 && !nk_org_lead(s, l, al))
		return false;
	/*
	 * Different kinds: "Daesong Bank" is not "Daesong Trading"; but one
	 * form of body may stand for another ("Taibah Aid Association" =
	 * "Taibah Aid Agency").
	 */
	if (al->unmatched_s > 0 && al->unmatched_l > 0 && !nk_only_forms_unmatched(s, l, al))
		return false;
	return true;
}

/* Whether a word of a and a word of b are distinct names of one root. */
static bool
nk_has_distinct(const nk_name *a, const nk_name *b)
{
	for (int i = 0; i < a->ntok; i++)
		for (int k = 0; k < b->ntok; k++)
			if (nk_distinct_names(a->skel + a->tok_off[i], a->tok_len[i], b->skel + b->tok_off[k], b->tok_len[k]))
				return true;
	return false;
}

/*
 * Keys of ten letters or more one edit apart: one letter of noise anywhere
 * in a long name ("Yakov Rybalsky"/"Jacob Rabalsky", "Ayman Saied Joumaa"/
 * "Aymen Saeid Jomaa"), unless it turns one name into another of its
 * root (Mahmud/Muhammad, Hasan/Husayn).
 */
static bool
nk_key_one_edit(const nk_name *a, const nk_name *b)
{
	size_t		lmin = a->key_len < b->key_len ? a->key_len : b->key_len;

	if (lmin < 10 || !nk_within_one(a->key, a->key_len, b->key, b->key_len) || nk_has_distinct(a, b))
		return false;
	/* a first letter only traded: "Hamid" is not "Amid", "Mina" not "Nina" */
	if (a->key[0] != b->key[0] && (a->key_len != b->key_len || !nk_first_pair(a->key[0], b->key[0])))
		return false;
	return true;
}

/* The word-by-word decision (after the keys). */
static bool
nk_same_words(const nk_name *a, const nk_name *b)
{
	const nk_name *s,
			   *l;
	nk_align	al;

	s = a->ntok <= b->ntok ? a : b;
	l = s == a ? b : a;
	/* one word each: one letter of noise in a long word ("Kadhafi") */
	if (s->ntok == 1 && l->ntok == 1)
		return nk_token_match(s, 0, l, 0) == NK_FUZZY;
	nk_align_words(s, l, &al);
	if (a->org || b->org)
	{
		nk_align	al2;

		if (nk_org_same(s, l, &al))
			return true;
		if (s->ntok != l->ntok)
			return false;
		nk_align_words(l, s, &al2);
		return nk_org_same(l, s, &al2);
	}
	if (nk_person_same(s, l, &al))
		return true;
	if (s->ntok == l->ntok)
	{
		nk_align_words(l, s, &al);
		return nk_person_same(l, s, &al);
	}
	return false;
}

/*
 * Words written apart in x and together in y ("Ben Hammedi"/"Benhammedi",
 * "Abu Zaid"/"Abuzaid", "Kheir Beik"/"Khairbek"): join two neighbouring
 * words of x when their skeletons written together match a word of y
 * exactly or with one edit, and decide again.  x is restored.
 */
static bool
nk_same_joined(nk_name *x, const nk_name *y)
{
	for (int i = 0; i + 1 < x->ntok; i++)
	{
		const char *p = x->skel + x->tok_off[i],
				   *q = x->skel + x->tok_off[i + 1];
		size_t		lp = x->tok_len[i],
					lq = x->tok_len[i + 1],
					lj;
		char		j[2 * NK_EDIT_MAX_LEN];
		bool		hit = false,
					same;
		uint16_t	off[NK_MAX_WORDS],
					len[NK_MAX_WORDS];
		bool		ini[NK_MAX_WORDS],
					gen[NK_MAX_WORDS],
					form[NK_MAX_WORDS];
		int			ntok = x->ntok;

		if (x->tok_initial[i] || x->tok_initial[i + 1] || lp + lq > NK_EDIT_MAX_LEN ||
			x->skel_len + lp + lq + 1 > NK_SKEL_CAP || lp + lq < 5)
			continue;
		/* a word of y with that first letter and about that length */
		for (int k = 0; k < y->ntok && !hit; k++)
			hit = y->skel[y->tok_off[k]] == p[0] && (size_t) y->tok_len[k] + 2 >= lp + lq && (size_t) y->tok_len[k] <= lp + lq + 1;
		if (!hit)
			continue;
		hit = false;
		/* vowels and doubled letters fold across the break */
		memcpy(j, p, lp);
		lj = lp;
		if (lj > 0 && j[lj - 1] == q[0])
			lj--;
		memcpy(j + lj, q, lq);
		lj += lq;
		if (lj < 5)
			continue;
		for (int k = 0; k < y->ntok && !hit; k++)
		{
			const char *w = y->skel + y->tok_off[k];
			size_t		lw = y->tok_len[k];

			hit = w[0] == j[0] && ((lw == lj && memcmp(w, j, lj) == 0) || nk_noise_edit(w, lw, j, lj));
		}
		if (!hit)
			continue;
		memcpy(off, x->tok_off, sizeof(off));
		memcpy(len, x->tok_len, sizeof(len));
		memcpy(ini, x->tok_initial, sizeof(ini));
		memcpy(gen, x->tok_generic, sizeof(gen));
		memcpy(form, x->tok_form, sizeof(form));
		memcpy(x->skel + x->skel_len, j, lj);
		x->tok_off[i] = (uint16_t) x->skel_len;
		x->tok_len[i] = (uint16_t) lj;
		x->tok_generic[i] = x->tok_generic[i] && x->tok_generic[i + 1];
		x->tok_form[i] = x->tok_form[i] && x->tok_form[i + 1];
		for (int k = i + 1; k + 1 < ntok; k++)
		{
			x->tok_off[k] = x->tok_off[k + 1];
			x->tok_len[k] = x->tok_len[k + 1];
			x->tok_initial[k] = x->tok_initial[k + 1];
			x->tok_generic[k] = x->tok_generic[k + 1];
			x->tok_form[k] = x->tok_form[k + 1];
		}
		x->ntok--;
		same = nk_same_words(x, y);
		x->ntok = ntok;
		memcpy(x->tok_off, off, sizeof(off));
		memcpy(x->tok_len, len, sizeof(len));
		memcpy(x->tok_initial, ini, sizeof(ini));
		memcpy(x->tok_generic, gen, sizeof(gen));
		memcpy(x->tok_form, form, sizeof(form));
		if (same)
			return true;
	}
	return false;
}

static bool
nk_same(nk_name *a, nk_name *b)
{
	if (a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0)
		return true;
	if (a->ntok == 0 || b->ntok == 0)
		return false;
	if (a->key_len >= 8 && b->key_len >= 8 && nk_key_near(a, b))
		return true;
	if (nk_same_words(a, b))
		return true;
	if (nk_key_one_edit(a, b))
		return true;
	return nk_same_joined(a, b) || nk_same_joined(b, a);
}

bool
cp_same_entity_rules(const char *a, size_t alen, const char *b, size_t blen)
{
	nk_name		na,
				nb;

	nk_parse(&na, a, alen, true);
	nk_parse(&nb, b, blen, true);
	return nk_same(&na, &nb);
}

static int
nk_cmp_u16(const void *x, const void *y)
{
	uint16_t	a = *(const uint16_t *) x,
				b = *(const uint16_t *) y;

	return (a > b) - (a < b);
}

/* Dice coefficient of the letter bigrams of two keys. */
static float
nk_bigram_dice(const char *a, size_t la, const char *b, size_t lb)
{
	uint16_t	ba[NK_SKEL_CAP],
				bb[NK_SKEL_CAP];
	size_t		na = 0,
				nb = 0,
				i = 0,
				j = 0,
				common = 0;

	for (size_t k = 0; k + 1 < la; k++)
		ba[na++] = (uint16_t) ((unsigned char) a[k] << 8 | (unsigned char) a[k + 1]);
	for (size_t k = 0; k + 1 < lb; k++)
		bb[nb++] = (uint16_t) ((unsigned char) b[k] << 8 | (unsigned char) b[k + 1]);
	if (na + nb == 0)
		return la == lb && memcmp(a, b, la) == 0 ? 1.0f : 0.0f;
	qsort(ba, na, sizeof(uint16_t), nk_cmp_u16);
	qsort(bb, nb, sizeof(uint16_t), nk_cmp_u16);
	while (i < na && j < nb)
	{
		if (ba[i] == bb[j])
			common++, i++, j++;
		else if (ba[i] < bb[j])
			i++;
		else
			j++;
	}
	return (float) (2.0 * common / (na + nb));
}

/*
 * Levenshtein similarity of two strings in [0, 1], on their first 24 bytes
 * (enough to tell spellings apart; the cost is quadratic).
 */
#define NK_SIM_MAX_LEN 24
static float
nk_similarity(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		lmax;

	if (la > NK_SIM_MAX_LEN)
		la = NK_SIM_MAX_LEN;
	if (lb > NK_SIM_MAX_LEN)
		lb = NK_SIM_MAX_LEN;
	lmax = la > lb ? la : lb;
	if (lmax == 0)
		return 1.0f;
	return 1.0f - (float) nk_edits(a, la, b, lb, (int) lmax) / (float) lmax;
}

/*
 * Whether each name keeps a kind of organization the other lacks, one of
 * them a sector: "Daesong Bank" and "Daesong Trading", "Relief Association"
 * and "Relief Bank" are two bodies; forms of body may stand for one another
 * (see nk_only_forms_unmatched), sectors never do.
 */
static bool
nk_kind_clash(const nk_name *s, const nk_name *l, const nk_align *al)
{
	bool		used[NK_MAX_WORDS] = {false};
	int			kinds_s = 0,
				kinds_l = 0,
				sectors = 0;

	for (int i = 0; i < s->ntok; i++)
	{
		if (al->map[i] >= 0)
			used[al->map[i]] = true;
		else if (s->tok_generic[i])
			kinds_s++, sectors += !s->tok_form[i];
	}
	for (int k = 0; k < l->ntok; k++)
		if (!used[k] && l->tok_generic[k])
			kinds_l++, sectors += !l->tok_form[k];
	return kinds_s > 0 && kinds_l > 0 && sectors > 0;
}

/*
 * Whether two persons' given names start with different letters that no
 * transliteration trades: "Hamid" is not "Amid", "Mina" not "Nina".
 */
static bool
nk_given_letters_differ(const nk_name *s, const nk_name *l)
{
	char		x = s->skel[s->tok_off[0]],
				y = l->skel[l->tok_off[0]];

	return !s->org && !l->org && s->ntok >= 2 && l->ntok >= 2 && x != y && !nk_first_pair(x, y);
}

/*
 * The features of a pair for the learned decision (see CP_NAME_NFEATURES).
 * The pair is put in a canonical order first (fewer words, then the shorter
 * and smaller key), so that the features, and the decision, are symmetric.
 */
static void
nk_features(nk_name *a, nk_name *b, bool rule, float *f)
{
	const nk_name *s,
			   *l;
	nk_align	al;
	int			cmp;
	float		matched_letters = 0;
	int			longest_exact = 0,
				longest_unmatched = 0,
				inversions = 0,
				long_matched = 0,
				generic = 0,
				initials_left = 0;
	float		best_unmatched = 0;
	bool		used[NK_MAX_WORDS] = {false};

	cmp = a->ntok != b->ntok ? a->ntok - b->ntok :
		a->key_len != b->key_len ? (int) a->key_len - (int) b->key_len :
		memcmp(a->key, b->key, a->key_len);
	s = cmp <= 0 ? a : b;
	l = s == a ? b : a;
	memset(f, 0, sizeof(float) * CP_NAME_NFEATURES);
	f[CP_NF_RULE] = rule;
	f[CP_NF_KEY_EQUAL] = a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0;
	f[CP_NF_KEY_DICE] = nk_bigram_dice(a->key, a->key_len, b->key, b->key_len);
	f[CP_NF_KEY_SIMILARITY] = nk_similarity(s->key, s->key_len, l->key, l->key_len);
	f[CP_NF_WORDS_S] = s->ntok;
	f[CP_NF_WORDS_L] = l->ntok;
	f[CP_NF_ORG_EITHER] = a->org || b->org;
	f[CP_NF_ORG_BOTH] = a->org && b->org;
	f[CP_NF_KEY_LENGTH_RATIO] = (float) (s->key_len < l->key_len ? s->key_len : l->key_len) /
		(float) (s->key_len > l->key_len ? (s->key_len ? s->key_len : 1) : (l->key_len ? l->key_len : 1));
	f[CP_NF_EMPTY] = s->ntok == 0;
	f[CP_NF_LETTERS_S] = s->skel_len;
	if (s->ntok == 0)
		return;
	nk_align_words(s, l, &al);
	f[CP_NF_FULL] = al.full;
	f[CP_NF_EXACT] = al.exact;
	f[CP_NF_INITIALS] = al.initials;
	f[CP_NF_WEAK] = al.weak;
	f[CP_NF_UNMATCHED_S] = al.unmatched_s;
	f[CP_NF_UNMATCHED_L] = al.unmatched_l;
	f[CP_NF_DISTINCT_UNMATCHED_S] = al.distinct_unmatched_s;
	f[CP_NF_DISTINCT_UNMATCHED_L] = al.distinct_unmatched_l;
	f[CP_NF_DISTINCT_FULL] = al.distinct_full;
	f[CP_NF_FIRST_ALIGNED] = al.map[0] == 0;
	f[CP_NF_LAST_ALIGNED] = al.map[s->ntok - 1] == l->ntok - 1;
	f[CP_NF_SHARE_S] = (float) (al.full + al.initials) / (float) s->ntok;
	f[CP_NF_SHARE_L] = (float) (al.full + al.initials) / (float) l->ntok;
	for (int i = 0; i < s->ntok; i++)
	{
		int			k = al.map[i];

		generic += s->tok_generic[i];
		if (k < 0)
		{
			if (s->tok_len[i] > longest_unmatched)
				longest_unmatched = s->tok_len[i];
			continue;
		}
		used[k] = true;
		matched_letters += s->tok_len[i] + l->tok_len[k];
		if (s->tok_len[i] == l->tok_len[k] &&
			memcmp(s->skel + s->tok_off[i], l->skel + l->tok_off[k], s->tok_len[i]) == 0 &&
			s->tok_len[i] > longest_exact)
			longest_exact = s->tok_len[i];
		if (s->tok_len[i] >= 6 && !s->tok_initial[i])
			long_matched++;
		for (int j = i + 1; j < s->ntok; j++)
			if (al.map[j] >= 0 && al.map[j] < k)
				inversions++;
	}
	for (int k = 0; k < l->ntok; k++)
	{
		generic += l->tok_generic[k];
		if (used[k])
			continue;
		if (l->tok_len[k] > longest_unmatched)
			longest_unmatched = l->tok_len[k];
		initials_left += l->tok_initial[k];
		for (int i = 0; i < s->ntok; i++)
			if (al.map[i] < 0)
			{
				float		sim = nk_similarity(s->skel + s->tok_off[i], s->tok_len[i],
												l->skel + l->tok_off[k], l->tok_len[k]);

				if (sim > best_unmatched)
					best_unmatched = sim;
			}
	}
	f[CP_NF_SHARE_LETTERS] = s->skel_len + l->skel_len ? matched_letters / (float) (s->skel_len + l->skel_len) : 0;
	f[CP_NF_LONGEST_EXACT] = longest_exact;
	f[CP_NF_LONGEST_UNMATCHED] = longest_unmatched;
	f[CP_NF_UNMATCHED_SIMILARITY] = best_unmatched;
	f[CP_NF_GENERIC] = generic;
	f[CP_NF_GIVEN_ALIGNED] = nk_given_aligned(s, l, &al);
	f[CP_NF_INVERSIONS] = inversions;
	f[CP_NF_PERSON_RULE] = nk_person_same(s, l, &al);
	f[CP_NF_ORG_RULE] = nk_org_same(s, l, &al);
	f[CP_NF_FIRST_EQUAL] = s->tok_len[0] == l->tok_len[0] && memcmp(s->skel + s->tok_off[0], l->skel + l->tok_off[0], s->tok_len[0]) == 0;
	f[CP_NF_LONG_MATCHED] = long_matched;
	f[CP_NF_INITIALS_LEFT] = initials_left;
	f[CP_NF_VETO] = nk_has_distinct(s, l) || nk_kind_clash(s, l, &al) ||
		nk_given_letters_differ(s, l);
}

void
cp_name_pair_features(const char *a, size_t alen, const char *b, size_t blen, float *features)
{
	nk_name		na,
				nb;

	nk_parse(&na, a, alen, true);
	nk_parse(&nb, b, blen, true);
	nk_features(&na, &nb, nk_same(&na, &nb), features);
}

bool
cp_name_decision(const float *features, float score, float threshold)
{
	if (features[CP_NF_RULE] > 0)
		return true;			/* the rules (equal keys among them) */
	return features[CP_NF_VETO] == 0 && score >= threshold;
}

static bool
nk_decide(const cp_forest *forest, nk_name *a, nk_name *b)
{
	float		f[CP_NAME_NFEATURES];

	/* what the rules join needs no score (see cp_name_decision) */
	if (nk_same(a, b))
		return true;
	nk_features(a, b, false, f);
	return cp_name_decision(f, cp_forest_score(forest, f), forest->threshold);
}

bool
cp_same_entity(const cp_forest *forest, const char *a, size_t alen, const char *b, size_t blen)
{
	nk_name		na,
				nb;

	nk_parse(&na, a, alen, true);
	nk_parse(&nb, b, blen, true);
	return nk_decide(forest, &na, &nb);
}

float
cp_name_similarity(const cp_forest *forest, const char *a, size_t alen, const char *b, size_t blen)
{
	nk_name		na,
				nb;
	int			matched = 0;
	bool		used[NK_MAX_WORDS] = {false};
	float		tok,
				sim;

	nk_parse(&na, a, alen, true);
	nk_parse(&nb, b, blen, true);
	if (na.key_len == nb.key_len && memcmp(na.key, nb.key, na.key_len) == 0)
		return 1.0f;
	/* words of a matched to distinct words of b, in any order */
	for (int i = 0; i < na.ntok; i++)
		for (int j = 0; j < nb.ntok; j++)
			if (!used[j] && nk_token_match(&na, i, &nb, j) >= NK_FUZZY)
			{
				used[j] = true;
				matched++;
				break;
			}
	tok = na.ntok + nb.ntok ? (float) (2.0 * matched / (na.ntok + nb.ntok)) : 0.0f;
	sim = 0.5f * tok + 0.5f * nk_bigram_dice(na.key, na.key_len, nb.key, nb.key_len);
	/* ranked consistently with the decision: same entities above 0.75 */
	if (nk_decide(forest, &na, &nb))
		return 0.75f + 0.25f * sim;
	return 0.75f * sim;
}

/*
 * test_claims.c: claims in styles beyond the seeds: wire copy, bulletins,
 * event logs, quotes, and sentences that hold numbers but no claim.
 */
#include "unit.h"

#include "calendar.h"
#include "claims.h"
#include "claims_internal.h"
#include "data_file.h"
#include "entities.h"
#include "ner.h"

#include <stdlib.h>

typedef struct expect
{
	const char *kind;
	const char *value;
	const char *subject;		/* "" for none */
	const char *source;			/* NULL for none */
} expect;

/* unit copies of unit then tail, NUL-terminated (malloc'd). */
static char *
repeat_text(const char *unit, size_t copies, const char *tail, size_t *len)
{
	size_t		u = strlen(unit),
				t = strlen(tail);
	char	   *s = malloc(u * copies + t + 1);

	for (size_t i = 0; i < copies; i++)
		memcpy(s + i * u, unit, u);
	memcpy(s + u * copies, tail, t + 1);
	*len = u * copies + t;
	return s;
}

static cp_vec
claims_of(cp_arena *arena, const char *text, int32_t reference)
{
	cp_vec		out;
	cp_doc		doc;

	cp_vec_init(&out, sizeof(cp_claim));
	CHECK_INT(cp_doc_init(&doc, arena, text, strlen(text), NULL), CP_OK);
	CHECK_INT(cp_extract_claims(&doc, reference != INT32_MIN ? CP_REF_GIVEN : CP_REF_NONE,
							   reference, &out),
			  CP_OK);
	return out;
}

static void
check_claims(const char *text, const expect *want, size_t nwant)
{
	cp_arena	arena;
	cp_vec		got;
	size_t		i;

	cp_arena_init(&arena);
	got = claims_of(&arena, text, cp_date_to_days(2024, 3, 3));
	CHECK_INT(got.count, nwant);
	for (i = 0; i < got.count && i < nwant; i++)
	{
		const cp_claim *c = &CP_VEC_AT(&got, cp_claim, i);
		char		value[256];
		char		subject[256];
		char		source[256];

		cp_quantity_format(&c->value, value, sizeof(value));
		snprintf(subject, sizeof(subject), "%.*s", (int) c->subject_len, text + c->subject_start);
		snprintf(source, sizeof(source), "%.*s", (int) c->source_len, text + c->source_start);
		CHECK_STR(cp_claim_kind_name(c->kind), want[i].kind);
		CHECK_STR(value, want[i].value);
		CHECK_STR(subject, want[i].subject);
		CHECK_STR(c->source_len ? source : NULL, want[i].source);
	}
	cp_arena_free(&arena);
}

static void
test_wire_copy(void)
{
	static const expect e1[] = {
		{"killed", "4", "", "police"},
		{"wounded", "12", "others", "police"},
	};
	static const expect e2[] = {
		{"killed", ">=16248", "Palestinians", "the health ministry"},
	};
	static const expect e3[] = {
		{"displaced", "12000", "people", "the UN"},
	};
	static const expect e4[] = {
		{"killed", ">30000", "Palestinians", "Gaza health authorities"},
	};
	static const expect e5[] = {
		{"killed", ">=12", "people", "officials"},
	};
	static const expect e6[] = {
		{"kidnapped", "6", "aid workers", "the charity"},
	};
	static const expect e7[] = {
		{"missing", "9", "climbers", "rescuers"},
	};
	static const expect e8[] = {
		{"killed", "96", "", "the interior ministry"},
	};
	static const expect e9[] = {
		{"killed", ">650", "", NULL},
	};
	static const expect e10[] = {
		{"killed", "40", "villagers", "the governor"},
	};
	static const expect e11[] = {
		{"killed", "~100", "children", NULL},
	};
	static const expect e12[] = {
		{"killed", "1", "Israeli soldier", "the army"},
	};
	static const expect e13[] = {
		{"killed", "604", "people", NULL},
	};

	check_claims("Gunmen attacked a village in the north on Tuesday, killing 4 of them and "
				 "wounding 12 others, police said.", e1, 2);
	check_claims("At least 16,248 Palestinians were killed in Gaza, about 70 per cent of whom were "
				 "women and children, the health ministry said on Sunday.", e2, 1);
	check_claims("The number of people displaced by the floods has risen to 12,000, the UN said.", e3, 1);
	check_claims("Israel has killed more than 30,000 Palestinians since Oct. 7, according to Gaza "
				 "health authorities.", e4, 1);
	check_claims("The storm killed at least 12 people in three provinces, officials told Reuters.", e5, 1);
	check_claims("Gunmen abducted six aid workers near the camp, the charity said.", e6, 1);
	check_claims("Nine climbers were still missing on Thursday, rescuers said.", e7, 1);
	check_claims("The death toll rose to 96 on Tuesday, the interior ministry said.", e8, 1);
	check_claims("The death toll from the floods passed 650 on Friday.", e9, 1);
	check_claims("The number of villagers killed rose to 40, according to the governor.", e10, 1);
	check_claims("About 100 of the dead were children.", e11, 1);
	check_claims("One Israeli soldier was killed, the army said.", e12, 1);
	check_claims("One day later, the talks resumed.", e12, 0);
	check_claims("The minister said on Tuesday that aid should reach the city, where the fighting has "
				 "killed 604 people.", e13, 1);
}

static void
test_bulletins(void)
{
	static const expect e1[] = {
		{"killed", "3", "", NULL},
		{"wounded", "14", "", NULL},
	};
	static const expect e2[] = {
		{"wounded", "2", "soldiers", NULL},
	};
	static const expect e3[] = {
		{"arrested", "37", "people", NULL},
		{"hostages", "250", "", NULL},
	};
	static const expect e4[] = {
		{"missing", "20", "people", NULL},
		{"killed", "8", "people", NULL},
		{"wounded", "30", "people", NULL},
	};

	check_claims("Casualties: 3 dead, 14 injured.", e1, 2);
	check_claims("06:40 - Two soldiers wounded in a mortar attack near the border.", e2, 1);
	check_claims("Police arrested 37 people after the protest. A further 250 were taken hostage.", e3, 2);
	check_claims("Rescuers searched for 20 missing people.\nThe attack left 8 people dead and 30 wounded.",
				 e4, 3);
}

static void
test_coordination_and_sources(void)
{
	static const expect e1[] = {
		{"killed", ">700", "Palestinians", "The agency"},
		{"killed", "34", "Israelis", "The agency"},
	};
	static const expect e2[] = {
		{"killed", "412", "Palestinians", "local officials"},
		{"killed", "~90", "children", "local officials"},
	};
	static const expect e3[] = {
		{"killed", "11", "police officers", "The ministry"},
		{"killed", "3", "bystanders", "The ministry"},
	};

	check_claims("The agency reports that while the envoy announced progress, the death toll rose to "
				 "more than 700 Palestinians and 34 Israelis.", e1, 2);
	check_claims("In the city, 412 mostly civilian Palestinians, including nearly 90 children, have been "
				 "killed, according to local officials.", e2, 2);
	check_claims("The ministry says 11 of its police officers have also died, along with 3 bystanders.",
				 e3, 2);
}

static void
test_more_forms(void)
{
	static const expect e1[] = {
		{"killed", "5", "soldiers", NULL},
	};
	static const expect e2[] = {
		{"killed", "12", "people", "a police official"},
	};
	static const expect e3[] = {
		{"killed", "12", "people", "the ministry"},
	};
	static const expect e4[] = {
		{"killed", ">700", "Palestinian", NULL},
	};
	static const expect e5[] = {
		{"killed", "9", "members of the same Palestinian family", NULL},
	};
	static const expect e6[] = {
		{"hostages", "136", "hostages", NULL},
	};
	static const expect e7[] = {
		{"killed", "13", "soldiers", NULL},
	};
	static const expect e8[] = {
		{"killed", ">=20", "people", "the governor"},
	};

	check_claims("Five soldiers lost their lives in the attack.", e1, 1);
	check_claims("The agency quoted a police official as saying that 12 people were killed.", e2, 1);
	check_claims("Twelve people were killed, said the ministry.", e3, 1);
	check_claims("The Palestinian death toll rose to more than 700 on Monday.", e4, 1);
	check_claims("Nine members of the same Palestinian family were killed in the strike.", e5, 1);
	check_claims("Hamas still holds 136 hostages in Gaza.", e6, 1);
	check_claims("The army mourned the death of 13 soldiers.", e7, 1);
	check_claims("\"At least 20 people were killed,\" the governor said.", e8, 1);
	check_claims("The death squads of 1998 are gone.", e8, 0);
	CHECK_STR(cp_claim_kind_name(-1), "");
}

/* Totals stated as totals, one victim named by a noun run or with "a", and who did it. */
static void
test_totals_and_one(void)
{
	static const expect e1[] = {{"killed", "22", "", NULL}};
	static const expect e2[] = {{"killed", "912", "", "officials"}};
	static const expect e3[] = {{"killed", "3", "", NULL}};
	static const expect e4[] = {{"wounded", "12", "", NULL}};
	static const expect e5[] = {{"killed", "1", "aid worker", NULL}};
	static const expect e6[] = {{"killed", ">=1", "person", NULL}};
	static const expect e7[] = {{"killed", "1", "man", NULL}};
	static const expect e8[] = {{"killed", "1", "", NULL}};
	static const expect e9[] = {{"killed", "25", "people", NULL}};
	static const expect e10[] = {{"killed", "2", "people", NULL}};
	static const expect e11[] = {{"killed", "2", "Palestinians", NULL}};
	static const expect e12[] = {{"killed", "1", "Palestinian", NULL}};
	static const expect e13[] = {{"killed", "1", "elderly woman", NULL}};
	static const expect e14[] = {{"killed", "2", "people", NULL}};
	static const expect e15[] = {{"arrested", "1", "journalist", NULL}};
	static const expect e16[] = {{"killed", "1", "person", NULL}};
	static const expect e17[] = {{"killed", "3", "", NULL}};
	static const expect e18[] = {{"arrested", "6", "", NULL}};
	static const expect e19[] = {{"displaced", "~40000", "Sudanese refugees", NULL}};
	static const expect e20[] = {{"killed", "20", "villagers", NULL}};
	static const expect e21[] = {{"killed", "6", "gunmen", NULL}};
	static const expect e22[] = {{"arrested", "3", "journalists", NULL}};
	static const expect e23[] = {{"killed", "1", "two crewmen", NULL}};
	static const expect e24[] = {{"wounded", "4", "patients", NULL}};
	static const expect e25[] = {{"displaced", "300", "people homeless", NULL}};
	static const expect e26[] = {{"displaced", "12", "families", NULL}};

	check_claims("Two strikes hit the camp. Total fatalities were 22.", e1, 1);
	check_claims("The toll in Rafah is 912, officials said.", e2, 1);
	check_claims("Warplanes struck a house. Unspecified number of fatalities coded as 3.", e3, 1);
	check_claims("The wounded were 12, most of them children.", e4, 1);
	check_claims("One aid worker was killed in the strike.", e5, 1);
	check_claims("At least one person was killed.", e6, 1);
	check_claims("A drone fired at a car, killing one man near the school.", e7, 1);
	check_claims("The drone strike left 1 fatality.", e8, 1);
	/* one person with "a"/"an", and killing verbs followed by "dead" or "to death" */
	check_claims("Israeli fire hit the market, killing a Palestinian and wounding others.", e12, 1);
	check_claims("An elderly woman was shot dead near the checkpoint.", e13, 1);
	check_claims("Two people were frozen to death near the town.", e14, 1);
	check_claims("Police arrested a journalist in Cairo.", e15, 1);
	/* the group that did it is no victim: only "one person" counts */
	check_claims("An armed man killed one person at the station.", e16, 1);
	check_claims("Three soldiers killed the guard.", e16, 0);
	/* "a" before a modal is no person counted */
	check_claims("Selling the game to a child can be jailed for six months.", e16, 0);
	/* headlines in the present, refugees, slaughter */
	check_claims("Militants kill three in attack on market", e17, 1);
	check_claims("Troops detain six after protest", e18, 1);
	check_claims("Nearly 40,000 Sudanese refugees crossed into Chad.", e19, 1);
	check_claims("Twenty villagers were slaughtered overnight.", e20, 1);
	/* nouns with their "of" phrase, plurals in -men, and the whole of a partitive */
	check_claims("Troops recovered the bodies of six gunmen.", e21, 1);
	check_claims("The detention of three journalists drew protests.", e22, 1);
	check_claims("One of two crewmen was killed.", e23, 1);
	check_claims("Four seriously injured patients were moved to Egypt.", e24, 1);
	check_claims("The storm left 300 people homeless.", e25, 1);
	check_claims("The fire left 12 homeless families.", e26, 1);
	/* a count right after a whole date is no year: "On 24 February 2024, 2 ..." */
	check_claims("On 24 February 2024, 2 Palestinians were killed in Gaza.", e11, 1);
	/* a copula after a verb of killing does not make a total: the figure is something else */
	check_claims("Two people were killed, and the damage is 5 houses.", e10, 1);
	/* "that" opens a clause: the cafe is not counted */
	check_claims("A bomb ripped through one cafe that killed 25 people.", e9, 1);
	CHECK_STR(cp_claim_kind_name(CP_CLAIM_MISSING + 1), "");
}

/* Phrasal verbs, lives taken, captives held, custody and homes. */
static void
test_phrasal_and_lives(void)
{
	static const expect e1[] = {{"killed", "12", "villagers", NULL}};
	static const expect e2[] = {{"arrested", "40", "protesters", NULL}};
	static const expect e3[] = {{"killed", ">=45", "", NULL}};
	static const expect e4[] = {{"killed", "14", "soldiers", NULL}};
	static const expect e5[] = {{"killed", "4", "people", NULL}};
	static const expect e6[] = {{"hostages", "25", "people", NULL}};
	static const expect e7[] = {{"arrested", "~200", "people", NULL}};
	static const expect e8[] = {{"displaced", "10000", "people", NULL}};
	static const expect e9[] = {{"killed", "2000", "", NULL}};
	static const expect e10[] = {{"displaced", "4000", "homeless", NULL}};

	check_claims("Gunmen gunned down 12 villagers on Monday.", e1, 1);
	check_claims("Forty protesters were rounded up overnight.", e2, 1);
	check_claims("The floods have claimed at least 45 lives.", e3, 1);
	check_claims("The blast claimed the lives of 14 soldiers.", e4, 1);
	/* saved lives are no toll, and do not lend the next figure's kind */
	check_claims("Doctors saved 30 lives and 4 people died.", e5, 1);
	check_claims("Rebels are holding 25 people captive.", e6, 1);
	check_claims("About 200 people were taken into custody.", e7, 1);
	check_claims("The fighting has forced 10,000 people from their homes.", e8, 1);
	/* "claimed" takes the lives here, it reports nothing; "this" is no plural group */
	check_claims("The unrest, which has claimed 2,000 lives this year, goes on.", e9, 1);
	check_claims("The quake left 4,000 homeless.", e10, 1);
	/* the subject of "included" names the kind; a delegation's members are no claim */
	{
		static const expect e11[] = {{"killed", "5", "children", NULL}, {"killed", "3", "women", NULL}};
		static const expect e12[] = {{"wounded", "12", "children", "the ministry"}};

		check_claims("The dead included 5 children and 3 women.", e11, 2);
		check_claims("The wounded include 12 children, the ministry said.", e12, 1);
		check_claims("The delegation included 5 ministers.", NULL, 0);
	}
	/* more verbs of harm, and injuries succumbed to or sustained */
	{
		static const expect e13[] = {{"killed", "2", "officials", NULL}};
		static const expect e14[] = {{"killed", "8", "people", NULL}};
		static const expect e15[] = {{"wounded", "12", "soldiers", NULL}};
		static const expect e16[] = {{"kidnapped", "6", "soldiers", NULL}};
		static const expect e17[] = {{"wounded", "40", "people", NULL}};

		check_claims("Two officials were assassinated last month.", e13, 1);
		check_claims("Eight people succumbed to their injuries overnight.", e14, 1);
		check_claims("Twelve soldiers sustained serious injuries in the blast.", e15, 1);
		check_claims("Six soldiers were taken prisoner.", e16, 1);
		check_claims("Forty people were hospitalized after the attack.", e17, 1);
	}
}

/* Constructions of general news, and what looks like a claim but is none. */
static void
test_news_constructions(void)
{
	static const expect e1[] = {{"killed", "2", "crew members", NULL}};
	static const expect e2[] = {{"wounded", "3", "others", NULL}};
	static const expect e3[] = {{"killed", "3", "men", NULL}};
	static const expect e4[] = {{"killed", "1204", "", NULL}};
	static const expect e5[] = {{"displaced", "300", "people", NULL}};
	static const expect e6[] = {{"arrested", "3", "journalists", NULL}};
	static const expect e7[] = {{"killed", "1", "person", NULL}};
	static const expect e8[] = {{"killed", "5", "people", NULL}};
	static const expect e9[] = {{"killed", ">=20", "people", NULL}, {"wounded", "[24,120)", "people", NULL}};

	check_claims("Two crew members - the pilot and a mechanic - were killed.", e1, 1);
	check_claims("Three others in the car were hurt.", e2, 1);
	check_claims("Soldiers shot and killed 3 displaced men.", e3, 1);
	check_claims("The attack raises the overall toll in the West Bank to 1,204.", e4, 1);
	check_claims("Residents were warned; 300 people were ordered to evacuate.", e5, 1);
	check_claims("Three journalists are now in prison.", e6, 1);
	check_claims("At least 20 people died and dozens more were injured.", e9, 2);
	/* a number with a verb of its own takes no kind from the one before */
	check_claims("One person has died and dozens have been tested.", e7, 1);
	/* a source is no auxiliary waiting for its verb */
	check_claims("The spokesman did not say how 5 people were killed.", e8, 1);
	/* a verb before a first object takes the number after "and"; a verb left out after "and" */
	{
		static const expect e10[] = {{"killed", "3", "children", NULL}};
		static const expect e11[] = {{"arrested", "9", "", NULL}, {"arrested", "12", "others", NULL}};

		check_claims("He killed his wife and three of her children.", e10, 1);
		check_claims("Nine were detained in Spain and 12 others elsewhere.", e11, 2);
		check_claims("He met his wife and three friends.", NULL, 0);
	}

	/* ages, institutions, things seized, parts of the dead, proportions, spells in jail */
	check_claims("Mr Doherty, 25, was arrested on Monday.", NULL, 0);
	check_claims("The reform merges two bodies into one.", NULL, 0);
	check_claims("Police seized 40 rifles and two fishing boats.", NULL, 0);
	check_claims("One of the dead was a teacher.", NULL, 0);
	check_claims("A third of overdose deaths involve fentanyl.", NULL, 0);
	check_claims("The singer served two spells in jail.", NULL, 0);
}

/* Constructions found missing on general news (test/eval/claims_news_gold.tsv, tuning half). */
static void
test_general_news(void)
{
	static const expect e1[] = {{"wounded", "12", "people", NULL}};
	static const expect e2[] = {{"killed", ">=4", "people", NULL}};
	static const expect e3[] = {{"killed", "30", "inmates", NULL}};
	static const expect e4[] = {{"killed", "2", "", NULL}, {"wounded", "9", "", NULL}};
	static const expect e5[] = {{"wounded", "6", "men", NULL}};
	static const expect e6[] = {{"displaced", "~8000", "villagers", NULL}};
	static const expect e7[] = {{"killed", "25", "rebels", NULL}};
	static const expect e8[] = {{"killed", "3", "women", NULL}};
	static const expect e9[] = {{"arrested", "4", "others", NULL}};
	static const expect e10[] = {{"killed", "7", "pilgrims", NULL}, {"killed", "2", "children", NULL}};

	/* an adverb of the verb; a short phrase with "from"; a second head of the group */
	check_claims("12 people were badly injured.", e1, 1);
	check_claims("At least four people from the village drowned.", e2, 1);
	check_claims("25 rebels and soldiers died in the clash.", e7, 1);
	/* "took their own lives" is a death; "took 30 lives" stays a verb before its number */
	check_claims("30 inmates have taken their own lives since 2010.", e3, 1);
	/* to hospital, after the group or with the verb before the number */
	check_claims("The blast killed two and sent nine to hospital.", e4, 2);
	check_claims("Six men were rushed to a hospital.", e5, 1);
	check_claims("About 8,000 villagers were left homeless.", e6, 1);
	check_claims("Three women were among the dead.", e8, 1);
	/* "including" and a few words before the verb; a reduced relative before the auxiliary */
	check_claims("Seven pilgrims including two children died.", e10, 2);
	check_claims("Four others thought involved were arrested.", e9, 1);
	/* the whole of a partitive, and animals, are no count of casualties */
	check_claims("Only 3 of the 240 passengers were hurt.", NULL, 0);
	check_claims("None of the 40 workers taken to hospital were injured.", NULL, 0);
	check_claims("Hunters killed 91 foxes.", NULL, 0);
	/* one person with a name before the noun */
	{
		static const expect e11[] = {{"wounded", "1", "Reuters photographer", NULL}};
		static const expect e12[] = {{"killed", "1", "U.S. adviser", NULL}};

		check_claims("A Reuters photographer was wounded.", e11, 1);
		check_claims("A U.S. adviser was among the dead.", e12, 1);
	}
	/* "including" in commas; commas in a short place; a modified second head; "along with" */
	{
		static const expect e13[] = {{"arrested", "28", "people", NULL}};
		static const expect e14[] = {{"arrested", "1", "19-year-old man", NULL}};
		static const expect e15[] = {{"killed", "~800000", "Tutsis", NULL}};
		static const expect e16[] = {{"killed", ">1000000", "others", NULL}};

		check_claims("Twenty-eight people, including a Briton, have been arrested.", e13, 1);
		check_claims("A 19-year-old man from Camberley, Surrey, was arrested.", e14, 1);
		check_claims("About 800,000 Tutsis and moderate Hutus were killed.", e15, 1);
		/* an infinitive's "to" is no end of a source */
		check_claims("She was murdered along with over a million others, he was due to say.", e16, 1);
		/* the verb of a clause inside the parenthetical is not the group's */
		check_claims("Police questioned four inspectors, including a man who later killed himself.", NULL, 0);
	}
	/* a lower-case word ending in -ly before no verb of harm is no adverb to pass */
	check_claims("Five people rally and police watch.", NULL, 0);
	/* "another" and "a third" count one person, alone or before a noun or a name */
	{
		static const expect e17[] = {{"killed", "2", "guards", NULL}, {"wounded", "1", "", NULL}};
		static const expect e18[] = {{"arrested", "1", "", NULL}};
		static const expect e19[] = {{"killed", "1", "Ranger", NULL}};
		static const expect e20[] = {{"killed", "1", "boy", NULL}, {"wounded", "1", "", NULL}};
		static const expect e21[] = {{"arrested", "1", "local farmer", NULL}};
		static const expect e22[] = {{"killed", "30", "villagers", NULL}};

		check_claims("Two guards died and another was badly hurt.", e17, 2);
		check_claims("Two brothers were charged and a third detained.", e18, 1);
		check_claims("A fourth Ranger has died.", e19, 1);
		check_claims("The mine killed a boy and injured another.", e20, 2);
		check_claims("Another local farmer was arrested.", e21, 1);
		/* not before a number, a time or a share */
		check_claims("Another 30 villagers were killed.", e22, 1);
		check_claims("He was jailed for a second time and fined another 500 pounds.", NULL, 0);
		check_claims("Police arrested a third of the crowd.", NULL, 0);
	}
	/* the verb far from its group: a relative clause, an "of" phrase, a participle, a second group */
	{
		static const expect e23[] = {{"killed", "30", "workers", NULL}};
		static const expect e24[] = {{"arrested", "4", "officials", NULL}};
		static const expect e25[] = {{"displaced", "[24,120)", "families", NULL}};
		static const expect e26[] = {{"arrested", "8", "men", NULL}, {"arrested", "1", "man", NULL}};
		static const expect e27[] = {{"missing", "5", "miners", NULL}};

		check_claims("Thirty workers who had been repairing the old dam were killed.", e23, 1);
		check_claims("Four officials of a regional water company have been arrested.", e24, 1);
		check_claims("Dozens of families living near the river were evacuated.", e25, 1);
		check_claims("Eight men from Leeds and another man from Hull were detained.", e26, 2);
		/* the verb of someone else, an active verb, things, a relative clause of their own */
		check_claims("Twelve men who know the suspects were arrested.", NULL, 0);
		check_claims("A man of good character has hurt nobody.", NULL, 0);
		check_claims("Ten months of talks with the group were killed off.", NULL, 0);
		check_claims("Five miners were missing and 12 others who were trapped are safe.", e27, 1);
	}
	/* a relative named by a possessive, with a passive of violence; not a death alone */
	{
		static const expect e28[] = {{"killed", "1", "daughter", "The singer"}};
		static const expect e29[] = {{"kidnapped", "1", "younger brother", NULL}};

		check_claims("The singer said his daughter was stabbed to death last year.", e28, 1);
		check_claims("Her younger brother has been abducted.", e29, 1);
		check_claims("His mother died in 1990 and his son was jailed.", NULL, 0);
	}
	/* prisoners of war, a detention headline with "held", a complement after a hedge */
	{
		static const expect e30[] = {{"kidnapped", "~500", "prisoners of war", NULL}};
		static const expect e31[] = {{"arrested", "4", "", NULL}};
		static const expect e32[] = {{"arrested", "9", "students", NULL}};
		static const expect e33[] = {{"killed", "2", "men", NULL}};

		check_claims("About 500 prisoners of war were exchanged.", e30, 1);
		check_claims("Four held over bank raid.", e31, 1);
		check_claims("Nine students held without charge.", e32, 1);
		check_claims("Two men believed to be smugglers of the gang were shot dead.", e33, 1);
		/* things held, and prisoners who are no captives of war */
		check_claims("Ten meetings were held over the summer; 300 prisoners went on strike.", NULL, 0);
	}
	/* "among those arrested", a part in commas, "another" before the number, "in hospital" */
	{
		static const expect e34[] = {{"arrested", "3", "Germans", NULL}, {"arrested", "1", "Italian", NULL}};
		static const expect e35[] = {{"wounded", "11", "pupils", NULL}, {"wounded", "2", "girls", NULL}};
		static const expect e36[] = {{"arrested", "6", "men", NULL}, {"killed", "4", "men", NULL}};
		static const expect e37[] = {{"killed", "2", "climbers", NULL}, {"wounded", "5", "climbers", NULL}};
		static const expect e38[] = {{"killed", "3", "", NULL}};
		static const expect e39[] = {{"killed", "2", "guards", NULL}};

		check_claims("Three Germans and an Italian were among those detained.", e34, 2);
		check_claims("Eleven pupils, two of them girls, were hurt.", e35, 2);
		check_claims("Troops detained six men and killed another four.", e36, 2);
		check_claims("Two climbers died and five remain in hospital.", e37, 2);
		/* a number with an auxiliary of its own takes no kind; the whole of a partitive */
		check_claims("Two guards died and 40 are on strike.", e39, 1);
		check_claims("Of the 60 miners, 3 died.", e38, 1);
	}
	/* "executed" people, totals raised to a figure or headed by their noun */
	{
		static const expect e40[] = {{"killed", "3", "prisoners", NULL}};
		static const expect e41[] = {{"killed", "14", "", NULL}};
		static const expect e42[] = {{"wounded", "31", "", NULL}};
		static const expect e43[] = {{"killed", "6", "", NULL}, {"missing", "2", "", NULL}};

		check_claims("The militia executed three prisoners.", e40, 1);
		check_claims("The broker executed 900 orders.", NULL, 0);
		check_claims("A second strike hit the camp, bringing the number of dead to 14.", e41, 1);
		check_claims("Rescuers found more survivors, raising the injured to 31.", e42, 1);
		check_claims("Total deaths 6; missing: 2.", e43, 2);
		check_claims("The deal raised total sales to 9 million dollars.", NULL, 0);
	}
	/* a count of arrests, homes lost, peoples in custody, a person named by an age */
	{
		static const expect e44[] = {{"arrested", "9", "arrests", NULL}, {"killed", "2", "deaths", NULL}};
		static const expect e45[] = {{"displaced", "~600", "families", NULL}};
		static const expect e46[] = {{"arrested", "3", "Canadians", NULL}};
		static const expect e47[] = {{"arrested", "1", "17-year-old", NULL}};

		check_claims("The night ended with 9 arrests and 2 deaths.", e44, 2);
		check_claims("Some 600 families lost their homes.", e45, 1);
		check_claims("Three Canadians remain in custody.", e46, 1);
		check_claims("A 17-year-old was detained.", e47, 1);
		check_claims("Two Boeings remain in custody of the bank.", NULL, 0);
	}
	/* headline tense of a rising toll, "shot dead" before its object, "forced ... to flee", "all" */
	{
		static const expect e48[] = {{"killed", "75", "", NULL}};
		static const expect e49[] = {{"killed", "3", "robbers", NULL}};
		static const expect e50[] = {{"displaced", "~9000", "villagers", NULL}};
		static const expect e51[] = {{"killed", "80", "passengers", NULL}};
		static const expect e52[] = {{"wounded", "2", "", "The referee"}};

		check_claims("The flood death toll jumps to 75.", e48, 1);
		check_claims("Guards shot dead 3 robbers.", e49, 1);
		check_claims("The shelling forced about 9,000 villagers to flee.", e50, 1);
		check_claims("The crash killed all 80 passengers.", e51, 1);
		check_claims("The referee told 11 players to leave the pitch after two were hurt.", e52, 1);
	}
	/* bulletins: a cumulative figure raised to, a fatality count, injuries, a restated group */
	{
		static const expect e53[] = {{"killed", "12", "people", NULL}, {"killed", "4100", "people", NULL}};
		static const expect e54[] = {{"killed", "2210", "", NULL}};
		static const expect e55[] = {{"killed", "310", "deaths", NULL}, {"wounded", "1200", "injuries", NULL}};
		static const expect e56[] = {{"displaced", "~40000", "people", NULL}};
		static const expect e57[] = {{"wounded", "2", "fans", NULL}};

		check_claims("Another 12 people died, bringing the cumulative number of fatalities to 4,100.", e53, 2);
		check_claims("Officials updated the fatality count to 2,210.", e54, 1);
		check_claims("The agency recorded 310 deaths and 1,200 injuries.", e55, 2);
		check_claims("Some 40,000 people, or a fifth of the town, are now displaced.", e56, 1);
		check_claims("The club updated the head count to 2,210 after two fans were hurt.", e57, 1);
	}
	/* one person and the others: the figure counts both, unless the person is counted already */
	{
		static const expect e58[] = {{"killed", "7", "others", NULL}};
		static const expect e59[] = {{"wounded", "4", "others", NULL}};
		static const expect e60[] = {{"arrested", "1", "woman", NULL}, {"arrested", "2", "others", NULL}};

		check_claims("The gunman shot himself and six others dead.", e58, 1);
		check_claims("The pilot and three others were hurt.", e59, 1);
		check_claims("A woman and two others were detained.", e60, 2);
	}
	/* "both" counts two, opening a phrase of people or standing alone; not as an adverb */
	{
		static const expect e61[] = {{"arrested", "2", "brothers", NULL}};
		static const expect e62[] = {{"killed", "2", "", NULL}};
		static const expect e63[] = {{"wounded", "2", "guards", NULL}};

		check_claims("Both brothers were detained.", e61, 1);
		check_claims("A car hit two cyclists. Both died.", e62, 1);
		check_claims("The two guards were both injured.", e63, 1);
		check_claims("The cuts could both hurt morale and cost jobs.", NULL, 0);
		check_claims("Residents were both injured and displaced.", NULL, 0);
	}
	/* units count no people: money, measures, list items */
	check_claims("Billions of euros went missing and 40 pages were missing too.", NULL, 0);
	check_claims("The tanker of 300,000 dead weight tons sank.", NULL, 0);
}

static void
test_no_claims(void)
{
	cp_arena	arena;
	cp_vec		got;

	cp_arena_init(&arena);
	got = claims_of(&arena,
					"The company cut 500 jobs. The 12-hour ceasefire began at 8 p.m. on Monday. "
					"He was killed in 2004. Officials said 3,000 homes were destroyed. Of the two "
					"million people in the city, roughly 1,000 are Christians. Fox 5 reported it. "
					"Four out of five passengers were killed.",
					INT32_MIN);
	CHECK_INT(got.count, 0);		/* a proportion counts no one */
	got = claims_of(&arena, "", INT32_MIN);
	CHECK_INT(got.count, 0);
	got = claims_of(&arena, "\xff\xfe killed 5 \xc3", INT32_MIN);
	CHECK_INT(got.count, 1);
	cp_arena_free(&arena);
}

static void
test_asof(void)
{
	cp_arena	arena;
	cp_vec		got;
	const cp_claim *c;

	cp_arena_init(&arena);
	/* the date of the sentence, resolved against the reference */
	got = claims_of(&arena, "Police arrested 37 people on Saturday.", cp_date_to_days(2024, 3, 3));
	CHECK_INT(got.count, 1);
	c = &CP_VEC_AT(&got, cp_claim, 0);
	CHECK(c->has_asof && c->asof_lo == cp_date_to_days(2024, 3, 2) && c->asof_hi == c->asof_lo + 1);
	/* no date in the sentence: the reference date */
	got = claims_of(&arena, "Police arrested 37 people.", cp_date_to_days(2024, 3, 3));
	c = &CP_VEC_AT(&got, cp_claim, 0);
	CHECK(c->has_asof && c->asof_lo == cp_date_to_days(2024, 3, 3));
	/* no reference and no date: unknown */
	got = claims_of(&arena, "Police arrested 37 people.", INT32_MIN);
	c = &CP_VEC_AT(&got, cp_claim, 0);
	CHECK(!c->has_asof);
	cp_arena_free(&arena);
}

static void
test_subject_keys(void)
{
	cp_arena	arena;

	cp_arena_init(&arena);
	CHECK_STR(cp_claim_subject_key(&arena, "Israeli soldiers", 16), "israeli soldier");
	CHECK_STR(cp_claim_subject_key(&arena, "children", 8), "child");
	CHECK_STR(cp_claim_subject_key(&arena, "mostly civilian Palestinians", 28), "palestinian");
	CHECK_STR(cp_claim_subject_key(&arena, "members of the same family", 26), "member");
	CHECK_STR(cp_claim_subject_key(&arena, "casualties", 10), "casualty");
	CHECK_STR(cp_claim_subject_key(&arena, "militia deputies", 16), "militia deputy");
	cp_arena_free(&arena);
}

/* The document prefilter lets through every word that carries a claim. */
static void
test_prefilter(void)
{
	const char *missing = NULL;
	static const expect none[] = {{NULL, NULL, NULL, NULL}};

	CHECK(cp_claims_prefilter_covers(&missing));
	CHECK_STR(missing, NULL);
	/* whole words in any case, after any mark; not inside a longer word */
	CHECK(text_may_hold_claims("Two were KILLED.", 16));
	CHECK(text_may_hold_claims("\xe2\x80\x9ckilled\xe2\x80\x9d", 12));
	CHECK(!text_may_hold_claims("12 skilled workers", 18));
	CHECK(!text_may_hold_claims("", 0));
	{
		/* a run longer than a token may be cut anywhere: it passes */
		char		run[CP_MAX_TOKEN_BYTES + 2];

		memset(run, 'x', sizeof(run) - 1);
		run[sizeof(run) - 1] = '\0';
		CHECK(text_may_hold_claims(run, sizeof(run) - 1));
		CHECK(!text_may_hold_claims(run, CP_MAX_TOKEN_BYTES));
	}
	/* numbers but no claim word: nothing, without any extraction */
	check_claims("The 12 ministers met for 3 hours in a hall built for 400 guests.", none, 0);
}

/*
 * A document read with its tokens kept (as corpus.extract() reads it, with
 * no document prefilter) gives the claims of one read without; in a long
 * list of figures every sentence's first 64 are claims, each with the
 * source its sentence names once.
 */
static void
test_kept_tokens_and_lists(void)
{
	static const char *const texts[] = {
		"Gaza officials said 25 Palestinians were killed on Monday, July 21, 2014.\n\n"
		"\"We counted 40 dead,\" the mayor said. Another 12 people fled.\n\n"
		"The toll rose to 630, according to the ministry. 3 ministers met.\n",
		"No figures here, only 12 ministers and 3 hours.\n",
	};
	cp_arena	arena;
	size_t		len;
	char	   *list = repeat_text("1 killed, ", 3000, "according to the army.", &len);

	cp_arena_init(&arena);
	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
	{
		cp_vec		plain = claims_of(&arena, texts[t], cp_date_to_days(2014, 7, 22)),
					kept;
		cp_doc		doc;
		cp_doc_walk w;
		cp_sentence s;

		cp_vec_init(&kept, sizeof(cp_claim));
		CHECK_INT(cp_doc_init(&doc, &arena, texts[t], strlen(texts[t]), NULL), CP_OK);
		doc.keep_sentences = true;
		cp_doc_walk_init(&w, &doc);
		while (cp_doc_walk_next(&w, &s))
			;
		CHECK(doc.have & CP_DOC_TOKENS);
		CHECK_INT(cp_extract_claims(&doc, CP_REF_GIVEN, cp_date_to_days(2014, 7, 22), &kept), CP_OK);
		CHECK_INT(kept.count, plain.count);
		for (size_t i = 0; i < kept.count && i < plain.count; i++)
		{
			const cp_claim *a = &CP_VEC_AT(&plain, cp_claim, i),
					   *b = &CP_VEC_AT(&kept, cp_claim, i);

			CHECK(a->start == b->start && a->len == b->len && a->kind == b->kind &&
				  a->source_start == b->source_start && a->source_len == b->source_len &&
				  a->asof_lo == b->asof_lo && strcmp(a->subject_key, b->subject_key) == 0);
		}
		CHECK_INT(plain.count, t == 0 ? 4 : 0);
	}
	{
		cp_vec		got = claims_of(&arena, list, INT32_MIN);
		size_t		sourced = 0;

		CHECK(got.count >= 64 * (3000 / 133) && got.count <= 3000);
		for (size_t i = 0; i < got.count; i++)
		{
			const cp_claim *c = &CP_VEC_AT(&got, cp_claim, i);

			CHECK(c->kind == CP_CLAIM_KILLED && c->value.lo == 1);
			sourced += c->source_len > 0;
		}
		/* the last sentence names the army for its figures */
		CHECK(sourced > 0 && sourced <= 64);
	}
	cp_arena_free(&arena);
	free(list);
}

/* With the tagger, the entity a source names: a person, an organization, a whole place. */
static void
test_source_entities(void)
{
	static const struct
	{
		const char *text;
		int			kind;		/* cp_entity_kind, -1: none */
		const char *name;
	}			cases[] = {
		{"Israel says 12 people were killed in the strike.", CP_ENT_LOC, "Israel"},
		{"John Kerry said 12 people were killed.", CP_ENT_PER, "John Kerry"},
		{"At least 12 people were killed, the Gaza health ministry said.", -1, NULL},
		{"Twelve people were killed, officials said.", -1, NULL},
		/* a quoted figure: the quote's speaker, completed from the full name */
		{"John Kerry met Egypt's leaders.\n\n\"Twelve people were killed,\" Kerry said.", CP_ENT_PER, "John Kerry"},
	};
	const cp_ner_model *m = unit_ner_model(NULL, NULL);

	CHECK(m != NULL);
	if (!m)
		return;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		cp_arena	arena;
		cp_doc		doc;
		cp_vec		out;
		const cp_claim *c;

		cp_arena_init(&arena);
		cp_vec_init(&out, sizeof(cp_claim));
		CHECK_INT(cp_doc_init(&doc, &arena, cases[i].text, strlen(cases[i].text), m), CP_OK);
		CHECK_INT(cp_extract_claims(&doc, CP_REF_NONE, 0, &out), CP_OK);
		CHECK_INT(out.count, 1);
		if (out.count == 1)
		{
			c = &CP_VEC_AT(&out, cp_claim, 0);
			CHECK(c->source_len > 0);
			CHECK_INT(c->source_kind, cases[i].kind);
			if (cases[i].name)
				CHECK_SPAN(c->source_name, 0, c->source_name_len, cases[i].name);
		}
		cp_arena_free(&arena);
	}
}

int
main(void)
{
	test_prefilter();
	test_wire_copy();
	test_bulletins();
	test_coordination_and_sources();
	test_no_claims();
	test_more_forms();
	test_totals_and_one();
	test_phrasal_and_lives();
	test_news_constructions();
	test_general_news();
	test_asof();
	test_subject_keys();
	test_source_entities();
	test_kept_tokens_and_lists();
	UNIT_DONE("claims");
}

/* goaldef: the goals' code lists (see goaldef.h). */
#include <stddef.h>
#include <string.h>

#include "goaldef.h"

struct entry {
	const char	*code, *label, *role, *start, *stop;
};

#define POP(id, c, l, start, stop, role) [id] = { c, l, role, start, stop },
#define ITEM(id, c, l)			 [id] = { c, l, NULL, NULL, NULL },

static const struct entry pops[GOAL_POP__MAX] = { GOAL_POPULATIONS(POP) };
static const struct entry units[] = { GOAL_UNITS(ITEM) };
static const struct entry pauses[] = { GOAL_PAUSES(ITEM) };
static const struct entry periods[] = { GOAL_PERIODS(ITEM) };

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static int
find(const struct entry *e, size_t n, const char *code)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (e[i].code != NULL && strcmp(e[i].code, code) == 0)
			return (int)i;
	return -1;
}

static const struct entry *
at(const struct entry *e, size_t n, int i)
{
	static const struct entry	 none = { "", "", "", "", "" };

	return i >= 0 && (size_t)i < n && e[i].code != NULL ? &e[i] : &none;
}

int
goaldef_population(const char *code)
{
	return find(pops, NELEM(pops), code);
}

int
goaldef_unit(const char *code)
{
	return find(units, NELEM(units), code);
}

int
goaldef_pause(const char *code)
{
	return find(pauses, NELEM(pauses), code);
}

int
goaldef_period(const char *code)
{
	return find(periods, NELEM(periods), code);
}

const char *
goaldef_population_code(int i)
{
	return at(pops, NELEM(pops), i)->code;
}

const char *
goaldef_population_label(int i)
{
	return at(pops, NELEM(pops), i)->label;
}

const char *
goaldef_population_role(int i)
{
	return at(pops, NELEM(pops), i)->role;
}

const char *
goaldef_population_start(int i)
{
	return at(pops, NELEM(pops), i)->start;
}

const char *
goaldef_population_stop(int i)
{
	return at(pops, NELEM(pops), i)->stop;
}

const char *
goaldef_unit_code(int i)
{
	return at(units, NELEM(units), i)->code;
}

const char *
goaldef_unit_label(int i)
{
	return at(units, NELEM(units), i)->label;
}

const char *
goaldef_pause_code(int i)
{
	return at(pauses, NELEM(pauses), i)->code;
}

const char *
goaldef_pause_label(int i)
{
	return at(pauses, NELEM(pauses), i)->label;
}

const char *
goaldef_period_code(int i)
{
	return at(periods, NELEM(periods), i)->code;
}

const char *
goaldef_period_label(int i)
{
	return at(periods, NELEM(periods), i)->label;
}

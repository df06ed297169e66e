/*
 * fuzz_plans: plans_parse, which reads the figures a staff member types
 * on the results plan's pages (target, result, extra of a sub-goal, in
 * the kind's unit: per cent with one decimal, mio. kr. with eight, days
 * with two), for every kind, unit and field.  The input is the text.
 *
 * Checked: no overflow (UBSan: a figure too big for int64 is refused,
 * not wrapped); an accepted figure agrees with an exact reading of the
 * text in 128 bits, and formatted by plans_fmt, as the page shows it,
 * it reads back the same.
 */
#include "fuzz.h"

#include "../../cgi/staff/plans.h"
#include "util.h"

static const enum plan_kind kinds[] = {
#define K(e, code, label)	e,
	PLAN_KINDS(K)
#undef K
};
static const int fields[] = { 't', 'r', 'x' };

/* The text as v / 10^d exactly, or -1 if it is not such a number. */
static int
ref_parse(const char *s, int d, __int128 *out)
{
	__int128	 v = 0;
	int		 neg = 0, digits = 0, fd = 0;

	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	/* At most 12 digits and d decimals: 20 digits fit in 128 bits. */
	for (; *s >= '0' && *s <= '9'; s++)
		if (++digits > 12)
			return -1;
		else
			v = v * 10 + (*s - '0');
	if (digits == 0)
		return -1;
	if (*s == ',' || *s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++)
			if (++fd > d)
				return -1;
			else
				v = v * 10 + (*s - '0');
		if (fd == 0)
			return -1;
	}
	if (*s != '\0')
		return -1;
	for (; fd < d; fd++)
		v *= 10;
	*out = neg ? -v : v;
	return 0;
}

static int
scale(enum plan_kind k, enum plan_unit u, int f)
{
	/* As plans_fig.c's decimals(): what the pages say of each. */
	if (k == PK_SURVEY)
		return 1;
	if (k == PK_BUDGET)
		return u == PU_ORE ? 8 : 1;
	if (k == PK_SICK)
		return f == 'x' ? 1 : 2;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	 ar;	/* reset, as a worker does */
	struct http_req	 r;
	char		*s = fuzz_strndup(data, size);
	const char	*shown;
	size_t		 k, f, u;
	int64_t		 v, w;
	__int128	 ref;
	int		 ok, rok;

	memset(&r, 0, sizeof(r));
	r.ar = &ar;
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		for (u = PU_PM; u <= PU_ORE; u++)
			for (f = 0; f < 3; f++) {
				ok = plans_parse(kinds[k], (enum plan_unit)u,
				    fields[f], s, &v) == 0;
				rok = ref_parse(s, scale(kinds[k],
				    (enum plan_unit)u, fields[f]), &ref) == 0 &&
				    ref >= -(__int128)INT64_MAX &&
				    ref <= INT64_MAX;
				FUZZ_CHECK(ok == rok);
				if (!ok)
					continue;
				FUZZ_CHECK(ref == v);
				shown = plans_fmt(&r, kinds[k],
				    (enum plan_unit)u, fields[f], v);
				FUZZ_CHECK(plans_parse(kinds[k],
				    (enum plan_unit)u, fields[f], shown,
				    &w) == 0);
				FUZZ_CHECK(w == v);
			}
	free(s);
	arena_reset(&ar);
	return 0;
}

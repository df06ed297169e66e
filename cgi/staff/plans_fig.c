/*
 * plans_fig: a sub-goal's figures as shown and typed (plans.h), apart
 * from the pages so that tests/unit and tests/fuzz can link them alone.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "plans.h"

#define NV	PLAN_NOVAL

/* The decimals of field for kind: v / 10^d is what is shown. */
static int
decimals(enum plan_kind k, enum plan_unit u, int field)
{
	int	 d = 0;

	switch (k) {
	case PK_SURVEY:
		d = 1;
		break;
	case PK_BUDGET:
		d = u == PU_ORE ? 8 : 1;
		break;
	case PK_SICK:
		d = field == 'x' ? 1 : 2;
		break;
	default:
		break;
	}
	return d;
}

const char *
plans_fmt(struct http_req *r, enum plan_kind k, enum plan_unit u, int field,
    int64_t v)
{
	char		 buf[32];
	uint64_t	 m, pow = 1, frac;
	int		 d, i, len;

	if (v == NV)
		return "";
	d = decimals(k, u, field);
	for (i = 0; i < d; i++)
		pow *= 10;
	m = u64_mag(v);
	frac = m % pow;
	len = snprintf(buf, sizeof(buf), "%s%llu", v < 0 ? "-" : "",
	    (unsigned long long)(m / pow));
	if (frac != 0 && len > 0) {
		len += snprintf(buf + len, sizeof(buf) - (size_t)len, ",%0*llu",
		    d, (unsigned long long)frac);
		while (buf[len - 1] == '0')
			buf[--len] = '\0';
	}
	return arena_strdup(r->ar, buf);
}

/*
 * v * 10 + digit, or -1 if that does not fit: 12 digits and 8 decimals
 * of mio. kr. would not, and a figure is refused rather than wrapped.
 */
static int
push(int64_t *v, int digit)
{
	if (*v > (INT64_MAX - digit) / 10)
		return -1;
	*v = *v * 10 + digit;
	return 0;
}

int
plans_parse(enum plan_kind k, enum plan_unit u, int field, const char *s,
    int64_t *out)
{
	int64_t	 v = 0;
	int	 d, i, neg = 0, digits = 0, fd = 0;

	d = decimals(k, u, field);
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s >= '0' && *s <= '9'; s++, digits++) {
		if (digits >= 12)
			return -1;
		v = v * 10 + (*s - '0');
	}
	if (digits == 0)
		return -1;
	if (*s == ',' || *s == '.') {
		s++;
		for (; *s >= '0' && *s <= '9'; s++, fd++) {
			if (fd >= d || push(&v, *s - '0') == -1)
				return -1;
		}
		if (fd == 0)
			return -1;
	}
	if (*s != '\0')
		return -1;
	for (i = fd; i < d; i++)
		if (push(&v, 0) == -1)
			return -1;
	*out = neg ? -v : v;
	return 0;
}

/*
 * ckday: what the day-by-day Check suites share.  EXPECT fails loudly
 * only: every passing ck_assert reports its line to the parent (a write
 * per check), which makes loops over many days slow.  day_of() is a
 * literal date (the parser itself is checked in check_cal's tc_parse).
 */
#ifndef FRIST_CKDAY_H
#define FRIST_CKDAY_H

#include <check.h>

#include "cal.h"

#define EXPECT(cond, ...) do {						\
	if (!(cond))							\
		ck_abort_msg(__VA_ARGS__);				\
} while (0)

static inline cal_day
day_of(const char *s)
{
	cal_day	 d = 0;

	ck_assert_msg(cal_parse(s, &d) == 0, "cannot parse %s", s);
	return d;
}

#endif

/* remindset: the reminder settings and keys (see remindset.h). */
#include <stdio.h>

#include "remindset.h"
#include "settings.h"

void
remindset_load(int stmt, struct remind_cfg *c)
{
	c->days_before[0] = (int)setting_get(stmt, SET_REMIND_BEFORE_1);
	c->days_before[1] = (int)setting_get(stmt, SET_REMIND_BEFORE_2);
	c->overdue_every = (int)setting_get(stmt, SET_REMIND_EVERY);
	c->overdue_max = (int)setting_get(stmt, SET_REMIND_MAX);
	c->working_days = setting_get(stmt, SET_REMIND_WORKDAYS) != 0;
}

int
remindset_dedup(char *buf, size_t bufsz, long long obligation_id,
    const char *key)
{
	int	 n;

	if (key == NULL || *key == '\0')
		return -1;
	n = snprintf(buf, bufsz, REMINDSET_PREFIX "%lld:%s", obligation_id,
	    key);
	return n < 0 || (size_t)n >= bufsz ? -1 : 0;
}

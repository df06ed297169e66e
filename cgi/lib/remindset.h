/*
 * remindset: the reminder settings (settings.h, the SET_REMIND_* rows of
 * the setting table) as remind.h takes them, and the reminders' outbox
 * keys, once for /staff/obligations/ and tools/frist-remind.
 *
 * A reminder's outbox row has the dedup key "remind:obl:<obligation
 * id>:<remind key>" ("remind:obl:12:d-14"): the scheduler queues it, the
 * staff list counts the rows with the prefix "remind:obl:<id>:".
 */
#ifndef FRIST_REMINDSET_H
#define FRIST_REMINDSET_H

#include <stddef.h>

#include "remind.h"

#define REMINDSET_PREFIX	"remind:obl:"

/* The settings as the (key, value) statement stmt gives them (each its
 * default from settings.h when the row is missing or out of range). */
void	 remindset_load(int stmt, struct remind_cfg *);
/* "remind:obl:<id>:<key>" into buf; -1 if it does not fit or key is
 * empty. */
int	 remindset_dedup(char *buf, size_t bufsz, long long obligation_id,
	    const char *key);

#endif

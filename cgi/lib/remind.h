/*
 * remind: the reminder schedule of one reporting obligation (a status
 * report or the accounts), for the mails to the grant's contact.  Pure:
 * no I/O, no clock; the caller gives today (Copenhagen) and the settings.
 *
 * The schedule, in order:
 *   remind_before   days_before[i] days before the due date ("d-14",
 *                   "d-3"), each setting 0 = none;
 *   remind_due      on the due date ("d0");
 *   remind_overdue  the day after the due date, then every overdue_every
 *                   days, at most overdue_max of them ("o1".."oN").
 * With working days only, a reminder that falls on a Saturday, Sunday or
 * public holiday (cal_holiday, not the state's extra days off) moves to
 * the previous working day if it is one before or on the due date (the
 * recipient is told in time, never later than promised), and to the next
 * working day if it is an overdue one (a reminder that the report is late
 * is never sent before the report is late).  The key keeps the nominal
 * offset, so a moved reminder has the same key.
 *
 * Catch-up: each reminder is current from its day until the day of the
 * next one in the schedule (the last one: for overdue_every days).  The
 * scheduler sends, on today, the one reminder that is current, if any,
 * with the key in its outbox dedup key ("remind:obl:<id>:<key>"): run
 * twice on a day, it finds the same key; run after days it missed, it
 * sends the missed reminder late only while no later one is due, and never
 * one whose window has passed.  Two reminders on one day (moved onto the
 * same working day) leave the earlier one an empty window: only the later
 * is sent.  Nothing once the report or accounts are received.
 */
#ifndef FRIST_REMIND_H
#define FRIST_REMIND_H

#include "cal.h"

#define REMIND_BEFORE_MAX	2	/* the settings' days-before values */
#define REMIND_OVERDUE_LIMIT	52	/* the largest overdue_max allowed */
#define REMIND_MAX		(REMIND_BEFORE_MAX + 1 + REMIND_OVERDUE_LIMIT)
#define REMIND_KEY		16	/* "d-365", "o52", a NUL; room */

enum remind_kind {
	REMIND_NONE,
	REMIND_BEFORE,		/* 'remind_before' */
	REMIND_DUE,		/* 'remind_due' */
	REMIND_OVERDUE,		/* 'remind_overdue' */
};

struct remind_cfg {
	int	 days_before[REMIND_BEFORE_MAX];	/* 1..365, 0 = none */
	int	 overdue_every;		/* days between overdue ones, >= 1 */
	int	 overdue_max;		/* 0..REMIND_OVERDUE_LIMIT */
	int	 working_days;		/* 1: move off weekends and holidays */
};

struct remind {
	enum remind_kind kind;
	cal_day		 day;		/* the day it is sent (moved) */
	cal_day		 until;		/* current until the day before this */
	char		 key[REMIND_KEY];	/* "d-14", "d0", "o1" */
};

/* The defaults of the settings: 14 and 3 days before, weekly, 4 times. */
extern const struct remind_cfg remind_defaults;

/*
 * Every reminder of an obligation due on due, in order of day (and of the
 * schedule), at most max; returns how many.  Days before are taken
 * largest first, a value twice once; out-of-range settings are clamped.
 */
size_t		 remind_list(cal_day due, const struct remind_cfg *,
		    struct remind *out, size_t max);
/*
 * The reminder to send on today (kind REMIND_NONE and key "" if none):
 * none once received, else the current one of remind_list().
 */
enum remind_kind remind_today(cal_day due, int received, cal_day today,
		    const struct remind_cfg *, struct remind *out);
/* "remind_before", "remind_due", "remind_overdue", or "" for none. */
const char	*remind_kind_name(enum remind_kind);

#endif

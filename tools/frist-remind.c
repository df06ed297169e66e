/*
 * frist-remind: the reminder scheduler.  It queues, in the outbox
 * (sql/025_outbox.sql; tools/frist-mailer sends it), the mails that fall
 * due on a day rather than on an event:
 *
 *	frist-remind -c CONFIG [--once]
 *
 * CONFIG has "key = value" lines (tools/frist-ctl writes var/etc/
 * remind.conf): db (libpq conninfo, role frist_remind, sql/031_remind.sql),
 * templates (the templates directory: templates/mail/), base_url (the
 * start of every link), interval (seconds between passes, 300) and, for
 * the tests, today (YYYY-MM-DD: the day every pass takes as today; without
 * it, the day in Copenhagen).
 *
 * A pass runs three jobs, each in one transaction (a job that fails is
 * rolled back whole and runs again at the next pass; the others go on):
 *
 *   reminders  every obligation not received whose grant has a contact
 *              e-mail: the reminder remind_today() (cgi/lib/remind.h)
 *              says is current, with the settings of the setting table
 *              (remindset.h), kind remind_before, remind_due or
 *              remind_overdue, key "remind:obl:<obligation>:<d-14|d0|o1>";
 *   whistle    every open whistleblower report: the deadline alerts
 *              alert_wb_due() says are due (cgi/lib/alerts.h), to each
 *              active staff member with the whistleblower role and an
 *              address, key "wb:<report>:<step>:<staff>" (alerts.h's key
 *              and the staff member's id, as sql/030's mails have it);
 *   digest     per active staff member with the digest on and an address:
 *              their open cases near the 155-day limit, at most one a day,
 *              key "digest:<staff>:<YYYY-MM-DD>".
 *
 * The keys make a pass idempotent: run twice on a day (or by two
 * schedulers) it queues nothing new.  A first pass on old data queues no
 * flood: an obligation gets only its current reminder (none once the last
 * window has passed), a report each alert once, a staff member one digest.
 *
 * The log has counts only, never an address, a name or a subject.
 * SIGTERM ends it between passes; --once runs one pass and exits (0 if
 * every job committed).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "alertmail.h"
#include "alerts.h"
#include "cal.h"
#include "conf.h"
#include "db.h"
#include "grant.h"
#include "log.h"
#include "outbox.h"
#include "remind.h"
#include "remindset.h"
#include "settings.h"
#include "tpl.h"
#include "util.h"

/* --- statements ---------------------------------------------------------- */

enum stmt {
	STMT_SETTINGS,
	STMT_OUTBOX_ADD,
	STMT_OBLIGS,
	STMT_WB_REPORTS,
	STMT_WB_STAFF,
	STMT_DIGEST_STAFF,
	STMT_DIGEST_CASES,
	STMT__N
};

/*
 * Obligations not received, due from $1 to $2 (the days whose reminders
 * can be current today), of grants with a contact e-mail.
 */
#define OBLIGS_SQL							\
	"SELECT o.id, o.kind, o.seq, to_char(o.due, 'YYYY-MM-DD') AS due,"	\
	" w.grant_no, w.contact_email FROM obligation o"		\
	" JOIN award w ON w.id = o.award_id"				\
	" WHERE w.contact_email <> ''"					\
	" AND o.due BETWEEN $1::date AND $2::date"			\
	" AND NOT EXISTS (SELECT 1 FROM submission s"			\
	" WHERE s.obligation_id = o.id) ORDER BY o.id"
#define OBLIGS_COLS(C, s) C(s, id) C(s, kind) C(s, seq) C(s, due)	\
	C(s, grant_no) C(s, contact_email)
DB_COLUMNS(OBLIGS);
/* Open reports with a step not done: their days only. */
#define WB_REPORTS_SQL							\
	"SELECT id, to_char(received, 'YYYY-MM-DD') AS received,"	\
	" to_char(registered, 'YYYY-MM-DD') AS registered,"		\
	" to_char(acknowledged, 'YYYY-MM-DD') AS acknowledged,"	\
	" to_char(feedback, 'YYYY-MM-DD') AS feedback"			\
	" FROM whistle_report WHERE closed IS NULL AND (registered IS NULL" \
	" OR acknowledged IS NULL OR feedback IS NULL) ORDER BY id"
#define WB_REPORTS_COLS(C, s) C(s, id) C(s, received) C(s, registered)	\
	C(s, acknowledged) C(s, feedback)
DB_COLUMNS(WB_REPORTS);
/* Who gets the whistleblower alerts (as sql/030's mails). */
#define WB_STAFF_SQL							\
	"SELECT id, email FROM staff WHERE active"			\
	" AND 'whistleblower' = ANY (roles) AND email <> '' ORDER BY id"
#define WB_STAFF_COLS(C, s) C(s, id) C(s, email)
DB_COLUMNS(WB_STAFF);
/* Who wants the digest. */
#define DIGEST_STAFF_SQL						\
	"SELECT id, name, email FROM staff WHERE active AND digest"	\
	" AND email <> '' ORDER BY id"
#define DIGEST_STAFF_COLS(C, s) C(s, id) C(s, name) C(s, email)
DB_COLUMNS(DIGEST_STAFF);
/* Staff member $1's open cases with their clocks' days (the queue's
 * pause list, "start/end,start/"). */
#define DIGEST_CASES_SQL						\
	"SELECT s.id, s.case_no, coalesce(w.grant_no, s.external_grant, '')" \
	" AS grant_no, to_char(s.received, 'YYYY-MM-DD') AS received,"	\
	" coalesce((SELECT string_agg(to_char(p.started, 'YYYY-MM-DD')"	\
	" || '/' || coalesce(to_char(p.ended, 'YYYY-MM-DD'), ''), ','"	\
	" ORDER BY p.started) FROM case_pause p"			\
	" WHERE p.submission_id = s.id), '') AS pauses"			\
	" FROM submission s LEFT JOIN award w ON w.id = s.award_id"	\
	" WHERE s.handler_id = $1 AND s.decided IS NULL ORDER BY s.id"
#define DIGEST_CASES_COLS(C, s) C(s, id) C(s, case_no) C(s, grant_no)	\
	C(s, received) C(s, pauses)
DB_COLUMNS(DIGEST_CASES);

static const struct db_stmt remind_stmts[STMT__N] = {
	[STMT_SETTINGS] = DB_STMT(SETTINGS, 0, 0),
	[STMT_OUTBOX_ADD] = DB_NOROWS(OUTBOX_ADD, OUTBOX_ADD_NPARAMS, 0),
	[STMT_OBLIGS] = DB_STMT(OBLIGS, 2, 0),
	[STMT_WB_REPORTS] = DB_STMT(WB_REPORTS, 0, 0),
	[STMT_WB_STAFF] = DB_STMT(WB_STAFF, 0, 0),
	[STMT_DIGEST_STAFF] = DB_STMT(DIGEST_STAFF, 0, 0),
	[STMT_DIGEST_CASES] = DB_STMT(DIGEST_CASES, 1, 0),
};

/* --- configuration ------------------------------------------------------- */

static struct {
	const char	*base_url;
	long		 interval;
	int		 fixed;		/* today from the config */
	cal_day		 today;
} rc;

static const char *
rc_str(const char *key, const char *def)
{
	const char	*v = conf_get(key, def);

	return v != NULL && *v == '\0' ? def : v;
}

static int
rc_setup(void)
{
	const char	*v;
	int64_t		 n;
	int		 ok = 1;

	rc.base_url = rc_str("base_url", "");
	rc.interval = 300;
	if ((v = rc_str("interval", NULL)) != NULL) {
		if (str_to_i64(v, 10, 86400, &n) == 0)
			rc.interval = (long)n;
		else
			log_warn("config: interval must be 10..86400; 300 used");
	}
	if ((v = rc_str("today", NULL)) != NULL) {
		if (cal_parse(v, &rc.today) == 0)
			rc.fixed = 1;
		else {
			log_err("config: today must be YYYY-MM-DD");
			ok = 0;
		}
	}
	if (rc_str("db", NULL) == NULL || rc_str("templates", NULL) == NULL ||
	    *rc.base_url == '\0') {
		log_err("config: db, templates and base_url are needed");
		ok = 0;
	}
	return ok ? 0 : -1;
}

/* The day of a pass: the configured one, or Copenhagen's. */
static cal_day
rc_today(void)
{
	return rc.fixed ? rc.today : cal_local_day(time(NULL), NULL);
}

/* A date column, or ALERT_NODAY when NULL or not a date. */
static cal_day
rc_day(const PGresult *res, int i, int col)
{
	cal_day	 d;

	if (db_isnull(res, i, col) || cal_parse(db_val(res, i, col), &d) == -1)
		return ALERT_NODAY;
	return d;
}

/* What a job did, for the log. */
struct rc_count {
	int	 queued;	/* new rows */
	int	 known;		/* queued by an earlier pass */
	int	 refused;	/* outbox_check said no (logged there) */
};

/*
 * Queues one mail: 0 (counted), or -1 on a database error (the job rolls
 * back).  A mail the outbox would refuse is counted and skipped, so that
 * one bad row does not hold back everyone else's.
 */
static int
rc_queue(enum mail_kind kind, const char *to, const struct alert_mail *m,
    const char *dedup, struct rc_count *n)
{
	int	 k;

	if (outbox_check(kind, to, m->subject, m->body, dedup) != 0) {
		n->refused++;
		return 0;
	}
	if ((k = outbox_add_stmt(STMT_OUTBOX_ADD, kind, to, m->subject,
	    m->body, dedup)) == -1)
		return -1;
	if (k == 1)
		n->queued++;
	else
		n->known++;
	return 0;
}

/* --- the jobs ------------------------------------------------------------ */

static enum mail_kind
rc_mail_kind(enum remind_kind k)
{
	switch (k) {
	case REMIND_BEFORE:
		return MAIL_REMIND_BEFORE;
	case REMIND_DUE:
		return MAIL_REMIND_DUE;
	default:
		return MAIL_REMIND_OVERDUE;
	}
}

/* The due days whose reminders can be current on today: the earliest
 * before-reminder (moved back over a long holiday) to the end of the last
 * overdue one's window (moved on), with a margin for the moves. */
static void
rc_window(const struct remind_cfg *c, cal_day today, cal_day *lo,
    cal_day *hi)
{
	struct remind_cfg	 d = *c;
	int			 i, before = 0;

	if (d.overdue_every < 1)
		d.overdue_every = 1;
	if (d.overdue_max < 0)
		d.overdue_max = 0;
	for (i = 0; i < REMIND_BEFORE_MAX; i++)
		if (d.days_before[i] > before)
			before = d.days_before[i];
	*hi = today + before + 14;
	*lo = today - (1 + (d.overdue_max + 1) * d.overdue_every) - 14;
}

static int
rc_job_remind(cal_day today, struct rc_count *n)
{
	struct remind_cfg	 c;
	struct remind		 r;
	struct alert_mail	 m;
	PGresult		*res = NULL;
	const char		*p[2];
	char			 lo_s[11], hi_s[11], dedup[OUTBOX_DEDUP_MAX + 1];
	cal_day			 lo, hi, due;
	int64_t			 id, seq;
	int			 i, q, err = -1;

	remindset_load(STMT_SETTINGS, &c);
	rc_window(&c, today, &lo, &hi);
	cal_format(lo, lo_s);
	cal_format(hi, hi_s);
	p[0] = lo_s;
	p[1] = hi_s;
	if ((res = db_exec(STMT_OBLIGS, p)) == NULL)
		goto out;
	for (i = 0; i < PQntuples(res); i++) {
		if (cal_parse(db_val(res, i, OBLIGS_due), &due) == -1 ||
		    str_to_i64(db_val(res, i, OBLIGS_id), 1, INT64_MAX,
		    &id) == -1)
			continue;
		if (remind_today(due, 0, today, &c, &r) == REMIND_NONE)
			continue;
		if (str_to_i64(db_val(res, i, OBLIGS_seq), 0, INT32_MAX,
		    &seq) == -1)
			seq = 0;
		if (remindset_dedup(dedup, sizeof(dedup), (long long)id,
		    r.key) == -1 || alertmail_remind(rc.base_url, r.kind,
		    strcmp(db_val(res, i, OBLIGS_kind), "accounts") == 0,
		    (int)seq, db_val(res, i, OBLIGS_grant_no), (long long)id,
		    due, today, &m) == -1) {
			log_err("remind: obligation %lld: no mail could be "
			    "made (a template?)", (long long)id);
			goto out;
		}
		q = rc_queue(rc_mail_kind(r.kind),
		    db_val(res, i, OBLIGS_contact_email), &m, dedup, n);
		alertmail_free(&m);
		if (q == -1)
			goto out;
	}
	err = 0;
out:
	PQclear(res);
	return err;
}

static int
rc_job_whistle(cal_day today, struct rc_count *n)
{
	struct alert_report	 r;
	struct alert_mail	 m;
	PGresult		*rep = NULL, *st = NULL;
	char			 key[OUTBOX_DEDUP_MAX + 1];
	char			 dedup[OUTBOX_DEDUP_MAX + 1];
	unsigned		 due;
	int64_t			 id;
	int			 i, j, k, a, err = -1, bad = 0;

	if ((rep = db_exec(STMT_WB_REPORTS, NULL)) == NULL ||
	    (st = db_exec(STMT_WB_STAFF, NULL)) == NULL)
		goto out;
	for (i = 0; i < PQntuples(rep) && !bad; i++) {
		if (str_to_i64(db_val(rep, i, WB_REPORTS_id), 1, INT64_MAX,
		    &id) == -1)
			continue;
		r.received = rc_day(rep, i, WB_REPORTS_received);
		r.registered = rc_day(rep, i, WB_REPORTS_registered);
		r.acknowledged = rc_day(rep, i, WB_REPORTS_acknowledged);
		r.feedback = rc_day(rep, i, WB_REPORTS_feedback);
		r.closed = ALERT_NODAY;		/* open ones only */
		due = alert_wb_due(&r, today);
		for (a = 0; a < AW__MAX && !bad; a++) {
			if (!(due & AW_BIT(a)))
				continue;
			if (alert_wb_dedup(key, sizeof(key), (long long)id,
			    (enum alert_wb)a) == -1 ||
			    alertmail_wb_deadline(rc.base_url, (long long)id,
			    (enum alert_wb)a, &m) == -1) {
				log_err("remind: report %lld: no alert could "
				    "be made (a template?)", (long long)id);
				bad = 1;
				break;
			}
			for (j = 0; j < PQntuples(st) && !bad; j++) {
				k = snprintf(dedup, sizeof(dedup), "%s:%s", key,
				    db_val(st, j, WB_STAFF_id));
				bad = k < 0 || (size_t)k >= sizeof(dedup) ||
				    rc_queue(MAIL_WB_DEADLINE,
				    db_val(st, j, WB_STAFF_email), &m, dedup,
				    n) == -1;
			}
			alertmail_free(&m);
		}
	}
	if (!bad)
		err = 0;
out:
	PQclear(rep);
	PQclear(st);
	return err;
}

/* Staff member row i of st: their digest, if one is due today. */
static int
rc_digest_one(const PGresult *st, int i, cal_day today, int limit,
    int stop, int workdays, struct rc_count *n)
{
	struct alert_case	*cases = NULL;
	struct grant_pause	(*pauses)[32] = NULL;
	struct alert_mail	 m;
	PGresult		*res = NULL;
	const char		*p[1] = { db_val(st, i, DIGEST_STAFF_id) };
	char			 dedup[OUTBOX_DEDUP_MAX + 1];
	size_t			 k, nc = 0, nlisted;
	int64_t			 sid, cid;
	int			 err = -1;

	if (str_to_i64(p[0], 1, INT64_MAX, &sid) == -1) {
		err = 0;
		goto out;
	}
	if ((res = db_exec(STMT_DIGEST_CASES, p)) == NULL)
		goto out;
	if (PQntuples(res) == 0) {
		err = 0;
		goto out;
	}
	cases = calloc((size_t)PQntuples(res), sizeof(*cases));
	pauses = calloc((size_t)PQntuples(res), sizeof(*pauses));
	if (cases == NULL || pauses == NULL) {
		log_err("digest: out of memory");
		goto out;
	}
	for (k = 0; k < (size_t)PQntuples(res); k++) {
		struct alert_case	*c = &cases[nc];

		if (str_to_i64(db_val(res, (int)k, DIGEST_CASES_id), 1,
		    INT64_MAX, &cid) == -1 || cal_parse(db_val(res, (int)k,
		    DIGEST_CASES_received), &c->clock.received) == -1)
			continue;
		c->id = (long long)cid;
		c->case_no = db_val(res, (int)k, DIGEST_CASES_case_no);
		c->grant_no = db_val(res, (int)k, DIGEST_CASES_grant_no);
		c->clock.decided = GRANT_NODAY;
		/* The queue's own aggregate: well formed (staff/clock.c). */
		(void)grant_pauses_parse(db_val(res, (int)k,
		    DIGEST_CASES_pauses), ",", GRANT_NODAY, GRANT_NODAY,
		    pauses[nc], 32, &c->clock.npauses);
		c->clock.pauses = pauses[nc];
		c->clock.pauses_stop_clock = stop;
		nc++;
	}
	nlisted = alert_digest_select(cases, nc, today, limit,
	    GRANT_NEAR_DAYS);
	if (!alert_digest_due(1, db_val(st, i, DIGEST_STAFF_email), nlisted,
	    today, workdays)) {
		err = 0;
		goto out;
	}
	if (alert_digest_dedup(dedup, sizeof(dedup), (long long)sid,
	    today) == -1 || alertmail_digest(rc.base_url,
	    db_val(st, i, DIGEST_STAFF_name), limit, GRANT_NEAR_DAYS, cases,
	    nlisted, &m) == -1) {
		log_err("digest: staff %lld: no mail could be made (a "
		    "template?)", (long long)sid);
		goto out;
	}
	err = rc_queue(MAIL_DIGEST, db_val(st, i, DIGEST_STAFF_email), &m,
	    dedup, n);
	alertmail_free(&m);
out:
	free(cases);
	free(pauses);
	PQclear(res);
	return err;
}

static int
rc_job_digest(cal_day today, struct rc_count *n)
{
	PGresult	*st;
	int		 i, limit, stop, workdays, err = 0;

	limit = (int)setting_get(STMT_SETTINGS, SET_CLOCK_LIMIT);
	stop = setting_get(STMT_SETTINGS, SET_CLOCK_PAUSES) != 0;
	workdays = setting_get(STMT_SETTINGS, SET_DIGEST_WORKDAYS) != 0;
	if ((st = db_exec(STMT_DIGEST_STAFF, NULL)) == NULL)
		return -1;
	for (i = 0; i < PQntuples(st) && err == 0; i++)
		err = rc_digest_one(st, i, today, limit, stop, workdays, n);
	PQclear(st);
	return err;
}

static const struct {
	const char	*name;
	int		(*run)(cal_day, struct rc_count *);
} rc_jobs[] = {
	{ "reminders", rc_job_remind },
	{ "whistle alerts", rc_job_whistle },
	{ "digests", rc_job_digest },
};

/* One pass: each job in its own transaction.  0 if all committed. */
static int
rc_pass(void)
{
	struct rc_count	 n;
	cal_day		 today = rc_today();
	char		 day[11];
	size_t		 j;
	int		 err = 0;

	cal_format(today, day);
	for (j = 0; j < sizeof(rc_jobs) / sizeof(rc_jobs[0]); j++) {
		memset(&n, 0, sizeof(n));
		if (db_begin() == -1) {
			err = -1;
			break;
		}
		if (rc_jobs[j].run(today, &n) == -1 || db_commit() == -1) {
			db_rollback();
			log_warn("%s %s: rolled back; again at the next pass",
			    day, rc_jobs[j].name);
			err = -1;
			continue;
		}
		log_info("%s %s: %d queued, %d queued before, %d refused",
		    day, rc_jobs[j].name, n.queued, n.known, n.refused);
	}
	/* The settings are read again at the next pass. */
	db_end_request();
	return err;
}

/* --- the loop ------------------------------------------------------------ */

static volatile sig_atomic_t	 rc_stop;

static void
rc_signal(int sig)
{
	(void)sig;
	rc_stop = 1;
}

static void
rc_sleep(long secs)
{
	struct timespec	 ts = { secs, 0 };

	while (!rc_stop && nanosleep(&ts, &ts) == -1 && errno == EINTR)
		continue;
}

static int
rc_loop(int once)
{
	long	 retry = 1;
	int	 err = -1;

	while (!rc_stop) {
		if (db_ensure() == -1) {
			if (once)
				break;
			log_warn("db: not connected; trying again in %ld s",
			    retry);
			rc_sleep(retry);
			retry = retry < 30 ? retry * 2 : 60;
			continue;
		}
		retry = 1;
		err = rc_pass();
		if (once)
			break;
		/* A pass that failed (the database gone?) is tried again
		 * sooner. */
		rc_sleep(err == 0 || rc.interval < 30 ? rc.interval : 30);
	}
	db_close();
	return err;
}

int
main(int argc, char *argv[])
{
	struct sigaction	 sa;
	const char		*conf = NULL;
	int			 i, once = 0, status = 1;

	log_setup("frist-remind");
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-c") == 0 && i + 1 < argc)
			conf = argv[++i];
		else if (strcmp(argv[i], "--once") == 0)
			once = 1;
		else {
			conf = NULL;	/* anything else: the usage */
			break;
		}
	}
	if (conf == NULL) {
		fprintf(stderr, "usage: frist-remind -c CONFIG [--once]\n");
		return 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = rc_signal;	/* no SA_RESTART: the sleep ends */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (conf_load(conf) == 0 && rc_setup() == 0 &&
	    tpl_init(rc_str("templates", NULL)) == 0) {
		db_setup(rc_str("db", NULL), remind_stmts, STMT__N);
		log_info("started: every %ld s%s", rc.interval,
		    rc.fixed ? ", today fixed by the config" : "");
		status = rc_loop(once) == 0 ? 0 : 1;
		tpl_shutdown();
		log_info("stopped");
	}
	return status;
}

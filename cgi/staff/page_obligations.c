/*
 * /staff/obligations/: every status report and accounts not received that
 * is due within the next grants.obligations_soon_days days or overdue,
 * per pool and grant, with the days overdue or left, the next reminder
 * (cgi/lib/remind.h), the reminders tools/frist-remind queued (how many,
 * the last one's day) and the grant's payment stop; filters by pool and
 * kind (GET, no script).  /staff/obligations.csv is the same list.
 *
 * /staff/obligations/stop?award=<id>: sets or clears a grant's payment
 * stop.  A human decides: the valid POST shows a confirmation page first
 * (confirm.c), and only "Bekræft" changes the flag, with the reason, the
 * staff member and an audit row; the form's one-time key makes a repeat
 * of that POST change nothing more.  The list suggests a stop (a button)
 * where the accounts are more than grants.payment_stop_days days overdue,
 * but never sets one by itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "csv.h"
#include "form.h"
#include "remind.h"
#include "remindset.h"
#include "staff.h"

enum { Q_POOL, Q_KIND, Q__MAX };

static const char *const kinds[] = { "status", "accounts", NULL };

static const struct valid_field filters[Q__MAX] = {
	[Q_POOL] =	{ "pool", "Pulje", VT_INT, 0, 1, INT64_MAX, NULL },
	[Q_KIND] =	{ "kind", "Type", VT_ENUM, 0, 0, 0, kinds },
};

enum { F_AWARD, F_ACTION, F_REASON, F_STEP, F_ONCE, F__MAX };

static const char *const actions[] = { "set", "clear", NULL };
enum { A_SET, A_CLEAR };

static const struct valid_field fields[F__MAX] = {
	[F_AWARD] =	{ "award", "Tilsagn", VT_INT, VF_REQUIRED, 1,
			  INT64_MAX, NULL },
	[F_ACTION] =	{ "action", "Handling", VT_ENUM, VF_REQUIRED, 0, 0,
			  actions },
	[F_REASON] =	{ "reason", "Begrundelse", VT_TEXT, VF_REQUIRED, 1,
			  2000, NULL },
	[F_STEP] =	{ "step", "Trin", VT_ENUM, 0, 0, 0, staff_steps },
	[F_ONCE] =	STAFF_ONCE_FIELD,
};

/*
 * The list for the filters in v (valid): NULL on a database error.  The
 * same rows for the page and the CSV.
 */
static PGresult *
load(struct http_req *r, const struct valid_value *v, cal_day today)
{
	const char	*p[4];
	char		 day[11];

	cal_format(today, day);
	p[0] = day;
	p[1] = arena_printf(r->ar, "%lld",
	    (long long)staff_setting(SET_OBLIG_SOON));
	p[2] = v[Q_POOL].present ? arena_printf(r->ar, "%lld",
	    (long long)v[Q_POOL].num) : NULL;
	p[3] = v[Q_KIND].present ? v[Q_KIND].str : NULL;
	return db_exec(STMT_OBLIG_LIST, p);
}

/* Days overdue (> 0), 0 on the due day, days left (< 0); 0 if unparsable. */
static int
days_over(const char *due, cal_day today)
{
	cal_day	 d;

	return cal_parse(due, &d) == 0 ? (int)(today - d) : 0;
}

/* "1 dag" / "N dage". */
static const char *
days_text(struct http_req *r, int n)
{
	return arena_printf(r->ar, "%d %s", n, n == 1 ? "dag" : "dage");
}

/* The next reminder on or after today (only those that are sent). */
static const struct remind *
next_reminder(const char *due, cal_day today, const struct remind_cfg *c,
    struct remind *all)
{
	cal_day	 d;
	size_t	 n, k;

	if (cal_parse(due, &d) == -1)
		return NULL;
	n = remind_list(d, c, all, REMIND_MAX);
	for (k = 0; k < n; k++)
		if (all[k].day >= today && all[k].day < all[k].until)
			return &all[k];
	return NULL;
}

/* Row i into its grant's section t. */
static void
fill_row(struct http_req *r, struct tpl_dict *t, const PGresult *res,
    int i, cal_day today, const struct remind_cfg *c)
{
	struct remind		 all[REMIND_MAX];
	const struct remind	*nx;
	struct tpl_dict		*o, *s;
	const char		*kind = db_val(res, i, OBLIG_LIST_kind);
	char			 buf[11];
	int			 over;

	o = tpl_section(t, "OBLIG");
	tpl_set(o, "OID", db_val(res, i, OBLIG_LIST_id));
	tpl_set(o, "KIND", strcmp(kind, "status") == 0 ? arena_printf(r->ar,
	    "Statusrapport %s", db_val(res, i, OBLIG_LIST_seq)) : "Regnskab");
	tpl_set(o, "DUE", db_val(res, i, OBLIG_LIST_due));
	over = days_over(db_val(res, i, OBLIG_LIST_due), today);
	/* In words too: the colour of the row is not enough. */
	if (over > 0)
		tpl_set(tpl_section(o, "OVER"), "DAYS", days_text(r, over));
	else if (over == 0)
		tpl_show(o, "TODAY");
	else
		tpl_set(tpl_section(o, "LEFT"), "DAYS", days_text(r, -over));
	tpl_set(o, "CLASS", over > 0 ? "over" : "near");
	if ((nx = next_reminder(db_val(res, i, OBLIG_LIST_due), today, c,
	    all)) != NULL) {
		cal_format(nx->day, buf);
		tpl_set(tpl_section(o, "NEXT"), "DAY", buf);
	} else
		tpl_show(o, "NO_NEXT");
	/* What tools/frist-remind queued (the mailer sends it). */
	if (strcmp(db_val(res, i, OBLIG_LIST_reminders), "0") != 0) {
		s = tpl_section(o, "SENT");
		tpl_set(s, "N", db_val(res, i, OBLIG_LIST_reminders));
		tpl_set(s, "LAST", db_val(res, i, OBLIG_LIST_last_reminder));
	} else
		tpl_show(o, "NONE_SENT");
}

int
page_obligations(struct http_req *r)
{
	struct valid_value	 v[Q__MAX];
	struct valid_msgbuf	 msgs[Q__MAX];
	struct remind_cfg	 c;
	struct page		 pg;
	struct tpl_dict		*d, *pool = NULL, *grant = NULL, *t;
	struct tpl_dict		*offer = NULL;	/* a grant not yet SUGGEST */
	PGresult		*pools = NULL, *res = NULL;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	const char		*pid = "", *aid = "", *sel;
	int			 i, n = 0, stop_days, over, rc = 503;

	if ((pools = db_exec(STMT_OBLIG_POOLS, NULL)) == NULL)
		goto out;
	d = page_new(r, &pg, "staff/obligations.tpl", "Frister");
	form_fill(d, filters, Q__MAX, &r->query, NULL);
	sel = kv_str(&r->query, "pool");
	for (i = 0; i < PQntuples(pools); i++) {
		t = tpl_section(d, "POOL_OPT");
		tpl_set(t, "ID", db_val(pools, i, OBLIG_POOLS_id));
		tpl_set(t, "NAME", db_val(pools, i, OBLIG_POOLS_name));
		if (sel != NULL &&
		    strcmp(sel, db_val(pools, i, OBLIG_POOLS_id)) == 0)
			tpl_show(t, "SEL");
	}
	tpl_set_int(d, "SOON", staff_setting(SET_OBLIG_SOON));
	stop_days = (int)staff_setting(SET_PAYMENT_STOP_DAYS);
	tpl_set_int(d, "STOP_DAYS", stop_days);
	if (valid_form(filters, Q__MAX, &r->query, v, msgs) > 0) {
		form_fill(d, filters, Q__MAX, &r->query, v);
		rc = page_send(r, &pg, 400);
		goto out;
	}
	tpl_set(d, "CSV_URL", arena_printf(r->ar,
	    "/staff/obligations.csv?pool=%s&kind=%s",
	    v[Q_POOL].present ? staff_urlenc(r, v[Q_POOL].str) : "",
	    v[Q_KIND].str));
	if ((res = load(r, v, today)) == NULL) {
		tpl_dict_free(pg.root);
		goto out;
	}
	remindset_load(STMT_SETTINGS, &c);
	for (i = 0; i < PQntuples(res); i++) {
		if (pool == NULL ||
		    strcmp(pid, db_val(res, i, OBLIG_LIST_pool_id)) != 0) {
			pid = db_val(res, i, OBLIG_LIST_pool_id);
			pool = tpl_section(d, "POOL");
			tpl_set(pool, "POOL_NAME",
			    db_val(res, i, OBLIG_LIST_pool_name));
			grant = NULL;
		}
		if (grant == NULL ||
		    strcmp(aid, db_val(res, i, OBLIG_LIST_award_id)) != 0) {
			if (offer != NULL)
				tpl_show(offer, "NO_SUGGEST");
			aid = db_val(res, i, OBLIG_LIST_award_id);
			grant = tpl_section(pool, "GRANT");
			tpl_set(grant, "AWARD_ID", aid);
			tpl_set(grant, "GRANT_NO",
			    db_val(res, i, OBLIG_LIST_grant_no));
			tpl_set(grant, "ORG",
			    db_val(res, i, OBLIG_LIST_org_name));
			tpl_set(grant, "TITLE",
			    db_val(res, i, OBLIG_LIST_title));
			if (strcmp(db_val(res, i, OBLIG_LIST_payment_stop),
			    "t") == 0)
				tpl_set(tpl_section(grant, "STOPPED"), "SINCE",
				    db_val(res, i, OBLIG_LIST_payment_stop_at));
			else
				tpl_show(grant, "NOT_STOPPED");
			/* A plain link to the stop page, unless suggested. */
			offer = strcmp(db_val(res, i,
			    OBLIG_LIST_payment_stop), "t") != 0 ? grant : NULL;
		}
		fill_row(r, grant, res, i, today, &c);
		/* Overdue accounts can call for a payment stop: suggested
		 * once per grant, set only by a person (the stop page). */
		over = days_over(db_val(res, i, OBLIG_LIST_due), today);
		if (strcmp(db_val(res, i, OBLIG_LIST_kind), "accounts") == 0 &&
		    over > stop_days && offer != NULL) {
			tpl_set(tpl_section(grant, "SUGGEST"), "DAYS",
			    days_text(r, over));
			offer = NULL;
		}
		n++;
	}
	if (offer != NULL)
		tpl_show(offer, "NO_SUGGEST");
	tpl_set_int(d, "COUNT", n);
	tpl_show(d, n == 0 ? "EMPTY" : "HAS_ROWS");
	rc = page_send(r, &pg, 200);
out:
	PQclear(pools);
	PQclear(res);
	return rc;
}

int
page_obligations_csv(struct http_req *r)
{
	struct valid_value	 v[Q__MAX];
	struct valid_msgbuf	 msgs[Q__MAX];
	struct csvw		 w;
	PGresult		*res = NULL;
	cal_day			 today = cal_local_day(time(NULL), NULL);
	const char		*out;
	size_t			 len;
	int			 i, rc = 503;

	if (valid_form(filters, Q__MAX, &r->query, v, msgs) > 0) {
		rc = app_error(r, 400, v[Q_POOL].err != NULL ? v[Q_POOL].err :
		    v[Q_KIND].err);
		goto out;
	}
	if ((res = load(r, v, today)) == NULL)
		goto out;
	csvw_init(&w);
	csvw_text(&w, "pool");
	csvw_text(&w, "grant_no");
	csvw_text(&w, "recipient");
	csvw_text(&w, "kind");
	csvw_text(&w, "seq");
	csvw_text(&w, "due");
	csvw_text(&w, "days_overdue");
	csvw_text(&w, "payment_stop");
	csvw_text(&w, "reminders_sent");
	csvw_text(&w, "last_reminder");
	csvw_endrow(&w);
	for (i = 0; i < PQntuples(res); i++) {
		csvw_text(&w, db_val(res, i, OBLIG_LIST_pool_name));
		csvw_text(&w, db_val(res, i, OBLIG_LIST_grant_no));
		csvw_text(&w, db_val(res, i, OBLIG_LIST_org_name));
		csvw_text(&w, db_val(res, i, OBLIG_LIST_kind));
		csvw_text(&w, db_val(res, i, OBLIG_LIST_seq));
		csvw_text(&w, db_val(res, i, OBLIG_LIST_due));
		/* Negative: days left. */
		csvw_int(&w, days_over(db_val(res, i, OBLIG_LIST_due), today));
		csvw_text(&w, strcmp(db_val(res, i, OBLIG_LIST_payment_stop),
		    "t") == 0 ? "ja" : "nej");
		csvw_int(&w, strtoll(db_val(res, i, OBLIG_LIST_reminders),
		    NULL, 10));
		csvw_text(&w, db_val(res, i, OBLIG_LIST_last_reminder));
		csvw_endrow(&w);
	}
	if ((out = csvw_done(&w, &len)) == NULL) {
		csvw_free(&w);
		rc = 500;
		goto out;
	}
	http_header(r, "Content-Disposition",
	    "attachment; filename=\"frister.csv\"");
	http_begin(r, 200, "text/csv; charset=utf-8");
	http_write(r, out, len);
	csvw_free(&w);
	rc = 0;
out:
	PQclear(res);
	return rc;
}

/* The grant's state and the form that sets (A_SET) or clears it. */
static void
fill_stop(struct http_req *r, struct tpl_dict *d, const PGresult *a,
    int action)
{
	struct tpl_dict	*s;
	const char	*due = db_val(a, 0, AWARD_STOP_GET_accounts_due);
	cal_day		 today = cal_local_day(time(NULL), NULL);

	tpl_set(d, "AWARD_ID", db_val(a, 0, AWARD_STOP_GET_id));
	tpl_set(d, "GRANT_NO", db_val(a, 0, AWARD_STOP_GET_grant_no));
	tpl_set(d, "ORG", db_val(a, 0, AWARD_STOP_GET_org_name));
	tpl_set(d, "TITLE", db_val(a, 0, AWARD_STOP_GET_title));
	if (strcmp(db_val(a, 0, AWARD_STOP_GET_payment_stop), "t") == 0) {
		s = tpl_section(d, "STOPPED");
		tpl_set(s, "SINCE",
		    db_val(a, 0, AWARD_STOP_GET_payment_stop_at));
		tpl_set(s, "BY", db_val(a, 0, AWARD_STOP_GET_payment_stop_by));
		tpl_set(s, "REASON",
		    db_val(a, 0, AWARD_STOP_GET_payment_stop_reason));
	} else
		tpl_show(d, "NOT_STOPPED");
	if (!db_isnull(a, 0, AWARD_STOP_GET_accounts_due)) {
		s = tpl_section(d, "ACCOUNTS_OVER");
		tpl_set(s, "DUE", due);
		tpl_set(s, "DAYS", days_text(r, days_over(due, today)));
	} else
		tpl_show(d, "NO_ACCOUNTS_OVER");
	tpl_show(d, action == A_SET ? "SET" : "CLEAR");
	tpl_set(d, "ACTION", actions[action]);
}

/* The grant of the award id s (digits, from the table), or NULL. */
static PGresult *
award_get(const char *s, int *rc)
{
	PGresult	*a;
	const char	*p[2];
	char		 day[11];

	cal_format(cal_local_day(time(NULL), NULL), day);
	p[0] = s;
	p[1] = day;
	if ((a = db_exec(STMT_AWARD_STOP_GET, p)) == NULL) {
		*rc = 503;
		return NULL;
	}
	if (PQntuples(a) != 1) {
		PQclear(a);
		*rc = 404;
		return NULL;
	}
	return a;
}

/* Carries out a confirmed change: 0 answered, else a status. */
static int
apply(struct http_req *r, const PGresult *a, const struct valid_value *v)
{
	char		 hash[CRYPTO_HASHHEX];
	const char	*p[4], *aid = db_val(a, 0, AWARD_STOP_GET_id);
	const char	*done;
	int		 k, n, rc = 503;

	/* The same POST after it was carried out: as the first. */
	staff_once_hash(r, "payment_stop", v[F_ONCE].str, aid, hash);
	if (staff_once_ref(r, hash) != NULL) {
		done = "&again=1";
		goto redirect;
	}
	if (db_begin() == -1)
		goto out;
	if ((k = staff_once_claim(r, "payment_stop", v[F_ONCE].str, aid, aid,
	    hash)) != 1) {
		db_rollback();
		if (k == -1)
			goto out;
		done = "&again=1";	/* by a POST just before this */
		goto redirect;
	}
	p[0] = aid;
	p[1] = v[F_ACTION].num == A_SET ? "true" : "false";
	p[2] = staff_user.id;
	p[3] = v[F_REASON].str;
	if ((n = db_count(STMT_AWARD_STOP_SET, p)) == -1)
		goto fail;
	if (n == 0) {
		/* Set or cleared by someone else meanwhile: nothing to do. */
		db_rollback();
		done = "&already=1";
		goto redirect;
	}
	if (staff_audit("award", aid, v[F_ACTION].num == A_SET ?
	    "payment_stop" : "payment_stop_clear", v[F_REASON].str) == -1 ||
	    db_commit() == -1)
		goto fail;
	done = v[F_ACTION].num == A_SET ? "&done=set" : "&done=clear";
redirect:
	http_redirect(r, arena_printf(r->ar, "/staff/obligations/stop?"
	    "award=%s%s", aid, done));
	rc = 0;
	goto out;
fail:
	db_rollback();
out:
	return rc;
}

int
page_payment_stop(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d = NULL;
	PGresult		*a = NULL;
	const char		*s;
	size_t			 errs;
	int			 stopped, rc = 400;

	if (r->method != HTTP_POST) {
		/* Only the award of the query, from the form's table. */
		if (valid_form(fields, 1, &r->query, v, msgs) > 0) {
			rc = app_error(r, 400, v[F_AWARD].err);
			goto out;
		}
		if ((a = award_get(v[F_AWARD].str, &rc)) == NULL)
			goto out;
		stopped = strcmp(db_val(a, 0, AWARD_STOP_GET_payment_stop),
		    "t") == 0;
		d = page_new(r, &pg, "staff/payment_stop.tpl", "Betalingsstop");
		fill_stop(r, d, a, stopped ? A_CLEAR : A_SET);
		tpl_set(d, "ONCE", app_once_new(r));
		if ((s = kv_str(&r->query, "done")) != NULL)
			tpl_show(d, strcmp(s, "set") == 0 ? "DONE_SET" :
			    "DONE_CLEAR");
		if (kv_str(&r->query, "again") != NULL)
			tpl_show(d, "AGAIN");
		if (kv_str(&r->query, "already") != NULL)
			tpl_show(d, "ALREADY");
		rc = page_send(r, &pg, 200);
		d = NULL;
		goto out;
	}
	errs = valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_ONCE].err != NULL) {
		rc = app_error(r, 400, STAFF_ONCE_STALE);
		goto out;
	}
	if (v[F_AWARD].err != NULL || v[F_ACTION].err != NULL) {
		/* Not from the form: hidden fields. */
		rc = app_error(r, 400, v[F_AWARD].err != NULL ?
		    v[F_AWARD].err : v[F_ACTION].err);
		goto out;
	}
	if ((a = award_get(v[F_AWARD].str, &rc)) == NULL)
		goto out;
	if (errs == 0 && v[F_STEP].present && v[F_STEP].num == STEP_CONFIRM) {
		rc = apply(r, a, v);
		goto out;
	}
	if (errs == 0 && !v[F_STEP].present) {
		d = staff_confirm(r, &pg, v[F_ACTION].num == A_SET ?
		    "Bekræft betalingsstop" :
		    "Bekræft ophævelse af betalingsstop",
		    "/staff/obligations/stop", "PAYMENT_STOP", fields, F__MAX);
		tpl_set(d, "GRANT", db_val(a, 0, AWARD_STOP_GET_grant_no));
		tpl_set(d, "ORG", db_val(a, 0, AWARD_STOP_GET_org_name));
		tpl_set(d, "REASON", v[F_REASON].str);
		tpl_show(d, v[F_ACTION].num == A_SET ? "STOP_SET" :
		    "STOP_CLEAR");
		if (v[F_ACTION].num == A_SET)
			tpl_show(d, "DANGER");
		tpl_set(d, "CONFIRM_LABEL", v[F_ACTION].num == A_SET ?
		    "Bekræft og sæt betalingsstop" :
		    "Bekræft og ophæv betalingsstop");
		rc = page_send(r, &pg, 200);
		d = NULL;
		goto out;
	}
	/* Errors, or "Fortryd": the form again, as typed. */
	d = page_new(r, &pg, "staff/payment_stop.tpl", "Betalingsstop");
	fill_stop(r, d, a, (int)v[F_ACTION].num);
	form_fill(d, fields, F_STEP, &r->form, v);
	tpl_set(d, "ONCE", v[F_ONCE].str);
	rc = page_send(r, &pg, errs > 0 ? 422 : 200);
	d = NULL;
out:
	if (d != NULL)
		tpl_dict_free(pg.root);
	PQclear(a);
	return rc;
}

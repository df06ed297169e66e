/*
 * /staff/mails: the mails frist has queued (the outbox, sql/025) that
 * this staff member may see, newest first, MAILS_ROWS a page: to,
 * subject, kind, when it was made, the delivery state in Danish, when it
 * was sent or last tried, the attempts and the last error.  Never the
 * body: the staff role cannot read it (sql/025's grants), and a mail's
 * content is the recipient's business.
 *
 * Who sees what is mailkind.h's: each kind names the role whose members
 * may list it, and administrators see every kind.  The statement takes
 * the kinds as an array parameter, so a row of another kind never leaves
 * the database.  A user who may list no kind gets 403, and has no link in
 * the navigation (staff_mails_visible()).
 *
 * The filters (kind, state) and the page (?side=N) are GET, without
 * script.  Every parameter is checked against one table, whose kinds are
 * the user's own: a bad value gets a 400 page with the filter form, which
 * says what was wrong.  A page past the last shows the last.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "mailkind.h"
#include "staff.h"
#include "valid.h"

#define MAILS_ROWS	50

enum { Q_KIND, Q_STATE, Q_SIDE, Q__MAX };

#define STATE_CODE(id, code, label)	code,
static const char *const states[] = { MAIL_STATES(STATE_CODE) NULL };

/* Q_KIND's choices are the user's kinds (filled in per request). */
static const struct valid_field filters[Q__MAX] = {
	[Q_KIND] =	{ "kind", "Type", VT_ENUM, 0, 0, 0, NULL },
	[Q_STATE] =	{ "state", "Status", VT_ENUM, 0, 0, 0, states },
	[Q_SIDE] =	{ "side", "Side", VT_INT, 0, 1, 100000, NULL },
};

/* The codes of the kinds this user may list, NULL-terminated; how many. */
static size_t
my_kinds(const char *codes[MAIL_KIND__N + 1])
{
	size_t	 i, n = 0;

	for (i = 0; i < MAIL_KIND__N; i++)
		if (mailkind_visible((enum mail_kind)i, staff_has_role))
			codes[n++] = mailkind_code((enum mail_kind)i);
	codes[n] = NULL;
	return n;
}

int
staff_mails_visible(void)
{
	const char	*codes[MAIL_KIND__N + 1];

	return my_kinds(codes) > 0;
}

/* codes as a PostgreSQL text array ("{receipt,wb_new}"): the codes are
 * mailkind.h's identifiers, which need no quoting. */
static const char *
kinds_array(struct http_req *r, const char *const *codes)
{
	const char	*s = "";
	size_t		 i;

	for (i = 0; codes[i] != NULL; i++)
		s = arena_printf(r->ar, "%s%s%s", s, i > 0 ? "," : "",
		    codes[i]);
	return arena_printf(r->ar, "{%s}", s);
}

/* The same list with the same filters (values from the lists above). */
static const char *
query_url(struct http_req *r, const struct valid_value *v, long side)
{
	return arena_printf(r->ar, "/staff/mails?kind=%s&state=%s&side=%ld",
	    v[Q_KIND].str, v[Q_STATE].str, side);
}

/* The filter form's options: the user's kinds and the states, each
 * marked when it is the one chosen (sel, "" for all). */
static void
fill_options(struct tpl_dict *d, const char *const *codes, const char *kind,
    const char *state)
{
	struct tpl_dict	*t;
	size_t		 i;

	for (i = 0; codes[i] != NULL; i++) {
		t = tpl_section(d, "KIND_OPT");
		tpl_set(t, "CODE", codes[i]);
		tpl_set(t, "LABEL", mailkind_label(codes[i]));
		if (strcmp(codes[i], kind) == 0)
			tpl_show(t, "SEL");
	}
	for (i = 0; states[i] != NULL; i++) {
		t = tpl_section(d, "STATE_OPT");
		tpl_set(t, "CODE", states[i]);
		tpl_set(t, "LABEL", mailstate_label(states[i]));
		if (strcmp(states[i], state) == 0)
			tpl_show(t, "SEL");
	}
}

/* Row i of STMT_MAILS_LIST into the dictionary. */
static void
fill_row(struct tpl_dict *d, const PGresult *res, int i)
{
	struct tpl_dict	*t;
	const char	*kind = db_val(res, i, MAILS_LIST_kind);
	const char	*state = db_val(res, i, MAILS_LIST_state);
	const char	*s;

	t = tpl_section(d, "MAIL");
	tpl_set(t, "ID", db_val(res, i, MAILS_LIST_id));
	tpl_set(t, "TO", db_val(res, i, MAILS_LIST_to_addr));
	tpl_set(t, "SUBJECT", db_val(res, i, MAILS_LIST_subject));
	tpl_set(t, "KIND", (s = mailkind_label(kind)) != NULL ? s : kind);
	tpl_set(t, "CREATED", db_val(res, i, MAILS_LIST_created));
	tpl_set(t, "STATE_CODE", state);
	tpl_set(t, "STATE", (s = mailstate_label(state)) != NULL ? s : state);
	tpl_set(t, "ATTEMPTS", db_val(res, i, MAILS_LIST_attempts));
	if (*(s = db_val(res, i, MAILS_LIST_tried)) != '\0')
		tpl_set(tpl_section(t, "TRIED"), "AT", s);
	else
		tpl_show(t, "NOT_TRIED");
	/* A row waiting: for its next try, or (never tried) for its time,
	 * such as a whistleblower mail's next full hour. */
	if (*(s = db_val(res, i, MAILS_LIST_next_at)) != '\0')
		tpl_set(tpl_section(t, strcmp(db_val(res, i,
		    MAILS_LIST_attempts), "0") != 0 ? "RETRY" : "WAIT"),
		    "AT", s);
	if (*(s = db_val(res, i, MAILS_LIST_last_error)) != '\0')
		tpl_set(tpl_section(t, "ERROR"), "TEXT", s);
	/* Failed red, waiting for a retry yellow; the state says it in
	 * words too. */
	tpl_set(t, "CLASS", strcmp(state, mailstate_code(MAIL_FAILED)) == 0 ?
	    "over" : strcmp(state, mailstate_code(MAIL_QUEUED)) == 0 &&
	    strcmp(db_val(res, i, MAILS_LIST_attempts), "0") != 0 ? "near" :
	    "");
}

int
page_mails(struct http_req *r)
{
	struct valid_field	 f[Q__MAX];
	struct valid_value	 v[Q__MAX];
	struct valid_msgbuf	 msgs[Q__MAX];
	struct page		 pg;
	struct tpl_dict		*d;
	const char		*codes[MAIL_KIND__N + 1], *p[5];
	PGresult		*cnt = NULL, *res = NULL;
	char			 rows[16], off[24];
	long			 n, side, sides;
	int			 i, rc = 503;

	if (my_kinds(codes) == 0) {
		rc = app_error(r, 403, "Du har ikke adgang til listen over "
		    "mails. Kontakt din administrator.");
		goto out;
	}
	/* One table, whose kinds are this user's. */
	memcpy(f, filters, sizeof(f));
	f[Q_KIND].choices = codes;
	d = page_new(r, &pg, "staff/mails.tpl", "Udgående mails");
	if (staff_has_role(MAILKIND_ADMIN))
		tpl_show(d, "ALL_KINDS");
	else
		tpl_show(d, "ROLE_KINDS");
	if (valid_form(f, Q__MAX, &r->query, v, msgs) > 0) {
		form_fill(d, f, Q__MAX, &r->query, v);
		fill_options(d, codes, v[Q_KIND].err == NULL ? v[Q_KIND].str :
		    "", v[Q_STATE].err == NULL ? v[Q_STATE].str : "");
		rc = page_send(r, &pg, 400);
		goto out;
	}
	form_fill(d, f, Q__MAX, &r->query, v);
	fill_options(d, codes, v[Q_KIND].str, v[Q_STATE].str);
	side = v[Q_SIDE].present ? (long)v[Q_SIDE].num : 1;
	p[0] = kinds_array(r, codes);
	p[1] = v[Q_KIND].present ? v[Q_KIND].str : NULL;
	p[2] = v[Q_STATE].present ? v[Q_STATE].str : NULL;
	if ((cnt = db_exec(STMT_MAILS_COUNT, p)) == NULL ||
	    PQntuples(cnt) != 1) {
		tpl_dict_free(pg.root);
		goto out;
	}
	n = strtol(db_val(cnt, 0, MAILS_COUNT_n), NULL, 10);
	sides = n > 0 ? (n + MAILS_ROWS - 1) / MAILS_ROWS : 1;
	if (side > sides)
		side = sides;
	snprintf(rows, sizeof(rows), "%d", MAILS_ROWS);
	snprintf(off, sizeof(off), "%ld", (side - 1) * MAILS_ROWS);
	p[3] = rows;
	p[4] = off;
	if ((res = db_exec(STMT_MAILS_LIST, p)) == NULL) {
		tpl_dict_free(pg.root);
		goto out;
	}
	tpl_show(d, "RESULT");
	for (i = 0; i < PQntuples(res); i++)
		fill_row(d, res, i);
	tpl_setf(d, "COUNT", "%ld", n);
	tpl_show(d, n == 1 ? "COUNT_ONE" : "COUNT_MANY");
	tpl_setf(d, "SIDE", "%ld", side);
	tpl_setf(d, "SIDES", "%ld", sides);
	staff_pager(r, d, query_url, v, side, sides);
	tpl_show(d, PQntuples(res) == 0 ? "EMPTY" : "HAS_MAILS");
	rc = page_send(r, &pg, 200);
out:
	PQclear(cnt);
	PQclear(res);
	return rc;
}

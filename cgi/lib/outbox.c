/*
 * outbox: queueing a mail (see outbox.h).
 */
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "mailmsg.h"
#include "outbox.h"

int
outbox_check(enum mail_kind kind, const char *to, const char *subject,
    const char *body, const char *dedup)
{
	int	 ok;

	ok = mailkind_code(kind) != NULL && mailmsg_addr_ok(to) &&
	    subject != NULL && strlen(subject) <= MAILMSG_SUBJECT_MAX &&
	    mailmsg_text_ok(subject) && body != NULL &&
	    strlen(body) <= MAILMSG_BODY_MAX &&
	    (dedup == NULL || (*dedup != '\0' &&
	    strlen(dedup) <= OUTBOX_DEDUP_MAX && mailmsg_text_ok(dedup)));
	/* The body's own rules (UTF-8, line ends) are mailmsg_build's. */
	if (ok) {
		struct mailmsg	 m = { "check@frist.invalid", NULL, to, subject,
		    body, 0, "0000000000000000" };
		char		*out, msgid[MAILMSG_MSGID_MAX];
		size_t		 n;

		ok = mailmsg_build(&m, &out, &n, msgid) == MAILMSG_OK;
		free(out);
	}
	return ok ? 0 : -1;
}

/* The statement's parameters, after outbox_check (a refusal is logged
 * with the kind alone). */
static int
ob_params(const char *params[OUTBOX_ADD_NPARAMS], enum mail_kind kind,
    const char *to, const char *subject, const char *body, const char *dedup)
{
	int	 rc = outbox_check(kind, to, subject, body, dedup);

	if (rc != 0)
		log_warn("outbox: a %s mail refused before queueing",
		    mailkind_code(kind) ? mailkind_code(kind) : "?");
	params[0] = mailkind_code(kind);
	params[1] = to;
	params[2] = subject;
	params[3] = body;
	params[4] = dedup;
	return rc;
}

int
outbox_add(PGconn *conn, enum mail_kind kind, const char *to,
    const char *subject, const char *body, const char *dedup)
{
	const char	*params[OUTBOX_ADD_NPARAMS], *state;
	PGresult	*res;
	int		 rc = -1;

	if (ob_params(params, kind, to, subject, body, dedup) == 0) {
		res = PQexecParams(conn, OUTBOX_ADD_SQL, OUTBOX_ADD_NPARAMS,
		    NULL, params, NULL, NULL, 0);
		if (PQresultStatus(res) == PGRES_COMMAND_OK)
			rc = strcmp(PQcmdTuples(res), "1") == 0;
		else {
			state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
			log_err("outbox: insert failed (%s)", state ? state : "-");
		}
		PQclear(res);
	}
	return rc;
}

int
outbox_add_stmt(int stmt, enum mail_kind kind, const char *to,
    const char *subject, const char *body, const char *dedup)
{
	const char	*params[OUTBOX_ADD_NPARAMS];
	int		 n = -1;

	if (ob_params(params, kind, to, subject, body, dedup) == 0)
		n = db_count(stmt, params);
	return n < 0 ? -1 : n > 0;
}

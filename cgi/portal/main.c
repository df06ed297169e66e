/*
 * portal: the public grant portal.  Connects as frist_portal, which may
 * read published pools, write applications and reports, and nothing of
 * the whistleblower channel or the staff's accounts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "outbox.h"
#include "portal.h"
#include "versions.h"
#include "xmlio.h"

/* The SQL and the column names are in sql.h. */
static const struct db_stmt stmts[STMT__MAX] = {
	[STMT_POOL_LIST] =	DB_STMT(POOL_LIST, 0, DB_IDEMPOTENT),
	[STMT_POOL_GET] =	DB_STMT(POOL_GET, 1, DB_IDEMPOTENT | DB_READ),
	[STMT_POOL_FEED] =	DB_STMT(POOL_FEED, 0, DB_IDEMPOTENT | DB_READ),
	[STMT_SETTINGS] =	DB_STMT(SETTINGS, 0, DB_IDEMPOTENT),
	[STMT_APP_CREATE] =	DB_STMT(APP_CREATE, 3, 0),
	[STMT_APP_GET] =	DB_STMT(APP_GET, 1, DB_IDEMPOTENT),
	[STMT_APP_SAVE] =	DB_NOROWS(APP_SAVE, 11, 0),
	[STMT_APP_SUBMIT] =	DB_STMT(APP_SUBMIT, 1, 0),
	[STMT_APP_BUDGET_DEL] =	DB_NOROWS(APP_BUDGET_DEL, 1, 0),
	[STMT_APP_BUDGET_ADD] =	DB_NOROWS(APP_BUDGET_ADD, 4, 0),
	[STMT_APP_BUDGET_GET] =	DB_STMT(APP_BUDGET_GET, 1, DB_IDEMPOTENT),
	[STMT_APP_BY_DRAFT] =	DB_STMT_AS(APP_BY_DRAFT, LOGIN, 1,
				    DB_IDEMPOTENT),
	[STMT_ASESS_GET] =	DB_STMT_AS(ASESS_GET, PORTAL_SESS, 1,
				    DB_IDEMPOTENT),
	[STMT_ASESS_NEW] =	DB_NOROWS(ASESS_NEW, 2, 0),
	[STMT_ASESS_DEL] =	DB_NOROWS(ASESS_DEL, 1, 0),
	[STMT_ASESS_PURGE] =	DB_NOROWS(ASESS_PURGE, 0, 0),
	[STMT_ASESS_TOUCH] =	DB_NOROWS(ASESS_TOUCH, 1, DB_IDEMPOTENT),
	[STMT_ATT_ADD_APP] =	DB_STMT_AS(ATT_ADD_APP, ATT_ADD, 6, 0),
	[STMT_ATT_ADD_SUB] =	DB_STMT_AS(ATT_ADD_SUB, ATT_ADD, 6, 0),
	[STMT_ATT_LIST_APP] =	DB_STMT_AS(ATT_LIST_APP, ATTACH_LIST, 1,
				    DB_IDEMPOTENT),
	[STMT_ATT_LIST_SUB] =	DB_STMT_AS(ATT_LIST_SUB, ATTACH_LIST, 1,
				    DB_IDEMPOTENT),
	[STMT_ATT_GET_APP] =	DB_STMT_AS(ATT_GET_APP, ATTACH_GET, 2,
				    DB_IDEMPOTENT),
	[STMT_ATT_GET_SUB] =	DB_STMT_AS(ATT_GET_SUB, ATTACH_GET, 2,
				    DB_IDEMPOTENT),
	[STMT_RCPT_LOOKUP] =	DB_STMT_AS(RCPT_LOOKUP, LOGIN, 1,
				    DB_IDEMPOTENT),
	[STMT_RSESS_GET] =	DB_STMT_AS(RSESS_GET, PORTAL_SESS, 1,
				    DB_IDEMPOTENT),
	[STMT_RSESS_NEW] =	DB_NOROWS(RSESS_NEW, 2, 0),
	[STMT_RSESS_DEL] =	DB_NOROWS(RSESS_DEL, 1, 0),
	[STMT_RSESS_PURGE] =	DB_NOROWS(RSESS_PURGE, 0, 0),
	[STMT_RSESS_TOUCH] =	DB_NOROWS(RSESS_TOUCH, 1, DB_IDEMPOTENT),
	[STMT_AWARD_GET] =	DB_STMT(AWARD_GET, 1, DB_IDEMPOTENT),
	[STMT_AWARD_BUDGET] =	DB_STMT(AWARD_BUDGET, 1, DB_IDEMPOTENT),
	[STMT_AWARD_CONTACT_SET] = DB_NOROWS(AWARD_CONTACT_SET, 2,
				    DB_IDEMPOTENT),
	[STMT_OBLIG_LIST] =	DB_STMT(OBLIG_LIST, 1, DB_IDEMPOTENT),
	[STMT_OBLIG_GET] =	DB_STMT(OBLIG_GET, 2, DB_IDEMPOTENT),
	[STMT_SUB_CREATE] =	DB_STMT_AS(SUB_CREATE, SUB_STORED, 6, 0),
	[STMT_SUB_RESUBMIT] =	DB_STMT_AS(SUB_RESUBMIT, SUB_STORED, 6, 0),
	[STMT_SUB_GET] =	DB_STMT(SUB_GET, 2, DB_IDEMPOTENT),
	[STMT_SUB_EVENTS] =	DB_STMT(SUB_EVENTS, 1, DB_IDEMPOTENT),
	[STMT_PAUSE_END] =	DB_NOROWS(PAUSE_END, 1, 0),
	[STMT_EVENT_ADD] =	DB_NOROWS(EVENT_ADD, 3, 0),
	[STMT_ACCL_DEL] =	DB_NOROWS(ACCL_DEL, 1, 0),
	[STMT_ACCL_ADD] =	DB_NOROWS(ACCL_ADD, 6, 0),
	[STMT_ACCL_GET] =	DB_STMT(ACCL_GET, 1, DB_IDEMPOTENT),
	[STMT_ONCE_CLAIM] =	DB_STMT(ONCE_CLAIM, 1, 0),
	[STMT_ONCE_GET] =	DB_STMT(ONCE_GET, 1, DB_IDEMPOTENT),
	[STMT_ONCE_SET] =	DB_NOROWS(ONCE_SET, 3, 0),
	[STMT_SUB_RETURNED] =	DB_STMT(SUB_RETURNED, 1, DB_IDEMPOTENT),
	[STMT_SUB_FILES_CUR] =	DB_STMT_AS(SUB_FILES_CUR, ATTACH_LIST, 1,
				    DB_IDEMPOTENT),
	[STMT_VER_LEGACY] =	DB_STMT(VER_LEGACY, 1, 0),
	[STMT_VER_SNAPSHOT] =	DB_STMT(VER_SNAPSHOT, 2, 0),
	[STMT_OUTBOX_ADD] =	DB_NOROWS(OUTBOX_ADD, OUTBOX_ADD_NPARAMS, 0),
	[STMT_VER_LIST] =	DB_STMT(VER_LIST, 1, DB_IDEMPOTENT),
	[STMT_VER_LINES] =	DB_STMT(VER_LINES, 1, DB_IDEMPOTENT),
	[STMT_VER_FILES] =	DB_STMT(VER_FILES, 1, DB_IDEMPOTENT),
};

const struct session_def applicant_session = {
	.cookie = "frist_draft",
	.path = "/grants/",
	.max_age = 12 * 3600,
	.get = STMT_ASESS_GET,
	.create = STMT_ASESS_NEW,
	.destroy = STMT_ASESS_DEL,
	.touch = STMT_ASESS_TOUCH,
	.due = PORTAL_SESS_due,
};

const struct session_def recipient_session = {
	.cookie = "frist_grant",
	.path = "/grants/",
	.max_age = 8 * 3600,
	.get = STMT_RSESS_GET,
	.create = STMT_RSESS_NEW,
	.destroy = STMT_RSESS_DEL,
	.touch = STMT_RSESS_TOUCH,
	.due = PORTAL_SESS_due,
};

const char	*portal_application;
const char	*portal_award;

#include "routes.h"

static const struct route routes[] = {
	PORTAL_ROUTES(APP_ROUTE)
};

/*
 * Loads the applicant's or the recipient's session for the routes that
 * use one; R_SESSION routes without one go to the matching login page.
 */
static int
portal_before(struct http_req *r, const struct route *rt)
{
	const struct session_def *s;
	const char	**who;
	PGresult	*res;
	const char	*hash;
	int		 dberr;

	portal_application = portal_award = NULL;
	if (rt->flags & R_APPLICANT) {
		s = &applicant_session;
		who = &portal_application;
	} else if (rt->flags & R_RECIPIENT) {
		s = &recipient_session;
		who = &portal_award;
	} else
		return 0;
	res = session_get(r, s, &hash, &dberr);
	if (dberr)
		return 503;
	if (res != NULL) {
		*who = arena_strdup(r->ar, db_val(res, 0, PORTAL_SESS_subject));
		PQclear(res);
		/*
		 * Forms that need no session (a new application, the login)
		 * are not bound to one: their POST makes a new session, and a
		 * repeat of it (reload, back and send) must still pass.
		 */
		if (rt->flags & R_SESSION)
			app_csrf_bind(hash);
		return 0;
	}
	if (!(rt->flags & R_SESSION))
		return 0;
	if (r->method == HTTP_POST)
		return 403;
	http_redirect(r, (rt->flags & R_APPLICANT) ? "/grants/resume" :
	    "/grants/login");
	return -1;
}

/* The accounts schema is compiled once, before the workers fork, and
 * the logins' shared throttle table is made. */
static int
portal_init(void)
{
	char	 path[1024];

	if (login_init() == -1)
		return -1;
	snprintf(path, sizeof(path), "%s/regnskab.xsd",
	    app_cfg("schemas", "etc/schemas"));
	return xmlio_init(path);
}

static const struct app portal = {
	.init = portal_init,
	.name = "portal",
	.nav = "NAV_PORTAL",
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.stmts = stmts,
	.nstmts = STMT__MAX,
	.before = portal_before,
	.csrf_max_age = 12 * 3600,
	.langs = 1,
	.sandbox = 1,
};

int
main(int argc, char *argv[])
{
	db_listen("LISTEN pool_changed");	/* see pool_list() */
	return app_main(argc, argv, &portal);
}

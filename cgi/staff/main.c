/*
 * staff: the agency's application.  Connects as frist_staff.  Every route
 * but the login page needs a live session; sessions expire after 30
 * minutes idle and 10 hours in all.
 */
#include <stdlib.h>
#include <string.h>

#include "outbox.h"
#include "staff.h"
#include "versions.h"

static const struct db_stmt stmts[STMT__MAX] = {
	[STMT_LOGIN_LOOKUP] =	DB_STMT_AS(STAFF_LOOKUP, LOGIN, 1, DB_IDEMPOTENT),
	[STMT_LOGIN_OK] =	DB_NOROWS(STAFF_OK, 1, 0),
	[STMT_SESSION_GET] =	DB_STMT(SESSION_GET, 1, DB_IDEMPOTENT),
	[STMT_SESSION_NEW] =	DB_NOROWS(SESSION_NEW, 2, 0),
	[STMT_SESSION_DEL] =	DB_NOROWS(SESSION_DEL, 1, 0),
	[STMT_SESSION_PURGE] =	DB_NOROWS(SESSION_PURGE, 0, 0),
	[STMT_SESSION_TOUCH] =	DB_NOROWS(SESSION_TOUCH, 1, DB_IDEMPOTENT),
	[STMT_HOME_COUNTS] =	DB_STMT(HOME_COUNTS, 0, DB_IDEMPOTENT),
	[STMT_SETTINGS] =	DB_STMT(SETTINGS, 0, DB_IDEMPOTENT),
	[STMT_AUDIT_ADD] =	DB_NOROWS(AUDIT_ADD, 5, 0),
	[STMT_POOLS_PROGRESS] =	DB_STMT(POOLS_PROGRESS, 0, DB_IDEMPOTENT),
	[STMT_POOL_GET] =	DB_STMT(POOL_GET, 1, DB_IDEMPOTENT),
	[STMT_POOL_INSERT] =	DB_STMT(POOL_INSERT, 11, 0),
	[STMT_POOL_UPDATE] =	DB_NOROWS(POOL_UPDATE, 12, 0),
	[STMT_APPS_BY_POOL] =	DB_STMT(APPS_BY_POOL, 1, DB_IDEMPOTENT),
	[STMT_APP_GET] =	DB_STMT(APP_GET, 1, DB_IDEMPOTENT),
	[STMT_APP_BUDGET] =	DB_STMT(APP_BUDGET, 1, DB_IDEMPOTENT),
	[STMT_APP_FILES] =	DB_STMT_AS(APP_FILES, ATTACH_LIST, 1,
				    DB_IDEMPOTENT),
	[STMT_APP_REJECT] =	DB_STMT(APP_REJECT, 3, 0),
	[STMT_APP_AWARDED] =	DB_STMT(APP_AWARDED, 2, 0),
	[STMT_AWARD_INSERT] =	DB_STMT(AWARD_INSERT, 9, 0),
	[STMT_AWARD_BUDGET_COPY] = DB_NOROWS(AWARD_BUDGET_COPY, 2, 0),
	[STMT_OBLIG_ADD] =	DB_NOROWS(OBLIG_ADD, 4, 0),
	[STMT_AWARD_BY_APP] =	DB_STMT(AWARD_BY_APP, 1, DB_IDEMPOTENT),
	[STMT_QUEUE_COUNT] =	DB_STMT(QUEUE_COUNT, 9, DB_IDEMPOTENT),
	[STMT_QUEUE] =		DB_STMT(QUEUE, 11, DB_IDEMPOTENT),
	[STMT_CASE_GET] =	DB_STMT(CASE_GET, 1, DB_IDEMPOTENT),
	[STMT_CASE_EVENTS] =	DB_STMT(CASE_EVENTS, 1, DB_IDEMPOTENT),
	[STMT_CASE_LINES] =	DB_STMT(CASE_LINES, 1, DB_IDEMPOTENT),
	[STMT_CASE_FILES] =	DB_STMT_AS(CASE_FILES, ATTACH_LIST, 1,
				    DB_IDEMPOTENT),
	[STMT_CASE_TAKE] =	DB_STMT(CASE_TAKE, 2, 0),
	[STMT_CASE_RETURN] =	DB_STMT(CASE_RETURN, 1, 0),
	[STMT_CASE_PAUSE] =	DB_NOROWS(CASE_PAUSE, 1, 0),
	[STMT_CASE_DECIDE] =	DB_STMT(CASE_DECIDE, 3, 0),
	[STMT_CASE_REPAY] =	DB_STMT(CASE_REPAY, 2, 0),
	[STMT_CASE_EVENT] =	DB_NOROWS(CASE_EVENT, 5, 0),
	[STMT_OUTBOX_ADD] =	DB_NOROWS(OUTBOX_ADD, OUTBOX_ADD_NPARAMS, 0),
	[STMT_FILE_GET] =	DB_STMT_AS(FILE_GET, ATTACH_GET, 1,
				    DB_IDEMPOTENT),
	[STMT_POOL_PHASES] =	DB_STMT(POOL_PHASES, 0, DB_IDEMPOTENT),
	[STMT_ONCE_CLAIM] =	DB_STMT(ONCE_CLAIM, 4, 0),
	[STMT_ONCE_GET] =	DB_STMT(ONCE_GET, 1, DB_IDEMPOTENT),
	[STMT_ONCE_SET] =	DB_NOROWS(ONCE_SET, 2, 0),
	[STMT_IMPORT_BATCH_ADD] = DB_STMT(IMPORT_BATCH_ADD, 4, 0),
	[STMT_IMPORT_BATCH_FILE] = DB_STMT(IMPORT_BATCH_FILE, 1,
				    DB_IDEMPOTENT),
	[STMT_IMPORT_BATCH_GET] = DB_STMT(IMPORT_BATCH_GET, 1, DB_IDEMPOTENT),
	[STMT_IMPORT_SUB] =	DB_STMT(IMPORT_SUB, 6, 0),
	[STMT_IMPORT_PAUSE] =	DB_NOROWS(IMPORT_PAUSE, 3, 0),
	/* The versions of a case as they were sent (sql/006). */
	DB_STMT(VER_LIST, 1, DB_IDEMPOTENT),	/* STMT_CASE_VERSIONS */
	DB_STMT(VER_LINES, 1, DB_IDEMPOTENT),	/* STMT_CASE_VERSION_LINES */
	DB_STMT(VER_FILES, 1, DB_IDEMPOTENT),	/* STMT_CASE_VERSION_FILES */
	/* Whistleblower reports (sql_whistle.h). */
	[STMT_WB_PURGE] =	DB_STMT(WB_PURGE, 0, DB_IDEMPOTENT),
	[STMT_WB_QUEUE] =	DB_STMT_AS(WB_QUEUE, WB_LIST, 0, DB_IDEMPOTENT),
	[STMT_WB_CLOSED] =	DB_STMT_AS(WB_CLOSED, WB_LIST, 0, DB_IDEMPOTENT),
	[STMT_WB_GET] =		DB_STMT(WB_GET, 1, DB_IDEMPOTENT),
	[STMT_WB_CAUSES] =	DB_STMT(WB_CAUSES, 0, DB_IDEMPOTENT),
	[STMT_WB_MESSAGES] =	DB_STMT(WB_MESSAGES, 1, DB_IDEMPOTENT),
	[STMT_WB_FILES] =	DB_STMT(WB_FILES, 1, DB_IDEMPOTENT),
	[STMT_WB_FILE_GET] =	DB_STMT(WB_FILE_GET, 1, DB_IDEMPOTENT),
	[STMT_WB_AUDIT] =	DB_NOROWS(WB_AUDIT, 4, 0),
	[STMT_WB_REGISTER] =	DB_STMT(WB_REGISTER, 6, 0),
	[STMT_WB_MESSAGE_ADD] =	DB_STMT(WB_MESSAGE_ADD, 4, 0),
	[STMT_WB_ANSWERED] =	DB_STMT(WB_ANSWERED, 3, 0),
	[STMT_WB_CLOSE] =	DB_STMT(WB_CLOSE, 2, 0),
	[STMT_WB_STATS] =	DB_STMT(WB_STATS, 1, DB_IDEMPOTENT),
	[STMT_WB_HOME] =		DB_STMT(WB_HOME, 0, DB_IDEMPOTENT),
	[STMT_WB_CAUSE_LIST] =	DB_STMT(WB_CAUSE_LIST, 0, DB_IDEMPOTENT),
	[STMT_WB_CAUSE_ADD] =	DB_STMT(WB_CAUSE_ADD, 2, 0),
	[STMT_WB_CAUSE_SET] =	DB_STMT(WB_CAUSE_SET, 4, 0),
	[STMT_WB_ONCE_SEEN] =	DB_STMT(WB_ONCE_SEEN, 1, DB_IDEMPOTENT),
	[STMT_WB_ONCE_ADD] =	DB_STMT(WB_ONCE_ADD, 2, 0),
	[STMT_SETTING_SET] =	DB_STMT(SETTING_SET, 2, 0),
	[STMT_PROFILE_GET] =	DB_STMT(PROFILE_GET, 1, DB_IDEMPOTENT),
	[STMT_PROFILE_SET] =	DB_STMT(PROFILE_SET, 3, 0),
	/* The list of mails (sql_mails.h). */
	[STMT_MAILS_COUNT] =	DB_STMT(MAILS_COUNT, 3, DB_IDEMPOTENT | DB_READ),
	[STMT_MAILS_LIST] =	DB_STMT(MAILS_LIST, 5, DB_IDEMPOTENT | DB_READ),
	/* The goals (sql_goals.h). */
	[STMT_GOAL_LIST] =	DB_STMT(GOAL_LIST, 0, DB_IDEMPOTENT | DB_READ),
	[STMT_GOAL_SUBS] =	DB_STMT_AS(GOAL_SUBS, GOAL_CASE, 6,
				    DB_IDEMPOTENT | DB_READ),
	[STMT_GOAL_APPS] =	DB_STMT_AS(GOAL_APPS, GOAL_CASE, 4,
				    DB_IDEMPOTENT | DB_READ),
	[STMT_GOAL_WB] =	DB_STMT_AS(GOAL_WB, GOAL_CASE, 3,
				    DB_IDEMPOTENT | DB_READ),
	[STMT_GOAL_HANDLERS] =	DB_STMT(GOAL_HANDLERS, 0,
				    DB_IDEMPOTENT | DB_READ),
	[STMT_GOAL_POOLS] =	DB_STMT(GOAL_POOLS, 0,
				    DB_IDEMPOTENT | DB_READ),
	[STMT_GOAL_BY_CODE] =	DB_STMT(GOAL_BY_CODE, 1, DB_IDEMPOTENT),
	[STMT_GOAL_VERSIONS] =	DB_STMT(GOAL_VERSIONS, 1, DB_IDEMPOTENT),
	[STMT_GOAL_VERSION_ADD] = DB_STMT(GOAL_VERSION_ADD, 8, 0),
	[STMT_GOAL_ALL] =	DB_STMT(GOAL_ALL, 0, DB_IDEMPOTENT),
	[STMT_GOAL_NEW] =	DB_STMT(GOAL_NEW, 4, 0),
	[STMT_GOAL_SET] =	DB_STMT(GOAL_SET, 4, 0),
	/* The results plan (sql_plan.h). */
	[STMT_PLAN_LIST] =	DB_STMT(PLAN_LIST, 0, DB_IDEMPOTENT | DB_READ),
	[STMT_PLAN_GET] =	DB_STMT(PLAN_GET, 1, DB_IDEMPOTENT),
	[STMT_PLAN_SUBS] =	DB_STMT(PLAN_SUBS, 1, DB_IDEMPOTENT),
	[STMT_PLAN_RESULTS] =	DB_STMT(PLAN_RESULTS, 1, DB_IDEMPOTENT),
	[STMT_PLAN_VERDICTS] =	DB_STMT(PLAN_VERDICTS, 1, DB_IDEMPOTENT),
	[STMT_PLAN_FOLLOWUPS] =	DB_STMT(PLAN_FOLLOWUPS, 2, DB_IDEMPOTENT),
	[STMT_PLAN_RESULT_SET] = DB_STMT(PLAN_RESULT_SET, 15, 0),
	[STMT_PLAN_VERDICT_SET] = DB_STMT(PLAN_VERDICT_SET, 7, 0),
	[STMT_PLAN_VERDICT_DEL] = DB_NOROWS(PLAN_VERDICT_DEL, 3, 0),
	[STMT_PLAN_FOLLOWUP_SET] = DB_STMT(PLAN_FOLLOWUP_SET, 10, 0),
	[STMT_PLAN_CADENCE_SET] = DB_STMT(PLAN_CADENCE_SET, 3, 0),
	[STMT_PLAN_NEW] =	DB_STMT(PLAN_NEW, 3, 0),
	[STMT_PLAN_NEW_GOALS] =	DB_NOROWS(PLAN_NEW_GOALS, 2, 0),
	[STMT_PLAN_NEW_SUBS] =	DB_NOROWS(PLAN_NEW_SUBS, 2, 0),
	[STMT_PLAN_GOAL_SET] =	DB_STMT(PLAN_GOAL_SET, 4, 0),
	[STMT_PLAN_SUB_SET] =	DB_STMT(PLAN_SUB_SET, 4, 0),
	[STMT_GOAL_DONE] =	DB_STMT(GOAL_DONE, 5, DB_IDEMPOTENT | DB_READ),
	[STMT_GOAL_OPEN] =	DB_STMT(GOAL_OPEN, 2, DB_IDEMPOTENT | DB_READ),
	/* Obligations and the payment stop (sql_oblig.h). */
	[STMT_OBLIG_LIST] =	DB_STMT(OBLIG_LIST, 4, DB_IDEMPOTENT | DB_READ),
	[STMT_OBLIG_POOLS] =	DB_STMT(OBLIG_POOLS, 0, DB_IDEMPOTENT | DB_READ),
	[STMT_AWARD_STOP_GET] =	DB_STMT(AWARD_STOP_GET, 2, DB_IDEMPOTENT),
	[STMT_AWARD_STOP_SET] =	DB_STMT(AWARD_STOP_SET, 4, 0),
};

const struct session_def staff_session = {
	.cookie = "frist_staff",
	.path = "/staff/",
	.max_age = 10 * 3600,
	.get = STMT_SESSION_GET,
	.create = STMT_SESSION_NEW,
	.destroy = STMT_SESSION_DEL,
	.touch = STMT_SESSION_TOUCH,
	.due = SESSION_GET_due,
};

struct staff_user staff_user;

#include "routes.h"

static const struct route routes[] = {
	STAFF_ROUTES(APP_ROUTE)
};

/* Whether path goes to fn: a goal's code must not be the name of a page
 * beside the goal pages (/staff/goals/admin, overview.csv, ...). */
int
staff_route_is(const char *path, int (*fn)(struct http_req *))
{
	const struct route	*rt;

	rt = app_route_find(routes, sizeof(routes) / sizeof(routes[0]), path,
	    NULL);
	return rt != NULL && rt->fn == fn;
}

int
staff_audit(const char *entity, const char *id, const char *action,
    const char *detail)
{
	const char	*p[5] = { staff_user.id, entity, id, action, detail };
	PGresult	*res;

	if ((res = db_exec(STMT_AUDIT_ADD, p)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}

int
staff_has_role(const char *role)
{
	return session_has_role(staff_user.roles, role);
}

/*
 * The roles that route flags ask for (any one of a comma-separated list),
 * and what a user without one is told.
 */
static const struct {
	unsigned	 flag;
	const char	*role;
	const char	*refusal;
} roles[] = {
	{ R_GRANTS, "grants", "Du har ikke adgang til tilskudsområdet. "
	  "Kontakt din administrator." },
	{ R_WHISTLE, "whistleblower", "Du har ikke adgang til "
	  "whistleblowerordningen. Kontakt din administrator." },
	{ R_ADMIN, "admin", "Kun administratorer kan ændre indstillinger og mål." },
	{ R_MANAGEMENT, "management", "Siden er kun for ledelsen. "
	  "Kontakt din administrator." },
	{ R_GOALS, "management,grants,whistleblower", "Du har ikke adgang "
	  "til målene. Kontakt din administrator." },
	{ R_PLAN, "management,admin", "Resultatplanen er kun for ledelsen "
	  "og administratorer. Kontakt din administrator." },
};

/* Whether held (a user's roles) has one of the comma-separated list any. */
static int
staff_any_role(const char *held, const char *any)
{
	char		 one[32];
	const char	*p, *e;
	size_t		 n;

	for (p = any; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
		e = strchr(p, ',');
		if (e == NULL)
			e = p + strlen(p);
		if ((n = (size_t)(e - p)) == 0 || n >= sizeof(one))
			continue;
		memcpy(one, p, n);
		one[n] = '\0';
		if (session_has_role(held, one))
			return 1;
	}
	return 0;
}

const char *
staff_query(struct http_req *r, const char *key)
{
	const char	*v = kv_str(&r->query, key);

	return v != NULL ? v : "";
}

const char *
staff_urlenc(struct http_req *r, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			*out = arena_alloc(r->ar, strlen(s) * 3 + 1), *o;
	unsigned char		 c;

	for (o = out; (c = (unsigned char)*s) != '\0'; s++)
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' || c == '~')
			*o++ = (char)c;
		else {
			*o++ = '%';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 15];
		}
	*o = '\0';
	return out;
}

const char *
staff_here(struct http_req *r)
{
	const char	*u;
	size_t		 i;

	if (r->method != HTTP_GET && r->method != HTTP_HEAD)
		return NULL;
	/* The query as parsed, encoded again: the raw one is not kept. */
	u = r->path;
	for (i = 0; i < r->query.n; i++)
		u = arena_printf(r->ar, "%s%c%s=%s", u, i == 0 ? '?' : '&',
		    staff_urlenc(r, r->query.v[i].key),
		    staff_urlenc(r, r->query.v[i].val));
	return staff_local_path(u) ? u : NULL;
}

int
staff_local_path(const char *s)
{
	const char	*p;

	if (s == NULL || strncmp(s, "/staff/", 7) != 0 || strlen(s) > 1000 ||
	    strncmp(s, "/staff/login", 12) == 0 ||
	    strncmp(s, "/staff/logout", 13) == 0)
		return 0;
	/* Nothing that a browser could read as another host or path. */
	if (strstr(s, "//") != NULL || strstr(s, "/./") != NULL ||
	    strstr(s, "/../") != NULL)
		return 0;
	for (p = s; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/-_.~%?=&+", *p) != NULL))
			return 0;
	return 1;
}

/*
 * Loads the session; routes marked R_SESSION send strangers to the login.
 * A request that still has the cookie but no session has outlived it
 * (30 minutes idle, 10 hours in all): the login page says so, and after
 * the login a GET goes back to where it was.
 */
static int
staff_before(struct http_req *r, const struct route *rt)
{
	PGresult	*res;
	const char	*hash, *cookie, *here, *url;
	size_t		 i;
	int		 dberr, expired;

	memset(&staff_user, 0, sizeof(staff_user));
	if (!(rt->flags & R_DB))
		return 0;
	res = session_get(r, &staff_session, &hash, &dberr);
	if (dberr)
		return 503;
	if (res != NULL) {
		staff_user.id = arena_strdup(r->ar,
		    db_val(res, 0, SESSION_GET_id));
		staff_user.name = arena_strdup(r->ar,
		    db_val(res, 0, SESSION_GET_name));
		staff_user.username = arena_strdup(r->ar,
		    db_val(res, 0, SESSION_GET_username));
		staff_user.roles = arena_strdup(r->ar,
		    db_val(res, 0, SESSION_GET_roles));
		PQclear(res);
		app_csrf_bind(hash);
		for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
			if ((rt->flags & roles[i].flag) &&
			    !staff_any_role(staff_user.roles, roles[i].role)) {
				app_error(r, 403, roles[i].refusal);
				return -1;
			}
		return 0;
	}
	if (!(rt->flags & R_SESSION))
		return 0;
	cookie = kv_str(&r->cookies, staff_session.cookie);
	expired = cookie != NULL && *cookie != '\0';
	/* A POST from a stranger is refused; one from an expired session
	 * goes to the login like a GET, but cannot be replayed after it. */
	if (r->method == HTTP_POST && !expired)
		return 403;
	here = staff_here(r);
	if (here != NULL && strcmp(here, "/staff/") == 0)
		here = NULL;	/* where the login goes anyway */
	/* lost=1: what the POST carried is not saved, and the login says so. */
	url = arena_printf(r->ar, "/staff/login%s%s%s%s",
	    expired ? "?expired=1" : "", expired && r->method == HTTP_POST ?
	    "&lost=1" : "", here == NULL ? "" : expired ?
	    "&next=" : "?next=", here == NULL ? "" : staff_urlenc(r, here));
	if (expired)
		(void)session_destroy(r, &staff_session); /* said once */
	http_redirect(r, url);
	return -1;
}

static void
staff_layout(struct http_req *r, struct tpl_dict *root)
{
	struct tpl_dict	*u;

	if (staff_user.id == NULL)
		return;
	u = tpl_section(root, "STAFF_USER");
	tpl_set(u, "USER_NAME", staff_user.name);
	tpl_set(u, "LOGOUT_CSRF", app_csrf_token(r));
	if (staff_has_role("whistleblower"))
		tpl_show(root, "NAV_WB");
	if (staff_any_role(staff_user.roles, "management,grants,whistleblower"))
		tpl_show(root, "NAV_GOALS");
	if (staff_any_role(staff_user.roles, "management,admin"))
		tpl_show(root, "NAV_PLAN");
	if (staff_mails_visible())
		tpl_show(root, "NAV_MAILS");
}

/* Before the fork: the login throttle's shared table, the authority's key. */
static int
staff_init(void)
{
	return login_init() == -1 ? -1 : whistle_init();
}

static const struct app staff = {
	.init = staff_init,
	.name = "staff",
	.nav = "NAV_STAFF",
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.stmts = stmts,
	.nstmts = STMT__MAX,
	.before = staff_before,
	.layout = staff_layout,
	.csrf_max_age = 10 * 3600,
};

int
main(int argc, char *argv[])
{
	return app_main(argc, argv, &staff);
}

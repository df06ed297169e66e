/*
 * staff: the agency's application.  Connects as frist_staff.  Every route
 * but the login page needs a live session; sessions expire after 30
 * minutes idle and 10 hours in all.
 */
#include <string.h>

#include "staff.h"

static const struct db_stmt stmts[STMT__MAX] = {
	{ "SELECT id, pw_hash, locked_until > now(), "
	  "ceil(extract(epoch FROM locked_until - now()) / 60) "
	  "FROM staff WHERE username = $1 AND active", 1, DB_IDEMPOTENT },
							/* STMT_LOGIN_LOOKUP */
	/* From the 5th failure on, locked for 1, 2, 4 ... 60 minutes. */
	{ "UPDATE staff SET failed_logins = failed_logins + 1, "
	  "locked_until = CASE WHEN failed_logins + 1 >= 5 THEN now() + "
	  "least(interval '1 minute' * power(2, failed_logins + 1 - 5), "
	  "interval '1 hour') ELSE locked_until END WHERE id = $1", 1, 0 },
							/* STMT_LOGIN_FAILED */
	{ "UPDATE staff SET failed_logins = 0, locked_until = NULL, "
	  "last_login = now() WHERE id = $1", 1, 0 },	/* STMT_LOGIN_OK */
	{ "UPDATE staff_session s SET expires = "
	  "least(now() + interval '30 minutes', s.absolute_expires) "
	  "FROM staff st WHERE s.token_hash = $1 AND s.expires > now() "
	  "AND st.id = s.staff_id AND st.active "
	  "RETURNING st.id, st.name, st.username, "
	  "array_to_string(st.roles, ',')", 1, DB_IDEMPOTENT },
							/* STMT_SESSION_GET */
	{ "INSERT INTO staff_session (token_hash, staff_id, expires, "
	  "absolute_expires) VALUES ($1, $2, now() + interval '30 minutes', "
	  "now() + interval '10 hours')", 2, 0 },	/* STMT_SESSION_NEW */
	{ "DELETE FROM staff_session WHERE token_hash = $1", 1, 0 },
							/* STMT_SESSION_DEL */
	{ "DELETE FROM staff_session WHERE expires < now()", 0, 0 },
							/* STMT_SESSION_PURGE */
	{ "SELECT count(*), count(*) FILTER (WHERE status = 'open'), "
	  "coalesce(sum(amount_ore), 0) FROM pool", 0, DB_IDEMPOTENT },
							/* STMT_HOME_COUNTS */
};

const struct session_def staff_session = {
	.cookie = "frist_staff",
	.path = "/staff/",
	.max_age = 10 * 3600,
	.get = STMT_SESSION_GET,
	.create = STMT_SESSION_NEW,
	.destroy = STMT_SESSION_DEL,
};

struct staff_user staff_user;

static const struct route routes[] = {
	{ "/staff/login",	HTTP_GET | HTTP_POST, page_login,  R_DB },
	{ "/staff/logout",	HTTP_POST,	      page_logout, R_DB | R_SESSION },
	{ "/staff/",		HTTP_GET,	      page_home,   R_DB | R_SESSION },
};

/* Loads the session; routes marked R_SESSION send strangers to the login. */
static int
staff_before(struct http_req *r, const struct route *rt)
{
	PGresult	*res;
	const char	*hash;
	int		 dberr;

	memset(&staff_user, 0, sizeof(staff_user));
	if (!(rt->flags & R_DB))
		return 0;
	res = session_get(r, &staff_session, &hash, &dberr);
	if (dberr)
		return 503;
	if (res != NULL) {
		staff_user.id = arena_strdup(r->ar, db_val(res, 0, 0));
		staff_user.name = arena_strdup(r->ar, db_val(res, 0, 1));
		staff_user.username = arena_strdup(r->ar, db_val(res, 0, 2));
		staff_user.roles = arena_strdup(r->ar, db_val(res, 0, 3));
		PQclear(res);
		app_csrf_bind(hash);
		return 0;
	}
	if (!(rt->flags & R_SESSION))
		return 0;
	if (r->method == HTTP_POST)
		return 403;
	http_redirect(r, "/staff/login");
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
}

static const struct app staff = {
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

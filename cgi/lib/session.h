/*
 * session: server-side login sessions behind a random cookie.
 *
 * The cookie holds 32 random bytes; the database holds only their hash,
 * so a copy of the table cannot be replayed.  Expiry is decided by the
 * database (idle and absolute limits in the program's SQL).  Each program
 * supplies its own statements, on its own tables:
 *   get:     $1 = token hash -> one row for a live session, none otherwise;
 *            a SELECT, so that reading pages work on a read-only database
 *            or a standby.  Column `due' (boolean) says the idle expiry
 *            should move on (less than half of it left)
 *   touch:   $1 = token hash: moves the idle expiry on; run only when due,
 *            and on a read-only database (SQLSTATE 25006) a GET or HEAD
 *            goes on without it
 *   create:  $1 = token hash, $2 = subject id
 *   destroy: $1 = token hash
 */
#ifndef FRIST_SESSION_H
#define FRIST_SESSION_H

#include <libpq-fe.h>

#include "http.h"

struct session_def {
	const char	*cookie;	/* cookie name */
	const char	*path;		/* cookie path */
	long		 max_age;	/* cookie lifetime in seconds */
	int		 get, create, destroy, touch;	/* statement ids */
	int		 due;		/* get's column: touch is due */
};

/*
 * Looks the request's cookie up: returns the row (caller PQclear()s) and
 * the token hash (in the arena; used as the CSRF binding), or NULL if
 * there is no live session.  *dberr is set if the database failed.
 */
PGresult	*session_get(struct http_req *, const struct session_def *,
		    const char **hash, int *dberr);
/* New session for subject; sets the cookie.  0 ok, -1 on a database error. */
int		 session_create(struct http_req *, const struct session_def *,
		    const char *subject, const char **hash);
/* Deletes the session and clears the cookie: 0, or -1 on a database
 * error (read-only, say), when the cookie is kept. */
int		 session_destroy(struct http_req *, const struct session_def *);
/* Whether role is one of the comma-separated roles ("grants,admin"):
 * whole names only, so "admin" is not in "superadmin". */
int		 session_has_role(const char *roles, const char *role);

#endif

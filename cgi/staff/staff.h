/* staff: the agency's own application (/staff/). */
#ifndef FRIST_STAFF_H
#define FRIST_STAFF_H

#include "app.h"
#include "session.h"

/* The staff program's prepared statements; SQL in main.c. */
enum stmt {
	STMT_LOGIN_LOOKUP,
	STMT_LOGIN_FAILED,
	STMT_LOGIN_OK,
	STMT_SESSION_GET,
	STMT_SESSION_NEW,
	STMT_SESSION_DEL,
	STMT_SESSION_PURGE,
	STMT_HOME_COUNTS,
	STMT__MAX
};

/* The logged-in user of this request (set by the before hook). */
struct staff_user {
	const char	*id;
	const char	*name;
	const char	*username;
	const char	*roles;		/* comma-separated */
};

extern struct staff_user	 staff_user;
extern const struct session_def	 staff_session;

int	 page_login(struct http_req *);
int	 page_logout(struct http_req *);
int	 page_home(struct http_req *);

#endif

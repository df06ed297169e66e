/* /staff/logout: ends the session (POST only, with the CSRF token). */
#include "staff.h"

int
page_logout(struct http_req *r)
{
	if (session_destroy(r, &staff_session) == -1)
		return 503;	/* still logged in: say so, not "logged out" */
	/* The login page says so: a click that seems to do nothing worries. */
	http_redirect(r, "/staff/login?out=1");
	return 0;
}

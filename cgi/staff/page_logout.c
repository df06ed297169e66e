/* /staff/logout: ends the session (POST only, with the CSRF token). */
#include "staff.h"

int
page_logout(struct http_req *r)
{
	session_destroy(r, &staff_session);
	http_redirect(r, "/staff/login");
	return 0;
}

/*
 * /grants/login and /grants/logout: grant recipients (grant number + code).
 * After logging out the login page says so (?out=1).
 *
 * The grant number is matched in any case and without surrounding
 * spaces ("ts-2026-9001" is TS-2026-9001); one that cannot be a grant
 * number is told so and never looked up.  Wrong codes are throttled per
 * grant number and client (login.h), for grant numbers that exist and
 * those that do not alike, with one answer for every failure.
 */
#include <ctype.h>
#include <string.h>

#include "form.h"
#include "login.h"
#include "portal.h"

enum { F_GRANT, F_CODE, F__MAX };

static const struct valid_field fields[F__MAX] = {
	[F_GRANT] = { "grant_no", "G_LOGIN_GRANT_NO", VT_LINE, VF_REQUIRED, 7,
	    40, NULL },
	[F_CODE] = { "code", "G_LOGIN_CODE", VT_DIGITS, VF_REQUIRED, 16, 16,
	    NULL },
};

static const struct login_def grant_login = {
	"grant", STMT_RCPT_LOOKUP, -1
};

/*
 * Upper-cases the grant number in place (valid_form has trimmed it) and
 * checks its form, AA-ÅÅÅÅ-NNNN..NNNNNN as in sql/003; 0 if it has it.
 */
static int
grant_no_norm(char *s)
{
	size_t	 i, n = strlen(s);

	for (i = 0; i < n; i++)
		s[i] = (char)toupper((unsigned char)s[i]);
	if (n < 12 || n > 14 || s[2] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < n; i++) {
		if (i == 2 || i == 7)
			continue;
		if (i < 2 ? !(s[i] >= 'A' && s[i] <= 'Z') :
		    !(s[i] >= '0' && s[i] <= '9'))
			return -1;
	}
	return 0;
}

static int
rlogin_form(struct http_req *r, int status, const struct valid_value *v,
    const char *msg)
{
	struct page	 pg;
	struct tpl_dict	*d;

	d = page_new(r, &pg, "portal/login.tpl", app_str(r, "G_LOGIN_TITLE"));
	form_fill(d, fields, F__MAX, &r->form, v);
	form_set(d, "code", "");
	if (msg != NULL)
		form_error(d, "grant_no", msg);
	if (status == 200 && kv_str(&r->query, "out") != NULL)
		tpl_show(d, "LOGGED_OUT");
	return page_send(r, &pg, status);
}

int
page_rlogin(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*id = NULL, *hash;

	if (r->method != HTTP_POST) {
		if (portal_award != NULL) {
			http_redirect(r, "/grants/my/");
			return 0;
		}
		return rlogin_form(r, 200, NULL, NULL);
	}
	if (valid_form(fields, F__MAX, &r->form, v, msgs) > 0)
		return rlogin_form(r, 422, v, NULL);
	/* v[F_GRANT].str is the trimmed value in the form's own buffer. */
	if (grant_no_norm(kv_get(&r->form, "grant_no")->val) == -1) {
		v[F_GRANT].err = app_str(r, "G_LOGIN_GRANT_FORM");
		return rlogin_form(r, 422, v, NULL);
	}
	switch (login_check(r, &grant_login, v[F_GRANT].str, v[F_CODE].str,
	    &id)) {
	case LOGIN_DBERR:
		return 503;
	case LOGIN_WRONG:
		return rlogin_form(r, 403, v, app_str(r, "G_LOGIN_WRONG"));
	case LOGIN_OK:
		break;
	}
	/* Expired sessions go at a login, as the staff's do (a failure
	 * is logged by db.c and does not stop the login). */
	(void)db_count(STMT_RSESS_PURGE, NULL);
	if (session_create(r, &recipient_session, id, &hash) == -1)
		return 503;
	http_redirect(r, "/grants/my/");
	return 0;
}

int
page_rlogout(struct http_req *r)
{
	if (session_destroy(r, &recipient_session) == -1)
		return 503;	/* still logged in: say so, not "logged out" */
	/* The login page says so: a click that seems to do nothing worries. */
	http_redirect(r, "/grants/login?out=1");
	return 0;
}

/* /grants/login and /grants/logout: grant recipients (grant number + code). */
#include "form.h"
#include "login.h"
#include "portal.h"

enum { F_GRANT, F_CODE, F__MAX };

static const struct valid_field fields[F__MAX] = {
	{ "grant_no", "Tilsagnsnummer", VT_LINE, VF_REQUIRED, 7, 40, NULL },
	{ "code", "Adgangskode", VT_DIGITS, VF_REQUIRED, 16, 16, NULL },
};

static const struct login_def grant_login = {
	STMT_RCPT_LOOKUP, STMT_RCPT_FAILED, STMT_RCPT_OK
};

static int
rlogin_form(struct http_req *r, int status, const struct valid_value *v,
    const char *msg)
{
	struct page	 pg;
	struct tpl_dict	*d;

	d = page_new(r, &pg, "portal/login.tpl", "Log ind som tilskudsmodtager");
	form_fill(d, fields, F__MAX, &r->form, v);
	form_set(d, "code", "");
	if (msg != NULL)
		form_error(d, "grant_no", msg);
	return page_send(r, &pg, status);
}

int
page_rlogin(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*id = NULL, *hash, *minutes = NULL;

	if (r->method != HTTP_POST) {
		if (portal_award != NULL) {
			http_redirect(r, "/grants/my/");
			return 0;
		}
		return rlogin_form(r, 200, NULL, NULL);
	}
	if (valid_form(fields, F__MAX, &r->form, v, msgs) > 0)
		return rlogin_form(r, 422, v, NULL);
	switch (login_check(r, &grant_login, v[F_GRANT].str, v[F_CODE].str,
	    &id, &minutes)) {
	case LOGIN_DBERR:
		return 503;
	case LOGIN_LOCKED:
		return rlogin_form(r, 429, v, arena_printf(r->ar, "Tilsagnet er "
		    "midlertidigt spærret efter for mange forkerte forsøg. "
		    "Prøv igen om %s minut(ter).", minutes));
	case LOGIN_WRONG:
		return rlogin_form(r, 403, v, "Tilsagnsnummer eller "
		    "adgangskode er forkert.");
	case LOGIN_OK:
		break;
	}
	if (session_create(r, &recipient_session, id, &hash) == -1)
		return 503;
	http_redirect(r, "/grants/my/");
	return 0;
}

int
page_rlogout(struct http_req *r)
{
	session_destroy(r, &recipient_session);
	http_redirect(r, "/grants/login");
	return 0;
}

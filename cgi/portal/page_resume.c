/*
 * /grants/resume: back to a draft with its draft number and continuation
 * code, throttled like every login (see login.h).
 */
#include <string.h>

#include "form.h"
#include "login.h"
#include "portal.h"

enum { F_DRAFT, F_CODE, F__MAX };

static const struct valid_field fields[F__MAX] = {
	[F_DRAFT] = { "draft_no", "G_RESUME_DRAFT_NO", VT_DIGITS, VF_REQUIRED,
	    8, 8, NULL },
	[F_CODE] = { "code", "G_RESUME_CODE", VT_DIGITS, VF_REQUIRED, 16, 16,
	    NULL },
};

static int
resume_form(struct http_req *r, int status, const struct valid_value *v,
    const char *msg)
{
	struct page	 pg;
	struct tpl_dict	*d;

	d = page_new(r, &pg, "portal/resume.tpl", app_str(r, "G_RESUME_TITLE"));
	form_fill(d, fields, F__MAX, &r->form, v);
	form_set(d, "code", "");	/* never echo a code back */
	if (msg != NULL)
		form_error(d, "draft_no", msg);
	return page_send(r, &pg, status);
}

static const struct login_def draft_login = {
	"draft", STMT_APP_BY_DRAFT, -1
};

int
page_resume(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*id = NULL, *hash;

	if (r->method != HTTP_POST)
		return resume_form(r, 200, NULL, NULL);
	if (valid_form(fields, F__MAX, &r->form, v, msgs) > 0)
		return resume_form(r, 422, v, NULL);
	switch (login_check(r, &draft_login, v[F_DRAFT].str, v[F_CODE].str,
	    &id)) {
	case LOGIN_DBERR:
		return 503;
	case LOGIN_WRONG:
		return resume_form(r, 403, v, app_str(r, "G_RESUME_WRONG"));
	case LOGIN_OK:
		break;
	}
	/* Expired sessions go at a login, as the staff's do (a failure
	 * is logged by db.c and does not stop the login). */
	(void)db_count(STMT_ASESS_PURGE, NULL);
	if (session_create(r, &applicant_session, id, &hash) == -1)
		return 503;
	http_redirect(r, "/grants/application");
	return 0;
}

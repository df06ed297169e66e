/*
 * /grants/my/contact: the grant's contact e-mail, where reminders and
 * receipts go (issue 11).  The recipient sees it and changes it; a good
 * address is saved and the page is shown again with a confirmation
 * (POST/redirect/GET, ?saved=1).  Setting the same address again changes
 * nothing, so a repeated POST is harmless; each change is audited by a
 * trigger (sql/028).  The statement is keyed by the session's own award.
 */
#include <string.h>

#include "form.h"
#include "portal.h"

enum { F_EMAIL, F__MAX };

/* sql/028 stores at most 254 characters, ASCII only (VT_EMAIL). */
static const struct valid_field fields[F__MAX] = {
	[F_EMAIL] = { "contact_email", "G_CONTACT_EMAIL", VT_EMAIL,
	    VF_REQUIRED, 3, 254, NULL },
};

static int
contact_form(struct http_req *r, int status, const PGresult *a,
    const struct valid_value *v)
{
	struct page	 pg;
	struct tpl_dict	*d;
	const char	*cur;

	d = page_new(r, &pg, "portal/my_contact.tpl",
	    app_str(r, "G_CONTACT_TITLE"));
	cur = db_val(a, 0, AWARD_GET_contact_email);
	if (*cur != '\0')
		tpl_set(tpl_section(d, "CURRENT"), "EMAIL", cur);
	else
		tpl_show(d, "NO_CURRENT");
	if (v != NULL)
		form_fill(d, fields, F__MAX, &r->form, v);
	else
		form_set(d, "contact_email", cur);
	if (v == NULL && kv_str(&r->query, "saved") != NULL)
		tpl_show(d, "SAVED");
	return page_send(r, &pg, status);
}

int
page_my_contact(struct http_req *r)
{
	const char		*params[2] = { portal_award, NULL };
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	PGresult		*a = NULL;
	int			 rc = 503;

	if ((a = db_exec(STMT_AWARD_GET, params)) == NULL)
		goto out;
	if (PQntuples(a) != 1) {
		rc = 404;
		goto out;
	}
	if (r->method != HTTP_POST) {
		rc = contact_form(r, 200, a, NULL);
		goto out;
	}
	if (valid_form(fields, F__MAX, &r->form, v, msgs) > 0) {
		rc = contact_form(r, 422, a, v);
		goto out;
	}
	params[1] = v[F_EMAIL].str;
	if (db_count(STMT_AWARD_CONTACT_SET, params) == -1)
		goto out;
	http_redirect(r, "/grants/my/contact?saved=1");
	rc = 0;
out:
	PQclear(a);
	return rc;
}

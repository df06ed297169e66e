/*
 * /staff/profile: the logged-in staff member's own e-mail address (where
 * the whistleblower alerts and the daily digest go) and whether they want
 * the digest.  Any staff member, only their own row (the session's id).
 * An edit is the same update again: a repeated POST changes and audits
 * nothing, so no one-time key is needed.
 */
#include <string.h>

#include "alerts.h"
#include "form.h"
#include "staff.h"
#include "valid.h"

enum { F_EMAIL, F_DIGEST, F__MAX };

static const struct valid_field fields[F__MAX] = {
	[F_EMAIL] =	ALERT_EMAIL_FIELD,
	[F_DIGEST] =	{ "digest", "Daglig oversigt", VT_BOOL, 0, 0, 0, NULL },
};

int
page_profile(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d;
	PGresult		*res = NULL, *set = NULL;
	const char		*p[3], *old_email, *old_digest;
	size_t			 errs = 0;
	int			 rc = 503, digest;

	p[0] = staff_user.id;
	if ((res = db_exec(STMT_PROFILE_GET, p)) == NULL)
		goto out;
	if (PQntuples(res) != 1) {
		rc = 404;
		goto out;
	}
	old_email = db_val(res, 0, PROFILE_GET_email);
	old_digest = db_val(res, 0, PROFILE_GET_digest);
	d = page_new(r, &pg, "staff/profile.tpl", "Din profil");
	tpl_set(d, "NAME", staff_user.name);
	tpl_set(d, "USERNAME", staff_user.username);
	tpl_set_int(d, "LIMIT", (int)staff_setting(SET_CLOCK_LIMIT));
	if (r->method == HTTP_POST) {
		errs = valid_form(fields, F__MAX, &r->form, v, msgs);
		form_fill(d, fields, F__MAX, &r->form, v);
	} else {
		form_set(d, "email", old_email);
		if (strcmp(old_digest, "t") == 0)
			form_choice(d, "digest", "on");
	}
	if (*old_email == '\0')
		tpl_show(d, "NO_EMAIL");
	if (kv_str(&r->query, "saved") != NULL)
		tpl_show(d, "SAVED");
	if (r->method != HTTP_POST || errs > 0) {
		rc = page_send(r, &pg, errs > 0 ? 422 : 200);
		goto out;
	}
	tpl_dict_free(pg.root);
	digest = v[F_DIGEST].num != 0;
	p[1] = v[F_EMAIL].str;
	p[2] = digest ? "true" : "false";
	if (db_begin() == -1)
		goto out;
	if ((set = db_exec(STMT_PROFILE_SET, p)) == NULL)
		goto fail;
	/* Only a change is audited, with the values before and after. */
	if (PQntuples(set) == 1 && staff_audit("staff", staff_user.id,
	    "profile", arena_printf(r->ar, "e-mail %s -> %s, oversigt %s -> %s",
	    *old_email != '\0' ? old_email : "(ingen)",
	    *p[1] != '\0' ? p[1] : "(ingen)",
	    strcmp(old_digest, "t") == 0 ? "til" : "fra",
	    digest ? "til" : "fra")) == -1)
		goto fail;
	if (db_commit() == -1)
		goto fail;
	http_redirect(r, "/staff/profile?saved=1");
	rc = 0;
	goto out;
fail:
	db_rollback();
out:
	if (set != NULL)
		PQclear(set);
	if (res != NULL)
		PQclear(res);
	return rc;
}

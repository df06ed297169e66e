/*
 * /staff/login: username and password.  Argon2id hashes; after five
 * failures from one client the next attempts wait a growing time (at
 * most a minute), and nobody else's attempts are slowed (login.h).  An
 * unknown user, a wrong password and an attempt held back cost the same
 * hashing time and get the same answer.
 *
 * The page also says why one is here: just logged out (?out=1), or the
 * session expired (?expired=1); "next" is the /staff/ page to go back to.
 */
#include <string.h>

#include "form.h"
#include "login.h"
#include "staff.h"
#include "valid.h"

enum {
	F_USERNAME,
	F_PASSWORD,
	F_NEXT,
	F__MAX
};

static const struct valid_field fields[F__MAX] = {
	[F_USERNAME] =	{ "username", "Brugernavn", VT_LINE, VF_REQUIRED, 1, 64,
			  NULL },
	[F_PASSWORD] =	{ "password", "Adgangskode", VT_LINE, VF_REQUIRED, 1,
			  256, NULL },
	[F_NEXT] =	{ "next", "Side efter login", VT_LINE, 0, 0, 1000, NULL },
};

/* The page to go on to: a checked /staff/ path, else the front page. */
static const char *
next_page(const char *next)
{
	return staff_local_path(next) ? next : "/staff/";
}

/*
 * The form; error (not tied to one field, e.g. a wrong password) goes to
 * the summary, v's field errors to their fields.
 */
static int
login_form(struct http_req *r, int status, const char *username,
    const char *next, const char *error, const struct valid_value *v)
{
	struct page	 pg;
	struct tpl_dict	*d, *e;

	d = page_new(r, &pg, "staff/login.tpl", "Log ind");
	form_set(d, "username", username != NULL ? username : "");
	if (staff_local_path(next)) {
		tpl_show(d, "NEXT_SET");
		form_set(d, "next", next);
	}
	if (error != NULL) {
		tpl_show(d, "HAS_ERRORS");
		e = tpl_section(d, "ERRORS");
		tpl_set(e, "FIELD", "username");
		tpl_set(e, "MSG", error);
	}
	if (v != NULL) {
		if (v[F_USERNAME].err != NULL)
			form_error(d, "username", v[F_USERNAME].err);
		if (v[F_PASSWORD].err != NULL)
			form_error(d, "password", v[F_PASSWORD].err);
	}
	if (status == 200 && kv_str(&r->query, "out") != NULL)
		tpl_show(d, "LOGGED_OUT");
	if (status == 200 && kv_str(&r->query, "expired") != NULL) {
		tpl_show(d, "EXPIRED");
		if (kv_str(&r->query, "lost") != NULL)
			tpl_show(d, "LOST");
	}
	return page_send(r, &pg, status);
}

static const struct login_def staff_login = {
	"staff", STMT_LOGIN_LOOKUP, STMT_LOGIN_OK
};

/* One text for every failure, so that it tells nothing about the account. */
#define WRONG	"Brugernavn eller adgangskode er forkert. Efter flere " \
		"forkerte forsøg i træk skal der gå lidt tid (højst et " \
		"minut) mellem forsøgene, så vent lidt, før du prøver igen."


static int
login_post(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*hash, *id = NULL, *next;
	PGresult		*res;

	if (valid_form(fields, F__MAX, &r->form, v, msgs) > 0 &&
	    (v[F_USERNAME].err != NULL || v[F_PASSWORD].err != NULL))
		return login_form(r, 400, v[F_USERNAME].str,
		    kv_str(&r->form, "next"), NULL, v);
	next = v[F_NEXT].err == NULL ? v[F_NEXT].str : NULL;
	switch (login_check(r, &staff_login, v[F_USERNAME].str,
	    v[F_PASSWORD].str, &id)) {
	case LOGIN_DBERR:
		return 503;
	case LOGIN_WRONG:
		return login_form(r, 403, v[F_USERNAME].str, next, WRONG, NULL);
	case LOGIN_OK:
		break;
	}
	if ((res = db_exec(STMT_SESSION_PURGE, NULL)) != NULL)
		PQclear(res);
	if (session_create(r, &staff_session, id, &hash) == -1)
		return 503;
	http_redirect(r, next_page(next));
	return 0;
}

int
page_login(struct http_req *r)
{
	const char	*next = kv_str(&r->query, "next");

	if (r->method == HTTP_POST)
		return login_post(r);
	if (staff_user.id != NULL) {
		http_redirect(r, next_page(next));
		return 0;
	}
	return login_form(r, 200, "", next, NULL, NULL);
}

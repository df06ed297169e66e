/*
 * /staff/login: username and password.  Argon2id hashes; after five
 * failures the account is locked for a growing time.  An unknown user
 * costs the same hashing time as a known one and gets the same answer.
 */
#include <string.h>

#include "login.h"
#include "staff.h"
#include "valid.h"

enum {
	F_USERNAME,
	F_PASSWORD,
	F__MAX
};

static const struct valid_field fields[F__MAX] = {
	{ "username", "Brugernavn", VT_LINE, VF_REQUIRED, 1, 64, NULL },
	{ "password", "Adgangskode", VT_LINE, VF_REQUIRED, 1, 256, NULL },
};

static int
login_form(struct http_req *r, int status, const char *username,
    const char *error, const struct valid_value *v)
{
	struct page	 pg;
	struct tpl_dict	*d;

	d = page_new(r, &pg, "staff/login.tpl", "Log ind");
	tpl_set(d, "USERNAME", username);
	if (error != NULL)
		tpl_set(tpl_section(d, "ERROR"), "MESSAGE", error);
	if (v != NULL) {
		if (v[F_USERNAME].err != NULL)
			tpl_set(tpl_section(d, "ERROR"), "MESSAGE",
			    v[F_USERNAME].err);
		if (v[F_PASSWORD].err != NULL)
			tpl_set(tpl_section(d, "ERROR"), "MESSAGE",
			    v[F_PASSWORD].err);
	}
	return page_send(r, &pg, status);
}

static const struct login_def staff_login = {
	STMT_LOGIN_LOOKUP, STMT_LOGIN_FAILED, STMT_LOGIN_OK
};

static int
login_post(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	const char		*hash, *id = NULL, *minutes = NULL;
	PGresult		*res;

	if (valid_form(fields, F__MAX, &r->form, v, msgs) > 0)
		return login_form(r, 400, v[F_USERNAME].str, NULL, v);
	switch (login_check(r, &staff_login, v[F_USERNAME].str,
	    v[F_PASSWORD].str, &id, &minutes)) {
	case LOGIN_DBERR:
		return 503;
	case LOGIN_LOCKED:
		return login_form(r, 429, v[F_USERNAME].str, arena_printf(r->ar,
		    "Kontoen er midlertidigt spærret efter for mange forkerte "
		    "forsøg. Prøv igen om %s minut(ter).", minutes), NULL);
	case LOGIN_WRONG:
		return login_form(r, 403, v[F_USERNAME].str,
		    "Brugernavn eller adgangskode er forkert.", NULL);
	case LOGIN_OK:
		break;
	}
	if ((res = db_exec(STMT_SESSION_PURGE, NULL)) != NULL)
		PQclear(res);
	if (session_create(r, &staff_session, id, &hash) == -1)
		return 503;
	http_redirect(r, "/staff/");
	return 0;
}

int
page_login(struct http_req *r)
{
	if (r->method == HTTP_POST)
		return login_post(r);
	if (staff_user.id != NULL) {
		http_redirect(r, "/staff/");
		return 0;
	}
	return login_form(r, 200, "", NULL, NULL);
}

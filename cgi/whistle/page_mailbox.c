/*
 * /whistleblower/mailbox: the reporter's two-way anonymous mailbox.
 *
 * No cookie and no code in any URL: every action is a POST carrying the
 * receipt code, which is run through Argon2id each time (wb_derive).  A
 * wrong code and a right one are answered with the same status, padded to
 * the same size (app.pad) and after the same time (HOLD_MS).  Wrong codes
 * are counted for everyone together; past the limit nobody may try for
 * the rest of the minute.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "attach.h"
#include "form.h"
#include "whistle.h"

#define HOLD_MS	1500

enum { F_CODE, F_ACTION, F_REPLY, F_FILE, F__MAX };

static const char *const actions[] = { "open", "reply", "download", NULL };

static const struct valid_field fields[F__MAX] = {
	{ "code", "Kvitteringskode", VT_DIGITS, VF_REQUIRED, WB_CODE, WB_CODE,
	  NULL },
	{ "action", "Handling", VT_ENUM, 0, 0, 0, actions },
	{ "reply", "Dit svar", VT_TEXT, 0, 0, 20000, NULL },
	{ "file_id", "Fil", VT_INT, 0, 1, INT64_MAX, NULL },
};

static const char *
status_label(const char *s)
{
	if (strcmp(s, "treatment") == 0)
		return "Under behandling";
	if (strcmp(s, "closed") == 0)
		return "Afsluttet";
	return "Modtaget";
}

static unsigned char *
unbytea(const PGresult *res, int row, int col, size_t *n)
{
	return PQunescapeBytea((const unsigned char *)db_val(res, row, col), n);
}

static PGresult *
mailbox(const unsigned char *lookup)
{
	const char	*p[1] = { (const char *)lookup };
	int		 len[1] = { WB_KEY }, fmt[1] = { 1 };

	return db_execb(STMT_MAILBOX, p, len, fmt);
}

/* K from the report row, with the reporter key; -1 if it does not open. */
static int
report_key(const PGresult *res, const unsigned char rkey[WB_KEY],
    unsigned char k[WB_KEY])
{
	unsigned char	*kr;
	size_t		 n;
	int		 rc = -1;

	if ((kr = unbytea(res, 0, 4, &n)) == NULL)
		return -1;
	if (n == WB_KEY + WB_OVERHEAD && wb_decrypt(rkey, kr, n, k) == 0)
		rc = 0;
	PQfreemem(kr);
	return rc;
}

static void
fill_mailbox(struct http_req *r, struct tpl_dict *d, const PGresult *res,
    const unsigned char k[WB_KEY], const char *code)
{
	struct tpl_dict	*m;
	const char	*f[4];
	unsigned char	*blob;
	size_t		 n;
	int		 i;

	tpl_set(d, "CODE", code);
	tpl_set(d, "STATUS", status_label(db_val(res, 0, 1)));
	tpl_set(d, "DAY", db_val(res, 0, 2));
	if (strcmp(db_val(res, 0, 1), "closed") != 0)
		tpl_show(d, "CAN_REPLY");
	if ((blob = unbytea(res, 0, 5, &n)) != NULL) {
		if (wb_open_fields(r->ar, k, blob, n, f, 2) == 0) {
			tpl_set(d, "SUBJECT", f[0]);
			tpl_set(d, "DESCRIPTION", f[1]);
		}
		PQfreemem(blob);
	}
	for (i = 1; i < PQntuples(res); i++) {
		if ((blob = unbytea(res, i, 4, &n)) == NULL)
			continue;
		if (strcmp(db_val(res, i, 0), "message") == 0 &&
		    wb_open_fields(r->ar, k, blob, n, f, 1) == 0) {
			m = tpl_section(d, "MESSAGE");
			tpl_set(m, "MDAY", db_val(res, i, 2));
			tpl_set(m, "WHO", strcmp(db_val(res, i, 3), "t") == 0 ?
			    "Dig" : "Socialtilsynet");
			tpl_set(m, "TEXT", f[0]);
		} else if (strcmp(db_val(res, i, 0), "file") == 0 &&
		    wb_open_fields(r->ar, k, blob, n, f, 1) == 0) {
			m = tpl_section(d, "FILE");
			tpl_set(m, "FID", db_val(res, i, 7));
			tpl_set(m, "FNAME", f[0]);
			tpl_setf(m, "FKB", "%lld",
			    (strtoll(db_val(res, i, 6), NULL, 10) + 1023) / 1024);
		}
		PQfreemem(blob);
	}
}

static int
reply(struct http_req *r, const unsigned char *lookup,
    const unsigned char k[WB_KEY], const struct valid_value *v)
{
	const char	*f[1] = { v[F_REPLY].str }, *p[2];
	int		 len[2] = { WB_KEY, 0 }, fmt[2] = { 1, 1 };
	unsigned char	*body;
	size_t		 n;
	PGresult	*res;

	if (db_begin() == -1)
		return -1;
	if (v[F_REPLY].present) {
		body = wb_seal_fields(r->ar, k, f, 1, &n);
		p[0] = (const char *)lookup;
		p[1] = (const char *)body;
		len[1] = (int)n;
		if ((res = db_execb(STMT_REPLY, p, len, fmt)) == NULL)
			goto fail;
		PQclear(res);
	}
	if (whistle_store_files(r, lookup, k) == -1 || db_commit() == -1)
		goto fail;
	return 0;
fail:
	db_rollback();
	return -1;
}

/* Sends one of the reporter's own files, decrypted. */
static int
download(struct http_req *r, const unsigned char *lookup,
    const unsigned char k[WB_KEY], const char *id)
{
	const char	*p[2] = { (const char *)lookup, id }, *f[2];
	int		 len[2] = { WB_KEY, 0 }, fmt[2] = { 1, 0 };
	unsigned char	*name, *data, *plain;
	size_t		 nn, dn;
	PGresult	*res;
	int		 rc = 404;

	if ((res = db_execb(STMT_FILE_GET, p, len, fmt)) == NULL)
		return 503;
	if (PQntuples(res) != 1) {
		PQclear(res);
		return 404;
	}
	name = unbytea(res, 0, 0, &nn);
	data = unbytea(res, 0, 1, &dn);
	if (name != NULL && data != NULL && dn >= WB_OVERHEAD &&
	    wb_open_fields(r->ar, k, name, nn, f, 2) == 0) {
		plain = arena_alloc(r->ar, dn - WB_OVERHEAD + 1);
		if (wb_decrypt(k, data, dn, plain) == 0) {
			attach_send_data(r, *f[0] != '\0' ? f[0] : "bilag",
			    plain, dn - WB_OVERHEAD);
			rc = 0;
		}
	}
	PQfreemem(name);
	PQfreemem(data);
	PQclear(res);
	return rc;
}

static int
login_form(struct http_req *r, int status, const struct valid_value *v,
    const char *msg)
{
	struct page	 pg;
	struct tpl_dict	*d;

	d = page_new(r, &pg, "whistle/mailbox_login.tpl", "Din postkasse");
	if (v != NULL && v[F_CODE].err != NULL)
		form_error(d, "code", v[F_CODE].err);
	if (msg != NULL)
		form_error(d, "code", msg);
	return page_send(r, &pg, status);
}

int
page_mailbox(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct timespec		 t0;
	struct page		 pg;
	struct tpl_dict		*d;
	unsigned char		 lookup[WB_KEY], rkey[WB_KEY], k[WB_KEY];
	PGresult		*res = NULL, *t;
	int			 rc = 0, found = 0, throttled = 0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (r->method != HTTP_POST)
		return login_form(r, 200, NULL, NULL);
	if (valid_form(fields, F__MAX, &r->form, v, msgs) > 0)
		return login_form(r, 422, v, NULL);
	if ((t = db_exec(STMT_THROTTLED, NULL)) == NULL)
		return 503;
	throttled = strcmp(db_val(t, 0, 0), "t") == 0;
	PQclear(t);
	if (throttled) {
		app_hold(&t0, HOLD_MS);
		return login_form(r, 429, NULL, "Der har været for mange forsøg "
		    "med forkerte koder lige nu. Vent et minut, og prøv igen.");
	}
	if (wb_derive(v[F_CODE].str, whistle_salt, lookup, rkey) == -1)
		return 503;
	if ((res = mailbox(lookup)) == NULL) {
		rc = 503;
		goto out;
	}
	found = PQntuples(res) > 0 && strcmp(db_val(res, 0, 0), "report") == 0
	    && report_key(res, rkey, k) == 0;
	if (!found) {
		if ((t = db_exec(STMT_FAILED, NULL)) != NULL)
			PQclear(t);
		app_hold(&t0, HOLD_MS);
		rc = login_form(r, 200, NULL, "Koden blev ikke fundet. "
		    "Kontrollér, at du har skrevet alle 16 cifre rigtigt.");
		goto out;
	}
	if (v[F_ACTION].present && v[F_ACTION].num == 2) {
		app_hold(&t0, HOLD_MS);
		rc = download(r, lookup, k, v[F_FILE].str);
		goto out;
	}
	d = page_new(r, &pg, "whistle/mailbox.tpl", "Din postkasse");
	if (v[F_ACTION].present && v[F_ACTION].num == 1) {
		if (!v[F_REPLY].present && r->nfiles == 0)
			form_error(d, "reply", "Skriv et svar, eller vedhæft "
			    "en fil.");
		else if (reply(r, lookup, k, v) == -1) {
			tpl_dict_free(pg.root);
			rc = 503;
			goto out;
		} else {
			tpl_show(d, "SENT");
			PQclear(res);
			if ((res = mailbox(lookup)) == NULL) {
				tpl_dict_free(pg.root);
				rc = 503;
				goto out;
			}
		}
	}
	fill_mailbox(r, d, res, k, v[F_CODE].str);
	app_hold(&t0, HOLD_MS);
	rc = page_send(r, &pg, 200);
out:
	PQclear(res);
	sodium_memzero(k, sizeof(k));
	sodium_memzero(rkey, sizeof(rkey));
	return rc;
}

/*
 * /whistleblower/mailbox: the reporter's two-way anonymous mailbox.
 *
 * No cookie and no code in any URL: every action is a POST carrying the
 * receipt code, which is run through Argon2id each time (wb_derive).  A
 * wrong code and a right one are answered with the same status, padded to
 * the same size (app.pad) and after the same time (HOLD_MS, without a
 * worker waiting: app_hold_reply).  Wrong codes
 * are counted for everyone together; past the limit nobody may try for
 * the rest of the minute.
 *
 * A reply carries a one-time key ("once"); whistle_reply_once() stores
 * its hash with the reply, so the same POST again (reload, double click)
 * stores nothing more and is answered as the first was.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "attach.h"
#include "crypto.h"
#include "form.h"
#include "whistle.h"

#define HOLD_MS	1500

enum { F_CODE, F_ACTION, F_REPLY, F_FILE, F_ONCE, F__MAX };

static const char *const actions[] = { "open", "reply", "download", NULL };

/* The three forms (open, reply, download) share the code and action;
 * the code is checked first, the rest only once it opened a report. */
static const struct valid_field fields[F__MAX] = {
	[F_CODE] = { "code", "WB_CODE", VT_DIGITS, VF_REQUIRED, WB_CODE,
	    WB_CODE, NULL },
	[F_ACTION] = { "action", "WB_ACTION", VT_ENUM, 0, 0, 0, actions },
	[F_REPLY] = { "reply", "WB_REPLY", VT_TEXT, 0, 0, 20000, NULL },
	[F_FILE] = { "file_id", "WB_FILE", VT_INT, 0, 1, INT64_MAX, NULL },
	[F_ONCE] = { "once", "WB_ONCE", VT_TOKEN, 0, 20, 64, NULL },
};

/* What whistle_reply_once() answers. */
enum reply_rc { R_SENT, R_REPEAT, R_CLOSED, R_UNKNOWN };

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

	if ((kr = unbytea(res, 0, MAILBOX_item, &n)) == NULL)
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
	struct tpl_dict	*m, *c;
	const char	*f[4];
	unsigned char	*blob;
	size_t		 n;
	int		 i, nmsg = 0, nfile = 0;

	tpl_set(d, "CODE", code);
	tpl_set(d, "ONCE", app_once_new(r));
	whistle_urls(r, d);
	tpl_set(d, "STATUS", whistle_label(r, WB_STATUS, db_val(res, 0, MAILBOX_status)));
	tpl_set(d, "DAY", db_val(res, 0, MAILBOX_day));
	if (strcmp(db_val(res, 0, MAILBOX_status), "closed") == 0) {
		c = tpl_section(d, "CLOSED");
		tpl_set(c, "ON", db_val(res, 0, MAILBOX_day));
		if (*db_val(res, 0, MAILBOX_reason) != '\0')
			tpl_set(tpl_section(c, "REASON"), "TEXT",
			    whistle_label(r, WB_REASON, db_val(res, 0, MAILBOX_reason)));
	} else
		tpl_show(d, "CAN_REPLY");
	if ((blob = unbytea(res, 0, MAILBOX_item2, &n)) != NULL) {
		if (wb_open_fields(r->ar, k, blob, n, f, 2) == 0) {
			tpl_set(d, "SUBJECT", f[0]);
			tpl_set(d, "DESCRIPTION", f[1]);
		}
		PQfreemem(blob);
	}
	for (i = 1; i < PQntuples(res); i++) {
		if ((blob = unbytea(res, i, MAILBOX_item, &n)) == NULL)
			continue;
		if (strcmp(db_val(res, i, MAILBOX_kind), "message") == 0 &&
		    wb_open_fields(r->ar, k, blob, n, f, 1) == 0) {
			m = tpl_section(d, "MESSAGE");
			tpl_set(m, "MDAY", db_val(res, i, MAILBOX_day));
			tpl_show(m, strcmp(db_val(res, i, MAILBOX_from_reporter), "t") == 0 ?
			    "FROM_YOU" : "FROM_US");
			tpl_set(m, "TEXT", f[0]);
			nmsg++;
		} else if (strcmp(db_val(res, i, MAILBOX_kind), "file") == 0 &&
		    wb_open_fields(r->ar, k, blob, n, f, 1) == 0) {
			m = tpl_section(d, "FILE");
			tpl_set(m, "FID", db_val(res, i, MAILBOX_fid));
			tpl_set(m, "FNAME", f[0]);
			tpl_setf(m, "FKB", "%lld",
			    (strtoll(db_val(res, i, MAILBOX_size), NULL, 10) +
			    1023) / 1024);
			nfile++;
		}
		PQfreemem(blob);
	}
	tpl_show(d, nmsg == 0 ? "NO_MESSAGE" : "ANY_MESSAGE");
	tpl_show(d, nfile == 0 ? "NO_FILE" : "ANY_FILE");
}

/*
 * The reply and its files, once per form key; the outcome in *out.
 * 0, or -1 on a database error.
 */
static int
reply(struct http_req *r, const unsigned char *lookup,
    const unsigned char k[WB_KEY], const struct valid_value *v,
    enum reply_rc *out)
{
	static const char *const outcomes[] = {
		"sent", "repeat", "closed", "unknown", NULL
	};
	const char	*f[1] = { v[F_REPLY].str }, *p[3], *once, *rc;
	char		 hash[CRYPTO_HASHHEX];
	int		 len[3] = { WB_KEY, 0, 0 }, fmt[3] = { 1, 0, 1 };
	unsigned char	*body;
	size_t		 n, i;
	PGresult	*res;
	int		 tries;

	/* A key we did not make is no key: such a reply is not recognised
	 * if repeated, but not refused either. */
	once = v[F_ONCE].present && v[F_ONCE].err == NULL ? v[F_ONCE].str :
	    app_once_new(r);
	crypto_hash_hex(once, hash);
	p[0] = (const char *)lookup;
	p[1] = hash;
	p[2] = NULL;
	if (v[F_REPLY].present) {
		body = wb_seal_fields(r->ar, k, f, 1, &n);
		p[2] = (const char *)body;
		len[2] = (int)n;
	}
	/* Safe to repeat, so tried twice (see submit() in page_form.c). */
	for (tries = 0; tries < 2; tries++) {
		if (db_ensure() == -1 || db_begin() == -1)
			continue;
		if ((res = db_execb(STMT_REPLY, p, len, fmt)) == NULL) {
			db_rollback();
			continue;
		}
		rc = db_val(res, 0, REPLY_outcome);
		for (i = 0; outcomes[i] != NULL && strcmp(outcomes[i], rc) != 0;
		    i++)
			;
		PQclear(res);
		*out = outcomes[i] != NULL ? (enum reply_rc)i : R_UNKNOWN;
		if ((*out == R_SENT &&
		    whistle_store_files(r, lookup, k) == -1) ||
		    db_commit() == -1) {
			db_rollback();
			continue;
		}
		return 0;
	}
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
	name = unbytea(res, 0, FILE_GET_name, &nn);
	data = unbytea(res, 0, FILE_GET_data, &dn);
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

/*
 * The code form, with msg tied to the code field.  What was typed is not
 * shown again: a wrong code may be a right one with a typo, and the page
 * may be seen by the next person at the screen.
 */
static int
login_form(struct http_req *r, int status, const char *msg)
{
	struct page	 pg;
	struct tpl_dict	*d;

	d = page_new(r, &pg, "whistle/mailbox_login.tpl",
	    app_str(r, "WB_TITLE_MAILBOX"));
	whistle_urls(r, d);
	if (msg != NULL)
		form_error(d, "code", msg);
	return page_send(r, &pg, status);
}

/*
 * A reply: its errors (what was typed comes back, and the files that
 * were not kept are named), or the reply sent.  Returns the status of
 * the page, or -1 on a database error; *res is the mailbox to show.
 */
static int
do_reply(struct http_req *r, struct tpl_dict *d, PGresult **res,
    const unsigned char *lookup, const unsigned char k[WB_KEY],
    const struct valid_value *v)
{
	enum reply_rc	 out;
	int		 nf = whistle_nfiles(r);

	if (v[F_REPLY].err != NULL)
		form_error(d, "reply", v[F_REPLY].err);
	else if (!v[F_REPLY].present && nf == 0)
		form_error(d, "reply", app_str(r, "WB_ERR_REPLY"));
	if (nf > WB_MAXFILES)
		form_error(d, "attachment", app_str(r, "WB_ERR_FILES"));
	if (v[F_REPLY].err != NULL || nf > WB_MAXFILES ||
	    (!v[F_REPLY].present && nf == 0)) {
		form_set(d, "reply", kv_str(&r->form, "reply") != NULL ?
		    kv_str(&r->form, "reply") : "");
		whistle_files_lost(r, d);
		return 422;
	}
	if (reply(r, lookup, k, v, &out) == -1)
		return -1;
	PQclear(*res);
	if ((*res = mailbox(lookup)) == NULL || PQntuples(*res) == 0)
		return -1;
	if (out == R_CLOSED) {
		/* Closed meanwhile: say so, and give the text back. */
		tpl_set(tpl_section(d, "NOT_SENT"), "REPLY", v[F_REPLY].str);
		return 409;
	}
	/* A repeat answers as the first did: it was sent. */
	tpl_show(d, "SENT");
	return 200;
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
	int			 rc = 0, found = 0, throttled = 0, status = 200;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (r->method != HTTP_POST)
		return login_form(r, 200, NULL);
	(void)valid_form(fields, F__MAX, &r->form, v, msgs);
	if (v[F_CODE].err != NULL || v[F_ACTION].err != NULL)
		return login_form(r, 422, v[F_CODE].err != NULL ?
		    v[F_CODE].err : app_str(r, "WB_ERR_ACTION"));
	/*
	 * From here every answer, a 503 included, goes out HOLD_MS after
	 * t0, all at once, by the worker's sender thread: the worker takes
	 * the next request meanwhile.
	 */
	app_hold_reply(r, &t0, HOLD_MS);
	if ((t = db_exec(STMT_THROTTLED, NULL)) == NULL)
		return 503;
	throttled = strcmp(db_val(t, 0, THROTTLED_throttled), "t") == 0;
	PQclear(t);
	if (throttled)
		return login_form(r, 429, app_str(r, "WB_ERR_THROTTLED"));
	if (wb_derive(v[F_CODE].str, whistle_salt, lookup, rkey) == -1)
		return 503;
	if ((res = mailbox(lookup)) == NULL) {
		rc = 503;
		goto out;
	}
	found = PQntuples(res) > 0 && strcmp(db_val(res, 0, MAILBOX_kind), "report") == 0
	    && report_key(res, rkey, k) == 0;
	if (!found) {
		if ((t = db_exec(STMT_FAILED, NULL)) != NULL)
			PQclear(t);
		rc = login_form(r, 200, app_str(r, "WB_ERR_CODE"));
		goto out;
	}
	if (v[F_ACTION].present && v[F_ACTION].num == 2) {
		rc = v[F_FILE].err == NULL && v[F_FILE].present ?
		    download(r, lookup, k, v[F_FILE].str) : 404;
		goto out;
	}
	d = page_new(r, &pg, "whistle/mailbox.tpl",
	    app_str(r, "WB_TITLE_MAILBOX"));
	if (v[F_ACTION].present && v[F_ACTION].num == 1 &&
	    (status = do_reply(r, d, &res, lookup, k, v)) == -1) {
		tpl_dict_free(pg.root);
		rc = 503;
		goto out;
	}
	fill_mailbox(r, d, res, k, v[F_CODE].str);
	rc = page_send(r, &pg, status);
out:
	PQclear(res);
	sodium_memzero(k, sizeof(k));
	sodium_memzero(rkey, sizeof(rkey));
	return rc;
}

/*
 * /whistleblower/: the report form, and its submission.
 *
 * The answer to a submission is the receipt page itself (no redirect to a
 * URL of its own, nothing left in the history but the form's address):
 * a 16-digit receipt code.  The report is encrypted before it reaches the
 * database (see wb.h); anything the reporter typed into the identity
 * fields is dropped unless they chose to give their name.
 *
 * Safe to repeat: the form carries a one-time key ("once"), and the
 * receipt code is derived from it and a digest of everything submitted
 * (app_once_digits).  The same POST again (reload, double click) gives
 * the same code, so the same lookup hash, and whistle_submit() finds the
 * report instead of making a second one: the same receipt, no second
 * report, no second copy of the files.  A different report sent from the
 * same page (back, edit, send) gives another code: a report of its own.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "crypto.h"
#include "form.h"
#include "wbcodes.h"
#include "whistle.h"

enum {
	F_SUBJECT, F_OFFER, F_RELATION, F_CAUSE, F_DESC, F_ANON, F_NAME,
	F_CONTACT, F_C_RECEIVED, F_C_NAME, F_C_CONTENT, F_ONCE, F__MAX
};

/* The choices of "anonymity" (WB_ANONYMITY, in its order). */
enum { ANON_ANONYMOUS, ANON_NAMED };
static const char *const anonymity[] = { WB_ANONYMITY(WB_CODE_OF) NULL };

/* Labels are keys of the string tables, the same as the template's
 * <label>s, so that messages name the field as the page does. */
static const struct valid_field fields[F__MAX] = {
	[F_SUBJECT] = { "subject", "WB_SUBJECT", VT_LINE, VF_REQUIRED, 1, 300,
	    NULL },
	[F_OFFER] = { "offer_type", "WB_OFFER_TYPE", VT_ENUM, VF_REQUIRED, 0,
	    0, whistle_offers },
	[F_RELATION] = { "relation", "WB_RELATION", VT_ENUM, VF_REQUIRED, 0,
	    0, whistle_relations },
	[F_CAUSE] = { "cause", "WB_CAUSE", VT_INT, 0, 1, 1000000, NULL },
	[F_DESC] = { "description", "WB_DESCRIPTION", VT_TEXT, VF_REQUIRED,
	    1, 20000, NULL },
	[F_ANON] = { "anonymity", "WB_ANONYMITY", VT_ENUM, VF_REQUIRED, 0, 0,
	    anonymity },
	[F_NAME] = { "name", "WB_NAME", VT_LINE, 0, 0, 200, NULL },
	[F_CONTACT] = { "contact", "WB_CONTACT", VT_LINE, 0, 0, 300, NULL },
	[F_C_RECEIVED] = { "consent_received", "WB_CONSENT_RECEIVED", VT_BOOL,
	    0, 0, 0, NULL },
	[F_C_NAME] = { "consent_name", "WB_CONSENT_NAME", VT_BOOL, 0, 0, 0,
	    NULL },
	[F_C_CONTENT] = { "consent_content", "WB_CONSENT_CONTENT", VT_BOOL, 0,
	    0, 0, NULL },
	[F_ONCE] = { "once", "WB_ONCE", VT_TOKEN, 0, 20, 64, NULL },
};

static void
fill_causes(struct http_req *r, struct tpl_dict *d, const char *chosen)
{
	const PGresult	*c = whistle_causes();
	struct tpl_dict	*o;
	int		 i, danish;

	if (c == NULL)
		return;
	for (i = 0; i < PQntuples(c); i++) {
		o = tpl_section(d, "CAUSE_OPT");
		tpl_set(o, "CID", db_val(c, i, CAUSES_id));
		tpl_set(o, "CLABEL", whistle_cause_label(r, db_val(c, i, CAUSES_label),
		    &danish));
		if (danish)
			tpl_show(o, "DANISH");
		if (chosen != NULL && strcmp(chosen, db_val(c, i, CAUSES_id)) == 0)
			tpl_show(o, "SELECTED");
	}
}

static int
cause_known(const char *id)
{
	const PGresult	*c = whistle_causes();
	int		 i;

	for (i = 0; c != NULL && i < PQntuples(c); i++)
		if (strcmp(db_val(c, i, CAUSES_id), id) == 0)
			return 1;
	return 0;
}

/* One length-prefixed item of the content digest. */
static void
digest_put(crypto_generichash_state *st, const void *p, size_t n)
{
	unsigned char	 len[8];
	size_t		 i;

	for (i = 0; i < sizeof(len); i++)
		len[i] = (unsigned char)((uint64_t)n >> (8 * i));
	crypto_generichash_update(st, len, sizeof(len));
	crypto_generichash_update(st, p, n);
}

/* BLAKE2b of every field of the form (but the key) and every file. */
static void
content_digest(const struct http_req *r, unsigned char out[WB_KEY])
{
	crypto_generichash_state st;
	const char	*s;
	size_t		 i;

	crypto_generichash_init(&st, NULL, 0, WB_KEY);
	for (i = 0; i < F__MAX; i++) {
		if (i == F_ONCE)
			continue;
		s = kv_str(&r->form, fields[i].name);
		if (s == NULL)
			s = "";
		digest_put(&st, fields[i].name, strlen(fields[i].name));
		digest_put(&st, s, strlen(s));
	}
	for (i = 0; i < r->nfiles; i++) {
		if (strcmp(r->files[i].field, "attachment") != 0)
			continue;
		digest_put(&st, r->files[i].filename,
		    strlen(r->files[i].filename));
		digest_put(&st, r->files[i].ctype, strlen(r->files[i].ctype));
		digest_put(&st, r->files[i].data, r->files[i].len);
	}
	crypto_generichash_final(&st, out, WB_KEY);
}

/*
 * The receipt code of this submission: from the form's key and the
 * content, so that the same POST gives the same code.  Without a key (a
 * client that did not use our form) it is simply random.
 */
static void
receipt_code(const struct http_req *r, const char *once, char *code)
{
	unsigned char	 digest[WB_KEY];

	if (once == NULL) {
		crypto_digits(code, WB_CODE);
	} else {
		content_digest(r, digest);
		app_once_digits("whistle-receipt", once, digest,
		    sizeof(digest), code, WB_CODE);
	}
	if (code[0] == '0')
		code[0] = (char)('1' + (code[1] - '0') % 9);
}

/*
 * Encrypts and stores the report under the receipt code: 0 stored, 1 it
 * was stored already (a repeat: nothing is changed), -1 on a database
 * error.
 */
static int
submit(struct http_req *r, const struct valid_value *v, const char *code)
{
	unsigned char	 lookup[WB_KEY], rkey[WB_KEY], k[WB_KEY];
	unsigned char	 sealed[WB_SEALED], kr[WB_KEY + WB_OVERHEAD];
	unsigned char	*content;
	const char	*f[4], *p[11];
	int		 len[11] = { 0 }, fmt[11] = { 0 };
	int		 named = v[F_ANON].num == ANON_NAMED;
	int		 rc = -1, created, tries;
	size_t		 clen;
	PGresult	*res;

	if (wb_derive(code, whistle_salt, lookup, rkey) == -1)
		return -1;
	wb_new_key(k);
	wb_seal(k, whistle_pk, sealed);
	wb_encrypt(rkey, k, WB_KEY, kr);
	f[0] = v[F_SUBJECT].str;
	f[1] = v[F_DESC].str;
	f[2] = named ? v[F_NAME].str : "";
	f[3] = named ? v[F_CONTACT].str : "";
	content = wb_seal_fields(r->ar, k, f, 4, &clen);

	p[0] = (const char *)lookup;	len[0] = WB_KEY;	fmt[0] = 1;
	p[1] = v[F_OFFER].str;
	p[2] = v[F_RELATION].str;
	p[3] = v[F_CAUSE].present ? v[F_CAUSE].str : NULL;
	p[4] = named ? "t" : "f";
	p[5] = named && v[F_C_RECEIVED].num ? "t" : "f";
	p[6] = named && v[F_C_NAME].num ? "t" : "f";
	p[7] = named && v[F_C_CONTENT].num ? "t" : "f";
	p[8] = (const char *)sealed;	len[8] = WB_SEALED;	fmt[8] = 1;
	p[9] = (const char *)kr;	len[9] = sizeof(kr);	fmt[9] = 1;
	p[10] = (const char *)content;	len[10] = (int)clen;	fmt[10] = 1;
	/*
	 * Safe to repeat, so tried twice: the first statement of a request
	 * may find the connection gone (a restart of PostgreSQL since the
	 * last one), and a report must not be lost to that.
	 */
	for (tries = 0; rc == -1 && tries < 2; tries++) {
		if (db_ensure() == -1 || db_begin() == -1)
			continue;
		if ((res = db_execb(STMT_SUBMIT, p, len, fmt)) == NULL) {
			db_rollback();
			continue;
		}
		created = strcmp(db_val(res, 0, SUBMIT_created), "t") == 0;
		PQclear(res);
		if ((created && whistle_store_files(r, lookup, k) == -1) ||
		    db_commit() == -1) {
			db_rollback();
			continue;
		}
		rc = created ? 0 : 1;
	}
	sodium_memzero(k, sizeof(k));
	sodium_memzero(rkey, sizeof(rkey));
	return rc;
}

int
page_form(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d;
	char			 code[WB_CODE + 1];
	const char		*once;
	size_t			 errs;
	int			 named;

	d = page_new(r, &pg, "whistle/form.tpl", app_str(r, "WB_TITLE_FORM"));
	tpl_set(d, "ONCE", app_once_new(r));
	whistle_urls(r, d);
	if (r->method != HTTP_POST) {
		fill_causes(r, d, NULL);
		form_choice(d, "anonymity", anonymity[ANON_ANONYMOUS]);
		return page_send(r, &pg, 200);
	}
	errs = valid_form(fields, F__MAX, &r->form, v, msgs);
	/* A key we did not make is no key: the report is then not
	 * recognised if repeated, but not refused either. */
	once = v[F_ONCE].present && v[F_ONCE].err == NULL ? v[F_ONCE].str :
	    NULL;
	if (v[F_ONCE].err != NULL) {
		v[F_ONCE].err = NULL;
		errs--;
	}
	form_fill(d, fields, F_ONCE, &r->form, v);
	fill_causes(r, d, v[F_CAUSE].present ? v[F_CAUSE].str : NULL);
	if (v[F_CAUSE].present && v[F_CAUSE].err == NULL &&
	    !cause_known(v[F_CAUSE].str)) {
		form_error(d, "cause", app_str(r, "WB_ERR_CAUSE"));
		errs++;
	}
	if (v[F_ANON].err == NULL && v[F_ANON].num == ANON_NAMED &&
	    !v[F_NAME].present) {
		form_error(d, "name", app_str(r, "WB_ERR_NAME"));
		errs++;
	}
	if (whistle_nfiles(r) > WB_MAXFILES) {
		form_error(d, "attachment", app_str(r, "WB_ERR_FILES"));
		errs++;
	}
	if (errs > 0) {
		whistle_files_lost(r, d);
		return page_send(r, &pg, 422);
	}
	tpl_dict_free(pg.root);
	named = v[F_ANON].num == ANON_NAMED;
	receipt_code(r, once, code);
	if (submit(r, v, code) == -1) {
		sodium_memzero(code, sizeof(code));
		return 503;
	}
	d = page_new(r, &pg, "whistle/receipt.tpl",
	    app_str(r, "WB_TITLE_RECEIPT"));
	whistle_urls(r, d);
	tpl_setf(d, "CODE", "%.4s %.4s %.4s %.4s", code, code + 4, code + 8,
	    code + 12);
	tpl_show(d, named ? "NAMED" : "ANONYMOUS");
	sodium_memzero(code, sizeof(code));
	return page_send(r, &pg, 200);
}

/*
 * /whistleblower/: the report form, and its submission.
 *
 * The answer to a submission is the receipt page itself (no redirect to a
 * URL of its own, nothing left in the history but the form's address):
 * a 16-digit receipt code, shown once.  The report is encrypted before it
 * reaches the database (see wb.h); anything the reporter typed into the
 * identity fields is dropped unless they chose to give their name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "crypto.h"
#include "form.h"
#include "whistle.h"

enum {
	F_SUBJECT, F_OFFER, F_RELATION, F_CAUSE, F_DESC, F_ANON, F_NAME,
	F_CONTACT, F_C_RECEIVED, F_C_NAME, F_C_CONTENT, F__MAX
};

static const char *const offers[] = {
	"plejefamilie", "boern_unge", "voksen", "kombineret", NULL
};
static const char *const relations[] = {
	"ansat", "tidligere_ansat", "paaroerende", "beboer", "bisidder",
	"nabo", "fagperson", "myndighed", "andet", NULL
};
static const char *const anonymity[] = { "anonymous", "named", NULL };

static const struct valid_field fields[F__MAX] = {
	{ "subject", "Navn på tilbuddet eller plejefamilien", VT_LINE,
	  VF_REQUIRED, 1, 300, NULL },
	{ "offer_type", "Type", VT_ENUM, VF_REQUIRED, 0, 0, offers },
	{ "relation", "Din tilknytning", VT_ENUM, VF_REQUIRED, 0, 0, relations },
	{ "cause", "Hvad drejer det sig om", VT_INT, 0, 1, 1000000, NULL },
	{ "description", "Beskriv forholdene", VT_TEXT, VF_REQUIRED, 1, 20000,
	  NULL },
	{ "anonymity", "Anonymitet", VT_ENUM, VF_REQUIRED, 0, 0, anonymity },
	{ "name", "Dit navn", VT_LINE, 0, 0, 200, NULL },
	{ "contact", "Telefon eller e-mail", VT_LINE, 0, 0, 300, NULL },
	{ "consent_received", "Samtykke", VT_BOOL, 0, 0, 0, NULL },
	{ "consent_name", "Samtykke", VT_BOOL, 0, 0, 0, NULL },
	{ "consent_content", "Samtykke", VT_BOOL, 0, 0, 0, NULL },
};

static void
fill_causes(struct tpl_dict *d, const char *chosen)
{
	const PGresult	*c = whistle_causes();
	struct tpl_dict	*o;
	int		 i;

	if (c == NULL)
		return;
	for (i = 0; i < PQntuples(c); i++) {
		o = tpl_section(d, "CAUSE_OPT");
		tpl_set(o, "CID", db_val(c, i, 0));
		tpl_set(o, "CLABEL", db_val(c, i, 1));
		if (chosen != NULL && strcmp(chosen, db_val(c, i, 0)) == 0)
			tpl_show(o, "SELECTED");
	}
}

static int
cause_known(const char *id)
{
	const PGresult	*c = whistle_causes();
	int		 i;

	for (i = 0; c != NULL && i < PQntuples(c); i++)
		if (strcmp(db_val(c, i, 0), id) == 0)
			return 1;
	return 0;
}

static int
count_files(struct http_req *r)
{
	size_t	 i;
	int	 n = 0;

	for (i = 0; i < r->nfiles; i++)
		n += strcmp(r->files[i].field, "attachment") == 0;
	return n;
}

/* Encrypts and stores the report; the receipt code goes into code. */
static int
submit(struct http_req *r, const struct valid_value *v, char *code)
{
	unsigned char	 lookup[WB_KEY], rkey[WB_KEY], k[WB_KEY];
	unsigned char	 sealed[WB_SEALED], kr[WB_KEY + WB_OVERHEAD];
	unsigned char	*content;
	const char	*f[4], *p[11];
	int		 len[11] = { 0 }, fmt[11] = { 0 };
	int		 named = v[F_ANON].num == 1, rc = -1;
	size_t		 clen;
	PGresult	*res;

	crypto_digits(code, WB_CODE);
	if (code[0] == '0')
		code[0] = '1' + (char)(code[1] % 9);
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
	if (db_begin() == -1)
		goto out;
	if ((res = db_execb(STMT_SUBMIT, p, len, fmt)) == NULL) {
		db_rollback();
		goto out;
	}
	PQclear(res);
	if (whistle_store_files(r, lookup, k) == -1 || db_commit() == -1) {
		db_rollback();
		goto out;
	}
	rc = 0;
out:
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
	size_t			 errs;

	d = page_new(r, &pg, "whistle/form.tpl", "Indberet bekymrende forhold");
	if (r->method != HTTP_POST) {
		fill_causes(d, NULL);
		form_choice(d, "anonymity", "anonymous");
		return page_send(r, &pg, 200);
	}
	errs = valid_form(fields, F__MAX, &r->form, v, msgs);
	form_fill(d, fields, F__MAX, &r->form, v);
	fill_causes(d, v[F_CAUSE].present ? v[F_CAUSE].str : NULL);
	if (v[F_CAUSE].present && v[F_CAUSE].err == NULL &&
	    !cause_known(v[F_CAUSE].str)) {
		form_error(d, "cause", "Vælg en af årsagerne på listen.");
		errs++;
	}
	if (v[F_ANON].err == NULL && v[F_ANON].num == 1 && !v[F_NAME].present) {
		form_error(d, "name", "Skriv dit navn, eller vælg at være "
		    "anonym.");
		errs++;
	}
	if (count_files(r) > WB_MAXFILES) {
		form_error(d, "attachment", "Vedhæft højst 5 filer.");
		errs++;
	}
	if (errs > 0)
		return page_send(r, &pg, 422);
	tpl_dict_free(pg.root);
	if (db_ensure() == -1 || submit(r, v, code) == -1)
		return 503;
	d = page_new(r, &pg, "whistle/receipt.tpl", "Tak for din henvendelse");
	tpl_setf(d, "CODE", "%.4s %.4s %.4s %.4s", code, code + 4, code + 8,
	    code + 12);
	sodium_memzero(code, sizeof(code));
	return page_send(r, &pg, 200);
}

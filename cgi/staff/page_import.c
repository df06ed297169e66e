/*
 * /staff/import: historical status reports and accounts from a CSV file,
 * for a new installation, so the goals can be measured from day one.
 *
 * Columns (by the header row, any order; ',' or ';' separated):
 *   type       statusrapport | regnskab
 *   tilsagn    the grant number in the old system
 *   sagsnummer optional; a new one is made if empty
 *   modtaget   YYYY-MM-DD
 *   afgjort    YYYY-MM-DD, empty while the case is open
 *   udfald     godkendt | afvist (only with afgjort)
 *   pauser     optional: "start/slut" pairs separated by spaces
 * Every row is checked first and every error reported by line; nothing is
 * imported unless every row is good, and then all of it in one transaction.
 *
 * An import is safe to repeat: the form's one-time key and a digest of the
 * file are stored with the import (import_batch), so the same POST again,
 * or the same file from a new form, imports nothing a second time and
 * says when it was imported.  The result is shown by POST/redirect/GET.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "csv.h"
#include "form.h"
#include "staff.h"

enum { C_TYPE, C_GRANT, C_CASE, C_RECEIVED, C_DECIDED, C_OUTCOME, C_PAUSES,
    C__MAX };

static const char *const colnames[C__MAX] = {
	[C_TYPE] = "type",
	[C_GRANT] = "tilsagn",
	[C_CASE] = "sagsnummer",
	[C_RECEIVED] = "modtaget",
	[C_DECIDED] = "afgjort",
	[C_OUTCOME] = "udfald",
	[C_PAUSES] = "pauser",
};

#define MAXROWS		20000
#define MAXPAUSES	8

struct irow {
	int		 line;
	const char	*kind;		/* "status" or "accounts" */
	const char	*grant;
	const char	*case_no;
	const char	*received;
	const char	*decided;	/* NULL while open */
	const char	*status;
	int		 npauses;
	const char	*pstart[MAXPAUSES];
	const char	*pend[MAXPAUSES];	/* NULL: still paused */
};

enum { F_ONCE, F__MAX };

static const struct valid_field fields[F__MAX] = {
	[F_ONCE] = STAFF_ONCE_FIELD,
};

/* An error of one line, in the summary (the file input is its field). */
static void
row_error(struct http_req *r, struct tpl_dict *d, int line, const char *msg)
{
	struct tpl_dict	*e;

	tpl_show(d, "HAS_ERRORS");
	e = tpl_section(d, "ERRORS");
	tpl_set(e, "FIELD", "file");
	tpl_set(e, "MSG", arena_printf(r->ar, "Linje %d: %s", line, msg));
}

/* The file was refused: say so at the field, and that it must be chosen
 * again (a browser cannot fill a file input in). */
static int
refused(struct http_req *r, struct page *pg, struct tpl_dict *d,
    const struct http_file *f, size_t nerr)
{
	struct tpl_dict	*e;

	e = tpl_section(d, "FILE_ERR");
	if (nerr > 0)
		tpl_set(e, "MSG", arena_printf(r->ar, "Filen blev afvist: %zu "
		    "fejl. Intet er importeret.", nerr));
	else
		tpl_set(e, "MSG", "Filen blev afvist. Intet er importeret.");
	if (f != NULL && f->len > 0)
		tpl_set(tpl_section(d, "FILE_LOST"), "NAME", f->filename);
	return page_send(r, pg, 422);
}

/* The result of an import, from ?batch= (and ?again=1 for a repeat). */
static void
batch_notice(struct tpl_dict *d, const char *batch, int again)
{
	const char	*p[1] = { batch };
	struct tpl_dict	*n;
	PGresult	*res;
	int64_t		 id;

	if (str_to_i64(batch, 1, INT64_MAX, &id) == -1 ||
	    (res = db_exec(STMT_IMPORT_BATCH_GET, p)) == NULL)
		return;
	if (PQntuples(res) == 1) {
		n = tpl_section(d, again ? "AGAIN" : "IMPORTED");
		tpl_set(n, "N", db_val(res, 0, IMPORT_BATCH_GET_cases));
		tpl_set(n, "FILENAME", db_val(res, 0,
		    IMPORT_BATCH_GET_filename));
		tpl_set(n, "AT", db_val(res, 0, IMPORT_BATCH_GET_at));
		tpl_set(n, "BY", db_val(res, 0, IMPORT_BATCH_GET_staff));
	}
	PQclear(res);
}

/* What the first import of this POST or this file recorded, or NULL. */
static const char *
first_batch(struct http_req *r, const char *once_hash, const char *file_hash)
{
	const char	*p[1] = { file_hash }, *id = NULL;
	PGresult	*res;

	if (once_hash != NULL)
		return staff_once_ref(r, once_hash);
	if ((res = db_exec(STMT_IMPORT_BATCH_FILE, p)) == NULL)
		return NULL;
	if (PQntuples(res) == 1)
		id = arena_strdup(r->ar, db_val(res, 0, IMPORT_BATCH_FILE_id));
	PQclear(res);
	return id;
}

static int
date_ok(const char *s, cal_day *out)
{
	return cal_parse(s, out) == 0;
}

/* "2023-02-01/2023-02-15 2023-03-01/" into the row; NULL or a message. */
static const char *
parse_pauses(struct http_req *r, struct irow *ir, const char *s, cal_day recv,
    cal_day dec)
{
	static const char *const msg[] = {
		[GPE_TOO_MANY] = "For mange pauser (højst 8).",
		[GPE_NO_SLASH] = "En pause skal skrives start/slut.",
		[GPE_BAD_DATE] = "En pause har en ugyldig dato.",
		[GPE_BEFORE_RECEIVED] =
		    "En pause begynder før sagen blev modtaget.",
		[GPE_END_BEFORE_START] = "En pause slutter før den begynder.",
		[GPE_AFTER_DECISION] = "En pause slutter efter afgørelsen.",
		[GPE_OPEN_DECIDED] =
		    "En afgjort sag kan ikke have en åben pause.",
	};
	struct grant_pause	 p[MAXPAUSES];
	enum grant_pause_err	 e;
	size_t			 i, n;
	char			 day[11];

	if ((e = grant_pauses_parse(s, " ", recv, dec, p, MAXPAUSES, &n)) !=
	    GPE_OK)
		return msg[e];
	for (i = 0; i < n; i++) {
		cal_format(p[i].start, day);
		ir->pstart[i] = arena_strdup(r->ar, day);
		ir->pend[i] = NULL;
		if (p[i].end != GRANT_NODAY) {
			cal_format(p[i].end, day);
			ir->pend[i] = arena_strdup(r->ar, day);
		}
	}
	ir->npauses = (int)n;
	return NULL;
}

/* Checks one record; NULL if good, else a Danish message. */
static const char *
check_row(struct http_req *r, struct csv *c, const int *col, struct irow *ir)
{
	const char	*f[C__MAX];
	cal_day		 recv, dec = GRANT_NODAY;
	int		 i;

	for (i = 0; i < C__MAX; i++)
		f[i] = col[i] >= 0 && (size_t)col[i] < c->nfield ?
		    c->field[col[i]] : "";
	memset(ir, 0, sizeof(*ir));
	ir->line = c->line;
	if (strcmp(f[C_TYPE], "statusrapport") == 0)
		ir->kind = "status";
	else if (strcmp(f[C_TYPE], "regnskab") == 0)
		ir->kind = "accounts";
	else
		return "»type« skal være statusrapport eller regnskab.";
	if (*f[C_GRANT] == '\0' || strlen(f[C_GRANT]) > 40)
		return "»tilsagn« skal udfyldes (højst 40 tegn).";
	if (strlen(f[C_CASE]) > 40)
		return "»sagsnummer« må højst være 40 tegn.";
	if (!date_ok(f[C_RECEIVED], &recv))
		return "»modtaget« skal være en dato på formen ÅÅÅÅ-MM-DD.";
	if (*f[C_DECIDED] != '\0') {
		if (!date_ok(f[C_DECIDED], &dec))
			return "»afgjort« skal være en dato på formen ÅÅÅÅ-MM-DD.";
		if (dec < recv)
			return "»afgjort« ligger før »modtaget«.";
		if (strcmp(f[C_OUTCOME], "godkendt") == 0)
			ir->status = "approved";
		else if (strcmp(f[C_OUTCOME], "afvist") == 0)
			ir->status = "rejected";
		else
			return "»udfald« skal være godkendt eller afvist, når "
			    "sagen er afgjort.";
		ir->decided = arena_strdup(r->ar, f[C_DECIDED]);
	} else if (*f[C_OUTCOME] != '\0')
		return "»udfald« kræver en dato i »afgjort«.";
	else
		ir->status = "received";
	ir->grant = arena_strdup(r->ar, f[C_GRANT]);
	ir->case_no = arena_strdup(r->ar, f[C_CASE]);
	ir->received = arena_strdup(r->ar, f[C_RECEIVED]);
	return parse_pauses(r, ir, f[C_PAUSES], recv, dec);
}

/* Maps the header row to columns; NULL or a message. */
static const char *
header(struct http_req *r, struct csv *c, int *col)
{
	size_t	 i, k;

	for (k = 0; k < C__MAX; k++)
		col[k] = -1;
	for (i = 0; i < c->nfield; i++)
		for (k = 0; k < C__MAX; k++)
			if (strcmp(c->field[i], colnames[k]) == 0)
				col[k] = (int)i;
	for (k = 0; k < C__MAX; k++)
		if (col[k] < 0 && k != C_CASE && k != C_PAUSES &&
		    k != C_DECIDED && k != C_OUTCOME)
			return arena_printf(r->ar, "Kolonnen »%s« mangler i "
			    "første linje.", colnames[k]);
	return NULL;
}

static int
import_rows(struct http_req *r, const struct irow *rows, size_t n,
    int *bad_line)
{
	const char	*p[6], *sid;
	PGresult	*res;
	size_t		 i;
	int		 k;

	for (i = 0; i < n; i++) {
		*bad_line = rows[i].line;
		p[0] = rows[i].case_no;
		p[1] = rows[i].kind;
		p[2] = rows[i].grant;
		p[3] = rows[i].status;
		p[4] = rows[i].received;
		p[5] = rows[i].decided;
		if ((res = db_exec(STMT_IMPORT_SUB, p)) == NULL)
			return -1;
		sid = arena_strdup(r->ar, db_val(res, 0, IMPORT_SUB_id));
		PQclear(res);
		for (k = 0; k < rows[i].npauses; k++) {
			p[0] = sid;
			p[1] = rows[i].pstart[k];
			p[2] = rows[i].pend[k];
			if (db_count(STMT_IMPORT_PAUSE, p) == -1)
				return -1;
		}
		p[0] = sid;
		p[1] = staff_user.id;
		p[2] = "imported";
		p[3] = "Importeret fra CSV.";
		p[4] = NULL;
		if (db_count(STMT_CASE_EVENT, p) == -1)
			return -1;
	}
	return 0;
}

int
page_import(struct http_req *r)
{
	struct valid_value	 v[F__MAX];
	struct valid_msgbuf	 msgs[F__MAX];
	struct page		 pg;
	struct tpl_dict		*d;
	const struct http_file	*f = NULL;
	struct csv		*c;
	struct irow		*rows;
	const char		*why, *p[4], *batch = NULL;
	unsigned char		 digest[32];
	char			 file_hash[CRYPTO_HASHHEX], once_hash[CRYPTO_HASHHEX];
	PGresult		*res;
	size_t			 n = 0, i, errs = 0;
	int			 col[C__MAX], rc, bad = 0, claim;

	if (r->method == HTTP_POST &&
	    valid_form(fields, F__MAX, &r->form, v, msgs) > 0) {
		rc = app_error(r, 400, STAFF_ONCE_STALE);
		goto out;
	}
	d = page_new(r, &pg, "staff/import.tpl", "Import af sager");
	tpl_set(d, "ONCE", r->method == HTTP_POST ? v[F_ONCE].str :
	    app_once_new(r));
	if (r->method != HTTP_POST) {
		if (kv_str(&r->query, "batch") != NULL)
			batch_notice(d, kv_str(&r->query, "batch"),
			    kv_str(&r->query, "again") != NULL);
		rc = page_send(r, &pg, 200);
		goto out;
	}
	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "file") == 0)
			f = &r->files[i];
	if (f == NULL || f->len == 0) {
		form_error(d, "file", "Vælg en CSV-fil.");
		rc = page_send(r, &pg, 422);
		goto out;
	}
	c = arena_alloc(r->ar, sizeof(*c));
	csv_open(c, f->data, f->len);
	if ((rc = csv_next(c, &why)) != 1 || (why = header(r, c, col)) != NULL) {
		form_error(d, "file", rc == 0 ? "Filen er tom." : why);
		tpl_set(tpl_section(d, "FILE_LOST"), "NAME", f->filename);
		rc = page_send(r, &pg, 422);
		goto out;
	}
	rows = arena_alloc(r->ar, MAXROWS * sizeof(*rows));
	while ((rc = csv_next(c, &why)) != 0) {
		if (rc == -1) {
			row_error(r, d, c->line, why);
			errs++;
			continue;
		}
		if (n == MAXROWS) {
			form_error(d, "file", "Filen har for mange linjer "
			    "(højst 20.000).");
			tpl_set(tpl_section(d, "FILE_LOST"), "NAME",
			    f->filename);
			rc = page_send(r, &pg, 422);
			goto out;
		}
		if ((why = check_row(r, c, col, &rows[n])) != NULL) {
			row_error(r, d, c->line, why);
			errs++;
			continue;
		}
		n++;
	}
	if (errs > 0) {
		rc = refused(r, &pg, d, f, errs);
		goto out;
	}

	/* The same file is the same import, whichever form it came from. */
	crypto_generichash(digest, sizeof(digest),
	    (const unsigned char *)f->data, f->len, NULL, 0);
	sodium_bin2hex(file_hash, sizeof(file_hash), digest, sizeof(digest));
	if (db_begin() == -1)
		goto dberr;
	if ((claim = staff_once_claim(r, "import", v[F_ONCE].str, file_hash,
	    NULL, once_hash)) == -1)
		goto dberr;
	p[0] = file_hash;
	p[1] = f->filename;
	p[2] = arena_printf(r->ar, "%zu", n);
	p[3] = staff_user.id;
	if (claim == 1) {
		if ((res = db_exec(STMT_IMPORT_BATCH_ADD, p)) == NULL)
			goto dberr;
		if (PQntuples(res) == 1)
			batch = arena_strdup(r->ar, db_val(res, 0,
			    IMPORT_BATCH_ADD_id));
		PQclear(res);
	}
	if (batch == NULL) {
		/* A repeat: show what the first one did. */
		db_rollback();
		rc = 503;
		if ((batch = first_batch(r, claim == 0 ? once_hash : NULL,
		    file_hash)) != NULL && *batch != '\0') {
			http_redirect(r, arena_printf(r->ar,
			    "/staff/import?batch=%s&again=1", batch));
			rc = 0;
		}
		goto drop;
	}
	if (import_rows(r, rows, n, &bad) == -1) {
		rc = strcmp(db_sqlstate(), "23505") == 0;
		db_rollback();
		if (!rc) {
			rc = 503;
			goto drop;
		}
		row_error(r, d, bad, "Sagsnummeret findes allerede.");
		rc = refused(r, &pg, d, f, 1);
		goto out;
	}
	if (staff_once_set(once_hash, batch) == -1 ||
	    staff_audit("import", batch, "csv", arena_printf(r->ar,
	    "%zu sager fra %s", n, f->filename)) == -1 || db_commit() == -1)
		goto dberr;
	http_redirect(r, arena_printf(r->ar, "/staff/import?batch=%s", batch));
	rc = 0;
	goto drop;
dberr:
	db_rollback();
	rc = 503;
drop:
	tpl_dict_free(pg.root);		/* answered without the page */
out:
	return rc;
}

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
 */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "form.h"
#include "staff.h"

enum { C_TYPE, C_GRANT, C_CASE, C_RECEIVED, C_DECIDED, C_OUTCOME, C_PAUSES,
    C__MAX };

static const char *const colnames[C__MAX] = {
	"type", "tilsagn", "sagsnummer", "modtaget", "afgjort", "udfald",
	"pauser"
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

static void
row_error(struct http_req *r, struct tpl_dict *d, int line, const char *msg)
{
	struct tpl_dict	*e = tpl_section(d, "ROW_ERROR");

	tpl_set_int(e, "LINE", line);
	tpl_set(e, "MSG", msg);
	(void)r;
}

static int
date_ok(const char *s, cal_day *out)
{
	return cal_parse(s, out) == 0;
}

/* "2023-02-01/2023-02-15 2023-03-01/" into the row; NULL or a message. */
static const char *
parse_pauses(struct http_req *r, struct irow *ir, char *s, cal_day recv,
    cal_day dec)
{
	char	*tok, *slash, *save = NULL;
	cal_day	 a, b;

	for (tok = strtok_r(s, " ", &save); tok != NULL;
	    tok = strtok_r(NULL, " ", &save)) {
		if (ir->npauses == MAXPAUSES)
			return "For mange pauser (højst 8).";
		if ((slash = strchr(tok, '/')) == NULL)
			return "En pause skal skrives start/slut.";
		*slash++ = '\0';
		if (!date_ok(tok, &a) || (*slash != '\0' && !date_ok(slash, &b)))
			return "En pause har en ugyldig dato.";
		if (a < recv)
			return "En pause begynder før sagen blev modtaget.";
		if (*slash != '\0' && b < a)
			return "En pause slutter før den begynder.";
		if (*slash != '\0' && dec != GRANT_NODAY && b > dec)
			return "En pause slutter efter afgørelsen.";
		if (*slash == '\0' && dec != GRANT_NODAY)
			return "En afgjort sag kan ikke have en åben pause.";
		ir->pstart[ir->npauses] = arena_strdup(r->ar, tok);
		ir->pend[ir->npauses] = *slash != '\0' ?
		    arena_strdup(r->ar, slash) : NULL;
		ir->npauses++;
	}
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
	return parse_pauses(r, ir, arena_strdup(r->ar, f[C_PAUSES]), recv, dec);
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
		sid = arena_strdup(r->ar, db_val(res, 0, 0));
		PQclear(res);
		for (k = 0; k < rows[i].npauses; k++) {
			p[0] = sid;
			p[1] = rows[i].pstart[k];
			p[2] = rows[i].pend[k];
			if ((res = db_exec(STMT_IMPORT_PAUSE, p)) == NULL)
				return -1;
			PQclear(res);
		}
		p[0] = sid;
		p[1] = staff_user.id;
		p[2] = "imported";
		p[3] = "Importeret fra CSV.";
		p[4] = NULL;
		if ((res = db_exec(STMT_CASE_EVENT, p)) == NULL)
			return -1;
		PQclear(res);
	}
	return 0;
}

int
page_import(struct http_req *r)
{
	struct page		 pg;
	struct tpl_dict		*d;
	const struct http_file	*f = NULL;
	struct csv		*c;
	struct irow		*rows;
	const char		*why;
	size_t			 n = 0, i, errs = 0;
	int			 col[C__MAX], rc, bad = 0;

	d = page_new(r, &pg, "staff/import.tpl", "Import af sager");
	if (r->method != HTTP_POST)
		return page_send(r, &pg, 200);
	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].field, "file") == 0)
			f = &r->files[i];
	if (f == NULL || f->len == 0) {
		form_error(d, "file", "Vælg en CSV-fil.");
		return page_send(r, &pg, 422);
	}
	c = arena_alloc(r->ar, sizeof(*c));
	csv_open(c, f->data, f->len);
	if ((rc = csv_next(c, &why)) != 1 || (why = header(r, c, col)) != NULL) {
		form_error(d, "file", rc == 0 ? "Filen er tom." : why);
		return page_send(r, &pg, 422);
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
			return page_send(r, &pg, 422);
		}
		if ((why = check_row(r, c, col, &rows[n])) != NULL) {
			row_error(r, d, c->line, why);
			errs++;
			continue;
		}
		n++;
	}
	if (errs > 0) {
		tpl_set_int(d, "NERR", (long long)errs);
		tpl_show(d, "REJECTED");
		return page_send(r, &pg, 422);
	}
	if (db_begin() == -1) {
		tpl_dict_free(pg.root);
		return 503;
	}
	if (import_rows(r, rows, n, &bad) == -1) {
		rc = strcmp(db_sqlstate(), "23505") == 0;
		db_rollback();
		if (!rc) {
			tpl_dict_free(pg.root);
			return 503;
		}
		row_error(r, d, bad, "Sagsnummeret findes allerede.");
		tpl_set_int(d, "NERR", 1);
		tpl_show(d, "REJECTED");
		return page_send(r, &pg, 422);
	}
	if (staff_audit("import", NULL, "csv", arena_printf(r->ar,
	    "%zu sager fra %s", n, f->filename)) == -1 || db_commit() == -1) {
		db_rollback();
		tpl_dict_free(pg.root);
		return 503;
	}
	tpl_set_int(tpl_section(d, "IMPORTED"), "N", (long long)n);
	return page_send(r, &pg, 200);
}

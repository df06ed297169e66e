/* /grants/my/cases/<id>: one submission, its status and the agency's messages. */
#include <stdlib.h>
#include <string.h>

#include "portal.h"
#include "valid.h"

static const char *const event_label[][2] = {
	{ "received", "Modtaget" },
	{ "resubmitted", "Indsendt igen efter rettelse" },
	{ "taken", "Sagen er taget under behandling" },
	{ "returned", "Sendt retur til rettelse" },
	{ "approved", "Godkendt" },
	{ "rejected", "Afvist" },
	{ "repayment", "Krav om tilbagebetaling" },
	{ "message", "Besked fra styrelsen" },
	{ "imported", "Overført fra tidligere system" },
};

static void
fill_events(struct tpl_dict *d, const char *sid)
{
	const char	*params[1] = { sid };
	PGresult	*res;
	struct tpl_dict	*e;
	char		 amount[48];
	size_t		 k;
	int		 i;

	if ((res = db_exec(STMT_SUB_EVENTS, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		e = tpl_section(d, "EVENT");
		tpl_set(e, "AT", db_val(res, i, 0));
		for (k = 0; k < sizeof(event_label) / sizeof(event_label[0]); k++)
			if (strcmp(event_label[k][0], db_val(res, i, 1)) == 0)
				tpl_set(e, "WHAT", event_label[k][1]);
		tpl_set(e, "MESSAGE", db_val(res, i, 2));
		if (!db_isnull(res, i, 3)) {
			valid_fmt_amount(strtoll(db_val(res, i, 3), NULL, 10),
			    amount, sizeof(amount));
			tpl_set(tpl_section(e, "AMOUNT"), "SUM", amount);
		}
	}
	PQclear(res);
}

static void
fill_lines(struct tpl_dict *d, const char *sid)
{
	const char	*params[1] = { sid };
	PGresult	*res;
	struct tpl_dict	*l;
	char		 amount[48];
	int		 i;

	if ((res = db_exec(STMT_ACCL_GET, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		l = tpl_section(d, "LINE");
		tpl_set(l, "TEXT", db_val(res, i, 1));
		valid_fmt_amount(strtoll(db_val(res, i, 2), NULL, 10), amount,
		    sizeof(amount));
		tpl_set(l, "BUDGET", amount);
		valid_fmt_amount(strtoll(db_val(res, i, 3), NULL, 10), amount,
		    sizeof(amount));
		tpl_set(l, "ACTUAL", amount);
		tpl_set(l, "EXPLANATION", db_val(res, i, 4));
	}
	PQclear(res);
}

int
page_case(struct http_req *r)
{
	const char	*params[2];
	struct page	 pg;
	struct tpl_dict	*d;
	PGresult	*s;
	int64_t		 id;
	char		 amount[48];

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	params[0] = r->args[0];
	params[1] = portal_award;
	if ((s = db_exec(STMT_SUB_GET, params)) == NULL)
		return 503;
	if (PQntuples(s) == 0) {
		PQclear(s);
		return 404;	/* someone else's case */
	}
	d = page_new(r, &pg, "portal/case.tpl", db_val(s, 0, 1));
	tpl_set(d, "CASE_NO", db_val(s, 0, 1));
	tpl_set(d, "KIND", portal_kind_label(db_val(s, 0, 2)));
	tpl_set(d, "STATUS", portal_status_label(db_val(s, 0, 3)));
	tpl_set(d, "RECEIVED", db_val(s, 0, 4));
	tpl_set(d, "DECIDED", db_val(s, 0, 5));
	if (kv_str(&r->query, "receipt") != NULL)
		tpl_show(d, "RECEIPT");
	if (strcmp(db_val(s, 0, 2), "status") == 0) {
		struct tpl_dict *t = tpl_section(d, "STATUS_REPORT");

		tpl_set(t, "PROGRESS", db_val(s, 0, 6));
		tpl_set(t, "MILESTONES", db_val(s, 0, 7));
		tpl_set(t, "DEVIATIONS", db_val(s, 0, 8));
	} else
		fill_lines(tpl_section(d, "ACCOUNTS"), db_val(s, 0, 0));
	if (!db_isnull(s, 0, 9)) {
		valid_fmt_amount(strtoll(db_val(s, 0, 9), NULL, 10), amount,
		    sizeof(amount));
		tpl_set(tpl_section(d, "REPAYMENT"), "SUM", amount);
	}
	if (strcmp(db_val(s, 0, 3), "returned") == 0)
		tpl_set(tpl_section(d, "CORRECT"), "OID", db_val(s, 0, 11));
	fill_events(d, db_val(s, 0, 0));
	portal_list_files(d, STMT_ATT_LIST_SUB, db_val(s, 0, 0));
	PQclear(s);
	return page_send(r, &pg, 200);
}

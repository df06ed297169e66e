/* /grants/: the catalogue of published pools. */
#include <stdlib.h>
#include <string.h>

#include "portal.h"
#include "valid.h"

static const char *const status_label[][2] = {
	{ "upcoming",	"Åbner snart" },
	{ "open",	"Åben for ansøgninger" },
	{ "closed",	"Lukket" },
	{ "disbursed",	"Udmøntet" },
};

void
pool_fill(struct tpl_dict *d, const PGresult *res, int row)
{
	char		 amount[48];
	const char	*st = db_val(res, row, 12);
	size_t		 i;

	tpl_set(d, "ID", db_val(res, row, 0));
	tpl_set(d, "NAME", db_val(res, row, 1));
	tpl_set(d, "THEME", db_val(res, row, 2));
	tpl_set(d, "PURPOSE", db_val(res, row, 3));
	valid_fmt_amount(strtoll(db_val(res, row, 4), NULL, 10), amount,
	    sizeof(amount));
	tpl_set(d, "AMOUNT", amount);
	tpl_set(d, "YEAR", db_val(res, row, 5));
	tpl_set(d, "OPENS", db_val(res, row, 6));
	tpl_set(d, "CLOSES", db_val(res, row, 7));
	tpl_set(d, "APPLICATION", db_val(res, row, 9));
	tpl_set(d, "LEGAL", db_val(res, row, 10));
	tpl_set(d, "DEADLINE", db_val(res, row, 11));
	tpl_set(d, "STATUS", st);
	for (i = 0; i < sizeof(status_label) / sizeof(status_label[0]); i++)
		if (strcmp(status_label[i][0], st) == 0)
			tpl_set(d, "STATUS_LABEL", status_label[i][1]);
}

int
page_grants(struct http_req *r)
{
	struct page	 pg;
	struct tpl_dict	*d;
	PGresult	*res;
	int		 i, n;

	if ((res = db_exec(STMT_POOL_LIST, NULL)) == NULL)
		return 503;
	d = page_new(r, &pg, "portal/grants.tpl", "Tilskudspuljer");
	n = PQntuples(res);
	for (i = 0; i < n; i++)
		pool_fill(tpl_section(d, "POOL"), res, i);
	tpl_set_int(d, "COUNT", n);
	if (n == 0)
		tpl_show(d, "EMPTY");
	PQclear(res);
	return page_send(r, &pg, 200);
}

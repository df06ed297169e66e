/* Labels and small shared pieces of the staff pages. */
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "staff.h"

static const char *const sub_status[][2] = {
	{ "received",	"Modtaget" },
	{ "processing",	"Under behandling" },
	{ "returned",	"Sendt retur til rettelse" },
	{ "approved",	"Godkendt" },
	{ "rejected",	"Afvist" },
};

const char *
staff_status_label(const char *status)
{
	size_t	 i;

	for (i = 0; i < sizeof(sub_status) / sizeof(sub_status[0]); i++)
		if (strcmp(sub_status[i][0], status) == 0)
			return sub_status[i][1];
	return status;
}

const char *
staff_kind_label(const char *kind)
{
	return strcmp(kind, "accounts") == 0 ? "Regnskab" : "Statusrapport";
}

void
staff_list_files(struct tpl_dict *d, int stmt, const char *owner)
{
	const char	*params[1] = { owner };
	PGresult	*res;
	struct tpl_dict	*f;
	int		 i;

	if ((res = db_exec(stmt, params)) == NULL)
		return;
	for (i = 0; i < PQntuples(res); i++) {
		f = tpl_section(d, "FILE");
		tpl_set(f, "FILE_ID", db_val(res, i, 0));
		tpl_set(f, "FILE_NAME", db_val(res, i, 1));
		tpl_setf(f, "FILE_KB", "%lld",
		    (strtoll(db_val(res, i, 2), NULL, 10) + 1023) / 1024);
		if (strcmp(db_val(res, i, 3), "revisor") == 0)
			tpl_show(f, "FILE_AUDITOR");
	}
	PQclear(res);
}

/* GET /staff/files/<id>: any attachment, for grant staff. */
int
page_file(struct http_req *r)
{
	const char	*params[1] = { r->args[0] };
	PGresult	*res;
	int64_t		 id;
	int		 rc;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	if ((res = db_exec(STMT_FILE_GET, params)) == NULL)
		return 503;
	if (PQntuples(res) == 0) {
		PQclear(res);
		return 404;
	}
	rc = attach_send(r, res);
	PQclear(res);
	return rc;
}

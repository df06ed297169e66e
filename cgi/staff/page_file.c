/* GET /staff/files/<id> (page_file). */
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "staff.h"

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

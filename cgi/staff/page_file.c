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
	int64_t		 id;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	return attach_send(r, STMT_FILE_GET, params);
}

/*
 * /staff/whistle/files/<id>: an attachment of a whistleblower report,
 * decrypted, always as a download (nothing a reporter sent is ever
 * rendered in our origin).  Audited before a byte is sent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "attach.h"
#include "staff.h"

int
page_whistle_file(struct http_req *r)
{
	const char	*params[1] = { r->args[0] }, *name[2];
	unsigned char	 k[WB_KEY], *data, *plain = NULL;
	PGresult	*res;
	size_t		 n;
	int64_t		 id;
	int		 rc = 500, haskey = 0;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	if ((res = db_exec(STMT_WB_FILE_GET, params)) == NULL)
		return 503;
	if (PQntuples(res) == 0) {
		rc = 404;
		goto out;
	}
	if (whistle_key(r->ar, res, 0, WB_FILE_GET_key_staff, k) == -1)
		goto out;
	haskey = 1;
	if (whistle_open(r->ar, k, res, 0, WB_FILE_GET_name, name, 2) == -1 ||
	    (data = whistle_bytea(r->ar, res, 0, WB_FILE_GET_data, &n)) ==
	    NULL ||
	    n < WB_OVERHEAD)
		goto out;
	plain = arena_alloc(r->ar, n - WB_OVERHEAD + 1);
	if (wb_decrypt(k, data, n, plain) == -1)
		goto out;
	if (whistle_audit(db_val(res, 0, WB_FILE_GET_report_id), "file",
	    r->args[0]) == -1) {
		rc = 503;
		goto out;
	}
	attach_send_data(r, *name[0] != '\0' ? name[0] : "bilag", plain,
	    n - WB_OVERHEAD);
	rc = 0;
out:
	if (haskey)
		sodium_memzero(k, sizeof(k));
	if (plain != NULL)
		sodium_memzero(plain, n - WB_OVERHEAD);
	PQclear(res);
	return rc;
}

/* attach: file lists and downloads (see attach.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "db.h"

int
attach_list(struct tpl_dict *d, int stmt, const char *owner)
{
	const char	*params[1] = { owner };
	PGresult	*res;
	struct tpl_dict	*f;
	int		 i, n;

	if ((res = db_exec(stmt, params)) == NULL)
		return -1;
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		f = tpl_section(d, "FILE");
		tpl_set(f, "FILE_ID", db_val(res, i, ATTACH_LIST_id));
		tpl_set(f, "FILE_NAME", db_val(res, i, ATTACH_LIST_filename));
		tpl_setf(f, "FILE_KB", "%lld",
		    (strtoll(db_val(res, i, ATTACH_LIST_size), NULL, 10) +
		    1023) / 1024);
		if (strcmp(db_val(res, i, ATTACH_LIST_purpose), "revisor") == 0)
			tpl_show(f, "FILE_AUDITOR");
	}
	PQclear(res);
	return n;
}

/* RFC 5987 filename*: everything but [A-Za-z0-9.-_] percent-encoded. */
static const char *
disposition(struct arena *a, const char *fn)
{
	char	*enc = arena_alloc(a, strlen(fn) * 3 + 1), *o = enc;

	for (; *fn != '\0'; fn++) {
		unsigned char	 c = (unsigned char)*fn;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')
			*o++ = (char)c;
		else
			o += snprintf(o, 4, "%%%02X", c);
	}
	*o = '\0';
	return arena_printf(a, "attachment; filename*=UTF-8''%s", enc);
}

int
attach_send(struct http_req *r, int stmt, const char *const *params)
{
	PGresult	*res;
	unsigned char	*bin = NULL;
	size_t		 n;
	int		 rc = 0;

	if ((res = db_exec(stmt, params)) == NULL)
		return 503;
	if (PQntuples(res) == 0)
		rc = 404;
	else if ((bin = PQunescapeBytea((const unsigned char *)db_val(res, 0,
	    ATTACH_GET_data), &n)) == NULL)
		rc = 500;
	else
		attach_send_data(r, db_val(res, 0, ATTACH_GET_filename), bin, n);
	PQfreemem(bin);
	PQclear(res);
	return rc;
}

void
attach_send_data(struct http_req *r, const char *filename, const void *data,
    size_t len)
{
	http_header(r, "Content-Disposition", disposition(r->ar, filename));
	http_begin(r, 200, "application/octet-stream");
	http_write(r, data, len);
}

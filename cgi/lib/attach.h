/*
 * attach: uploaded files kept in PostgreSQL (grants), listed on pages and
 * sent back as downloads.
 */
#ifndef FRIST_ATTACH_H
#define FRIST_ATTACH_H

#include <libpq-fe.h>

#include "http.h"
#include "tpl.h"

/*
 * Runs stmt ($1 = owner -> id, filename, size, purpose) and adds one
 * section FILE per file: FILE_ID, FILE_NAME, FILE_KB and, for an
 * auditor's statement, FILE_AUDITOR.  How many, -1 on a database error.
 */
int	 attach_list(struct tpl_dict *, int stmt, const char *owner);
/*
 * Runs stmt with params and sends its row (filename, ctype, data bytea)
 * as a download: always "attachment", so nothing uploaded is ever
 * rendered in our origin.  Returns 0, or 404 if there is no row, 503 on a
 * database error, 500 if the data cannot be decoded.
 */
int	 attach_send(struct http_req *, int stmt, const char *const *params);
/* Sends len bytes as a download named filename (same headers). */
void	 attach_send_data(struct http_req *, const char *filename,
	    const void *data, size_t len);

#endif

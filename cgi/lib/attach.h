/*
 * attach: uploaded files kept in PostgreSQL (grants), listed on pages and
 * sent back as downloads.
 */
#ifndef FRIST_ATTACH_H
#define FRIST_ATTACH_H

#include <libpq-fe.h>

#include "db.h"
#include "http.h"
#include "tpl.h"

/* The columns of a program's file list (its entry says
 * DB_STMT(ATTACH_LIST, 1, ...) with its own ATTACH_LIST_SQL; several
 * lists may share the shape, see attach_list) and of a download. */
#define ATTACH_LIST_COLS(C, s) \
	C(s, id) C(s, filename) C(s, size) C(s, purpose)
DB_COLUMNS(ATTACH_LIST);
#define ATTACH_GET_COLS(C, s)	C(s, filename) C(s, ctype) C(s, data)
DB_COLUMNS(ATTACH_GET);

/*
 * Runs stmt ($1 = owner -> ATTACH_LIST_COLS) and adds one
 * section FILE per file: FILE_ID, FILE_NAME, FILE_KB and, for an
 * auditor's statement, FILE_AUDITOR.  How many, -1 on a database error.
 */
int	 attach_list(struct tpl_dict *, int stmt, const char *owner);
/*
 * Runs stmt with params and sends its row (ATTACH_GET_COLS; data bytea)
 * as a download: always "attachment", so nothing uploaded is ever
 * rendered in our origin.  Returns 0, or 404 if there is no row, 503 on a
 * database error, 500 if the data cannot be decoded.
 */
int	 attach_send(struct http_req *, int stmt, const char *const *params);
/* Sends len bytes as a download named filename (same headers). */
void	 attach_send_data(struct http_req *, const char *filename,
	    const void *data, size_t len);

#endif

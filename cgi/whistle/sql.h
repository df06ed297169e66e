/*
 * The whistle program's statements: the SQL of each and the names of its
 * result columns, side by side (see DB_COLUMNS in db.h).  main.c makes
 * the table.  bytea parameters go as binary (db_execb); the SECURITY
 * DEFINER functions of sql/004 and sql/008 check the rest.
 */
#ifndef FRIST_WHISTLE_SQL_H
#define FRIST_WHISTLE_SQL_H

#include "db.h"

enum stmt {
	STMT_CAUSES,
	STMT_SUBMIT,
	STMT_ADD_FILE,
	STMT_REPLY,
	STMT_MAILBOX,
	STMT_FILE_GET,
	STMT_FAILED,
	STMT_THROTTLED,
	STMT__MAX
};

/* The causes the form offers. */
#define CAUSES_SQL \
	"SELECT id, label FROM whistle_cause WHERE active ORDER BY sort, label"
#define CAUSES_COLS(C, s)	C(s, id) C(s, label)
DB_COLUMNS(CAUSES);

/* A new report; true if created, false if this once key was used. */
#define SUBMIT_SQL \
	"SELECT whistle_submit($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) " \
	"AS created"
#define SUBMIT_COLS(C, s)	C(s, created)
DB_COLUMNS(SUBMIT);

#define ADD_FILE_SQL	"SELECT whistle_add_file($1, $2, $3, $4) AS added"
#define ADD_FILE_COLS(C, s)	C(s, added)
DB_COLUMNS(ADD_FILE);

/* 'sent', 'repeat' or 'closed' (enum reply_rc in page_mailbox.c). */
#define REPLY_SQL	"SELECT whistle_reply_once($1, $2, $3) AS outcome"
#define REPLY_COLS(C, s)	C(s, outcome)
DB_COLUMNS(REPLY);

/*
 * The mailbox of $1 (the lookup hash): first the report row (kind
 * 'report': item is the report key sealed to the reporter, item2 the
 * report), then its messages and files (item the sealed text or name).
 */
#define MAILBOX_SQL \
	"SELECT kind, status, to_char(day, 'YYYY-MM-DD') AS day, " \
	"from_reporter, item, item2, size, fid, " \
	"coalesce(reason, '') AS reason FROM whistle_mailbox($1)"
#define MAILBOX_COLS(C, s) \
	C(s, kind) C(s, status) C(s, day) C(s, from_reporter) C(s, item) \
	C(s, item2) C(s, size) C(s, fid) C(s, reason)
DB_COLUMNS(MAILBOX);

#define FILE_GET_SQL	"SELECT name, data FROM whistle_file_get($1, $2)"
#define FILE_GET_COLS(C, s)	C(s, name) C(s, data)
DB_COLUMNS(FILE_GET);

#define FAILED_SQL	"SELECT whistle_failed() AS counted"
#define FAILED_COLS(C, s)	C(s, counted)
DB_COLUMNS(FAILED);

#define THROTTLED_SQL	"SELECT whistle_throttled() AS throttled"
#define THROTTLED_COLS(C, s)	C(s, throttled)
DB_COLUMNS(THROTTLED);

#endif

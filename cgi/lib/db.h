/*
 * db: one PostgreSQL connection per worker process, and the program's
 * table of prepared statements.
 *
 * Statements are prepared at connect and again after every reconnect.
 * A lost connection makes the current request answer 503; the next
 * request reconnects without restarting the program.  Statements marked
 * DB_IDEMPOTENT (reads, and writes that may safely run twice) are retried
 * once on a fresh connection outside a transaction, so a restart of
 * PostgreSQL costs no request.
 */
#ifndef FRIST_DB_H
#define FRIST_DB_H

#include <libpq-fe.h>

#define DB_IDEMPOTENT	0x1	/* may run again on a new connection */
/*
 * May run on the read-only connection (config db_read, a streaming
 * replica): a read for a page that never reads what it just wrote.  It
 * goes there only in a GET or HEAD request, outside a transaction;
 * otherwise, without db_read, or when the replica fails, on the primary.
 */
#define DB_READ		0x2

/*
 * Result columns by name.  Every statement lists its result columns once,
 * beside its SQL, as an X-macro of the names PostgreSQL gives them:
 *
 *	#define POOL_GET_SQL "SELECT id, name, to_char(opens, ...) AS opens ..."
 *	#define POOL_GET_COLS(C, s) C(s, id) C(s, name) C(s, opens)
 *	DB_COLUMNS(POOL_GET);
 *
 * DB_COLUMNS declares enum { POOL_GET_id, POOL_GET_name, POOL_GET_opens,
 * POOL_GET__N }, and readers say db_val(res, i, POOL_GET_name).  The
 * statement table carries DB_COLNAMES(POOL_GET), the string " id name
 * opens", and the first connect of each process compares it with the
 * columns of the prepared statement: a program whose SELECT list and
 * column list differ refuses to serve (and says which column), so no
 * reader can silently read the wrong column.  A column that is dropped
 * from the list takes its enum constant with it: the compiler finds its
 * readers.  DB_STMT(X, nparams, flags) is the table entry.
 */
#define DB_COL_ENUM(s, c)	s##_##c,
#define DB_COL_NAME(s, c)	" " #c
#define DB_COLUMNS(s)		enum { s##_COLS(DB_COL_ENUM, s) s##__N }
#define DB_COLNAMES(s)		(s##_COLS(DB_COL_NAME, s) "")
#define DB_STMT(s, n, f)	{ s##_SQL, n, f, DB_COLNAMES(s), #s }
/* Statement s whose rows have the shape of another's columns (a lookup
 * for login.c, a file list for attach.c): readers use shape's names. */
#define DB_STMT_AS(s, shape, n, f) \
	{ s##_SQL, n, f, DB_COLNAMES(shape), #s }
/* A statement that returns no rows (INSERT, UPDATE without RETURNING). */
#define DB_NOROWS(s, n, f)	{ s##_SQL, n, f, "", #s }

struct db_stmt {
	const char	*sql;
	int		 nparams;
	unsigned	 flags;
	const char	*cols;		/* DB_COLNAMES: the result's columns */
	const char	*name;		/* for the log */
};

/*
 * -1 if the result (a described statement, or any result) has exactly
 * the columns named in cols (space-separated, in order), else the index
 * of the first column that differs.
 */
int		 db_cols_differ(const PGresult *, const char *cols);

/* Remembers conninfo and the statement table; connects lazily.  The
 * first connect refuses a table with a gap or a column list that differs
 * from its statement (see DB_COLUMNS). */
void		 db_setup(const char *conninfo, const struct db_stmt *, size_t);
/* The read-only connection string (config db_read; NULL: none).  It is
 * connected lazily, at the first DB_READ statement that may use it. */
void		 db_setup_read(const char *conninfo);
/* Whether this request may use it (GET and HEAD); reset after each. */
void		 db_read_allow(int);
/* 0 if connected and prepared (reconnecting if needed), -1 if not. */
int		 db_ensure(void);
/* 1 if the connection is gone (the request should answer 503). */
int		 db_lost(void);

/*
 * Change tracking for per-worker caches.  db_listen() takes a literal
 * "LISTEN channel" statement, run at every (re)connect.
 * db_poll(), at the start of a request, reads what arrived on the idle
 * connection without waiting: notifications, or the server having gone.
 * db_generation() changes with every notification and every reconnect,
 * so a cache filled at generation g is good while it is still g.
 */
void		 db_listen(const char *listen);
void		 db_poll(void);
unsigned long	 db_generation(void);
/* The connection's socket, for a program that waits on it with select()
 * (tools/frist-mailer: LISTEN), or -1 when not connected. */
int		 db_socket(void);

/*
 * Runs statement id with params (NULL means SQL NULL); the count must
 * match the table.  Returns a result with status TUPLES_OK or COMMAND_OK,
 * or NULL after logging the error.  The caller PQclear()s the result.
 */
PGresult	*db_exec(int id, const char *const *params);
/* The same with per-parameter lengths and formats (1 = binary, for bytea). */
PGresult	*db_execb(int id, const char *const *params, const int *lengths,
		    const int *formats);
/*
 * Runs a statement for its effect: the number of rows it returned or
 * changed (an UPDATE ... RETURNING that matched none gives 0), or -1 after
 * a database error.
 */
int		 db_count(int id, const char *const *params);
int		 db_countb(int id, const char *const *params, const int *lengths,
		    const int *formats);
/* The SQLSTATE of the last failed db_exec, or "" (e.g. "23505"). */
const char	*db_sqlstate(void);
/* Whether the last failed db_exec wrote to a read-only database or a
 * standby (25006): a page that only reads may go on without the write. */
int		 db_read_only(void);

int		 db_begin(void);
int		 db_commit(void);
void		 db_rollback(void);
/* After each request: rolls back a transaction a handler left open. */
void		 db_end_request(void);
void		 db_close(void);

/* A value from a (key, value) statement such as the setting table, or
 * NULL; the rows are fetched once per request.  settings.h reads it. */
#define SETTINGS_SQL		"SELECT key, value FROM setting"
#define SETTINGS_COLS(C, s)	C(s, key) C(s, value)
DB_COLUMNS(SETTINGS);
const char	*db_setting_str(int stmt, const char *key);

/* Small helpers for single values from row 0. */
const char	*db_val(const PGresult *, int row, int col);	/* "" for NULL */
int		 db_isnull(const PGresult *, int row, int col);

#endif

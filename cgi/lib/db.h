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

struct db_stmt {
	const char	*sql;
	int		 nparams;
	unsigned	 flags;
};

/* Remembers conninfo and the statement table; connects lazily. */
void		 db_setup(const char *conninfo, const struct db_stmt *, size_t);
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

/*
 * Runs statement id with params (NULL means SQL NULL); the count must
 * match the table.  Returns a result with status TUPLES_OK or COMMAND_OK,
 * or NULL after logging the error.  The caller PQclear()s the result.
 */
PGresult	*db_exec(int id, const char *const *params);
/* The same with per-parameter lengths and formats (1 = binary, for bytea). */
PGresult	*db_execb(int id, const char *const *params, const int *lengths,
		    const int *formats);
/* The SQLSTATE of the last failed db_exec, or "" (e.g. "23505"). */
const char	*db_sqlstate(void);

int		 db_begin(void);
int		 db_commit(void);
void		 db_rollback(void);
/* After each request: rolls back a transaction a handler left open. */
void		 db_end_request(void);
void		 db_close(void);

/* A number from a (key, value) statement such as the setting table;
 * the rows are fetched once per request. */
long long	 db_setting(int stmt, const char *key, long long def);

/* Small helpers for single values from row 0. */
const char	*db_val(const PGresult *, int row, int col);	/* "" for NULL */
int		 db_isnull(const PGresult *, int row, int col);

#endif

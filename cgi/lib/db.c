/* db: libpq connection, prepared statements, reconnects (see db.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-fe.h>

#include "db.h"
#include "log.h"

static PGconn			*db_conn;
static const char		*db_conninfo;
static const struct db_stmt	*db_stmts;
static size_t			 db_nstmts;
static int			 db_gone;
static int			 db_in_tx;
static char			 db_state[6];
static const char		*db_channels[4];
static size_t			 db_nchannels;
static unsigned long		 db_gen;
/* A page reads several settings: fetch them once, keep them for the request. */
static PGresult			*db_settings;
static int			 db_settings_stmt;

void
db_setup(const char *conninfo, const struct db_stmt *stmts, size_t n)
{
	db_conninfo = conninfo;
	db_stmts = stmts;
	db_nstmts = n;
}

/* The statement's name for the log. */
static const char *
db_name(size_t i)
{
	return db_stmts[i].name;
}

int
db_cols_differ(const PGresult *res, const char *cols)
{
	const char	*p = cols, *name;
	size_t		 len;
	int		 i, n = PQnfields(res);

	for (i = 0; ; i++) {
		while (*p == ' ')
			p++;
		len = strcspn(p, " ");
		if (i == n)
			return len == 0 ? -1 : i;
		if (len == 0)
			return i;
		name = PQfname(res, i);
		if (strlen(name) != len || strncmp(name, p, len) != 0)
			return i;
		p += len;
	}
}

/* The statement's result columns are the ones its readers name. */
static int
db_check_cols(size_t i, const char *name)
{
	PGresult	*res;
	int		 bad, rc = -1;

	res = PQdescribePrepared(db_conn, name);
	if (res == NULL || PQresultStatus(res) != PGRES_COMMAND_OK) {
		log_err("db: describe %s failed: %s", db_name(i),
		    PQerrorMessage(db_conn));
		goto out;
	}
	if ((bad = db_cols_differ(res, db_stmts[i].cols)) != -1) {
		log_err("db: %s: result column %d is \"%s\", the column list "
		    "says \"%s\"", db_name(i), bad,
		    bad < PQnfields(res) ? PQfname(res, bad) : "(none)",
		    db_stmts[i].cols);
		goto out;
	}
	rc = 0;
out:
	PQclear(res);
	return rc;
}

static int
db_prepare_all(void)
{
	static int	 checked;
	PGresult	*res;
	char		 name[24];
	size_t		 i;
	int		 ok;

	for (i = 0; i < db_nstmts; i++) {
		/* An entry not made with DB_STMT (a gap in the table). */
		if (db_stmts[i].sql == NULL || db_stmts[i].cols == NULL ||
		    db_stmts[i].name == NULL) {
			log_err("db: statement %zu has no entry in the table", i);
			return -1;
		}
		snprintf(name, sizeof(name), "s%zu", i);
		res = PQprepare(db_conn, name, db_stmts[i].sql,
		    db_stmts[i].nparams, NULL);
		ok = res != NULL && PQresultStatus(res) == PGRES_COMMAND_OK;
		if (!ok)
			log_err("db: prepare %s failed: %s", db_name(i),
			    PQerrorMessage(db_conn));
		PQclear(res);
		/* The statements do not change while the program runs. */
		if (ok && !checked)
			ok = db_check_cols(i, name) == 0;
		if (!ok)
			return -1;
	}
	checked = 1;
	return 0;
}

/*
 * A failed statement's log line: its name, the SQLSTATE and the names of
 * the table, column, constraint and type involved.  Never the message
 * itself: PostgreSQL's messages and their DETAIL carry the values ("Key
 * (x)=(...)", "Failing row contains ...", invalid input), and those are
 * what a user typed.
 */
static void
db_log_failed(const char *what, const PGresult *res)
{
	static const struct {
		int		 code;
		const char	*label;
	} f[] = {
		{ PG_DIAG_SCHEMA_NAME, "schema" },
		{ PG_DIAG_TABLE_NAME, "table" },
		{ PG_DIAG_COLUMN_NAME, "column" },
		{ PG_DIAG_CONSTRAINT_NAME, "constraint" },
		{ PG_DIAG_DATATYPE_NAME, "type" },
	};
	char		 buf[512];
	const char	*st, *v;
	size_t		 i, len;

	st = res != NULL ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	len = (size_t)snprintf(buf, sizeof(buf), "sqlstate %s",
	    st != NULL ? st : (res == NULL ? "none (no result)" : "none"));
	for (i = 0; res != NULL && i < sizeof(f) / sizeof(f[0]) &&
	    len < sizeof(buf); i++)
		if ((v = PQresultErrorField(res, f[i].code)) != NULL)
			len += (size_t)snprintf(buf + len, sizeof(buf) - len,
			    " %s %s", f[i].label, v);
	log_err("db: %s failed: %s", what, buf);
}

/* Statements without parameters (BEGIN, SET, LISTEN): literals only. */
static int
db_simple(const char *sql)
{
	PGresult	*res = PQexecParams(db_conn, sql, 0, NULL, NULL, NULL,
			    NULL, 0);
	int		 ok;

	ok = res != NULL && PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok)
		db_log_failed(sql, res);	/* a COMMIT's DETAIL has values */
	PQclear(res);
	return ok ? 0 : -1;
}

static int
db_listen_all(void)
{
	size_t	 i;

	for (i = 0; i < db_nchannels; i++)
		if (db_simple(db_channels[i]) == -1)
			return -1;
	return 0;
}

static int
db_connect(void)
{
	if (db_conn != NULL) {
		PQfinish(db_conn);
		db_conn = NULL;
	}
	db_conn = PQconnectdb(db_conninfo);
	if (PQstatus(db_conn) != CONNECTION_OK) {
		log_err("db: connect: %s", PQerrorMessage(db_conn));
		PQfinish(db_conn);
		db_conn = NULL;
		return -1;
	}
	/* A slow query must not hold a worker for long. */
	if (db_simple("SET statement_timeout = '10s'") == -1 ||
	    db_simple("SET idle_in_transaction_session_timeout = '30s'") == -1 ||
	    db_simple("SET TIME ZONE 'Europe/Copenhagen'") == -1 ||
	    db_prepare_all() == -1 || db_listen_all() == -1) {
		PQfinish(db_conn);
		db_conn = NULL;
		return -1;
	}
	db_gen++;	/* whatever was cached may have changed meanwhile */
	db_gone = 0;
	db_in_tx = 0;
	return 0;
}

int
db_ensure(void)
{
	if (db_conn != NULL && !db_gone && PQstatus(db_conn) == CONNECTION_OK)
		return 0;
	return db_connect();
}

int
db_lost(void)
{
	return db_conn == NULL || db_gone;
}

void
db_listen(const char *listen)
{
	if (db_nchannels < sizeof(db_channels) / sizeof(db_channels[0]))
		db_channels[db_nchannels++] = listen;
}

void
db_poll(void)
{
	PGnotify	*n;
	int		 i;

	if (db_conn == NULL || db_gone)
		return;
	/*
	 * A server that went away shows up here, before any query fails.  A
	 * server shutting down first sends its FATAL message, which libpq
	 * hands to the notice processor, and only the next read sees the end
	 * of the connection: so read twice (libpq's reads never block).
	 */
	for (i = 0; i < 2; i++)
		if (!PQconsumeInput(db_conn) || PQstatus(db_conn) ==
		    CONNECTION_BAD) {
			log_warn("db: connection lost while idle");
			db_gone = 1;
			return;
		}
	while ((n = PQnotifies(db_conn)) != NULL) {
		db_gen++;
		PQfreemem(n);
	}
}

int
db_socket(void)
{
	return db_conn != NULL && !db_gone ? PQsocket(db_conn) : -1;
}

unsigned long
db_generation(void)
{
	return db_gen;
}

static PGresult *
db_run(int id, const char *const *params, const int *lengths,
    const int *formats)
{
	char	 name[24];

	snprintf(name, sizeof(name), "s%d", id);
	return PQexecPrepared(db_conn, name, db_stmts[id].nparams, params,
	    lengths, formats, 0);
}

/*
 * The read-only connection (db_read): DB_READ statements of GET requests
 * run there, outside a transaction.  Only those statements are prepared
 * on it (their columns were checked on the primary).  Whatever goes wrong
 * on it sends the statement to the primary: a read may run twice.
 */
static PGconn			*db_rconn;
static const char		*db_rconninfo;
static int			 db_rallow;
static time_t			 db_rnext;	/* no new attempt before */

void
db_setup_read(const char *conninfo)
{
	db_rconninfo = conninfo != NULL && *conninfo != '\0' ? conninfo :
	    NULL;
}

void
db_read_allow(int ok)
{
	db_rallow = ok;
}

static void
db_rdrop(void)
{
	PQfinish(db_rconn);
	db_rconn = NULL;
}

static int
db_rconnect(void)
{
	static const char *const set[] = {
		"SET statement_timeout = '10s'",
		"SET TIME ZONE 'Europe/Copenhagen'",
	};
	PGresult	*res;
	char		 name[24];
	size_t		 i;
	int		 ok = 1;

	db_rdrop();
	/* A replica that is down is not asked again at every request. */
	if (time(NULL) < db_rnext)
		return -1;
	db_rconn = PQconnectdb(db_rconninfo);
	if (PQstatus(db_rconn) != CONNECTION_OK) {
		log_warn("db: read connection: %s", PQerrorMessage(db_rconn));
		ok = 0;
	}
	for (i = 0; ok && i < sizeof(set) / sizeof(set[0]); i++) {
		res = PQexecParams(db_rconn, set[i], 0, NULL, NULL, NULL,
		    NULL, 0);
		ok = PQresultStatus(res) == PGRES_COMMAND_OK;
		PQclear(res);
	}
	for (i = 0; ok && i < db_nstmts; i++) {
		if (!(db_stmts[i].flags & DB_READ))
			continue;
		snprintf(name, sizeof(name), "s%zu", i);
		res = PQprepare(db_rconn, name, db_stmts[i].sql,
		    db_stmts[i].nparams, NULL);
		if (!(ok = PQresultStatus(res) == PGRES_COMMAND_OK))
			log_warn("db: read connection: prepare %s: %s",
			    db_name(i), PQerrorMessage(db_rconn));
		PQclear(res);
	}
	if (!ok) {
		db_rdrop();
		db_rnext = time(NULL) + 2;
		return -1;
	}
	return 0;
}

/* The result from the read connection, or NULL: run it on the primary. */
static PGresult *
db_read_run(int id, const char *const *params, const int *lengths,
    const int *formats)
{
	PGresult	*res;
	char		 name[24], what[96];

	if (db_rconninfo == NULL || !db_rallow || db_in_tx ||
	    !(db_stmts[id].flags & DB_READ))
		return NULL;
	if ((db_rconn == NULL || PQstatus(db_rconn) != CONNECTION_OK) &&
	    db_rconnect() == -1)
		return NULL;
	snprintf(name, sizeof(name), "s%d", id);
	res = PQexecPrepared(db_rconn, name, db_stmts[id].nparams, params,
	    lengths, formats, 0);
	if (PQresultStatus(res) == PGRES_TUPLES_OK)
		return res;
	/* A replica gone, promoted and restarted, or a query cancelled by
	 * recovery: the primary answers this one. */
	snprintf(what, sizeof(what), "%s on the read connection",
	    db_name((size_t)id));
	db_log_failed(what, res);	/* not the message: it has values */
	PQclear(res);
	if (PQstatus(db_rconn) != CONNECTION_OK)
		db_rdrop();
	return NULL;
}

PGresult *
db_exec(int id, const char *const *params)
{
	return db_execb(id, params, NULL, NULL);
}

PGresult *
db_execb(int id, const char *const *params, const int *lengths,
    const int *formats)
{
	PGresult	*res;
	const char	*st;
	int		 s;

	db_state[0] = '\0';
	if (id < 0 || (size_t)id >= db_nstmts || db_conn == NULL || db_gone)
		return NULL;
	if ((res = db_read_run(id, params, lengths, formats)) != NULL)
		return res;
	res = db_run(id, params, lengths, formats);
	if (res == NULL || PQstatus(db_conn) == CONNECTION_BAD) {
		PQclear(res);
		res = NULL;
		log_warn("db: connection lost");
		/* Only a read outside a transaction may run again. */
		if (!(db_stmts[id].flags & DB_IDEMPOTENT) || db_in_tx ||
		    db_connect() == -1) {
			db_gone = 1;
			return NULL;
		}
		if ((res = db_run(id, params, lengths, formats)) == NULL) {
			db_gone = 1;
			return NULL;
		}
	}
	s = PQresultStatus(res);
	if (s == PGRES_TUPLES_OK || s == PGRES_COMMAND_OK)
		return res;
	st = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	snprintf(db_state, sizeof(db_state), "%s", st != NULL ? st : "");
	db_log_failed(db_name((size_t)id), res);
	if (PQstatus(db_conn) == CONNECTION_BAD)
		db_gone = 1;
	PQclear(res);
	return NULL;
}

int
db_count(int id, const char *const *params)
{
	return db_countb(id, params, NULL, NULL);
}

int
db_countb(int id, const char *const *params, const int *lengths,
    const int *formats)
{
	PGresult	*res;
	int		 n;

	if ((res = db_execb(id, params, lengths, formats)) == NULL)
		return -1;
	if (PQresultStatus(res) == PGRES_TUPLES_OK)
		n = PQntuples(res);
	else
		n = atoi(PQcmdTuples(res));
	PQclear(res);
	return n;
}

const char *
db_sqlstate(void)
{
	return db_state;
}

int
db_read_only(void)
{
	return strcmp(db_state, "25006") == 0;
}

int
db_begin(void)
{
	if (db_conn == NULL || db_gone || db_simple("BEGIN") == -1)
		return -1;
	db_in_tx = 1;
	return 0;
}

int
db_commit(void)
{
	if (db_conn == NULL || db_gone)
		return -1;
	db_in_tx = 0;
	if (db_simple("COMMIT") == -1) {
		db_rollback();
		return -1;
	}
	return 0;
}

void
db_rollback(void)
{
	db_in_tx = 0;
	if (db_conn != NULL && !db_gone &&
	    PQtransactionStatus(db_conn) != PQTRANS_IDLE)
		(void)db_simple("ROLLBACK");
}

void
db_end_request(void)
{
	PQclear(db_settings);
	db_settings = NULL;
	db_rallow = 0;
	if (db_conn == NULL)
		return;
	if (PQstatus(db_conn) == CONNECTION_BAD) {
		db_gone = 1;
		db_in_tx = 0;
		return;
	}
	if (PQtransactionStatus(db_conn) != PQTRANS_IDLE) {
		log_err("db: a transaction was left open; rolled back");
		db_rollback();
	}
}

void
db_close(void)
{
	if (db_conn != NULL)
		PQfinish(db_conn);
	db_conn = NULL;
	db_rdrop();
}

const char *
db_val(const PGresult *res, int row, int col)
{
	if (row >= PQntuples(res) || col >= PQnfields(res) ||
	    PQgetisnull(res, row, col))
		return "";
	return PQgetvalue(res, row, col);
}

int
db_isnull(const PGresult *res, int row, int col)
{
	return row >= PQntuples(res) || PQgetisnull(res, row, col);
}


const char *
db_setting_str(int stmt, const char *key)
{
	const char	*v = NULL;
	int		 i;

	if (db_settings == NULL || db_settings_stmt != stmt) {
		PQclear(db_settings);
		db_settings_stmt = stmt;
		if ((db_settings = db_exec(stmt, NULL)) == NULL)
			return NULL;
	}
	for (i = 0; i < PQntuples(db_settings); i++)
		if (strcmp(db_val(db_settings, i, SETTINGS_key), key) == 0)
			v = db_val(db_settings, i, SETTINGS_value);
	return v;
}

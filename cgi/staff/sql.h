/*
 * The staff program's statements: the SQL of each and the names of its
 * result columns, side by side (see DB_COLUMNS in db.h); those of the
 * whistleblower pages are in sql_whistle.h.  main.c makes the table.
 */
#ifndef FRIST_STAFF_SQL_H
#define FRIST_STAFF_SQL_H

#include "db.h"
#include "login.h"
#include "versions.h"

enum stmt {
	STMT_LOGIN_LOOKUP,
	STMT_LOGIN_FAILED,
	STMT_LOGIN_OK,
	STMT_SESSION_GET,
	STMT_SESSION_NEW,
	STMT_SESSION_DEL,
	STMT_SESSION_PURGE,
	STMT_HOME_COUNTS,
	STMT_SETTINGS,
	STMT_AUDIT_ADD,
	STMT_POOLS_PROGRESS,
	STMT_POOL_GET,
	STMT_POOL_INSERT,
	STMT_POOL_UPDATE,
	STMT_APPS_BY_POOL,
	STMT_APP_GET,
	STMT_APP_BUDGET,
	STMT_APP_FILES,
	STMT_APP_REJECT,
	STMT_APP_AWARDED,
	STMT_AWARD_INSERT,
	STMT_AWARD_BUDGET_COPY,
	STMT_OBLIG_ADD,
	STMT_AWARD_BY_APP,
	STMT_QUEUE,
	STMT_CASE_GET,
	STMT_CASE_EVENTS,
	STMT_CASE_LINES,
	STMT_CASE_FILES,
	STMT_CASE_TAKE,
	STMT_CASE_RETURN,
	STMT_CASE_PAUSE,
	STMT_CASE_DECIDE,
	STMT_CASE_REPAY,
	STMT_CASE_EVENT,
	STMT_FILE_GET,
	STMT_POOL_PHASES,
	STMT_ONCE_CLAIM,
	STMT_ONCE_GET,
	STMT_ONCE_SET,
	STMT_IMPORT_BATCH_ADD,
	STMT_IMPORT_BATCH_FILE,
	STMT_IMPORT_BATCH_GET,
	STMT_IMPORT_SUB,
	STMT_IMPORT_PAUSE,
	STMT_CASE_VERSIONS,
	STMT_CASE_VERSION_LINES,
	STMT_CASE_VERSION_FILES,
	STMT_WB_PURGE,
	STMT_WB_QUEUE,
	STMT_WB_CLOSED,
	STMT_WB_GET,
	STMT_WB_CAUSES,
	STMT_WB_MESSAGES,
	STMT_WB_FILES,
	STMT_WB_FILE_GET,
	STMT_WB_AUDIT,
	STMT_WB_REGISTER,
	STMT_WB_MESSAGE_ADD,
	STMT_WB_ANSWERED,
	STMT_WB_CLOSE,
	STMT_WB_STATS,
	STMT_WB_HOME,
	STMT_WB_CAUSE_LIST,
	STMT_WB_CAUSE_ADD,
	STMT_WB_CAUSE_SET,
	STMT_WB_ONCE_SEEN,
	STMT_WB_ONCE_ADD,
	STMT_SETTING_SET,
	STMT__MAX
};

/* A setting changed: a row only if the value was another (for the audit). */
#define SETTING_SET_SQL \
	"UPDATE setting SET value = $2 WHERE key = $1 AND value <> $2 " \
	"RETURNING key"
#define SETTING_SET_COLS(C, s)	C(s, key)
DB_COLUMNS(SETTING_SET);

/* A staff member's login: login.h's shapes on the staff table. */
#define STAFF_LOOKUP_SQL \
	LOGIN_SQL_LOOKUP("staff", "username", "pw_hash", "locked_until", \
	    " AND active")
#define STAFF_FAILED_SQL \
	LOGIN_SQL_FAILED("staff", "failed_logins", "locked_until")
#define STAFF_OK_SQL \
	LOGIN_SQL_OK("staff", "failed_logins", "locked_until", \
	    ", last_login = now()")

#include "sql_whistle.h"

#endif

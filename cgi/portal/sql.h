/*
 * The portal's statements: the SQL of each and the names of its result
 * columns, side by side (see DB_COLUMNS in db.h).  main.c makes the
 * table.
 */
#ifndef FRIST_PORTAL_SQL_H
#define FRIST_PORTAL_SQL_H

#include "db.h"
#include "login.h"
#include "versions.h"

enum stmt {
	STMT_POOL_LIST,
	STMT_POOL_GET,
	STMT_POOL_FEED,
	STMT_SETTINGS,
	STMT_APP_CREATE,
	STMT_APP_GET,
	STMT_APP_SAVE,
	STMT_APP_SUBMIT,
	STMT_APP_BUDGET_DEL,
	STMT_APP_BUDGET_ADD,
	STMT_APP_BUDGET_GET,
	STMT_APP_BY_DRAFT,
	STMT_APP_RESUME_FAILED,
	STMT_APP_RESUME_OK,
	STMT_ASESS_GET,
	STMT_ASESS_NEW,
	STMT_ASESS_DEL,
	STMT_ATT_ADD_APP,
	STMT_ATT_ADD_SUB,
	STMT_ATT_LIST_APP,
	STMT_ATT_LIST_SUB,
	STMT_ATT_GET_APP,
	STMT_ATT_GET_SUB,
	STMT_RCPT_LOOKUP,
	STMT_RCPT_FAILED,
	STMT_RCPT_OK,
	STMT_RSESS_GET,
	STMT_RSESS_NEW,
	STMT_RSESS_DEL,
	STMT_AWARD_GET,
	STMT_AWARD_BUDGET,
	STMT_OBLIG_LIST,
	STMT_OBLIG_GET,
	STMT_SUB_CREATE,
	STMT_SUB_RESUBMIT,
	STMT_SUB_GET,
	STMT_SUB_EVENTS,
	STMT_PAUSE_END,
	STMT_EVENT_ADD,
	STMT_ACCL_DEL,
	STMT_ACCL_ADD,
	STMT_ACCL_GET,
	STMT_ONCE_CLAIM,
	STMT_ONCE_GET,
	STMT_ONCE_SET,
	STMT_SUB_RETURNED,
	STMT_SUB_FILES_CUR,
	STMT_VER_LEGACY,
	STMT_VER_SNAPSHOT,
	STMT_VER_LIST,
	STMT_VER_LINES,
	STMT_VER_FILES,
	STMT__MAX
};

/* Resuming a draft (draft number and resume code), and a grant
 * recipient's login (grant number and access code): login.h's shapes. */
#define APP_BY_DRAFT_SQL \
	LOGIN_SQL_LOOKUP("application", "draft_no", "resume_hash", \
	    "resume_locked", "")
#define APP_RESUME_FAILED_SQL \
	LOGIN_SQL_FAILED("application", "resume_failed", "resume_locked")
#define APP_RESUME_OK_SQL \
	LOGIN_SQL_OK("application", "resume_failed", "resume_locked", "")
#define RCPT_LOOKUP_SQL \
	LOGIN_SQL_LOOKUP("award", "grant_no", "access_hash", "locked_until", "")
#define RCPT_FAILED_SQL \
	LOGIN_SQL_FAILED("award", "failed_logins", "locked_until")
#define RCPT_OK_SQL \
	LOGIN_SQL_OK("award", "failed_logins", "locked_until", "")

#endif

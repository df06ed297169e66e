/*
 * portal: the public grant portal (/ and /grants/): the catalogue,
 * applications, and the recipients' reporting (status reports, accounts).
 */
#ifndef FRIST_PORTAL_H
#define FRIST_PORTAL_H

#include "app.h"
#include "session.h"

/* The portal's prepared statements; SQL in main.c. */
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
	STMT__MAX
};

/* Route flags of this program (see portal_before in main.c). */
#define R_APPLICANT	0x100	/* needs an applicant session (a draft) */
#define R_RECIPIENT	0x200	/* needs a recipient session (a grant) */

/* Who this request belongs to; set by the before hook. */
extern const char		*portal_application;	/* application id */
extern const char		*portal_award;		/* award id */
extern const struct session_def	 applicant_session, recipient_session;

int	 page_index(struct http_req *);
int	 page_accessibility(struct http_req *);
int	 page_grants(struct http_req *);
int	 page_feed(struct http_req *);
int	 page_pool(struct http_req *);
int	 page_apply_new(struct http_req *);
int	 page_apply(struct http_req *);
int	 page_apply_receipt(struct http_req *);
int	 page_resume(struct http_req *);
int	 page_rlogin(struct http_req *);
int	 page_rlogout(struct http_req *);
int	 page_my(struct http_req *);
int	 page_report(struct http_req *);
int	 page_case(struct http_req *);
int	 page_file(struct http_req *);

/* The published pools (STMT_POOL_LIST), cached per worker; NULL if the
 * database failed.  Not to be cleared by the caller. */
const PGresult	*pool_list(void);
/* Shared by the pool pages: the list columns of one pool row. */
void	 pool_fill(struct tpl_dict *, const PGresult *, int row);
/* A setting from the setting table, or def. */
#define portal_setting(key, def)	db_setting(STMT_SETTINGS, (key), (def))
/* Stores uploaded files of field "attachment" for an application or a
 * submission (stmt STMT_ATT_ADD_APP or _SUB); -1 on a database error. */
int	 portal_store_files(struct http_req *, int stmt, const char *owner,
	    const char *purpose, const char *field);

#endif

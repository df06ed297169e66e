/*
 * portal: the public grant portal (/ and /grants/): the catalogue,
 * applications, and the recipients' reporting (status reports, accounts).
 */
#ifndef FRIST_PORTAL_H
#define FRIST_PORTAL_H

#include "app.h"
#include "session.h"
#include "settings.h"
#include "sql.h"
#include "valid.h"

/* The portal's prepared statements, their SQL and columns: sql.h. */

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
int	 page_my_contact(struct http_req *);
int	 page_obligation(struct http_req *);
int	 page_case(struct http_req *);
int	 page_file(struct http_req *);

/* The published pools (STMT_POOL_LIST), cached per worker; NULL if the
 * database failed.  Not to be cleared by the caller. */
const PGresult	*pool_list(void);
/* Shared by the pool pages: the list columns of one pool row, of
 * STMT_POOL_LIST or STMT_POOL_GET (which begins with the same columns). */
void	 pool_fill(struct http_req *, struct tpl_dict *, const PGresult *,
	    int row);
/* Setting s (settings.h) from the setting table. */
#define portal_setting(s)	setting_get(STMT_SETTINGS, (s))
/* The "once" field of every form that creates something (see below). */
#define PORTAL_ONCE_FIELD \
	{ "once", "G_FIELD_ONCE", VT_TOKEN, 0, 0, 64, NULL }

/*
 * A message of the string tables in the request's language, its {{NAME}}
 * markers filled in from name/value pairs ending with NULL (text.c):
 * portal_text(r, "G_APPLY_MAX_POOL", "AMOUNT", "1.000,00", NULL).
 */
const char	*portal_text(struct http_req *, const char *key, ...)
		    __attribute__((__sentinel__));
/* A submission's status and kind (grant.h), in the request's language. */
const char	*portal_status_label(struct http_req *, const char *status);
const char	*portal_kind_label(struct http_req *, const char *kind);
/* Stores the uploaded files of field for an application or a submission
 * (stmt STMT_ATT_ADD_APP or _SUB); if ids is not NULL, appends the new
 * attachment ids to it (",12,13", in the arena).  -1 on a database error. */
int	 portal_store_files(struct http_req *, int stmt, const char *owner,
	    const char *purpose, const char *field, char **ids);
/*
 * Like attach_list(): one section FILE per file of owner (FILE_ID,
 * FILE_NAME, FILE_KB, FILE_AUDITOR), and HAS_FILES or NO_FILES.  Returns
 * the number of files, -1 on a database error.
 */
int	 portal_file_list(struct tpl_dict *, int stmt, const char *owner);
/*
 * Shows section (e.g. ATTACHMENT_LOST) with one row F (NAME) per file
 * that was sent in field and is not kept because the form had errors (browsers cannot
 * refill a file input); ONE or MANY tell the template how many.
 */
void	 portal_files_lost(struct http_req *, struct tpl_dict *,
	    const char *field, const char *section);

/*
 * The versions of submission sid, newest first: section VERSIONS with a
 * VERSION per version (versions.h).  Returns how many, -1 on a database
 * error.
 */
int	 portal_versions(struct http_req *, struct tpl_dict *, const char *sid,
	    int permille);

/*
 * One-time form keys (see app.h).  portal_once_key() is the form's key:
 * the one it was sent with (v, its checked "once" field, VT_TOKEN) if
 * well-formed, else a new one (v NULL: a new form); it goes into the
 * page as ONCE.  In the transaction that creates something,
 * portal_once_claim() returns 1 if the key is fresh, 0 if a POST with
 * this key already went through (*app and *sub then say what it made;
 * NULL if nothing of that kind), -1 on a database error.
 * portal_once_done() records what the fresh POST made.
 */
const char	*portal_once_key(struct http_req *, const struct valid_value *);
int		 portal_once_claim(struct http_req *, const char *key,
		    const char **app, const char **sub);
int		 portal_once_done(const char *key, const char *app,
		    const char *sub);

#endif

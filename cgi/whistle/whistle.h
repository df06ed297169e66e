/*
 * whistle: the anonymous whistleblower channel (/whistleblower/).
 *
 * nginx passes it no client address, user agent or referrer, and it sets
 * no cookie.  It connects as frist_whistle, which has no privilege on any
 * table of reports: it calls the SECURITY DEFINER functions of
 * sql/004_whistle.sql and sql/008_whistle_browser.sql, which take the
 * lookup hash of a receipt code and never list or return another report.
 * It holds only the authority's public key, so nothing submitted can be
 * read back through it.
 */
#ifndef FRIST_WHISTLE_H
#define FRIST_WHISTLE_H

#include "app.h"
#include "sql.h"
#include "wb.h"

#define WB_MAXFILES	5

extern unsigned char	 whistle_pk[WB_KEY];
extern unsigned char	 whistle_salt[WB_SALT];

int	 page_form(struct http_req *);
int	 page_mailbox(struct http_req *);

/* The cause list for the form, cached per worker (NULL if never loaded). */
const PGresult	*whistle_causes(void);
/* Stores the request's "attachment" files for the report at lookup; -1 on
 * a database error.  Names and contents are encrypted with k. */
int	 whistle_store_files(struct http_req *, const unsigned char *lookup,
	    const unsigned char k[WB_KEY]);
/* How many "attachment" files the request carries. */
int	 whistle_nfiles(const struct http_req *);
/*
 * After a form with errors: the files the request carried are not kept
 * (a browser cannot put them back into the file field), so say so, by
 * name, next to the field (ATTACHMENT_LOST with LOST_FILE rows, and in
 * the error summary).
 */
void	 whistle_files_lost(struct http_req *, struct tpl_dict *);
/*
 * The code lists the reporter sees (sql/004_whistle.sql), each with the
 * key of its label in the string tables (templates/i18n/ * /whistle.txt).
 */
enum wb_list {
	WB_OFFER,	/* offer types */
	WB_RELATION,	/* the reporter's relation */
	WB_STATUS,	/* states of a report */
	WB_REASON,	/* closing reasons */
	WB_LIST__MAX
};
/* The codes of a list, NULL-terminated (the choices of a VT_ENUM field). */
extern const char *const whistle_offers[];
extern const char *const whistle_relations[];
/* The label of code in the request's language; the code if unknown. */
const char	*whistle_label(struct http_req *, enum wb_list, const char *code);
/* A cause from the database in the request's language; *danish set if
 * it has no translation (a cause the authority added). */
const char	*whistle_cause_label(struct http_req *, const char *label,
		    int *danish);
/* FORM_URL and MAILBOX_URL in d: the pages' addresses in the language. */
void		 whistle_urls(struct http_req *, struct tpl_dict *);

#endif

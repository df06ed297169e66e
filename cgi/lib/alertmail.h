/*
 * alertmail: the staff mails' subject and body, from templates/mail/ (in
 * Danish, plain text, through tpl_expand_text).  No I/O: the caller puts
 * the result in the outbox under the dedup key alerts.h gives.
 *
 * The whistleblower mails say only that something happened and where to
 * log in: no content, no offer, no case number, nothing from the report
 * (the functions take nothing that could carry it).
 */
#ifndef FRIST_ALERTMAIL_H
#define FRIST_ALERTMAIL_H

#include <stddef.h>

#include "alerts.h"
#include "remind.h"

struct alert_mail {
	char	*subject;	/* both point into buf */
	char	*body;
	char	*buf;
};

/* 0, or -1 (a template missing or not in the form "subject\n\nbody"). */
/* The new-report and reply mails are written by sql/030's trigger, whose
 * text is there only (the whistle program cannot queue mail). */
int	 alertmail_wb_deadline(const char *base_url, long long report_id,
	    enum alert_wb, struct alert_mail *);
/* cases[0..n-1] as alert_digest_select left them (n > 0). */
int	 alertmail_digest(const char *base_url, const char *name, int limit,
	    int near, const struct alert_case *cases, size_t n,
	    struct alert_mail *);
/* The recipient's receipt for a status report (accounts == 0) or the
 * accounts of a grant: what arrived, the case and a link to it (no
 * access code: the recipient logs in). */
int	 alertmail_receipt(const char *base_url, int accounts,
	    const char *grant_no, const char *case_no, const char *sub_id,
	    int version, struct alert_mail *);
/* A caseworker's step on a case, to the recipient: kind is "returned",
 * "approved", "rejected" or "message" (templates/mail/case_<kind>.tpl);
 * a message mail says only that there is one (its text is on the page). */
int	 alertmail_case(const char *base_url, const char *kind,
	    const char *grant_no, const char *case_no, const char *sub_id,
	    struct alert_mail *);
/*
 * A reminder to a grant's contact (templates/mail/<remind_kind_name>.tpl):
 * obligation obl_id of grant grant_no, a status report (accounts == 0,
 * number seq) or the accounts, due on due, sent on today (the days left
 * or overdue are counted from it).  Links to the obligation's page on
 * /grants/my/ (the recipient logs in: no access code).
 */
int	 alertmail_remind(const char *base_url, enum remind_kind,
	    int accounts, int seq, const char *grant_no, long long obl_id,
	    cal_day due, cal_day today, struct alert_mail *);
void	 alertmail_free(struct alert_mail *);

#endif

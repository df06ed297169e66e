/* alertmail: the staff mails from their templates (alertmail.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alertmail.h"
#include "tpl.h"

/* Expands file with d (and frees d); splits subject and body. */
static int
render(const char *file, struct tpl_dict *d, struct alert_mail *m)
{
	size_t	 len = 0;
	char	*sep;
	int	 rc = -1;

	memset(m, 0, sizeof(*m));
	if ((m->buf = tpl_expand_text(file, d, &len)) == NULL)
		goto out;
	if ((sep = strstr(m->buf, "\n\n")) == NULL || sep == m->buf ||
	    memchr(m->buf, '\n', (size_t)(sep - m->buf)) != NULL)
		goto out;
	*sep = '\0';
	m->subject = m->buf;
	m->body = sep + 2;
	rc = 0;
out:
	if (rc == -1)
		alertmail_free(m);
	tpl_dict_free(d);
	return rc;
}

static struct tpl_dict *
dict(const char *base_url)
{
	struct tpl_dict	*d = tpl_dict_new("mail");

	tpl_set(d, "BASE_URL", base_url);
	return d;
}

int
alertmail_wb_deadline(const char *base_url, long long report_id,
    enum alert_wb a, struct alert_mail *m)
{
	struct tpl_dict	*d;

	memset(m, 0, sizeof(*m));
	if (alert_wb_label(a) == NULL)
		return -1;
	d = dict(base_url);
	tpl_set_int(d, "REPORT_ID", report_id);
	tpl_set(d, "STEP", alert_wb_label(a));
	return render("da/mail/wb_deadline.tpl", d, m);
}

/* "1 sag", "2 sager": ONE or MANY; the days of a case (DAY_ONE,
 * DAY_MANY) have names of their own, since a section not shown in a row
 * is looked up in the rows' parent. */
static void
number(struct tpl_dict *d, const char *one, const char *many, long long n)
{
	tpl_show(d, n == 1 ? one : many);
}

int
alertmail_digest(const char *base_url, const char *name, int limit,
    int near, const struct alert_case *c, size_t n, struct alert_mail *m)
{
	struct tpl_dict	*d, *row, *s;
	size_t		 i;

	memset(m, 0, sizeof(*m));
	if (n == 0)
		return -1;
	d = dict(base_url);
	tpl_set(d, "NAME", name);
	tpl_set_int(d, "N", (long long)n);
	tpl_set_int(d, "LIMIT", limit);
	tpl_set_int(d, "NEAR", near);
	number(d, "ONE", "MANY", (long long)n);
	for (i = 0; i < n; i++) {
		row = tpl_section(d, "CASE");
		tpl_set(row, "BASE_URL", base_url);
		tpl_set_int(row, "ID", c[i].id);
		tpl_set(row, "CASE_NO", c[i].case_no);
		tpl_set(row, "GRANT_NO", c[i].grant_no);
		if (c[i].left == 0) {
			tpl_show(row, "TODAY");
			continue;
		}
		s = tpl_section(row, c[i].left > 0 ? "LEFT" : "OVER");
		tpl_set_int(s, "DAYS", c[i].left > 0 ? c[i].left : -c[i].left);
		number(s, "DAY_ONE", "DAY_MANY", c[i].left > 0 ? c[i].left :
		    -c[i].left);
	}
	return render("da/mail/digest.tpl", d, m);
}

int
alertmail_receipt(const char *base_url, int accounts, const char *grant_no,
    const char *case_no, const char *sub_id, int version,
    struct alert_mail *m)
{
	struct tpl_dict	*d = dict(base_url);

	tpl_show(d, accounts ? "ACCOUNTS" : "STATUS");
	tpl_set(d, "GRANT_NO", grant_no);
	tpl_set(d, "CASE_NO", case_no);
	tpl_set(d, "SUB_ID", sub_id);
	if (version > 1)
		tpl_set_int(tpl_section(d, "AGAIN"), "VERSION", version);
	return render("da/mail/receipt.tpl", d, m);
}

int
alertmail_case(const char *base_url, const char *kind, const char *grant_no,
    const char *case_no, const char *sub_id, struct alert_mail *m)
{
	static const char *const kinds[] = { "returned", "approved",
	    "rejected", "message" };
	struct tpl_dict		*d;
	char			 file[64];
	size_t			 i;

	memset(m, 0, sizeof(*m));
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kind, kinds[i]) == 0)
			break;
	if (i == sizeof(kinds) / sizeof(kinds[0]))
		return -1;
	snprintf(file, sizeof(file), "da/mail/case_%s.tpl", kinds[i]);
	d = dict(base_url);
	tpl_set(d, "GRANT_NO", grant_no);
	tpl_set(d, "CASE_NO", case_no);
	tpl_set(d, "SUB_ID", sub_id);
	return render(file, d, m);
}

int
alertmail_remind(const char *base_url, enum remind_kind kind, int accounts,
    int seq, const char *grant_no, long long obl_id, cal_day due,
    cal_day today, struct alert_mail *m)
{
	struct tpl_dict	*d;
	char		 file[64], day[40];
	int		 days = kind == REMIND_OVERDUE ? (int)(today - due) :
			    (int)(due - today);

	memset(m, 0, sizeof(*m));
	if (kind != REMIND_BEFORE && kind != REMIND_DUE &&
	    kind != REMIND_OVERDUE)
		return -1;
	snprintf(file, sizeof(file), "da/mail/%s.tpl", remind_kind_name(kind));
	d = dict(base_url);
	if (accounts)
		tpl_show(d, "ACCOUNTS");
	else
		tpl_set_int(tpl_section(d, "STATUS"), "SEQ", seq);
	tpl_set(d, "GRANT_NO", grant_no);
	tpl_set_int(d, "OID", obl_id);
	tpl_set(d, "DUE", cal_format_long(due, day, sizeof(day)));
	tpl_set_int(d, "DAYS", days);
	number(d, "DAY_ONE", "DAY_MANY", days);
	return render(file, d, m);
}

void
alertmail_free(struct alert_mail *m)
{
	free(m->buf);
	memset(m, 0, sizeof(*m));
}

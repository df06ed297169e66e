/* Causes cache, file storage and labels of the whistleblower channel. */
#include <string.h>
#include <time.h>

#include "wbcodes.h"
#include "whistle.h"

static PGresult		*causes;
static unsigned long	 causes_gen;
static time_t		 causes_checked;

/*
 * The form is read far more often than the cause list changes, so each
 * worker keeps it until PostgreSQL notifies a change (trigger in
 * sql/004), looking for notifications at most once a second.  Without a
 * database the last list is used, or none: the cause is optional, and the
 * form must work even then.
 */
const PGresult *
whistle_causes(void)
{
	PGresult	*res;
	time_t		 now = time(NULL);

	if (causes != NULL && now == causes_checked)
		return causes;
	causes_checked = now;
	/* First notice a server that went away, then reconnect. */
	db_poll();
	if (db_ensure() == -1)
		return causes;
	if (causes != NULL && causes_gen == db_generation())
		return causes;
	if ((res = db_exec(STMT_CAUSES, NULL)) == NULL)
		return causes;
	PQclear(causes);
	causes = res;
	causes_gen = db_generation();
	return causes;
}

int
whistle_store_files(struct http_req *r, const unsigned char *lookup,
    const unsigned char k[WB_KEY])
{
	const char	*p[4], *nf[2];
	int		 len[4] = { WB_KEY, 0, 0, 0 }, fmt[4] = { 1, 1, 1, 0 };
	unsigned char	*name, *data;
	size_t		 i, nlen;
	PGresult	*res;

	for (i = 0; i < r->nfiles; i++) {
		if (strcmp(r->files[i].field, "attachment") != 0)
			continue;
		nf[0] = r->files[i].filename;
		nf[1] = r->files[i].ctype;
		name = wb_seal_fields(r->ar, k, nf, 2, &nlen);
		data = arena_alloc(r->ar, r->files[i].len + WB_OVERHEAD);
		wb_encrypt(k, r->files[i].data, r->files[i].len, data);
		p[0] = (const char *)lookup;
		p[1] = (const char *)name;
		len[1] = (int)nlen;
		p[2] = (const char *)data;
		len[2] = (int)(r->files[i].len + WB_OVERHEAD);
		p[3] = arena_printf(r->ar, "%zu", r->files[i].len);
		if ((res = db_execb(STMT_ADD_FILE, p, len, fmt)) == NULL)
			return -1;
		PQclear(res);
	}
	return 0;
}

int
whistle_nfiles(const struct http_req *r)
{
	size_t	 i;
	int	 n = 0;

	for (i = 0; i < r->nfiles; i++)
		n += strcmp(r->files[i].field, "attachment") == 0;
	return n;
}

/* The request's attachments as LOST_FILE rows of section in d, and ONE
 * or MANY; how many there were. */
static int
lost_files(struct http_req *r, struct tpl_dict *d, const char *section)
{
	struct tpl_dict	*lost = NULL;
	size_t		 i;
	int		 n = 0;

	for (i = 0; i < r->nfiles; i++) {
		if (strcmp(r->files[i].field, "attachment") != 0)
			continue;
		if (lost == NULL)
			lost = tpl_section(d, section);
		tpl_set(tpl_section(lost, "LOST_FILE"), "NAME",
		    r->files[i].filename);
		n++;
	}
	if (n > 0)
		tpl_show(lost, n == 1 ? "ONE" : "MANY");
	return n;
}

void
whistle_files_lost(struct http_req *r, struct tpl_dict *d)
{
	struct tpl_dict	*e;

	if (lost_files(r, d, "ATTACHMENT_LOST") == 0)
		return;
	tpl_show(d, "ATTACHMENT_BAD");
	tpl_show(d, "HAS_ERRORS");
	e = tpl_section(d, "ERRORS");
	tpl_set(e, "FIELD", "attachment");
	(void)lost_files(r, e, "LOST");
}

/* The code lists of wbcodes.h: codes, and codes with their keys. */
#define KEY_PAIR(c, k, ...)	{ c, k },
#define CAUSE_PAIR(l, k)	{ l, k },

const char *const whistle_offers[] = { WB_OFFERS(WB_CODE_OF) NULL };
const char *const whistle_relations[] = { WB_RELATIONS(WB_CODE_OF) NULL };

static const char *const offer_keys[][2] = { WB_OFFERS(KEY_PAIR) };
static const char *const relation_keys[][2] = { WB_RELATIONS(KEY_PAIR) };
static const char *const state_keys[][2] = { WB_STATES(KEY_PAIR) };
static const char *const reason_keys[][2] = { WB_REASONS(KEY_PAIR) };
#define LIST(t)	{ t, sizeof(t) / sizeof(t[0]) }
static const struct {
	const char *const	(*tab)[2];
	size_t			  n;
} lists[WB_LIST__MAX] = {
	[WB_OFFER] = LIST(offer_keys),
	[WB_RELATION] = LIST(relation_keys),
	[WB_STATUS] = LIST(state_keys),
	[WB_REASON] = LIST(reason_keys),
};

/* The causes sql/004 creates, by their Danish label (WB_SEEDED_CAUSES). */
static const char *const cause_keys[][2] = { WB_SEEDED_CAUSES(CAUSE_PAIR) };

const char *
whistle_label(struct http_req *r, enum wb_list l, const char *code)
{
	return app_label(r, lists[l].tab, lists[l].n, code);
}

const char *
whistle_cause_label(struct http_req *r, const char *label, int *danish)
{
	*danish = LABEL_OF(cause_keys, label) == NULL && r->lang != LANG_DA;
	return APP_LABEL(r, cause_keys, label);
}

void
whistle_urls(struct http_req *r, struct tpl_dict *d)
{
	tpl_set(d, "FORM_URL", arena_printf(r->ar, "/whistleblower/%s",
	    app_str(r, "LQ")));
	tpl_set(d, "MAILBOX_URL", arena_printf(r->ar,
	    "/whistleblower/mailbox%s", app_str(r, "LQ")));
}

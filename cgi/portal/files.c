/* Attachments of applications and submissions: storing, listing, serving. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attach.h"
#include "portal.h"

int
portal_store_files(struct http_req *r, int stmt, const char *owner,
    const char *purpose, const char *field, char **ids)
{
	const char	*params[6];
	int		 lengths[6] = { 0 }, formats[6] = { 0 };
	PGresult	*res;
	size_t		 i;

	for (i = 0; i < r->nfiles; i++) {
		if (strcmp(r->files[i].field, field) != 0)
			continue;
		params[0] = owner;
		params[1] = purpose;
		params[2] = r->files[i].filename;
		params[3] = r->files[i].ctype;
		params[4] = arena_printf(r->ar, "%zu", r->files[i].len);
		params[5] = r->files[i].data;
		lengths[5] = (int)r->files[i].len;
		formats[5] = 1;		/* bytea, sent as it is */
		if ((res = db_execb(stmt, params, lengths, formats)) == NULL)
			return -1;
		if (ids != NULL && PQntuples(res) == 1)
			*ids = arena_printf(r->ar, "%s,%s", *ids != NULL ? *ids :
			    "", db_val(res, 0, ATT_ADD_id));
		PQclear(res);
	}
	return 0;
}

int
portal_file_list(struct tpl_dict *d, int stmt, const char *owner)
{
	int	 n;

	if ((n = attach_list(d, stmt, owner)) != -1)
		tpl_show(d, n > 0 ? "HAS_FILES" : "NO_FILES");
	return n;
}

void
portal_files_lost(struct http_req *r, struct tpl_dict *d, const char *field,
    const char *section)
{
	struct tpl_dict	*s = NULL;
	size_t		 i, n = 0;

	for (i = 0; i < r->nfiles; i++) {
		if (strcmp(r->files[i].field, field) != 0)
			continue;
		if (s == NULL)
			s = tpl_section(d, section);
		tpl_set(tpl_section(s, "F"), "NAME", r->files[i].filename);
		n++;
	}
	if (s != NULL)
		tpl_show(s, n == 1 ? "ONE" : "MANY");
}

/*
 * GET /grants/application/files/<id> and /grants/my/files/<id>: only the
 * files of the applicant's own draft or the recipient's own grant, always
 * as a download so nothing uploaded is ever rendered in our origin.
 */
int
page_file(struct http_req *r)
{
	const char	*params[2];
	int64_t		 id;

	if (str_to_i64(r->args[0], 1, INT64_MAX, &id) == -1)
		return 404;
	params[0] = r->args[0];
	params[1] = portal_application != NULL ? portal_application :
	    portal_award;
	return attach_send(r, portal_application != NULL ? STMT_ATT_GET_APP :
	    STMT_ATT_GET_SUB, params);
}

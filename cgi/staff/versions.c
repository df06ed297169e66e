/*
 * The versions of a case on /staff/cases/<id> (versions.h): each version
 * the recipient sent, as it was sent, run with the staff role.
 */
#include "staff.h"
#include "versions.h"

int
staff_case_versions(struct http_req *r, struct tpl_dict *d, const char *sid,
    int permille)
{
	const char	*params[1] = { sid };
	PGresult	*ver = NULL, *lines = NULL, *files = NULL;
	int		 rc = -1;

	if ((ver = db_exec(STMT_CASE_VERSIONS, params)) == NULL ||
	    (lines = db_exec(STMT_CASE_VERSION_LINES, params)) == NULL ||
	    (files = db_exec(STMT_CASE_VERSION_FILES, params)) == NULL)
		goto out;
	tpl_show(d, PQntuples(ver) > 0 ? "HAS_VERSIONS" : "NO_VERSIONS");
	rc = versions_fill(r, d, ver, lines, files, permille);
out:
	PQclear(ver);
	PQclear(lines);
	PQclear(files);
	return rc;
}

/*
 * The versions of a case on the recipient's case page (versions.h): the
 * portal runs the statements with its own role.
 */
#include "portal.h"
#include "versions.h"

int
portal_versions(struct http_req *r, struct tpl_dict *d, const char *sid,
    int permille)
{
	const char	*params[1] = { sid };
	PGresult	*ver = NULL, *lines = NULL, *files = NULL;
	int		 rc = -1;

	if ((ver = db_exec(STMT_VER_LIST, params)) == NULL ||
	    (lines = db_exec(STMT_VER_LINES, params)) == NULL ||
	    (files = db_exec(STMT_VER_FILES, params)) == NULL)
		goto out;
	rc = PQntuples(ver) > 0 ? versions_fill(r, tpl_section(d, "VERSIONS"),
	    ver, lines, files, permille) : 0;
out:
	PQclear(ver);
	PQclear(lines);
	PQclear(files);
	return rc;
}

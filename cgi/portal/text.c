/*
 * The portal's messages with values in them, in the request's language:
 * a text of the string tables with {{NAME}} markers (the same names in
 * both languages), filled in here.  No format string ever comes from a
 * table.
 */
#include <stdarg.h>

#include "grant.h"
#include "portal.h"

#define TEXT_MAXVARS	8

const char *
portal_text(struct http_req *r, const char *key, ...)
{
	const char	*vars[2 * TEXT_MAXVARS + 1];
	va_list		 ap;
	size_t		 n = 0;

	va_start(ap, key);
	while (n < 2 * TEXT_MAXVARS && (vars[n] = va_arg(ap, const char *)) !=
	    NULL) {
		vars[n + 1] = va_arg(ap, const char *);
		n += 2;
	}
	va_end(ap);
	vars[n] = NULL;
	return str_subst(r->ar, app_str(r, key), vars);
}

const char *
portal_status_label(struct http_req *r, const char *status)
{
	const char	*k = grant_status_key(status);

	return k != NULL ? app_str(r, k) : status;
}

const char *
portal_kind_label(struct http_req *r, const char *kind)
{
	return app_str(r, grant_kind_key(kind));
}

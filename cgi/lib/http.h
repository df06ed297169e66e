/*
 * http: one FastCGI request: its environment, query, body (urlencoded or
 * multipart), cookies, and the response with the security headers.
 *
 * Parsing is strict: bad percent escapes, invalid UTF-8, NUL bytes, too
 * many or too long fields, a missing or wrong CONTENT_LENGTH each give a
 * 4xx with a Danish message saying what was wrong.
 */
#ifndef FRIST_HTTP_H
#define FRIST_HTTP_H

#include <stddef.h>
#include <stdint.h>

#include "i18n.h"
#include "kv.h"
#include "util.h"

struct FCGX_Stream;

enum http_method {
	HTTP_GET	= 0x1,
	HTTP_HEAD	= 0x2,
	HTTP_POST	= 0x4,
};

struct http_limits {
	size_t	 max_body;	/* whole request body */
	size_t	 max_fields;	/* pairs in query + body */
	size_t	 max_field;	/* one non-file value */
	size_t	 max_file;	/* one uploaded file */
	size_t	 max_files;
};

struct http_file {
	const char	*field;
	const char	*filename;	/* valid UTF-8, no path separators */
	const char	*ctype;
	const char	*data;
	size_t		 len;
};

struct http_hdr {
	const char	*name;
	const char	*value;
};

#define HTTP_MAXARGS	4

/* An answer kept in memory until it may go out (app_hold_reply). */
struct http_buf {
	char	*p;		/* malloc'd: it outlives the request's arena */
	size_t	 len;
	size_t	 cap;
};

struct http_req {
	struct arena		*ar;
	struct FCGX_Stream	*out;
	/* Not NULL: the whole answer goes here and none of it to out, so
	 * that not even its first byte tells when it was ready. */
	struct http_buf		*buf;
	const char		*id;		/* request id: logs, error pages */
	const struct http_limits *lim;

	enum http_method	 method;
	const char		*method_str;
	const char		*path;		/* nginx's normalised $document_uri */
	const char		*host;
	const char		*origin;	/* Origin header or NULL */
	const char		*fetch_site;	/* Sec-Fetch-Site or NULL */
	int			 https;
	/* REMOTE_ADDR, which nginx passes to the login pages only (for
	 * throttle.h's keys; never logged, never stored), or "". */
	const char		*client;
	enum lang		 lang;		/* set by the dispatcher */
	const char		*args[HTTP_MAXARGS];	/* route captures */
	size_t			 nargs;

	struct kvlist		 query;
	struct kvlist		 form;		/* POST body fields */
	struct kvlist		 cookies;
	struct http_file	*files;
	size_t			 nfiles;
	size_t			 filecap;

	struct http_hdr		*hdrs;		/* extra response headers */
	size_t			 nhdrs;
	size_t			 hdrcap;
	int			 status;	/* 0 until headers are sent */
	size_t			 bytes_out;
	const char		*cache;		/* Cache-Control value */
};

/* Parser results: 0 or the HTTP status to answer with; *why says why, as
 * the key of a text in the string tables (ERR_HTTP_*, app_str()). */
int	 http_parse_urlencoded(struct arena *, const char *, size_t,
	    const struct http_limits *, struct kvlist *, const char **why);
int	 http_parse_multipart(struct arena *, const char *ctype, char *body,
	    size_t, const struct http_limits *, struct kvlist *,
	    struct http_req *files, const char **why);
void	 http_parse_cookies(struct arena *, const char *, struct kvlist *);
/* Content-Length: 0 and *len, or -1 if absent, -2 if malformed. */
int	 http_content_length(const char *, size_t *len);

/* Fills req from the FastCGI environment and reads the body. */
int	 http_read(struct http_req *, struct FCGX_Stream *in, char **envp,
	    const char **why);

/* Response.  Headers go out with the first http_begin(). */
void	 http_header(struct http_req *, const char *name, const char *value);
void	 http_begin(struct http_req *, int status, const char *ctype);
void	 http_write(struct http_req *, const char *, size_t);
/* Whether cookies get Secure (1 unless the configuration says the site
 * is plain http: site.h); the same for every request. */
void	 http_cookie_secure(int);
/* 303 to location; a local path keeps the request's language. */
void	 http_redirect(struct http_req *, const char *location);
void	 http_set_cookie(struct http_req *, const char *name, const char *value,
	    const char *path, long max_age);
const char *http_status_text(int);

/* The last-resort page when templates cannot be used. */
void	 http_plain_error(struct http_req *, int status, const char *msg);

#endif

/*
 * site: the site's public address, from the configuration only.
 *
 *   base_url = https://tilskud.example.dk	(scheme://host[:port], no path)
 *   cookie_secure = yes | no		(default: no only for http://)
 *
 * Every absolute link a program builds starts with the base URL (the
 * Atom feed), never with the request's Host header, which the client
 * chooses.  Whether cookies get Secure follows the same way: plain http
 * is a choice made in the configuration (the local demo), not something
 * a Host header like "localhost.evil.example" can ask for.
 */
#ifndef FRIST_SITE_H
#define FRIST_SITE_H

struct site {
	char	 base[256];	/* "" when not configured */
	int	 secure;
};

/* Pure: checks and fills s; -1 with *why on a value that is not valid. */
int		 site_parse(const char *base_url, const char *cookie_secure,
		    struct site *s, const char **why);
/* From app_cfg, once at start (app_main); -1 if the program must not start. */
int		 site_setup(void);
/* The base URL without a trailing "/", or "" (links stay relative). */
const char	*site_base(void);

#endif

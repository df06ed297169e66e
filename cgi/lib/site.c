/* site: the configured public address and Secure (see site.h). */
#include <string.h>

#include "app.h"
#include "http.h"
#include "log.h"
#include "site.h"

static struct site	 site = { "", 1 };

int
site_parse(const char *base_url, const char *cookie_secure, struct site *s,
    const char **why)
{
	const char	*h;
	size_t		 n, i;
	int		 https = 1;

	s->base[0] = '\0';
	if (base_url != NULL && *base_url != '\0') {
		if (strncmp(base_url, "https://", 8) == 0)
			h = base_url + 8;
		else if (strncmp(base_url, "http://", 7) == 0) {
			h = base_url + 7;
			https = 0;
		} else {
			*why = "base_url must begin with https:// or http://";
			return -1;
		}
		n = strlen(base_url);
		if (base_url[n - 1] == '/')
			n--;	/* "https://x/" is "https://x" */
		if (n >= sizeof(s->base) || (size_t)(h - base_url) >= n) {
			*why = "base_url has no host or is too long";
			return -1;
		}
		/* A host and a port, nothing a link could be bent with. */
		for (i = (size_t)(h - base_url); i < n; i++)
			if (strchr("abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]",
			    base_url[i]) == NULL) {
				*why = "base_url may hold only scheme, host "
				    "and port";
				return -1;
			}
		memcpy(s->base, base_url, n);
		s->base[n] = '\0';
	}
	if (cookie_secure == NULL || *cookie_secure == '\0')
		s->secure = https;
	else if (strcmp(cookie_secure, "yes") == 0)
		s->secure = 1;
	else if (strcmp(cookie_secure, "no") == 0)
		s->secure = 0;
	else {
		*why = "cookie_secure must be yes or no";
		return -1;
	}
	return 0;
}

int
site_setup(void)
{
	const char	*why = NULL;

	if (site_parse(app_cfg("base_url", NULL), app_cfg("cookie_secure",
	    NULL), &site, &why) == -1) {
		log_err("config: %s", why);
		return -1;
	}
	http_cookie_secure(site.secure);
	return 0;
}

const char *
site_base(void)
{
	return site.base;
}

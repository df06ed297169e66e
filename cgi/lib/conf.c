/*
 * conf: "key = value" configuration files (conf.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "log.h"

#define CONF_MAX	64

static struct {
	char	*key;
	char	*val;
} conf[CONF_MAX];
static size_t	 nconf;

const char *
conf_get(const char *key, const char *def)
{
	const char	*v = def;
	size_t		 i;

	/* The last line wins, so that a line added at the end overrides. */
	for (i = 0; i < nconf; i++)
		if (strcmp(conf[i].key, key) == 0)
			v = conf[i].val;
	return v;
}

int
conf_load(const char *path)
{
	FILE	*f;
	char	 line[2048], *k, *v, *e;
	int	 lineno = 0, rc = 0;

	if ((f = fopen(path, "r")) == NULL) {
		log_err("config %s: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		for (k = line; *k == ' ' || *k == '\t'; k++)
			continue;
		if (*k == '#' || *k == '\0')
			continue;
		if ((v = strchr(k, '=')) == NULL || nconf == CONF_MAX) {
			log_err("config %s:%d: expected key = value", path, lineno);
			rc = -1;
			continue;
		}
		for (e = v; e > k && (e[-1] == ' ' || e[-1] == '\t'); e--)
			continue;
		*e = '\0';
		for (v++; *v == ' ' || *v == '\t'; v++)
			continue;
		conf[nconf].key = strdup(k);
		conf[nconf].val = strdup(v);
		if (conf[nconf].key == NULL || conf[nconf].val == NULL)
			abort();
		nconf++;
	}
	fclose(f);
	return rc;
}

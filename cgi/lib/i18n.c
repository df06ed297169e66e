/* i18n: string tables and [[KEY]] markers (see i18n.h). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "log.h"

const char *const i18n_codes[LANG__MAX] = { "da", "en" };

struct entry {
	char	*key;
	char	*text;
};

static struct table {
	struct entry	*v;
	size_t		 n, cap;
} tables[LANG__MAX];

static int
entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->key,
	    ((const struct entry *)b)->key);
}

static const struct entry *
find(enum lang l, const char *key, size_t klen)
{
	const struct table	*t = &tables[l];
	size_t			 lo = 0, hi = t->n, mid;
	int			 c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strncmp(key, t->v[mid].key, klen);
		if (c == 0 && t->v[mid].key[klen] != '\0')
			c = -1;
		if (c == 0)
			return &t->v[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static int
key_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

void
i18n_reset(void)
{
	size_t	 l, i;

	for (l = 0; l < LANG__MAX; l++) {
		for (i = 0; i < tables[l].n; i++) {
			free(tables[l].v[i].key);
			free(tables[l].v[i].text);
		}
		free(tables[l].v);
		memset(&tables[l], 0, sizeof(tables[l]));
	}
}

int
i18n_parse(enum lang l, const char *text, size_t len, int *line,
    const char **why)
{
	struct table	*t = &tables[l];
	const char	*p = text, *end = text + len, *nl, *k, *ke, *v, *ve;
	size_t		 i;

	*line = 0;
	for (; p < end; p = nl + 1) {
		(*line)++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		for (k = p; k < nl && (*k == ' ' || *k == '\t'); k++)
			continue;
		if (k == nl || *k == '#')
			continue;
		for (ke = k; ke < nl && key_char(*ke); ke++)
			continue;
		for (v = ke; v < nl && (*v == ' ' || *v == '\t'); v++)
			continue;
		if (ke == k || v == nl || *v != '=') {
			*why = "expected KEY = text (KEY in A-Z, 0-9, _)";
			return -1;
		}
		for (v++; v < nl && (*v == ' ' || *v == '\t'); v++)
			continue;
		for (ve = nl; ve > v && (ve[-1] == ' ' || ve[-1] == '\t' ||
		    ve[-1] == '\r'); ve--)
			continue;
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 256;
			if ((t->v = realloc(t->v, t->cap * sizeof(*t->v))) == NULL)
				abort();
		}
		t->v[t->n].key = strndup(k, (size_t)(ke - k));
		t->v[t->n].text = strndup(v, (size_t)(ve - v));
		if (t->v[t->n].key == NULL || t->v[t->n].text == NULL)
			abort();
		t->n++;
	}
	qsort(t->v, t->n, sizeof(*t->v), entry_cmp);
	for (i = 1; i < t->n; i++)
		if (strcmp(t->v[i - 1].key, t->v[i].key) == 0) {
			*line = 0;
			*why = "a key is defined twice";
			return -1;
		}
	return 0;
}

const char *
i18n_mismatch(void)
{
	size_t	 l, m, i;

	for (l = 0; l < LANG__MAX; l++)
		for (m = 0; m < LANG__MAX; m++)
			for (i = 0; l != m && i < tables[l].n; i++)
				if (find((enum lang)m, tables[l].v[i].key,
				    strlen(tables[l].v[i].key)) == NULL)
					return tables[l].v[i].key;
	return NULL;
}

static int
load_file(const char *path, enum lang l)
{
	char		*buf = NULL;
	FILE		*f;
	long		 sz;
	int		 line, rc = -1;
	const char	*why;

	if ((f = fopen(path, "r")) == NULL) {
		log_err("i18n: %s: %s", path, strerror(errno));
		return -1;
	}
	if (fseek(f, 0, SEEK_END) == -1 || (sz = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) == -1 || (buf = malloc((size_t)sz + 1)) == NULL ||
	    fread(buf, 1, (size_t)sz, f) != (size_t)sz) {
		log_err("i18n: cannot read %s", path);
		goto out;
	}
	if (i18n_parse(l, buf, (size_t)sz, &line, &why) == -1) {
		log_err("i18n: %s:%d: %s", path, line, why);
		goto out;
	}
	rc = 0;
out:
	free(buf);
	fclose(f);
	return rc;
}

/* Every dir/<lang>/ *.txt: one table per language, in files by area. */
static int
load_lang(const char *dir, enum lang l)
{
	char		 path[1024];
	DIR		*d;
	struct dirent	*de;
	size_t		 n;
	int		 rc = 0, files = 0;

	snprintf(path, sizeof(path), "%s/%s", dir, i18n_codes[l]);
	if ((d = opendir(path)) == NULL) {
		log_err("i18n: %s: %s", path, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		n = strlen(de->d_name);
		if (de->d_name[0] == '.' || n < 5 ||
		    strcmp(de->d_name + n - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s/%s", dir, i18n_codes[l],
		    de->d_name);
		if (load_file(path, l) == -1)
			rc = -1;
		files++;
	}
	closedir(d);
	if (files == 0) {
		log_err("i18n: no string table in %s/%s", dir, i18n_codes[l]);
		rc = -1;
	}
	return rc;
}

int
i18n_load(const char *dir)
{
	const char	*k;
	size_t		 l;

	i18n_reset();
	for (l = 0; l < LANG__MAX; l++)
		if (load_lang(dir, (enum lang)l) == -1)
			return -1;
	if ((k = i18n_mismatch()) != NULL) {
		log_err("i18n: %s is not in every table of %s", k, dir);
		return -1;
	}
	return 0;
}

const char *
i18n_str(enum lang l, const char *key)
{
	const struct entry	*e;

	if ((unsigned)l >= LANG__MAX)
		l = LANG_DA;
	if ((e = find(l, key, strlen(key))) == NULL)
		return key;
	return e->text;
}

char *
i18n_expand(enum lang l, const char *text, size_t len, size_t *outlen,
    char **bad)
{
	const struct entry	*e;
	const char		*p = text, *end = text + len, *m, *ke;
	char			*out = NULL;
	size_t			 n = 0, cap = len + 1, add;

	*bad = NULL;
	if ((out = malloc(cap)) == NULL)
		abort();
	while (p < end) {
		m = p;
		while (m + 1 < end && !(m[0] == '[' && m[1] == '['))
			m++;
		if (m + 1 >= end)
			m = end;
		for (ke = m + 2; m < end && ke < end && key_char(*ke); ke++)
			continue;
		/* Copy what precedes the marker (or the rest). */
		add = (size_t)(m - p);
		e = NULL;
		if (m < end && ke + 1 < end && ke > m + 2 && ke[0] == ']' &&
		    ke[1] == ']' && (e = find(l, m + 2, (size_t)(ke - m - 2))) ==
		    NULL) {
			*bad = strndup(m + 2, (size_t)(ke - m - 2));
			free(out);
			return NULL;
		}
		if (m < end && e == NULL)
			add += 2;	/* "[[" that is no marker: kept */
		if (n + add + (e ? strlen(e->text) : 0) + 1 > cap) {
			cap = (n + add + (e ? strlen(e->text) : 0) + 1) * 2;
			if ((out = realloc(out, cap)) == NULL)
				abort();
		}
		memcpy(out + n, p, add);
		n += add;
		if (e != NULL) {
			memcpy(out + n, e->text, strlen(e->text));
			n += strlen(e->text);
			p = ke + 2;
		} else
			p += add;
	}
	out[n] = '\0';
	*outlen = n;
	return out;
}

const char *
i18n_month(enum lang l, int month)
{
	static const char *const names[LANG__MAX][12] = {
		{ "januar", "februar", "marts", "april", "maj", "juni",
		  "juli", "august", "september", "oktober", "november",
		  "december" },
		{ "January", "February", "March", "April", "May", "June",
		  "July", "August", "September", "October", "November",
		  "December" },
	};

	if ((unsigned)l >= LANG__MAX)
		l = LANG_DA;
	return month >= 1 && month <= 12 ? names[l][month - 1] : "";
}

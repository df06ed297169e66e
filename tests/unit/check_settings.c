/*
 * The settings table (settings.h) against the seeds of the setting table
 * in the migrations under $FRIST_SRC/sql: every setting seeded once, with its default
 * as value and its label, and no seed the table lacks; each default
 * inside its own range.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "settings.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*settings_suite(void);

#define SEEDS_MAX	64

struct seed {
	char	 key[128], value[64], label[256];
};

static struct seed	 seeds[SEEDS_MAX];
static size_t		 nseeds;

/* The next '...' literal at *p ('' inside is one quote), or -1. */
static int
literal(const char **p, char *out, size_t n)
{
	const char	*s = *p;
	size_t		 i = 0;

	while (*s == ' ' || *s == '\t' || *s == ',')
		s++;
	if (*s++ != '\'')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s == '\'' && s[1] == '\'')
			s++;
		else if (*s == '\'')
			break;
		if (i + 1 >= n)
			return -1;
		out[i++] = *s;
	}
	if (*s != '\'')
		return -1;
	out[i] = '\0';
	*p = s + 1;
	return 0;
}

/* The ('key', 'value', 'label') rows after "INSERT INTO setting". */
static void
read_seeds(const char *path)
{
	FILE		*f;
	char		 line[1024];
	const char	*p;
	int		 in = 0;

	ck_assert_msg((f = fopen(path, "r")) != NULL, "cannot open %s", path);
	while (fgets(line, sizeof(line), f) != NULL) {
		if (strncmp(line, "INSERT INTO setting", 19) == 0) {
			in = 1;
			continue;
		}
		if (!in)
			continue;
		p = line + strspn(line, " \t");
		if (*p++ != '(') {
			in = 0;
			continue;
		}
		ck_assert_uint_lt(nseeds, SEEDS_MAX);
		ck_assert_msg(literal(&p, seeds[nseeds].key,
		    sizeof(seeds[nseeds].key)) == 0 &&
		    literal(&p, seeds[nseeds].value,
		    sizeof(seeds[nseeds].value)) == 0 &&
		    literal(&p, seeds[nseeds].label,
		    sizeof(seeds[nseeds].label)) == 0,
		    "%s: a setting row that is not ('key', 'value', "
		    "'label'): %s", path, line);
		nseeds++;
		if (strchr(p, ';') != NULL)
			in = 0;
	}
	fclose(f);
}

static void
read_all_seeds(void)
{
	const char	*src = getenv("FRIST_SRC");
	char		 dir[PATH_MAX], path[PATH_MAX + 256];
	DIR		*d;
	struct dirent	*e;

	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set");
	nseeds = 0;
	snprintf(dir, sizeof(dir), "%s/sql", src);
	ck_assert_msg((d = opendir(dir)) != NULL, "cannot open %s", dir);
	while ((e = readdir(d)) != NULL) {
		size_t	 n = strlen(e->d_name);

		if (n < 5 || strcmp(e->d_name + n - 4, ".sql") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		read_seeds(path);
	}
	closedir(d);
}

START_TEST(test_seeds_agree)
{
	size_t	 i, found;
	int	 s;
	char	 def[32];

	read_all_seeds();
	ck_assert_uint_eq(nseeds, SET__MAX);
	for (s = 0; s < SET__MAX; s++) {
		found = 0;
		snprintf(def, sizeof(def), "%lld",
		    (long long)setting_defs[s].def);
		for (i = 0; i < nseeds; i++) {
			if (strcmp(seeds[i].key, setting_defs[s].key) != 0)
				continue;
			found++;
			ck_assert_msg(strcmp(seeds[i].value, def) == 0,
			    "%s: seeded %s, default %s", seeds[i].key,
			    seeds[i].value, def);
			ck_assert_str_eq(seeds[i].label, setting_defs[s].label);
		}
		ck_assert_msg(found == 1, "%s seeded %zu times",
		    setting_defs[s].key, found);
	}
	for (i = 0; i < nseeds; i++)
		ck_assert_msg(setting_find(seeds[i].key) != SET__MAX,
		    "%s is seeded but not in settings.h", seeds[i].key);
}
END_TEST

START_TEST(test_table)
{
	int	 s, t;

	for (s = 0; s < SET__MAX; s++) {
		const struct setting_def	*d = &setting_defs[s];

		ck_assert_ptr_nonnull(d->key);
		ck_assert_msg(d->min <= d->def && d->def <= d->max,
		    "%s: default outside its range", d->key);
		ck_assert(d->type == VT_INT || d->type == VT_AMOUNT);
		ck_assert_uint_gt(strlen(d->label), 0);
		ck_assert_int_eq(setting_find(d->key), s);
		for (t = s + 1; t < SET__MAX; t++)
			ck_assert_str_ne(d->key, setting_defs[t].key);
		/* The settings page lists them in this order: by key. */
		if (s > 0)
			ck_assert_int_lt(strcmp(setting_defs[s - 1].key,
			    d->key), 0);
	}
	ck_assert_int_eq(setting_find("grants.nonexistent"), SET__MAX);
	ck_assert_int_eq(setting_find(""), SET__MAX);
}
END_TEST

Suite *
settings_suite(void)
{
	Suite	*s = suite_create("settings");
	TCase	*tc = tcase_create("settings");

	tcase_add_test(tc, test_seeds_agree);
	tcase_add_test(tc, test_table);
	suite_add_tcase(s, tc);
	return s;
}

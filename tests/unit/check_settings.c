/*
 * The settings table (settings.h) against the seeds of the setting table
 * in the migrations under $FRIST_SRC/sql: every setting seeded once, with
 * its default as value and its label, and no seed the table lacks; each
 * default inside its own range.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "settings.h"
#include "srcfile.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*settings_suite(void);

#define SEEDS_MAX	64

/* A seeded row; the texts point into the tokens. */
struct seed {
	const char	*key, *value, *label;
};

static struct seed	 seeds[SEEDS_MAX];
static size_t		 nseeds;

/* Whether tokens i.. are the words and punctuation of want, in order. */
static int
words(const struct sql_tokens *ts, size_t i, const char *const *want)
{
	for (; *want != NULL; want++, i++)
		if (!sql_is(ts, i, *want))
			return 0;
	return 1;
}

/* Whether tokens r.. are a row ('key', 'value', 'label'). */
static int
row(const struct sql_tokens *ts, size_t r)
{
	size_t	 k;

	if (!sql_is(ts, r, "(") || !sql_is(ts, r + 6, ")"))
		return 0;
	for (k = 1; k <= 5; k += 2)
		if (ts->t[r + k].type != SQL_STR ||
		    (k < 5 && !sql_is(ts, r + k + 1, ",")))
			return 0;
	return 1;
}

/*
 * The rows of every INSERT INTO setting (key, value, label) VALUES
 * ('key', 'value', 'label'), ... in the migrations; any other shape
 * fails the test.
 */
static void
read_seeds(const struct sql_tokens *ts)
{
	static const char *const cols[] = { "(", "key", ",", "value", ",",
	    "label", ")", "values", NULL };
	size_t	 i, r;

	nseeds = 0;
	for (i = 0; i + 2 < ts->n; i++) {
		if (!sql_is(ts, i, "insert") || !sql_is(ts, i + 1, "into") ||
		    !sql_is(ts, i + 2, "setting"))
			continue;
		ck_assert_msg(words(ts, i + 3, cols), "INSERT INTO setting: "
		    "not (key, value, label) VALUES");
		for (r = i + 11;; r += 8) {
			ck_assert_msg(row(ts, r), "a setting row that is not "
			    "('key', 'value', 'label') after %s", nseeds > 0 ?
			    seeds[nseeds - 1].key : "VALUES");
			ck_assert_uint_lt(nseeds, SEEDS_MAX);
			seeds[nseeds].key = ts->t[r + 1].text;
			seeds[nseeds].value = ts->t[r + 3].text;
			seeds[nseeds].label = ts->t[r + 5].text;
			nseeds++;
			if (!sql_is(ts, r + 7, ","))
				break;
		}
		ck_assert_msg(sql_is(ts, r + 7, ";"), "INSERT INTO setting: "
		    "more than the rows (after %s)", seeds[nseeds - 1].key);
		i = r + 7;
	}
}

START_TEST(test_seeds_agree)
{
	struct sql_tokens	 ts = { NULL, 0, 0 };
	size_t			 i, found;
	int			 s;
	char			 def[32];

	schema_lex(&ts);
	read_seeds(&ts);
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
	sql_tokens_free(&ts);
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

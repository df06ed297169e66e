/*
 * For the unit tests that hold C lists against the project's own files:
 * reading a file of the source tree ($FRIST_SRC, which must be set: a test
 * that cannot find the file fails), SQL as tokens, and the code lists of
 * the CHECKs the migrations leave in the schema.
 */
#ifndef FRIST_TEST_SRCFILE_H
#define FRIST_TEST_SRCFILE_H

#include <stddef.h>

/* $FRIST_SRC; fails the test if it is not set. */
const char	*src_dir(void);

/* tpl_init() on $FRIST_SRC/templates, for the tests that render mails;
 * it freezes the cache, so call it in the forked child of each test. */
void		 src_templates(void);

/* The whole of $FRIST_SRC/rel, NUL-terminated; the caller frees it. */
char		*src_read(const char *rel);

/* --- SQL as tokens ------------------------------------------------------- */

enum sql_tok { SQL_WORD, SQL_STR, SQL_PUNCT };

struct sql_token {
	enum sql_tok	 type;
	char		*text;		/* a word in lower case */
};

struct sql_tokens {
	struct sql_token	*t;
	size_t			 n, cap;
};

/*
 * Appends the tokens of sql: words (identifiers, keywords, numbers,
 * a.b as one), string literals (their value) and single punctuation
 * characters; comments and dollar-quoted bodies (functions) are left out.
 */
void	 sql_lex(struct sql_tokens *, const char *sql);

/* All migrations (sql/NNN_*.sql) in the order they are applied, each
 * ended by a ";" of its own. */
void	 schema_lex(struct sql_tokens *);

void	 sql_tokens_free(struct sql_tokens *);

/* Whether token i is the word (lower case) or punctuation word; never a
 * string literal. */
int	 sql_is(const struct sql_tokens *, size_t i, const char *word);

/* --- CHECK (column IN ('a', ...)) ---------------------------------------- */

#define SQL_CHECK_CODES	32

/* A CHECK (column IN ('a', ...)) of the schema, or of an array column
 * CHECK (column <@ ARRAY['a', ...]): every element one of the codes;
 * codes point into the tokens. */
struct sql_check {
	char		 name[160], table[64], column[64];
	const char	*codes[SQL_CHECK_CODES];
	size_t		 ncodes;
	int		 live;		/* not dropped by a later migration */
};

/*
 * Every CHECK (column IN (...)) of CREATE TABLE and ALTER TABLE in ts,
 * in order, named as PostgreSQL names them (table_column_check unless
 * CONSTRAINT gives a name); a DROP CONSTRAINT, or a later one of the
 * same name, makes one not live.  Fails the test on a CHECK (column IN
 * (...)) that is not a plain list of codes.  Their number in *n; the
 * caller frees the array.
 */
struct sql_check	*schema_checks(const struct sql_tokens *, size_t *n);

/* The one live CHECK list of table.column; fails the test if there is
 * none or more than one. */
const struct sql_check	*schema_check(const struct sql_check *, size_t n,
			    const char *table, const char *column);

/*
 * Fails the test, naming what and the code, unless sql[0..nsql-1] has
 * each code of the NULL-terminated list want (which clist names, e.g.
 * "wbcodes.h") once and nothing else.
 */
void	 codes_same_set(const char *what, const char *const *sql, size_t nsql,
	    const char *const *want, const char *clist);

#endif

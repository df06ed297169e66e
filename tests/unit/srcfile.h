/*
 * For the unit tests that hold C lists against the project's own files:
 * reading a file of the source tree ($FRIST_SRC, which must be set: a test
 * that cannot find the file fails), and the code lists of SQL CHECKs.
 */
#ifndef FRIST_TEST_SRCFILE_H
#define FRIST_TEST_SRCFILE_H

#include <stddef.h>

/* The whole of $FRIST_SRC/rel, NUL-terminated; the caller frees it. */
char	*src_read(const char *rel);

/*
 * The codes of the first "CHECK (col IN ('a', 'b', ...))" after the text
 * after (e.g. "CREATE TABLE case_event"): up to max codes into out, each
 * malloc'ed; their number.  Fails the test if there is no such CHECK.
 */
size_t	 sql_check_codes(const char *sql, const char *after, const char *col,
	    char **out, size_t max);

/* 1 if out[0..n-1] and the NULL-terminated list want hold the same codes. */
int	 codes_equal(char *const *out, size_t n, const char *const *want);

#endif

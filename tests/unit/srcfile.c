/* srcfile: see srcfile.h. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "srcfile.h"

char *
src_read(const char *rel)
{
	const char	*src = getenv("FRIST_SRC");
	char		 path[PATH_MAX], *buf;
	FILE		*f;
	long		 n;

	ck_assert_msg(src != NULL && *src != '\0', "FRIST_SRC is not set");
	snprintf(path, sizeof(path), "%s/%s", src, rel);
	ck_assert_msg((f = fopen(path, "r")) != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_int_eq(fread(buf, 1, (size_t)n, f), n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

size_t
sql_check_codes(const char *sql, const char *after, const char *col,
    char **out, size_t max)
{
	char		 head[128];
	const char	*p, *q;
	size_t		 n = 0;

	ck_assert_msg((p = strstr(sql, after)) != NULL, "no \"%s\"", after);
	snprintf(head, sizeof(head), "CHECK (%s IN (", col);
	ck_assert_msg((p = strstr(p, head)) != NULL, "no %s after \"%s\"",
	    head, after);
	for (p += strlen(head); *p != ')'; p++) {
		if (*p != '\'')
			continue;
		ck_assert_msg((q = strchr(p + 1, '\'')) != NULL,
		    "unterminated code after \"%s\"", after);
		ck_assert_uint_lt(n, max);
		out[n] = strndup(p + 1, (size_t)(q - p - 1));
		ck_assert_ptr_nonnull(out[n]);
		n++;
		p = q;
	}
	return n;
}

int
codes_equal(char *const *out, size_t n, const char *const *want)
{
	size_t	 i, j, nwant;

	for (nwant = 0; want[nwant] != NULL; nwant++)
		;
	if (n != nwant)
		return 0;
	for (i = 0; i < n; i++) {
		for (j = 0; j < nwant; j++)
			if (strcmp(out[i], want[j]) == 0)
				break;
		if (j == nwant)
			return 0;
	}
	return 1;
}

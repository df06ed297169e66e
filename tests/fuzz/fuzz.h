/*
 * fuzz: what the libFuzzer harnesses share (tests/fuzz/fuzz_*.c).
 *
 * Each harness feeds one parser of untrusted bytes and checks what it
 * promises, not only that it survives: FUZZ_CHECK aborts with the
 * condition, so libFuzzer keeps the input as a crash.
 */
#ifndef FRIST_FUZZ_H
#define FRIST_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);
int	 LLVMFuzzerInitialize(int *, char ***);

#define FUZZ_CHECK(c) do {						\
	if (!(c)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
		    __FILE__, __LINE__, #c);				\
		abort();						\
	}								\
} while (0)

/*
 * UTF-8 by the definition (code point ranges), written independently of
 * valid.c's table so that the two can be held against each other:
 * the number of code points, or -1.  NUL bytes count as invalid, as
 * utf8_valid() has them.
 */
static inline long
fuzz_utf8_ref(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n, k;
	uint32_t		 cp, min;
	long			 count = 0;

	while (i < len) {
		if (p[i] == 0)
			return -1;
		if (p[i] < 0x80) {
			i++;
			count++;
			continue;
		}
		if ((p[i] & 0xE0) == 0xC0) {
			n = 2;
			cp = p[i] & 0x1F;
			min = 0x80;
		} else if ((p[i] & 0xF0) == 0xE0) {
			n = 3;
			cp = p[i] & 0x0F;
			min = 0x800;
		} else if ((p[i] & 0xF8) == 0xF0) {
			n = 4;
			cp = p[i] & 0x07;
			min = 0x10000;
		} else
			return -1;
		if (len - i < n)
			return -1;
		for (k = 1; k < n; k++) {
			if ((p[i + k] & 0xC0) != 0x80)
				return -1;
			cp = cp << 6 | (p[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return -1;
		i += n;
		count++;
	}
	return count;
}

/* A NUL-terminated copy of the input (free it). */
static inline char *
fuzz_strndup(const uint8_t *d, size_t n)
{
	char	*s = malloc(n + 1);

	FUZZ_CHECK(s != NULL);
	memcpy(s, d, n);
	s[n] = '\0';
	return s;
}

#endif

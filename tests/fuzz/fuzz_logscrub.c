/*
 * fuzz_logscrub: frist-logd's scrubber (cgi/lib/logscrub.c), which reads
 * every line nginx sends to its socket; those lines quote the request
 * line, Host and Referer as the client sent them.
 *
 * Checked: the text is a NUL-terminated string within LOGSCRUB_MAX; it
 * holds none of nginx's per-request fields (", client: " and the rest)
 * and no dotted quad of digits (an IPv4 address); the level is 0..7; a
 * line written (not only counted) never mentions "whistle" (any case); a
 * kind is within its size and holds no digit.
 */
#include "fuzz.h"

#include <strings.h>

#include "logscrub.h"

static int
has_quad(const char *s)
{
	int	 parts = 0, digits = 0;

	for (; ; s++) {
		if (*s >= '0' && *s <= '9') {
			digits++;
			continue;
		}
		if (digits > 0 && digits <= 3 && *s == '.') {
			parts++;
			digits = 0;
			continue;
		}
		if (digits > 0 && digits <= 3 && parts == 3)
			return 1;
		parts = digits = 0;
		if (*s == '\0')
			return 0;
	}
}

static int
mentions(const uint8_t *p, size_t len, const char *w)
{
	size_t	 i, n = strlen(w);

	for (i = 0; i + n <= len; i++)
		if (strncasecmp((const char *)p + i, w, n) == 0)
			return 1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const char *const fields[] = { ", client:", ", server:",
	    ", request:", ", upstream:", ", host:", ", referrer:" };
	struct logscrub	 out;
	char		 kind[LOGSCRUB_KINDMAX];
	const char	*k;
	size_t		 i;
	uint8_t		*copy;

	/* strncasecmp must not read past the input: a NUL-ended copy. */
	FUZZ_CHECK((copy = malloc(len + 1)) != NULL);
	memcpy(copy, data, len);
	copy[len] = '\0';
	logscrub((const char *)copy, len, &out);
	FUZZ_CHECK(memchr(out.text, '\0', sizeof(out.text)) != NULL);
	FUZZ_CHECK(out.level >= 0 && out.level <= 7);
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		FUZZ_CHECK(strstr(out.text, fields[i]) == NULL);
	FUZZ_CHECK(!has_quad(out.text));
	/* A line that is written never mentions the channel. */
	if (!out.whistle)
		FUZZ_CHECK(!mentions((const uint8_t *)out.text,
		    strlen(out.text), "whistle"));
	logscrub_kind(out.text, kind, sizeof(kind));
	FUZZ_CHECK(memchr(kind, '\0', sizeof(kind)) != NULL);
	for (k = kind; *k != '\0'; k++)
		FUZZ_CHECK(*k < '0' || *k > '9');
	free(copy);
	return 0;
}

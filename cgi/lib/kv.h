/*
 * kv: the name/value pairs of a request (query string, form body, cookies).
 * Values are NUL-terminated and mutable; vlen excludes the NUL.
 */
#ifndef FRIST_KV_H
#define FRIST_KV_H

#include <stddef.h>

struct kv {
	char	*key;
	char	*val;
	size_t	 vlen;
};

struct kvlist {
	struct kv	*v;
	size_t		 n;
	size_t		 cap;
};

/* First value for key, or NULL. */
struct kv	*kv_get(const struct kvlist *, const char *key);
const char	*kv_str(const struct kvlist *, const char *key);

#endif

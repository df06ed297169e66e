/* crypto: libsodium wrappers (see crypto.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "crypto.h"
#include "log.h"
#include "util.h"

int
crypto_init(void)
{
	return sodium_init() < 0 ? -1 : 0;
}

void
crypto_token(char *out)
{
	unsigned char	 raw[32];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, CRYPTO_TOKEN_CHARS + 1, raw, sizeof(raw),
	    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof(raw));
}

void
crypto_random(void *buf, size_t n)
{
	randombytes_buf(buf, n);
}

void
crypto_digits(char *out, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		out[i] = (char)('0' + randombytes_uniform(10));
	out[n] = '\0';
}

void
crypto_digits_keyed(const unsigned char key[CRYPTO_KEYBYTES],
    const void *msg, size_t len, char *out, size_t n)
{
	unsigned char	 seed[randombytes_SEEDBYTES], buf[256];
	size_t		 i = 0, j = sizeof(buf);

	crypto_generichash(seed, sizeof(seed), msg, len, key, CRYPTO_KEYBYTES);
	while (i < n) {
		if (j == sizeof(buf)) {
			randombytes_buf_deterministic(buf, sizeof(buf), seed);
			seed[0]++;	/* the next block, should 256 bytes not do */
			j = 0;
		}
		/* 250 is a multiple of 10: bytes above it would bias. */
		if (buf[j] < 250)
			out[i++] = (char)('0' + buf[j] % 10);
		j++;
	}
	out[n] = '\0';
	sodium_memzero(seed, sizeof(seed));
	sodium_memzero(buf, sizeof(buf));
}

void
crypto_hash_hex(const char *s, char out[CRYPTO_HASHHEX])
{
	unsigned char	 h[32];

	crypto_generichash(h, sizeof(h), (const unsigned char *)s, strlen(s),
	    NULL, 0);
	sodium_bin2hex(out, CRYPTO_HASHHEX, h, sizeof(h));
}

int
crypto_read_file(const char *path, void *buf, size_t n, int secret)
{
	struct stat	 st;
	int		 fd, rc = -1;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		log_err("key %s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1 || (secret && (st.st_mode & 077) != 0)) {
		log_err("key %s: must be readable by its owner only", path);
		goto out;
	}
	if (st.st_size != (off_t)n || read(fd, buf, n) != (ssize_t)n) {
		log_err("key %s: wrong size", path);
		goto out;
	}
	rc = 0;
out:
	close(fd);
	return rc;
}

int
crypto_load_key(const char *path, unsigned char key[CRYPTO_KEYBYTES])
{
	return crypto_read_file(path, key, CRYPTO_KEYBYTES, 1);
}

int
crypto_make_key(const char *path)
{
	unsigned char	 key[CRYPTO_KEYBYTES];
	int		 fd, rc = -1;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) == -1)
		return -1;
	randombytes_buf(key, sizeof(key));
	if (write(fd, key, sizeof(key)) == (ssize_t)sizeof(key))
		rc = 0;
	sodium_memzero(key, sizeof(key));
	if (close(fd) == -1)
		rc = -1;
	return rc;
}

int
crypto_pw_hash(const char *pw, char out[CRYPTO_PWHASH_MAX])
{
	return crypto_pwhash_str_alg(out, pw, strlen(pw),
	    crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE,
	    crypto_pwhash_ALG_ARGON2ID13) == 0 ? 0 : -1;
}

int
crypto_pw_verify(const char *hash, const char *pw)
{
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

void
crypto_pw_dummy(const char *pw)
{
	static char	 dummy[CRYPTO_PWHASH_MAX];

	if (dummy[0] == '\0' && crypto_pw_hash("frist-dummy", dummy) == -1)
		return;
	(void)crypto_pw_verify(dummy, pw);
}

static void
formtok_mac(const unsigned char key[CRYPTO_KEYBYTES], const char *scope,
    const char *bind, long long t, char hex[CRYPTO_HASHHEX])
{
	crypto_generichash_state	 st;
	unsigned char			 mac[32];
	char				 ts[24];

	snprintf(ts, sizeof(ts), "%lld", t);
	crypto_generichash_init(&st, key, CRYPTO_KEYBYTES, sizeof(mac));
	/* NUL separators keep ("ab","c") and ("a","bc") apart. */
	crypto_generichash_update(&st, (const unsigned char *)scope,
	    strlen(scope) + 1);
	crypto_generichash_update(&st, (const unsigned char *)bind,
	    strlen(bind) + 1);
	crypto_generichash_update(&st, (const unsigned char *)ts, strlen(ts));
	crypto_generichash_final(&st, mac, sizeof(mac));
	sodium_bin2hex(hex, CRYPTO_HASHHEX, mac, sizeof(mac));
}

void
formtok_make(const unsigned char key[CRYPTO_KEYBYTES], const char *scope,
    const char *bind, time_t now, char *out)
{
	char	 hex[CRYPTO_HASHHEX];

	formtok_mac(key, scope, bind, (long long)now, hex);
	snprintf(out, FORMTOK_MAX, "%lld.%s", (long long)now, hex);
}

int
formtok_check(const unsigned char key[CRYPTO_KEYBYTES], const char *scope,
    const char *bind, const char *tok, time_t now, long max_age)
{
	char		 hex[CRYPTO_HASHHEX], ts[24];
	const char	*dot;
	int64_t		 t;
	size_t		 n;

	if (tok == NULL || (dot = strchr(tok, '.')) == NULL ||
	    (n = (size_t)(dot - tok)) == 0 || n >= sizeof(ts))
		return 0;
	memcpy(ts, tok, n);
	ts[n] = '\0';
	/* One spelling per token: no sign, no leading zeros. */
	if ((ts[0] == '0' && n > 1) || ts[0] == '-' ||
	    str_to_i64(ts, 0, INT64_MAX, &t) == -1)
		return 0;
	if (t > (int64_t)now + 60 || (int64_t)now - t > max_age)
		return 0;
	formtok_mac(key, scope, bind, t, hex);
	return strlen(dot + 1) == CRYPTO_HASHHEX - 1 &&
	    sodium_memcmp(hex, dot + 1, CRYPTO_HASHHEX - 1) == 0;
}

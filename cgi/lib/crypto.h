/*
 * crypto: everything random or secret, through libsodium.
 */
#ifndef FRIST_CRYPTO_H
#define FRIST_CRYPTO_H

#include <stddef.h>
#include <time.h>

#define CRYPTO_KEYBYTES		32
#define CRYPTO_TOKEN_CHARS	43	/* 32 random bytes, base64url, no padding */
#define CRYPTO_HASHHEX		65	/* 32-byte hash as hex + NUL */
#define CRYPTO_PWHASH_MAX	128	/* crypto_pwhash_STRBYTES */

int	 crypto_init(void);
/* 32 random bytes as base64url into out[CRYPTO_TOKEN_CHARS + 1]. */
void	 crypto_token(char *out);
/* n random bytes. */
void	 crypto_random(void *, size_t);
/* n random decimal digits (unbiased) into out[n + 1]. */
void	 crypto_digits(char *out, size_t n);
/*
 * n decimal digits that depend only on key and msg (keyed BLAKE2b, then
 * libsodium's deterministic stream, unbiased): the same request gives the
 * same code again, and nobody without the key can compute it.
 */
void	 crypto_digits_keyed(const unsigned char key[CRYPTO_KEYBYTES],
	    const void *msg, size_t len, char *out, size_t n);
/* Keyless BLAKE2b-256 of s as lowercase hex: how session tokens are stored. */
void	 crypto_hash_hex(const char *s, char out[CRYPTO_HASHHEX]);
/* Reads a file of exactly n bytes; with secret, it must be readable by its
 * owner only.  -1 (and a log line) otherwise. */
int	 crypto_read_file(const char *path, void *buf, size_t n, int secret);
/* Reads a 32-byte key file (0600); -1 if missing, short or too open. */
int	 crypto_load_key(const char *path, unsigned char key[CRYPTO_KEYBYTES]);
/* Writes a new random key file with mode 0600; -1 on error. */
int	 crypto_make_key(const char *path);

/* Argon2id (interactive limits).  0 ok, -1 on error. */
int	 crypto_pw_hash(const char *pw, char out[CRYPTO_PWHASH_MAX]);
/* 1 if pw matches the stored hash, else 0. */
int	 crypto_pw_verify(const char *hash, const char *pw);
/* Burns the same time as a verify, for unknown accounts. */
void	 crypto_pw_dummy(const char *pw);

/*
 * Signed form tokens (CSRF): "<time>.<mac>", the MAC over scope, bind
 * (a session id hash or "") and the time.  No state, no cookie needed.
 */
#define FORMTOK_MAX	96
void	 formtok_make(const unsigned char key[CRYPTO_KEYBYTES],
	    const char *scope, const char *bind, time_t now, char *out);
/* 1 if valid and younger than max_age seconds, else 0. */
int	 formtok_check(const unsigned char key[CRYPTO_KEYBYTES],
	    const char *scope, const char *bind, const char *tok, time_t now,
	    long max_age);

#endif

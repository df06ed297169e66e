/*
 * wb: the whistleblower channel's cryptography (libsodium).
 *
 * Each report has a random key K.  Content, messages and files are
 * secretbox blobs under K: nonce (24) || MAC (16) || ciphertext.  K is kept
 * sealed to the authority's public key (crypto_box_seal; only the staff
 * program has the secret key) and under the reporter key R.
 * One Argon2id of the receipt code (with the installation's salt) gives
 * 64 bytes: the first 32 are the lookup id stored with the report, the
 * last 32 are R, which is never stored.
 */
#ifndef FRIST_WB_H
#define FRIST_WB_H

#include <stddef.h>

#include "util.h"

#define WB_KEY		32
#define WB_SALT		16
#define WB_SEALED	(32 + 48)	/* crypto_box_SEALBYTES + K */
#define WB_OVERHEAD	(24 + 16)	/* nonce + MAC of a blob */
#define WB_CODE		16		/* digits in a receipt code */

/* Key files: public 32 bytes; secret 64 bytes (secret || public); 0600. */
int	 wb_keygen(const char *pubpath, const char *secpath);
int	 wb_load_public(const char *path, unsigned char pk[WB_KEY]);
int	 wb_load_secret(const char *path, unsigned char pk[WB_KEY],
	    unsigned char sk[WB_KEY]);
int	 wb_load_salt(const char *path, unsigned char salt[WB_SALT]);

/* Argon2id(code): lookup id and reporter key.  0, or -1 (out of memory). */
int	 wb_derive(const char *code, const unsigned char salt[WB_SALT],
	    unsigned char lookup[WB_KEY], unsigned char rkey[WB_KEY]);

void	 wb_new_key(unsigned char k[WB_KEY]);
void	 wb_seal(const unsigned char k[WB_KEY], const unsigned char pk[WB_KEY],
	    unsigned char out[WB_SEALED]);
int	 wb_unseal(const unsigned char *in, size_t len,
	    const unsigned char pk[WB_KEY], const unsigned char sk[WB_KEY],
	    unsigned char k[WB_KEY]);

/* Blob of n bytes under key: out must hold n + WB_OVERHEAD. */
void	 wb_encrypt(const unsigned char key[WB_KEY], const void *plain,
	    size_t n, unsigned char *out);
/* Opens a blob into out (len - WB_OVERHEAD bytes); -1 if forged or short. */
int	 wb_decrypt(const unsigned char key[WB_KEY], const unsigned char *in,
	    size_t len, unsigned char *out);

/*
 * Several text fields in one blob: each as a 4-byte length and its bytes.
 * wb_pack returns the packed bytes in the arena; wb_unpack fills f[0..n-1]
 * with NUL-terminated copies in the arena (missing fields are "").
 */
unsigned char	*wb_pack(struct arena *, const char *const *f, size_t n,
		    size_t *len);
int		 wb_unpack(struct arena *, const unsigned char *, size_t len,
		    const char **f, size_t n);

/* Convenience: pack + encrypt, and decrypt + unpack (arena results). */
unsigned char	*wb_seal_fields(struct arena *, const unsigned char key[WB_KEY],
		    const char *const *f, size_t n, size_t *len);
int		 wb_open_fields(struct arena *, const unsigned char key[WB_KEY],
		    const unsigned char *in, size_t len, const char **f, size_t n);

#endif

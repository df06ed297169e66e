/* wb: whistleblower cryptography (see wb.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "crypto.h"
#include "wb.h"

static int
write_file(const char *path, const void *buf, size_t n)
{
	int	 fd, rc = -1;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) == -1)
		return -1;
	if (write(fd, buf, n) == (ssize_t)n)
		rc = 0;
	if (close(fd) == -1)
		rc = -1;
	return rc;
}

int
wb_keygen(const char *pubpath, const char *secpath)
{
	unsigned char	 pk[WB_KEY], sk[2 * WB_KEY];
	int		 rc;

	crypto_box_keypair(pk, sk);
	memcpy(sk + WB_KEY, pk, WB_KEY);
	rc = write_file(secpath, sk, sizeof(sk));
	if (rc == 0)
		rc = write_file(pubpath, pk, sizeof(pk));
	sodium_memzero(sk, sizeof(sk));
	return rc;
}

int
wb_load_public(const char *path, unsigned char pk[WB_KEY])
{
	return crypto_read_file(path, pk, WB_KEY, 0);
}

int
wb_load_secret(const char *path, unsigned char pk[WB_KEY],
    unsigned char sk[WB_KEY])
{
	unsigned char	 buf[2 * WB_KEY];
	int		 rc;

	if ((rc = crypto_read_file(path, buf, sizeof(buf), 1)) == 0) {
		memcpy(sk, buf, WB_KEY);
		memcpy(pk, buf + WB_KEY, WB_KEY);
	}
	sodium_memzero(buf, sizeof(buf));
	return rc;
}

int
wb_load_salt(const char *path, unsigned char salt[WB_SALT])
{
	return crypto_read_file(path, salt, WB_SALT, 1);
}

int
wb_derive(const char *code, const unsigned char salt[WB_SALT],
    unsigned char lookup[WB_KEY], unsigned char rkey[WB_KEY])
{
	unsigned char	 out[2 * WB_KEY];

	if (crypto_pwhash(out, sizeof(out), code, strlen(code), salt,
	    crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE,
	    crypto_pwhash_ALG_ARGON2ID13) != 0)
		return -1;
	memcpy(lookup, out, WB_KEY);
	memcpy(rkey, out + WB_KEY, WB_KEY);
	sodium_memzero(out, sizeof(out));
	return 0;
}

void
wb_new_key(unsigned char k[WB_KEY])
{
	crypto_secretbox_keygen(k);
}

void
wb_seal(const unsigned char k[WB_KEY], const unsigned char pk[WB_KEY],
    unsigned char out[WB_SEALED])
{
	crypto_box_seal(out, k, WB_KEY, pk);
}

int
wb_unseal(const unsigned char *in, size_t len, const unsigned char pk[WB_KEY],
    const unsigned char sk[WB_KEY], unsigned char k[WB_KEY])
{
	if (len != WB_SEALED)
		return -1;
	return crypto_box_seal_open(k, in, len, pk, sk) == 0 ? 0 : -1;
}

void
wb_encrypt(const unsigned char key[WB_KEY], const void *plain, size_t n,
    unsigned char *out)
{
	randombytes_buf(out, crypto_secretbox_NONCEBYTES);
	crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, plain, n, out,
	    key);
}

int
wb_decrypt(const unsigned char key[WB_KEY], const unsigned char *in,
    size_t len, unsigned char *out)
{
	if (len < WB_OVERHEAD)
		return -1;
	return crypto_secretbox_open_easy(out, in + crypto_secretbox_NONCEBYTES,
	    len - crypto_secretbox_NONCEBYTES, in, key) == 0 ? 0 : -1;
}

unsigned char *
wb_pack(struct arena *a, const char *const *f, size_t n, size_t *len)
{
	unsigned char	*buf, *p;
	size_t		 i, total = 0, l;

	for (i = 0; i < n; i++)
		total += 4 + strlen(f[i] != NULL ? f[i] : "");
	p = buf = arena_alloc(a, total + 1);
	for (i = 0; i < n; i++) {
		l = strlen(f[i] != NULL ? f[i] : "");
		p[0] = (unsigned char)(l >> 24);
		p[1] = (unsigned char)(l >> 16);
		p[2] = (unsigned char)(l >> 8);
		p[3] = (unsigned char)l;
		memcpy(p + 4, f[i] != NULL ? f[i] : "", l);
		p += 4 + l;
	}
	*len = total;
	return buf;
}

int
wb_unpack(struct arena *a, const unsigned char *buf, size_t len,
    const char **f, size_t n)
{
	size_t	 i, off = 0;
	uint32_t l;

	for (i = 0; i < n; i++) {
		f[i] = "";
		if (off == len)
			continue;
		if (len - off < 4)
			return -1;
		l = (uint32_t)buf[off] << 24 | (uint32_t)buf[off + 1] << 16 |
		    (uint32_t)buf[off + 2] << 8 | buf[off + 3];
		off += 4;
		if (l > len - off)
			return -1;
		f[i] = arena_strndup(a, (const char *)buf + off, l);
		off += l;
	}
	return 0;
}

unsigned char *
wb_seal_fields(struct arena *a, const unsigned char key[WB_KEY],
    const char *const *f, size_t n, size_t *len)
{
	unsigned char	*plain, *out;
	size_t		 pl;

	plain = wb_pack(a, f, n, &pl);
	out = arena_alloc(a, pl + WB_OVERHEAD);
	wb_encrypt(key, plain, pl, out);
	sodium_memzero(plain, pl);
	*len = pl + WB_OVERHEAD;
	return out;
}

int
wb_open_fields(struct arena *a, const unsigned char key[WB_KEY],
    const unsigned char *in, size_t len, const char **f, size_t n)
{
	unsigned char	*plain;

	if (len < WB_OVERHEAD)
		return -1;
	plain = arena_alloc(a, len - WB_OVERHEAD + 1);
	if (wb_decrypt(key, in, len, plain) == -1)
		return -1;
	return wb_unpack(a, plain, len - WB_OVERHEAD, f, n);
}

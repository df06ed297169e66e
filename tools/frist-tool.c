/*
 * frist-tool: small jobs for the set-up scripts that need libsodium.
 *   frist-tool keygen FILE	new 32-byte secret key file, mode 0600
 *   frist-tool random N	N random base64url characters (N <= 43)
 *   frist-tool digits N	N random decimal digits (N <= 64)
 *   frist-tool pwhash		Argon2id hash of the password on stdin
 *   frist-tool whistle-keygen PUB SEC
 *				the authority's key pair for whistleblower reports
 *   frist-tool salt FILE	16 random bytes (the receipt-code salt), 0600
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "wb.h"

static int
usage(void)
{
	fprintf(stderr, "usage: frist-tool keygen FILE | random N | digits N | pwhash |\n"
	    "       whistle-keygen PUB SEC | salt FILE\n");
	return 2;
}

int
main(int argc, char *argv[])
{
	char	 buf[CRYPTO_PWHASH_MAX], pw[512], tok[CRYPTO_TOKEN_CHARS + 1];
	long	 n;

	if (argc < 2)
		return usage();
	if (crypto_init() == -1)
		return 1;
	if (strcmp(argv[1], "keygen") == 0 && argc == 3) {
		if (crypto_make_key(argv[2]) == -1) {
			perror(argv[2]);
			return 1;
		}
		return 0;
	}
	if (strcmp(argv[1], "random") == 0 && argc == 3) {
		n = strtol(argv[2], NULL, 10);
		if (n < 1 || n > CRYPTO_TOKEN_CHARS)
			return usage();
		crypto_token(tok);
		printf("%.*s\n", (int)n, tok);
		return 0;
	}
	if (strcmp(argv[1], "whistle-keygen") == 0 && argc == 4) {
		if (wb_keygen(argv[2], argv[3]) == -1) {
			perror("whistle-keygen");
			return 1;
		}
		return 0;
	}
	if (strcmp(argv[1], "salt") == 0 && argc == 3) {
		unsigned char	 salt[WB_SALT];
		FILE		*f;
		int		 fd;

		crypto_random(salt, sizeof(salt));
		if ((fd = open(argv[2], O_WRONLY | O_CREAT | O_EXCL, 0600)) == -1 ||
		    (f = fdopen(fd, "w")) == NULL) {
			perror(argv[2]);
			return 1;
		}
		if (fwrite(salt, 1, sizeof(salt), f) != sizeof(salt) ||
		    fclose(f) != 0) {
			perror(argv[2]);
			return 1;
		}
		return 0;
	}
	if (strcmp(argv[1], "digits") == 0 && argc == 3) {
		char	 d[65];

		n = strtol(argv[2], NULL, 10);
		if (n < 1 || n > 64)
			return usage();
		crypto_digits(d, (size_t)n);
		printf("%s\n", d);
		return 0;
	}
	if (strcmp(argv[1], "pwhash") == 0 && argc == 2) {
		if (fgets(pw, sizeof(pw), stdin) == NULL)
			return 1;
		pw[strcspn(pw, "\r\n")] = '\0';
		if (crypto_pw_hash(pw, buf) == -1)
			return 1;
		printf("%s\n", buf);
		return 0;
	}
	return usage();
}

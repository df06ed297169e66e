/*
 * hello: the barest FastCGI responder, built only for `make bench` as the
 * yardstick the real pages are compared with.
 */
#include <sys/prctl.h>
#include <sys/stat.h>

#include <signal.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fcgiapp.h>

int
main(int argc, char *argv[])
{
	FCGX_Request	 req;
	int		 sock, i, n;
	static const char body[] = "Status: 200 OK\r\n"
	    "Content-Type: text/plain\r\n\r\nhello\n";

	if (argc != 3)
		return 2;
	FCGX_Init();
	unlink(argv[1]);
	if ((sock = FCGX_OpenSocket(argv[1], 128)) == -1)
		return 1;
	chmod(argv[1], 0666);
	n = atoi(argv[2]);
	for (i = 1; i < n; i++)
		if (fork() == 0) {
			prctl(PR_SET_PDEATHSIG, SIGTERM);
			break;
		}
	FCGX_InitRequest(&req, sock, 0);
	while (FCGX_Accept_r(&req) >= 0)
		FCGX_PutStr(body, (int)strlen(body), req.out);
	return 0;
}

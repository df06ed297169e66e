/*
 * frist-logd: nginx's error log, without the people in it.
 *
 *	frist-logd SOCKET ERRLOG COUNTS
 *
 * nginx sends its error lines here (error_log syslog:server=unix:SOCKET).
 * Each is scrubbed by logscrub(): no client address, request line, host,
 * user agent or referrer is ever written.  Lines about the whistleblower
 * channel are not written at all: they are counted by day, level and kind
 * and the counts appended to COUNTS as "YYYY-MM-DD LEVEL N KIND" -- at the
 * first wake-up after midnight, on SIGUSR1 and when stopping, never when
 * a line arrives, so that not even the file's time tells when a visit
 * happened.  Other lines at warn or above go to ERRLOG with their time.
 * SIGHUP reopens ERRLOG (log rotation).  Errors of its own on stderr.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "logscrub.h"

#define NCOUNT	64	/* kinds per day; the rest are counted as "other" */

struct count {
	int	 level;
	long	 n;
	char	 kind[LOGSCRUB_KINDMAX];
};

static struct count		 ld_counts[NCOUNT];
static size_t			 ld_ncounts;
static char			 ld_day[16];	/* the day being counted */
static const char		*ld_errpath, *ld_countpath;
static int			 ld_errfd = -1;
static volatile sig_atomic_t	 ld_stop, ld_reopen, ld_flush;

static void
ld_signal(int sig)
{
	if (sig == SIGHUP)
		ld_reopen = 1;
	else if (sig == SIGUSR1)
		ld_flush = 1;
	else
		ld_stop = 1;
}

static void
ld_today(char *buf, size_t sz)
{
	time_t		 now = time(NULL);
	struct tm	 tm;

	localtime_r(&now, &tm);
	strftime(buf, sz, "%Y-%m-%d", &tm);
}

/* Milliseconds to a second past the next local midnight. */
static int
ld_to_midnight(void)
{
	time_t		 now = time(NULL), next;
	struct tm	 tm;

	localtime_r(&now, &tm);
	tm.tm_sec = 1;
	tm.tm_min = 0;
	tm.tm_hour = 0;
	tm.tm_mday++;
	tm.tm_isdst = -1;
	next = mktime(&tm);
	if (next <= now || next - now > 26 * 3600)
		return 3600 * 1000;
	return (int)(next - now) * 1000;
}

static int
ld_open(const char *path)
{
	int	 fd;

	if ((fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
	    0640)) == -1)
		fprintf(stderr, "frist-logd: %s: %s\n", path, strerror(errno));
	return fd;
}

/* Appends the day's counts to COUNTS and starts again from zero. */
static void
ld_write_counts(void)
{
	char	 line[LOGSCRUB_KINDMAX + 64];
	size_t	 i;
	int	 fd, n;

	if (ld_ncounts == 0)
		return;
	if ((fd = ld_open(ld_countpath)) == -1)
		return;
	for (i = 0; i < ld_ncounts; i++) {
		n = snprintf(line, sizeof(line), "%s %s %ld %s\n", ld_day,
		    logscrub_level(ld_counts[i].level), ld_counts[i].n,
		    ld_counts[i].kind);
		if (n > 0 && write(fd, line, (size_t)n) != n)
			fprintf(stderr, "frist-logd: %s: %s\n", ld_countpath,
			    strerror(errno));
	}
	close(fd);
	ld_ncounts = 0;
}

static void
ld_count(const struct logscrub *ls)
{
	char	 kind[LOGSCRUB_KINDMAX];
	size_t	 i;

	logscrub_kind(ls->text, kind, sizeof(kind));
	for (i = 0; i < ld_ncounts; i++)
		if (ld_counts[i].level == ls->level &&
		    strcmp(ld_counts[i].kind, kind) == 0)
			break;
	if (i == ld_ncounts) {
		if (ld_ncounts == NCOUNT)
			i = NCOUNT - 1, snprintf(ld_counts[i].kind,
			    sizeof(ld_counts[i].kind), "other");
		else {
			ld_ncounts++;
			ld_counts[i].level = ls->level;
			ld_counts[i].n = 0;
			memcpy(ld_counts[i].kind, kind, sizeof(kind));
		}
	}
	ld_counts[i].n++;
}

static void
ld_line(const char *buf, size_t len)
{
	struct logscrub	 ls;
	char		 ts[40], out[LOGSCRUB_MAX + 64];
	time_t		 now;
	struct tm	 tm;
	int		 n;

	logscrub(buf, len, &ls);
	if (ls.whistle) {
		ld_count(&ls);
		return;
	}
	if (ls.level > 4 || ld_errfd == -1)	/* notice, info, debug */
		return;
	now = time(NULL);
	localtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%S%z", &tm);
	n = snprintf(out, sizeof(out), "%s [%s] %s\n", ts,
	    logscrub_level(ls.level), ls.text);
	if (n > 0 && write(ld_errfd, out, (size_t)n) != n)
		fprintf(stderr, "frist-logd: %s: %s\n", ld_errpath,
		    strerror(errno));
}

int
main(int argc, char *argv[])
{
	struct sockaddr_un	 sun;
	struct sigaction	 sa;
	struct pollfd		 pfd;
	char			 buf[8192], day[16];
	ssize_t			 n;
	int			 fd;

	if (argc != 4) {
		fprintf(stderr, "usage: frist-logd SOCKET ERRLOG COUNTS\n");
		return 2;
	}
	ld_errpath = argv[2];
	ld_countpath = argv[3];
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	if (strlen(argv[1]) >= sizeof(sun.sun_path)) {
		fprintf(stderr, "frist-logd: socket path too long\n");
		return 1;
	}
	memcpy(sun.sun_path, argv[1], strlen(argv[1]) + 1);
	if ((ld_errfd = ld_open(ld_errpath)) == -1)
		return 1;
	if ((fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) == -1) {
		fprintf(stderr, "frist-logd: socket: %s\n", strerror(errno));
		return 1;
	}
	unlink(argv[1]);
	/* Only this user (and root: nginx's master) may send. */
	umask(077);
	if (bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		fprintf(stderr, "frist-logd: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = ld_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL);
	ld_today(ld_day, sizeof(ld_day));

	pfd.fd = fd;
	pfd.events = POLLIN;
	while (!ld_stop) {
		if (poll(&pfd, 1, ld_to_midnight()) == -1 && errno != EINTR)
			break;
		/* A new day: yesterday's counts go out before anything else. */
		ld_today(day, sizeof(day));
		if (strcmp(day, ld_day) != 0) {
			ld_write_counts();
			memcpy(ld_day, day, sizeof(day));
		}
		if (ld_flush) {
			ld_flush = 0;
			ld_write_counts();
		}
		if (ld_reopen) {
			ld_reopen = 0;
			close(ld_errfd);
			ld_errfd = ld_open(ld_errpath);
		}
		while ((n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT)) > 0)
			ld_line(buf, (size_t)n);
	}
	ld_write_counts();
	unlink(argv[1]);
	return 0;
}

/* log: timestamped lines on stderr (see log.h). */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

static const char	*log_prog = "frist";
static int		 log_day;

void
log_setup(const char *program)
{
	log_prog = program;
	setvbuf(stderr, NULL, _IOLBF, 0);
}

void
log_day_only(int on)
{
	log_day = on;
}

static void
log_vline(const char *level, const char *fmt, va_list ap)
{
	char		 ts[32];
	time_t		 now = time(NULL);
	struct tm	 tm;

	gmtime_r(&now, &tm);
	strftime(ts, sizeof(ts), log_day ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%SZ",
	    &tm);
	fprintf(stderr, "%s %s[%d] %s: ", ts, log_prog, (int)getpid(), level);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
log_info(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_vline("info", fmt, ap);
	va_end(ap);
}

void
log_warn(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_vline("warn", fmt, ap);
	va_end(ap);
}

void
log_err(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_vline("error", fmt, ap);
	va_end(ap);
}

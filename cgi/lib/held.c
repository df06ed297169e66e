/* held: see held.h. */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "held.h"

struct job {
	struct timespec	 at;
	size_t		 bytes;
	unsigned	 flags;
	void		(*fn)(void *);
	void		*arg;
};

static pthread_mutex_t	 mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t	 cv;
static pthread_t	 th;
static int		 running, stopping;
static struct job	*q;		/* sorted by at, earliest first */
static size_t		 nq, maxq, bytes, maxbytes;

static int
ts_before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec ||
	    (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

static void *
sender(void *unused)
{
	struct timespec	 now;
	struct job	 j;

	(void)unused;
	pthread_mutex_lock(&mu);
	for (;;) {
		if (nq == 0) {
			if (stopping)
				break;
			pthread_cond_wait(&cv, &mu);
			continue;
		}
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (ts_before(&now, &q[0].at) &&
		    !(stopping && (q[0].flags & HELD_ATSTOP))) {
			/* A job put meanwhile may be earlier: it signals. */
			(void)pthread_cond_timedwait(&cv, &mu, &q[0].at);
			continue;
		}
		j = q[0];
		memmove(&q[0], &q[1], (nq - 1) * sizeof(*q));
		nq--;
		pthread_mutex_unlock(&mu);
		j.fn(j.arg);
		pthread_mutex_lock(&mu);
		bytes -= j.bytes;
	}
	pthread_mutex_unlock(&mu);
	return NULL;
}

int
held_start(size_t maxjobs, size_t maxb)
{
	pthread_condattr_t	 ca;
	sigset_t		 all, old;
	int			 rc;

	if (running || maxjobs == 0)
		return -1;
	if ((q = calloc(maxjobs, sizeof(*q))) == NULL)
		return -1;
	maxq = maxjobs;
	maxbytes = maxb;
	nq = bytes = 0;
	stopping = 0;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&cv, &ca);
	pthread_condattr_destroy(&ca);
	/* The thread inherits the mask: signals stay the worker's. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(&th, NULL, sender, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0) {
		free(q);
		q = NULL;
		return -1;
	}
	running = 1;
	return 0;
}

int
held_put(const struct timespec *at, size_t nbytes, unsigned flags,
    void (*fn)(void *), void *arg)
{
	size_t	 i;
	int	 rc = -1;

	pthread_mutex_lock(&mu);
	if (!running || stopping || nq == maxq || nbytes > maxbytes - bytes)
		goto out;
	/* After every job of the same time: equal times keep their order. */
	for (i = nq; i > 0 && ts_before(at, &q[i - 1].at); i--)
		continue;
	memmove(&q[i + 1], &q[i], (nq - i) * sizeof(*q));
	q[i].at = *at;
	q[i].bytes = nbytes;
	q[i].flags = flags;
	q[i].fn = fn;
	q[i].arg = arg;
	nq++;
	bytes += nbytes;
	if (i == 0)
		pthread_cond_signal(&cv);
	rc = 0;
out:
	pthread_mutex_unlock(&mu);
	return rc;
}

size_t
held_pending(void)
{
	size_t	 n;

	pthread_mutex_lock(&mu);
	n = nq;
	pthread_mutex_unlock(&mu);
	return n;
}

void
held_stop(void)
{
	if (!running)
		return;
	pthread_mutex_lock(&mu);
	stopping = 1;
	pthread_cond_signal(&cv);
	pthread_mutex_unlock(&mu);
	pthread_join(th, NULL);
	pthread_cond_destroy(&cv);
	free(q);
	q = NULL;
	running = 0;
}

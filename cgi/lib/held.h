/*
 * held: answers released at a deadline by one sender thread per worker,
 * so that an answer that must take a fixed time (the whistleblower
 * mailbox, app_hold_reply) does not keep the worker from the next
 * request meanwhile.
 *
 * A job is a function and its argument, run once at or after its time
 * (CLOCK_MONOTONIC), earliest first.  The queue is bounded in jobs and in
 * bytes: a job that does not fit is refused, and the caller holds the
 * answer itself.  The sender thread blocks every signal, so SIGTERM
 * still interrupts the worker's accept().  Nothing else is threaded:
 * a job must touch only what it was given.
 */
#ifndef FRIST_HELD_H
#define FRIST_HELD_H

#include <stddef.h>
#include <time.h>

/* Starts the sender thread; -1 if it could not be started. */
int	 held_start(size_t maxjobs, size_t maxbytes);
/* A job that held_stop() runs at once instead of at its time. */
#define HELD_ATSTOP	0x1
/*
 * Queues fn(arg) for time at, counting bytes against the bound.  0 if
 * taken (fn will run, and must free arg); -1 if the queue is full or not
 * started (nothing is kept: the caller still owns arg).
 */
int	 held_put(const struct timespec *at, size_t bytes, unsigned flags,
	    void (*fn)(void *), void *arg);
/* Jobs waiting now. */
size_t	 held_pending(void);
/* Runs what is pending, each at its own time (HELD_ATSTOP ones at once),
 * then ends the thread. */
void	 held_stop(void);

#endif

/* sandbox: the workers' seccomp allow-list (see sandbox.h). */
#define _GNU_SOURCE	/* CLONE_THREAD, O_TMPFILE */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <seccomp.h>

#include "log.h"
#include "sandbox.h"

/*
 * Allowed whatever their arguments.  Found with strace -f on the workers
 * through the whole integration suite, PostgreSQL restarts included, and
 * by reading what libpq (reconnect: socket, connect, poll, send/recv,
 * getsockopt), libfcgi (accept, poll, read/write, shutdown), libsodium
 * (getrandom), glibc's malloc and threads (the whistle's sender thread:
 * clone below, futex, rseq, set_robust_list, madvise) and the logging
 * (write on stderr) may call.  Names unknown on the build's architecture
 * are skipped (poll, select and open do not exist on arm64).
 */
static const char *const sandbox_allow[] = {
	/* memory */
	"brk", "munmap", "mremap", "madvise",
	/* file descriptors already open, and sockets */
	"read", "readv", "pread64", "write", "writev", "close", "lseek",
	"fstat", "newfstatat", "statx", "fcntl",
	"poll", "ppoll", "select", "pselect6",
	"accept", "accept4", "connect", "shutdown",
	"recvfrom", "recvmsg", "sendto", "sendmsg",
	"getsockopt", "setsockopt", "getsockname", "getpeername",
	/* time, randomness, identity */
	"clock_gettime", "clock_getres", "gettimeofday", "time",
	"nanosleep", "clock_nanosleep", "getrandom",
	"getpid", "gettid", "getppid", "getuid", "geteuid", "getgid",
	"getegid", "getresuid", "getresgid",
	/* signals, threads, ending */
	"rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "sigaltstack",
	"restart_syscall", "futex", "set_robust_list", "get_robust_list",
	"rseq", "sched_yield", "sched_getaffinity", "set_tid_address",
	"exit", "exit_group",
};

/* An open(2) flag that writes, creates or truncates. */
#define SANDBOX_WRITES	(O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND | \
			 O_EXCL | (O_TMPFILE & ~O_DIRECTORY))

static int
sandbox_rule(scmp_filter_ctx ctx, uint32_t act, const char *name,
    unsigned int n, const struct scmp_arg_cmp *cmp)
{
	int	 nr, rc;

	if ((nr = seccomp_syscall_resolve_name(name)) == __NR_SCMP_ERROR ||
	    nr < 0)
		return 0;	/* not a call of this architecture */
	if ((rc = seccomp_rule_add_array(ctx, act, nr, n, cmp)) < 0) {
		log_err("sandbox: rule for %s: %s", name, strerror(-rc));
		return -1;
	}
	return 0;
}

/* Writes "sandbox: refused system call N" and ends (trace mode). */
static void
sandbox_sigsys(int sig, siginfo_t *si, void *uc)
{
	char		 buf[64], num[16];
	const char	*pre = "sandbox: refused system call ";
	size_t		 n = strlen(pre), k = 0;
	unsigned	 v = (unsigned)si->si_syscall;

	(void)sig;
	(void)uc;
	memcpy(buf, pre, n);
	do {
		num[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0 && k < sizeof(num));
	while (k > 0)
		buf[n++] = num[--k];
	buf[n++] = '\n';
	if (write(STDERR_FILENO, buf, n) == -1)
		n = 0;	/* nowhere to say it */
	_exit(128 + SIGSYS);
}

int
sandbox_enter(int trace)
{
	scmp_filter_ctx		 ctx;
	struct scmp_arg_cmp	 c[1];
	struct sigaction	 sa;
	size_t			 i;
	int			 rc = -1, lrc;
	uint32_t		 deny = SCMP_ACT_KILL_PROCESS;
	static const int	 domains[] = { AF_UNIX, AF_INET, AF_INET6 };
	static const unsigned long ioctls[] = { TCGETS, FIONREAD };

	if (trace) {
		memset(&sa, 0, sizeof(sa));
		sa.sa_sigaction = sandbox_sigsys;
		sa.sa_flags = SA_SIGINFO;
		sigaction(SIGSYS, &sa, NULL);
		deny = SCMP_ACT_TRAP;
	}
	if ((ctx = seccomp_init(deny)) == NULL) {
		log_err("sandbox: seccomp_init failed");
		return -1;
	}
	/* Every thread, also one started before this (whistle's sender). */
	if (seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 1) < 0)
		goto out;
	/* Refusals go to the kernel's audit log where it has one. */
	(void)seccomp_attr_set(ctx, SCMP_FLTATR_CTL_LOG, 1);

	for (i = 0; i < sizeof(sandbox_allow) / sizeof(sandbox_allow[0]); i++)
		if (sandbox_rule(ctx, SCMP_ACT_ALLOW, sandbox_allow[i], 0,
		    NULL) == -1)
			goto out;

	/* Files: read-only opens (none is needed today; libraries may). */
	c[0] = SCMP_A2_32(SCMP_CMP_MASKED_EQ, SANDBOX_WRITES, 0);
	if (sandbox_rule(ctx, SCMP_ACT_ALLOW, "openat", 1, c) == -1)
		goto out;
	c[0] = SCMP_A1_32(SCMP_CMP_MASKED_EQ, SANDBOX_WRITES, 0);
	if (sandbox_rule(ctx, SCMP_ACT_ALLOW, "open", 1, c) == -1)
		goto out;

	/* Memory: never executable; refused with an error (see sandbox.h). */
	c[0] = SCMP_A2_32(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0);
	if (sandbox_rule(ctx, SCMP_ACT_ALLOW, "mmap", 1, c) == -1 ||
	    sandbox_rule(ctx, SCMP_ACT_ALLOW, "mprotect", 1, c) == -1)
		goto out;
	c[0] = SCMP_A2_32(SCMP_CMP_MASKED_EQ, PROT_EXEC, PROT_EXEC);
	if (sandbox_rule(ctx, SCMP_ACT_ERRNO(EPERM), "mmap", 1, c) == -1 ||
	    sandbox_rule(ctx, SCMP_ACT_ERRNO(EPERM), "mprotect", 1, c) == -1)
		goto out;

	/* Threads, not processes: clone only with CLONE_THREAD. */
	c[0] = SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD);
	if (sandbox_rule(ctx, SCMP_ACT_ALLOW, "clone", 1, c) == -1)
		goto out;
	/* clone3's flags are behind a pointer: make glibc use clone. */
	if (sandbox_rule(ctx, SCMP_ACT_ERRNO(ENOSYS), "clone3", 0, NULL) == -1)
		goto out;

	/* Sockets: local and IP ones, for PostgreSQL. */
	for (i = 0; i < sizeof(domains) / sizeof(domains[0]); i++) {
		c[0] = SCMP_A0_32(SCMP_CMP_EQ, (uint32_t)domains[i], 0);
		if (sandbox_rule(ctx, SCMP_ACT_ALLOW, "socket", 1, c) == -1)
			goto out;
	}
	/* isatty() and bytes-waiting; no other ioctl. */
	for (i = 0; i < sizeof(ioctls) / sizeof(ioctls[0]); i++) {
		c[0] = SCMP_A1(SCMP_CMP_EQ, (scmp_datum_t)ioctls[i], 0);
		if (sandbox_rule(ctx, SCMP_ACT_ALLOW, "ioctl", 1, c) == -1)
			goto out;
	}
	/* Signals to itself only (abort() raises SIGABRT). */
	c[0] = SCMP_A0_32(SCMP_CMP_EQ, (uint32_t)getpid(), 0);
	if (sandbox_rule(ctx, SCMP_ACT_ALLOW, "tgkill", 1, c) == -1 ||
	    sandbox_rule(ctx, SCMP_ACT_ALLOW, "kill", 1, c) == -1)
		goto out;

	if ((lrc = seccomp_load(ctx)) < 0) {
		log_err("sandbox: seccomp_load: %s", strerror(-lrc));
		goto out;
	}
	rc = 0;
out:
	if (rc == -1)
		log_err("sandbox: the filter could not be set up");
	seccomp_release(ctx);
	return rc;
}

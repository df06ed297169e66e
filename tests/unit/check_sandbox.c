/*
 * Unit tests for sandbox.c: in a forked child that entered the sandbox,
 * what a worker needs still works (threads, memory, randomness, reading,
 * sockets) and what an attacker wants kills the process: execve, fork,
 * files opened for writing or created, ptrace, other socket families.
 * Executable memory is refused with EPERM, and the child goes on.
 */
#define _GNU_SOURCE	/* O_TMPFILE */
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "crypto.h"
#include "sandbox.h"
#include "xmlio.h"

/* Collected by check_main.c; declared here for -Wmissing-prototypes. */
Suite	*sandbox_suite(void);

static char	 dir[] = "/tmp/check-sandbox.XXXXXX";

/*
 * Runs fn in a child, inside the sandbox when boxed; the child's wait
 * status.  The child ends with _exit: nothing of the parent's (Check's
 * or the sanitizers' exit handlers) runs in it.
 */
static int
run(void (*fn)(void), int boxed)
{
	pid_t	 pid;
	int	 st;

	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		if (boxed && sandbox_enter(0) == -1)
			_exit(90);
		fn();
		_exit(0);
	}
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	return st;
}

#define ck_killed(st) do {						\
	ck_assert_msg(WIFSIGNALED(st) && WTERMSIG(st) == SIGSYS,	\
	    "expected a kill by SIGSYS, got status %d", (st));		\
} while (0)
#define ck_exit0(st) do {						\
	ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0,		\
	    "expected exit 0, got status %d", (st));			\
} while (0)

static void
setup(void)
{
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void
teardown(void)
{
	char	 p[64];

	snprintf(p, sizeof(p), "%s/new", dir);
	unlink(p);
	snprintf(p, sizeof(p), "%s/old", dir);
	unlink(p);
	rmdir(dir);
	memcpy(dir + strlen(dir) - 6, "XXXXXX", 6);
}

/* --- refused: the process dies --------------------------------------- */

static void
do_exec(void)
{
	char	*const argv[] = { (char *)"true", NULL };
	char	*const envp[] = { NULL };

	execve("/bin/true", argv, envp);
	_exit(91);	/* exec failed without killing: also wrong */
}

START_TEST(test_exec)
{
	/* Outside the sandbox the same child execs and exits 0. */
	ck_exit0(run(do_exec, 0));
	ck_killed(run(do_exec, 1));
}
END_TEST

static void
do_create(void)
{
	char	 p[64];

	snprintf(p, sizeof(p), "%s/new", dir);
	if (open(p, O_WRONLY | O_CREAT | O_EXCL, 0600) != -1)
		_exit(92);
	_exit(93);
}

START_TEST(test_create)
{
	char		 p[64];
	struct stat	 sb;

	ck_killed(run(do_create, 1));
	snprintf(p, sizeof(p), "%s/new", dir);
	ck_assert_int_eq(stat(p, &sb), -1);
	/* Without the sandbox the child creates it (exit 92). */
	ck_assert_int_eq(WEXITSTATUS(run(do_create, 0)), 92);
}
END_TEST

static void
do_write_old(void)
{
	char	 p[64];

	snprintf(p, sizeof(p), "%s/old", dir);
	(void)open(p, O_RDWR);
	_exit(94);
}

static void
do_trunc_old(void)
{
	char	 p[64];

	snprintf(p, sizeof(p), "%s/old", dir);
	(void)openat(AT_FDCWD, p, O_RDONLY | O_TRUNC);
	_exit(94);
}

static void
do_tmpfile(void)
{
	(void)open(dir, O_TMPFILE | O_RDWR, 0600);
	_exit(94);
}

START_TEST(test_write_existing)
{
	char	 p[64];
	int	 fd;

	snprintf(p, sizeof(p), "%s/old", dir);
	ck_assert_int_ne(fd = open(p, O_WRONLY | O_CREAT, 0600), -1);
	close(fd);
	ck_killed(run(do_write_old, 1));
	ck_killed(run(do_trunc_old, 1));
	ck_killed(run(do_tmpfile, 1));
}
END_TEST

static void
do_fork(void)
{
	pid_t	 pid;

	if ((pid = fork()) == 0)
		_exit(0);
	_exit(95);
}

static void
do_ptrace(void)
{
	(void)ptrace(PTRACE_TRACEME, 0, NULL, NULL);
	_exit(96);
}

static void
do_netlink(void)
{
	(void)socket(AF_NETLINK, SOCK_RAW, 0);
	_exit(97);
}

static void
do_kill_parent(void)
{
	(void)kill(getppid(), 0);
	_exit(98);
}

START_TEST(test_other)
{
	ck_killed(run(do_fork, 1));
	ck_killed(run(do_ptrace, 1));
	ck_killed(run(do_netlink, 1));
	ck_killed(run(do_kill_parent, 1));
}
END_TEST

/* --- allowed: what serving needs ------------------------------------- */

static void *
thread_fn(void *arg)
{
	return arg;
}

static void
do_serve(void)
{
	char		 buf[4096], tok[64];
	void		*p, *ret = NULL;
	pthread_t	 t;
	ssize_t		 n;
	int		 fd, ok;

	/* The kernel says the filter is in force. */
	if ((fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC)) == -1)
		_exit(10);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		_exit(11);
	buf[n] = '\0';
	if (strstr(buf, "Seccomp:\t2") == NULL)
		_exit(12);
	/* Large allocations (mmap, mremap), freed (munmap). */
	if ((p = malloc(8 << 20)) == NULL)
		_exit(13);
	memset(p, 1, 8 << 20);
	if ((p = realloc(p, 32 << 20)) == NULL)
		_exit(14);
	free(p);
	/* libsodium's randomness (getrandom). */
	crypto_token(tok);
	if (strlen(tok) == 0)
		_exit(15);
	/* A thread, as whistle's sender (clone3 refused, clone allowed). */
	if (pthread_create(&t, NULL, thread_fn, (void *)buf) != 0)
		_exit(16);
	if (pthread_join(t, &ret) != 0 || ret != (void *)buf)
		_exit(17);
	/* Local sockets (PostgreSQL, FastCGI), sent and read. */
	if (socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0) == -1)
		_exit(18);
	if (write(STDOUT_FILENO, "", 0) == -1)
		_exit(19);
	/* Executable memory: refused with EPERM, the process goes on. */
	p = mmap(NULL, 4096, PROT_READ | PROT_EXEC,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p != MAP_FAILED || errno != EPERM)
		_exit(20);
	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		_exit(21);
	ok = mprotect(p, 4096, PROT_READ | PROT_EXEC);
	if (ok != -1 || errno != EPERM)
		_exit(22);
	if (mprotect(p, 4096, PROT_NONE) == -1)
		_exit(23);
	munmap(p, 4096);
	/* Signals to itself: a handled one. */
	signal(SIGUSR1, SIG_IGN);
	if (raise(SIGUSR1) != 0)
		_exit(24);
	_exit(0);
}

START_TEST(test_serve)
{
	ck_assert_int_eq(crypto_init(), 0);
	ck_exit0(run(do_serve, 1));
}
END_TEST

/*
 * An accounts file in a character set libxml2 hands to iconv, which would
 * dlopen a gconv module: the executable mapping is refused with EPERM, so
 * the upload gets an error (1), not a dead worker.
 */
static struct xmlio_accounts	 acc;	/* large: not on the stack */

static void
do_xml_charset(void)
{
	static const char *const docs[] = {
	    "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
	    "<regnskab>\xe6</regnskab>\n",
	    "<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n"
	    "<regnskab>\xc1</regnskab>\n",
	    "<?xml version=\"1.0\" encoding=\"IBM037\"?>\n<a/>\n",
	};
	struct xmlio_error	 errs[4];
	size_t			 i, nerrs;

	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		if (xmlio_accounts(docs[i], strlen(docs[i]), &acc, errs, 4,
		    &nerrs) != 1)
			_exit(40 + (int)i);
	_exit(0);
}

START_TEST(test_xml_charset)
{
	char		 path[4096];
	const char	*src = getenv("FRIST_SRC");

	ck_assert_msg(src != NULL, "FRIST_SRC is not set (make unit sets it)");
	snprintf(path, sizeof(path), "%s/etc/schemas/regnskab.xsd", src);
	/* Loaded before the sandbox, as the portal does in its init. */
	ck_assert_int_eq(xmlio_init(path), 0);
	ck_exit0(run(do_xml_charset, 1));
	xmlio_shutdown();
}
END_TEST

Suite *
sandbox_suite(void)
{
	Suite	*s = suite_create("sandbox");
	TCase	*tc;

	tc = tcase_create("refused");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_exec);
	tcase_add_test(tc, test_create);
	tcase_add_test(tc, test_write_existing);
	tcase_add_test(tc, test_other);
	suite_add_tcase(s, tc);

	tc = tcase_create("allowed");
	tcase_add_test(tc, test_serve);
	tcase_add_test(tc, test_xml_charset);
	suite_add_tcase(s, tc);

	return s;
}

/*
 * sandbox: a worker's seccomp allow-list, entered once after start-up
 * (templates, keys and config read, the first database connect tried),
 * the way kcgi confines its parsers.  From then on the process can serve
 * requests and reconnect to PostgreSQL, and nothing else: no execve, no
 * fork (threads only), no file opened for writing or created, no
 * executable memory, no ptrace, no new privileges.
 *
 * What is refused, and how:
 *  - a system call not on the list kills the whole process
 *    (SECCOMP_RET_KILL_PROCESS).  The supervisor logs it and starts
 *    another worker; the kernel's audit log names the call.  An attacker
 *    who got code to run in a worker loses the worker at the first step
 *    outside the list, rather than being told "no" and trying again;
 *  - a few calls that libraries make and cope with when refused get an
 *    error instead: clone3 (ENOSYS, so that glibc falls back to clone,
 *    whose flags can be checked) and mmap/mprotect asking for executable
 *    memory (EPERM, so that iconv's dlopen of a character-set module
 *    fails and an XML file in an odd encoding gets an error page, not a
 *    dead worker).
 *
 * With trace = 1 (config "sandbox = trace") a refused call is not a kill
 * but SIGSYS, whose handler writes the call's number to stderr and ends
 * the process: for finding what a new code path needs.
 */
#ifndef FRIST_SANDBOX_H
#define FRIST_SANDBOX_H

/* 0 when the filter is in force, -1 (logged) if it could not be. */
int	 sandbox_enter(int trace);

#endif

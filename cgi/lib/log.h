/*
 * log: one line per event on stderr (the service manager or frist-ctl
 * sends it to a file).  Never pass client addresses, user agents or
 * referrers: the whistleblower program must not see them at all.
 */
#ifndef FRIST_LOG_H
#define FRIST_LOG_H

void	 log_setup(const char *program);
void	 log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_err(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif

/*
 * log: one line per event on stderr (the service manager or frist-ctl
 * sends it to a file).  Never pass client addresses, user agents or
 * referrers: the whistleblower program must not see them at all.
 */
#ifndef FRIST_LOG_H
#define FRIST_LOG_H

void	 log_setup(const char *program);
/* 1: lines carry the day only, no time of day (the whistle program,
 * whose log must not say when anyone visited). */
void	 log_day_only(int);
void	 log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_err(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif

/*
 * logscrub: turns one line that nginx sent to syslog into what frist-logd
 * may keep.  nginx appends ", client: ADDR, server: ..., request: "...",
 * upstream: "...", host: "...", referrer: "..."" to every error about a
 * request, whatever the level; logscrub cuts the line there, replaces
 * anything left that looks like an IPv4 or IPv6 address, and drops the
 * syslog header, nginx's own time, pid and connection number.
 *
 * A line is about the whistleblower channel (whistle = 1) when it came
 * with the tag "frist_wb" or mentions "whistle" anywhere (percent-decoded,
 * any case): such lines are only counted, by day, level and kind.
 * Pure: no I/O, no allocation.
 */
#ifndef FRIST_LOGSCRUB_H
#define FRIST_LOGSCRUB_H

#include <stddef.h>

#define LOGSCRUB_MAX	1024	/* text kept, NUL included */
#define LOGSCRUB_KINDMAX 160	/* a counted line's kind, NUL included */

struct logscrub {
	int	 level;		/* syslog severity: 0 emerg .. 7 debug */
	int	 whistle;	/* count only, never write the line */
	char	 text[LOGSCRUB_MAX];
};

void		 logscrub(const char *in, size_t len, struct logscrub *out);
/* What a whistleblower line is counted under: the text up to the first
 * quote or ", ", digit runs as one "N" (no sizes, no numbers). */
void		 logscrub_kind(const char *text, char *out, size_t outsz);
/* "emerg" .. "debug"; "?" outside 0..7. */
const char	*logscrub_level(int level);

#endif

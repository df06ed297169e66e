/*
 * conf: the programs' configuration files (var/etc/<program>.conf, written
 * by tools/frist-ctl): "key = value" lines, '#' starting a comment line.
 * Read once at start by the programs (app.c) and tools/frist-mailer.
 */
#ifndef FRIST_CONF_H
#define FRIST_CONF_H

/* Reads path; 0, or -1 (logged) if it cannot be read or a line is bad. */
int		 conf_load(const char *path);
/* The value of key (the last line that sets it), or def. */
const char	*conf_get(const char *key, const char *def);

#endif

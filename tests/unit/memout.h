/*
 * An in-memory FastCGI output stream, for the unit tests that read back
 * what a response wrote (headers and body).  One at a time.
 */
#ifndef FRIST_TEST_MEMOUT_H
#define FRIST_TEST_MEMOUT_H

#include <stddef.h>

#include <fcgiapp.h>

/* A fresh, empty stream (the previous one's bytes are freed). */
FCGX_Stream		*memout_open(void);
/* What was written so far: its length, and the bytes NUL-terminated (the
 * stream does not see the NUL). */
size_t			 memout_len(void);
const char		*memout_str(void);
void			 memout_free(void);

#endif

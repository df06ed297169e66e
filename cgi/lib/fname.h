/*
 * fname: the names of uploaded files, made safe to store and to show.
 *
 * A name comes from the client and is shown to staff and in downloads,
 * so it must not lie about itself: bidirectional controls
 * ("evil\u202efdp.exe" shows as "evilexe.pdf") and other invisible
 * format characters are dropped, control characters (C0, DEL, C1, line
 * and paragraph separators) and bytes that are not UTF-8 become '_', a
 * path keeps its last part, and spaces at either end go.  A long name is
 * shortened at a character boundary to FNAME_MAX_CHARS characters and
 * FNAME_MAX_BYTES bytes, keeping its extension, so the database never
 * sees a name it would refuse.  An empty name becomes "fil".  Pure.
 */
#ifndef FRIST_FNAME_H
#define FRIST_FNAME_H

#include <stddef.h>

#define FNAME_MAX_CHARS	120
#define FNAME_MAX_BYTES	255	/* the attachment table allows 255 chars */
#define FNAME_MAX_EXT	16	/* ".pdf": longer "extensions" are the name */

/* Writes the clean name of in[0..len) to out, NUL-terminated; its length. */
size_t	 fname_clean(const char *in, size_t len, char out[FNAME_MAX_BYTES + 1]);

#endif

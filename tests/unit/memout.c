/* memout: see memout.h. */
#include <stdlib.h>
#include <string.h>

#include "memout.h"

static unsigned char	*mem;
static size_t		 memcap;
static FCGX_Stream	 out;

/* Called by libfcgi when the buffer is full: make it larger. */
static void
mem_grow(FCGX_Stream *s, int doclose)
{
	size_t	 used = (size_t)(s->wrNext - mem);

	(void)doclose;
	memcap *= 2;
	if ((mem = realloc(mem, memcap)) == NULL)
		abort();
	s->wrNext = mem + used;
	s->stop = mem + memcap;
}

FCGX_Stream *
memout_open(void)
{
	free(mem);
	memcap = 256;
	if ((mem = malloc(memcap)) == NULL)
		abort();
	memset(&out, 0, sizeof(out));
	out.wrNext = out.rdNext = mem;
	out.stop = mem + memcap;
	out.emptyBuffProc = mem_grow;
	return &out;
}

size_t
memout_len(void)
{
	return (size_t)(out.wrNext - mem);
}

const char *
memout_str(void)
{
	if (out.wrNext == out.stop)
		mem_grow(&out, 0);
	*out.wrNext = '\0';
	return (const char *)mem;
}

void
memout_free(void)
{
	free(mem);
	mem = NULL;
	memset(&out, 0, sizeof(out));
}

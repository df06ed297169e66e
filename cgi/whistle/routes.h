/*
 * whistle: the route table, as an X-macro: WHISTLE_ROUTES(R) is one
 * R(pattern, methods, handler, flags) per route.  main.c makes the table
 * of it (APP_ROUTE); tests/unit/check_route.c checks it without the pages.
 * The order does not matter: the most specific pattern wins (app.h).
 */
#ifndef FRIST_WHISTLE_ROUTES_H
#define FRIST_WHISTLE_ROUTES_H

#include "app.h"

#define WHISTLE_ROUTES(R) \
	R("/whistleblower/",		HTTP_GET | HTTP_POST, page_form, 0) \
	R("/whistleblower/mailbox",	HTTP_GET | HTTP_POST, page_mailbox, R_DB)

#endif

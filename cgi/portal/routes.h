/*
 * portal: the route table, as an X-macro: PORTAL_ROUTES(R) is one
 * R(pattern, methods, handler, flags) per route.  main.c makes the table
 * of it (APP_ROUTE); tests/unit/check_route.c checks it without the pages.
 * The order does not matter: the most specific pattern wins (app.h).
 *
 * The flags are only expanded where the table is made, after portal.h
 * (R_APPLICANT, R_RECIPIENT).
 */
#ifndef FRIST_PORTAL_ROUTES_H
#define FRIST_PORTAL_ROUTES_H

#include "app.h"

#define PORTAL_ROUTES(R) \
	R("/",				HTTP_GET, page_index, 0) \
	R("/accessibility",		HTTP_GET, page_accessibility, 0) \
	R("/grants/",			HTTP_GET, page_grants, R_DB) \
	R("/grants/feed.atom",		HTTP_GET, page_feed, R_DB) \
	R("/grants/pools/*",		HTTP_GET, page_pool, R_DB) \
	R("/grants/pools/*/apply",	HTTP_GET | HTTP_POST, page_apply_new, \
	  R_DB | R_APPLICANT) \
	R("/grants/application",	HTTP_GET | HTTP_POST, page_apply, \
	  R_DB | R_APPLICANT | R_SESSION) \
	R("/grants/application/receipt", HTTP_GET, page_apply_receipt, \
	  R_DB | R_APPLICANT | R_SESSION) \
	R("/grants/application/files/*", HTTP_GET, page_file, \
	  R_DB | R_APPLICANT | R_SESSION) \
	R("/grants/resume",		HTTP_GET | HTTP_POST, page_resume, R_DB) \
	R("/grants/login",		HTTP_GET | HTTP_POST, page_rlogin, \
	  R_DB | R_RECIPIENT) \
	R("/grants/logout",		HTTP_POST, page_rlogout, \
	  R_DB | R_RECIPIENT | R_SESSION) \
	R("/grants/my/",		HTTP_GET, page_my, \
	  R_DB | R_RECIPIENT | R_SESSION) \
	R("/grants/my/contact",		HTTP_GET | HTTP_POST, page_my_contact, \
	  R_DB | R_RECIPIENT | R_SESSION) \
	R("/grants/my/obligations/*",	HTTP_GET | HTTP_POST, page_obligation, \
	  R_DB | R_RECIPIENT | R_SESSION) \
	R("/grants/my/cases/*",		HTTP_GET, page_case, \
	  R_DB | R_RECIPIENT | R_SESSION) \
	R("/grants/my/files/*",		HTTP_GET, page_file, \
	  R_DB | R_RECIPIENT | R_SESSION)

#endif

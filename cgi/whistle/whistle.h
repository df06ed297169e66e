/*
 * whistle: the anonymous whistleblower channel (/whistleblower/).
 * nginx passes it no client address, user agent or referrer; it connects
 * as frist_whistle, which can add reports but never read one back.
 */
#ifndef FRIST_WHISTLE_H
#define FRIST_WHISTLE_H

#include "app.h"

enum stmt {
	STMT__MAX
};

int	 page_form(struct http_req *);

#endif

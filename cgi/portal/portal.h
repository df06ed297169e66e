/* portal: the public grant portal (/ and /grants/). */
#ifndef FRIST_PORTAL_H
#define FRIST_PORTAL_H

#include "app.h"

/* The portal's prepared statements; SQL in main.c. */
enum stmt {
	STMT_POOL_LIST,
	STMT_POOL_GET,
	STMT__MAX
};

int	 page_index(struct http_req *);
int	 page_grants(struct http_req *);
int	 page_pool(struct http_req *);

/* The published pools (STMT_POOL_LIST), cached per worker; NULL if the
 * database failed.  Not to be cleared by the caller. */
const PGresult	*pool_list(void);

/* Shared by the pool pages: the list columns of one pool row. */
void	 pool_fill(struct tpl_dict *, const PGresult *, int row);

#endif

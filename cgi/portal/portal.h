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

/* Shared by the pool pages: one pool row into a dictionary. */
void	 pool_fill(struct tpl_dict *, const PGresult *, int row);

#endif

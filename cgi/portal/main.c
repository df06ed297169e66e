/*
 * portal: the public grant portal.  Connects as frist_portal, which may
 * read published pools and nothing of the whistleblower channel.
 */
#include "portal.h"

/*
 * The first six columns are the same in both pool statements (the list
 * shows no more); pool_fill() reads them by index, page_pool() the rest.
 * "Upcoming" and "closed" follow from the dates of an open pool.
 */
#define POOL_LIST_COLS \
	"id, name, theme, amount_ore, to_char(closes, 'YYYY-MM-DD'), " \
	"CASE WHEN status = 'open' AND opens > current_date THEN 'upcoming' " \
	"WHEN status = 'open' AND closes < current_date THEN 'closed' " \
	"ELSE status END"

static const struct db_stmt stmts[STMT__MAX] = {
	{ "SELECT " POOL_LIST_COLS " FROM pool WHERE status <> 'draft' "
	  "ORDER BY theme, name", 0, DB_IDEMPOTENT },	/* STMT_POOL_LIST */
	{ "SELECT " POOL_LIST_COLS ", purpose, fin_year, "
	  "to_char(opens, 'YYYY-MM-DD'), application_based, legal_basis, "
	  "to_char(disbursement_deadline, 'YYYY-MM-DD') "
	  "FROM pool WHERE id = $1 AND status <> 'draft'",
	  1, DB_IDEMPOTENT },				/* STMT_POOL_GET */
};

static const struct route routes[] = {
	{ "/",			HTTP_GET, page_index,	0 },
	{ "/grants/",		HTTP_GET, page_grants,	R_DB },
	{ "/grants/pools/*",	HTTP_GET, page_pool,	R_DB },
};

static const struct app portal = {
	.name = "portal",
	.nav = "NAV_PORTAL",
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.stmts = stmts,
	.nstmts = STMT__MAX,
	.csrf_max_age = 4 * 3600,
};

int
main(int argc, char *argv[])
{
	db_listen("pool_changed");	/* see pool_list() */
	return app_main(argc, argv, &portal);
}

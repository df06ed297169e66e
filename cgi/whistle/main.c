/* whistle: see whistle.h. */
#include "whistle.h"

static const struct db_stmt stmts[] = {
	{ NULL, 0, 0 },
};

static const struct route routes[] = {
	{ "/whistleblower/",	HTTP_GET, page_form,	0 },
};

static const struct app whistle = {
	.name = "whistle",
	.nav = "NAV_WHISTLE",
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.stmts = stmts,
	.nstmts = STMT__MAX,
	.csrf_max_age = 4 * 3600,
};

int
main(int argc, char *argv[])
{
	return app_main(argc, argv, &whistle);
}

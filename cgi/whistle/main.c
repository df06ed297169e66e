/* whistle: see whistle.h. */
#include <stdio.h>

#include "log.h"
#include "whistle.h"

static const struct db_stmt stmts[STMT__MAX] = {
	[STMT_CAUSES] =		DB_STMT(CAUSES, 0, DB_IDEMPOTENT),
	[STMT_SUBMIT] =		DB_STMT(SUBMIT, 11, 0),
	[STMT_ADD_FILE] =	DB_STMT(ADD_FILE, 4, 0),
	[STMT_REPLY] =		DB_STMT(REPLY, 3, 0),
	[STMT_MAILBOX] =	DB_STMT(MAILBOX, 1, DB_IDEMPOTENT),
	[STMT_FILE_GET] =	DB_STMT(FILE_GET, 2, DB_IDEMPOTENT),
	[STMT_FAILED] =		DB_STMT(FAILED, 0, 0),
	[STMT_THROTTLED] =	DB_STMT(THROTTLED, 0, DB_IDEMPOTENT),
};

#include "routes.h"

static const struct route routes[] = {
	WHISTLE_ROUTES(APP_ROUTE)
};

unsigned char	 whistle_pk[WB_KEY];
unsigned char	 whistle_salt[WB_SALT];

/* Only the public half of the authority's key pair, and the code salt. */
static int
whistle_init(void)
{
	const char	*pk = app_cfg("authority_pubkey", NULL);
	const char	*salt = app_cfg("salt", NULL);

	if (pk == NULL || salt == NULL) {
		log_err("config: authority_pubkey and salt are required");
		return -1;
	}
	if (wb_load_public(pk, whistle_pk) == -1 ||
	    wb_load_salt(salt, whistle_salt) == -1)
		return -1;
	return 0;
}

static const struct app whistle = {
	.name = "whistle",
	.nav = "NAV_WHISTLE",
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
	.stmts = stmts,
	.nstmts = STMT__MAX,
	.init = whistle_init,
	.csrf_max_age = 12 * 3600,
	.langs = 1,
	.pad = 16384,
	.sandbox = 1,
	.held = 256,	/* mailbox answers waiting per worker (HOLD_MS) */
	.quiet = 1,	/* no line per request, no time of day in the log */
};

int
main(int argc, char *argv[])
{
	db_listen("LISTEN whistle_cause_changed");	/* see whistle_causes() */
	return app_main(argc, argv, &whistle);
}

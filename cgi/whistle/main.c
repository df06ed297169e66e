/* whistle: see whistle.h. */
#include <stdio.h>

#include "log.h"
#include "whistle.h"

/* bytea parameters go as binary (db_execb); the functions check the rest. */
static const struct db_stmt stmts[STMT__MAX] = {
	{ "SELECT id, label FROM whistle_cause WHERE active ORDER BY sort, label",
	  0, DB_IDEMPOTENT },				/* STMT_CAUSES */
	{ "SELECT whistle_submit($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
	  11, 0 },					/* STMT_SUBMIT */
	{ "SELECT whistle_add_file($1, $2, $3, $4)", 4, 0 },
							/* STMT_ADD_FILE */
	{ "SELECT whistle_reply_once($1, $2, $3)", 3, 0 },
							/* STMT_REPLY */
	{ "SELECT kind, status, to_char(day, 'YYYY-MM-DD'), from_reporter, "
	  "item, item2, size, fid, coalesce(reason, '') "
	  "FROM whistle_mailbox($1)", 1, DB_IDEMPOTENT },
							/* STMT_MAILBOX */
	{ "SELECT name, data FROM whistle_file_get($1, $2)", 2, DB_IDEMPOTENT },
							/* STMT_FILE_GET */
	{ "SELECT whistle_failed()", 0, 0 },		/* STMT_FAILED */
	{ "SELECT whistle_throttled()", 0, DB_IDEMPOTENT },
							/* STMT_THROTTLED */
};

static const struct route routes[] = {
	{ "/whistleblower/",		HTTP_GET | HTTP_POST, page_form, 0 },
	{ "/whistleblower/mailbox",	HTTP_GET | HTTP_POST, page_mailbox, R_DB },
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
};

int
main(int argc, char *argv[])
{
	db_listen("LISTEN whistle_cause_changed");	/* see whistle_causes() */
	return app_main(argc, argv, &whistle);
}

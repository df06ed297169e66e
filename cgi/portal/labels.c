/* Danish labels for the states and kinds recipients see. */
#include <string.h>

#include "portal.h"

static const char *const sub_status[][2] = {
	{ "received",	"Modtaget" },
	{ "processing",	"Under behandling" },
	{ "returned",	"Sendt retur til rettelse" },
	{ "approved",	"Godkendt" },
	{ "rejected",	"Afvist" },
};

const char *
portal_status_label(const char *status)
{
	size_t	 i;

	for (i = 0; i < sizeof(sub_status) / sizeof(sub_status[0]); i++)
		if (strcmp(sub_status[i][0], status) == 0)
			return sub_status[i][1];
	return status;
}

const char *
portal_kind_label(const char *kind)
{
	return strcmp(kind, "accounts") == 0 ? "Regnskab" : "Statusrapport";
}

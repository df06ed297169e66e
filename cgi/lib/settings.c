/* settings: the table of settings (see settings.h). */
#include <string.h>

#include "db.h"
#include "settings.h"
#include "util.h"

#define SETTINGS_DEF(id, k, t, d, lo, hi, l) \
	[id] = { .key = k, .type = t, .def = d, .min = lo, .max = hi, .label = l },
const struct setting_def setting_defs[SET__MAX] = {
	SETTINGS_TABLE(SETTINGS_DEF)
};

int64_t
setting_get(int stmt, enum setting s)
{
	const struct setting_def	*d = &setting_defs[s];
	const char			*v;
	int64_t				 n;

	if ((v = db_setting_str(stmt, d->key)) == NULL ||
	    str_to_i64(v, d->min, d->max, &n) == -1)
		return d->def;
	return n;
}

enum setting
setting_find(const char *key)
{
	int	 s;

	for (s = 0; s < SET__MAX; s++)
		if (strcmp(setting_defs[s].key, key) == 0)
			break;
	return (enum setting)s;
}

/* form: re-displaying forms with their errors (see form.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"

/* "org_name" -> "ORG_NAME" (+ suffix); names are ASCII identifiers. */
static void
upname(char *out, size_t sz, const char *name, const char *suffix)
{
	size_t	 i;

	for (i = 0; name[i] != '\0' && i + 1 < sz; i++)
		out[i] = (char)toupper((unsigned char)name[i]);
	out[i] = '\0';
	if (suffix != NULL)
		snprintf(out + i, sz - i, "%s", suffix);
}

void
form_set(struct tpl_dict *d, const char *field, const char *value)
{
	char	 key[96];

	upname(key, sizeof(key), field, NULL);
	tpl_set(d, key, value);
}

void
form_amount(struct tpl_dict *d, const char *key, const char *ore)
{
	char	 buf[48];

	valid_fmt_amount(strtoll(ore, NULL, 10), buf, sizeof(buf));
	tpl_set(d, key, buf);
}

void
form_error(struct tpl_dict *d, const char *field, const char *msg)
{
	char		 key[96];
	struct tpl_dict	*e;

	upname(key, sizeof(key), field, "_ERR");
	tpl_set(tpl_section(d, key), "MSG", msg);
	tpl_show(d, "HAS_ERRORS");
	e = tpl_section(d, "ERRORS");
	tpl_set(e, "FIELD", field);
	tpl_set(e, "MSG", msg);
}

void
form_choice(struct tpl_dict *d, const char *field, const char *value)
{
	char	 key[160];
	size_t	 n;

	upname(key, sizeof(key), field, "_");
	n = strlen(key);
	upname(key + n, sizeof(key) - n, value, NULL);
	for (; key[n] != '\0'; n++)
		if (!isalnum((unsigned char)key[n]))
			key[n] = '_';
	tpl_show(d, key);
}

void
form_fill(struct tpl_dict *d, const struct valid_field *f, size_t n,
    const struct kvlist *input, const struct valid_value *v)
{
	const char	*s;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (v != NULL && v[i].err == NULL && v[i].present)
			s = v[i].str;
		else
			s = kv_str(input, f[i].name);
		form_set(d, f[i].name, s != NULL ? s : "");
		if (f[i].type == VT_ENUM && s != NULL && *s != '\0')
			form_choice(d, f[i].name, s);
		if (f[i].type == VT_BOOL && v != NULL && v[i].num)
			form_choice(d, f[i].name, "on");
		if (v != NULL && v[i].err != NULL)
			form_error(d, f[i].name, v[i].err);
	}
}

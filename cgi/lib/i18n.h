/*
 * i18n: the public pages in Danish and English from one set of templates
 * and one string table per language (templates/i18n/da/, en/), kept in
 * one file per area (common.txt, portal.txt, whistle.txt).
 *
 * A table is "KEY = text" lines ('#' starts a comment line).  Templates
 * name a text as [[KEY]]; tpl_init() replaces every marker with the
 * text of each language before ctemplate parses the result, so each
 * template exists once per language ("da/x.tpl", "en/x.tpl") and nothing
 * is looked up per request.  A text is template source: it may hold
 * markup and {{VARIABLES}}, which ctemplate then escapes as usual.  C
 * code takes its texts (titles, messages) from the same tables with
 * i18n_str().  Both tables must have the same keys; a key missing from
 * one, or a marker naming no key, stops the program at start.
 */
#ifndef FRIST_I18N_H
#define FRIST_I18N_H

#include <stddef.h>

enum lang {
	LANG_DA,
	LANG_EN,
	LANG__MAX
};

/* "da", "en": the table names, the template prefixes, <html lang>. */
extern const char *const i18n_codes[LANG__MAX];

/* Parses one table from text; -1 (with the line and why) if malformed. */
int		 i18n_parse(enum lang, const char *text, size_t len, int *line,
		    const char **why);
/* Loads dir/da/ *.txt and dir/en/ *.txt; checks that their keys agree. */
int		 i18n_load(const char *dir);
/* Forgets every table (tests). */
void		 i18n_reset(void);
/* The first key found in one table and not the other, or NULL. */
const char	*i18n_mismatch(void);
/* The text of key; the key itself if there is none. */
const char	*i18n_str(enum lang, const char *key);
/* The name of month 1..12 in lang ("februar", "February"). */
const char	*i18n_month(enum lang, int month);
/*
 * text with every [[KEY]] replaced by its text in lang, malloc'd and NUL
 * terminated; NULL with *bad (malloc'd, to be freed) naming the first
 * unknown key.
 */
char		*i18n_expand(enum lang, const char *text, size_t len,
		    size_t *outlen, char **bad);

#endif

/*
 * tpl: the C interface to Google ctemplate (tpl.cc is the only C++ file).
 *
 * Every template starts with {{%AUTOESCAPE context="HTML"}} so values are
 * escaped by ctemplate according to where they stand; never escape in C.
 */
#ifndef FRIST_TPL_H
#define FRIST_TPL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct tpl_dict;

/*
 * Loads the string tables in root/i18n and every *.tpl below root, once
 * per language, as "da/<file>" and "en/<file>" (see i18n.h); -1 (and a
 * log line) if a table or a template is wrong.
 */
int		 tpl_init(const char *root);
/* Registers an in-memory template (tests). */
int		 tpl_register(const char *name, const char *text);
void		 tpl_shutdown(void);

struct tpl_dict	*tpl_dict_new(const char *name);
void		 tpl_dict_free(struct tpl_dict *);
void		 tpl_set(struct tpl_dict *, const char *key, const char *val);
/* A value every dictionary sees, included ones too (set before forking). */
void		 tpl_set_global(const char *key, const char *val);
void		 tpl_set_int(struct tpl_dict *, const char *key, long long);
void		 tpl_setf(struct tpl_dict *, const char *key, const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));
void		 tpl_show(struct tpl_dict *, const char *section);
/* One row of a section; owned by the parent. */
struct tpl_dict	*tpl_section(struct tpl_dict *, const char *section);
/* An included template; it sees only its own dictionary. */
struct tpl_dict	*tpl_include(struct tpl_dict *, const char *name, const char *file);

/* Expands file with dict into a malloc'd buffer; NULL on error. */
char		*tpl_expand(const char *file, const struct tpl_dict *, size_t *len);
/*
 * A plain-text mail (a .tpl file in templates/mail/): its first line is the subject,
 * then a blank line and the body.  The templates keep the project's HTML
 * pragma, so every value is escaped once by ctemplate as in a page; the
 * escaping is then reversed, which gives each value back exactly (no
 * "&amp;" in a mail) because the mail templates' own text has no '&'
 * (check_alerts.c holds them to that).  Values are single lines: the
 * escaping turns line breaks into spaces.  Blank lines are kept.  There
 * is no :none anywhere, and a mail is never shown as HTML.
 */
char		*tpl_expand_text(const char *file, const struct tpl_dict *,
		    size_t *len);

#ifdef __cplusplus
}
#endif

#endif

/*
 * form: putting a validated form back on the page.
 *
 * For each field "org_name" the template gets {{ORG_NAME}} (what the user
 * typed, or the stored value) and, when it is wrong, a section
 * {{#ORG_NAME_ERR}}{{MSG}}{{/ORG_NAME_ERR}}; all errors are also listed
 * in {{#ERRORS}}{{FIELD}} {{MSG}}{{/ERRORS}} at the top of the form,
 * inside {{#HAS_ERRORS}}, which is shown when there is at least one.
 *
 * The markup every form uses (so that screen readers tie each message to
 * its field and the summary takes the focus without script):
 *
 *   {{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1"
 *     autofocus><h2>...</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">
 *     {{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
 *   <input id="org_name" ...{{#ORG_NAME_ERR}} aria-invalid="true"
 *     aria-describedby="org_name-err"{{/ORG_NAME_ERR}}>
 *   {{#ORG_NAME_ERR}}<p class="field-error" id="org_name-err">{{MSG}}</p>
 *     {{/ORG_NAME_ERR}}
 */
#ifndef FRIST_FORM_H
#define FRIST_FORM_H

#include "tpl.h"
#include "valid.h"

/* Typed values and errors (v may be NULL: then only the input is shown). */
void	 form_fill(struct tpl_dict *, const struct valid_field *, size_t n,
	    const struct kvlist *input, const struct valid_value *v);
/* One value under the field's template name (for values from the database). */
void	 form_set(struct tpl_dict *, const char *field, const char *value);
/* An amount in øre, as stored ("1234500"), shown as "12.345,00". */
void	 form_amount(struct tpl_dict *, const char *key, const char *ore);
/* Adds an error that is not tied to one field's format (e.g. a sum). */
void	 form_error(struct tpl_dict *, const char *field, const char *msg);
/* Marks the chosen option: shows section <FIELD>_<VALUE> (upper-cased). */
void	 form_choice(struct tpl_dict *, const char *field, const char *value);

#endif

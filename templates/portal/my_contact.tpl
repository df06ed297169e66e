{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/[[LQ]]">&larr; [[G_CONTACT_BACK]]</a></p>
<h1>[[G_CONTACT_H1]]</h1>
{{#SAVED}}<p class="notice success" role="status">[[G_CONTACT_SAVED]]</p>{{/SAVED}}
<p>[[G_CONTACT_INTRO]]</p>
<dl class="facts">
<dt>[[G_CONTACT_NOW]]</dt><dd>{{#CURRENT}}<strong id="current-email">{{EMAIL}}</strong>{{/CURRENT}}{{#NO_CURRENT}}[[G_CONTACT_NONE]]{{/NO_CURRENT}}</dd>
</dl>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[G_CONTACT_ERRORS]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/grants/my/contact[[LQ]]" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
[[LANG_FIELD]]
<p><label for="contact_email">[[G_CONTACT_EMAIL]] *</label><span class="hint" id="contact_email-hint">[[G_CONTACT_HINT]]</span>
<input id="contact_email" name="contact_email" type="text" inputmode="email" value="{{CONTACT_EMAIL}}" maxlength="254" autocomplete="email" spellcheck="false" aria-describedby="contact_email-hint{{#CONTACT_EMAIL_ERR}} contact_email-err{{/CONTACT_EMAIL_ERR}}"{{#CONTACT_EMAIL_ERR}} aria-invalid="true"{{/CONTACT_EMAIL_ERR}}></p>
{{#CONTACT_EMAIL_ERR}}<p class="field-error" id="contact_email-err">{{MSG}}</p>{{/CONTACT_EMAIL_ERR}}
<p><button type="submit">[[G_CONTACT_SAVE]]</button></p>
</form>

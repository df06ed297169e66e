{{%AUTOESCAPE context="HTML"}}
<h1>[[G_LOGIN_TITLE]]</h1>
{{#LOGGED_OUT}}<p class="notice success" role="status">[[G_LOGIN_OUT]]</p>{{/LOGGED_OUT}}
<p>[[G_LOGIN_INTRO]]</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[G_LOGIN_ERRORS]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/grants/login[[LQ]]" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
[[LANG_FIELD]]
<p><label for="grant_no">[[G_LOGIN_GRANT_NO]][[G_LOGIN_GRANT_NO_HINT]]</label><input id="grant_no" name="grant_no" value="{{GRANT_NO}}" maxlength="40" autocomplete="off" autocapitalize="characters" spellcheck="false"{{#GRANT_NO_ERR}} aria-invalid="true" aria-describedby="grant_no-err"{{/GRANT_NO_ERR}}></p>
{{#GRANT_NO_ERR}}<p class="field-error" id="grant_no-err">{{MSG}}</p>{{/GRANT_NO_ERR}}
<p><label for="code">[[G_LOGIN_CODE]] [[G_HINT_16]]</label><input id="code" name="code" maxlength="24" inputmode="numeric" autocomplete="off"{{#CODE_ERR}} aria-invalid="true" aria-describedby="code-err"{{/CODE_ERR}}></p>
{{#CODE_ERR}}<p class="field-error" id="code-err">{{MSG}}</p>{{/CODE_ERR}}
<p><button type="submit">[[G_LOGIN_BUTTON]]</button></p>
</form>

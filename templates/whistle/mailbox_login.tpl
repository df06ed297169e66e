{{%AUTOESCAPE context="HTML"}}
<h1>[[WB_TITLE_MAILBOX]]</h1>
<p>[[WB_LOGIN_LEAD]]</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[WB_LOGIN_ERRORS_H]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/whistleblower/mailbox[[LQ]]" class="form narrow" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="open">
[[LANG_FIELD]]
<p><label for="code">[[WB_CODE]] [[WB_CODE_NOTE]]</label><input id="code" name="code" value="" maxlength="24" inputmode="numeric" autocomplete="off"{{#CODE_ERR}} aria-invalid="true" aria-describedby="code-err"{{/CODE_ERR}}>{{#CODE_ERR}}<span class="field-error" id="code-err">{{MSG}}</span>{{/CODE_ERR}}</p>
<p><button type="submit">[[WB_OPEN]]</button></p>
</form>

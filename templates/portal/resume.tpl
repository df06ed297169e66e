{{%AUTOESCAPE context="HTML"}}
<h1>[[G_RESUME_TITLE]]</h1>
<p>[[G_RESUME_INTRO]]</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[G_RESUME_ERRORS]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/grants/resume[[LQ]]" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
[[LANG_FIELD]]
<p><label for="draft_no">[[G_RESUME_DRAFT_NO]] [[G_HINT_8]]</label><input id="draft_no" name="draft_no" value="{{DRAFT_NO}}" maxlength="12" inputmode="numeric" autocomplete="off"{{#DRAFT_NO_ERR}} aria-invalid="true" aria-describedby="draft_no-err"{{/DRAFT_NO_ERR}}></p>
{{#DRAFT_NO_ERR}}<p class="field-error" id="draft_no-err">{{MSG}}</p>{{/DRAFT_NO_ERR}}
<p><label for="code">[[G_RESUME_CODE]] [[G_HINT_16]]</label><input id="code" name="code" maxlength="24" inputmode="numeric" autocomplete="off"{{#CODE_ERR}} aria-invalid="true" aria-describedby="code-err"{{/CODE_ERR}}></p>
{{#CODE_ERR}}<p class="field-error" id="code-err">{{MSG}}</p>{{/CODE_ERR}}
<p><button type="submit">[[G_RESUME_GO]]</button></p>
</form>

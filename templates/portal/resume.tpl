{{%AUTOESCAPE context="HTML"}}
<h1>Fortsæt en kladde</h1>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="/grants/resume" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="draft_no">Kladdenummer (8 cifre)</label><input id="draft_no" name="draft_no" value="{{DRAFT_NO}}" maxlength="12" inputmode="numeric" autocomplete="off">{{#DRAFT_NO_ERR}}<span class="field-error">{{MSG}}</span>{{/DRAFT_NO_ERR}}</p>
<p><label for="code">Fortsættelseskode (16 cifre)</label><input id="code" name="code" maxlength="24" inputmode="numeric" autocomplete="off">{{#CODE_ERR}}<span class="field-error">{{MSG}}</span>{{/CODE_ERR}}</p>
<p><button type="submit">Fortsæt</button></p>
</form>

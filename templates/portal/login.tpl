{{%AUTOESCAPE context="HTML"}}
<h1>Log ind som tilskudsmodtager</h1>
<p>Brug tilsagnsnummeret og adgangskoden fra tilsagnsbrevet.</p>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="/grants/login" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="grant_no">Tilsagnsnummer</label><input id="grant_no" name="grant_no" value="{{GRANT_NO}}" maxlength="40" autocomplete="off">{{#GRANT_NO_ERR}}<span class="field-error">{{MSG}}</span>{{/GRANT_NO_ERR}}</p>
<p><label for="code">Adgangskode (16 cifre)</label><input id="code" name="code" maxlength="24" inputmode="numeric" autocomplete="off">{{#CODE_ERR}}<span class="field-error">{{MSG}}</span>{{/CODE_ERR}}</p>
<p><button type="submit">Log ind</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}
<h1>Log ind som tilskudsmodtager</h1>
<p>Brug tilsagnsnummeret og adgangskoden fra tilsagnsbrevet.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Du blev ikke logget ind</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/grants/login" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="grant_no">Tilsagnsnummer, fx TS-2026-9001</label><input id="grant_no" name="grant_no" value="{{GRANT_NO}}" maxlength="40" autocomplete="off" autocapitalize="characters" spellcheck="false"{{#GRANT_NO_ERR}} aria-invalid="true" aria-describedby="grant_no-err"{{/GRANT_NO_ERR}}></p>
{{#GRANT_NO_ERR}}<p class="field-error" id="grant_no-err">{{MSG}}</p>{{/GRANT_NO_ERR}}
<p><label for="code">Adgangskode (16 cifre)</label><input id="code" name="code" maxlength="24" inputmode="numeric" autocomplete="off"{{#CODE_ERR}} aria-invalid="true" aria-describedby="code-err"{{/CODE_ERR}}></p>
{{#CODE_ERR}}<p class="field-error" id="code-err">{{MSG}}</p>{{/CODE_ERR}}
<p><button type="submit">Log ind</button></p>
</form>

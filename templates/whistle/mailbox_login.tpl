{{%AUTOESCAPE context="HTML"}}
<h1>Din postkasse</h1>
<p>Skriv den kvitteringskode på 16 cifre, du fik, da du sendte din henvendelse til {{WB_AUTHORITY}}. Har du ingen kode, kan du <a href="/whistleblower/">sende en henvendelse</a>.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Postkassen blev ikke åbnet</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/whistleblower/mailbox" class="form narrow" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="open">
<p><label for="code">Kvitteringskode (16 cifre)</label><input id="code" name="code" value="{{CODE}}" maxlength="24" inputmode="numeric" autocomplete="off"{{#CODE_ERR}} aria-invalid="true" aria-describedby="code-err"{{/CODE_ERR}}>{{#CODE_ERR}}<span class="field-error" id="code-err">{{MSG}}</span>{{/CODE_ERR}}</p>
<p><button type="submit">Åbn postkassen</button></p>
</form>

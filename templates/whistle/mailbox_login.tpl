{{%AUTOESCAPE context="HTML"}}
<h1>Din postkasse</h1>
<p>Skriv den kvitteringskode på 16 cifre, du fik, da du sendte din henvendelse.</p>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="/whistleblower/mailbox" class="form narrow" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="open">
<p><label for="code">Kvitteringskode</label><input id="code" name="code" maxlength="24" inputmode="numeric" autocomplete="off">{{#CODE_ERR}}<span class="field-error">{{MSG}}</span>{{/CODE_ERR}}</p>
<p><button type="submit">Åbn postkassen</button></p>
</form>

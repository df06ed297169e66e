{{%AUTOESCAPE context="HTML"}}
<h1>Din profil</h1>
{{#SAVED}}<p class="notice success" role="status">Din profil er gemt.</p>{{/SAVED}}
<p>{{NAME}} (brugernavn {{USERNAME}}). Her vælger du, hvilken e-mailadresse systemet skriver til, og om du vil have den daglige oversigt.</p>
{{#NO_EMAIL}}<p class="notice">Du har ingen e-mailadresse endnu, så du får hverken varsler eller den daglige oversigt.</p>{{/NO_EMAIL}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Profilen er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="/staff/profile" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="email">E-mailadresse</label>
<span class="hint" id="email-hint">Fx fornavn.efternavn@styrelse.dk. Lad feltet stå tomt, hvis du ikke vil have e-mail.</span>
<input id="email" name="email" type="email" value="{{EMAIL}}" maxlength="254" autocomplete="email" spellcheck="false" aria-describedby="email-hint{{#EMAIL_ERR}} email-err{{/EMAIL_ERR}}"{{#EMAIL_ERR}} aria-invalid="true"{{/EMAIL_ERR}}>
{{#EMAIL_ERR}}<span class="field-error" id="email-err">{{MSG}}</span>{{/EMAIL_ERR}}</p>
<div class="choice"><input type="checkbox" id="digest" name="digest" value="1"{{#DIGEST_ON}} checked{{/DIGEST_ON}}><label for="digest">Daglig oversigt over sager i risiko for at overskride {{LIMIT}} dage</label></div>
{{#DIGEST_ERR}}<span class="field-error" id="digest-err">{{MSG}}</span>{{/DIGEST_ERR}}
<p><button type="submit">Gem</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}
<h1>Indstillinger</h1>
<p>Reglerne for tilskud og whistleblowerordningen læser disse værdier. Hver ændring skrives i revisionssporet med den gamle og den nye værdi.</p>
{{#SAVED}}<p class="notice" role="status">Indstillingerne er gemt.</p>{{/SAVED}}
<form method="post" action="/staff/settings" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#SETTING}}<p><label for="{{KEY}}">{{LABEL}}</label>
<input id="{{KEY}}" name="{{KEY}}" value="{{VALUE}}" maxlength="24">{{#ERR}}<span class="field-error">{{MSG}}</span>{{/ERR}}</p>
{{/SETTING}}
<p><button type="submit">Gem</button></p>
</form>

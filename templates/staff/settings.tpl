{{%AUTOESCAPE context="HTML"}}
<h1>Indstillinger</h1>
{{#SAVED}}<p class="notice success" role="status">Indstillingerne er gemt.</p>{{/SAVED}}
<p>Reglerne for tilskud og whistleblowerordningen læser disse værdier. Hver ændring skrives i revisionssporet med den gamle og den nye værdi.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Indstillingerne er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="/staff/settings" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#SETTING}}<p><label for="{{KEY}}">{{LABEL}}</label>
<input id="{{KEY}}" name="{{KEY}}" value="{{VALUE}}" maxlength="24" {{#AMOUNT}} class="amount" inputmode="decimal"{{/AMOUNT}}{{#NUMBER}} class="short" inputmode="numeric"{{/NUMBER}}{{#ERR}} aria-invalid="true" aria-describedby="{{KEY}}-err"{{/ERR}}>{{#ERR}}<span class="field-error" id="{{KEY}}-err">{{MSG}}</span>{{/ERR}}</p>
{{/SETTING}}
<p><button type="submit">Gem</button></p>
</form>

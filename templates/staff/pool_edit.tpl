{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/pools/">&larr; Puljer</a></p>
{{#NEW}}<h1>Ny pulje</h1>{{/NEW}}{{#EDIT}}<h1>Ret pulje</h1>{{/EDIT}}
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="{{ACTION_URL}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="name">Navn *</label><input id="name" name="name" value="{{NAME}}" maxlength="300">{{#NAME_ERR}}<span class="field-error">{{MSG}}</span>{{/NAME_ERR}}</p>
<p><label for="theme">Tema *</label><input id="theme" name="theme" value="{{THEME}}" maxlength="100">{{#THEME_ERR}}<span class="field-error">{{MSG}}</span>{{/THEME_ERR}}</p>
<p><label for="purpose">Formål</label><textarea id="purpose" name="purpose" rows="6" maxlength="20000">{{PURPOSE}}</textarea>{{#PURPOSE_ERR}}<span class="field-error">{{MSG}}</span>{{/PURPOSE_ERR}}</p>
<p><label for="amount">Puljens beløb i kr. *</label><input id="amount" name="amount" value="{{AMOUNT}}" maxlength="24">{{#AMOUNT_ERR}}<span class="field-error">{{MSG}}</span>{{/AMOUNT_ERR}}</p>
<p><label for="fin_year">Finansår *</label><input id="fin_year" name="fin_year" value="{{FIN_YEAR}}" maxlength="4" inputmode="numeric">{{#FIN_YEAR_ERR}}<span class="field-error">{{MSG}}</span>{{/FIN_YEAR_ERR}}</p>
<p><label for="opens">Ansøgningsperioden åbner * (ÅÅÅÅ-MM-DD)</label><input id="opens" name="opens" value="{{OPENS}}" maxlength="10">{{#OPENS_ERR}}<span class="field-error">{{MSG}}</span>{{/OPENS_ERR}}</p>
<p><label for="closes">Ansøgningsfrist * (ÅÅÅÅ-MM-DD)</label><input id="closes" name="closes" value="{{CLOSES}}" maxlength="10">{{#CLOSES_ERR}}<span class="field-error">{{MSG}}</span>{{/CLOSES_ERR}}</p>
<p><label for="application_based">Ansøgningsbaseret *</label><input id="application_based" name="application_based" value="{{APPLICATION_BASED}}" maxlength="40">{{#APPLICATION_BASED_ERR}}<span class="field-error">{{MSG}}</span>{{/APPLICATION_BASED_ERR}}</p>
<p><label for="deadline">Udmøntningsfrist efter den politiske aftale (ÅÅÅÅ-MM-DD)</label><input id="deadline" name="deadline" value="{{DEADLINE}}" maxlength="10">{{#DEADLINE_ERR}}<span class="field-error">{{MSG}}</span>{{/DEADLINE_ERR}}</p>
<p><label for="legal_basis">Hjemmel (fx aktstykke)</label><input id="legal_basis" name="legal_basis" value="{{LEGAL_BASIS}}" maxlength="300">{{#LEGAL_BASIS_ERR}}<span class="field-error">{{MSG}}</span>{{/LEGAL_BASIS_ERR}}</p>
<p><label for="status">Status *</label><select id="status" name="status">
<option value="draft"{{#STATUS_DRAFT}} selected{{/STATUS_DRAFT}}>Kladde (ikke offentlig)</option>
<option value="open"{{#STATUS_OPEN}} selected{{/STATUS_OPEN}}>Offentliggjort</option>
<option value="closed"{{#STATUS_CLOSED}} selected{{/STATUS_CLOSED}}>Lukket</option>
<option value="disbursed"{{#STATUS_DISBURSED}} selected{{/STATUS_DISBURSED}}>Udmøntet</option>
</select>{{#STATUS_ERR}}<span class="field-error">{{MSG}}</span>{{/STATUS_ERR}}</p>
<p><button type="submit">Gem</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/pools/">&larr; Alle puljer</a></p>
{{#NEW}}<h1>Ny pulje</h1>{{/NEW}}{{#EDIT}}<h1>Ret pulje</h1>{{/EDIT}}
<p>Felter mærket * skal udfyldes.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Puljen er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#NEW}}<input type="hidden" name="once" value="{{ONCE}}">{{/NEW}}
<p><label for="name">Navn *</label><input id="name" name="name" value="{{NAME}}" maxlength="300"{{#NAME_ERR}} aria-invalid="true" aria-describedby="name-err"{{/NAME_ERR}}>{{#NAME_ERR}}<span class="field-error" id="name-err">{{MSG}}</span>{{/NAME_ERR}}</p>
<p><label for="theme">Tema *</label><input id="theme" name="theme" value="{{THEME}}" maxlength="100"{{#THEME_ERR}} aria-invalid="true" aria-describedby="theme-err"{{/THEME_ERR}}>{{#THEME_ERR}}<span class="field-error" id="theme-err">{{MSG}}</span>{{/THEME_ERR}}</p>
<p><label for="purpose">Formål</label><textarea id="purpose" name="purpose" rows="6" maxlength="20000"{{#PURPOSE_ERR}} aria-invalid="true" aria-describedby="purpose-err"{{/PURPOSE_ERR}}>{{PURPOSE:pre_escape}}</textarea>{{#PURPOSE_ERR}}<span class="field-error" id="purpose-err">{{MSG}}</span>{{/PURPOSE_ERR}}</p>
<p><label for="amount">Puljens beløb i kr. * <span class="hint">Fx 1.000.000,00</span></label><input id="amount" name="amount" value="{{AMOUNT}}" maxlength="24" class="amount" inputmode="decimal"{{#AMOUNT_ERR}} aria-invalid="true" aria-describedby="amount-err"{{/AMOUNT_ERR}}>{{#AMOUNT_ERR}}<span class="field-error" id="amount-err">{{MSG}}</span>{{/AMOUNT_ERR}}</p>
<p><label for="fin_year">Finansår *</label><input id="fin_year" name="fin_year" value="{{FIN_YEAR}}" maxlength="4" inputmode="numeric" class="short"{{#FIN_YEAR_ERR}} aria-invalid="true" aria-describedby="fin_year-err"{{/FIN_YEAR_ERR}}>{{#FIN_YEAR_ERR}}<span class="field-error" id="fin_year-err">{{MSG}}</span>{{/FIN_YEAR_ERR}}</p>
<p><label for="opens">Ansøgningsperioden åbner (ÅÅÅÅ-MM-DD) *</label><input id="opens" name="opens" value="{{OPENS}}" maxlength="10" class="short"{{#OPENS_ERR}} aria-invalid="true" aria-describedby="opens-err"{{/OPENS_ERR}}>{{#OPENS_ERR}}<span class="field-error" id="opens-err">{{MSG}}</span>{{/OPENS_ERR}}</p>
<p><label for="closes">Ansøgningsfrist, sidste dag (ÅÅÅÅ-MM-DD) *</label><input id="closes" name="closes" value="{{CLOSES}}" maxlength="10" class="short"{{#CLOSES_ERR}} aria-invalid="true" aria-describedby="closes-err"{{/CLOSES_ERR}}>{{#CLOSES_ERR}}<span class="field-error" id="closes-err">{{MSG}}</span>{{/CLOSES_ERR}}</p>
<p><label for="application_based">Ansøgningsbaseret * <span class="hint">Fx »ja«, »nej« eller »delvist«.</span></label><input id="application_based" name="application_based" value="{{APPLICATION_BASED}}" maxlength="40" class="short"{{#APPLICATION_BASED_ERR}} aria-invalid="true" aria-describedby="application_based-err"{{/APPLICATION_BASED_ERR}}>{{#APPLICATION_BASED_ERR}}<span class="field-error" id="application_based-err">{{MSG}}</span>{{/APPLICATION_BASED_ERR}}</p>
<p><label for="deadline">Udmøntningsfrist efter den politiske aftale (ÅÅÅÅ-MM-DD) <span class="hint">Frivillig. Puljen er i risiko, når der er uafgjorte ansøgninger kort før fristen.</span></label><input id="deadline" name="deadline" value="{{DEADLINE}}" maxlength="10" class="short"{{#DEADLINE_ERR}} aria-invalid="true" aria-describedby="deadline-err"{{/DEADLINE_ERR}}>{{#DEADLINE_ERR}}<span class="field-error" id="deadline-err">{{MSG}}</span>{{/DEADLINE_ERR}}</p>
<p><label for="legal_basis">Hjemmel (fx aktstykke)</label><input id="legal_basis" name="legal_basis" value="{{LEGAL_BASIS}}" maxlength="300"{{#LEGAL_BASIS_ERR}} aria-invalid="true" aria-describedby="legal_basis-err"{{/LEGAL_BASIS_ERR}}>{{#LEGAL_BASIS_ERR}}<span class="field-error" id="legal_basis-err">{{MSG}}</span>{{/LEGAL_BASIS_ERR}}</p>
<p><label for="status">Status *</label><select id="status" name="status"{{#STATUS_ERR}} aria-invalid="true" aria-describedby="status-err"{{/STATUS_ERR}}>
<option value="draft"{{#STATUS_DRAFT}} selected{{/STATUS_DRAFT}}>Kladde (ikke offentlig)</option>
<option value="open"{{#STATUS_OPEN}} selected{{/STATUS_OPEN}}>Offentliggjort (åben i ansøgningsperioden)</option>
<option value="closed"{{#STATUS_CLOSED}} selected{{/STATUS_CLOSED}}>Lukket</option>
<option value="disbursed"{{#STATUS_DISBURSED}} selected{{/STATUS_DISBURSED}}>Udmøntet</option>
</select>{{#STATUS_ERR}}<span class="field-error" id="status-err">{{MSG}}</span>{{/STATUS_ERR}}</p>
<p><button type="submit">{{#NEW}}Opret puljen{{/NEW}}{{#EDIT}}Gem ændringerne{{/EDIT}}</button> <a class="button secondary" href="{{CANCEL_URL}}">Fortryd</a></p>
</form>

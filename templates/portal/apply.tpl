{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/pools/{{POOL_ID}}">&larr; {{POOL_NAME}}</a></p>
<h1>Ansøg om tilskud</h1>
<p>Pulje: <strong>{{POOL_NAME}}</strong> (i alt {{POOL_AMOUNT}} kr.)</p>
{{#IS_DRAFT}}<p>Kladdenummer: <strong>{{DRAFT_NO}}</strong></p>{{/IS_DRAFT}}
{{#SAVED}}<p class="notice" role="status">Kladden er gemt.</p>{{/SAVED}}
{{#POOL_CLOSED}}<p class="error-msg">Puljen er lukket for ansøgninger. Kladden kan ikke længere sendes.</p>{{/POOL_CLOSED}}
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<p>Du kan gemme ansøgningen som kladde og vende tilbage senere. Felter markeret med * skal udfyldes, før ansøgningen kan sendes. Beløb skrives i kroner, fx 12.500,00.</p>
<form method="post" action="{{ACTION_URL}}" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset><legend>Ansøger</legend>
<p><label for="org_name">Organisation *</label><input id="org_name" name="org_name" value="{{ORG_NAME}}" maxlength="200">{{#ORG_NAME_ERR}}<span class="field-error">{{MSG}}</span>{{/ORG_NAME_ERR}}</p>
<p><label for="cvr">CVR-nummer *</label><input id="cvr" name="cvr" value="{{CVR}}" maxlength="11" inputmode="numeric">{{#CVR_ERR}}<span class="field-error">{{MSG}}</span>{{/CVR_ERR}}</p>
<p><label for="contact_name">Kontaktperson *</label><input id="contact_name" name="contact_name" value="{{CONTACT_NAME}}" maxlength="200">{{#CONTACT_NAME_ERR}}<span class="field-error">{{MSG}}</span>{{/CONTACT_NAME_ERR}}</p>
<p><label for="contact_email">E-mail *</label><input id="contact_email" name="contact_email" type="email" value="{{CONTACT_EMAIL}}" maxlength="254">{{#CONTACT_EMAIL_ERR}}<span class="field-error">{{MSG}}</span>{{/CONTACT_EMAIL_ERR}}</p>
<p><label for="contact_phone">Telefon</label><input id="contact_phone" name="contact_phone" value="{{CONTACT_PHONE}}" maxlength="30">{{#CONTACT_PHONE_ERR}}<span class="field-error">{{MSG}}</span>{{/CONTACT_PHONE_ERR}}</p>
</fieldset>
<fieldset><legend>Projektet</legend>
<p><label for="title">Projektets titel *</label><input id="title" name="title" value="{{TITLE}}" maxlength="200">{{#TITLE_ERR}}<span class="field-error">{{MSG}}</span>{{/TITLE_ERR}}</p>
<p><label for="description">Projektbeskrivelse *</label><textarea id="description" name="description" rows="10" maxlength="20000">{{DESCRIPTION}}</textarea>{{#DESCRIPTION_ERR}}<span class="field-error">{{MSG}}</span>{{/DESCRIPTION_ERR}}</p>
<p><label for="period_start">Projektstart * (ÅÅÅÅ-MM-DD)</label><input id="period_start" name="period_start" value="{{PERIOD_START}}" maxlength="10">{{#PERIOD_START_ERR}}<span class="field-error">{{MSG}}</span>{{/PERIOD_START_ERR}}</p>
<p><label for="period_end">Projektslut * (ÅÅÅÅ-MM-DD)</label><input id="period_end" name="period_end" value="{{PERIOD_END}}" maxlength="10">{{#PERIOD_END_ERR}}<span class="field-error">{{MSG}}</span>{{/PERIOD_END_ERR}}</p>
</fieldset>
<fieldset><legend>Økonomi</legend>
<p><label for="requested">Ansøgt beløb i kr. *</label><input id="requested" name="requested" value="{{REQUESTED}}" maxlength="20">{{#REQUESTED_ERR}}<span class="field-error">{{MSG}}</span>{{/REQUESTED_ERR}}</p>
<table class="list budget"><caption>Budget: linjerne skal tilsammen give det ansøgte beløb</caption>
<thead><tr><th scope="col">Post</th><th scope="col">Beløb i kr.</th></tr></thead><tbody>
<tr><td><input id="budget_text_1" name="budget_text_1" value="{{BUDGET_TEXT_1}}" maxlength="300" aria-label="Budgetlinje 1, tekst">{{#BUDGET_TEXT_1_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_TEXT_1_ERR}}</td><td><input name="budget_amount_1" value="{{BUDGET_AMOUNT_1}}" maxlength="20" aria-label="Budgetlinje 1, beløb">{{#BUDGET_AMOUNT_1_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_AMOUNT_1_ERR}}</td></tr>
<tr><td><input id="budget_text_2" name="budget_text_2" value="{{BUDGET_TEXT_2}}" maxlength="300" aria-label="Budgetlinje 2, tekst">{{#BUDGET_TEXT_2_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_TEXT_2_ERR}}</td><td><input name="budget_amount_2" value="{{BUDGET_AMOUNT_2}}" maxlength="20" aria-label="Budgetlinje 2, beløb">{{#BUDGET_AMOUNT_2_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_AMOUNT_2_ERR}}</td></tr>
<tr><td><input id="budget_text_3" name="budget_text_3" value="{{BUDGET_TEXT_3}}" maxlength="300" aria-label="Budgetlinje 3, tekst">{{#BUDGET_TEXT_3_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_TEXT_3_ERR}}</td><td><input name="budget_amount_3" value="{{BUDGET_AMOUNT_3}}" maxlength="20" aria-label="Budgetlinje 3, beløb">{{#BUDGET_AMOUNT_3_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_AMOUNT_3_ERR}}</td></tr>
<tr><td><input id="budget_text_4" name="budget_text_4" value="{{BUDGET_TEXT_4}}" maxlength="300" aria-label="Budgetlinje 4, tekst">{{#BUDGET_TEXT_4_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_TEXT_4_ERR}}</td><td><input name="budget_amount_4" value="{{BUDGET_AMOUNT_4}}" maxlength="20" aria-label="Budgetlinje 4, beløb">{{#BUDGET_AMOUNT_4_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_AMOUNT_4_ERR}}</td></tr>
<tr><td><input id="budget_text_5" name="budget_text_5" value="{{BUDGET_TEXT_5}}" maxlength="300" aria-label="Budgetlinje 5, tekst">{{#BUDGET_TEXT_5_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_TEXT_5_ERR}}</td><td><input name="budget_amount_5" value="{{BUDGET_AMOUNT_5}}" maxlength="20" aria-label="Budgetlinje 5, beløb">{{#BUDGET_AMOUNT_5_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_AMOUNT_5_ERR}}</td></tr>
<tr><td><input id="budget_text_6" name="budget_text_6" value="{{BUDGET_TEXT_6}}" maxlength="300" aria-label="Budgetlinje 6, tekst">{{#BUDGET_TEXT_6_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_TEXT_6_ERR}}</td><td><input name="budget_amount_6" value="{{BUDGET_AMOUNT_6}}" maxlength="20" aria-label="Budgetlinje 6, beløb">{{#BUDGET_AMOUNT_6_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_AMOUNT_6_ERR}}</td></tr>
<tr><td><input id="budget_text_7" name="budget_text_7" value="{{BUDGET_TEXT_7}}" maxlength="300" aria-label="Budgetlinje 7, tekst">{{#BUDGET_TEXT_7_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_TEXT_7_ERR}}</td><td><input name="budget_amount_7" value="{{BUDGET_AMOUNT_7}}" maxlength="20" aria-label="Budgetlinje 7, beløb">{{#BUDGET_AMOUNT_7_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_AMOUNT_7_ERR}}</td></tr>
<tr><td><input id="budget_text_8" name="budget_text_8" value="{{BUDGET_TEXT_8}}" maxlength="300" aria-label="Budgetlinje 8, tekst">{{#BUDGET_TEXT_8_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_TEXT_8_ERR}}</td><td><input name="budget_amount_8" value="{{BUDGET_AMOUNT_8}}" maxlength="20" aria-label="Budgetlinje 8, beløb">{{#BUDGET_AMOUNT_8_ERR}}<span class="field-error">{{MSG}}</span>{{/BUDGET_AMOUNT_8_ERR}}</td></tr>
</tbody></table>
</fieldset>
<fieldset><legend>Bilag</legend>
{{#FILE}}<p>Vedhæftet: {{FILE_NAME}} ({{FILE_KB}} kB)</p>{{/FILE}}
<p><label for="attachment">Vedhæft filer (højst 10 MB i alt)</label><input id="attachment" name="attachment" type="file" multiple></p>
</fieldset>
{{#ACTION_ERR}}<p class="field-error">{{MSG}}</p>{{/ACTION_ERR}}
<p><button type="submit" name="action" value="save">Gem som kladde</button>
<button type="submit" name="action" value="submit">Send ansøgningen</button></p>
</form>

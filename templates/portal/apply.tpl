{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/pools/{{POOL_ID}}">&larr; {{POOL_NAME}}</a></p>
<h1>Ansøg om tilskud</h1>
<p>Pulje: <strong>{{POOL_NAME}}</strong> (i alt {{POOL_AMOUNT}} kr.)</p>
{{#IS_DRAFT}}<p>Kladdenummer: <strong>{{DRAFT_NO}}</strong></p>{{/IS_DRAFT}}
{{#SAVED}}<p class="notice success" role="status">Kladden er gemt.</p>{{/SAVED}}
{{#POOL_CLOSED}}<p class="notice warning">Puljen er lukket for ansøgninger. Kladden kan ikke længere sendes.</p>{{/POOL_CLOSED}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Ansøgningen har fejl</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<p>Du kan gemme ansøgningen som kladde og vende tilbage senere. Felter markeret med * skal udfyldes, før ansøgningen kan sendes. Beløb skrives i kroner, fx 12.500,00.</p>
<form method="post" action="{{ACTION_URL}}" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<fieldset><legend>Ansøger</legend>
<p><label for="org_name">Organisation *</label><input id="org_name" name="org_name" value="{{ORG_NAME}}" maxlength="200" autocomplete="organization"{{#ORG_NAME_ERR}} aria-invalid="true" aria-describedby="org_name-err"{{/ORG_NAME_ERR}}></p>
{{#ORG_NAME_ERR}}<p class="field-error" id="org_name-err">{{MSG}}</p>{{/ORG_NAME_ERR}}
<p><label for="cvr">CVR-nummer * (8 cifre)</label><input id="cvr" name="cvr" value="{{CVR}}" maxlength="11" inputmode="numeric"{{#CVR_ERR}} aria-invalid="true" aria-describedby="cvr-err"{{/CVR_ERR}}></p>
{{#CVR_ERR}}<p class="field-error" id="cvr-err">{{MSG}}</p>{{/CVR_ERR}}
<p><label for="contact_name">Kontaktperson *</label><input id="contact_name" name="contact_name" value="{{CONTACT_NAME}}" maxlength="200" autocomplete="name"{{#CONTACT_NAME_ERR}} aria-invalid="true" aria-describedby="contact_name-err"{{/CONTACT_NAME_ERR}}></p>
{{#CONTACT_NAME_ERR}}<p class="field-error" id="contact_name-err">{{MSG}}</p>{{/CONTACT_NAME_ERR}}
<p><label for="contact_email">E-mail *</label><input id="contact_email" name="contact_email" type="email" value="{{CONTACT_EMAIL}}" maxlength="254" autocomplete="email"{{#CONTACT_EMAIL_ERR}} aria-invalid="true" aria-describedby="contact_email-err"{{/CONTACT_EMAIL_ERR}}></p>
{{#CONTACT_EMAIL_ERR}}<p class="field-error" id="contact_email-err">{{MSG}}</p>{{/CONTACT_EMAIL_ERR}}
<p><label for="contact_phone">Telefon</label><input id="contact_phone" name="contact_phone" type="tel" value="{{CONTACT_PHONE}}" maxlength="30" autocomplete="tel"{{#CONTACT_PHONE_ERR}} aria-invalid="true" aria-describedby="contact_phone-err"{{/CONTACT_PHONE_ERR}}></p>
{{#CONTACT_PHONE_ERR}}<p class="field-error" id="contact_phone-err">{{MSG}}</p>{{/CONTACT_PHONE_ERR}}
</fieldset>
<fieldset><legend>Projektet</legend>
<p><label for="title">Projektets titel *</label><input id="title" name="title" value="{{TITLE}}" maxlength="200"{{#TITLE_ERR}} aria-invalid="true" aria-describedby="title-err"{{/TITLE_ERR}}></p>
{{#TITLE_ERR}}<p class="field-error" id="title-err">{{MSG}}</p>{{/TITLE_ERR}}
<p><label for="description">Projektbeskrivelse *</label><textarea id="description" name="description" rows="10" maxlength="20000"{{#DESCRIPTION_ERR}} aria-invalid="true" aria-describedby="description-err"{{/DESCRIPTION_ERR}}>{{DESCRIPTION:pre_escape}}</textarea></p>
{{#DESCRIPTION_ERR}}<p class="field-error" id="description-err">{{MSG}}</p>{{/DESCRIPTION_ERR}}
<p><label for="period_start">Projektstart * (ÅÅÅÅ-MM-DD)</label><input id="period_start" name="period_start" value="{{PERIOD_START}}" maxlength="10"{{#PERIOD_START_ERR}} aria-invalid="true" aria-describedby="period_start-err"{{/PERIOD_START_ERR}}></p>
{{#PERIOD_START_ERR}}<p class="field-error" id="period_start-err">{{MSG}}</p>{{/PERIOD_START_ERR}}
<p><label for="period_end">Projektslut * (ÅÅÅÅ-MM-DD)</label><input id="period_end" name="period_end" value="{{PERIOD_END}}" maxlength="10"{{#PERIOD_END_ERR}} aria-invalid="true" aria-describedby="period_end-err"{{/PERIOD_END_ERR}}></p>
{{#PERIOD_END_ERR}}<p class="field-error" id="period_end-err">{{MSG}}</p>{{/PERIOD_END_ERR}}
</fieldset>
<fieldset><legend>Økonomi</legend>
<p><label for="requested">Ansøgt beløb i kr. *</label><input id="requested" name="requested" class="amount" value="{{REQUESTED}}" maxlength="20" inputmode="decimal"{{#REQUESTED_ERR}} aria-invalid="true" aria-describedby="requested-err"{{/REQUESTED_ERR}}></p>
{{#REQUESTED_ERR}}<p class="field-error" id="requested-err">{{MSG}}</p>{{/REQUESTED_ERR}}
<fieldset id="budget" class="budget" tabindex="-1"{{#BUDGET_ERR}} aria-describedby="budget-err"{{/BUDGET_ERR}}><legend>Budget: linjerne skal tilsammen give det ansøgte beløb</legend>
{{#BUDGET_ERR}}<p class="field-error" id="budget-err">{{MSG}}</p>{{/BUDGET_ERR}}
<fieldset class="budget-line"><legend>Budgetlinje 1</legend>
<p><label for="budget_text_1">Post</label><input id="budget_text_1" name="budget_text_1" value="{{BUDGET_TEXT_1}}" maxlength="300"{{#BUDGET_TEXT_1_ERR}} aria-invalid="true" aria-describedby="budget_text_1-err"{{/BUDGET_TEXT_1_ERR}}></p>
{{#BUDGET_TEXT_1_ERR}}<p class="field-error" id="budget_text_1-err">{{MSG}}</p>{{/BUDGET_TEXT_1_ERR}}
<p><label for="budget_amount_1">Beløb i kr.</label><input id="budget_amount_1" name="budget_amount_1" class="amount" value="{{BUDGET_AMOUNT_1}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_1_ERR}} aria-invalid="true" aria-describedby="budget_amount_1-err"{{/BUDGET_AMOUNT_1_ERR}}></p>
{{#BUDGET_AMOUNT_1_ERR}}<p class="field-error" id="budget_amount_1-err">{{MSG}}</p>{{/BUDGET_AMOUNT_1_ERR}}
</fieldset>
<fieldset class="budget-line"><legend>Budgetlinje 2</legend>
<p><label for="budget_text_2">Post</label><input id="budget_text_2" name="budget_text_2" value="{{BUDGET_TEXT_2}}" maxlength="300"{{#BUDGET_TEXT_2_ERR}} aria-invalid="true" aria-describedby="budget_text_2-err"{{/BUDGET_TEXT_2_ERR}}></p>
{{#BUDGET_TEXT_2_ERR}}<p class="field-error" id="budget_text_2-err">{{MSG}}</p>{{/BUDGET_TEXT_2_ERR}}
<p><label for="budget_amount_2">Beløb i kr.</label><input id="budget_amount_2" name="budget_amount_2" class="amount" value="{{BUDGET_AMOUNT_2}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_2_ERR}} aria-invalid="true" aria-describedby="budget_amount_2-err"{{/BUDGET_AMOUNT_2_ERR}}></p>
{{#BUDGET_AMOUNT_2_ERR}}<p class="field-error" id="budget_amount_2-err">{{MSG}}</p>{{/BUDGET_AMOUNT_2_ERR}}
</fieldset>
<fieldset class="budget-line"><legend>Budgetlinje 3</legend>
<p><label for="budget_text_3">Post</label><input id="budget_text_3" name="budget_text_3" value="{{BUDGET_TEXT_3}}" maxlength="300"{{#BUDGET_TEXT_3_ERR}} aria-invalid="true" aria-describedby="budget_text_3-err"{{/BUDGET_TEXT_3_ERR}}></p>
{{#BUDGET_TEXT_3_ERR}}<p class="field-error" id="budget_text_3-err">{{MSG}}</p>{{/BUDGET_TEXT_3_ERR}}
<p><label for="budget_amount_3">Beløb i kr.</label><input id="budget_amount_3" name="budget_amount_3" class="amount" value="{{BUDGET_AMOUNT_3}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_3_ERR}} aria-invalid="true" aria-describedby="budget_amount_3-err"{{/BUDGET_AMOUNT_3_ERR}}></p>
{{#BUDGET_AMOUNT_3_ERR}}<p class="field-error" id="budget_amount_3-err">{{MSG}}</p>{{/BUDGET_AMOUNT_3_ERR}}
</fieldset>
<fieldset class="budget-line"><legend>Budgetlinje 4</legend>
<p><label for="budget_text_4">Post</label><input id="budget_text_4" name="budget_text_4" value="{{BUDGET_TEXT_4}}" maxlength="300"{{#BUDGET_TEXT_4_ERR}} aria-invalid="true" aria-describedby="budget_text_4-err"{{/BUDGET_TEXT_4_ERR}}></p>
{{#BUDGET_TEXT_4_ERR}}<p class="field-error" id="budget_text_4-err">{{MSG}}</p>{{/BUDGET_TEXT_4_ERR}}
<p><label for="budget_amount_4">Beløb i kr.</label><input id="budget_amount_4" name="budget_amount_4" class="amount" value="{{BUDGET_AMOUNT_4}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_4_ERR}} aria-invalid="true" aria-describedby="budget_amount_4-err"{{/BUDGET_AMOUNT_4_ERR}}></p>
{{#BUDGET_AMOUNT_4_ERR}}<p class="field-error" id="budget_amount_4-err">{{MSG}}</p>{{/BUDGET_AMOUNT_4_ERR}}
</fieldset>
<fieldset class="budget-line"><legend>Budgetlinje 5</legend>
<p><label for="budget_text_5">Post</label><input id="budget_text_5" name="budget_text_5" value="{{BUDGET_TEXT_5}}" maxlength="300"{{#BUDGET_TEXT_5_ERR}} aria-invalid="true" aria-describedby="budget_text_5-err"{{/BUDGET_TEXT_5_ERR}}></p>
{{#BUDGET_TEXT_5_ERR}}<p class="field-error" id="budget_text_5-err">{{MSG}}</p>{{/BUDGET_TEXT_5_ERR}}
<p><label for="budget_amount_5">Beløb i kr.</label><input id="budget_amount_5" name="budget_amount_5" class="amount" value="{{BUDGET_AMOUNT_5}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_5_ERR}} aria-invalid="true" aria-describedby="budget_amount_5-err"{{/BUDGET_AMOUNT_5_ERR}}></p>
{{#BUDGET_AMOUNT_5_ERR}}<p class="field-error" id="budget_amount_5-err">{{MSG}}</p>{{/BUDGET_AMOUNT_5_ERR}}
</fieldset>
<fieldset class="budget-line"><legend>Budgetlinje 6</legend>
<p><label for="budget_text_6">Post</label><input id="budget_text_6" name="budget_text_6" value="{{BUDGET_TEXT_6}}" maxlength="300"{{#BUDGET_TEXT_6_ERR}} aria-invalid="true" aria-describedby="budget_text_6-err"{{/BUDGET_TEXT_6_ERR}}></p>
{{#BUDGET_TEXT_6_ERR}}<p class="field-error" id="budget_text_6-err">{{MSG}}</p>{{/BUDGET_TEXT_6_ERR}}
<p><label for="budget_amount_6">Beløb i kr.</label><input id="budget_amount_6" name="budget_amount_6" class="amount" value="{{BUDGET_AMOUNT_6}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_6_ERR}} aria-invalid="true" aria-describedby="budget_amount_6-err"{{/BUDGET_AMOUNT_6_ERR}}></p>
{{#BUDGET_AMOUNT_6_ERR}}<p class="field-error" id="budget_amount_6-err">{{MSG}}</p>{{/BUDGET_AMOUNT_6_ERR}}
</fieldset>
<fieldset class="budget-line"><legend>Budgetlinje 7</legend>
<p><label for="budget_text_7">Post</label><input id="budget_text_7" name="budget_text_7" value="{{BUDGET_TEXT_7}}" maxlength="300"{{#BUDGET_TEXT_7_ERR}} aria-invalid="true" aria-describedby="budget_text_7-err"{{/BUDGET_TEXT_7_ERR}}></p>
{{#BUDGET_TEXT_7_ERR}}<p class="field-error" id="budget_text_7-err">{{MSG}}</p>{{/BUDGET_TEXT_7_ERR}}
<p><label for="budget_amount_7">Beløb i kr.</label><input id="budget_amount_7" name="budget_amount_7" class="amount" value="{{BUDGET_AMOUNT_7}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_7_ERR}} aria-invalid="true" aria-describedby="budget_amount_7-err"{{/BUDGET_AMOUNT_7_ERR}}></p>
{{#BUDGET_AMOUNT_7_ERR}}<p class="field-error" id="budget_amount_7-err">{{MSG}}</p>{{/BUDGET_AMOUNT_7_ERR}}
</fieldset>
<fieldset class="budget-line"><legend>Budgetlinje 8</legend>
<p><label for="budget_text_8">Post</label><input id="budget_text_8" name="budget_text_8" value="{{BUDGET_TEXT_8}}" maxlength="300"{{#BUDGET_TEXT_8_ERR}} aria-invalid="true" aria-describedby="budget_text_8-err"{{/BUDGET_TEXT_8_ERR}}></p>
{{#BUDGET_TEXT_8_ERR}}<p class="field-error" id="budget_text_8-err">{{MSG}}</p>{{/BUDGET_TEXT_8_ERR}}
<p><label for="budget_amount_8">Beløb i kr.</label><input id="budget_amount_8" name="budget_amount_8" class="amount" value="{{BUDGET_AMOUNT_8}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_8_ERR}} aria-invalid="true" aria-describedby="budget_amount_8-err"{{/BUDGET_AMOUNT_8_ERR}}></p>
{{#BUDGET_AMOUNT_8_ERR}}<p class="field-error" id="budget_amount_8-err">{{MSG}}</p>{{/BUDGET_AMOUNT_8_ERR}}
</fieldset>
</fieldset>
</fieldset>
<fieldset><legend>Bilag</legend>
{{#HAS_FILES}}<ul class="files">{{#FILE}}<li>Vedhæftet: {{FILE_NAME}} ({{FILE_KB}} kB)</li>{{/FILE}}</ul>{{/HAS_FILES}}
<p><label for="attachment">Vedhæft filer (højst 10 MB i alt)</label><input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_LOST}} aria-describedby="attachment-err"{{/ATTACHMENT_LOST}}></p>
{{#ATTACHMENT_LOST}}<p class="field-error" id="attachment-err">{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#F}}»{{NAME}}«{{#F_separator}}, {{/F_separator}}{{/F}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.</p>{{/ATTACHMENT_LOST}}
</fieldset>
{{#ACTION_ERR}}<p class="field-error" id="action-err">{{MSG}}</p>{{/ACTION_ERR}}
<p><button type="submit" name="action" value="save" class="secondary">Gem som kladde</button>
<button type="submit" id="action" name="action" value="submit"{{#ACTION_ERR}} aria-describedby="action-err"{{/ACTION_ERR}}>Send ansøgningen</button></p>
</form>

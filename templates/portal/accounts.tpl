{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/">&larr; Dit tilskud</a></p>
<h1>Regnskab for tilsagn {{GRANT_NO}}</h1>
{{#RETURNED}}<div class="notice warning" id="returned">
<h2>Sendt retur til rettelse</h2>
<p>Styrelsen har sendt {{CASE_NO}} retur til dig.</p>
{{#MESSAGE}}<p>Sagsbehandlerens besked ({{AT}}):</p>
<div class="text">{{TEXT:pre_escape}}</div>{{/MESSAGE}}
<p>Nedenfor står det, du sendte i version {{VERSION}}. Ret det, og send igen. Version {{VERSION}} bliver gemt, som den er.</p>
</div>{{/RETURNED}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Regnskabet kan ikke sendes endnu</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<p>Frist: {{DUE}}. Beløb skrives i kroner, fx 12.500,00. En post, der afviger mere end {{PERCENT}} % fra budgettet, skal forklares.</p>
<h2>Udfyld regnskabet</h2>
<form method="post" action="/grants/my/obligations/{{OID}}" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="mode" value="form">
{{#LINE}}<fieldset class="account-line"><legend>{{TEXT}}</legend>
<p>Budget: <span class="num">{{BUDGET}} kr.</span>{{#DEVIATION}} <strong class="deviation">Afviger {{#OVER}}{{PCT}} % over budgettet{{/OVER}}{{#UNDER}}{{PCT}} % under budgettet{{/UNDER}}{{#NO_BUDGET}}fra budgettet: posten har intet budget{{/NO_BUDGET}}</strong>{{/DEVIATION}}</p>
<p><label for="actual_{{N}}">Faktisk forbrug i kr.</label><input id="actual_{{N}}" name="actual_{{N}}" class="amount" inputmode="decimal" value="{{ACTUAL}}" maxlength="20"{{#ACTUAL_ERR}} aria-invalid="true" aria-describedby="actual_{{N}}-err"{{/ACTUAL_ERR}}></p>
{{#ACTUAL_ERR}}<p class="field-error" id="actual_{{N}}-err">{{MSG}}</p>{{/ACTUAL_ERR}}
<p><label for="explanation_{{N}}">Forklaring på afvigelse (skal udfyldes, hvis posten afviger mere end {{PERCENT}} %)</label><textarea id="explanation_{{N}}" name="explanation_{{N}}" rows="2" maxlength="2000"{{#EXPLANATION_ERR}} aria-invalid="true" aria-describedby="explanation_{{N}}-err"{{/EXPLANATION_ERR}}>{{EXPLANATION:pre_escape}}</textarea></p>
{{#EXPLANATION_ERR}}<p class="field-error" id="explanation_{{N}}-err">{{MSG}}</p>{{/EXPLANATION_ERR}}
</fieldset>
{{/LINE}}
{{#KEEP_FILES}}<input type="hidden" name="keep_shown" value="1">
<fieldset class="choices"><legend>Bilag fra version {{VERSION}}</legend>
<p>Filerne kommer med i den nye version. Fjern fluebenet ved en fil, der ikke skal med.</p>
{{#KFILE}}<div class="choice"><input type="checkbox" id="keep_{{ID}}" name="keep_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="keep_{{ID}}">Behold {{NAME}} ({{KB}} kB){{#IS_AUDITOR}}, revisorerklæring{{/IS_AUDITOR}}</label></div>
{{/KFILE}}</fieldset>{{/KEEP_FILES}}
{{#AUDITOR}}<p><label for="auditor_file">Revisorerklæring *</label><input id="auditor_file" name="auditor_file" type="file"{{#AUDITOR_FILE_ERR}} aria-invalid="true" aria-describedby="auditor_file-err"{{/AUDITOR_FILE_ERR}}{{#AUDITOR_LOST}} aria-describedby="auditor_file-err"{{/AUDITOR_LOST}}></p>
{{#AUDITOR_FILE_ERR}}<p class="field-error" id="auditor_file-err">{{MSG}}</p>{{/AUDITOR_FILE_ERR}}
{{#AUDITOR_LOST}}<p class="field-error" id="auditor_file-err">{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#F}}»{{NAME}}«{{#F_separator}}, {{/F_separator}}{{/F}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.</p>{{/AUDITOR_LOST}}
{{/AUDITOR}}<p><label for="attachment">Øvrige bilag</label><input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_ERR}} aria-invalid="true" aria-describedby="attachment-err"{{/ATTACHMENT_ERR}}{{#ATTACHMENT_LOST}} aria-describedby="attachment-err"{{/ATTACHMENT_LOST}}></p>
{{#ATTACHMENT_ERR}}<p class="field-error" id="attachment-err">{{MSG}}</p>{{/ATTACHMENT_ERR}}
{{#ATTACHMENT_LOST}}<p class="field-error" id="attachment-err">{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#F}}»{{NAME}}«{{#F_separator}}, {{/F_separator}}{{/F}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.</p>{{/ATTACHMENT_LOST}}
<p><button type="submit">Send regnskabet</button></p>
</form>
<h2>Eller indsend regnskabet som XML-fil</h2>
<p>Filen skal følge skemaet <a href="/static/schemas/regnskab.xsd">regnskab.xsd</a> (navnerum urn:frist:regnskab:1) med én linje pr. budgetpost i tilsagnet.</p>
<form method="post" action="/grants/my/obligations/{{OID}}" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="mode" value="xml">
<p><label for="xml">XML-fil</label><input id="xml" name="xml" type="file" accept=".xml,application/xml,text/xml"{{#XML_ERR}} aria-invalid="true" aria-describedby="xml-err{{#XML_LIST}} xml-errors{{/XML_LIST}}"{{/XML_ERR}}{{#XML_LOST}} aria-describedby="xml-err"{{/XML_LOST}}></p>
{{#XML_ERR}}<p class="field-error" id="xml-err">{{MSG}}</p>{{/XML_ERR}}
{{#XML_LOST}}<p class="field-error" id="xml-err">{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#F}}»{{NAME}}«{{#F_separator}}, {{/F_separator}}{{/F}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.</p>{{/XML_LOST}}
{{#XML_LIST}}<ol class="xml-errors" id="xml-errors" aria-label="Fejl i XML-filen">
{{#XML_ERROR}}<li>{{#XLINE}}Linje {{N}}: {{/XLINE}}{{MSG}}</li>
{{/XML_ERROR}}</ol>{{/XML_LIST}}
{{#KEEP_FILES}}<input type="hidden" name="keep_shown" value="1">
<fieldset class="choices"><legend>Bilag fra version {{VERSION}}</legend>
<p>Filerne kommer med i den nye version. Fjern fluebenet ved en fil, der ikke skal med.</p>
{{#KFILE}}<div class="choice"><input type="checkbox" id="keepx_{{ID}}" name="keep_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="keepx_{{ID}}">Behold {{NAME}} ({{KB}} kB){{#IS_AUDITOR}}, revisorerklæring{{/IS_AUDITOR}}</label></div>
{{/KFILE}}</fieldset>{{/KEEP_FILES}}
{{#AUDITOR}}<p><label for="auditor_file_x">Revisorerklæring *</label><input id="auditor_file_x" name="auditor_file" type="file"{{#AUDITOR_FILE_X_ERR}} aria-invalid="true" aria-describedby="auditor_file_x-err"{{/AUDITOR_FILE_X_ERR}}{{#AUDITOR_X_LOST}} aria-describedby="auditor_file_x-err"{{/AUDITOR_X_LOST}}></p>
{{#AUDITOR_FILE_X_ERR}}<p class="field-error" id="auditor_file_x-err">{{MSG}}</p>{{/AUDITOR_FILE_X_ERR}}
{{#AUDITOR_X_LOST}}<p class="field-error" id="auditor_file_x-err">{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#F}}»{{NAME}}«{{#F_separator}}, {{/F_separator}}{{/F}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.</p>{{/AUDITOR_X_LOST}}
{{/AUDITOR}}<p><button type="submit">Send XML-filen</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/">&larr; Dit tilskud</a></p>
<h1>Regnskab for tilsagn {{GRANT_NO}}</h1>
<p>Frist: {{DUE}}. Beløb skrives i kroner, fx 12.500,00. En linje, der afviger mere end {{PERCENT}} % fra budgettet, skal forklares.</p>
{{#RESUBMIT}}<p class="notice">Regnskabet er sendt retur til rettelse. Ret det, og send det igen.</p>{{/RESUBMIT}}
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
{{#XML_ERROR}}<p class="field-error">{{#XLINE}}Linje {{N}}: {{/XLINE}}{{MSG}}</p>{{/XML_ERROR}}
<h2>Udfyld regnskabet</h2>
<form method="post" action="/grants/my/obligations/{{OID}}" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="mode" value="form">
<table class="list accounts">
<thead><tr><th scope="col">Budgetpost</th><th scope="col" class="num">Budget (kr.)</th><th scope="col">Faktisk (kr.)</th><th scope="col">Forklaring på afvigelse</th></tr></thead>
<tbody>
{{#LINE}}<tr><td>{{TEXT}}</td><td class="num">{{BUDGET}}</td>
<td><input id="actual_{{N}}" name="actual_{{N}}" value="{{ACTUAL}}" maxlength="20" aria-label="Faktisk beløb, linje {{N}}"></td>
<td><textarea id="explanation_{{N}}" name="explanation_{{N}}" rows="2" maxlength="2000" aria-label="Forklaring, linje {{N}}">{{EXPLANATION}}</textarea></td></tr>
{{/LINE}}
</tbody></table>
{{#AUDITOR}}<p><label for="auditor_file">Revisorerklæring *</label><input id="auditor_file" name="auditor_file" type="file">{{#AUDITOR_FILE_ERR}}<span class="field-error">{{MSG}}</span>{{/AUDITOR_FILE_ERR}}</p>{{/AUDITOR}}
<p><label for="attachment">Øvrige bilag</label><input id="attachment" name="attachment" type="file" multiple></p>
<p><button type="submit">Send regnskabet</button></p>
</form>
<h2>Eller indsend regnskabet som XML-fil</h2>
<p>Filen skal følge skemaet <a href="/static/schemas/regnskab.xsd">regnskab.xsd</a> (navnerum urn:frist:regnskab:1) med én linje pr. budgetpost i tilsagnet.</p>
<form method="post" action="/grants/my/obligations/{{OID}}" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="mode" value="xml">
<p><label for="xml">XML-fil</label><input id="xml" name="xml" type="file" accept=".xml,application/xml,text/xml">{{#XML_ERR}}<span class="field-error">{{MSG}}</span>{{/XML_ERR}}</p>
{{#AUDITOR}}<p><label for="auditor_file_x">Revisorerklæring *</label><input id="auditor_file_x" name="auditor_file" type="file"></p>{{/AUDITOR}}
<p><button type="submit">Send XML-filen</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/">&larr; Dit tilskud</a></p>
<h1>Statusrapport</h1>
{{#RETURNED}}<div class="notice warning" id="returned">
<h2>Sendt retur til rettelse</h2>
<p>Styrelsen har sendt {{CASE_NO}} retur til dig.</p>
{{#MESSAGE}}<p>Sagsbehandlerens besked ({{AT}}):</p>
<div class="text">{{TEXT:pre_escape}}</div>{{/MESSAGE}}
<p>Nedenfor står det, du sendte i version {{VERSION}}. Ret det, og send igen. Version {{VERSION}} bliver gemt, som den er.</p>
</div>{{/RETURNED}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Rapporten kan ikke sendes endnu</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<p>Frist: {{DUE}}. Felter markeret med * skal udfyldes.</p>
<form method="post" action="/grants/my/obligations/{{OID}}" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<p><label for="progress">Fremdrift *</label><textarea id="progress" name="progress" rows="8" maxlength="20000"{{#PROGRESS_ERR}} aria-invalid="true" aria-describedby="progress-err"{{/PROGRESS_ERR}}>{{PROGRESS:pre_escape}}</textarea></p>
{{#PROGRESS_ERR}}<p class="field-error" id="progress-err">{{MSG}}</p>{{/PROGRESS_ERR}}
<p><label for="milestones">Opnåede milepæle *</label><textarea id="milestones" name="milestones" rows="6" maxlength="20000"{{#MILESTONES_ERR}} aria-invalid="true" aria-describedby="milestones-err"{{/MILESTONES_ERR}}>{{MILESTONES:pre_escape}}</textarea></p>
{{#MILESTONES_ERR}}<p class="field-error" id="milestones-err">{{MSG}}</p>{{/MILESTONES_ERR}}
<p><label for="deviations">Afvigelser fra projektplanen</label><textarea id="deviations" name="deviations" rows="6" maxlength="20000"{{#DEVIATIONS_ERR}} aria-invalid="true" aria-describedby="deviations-err"{{/DEVIATIONS_ERR}}>{{DEVIATIONS:pre_escape}}</textarea></p>
{{#DEVIATIONS_ERR}}<p class="field-error" id="deviations-err">{{MSG}}</p>{{/DEVIATIONS_ERR}}
{{#KEEP_FILES}}<input type="hidden" name="keep_shown" value="1">
<fieldset class="choices"><legend>Bilag fra version {{VERSION}}</legend>
<p>Filerne kommer med i den nye version. Fjern fluebenet ved en fil, der ikke skal med.</p>
{{#KFILE}}<div class="choice"><input type="checkbox" id="keep_{{ID}}" name="keep_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="keep_{{ID}}">Behold {{NAME}} ({{KB}} kB){{#IS_AUDITOR}}, revisorerklæring{{/IS_AUDITOR}}</label></div>
{{/KFILE}}</fieldset>{{/KEEP_FILES}}
<p><label for="attachment">Bilag</label><input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_ERR}} aria-invalid="true" aria-describedby="attachment-err"{{/ATTACHMENT_ERR}}{{#ATTACHMENT_LOST}} aria-describedby="attachment-err"{{/ATTACHMENT_LOST}}></p>
{{#ATTACHMENT_ERR}}<p class="field-error" id="attachment-err">{{MSG}}</p>{{/ATTACHMENT_ERR}}
{{#ATTACHMENT_LOST}}<p class="field-error" id="attachment-err">{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#F}}»{{NAME}}«{{#F_separator}}, {{/F_separator}}{{/F}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.</p>{{/ATTACHMENT_LOST}}
<p><button type="submit">Send statusrapporten</button></p>
</form>

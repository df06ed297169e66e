{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/">&larr; Dit tilskud</a></p>
<h1>Statusrapport</h1>
<p>Frist: {{DUE}}</p>
{{#RESUBMIT}}<p class="notice">Rapporten er sendt retur til rettelse. Ret den, og send den igen.</p>{{/RESUBMIT}}
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="/grants/my/obligations/{{OID}}" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="progress">Fremdrift *</label><textarea id="progress" name="progress" rows="8" maxlength="20000">{{PROGRESS}}</textarea>{{#PROGRESS_ERR}}<span class="field-error">{{MSG}}</span>{{/PROGRESS_ERR}}</p>
<p><label for="milestones">Opnåede milepæle *</label><textarea id="milestones" name="milestones" rows="6" maxlength="20000">{{MILESTONES}}</textarea>{{#MILESTONES_ERR}}<span class="field-error">{{MSG}}</span>{{/MILESTONES_ERR}}</p>
<p><label for="deviations">Afvigelser fra projektplanen</label><textarea id="deviations" name="deviations" rows="6" maxlength="20000">{{DEVIATIONS}}</textarea>{{#DEVIATIONS_ERR}}<span class="field-error">{{MSG}}</span>{{/DEVIATIONS_ERR}}</p>
<p><label for="attachment">Bilag</label><input id="attachment" name="attachment" type="file" multiple></p>
<p><button type="submit">Send statusrapporten</button></p>
</form>

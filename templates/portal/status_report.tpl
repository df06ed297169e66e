{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/[[LQ]]">&larr; [[G_BACK_MY]]</a></p>
<h1>[[G_SR_TITLE]]</h1>
{{#RETURNED}}<div class="notice warning" id="returned">
<h2>[[G_RET_H]]</h2>
<p>[[G_RET_P]]</p>
{{#MESSAGE}}<p>[[G_RET_MSG]]</p>
<div class="text">{{TEXT:pre_escape}}</div>{{/MESSAGE}}
<p>[[G_RET_BELOW]]</p>
</div>{{/RETURNED}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[G_SR_ERRORS]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<p>[[G_SR_DUE]]</p>
<form method="post" action="/grants/my/obligations/{{OID}}[[LQ]]" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
[[LANG_FIELD]]
<p><label for="progress">[[G_SR_PROGRESS]] *</label><textarea id="progress" name="progress" rows="8" maxlength="20000"{{#PROGRESS_ERR}} aria-invalid="true" aria-describedby="progress-err"{{/PROGRESS_ERR}}>{{PROGRESS:pre_escape}}</textarea></p>
{{#PROGRESS_ERR}}<p class="field-error" id="progress-err">{{MSG}}</p>{{/PROGRESS_ERR}}
<p><label for="milestones">[[G_SR_MILESTONES]] *</label><textarea id="milestones" name="milestones" rows="6" maxlength="20000"{{#MILESTONES_ERR}} aria-invalid="true" aria-describedby="milestones-err"{{/MILESTONES_ERR}}>{{MILESTONES:pre_escape}}</textarea></p>
{{#MILESTONES_ERR}}<p class="field-error" id="milestones-err">{{MSG}}</p>{{/MILESTONES_ERR}}
<p><label for="deviations">[[G_SR_DEVIATIONS]]</label><textarea id="deviations" name="deviations" rows="6" maxlength="20000"{{#DEVIATIONS_ERR}} aria-invalid="true" aria-describedby="deviations-err"{{/DEVIATIONS_ERR}}>{{DEVIATIONS:pre_escape}}</textarea></p>
{{#DEVIATIONS_ERR}}<p class="field-error" id="deviations-err">{{MSG}}</p>{{/DEVIATIONS_ERR}}
{{#KEEP_FILES}}<input type="hidden" name="keep_shown" value="1">
<fieldset class="choices"><legend>[[G_KEEP_LEGEND]]</legend>
<p>[[G_KEEP_HELP]]</p>
{{#KFILE}}<div class="choice"><input type="checkbox" id="keep_{{ID}}" name="keep_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="keep_{{ID}}">[[G_KEEP_FILE]] {{NAME}} ({{KB}} kB){{#IS_AUDITOR}}, [[G_AUDITOR_LC]]{{/IS_AUDITOR}}</label></div>
{{/KFILE}}</fieldset>{{/KEEP_FILES}}
<p><label for="attachment">[[G_SR_ATTACH]]</label><input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_ERR}} aria-invalid="true" aria-describedby="attachment-err"{{/ATTACHMENT_ERR}}{{#ATTACHMENT_LOST}} aria-describedby="attachment-err"{{/ATTACHMENT_LOST}}></p>
{{#ATTACHMENT_ERR}}<p class="field-error" id="attachment-err">{{MSG}}</p>{{/ATTACHMENT_ERR}}
{{#ATTACHMENT_LOST}}<p class="field-error" id="attachment-err">[[G_FILES_LOST]]</p>{{/ATTACHMENT_LOST}}
<p><button type="submit">[[G_SR_SEND]]</button></p>
</form>

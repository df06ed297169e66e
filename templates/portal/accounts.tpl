{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/[[LQ]]">&larr; [[G_BACK_MY]]</a></p>
<h1>[[G_ACC_H1]]</h1>
{{#RETURNED}}<div class="notice warning" id="returned">
<h2>[[G_RET_H]]</h2>
<p>[[G_RET_P]]</p>
{{#MESSAGE}}<p>[[G_RET_MSG]]</p>
<div class="text">{{TEXT:pre_escape}}</div>{{/MESSAGE}}
<p>[[G_RET_BELOW]]</p>
</div>{{/RETURNED}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[G_ACC_ERRORS]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<p>[[G_ACC_INTRO]]</p>
<h2>[[G_ACC_FORM_H]]</h2>
<form method="post" action="/grants/my/obligations/{{OID}}[[LQ]]" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="mode" value="form">
[[LANG_FIELD]]
{{#LINE}}<fieldset class="account-line"><legend>{{TEXT}}</legend>
<p>[[G_ACC_BUDGET]] <span class="num">{{BUDGET}} [[G_KR]]</span>{{#DEVIATION}} <strong class="deviation">[[G_ACC_DEVIATION]]</strong>{{/DEVIATION}}</p>
<p><label for="actual_{{N}}">[[G_ACC_ACTUAL]]</label><input id="actual_{{N}}" name="actual_{{N}}" class="amount" inputmode="decimal" value="{{ACTUAL}}" maxlength="20"{{#ACTUAL_ERR}} aria-invalid="true" aria-describedby="actual_{{N}}-err"{{/ACTUAL_ERR}}></p>
{{#ACTUAL_ERR}}<p class="field-error" id="actual_{{N}}-err">{{MSG}}</p>{{/ACTUAL_ERR}}
<p><label for="explanation_{{N}}">[[G_ACC_EXPLANATION]] [[G_ACC_EXPLANATION_HINT]]</label><textarea id="explanation_{{N}}" name="explanation_{{N}}" rows="2" maxlength="2000"{{#EXPLANATION_ERR}} aria-invalid="true" aria-describedby="explanation_{{N}}-err"{{/EXPLANATION_ERR}}>{{EXPLANATION:pre_escape}}</textarea></p>
{{#EXPLANATION_ERR}}<p class="field-error" id="explanation_{{N}}-err">{{MSG}}</p>{{/EXPLANATION_ERR}}
</fieldset>
{{/LINE}}
{{#KEEP_FILES}}<input type="hidden" name="keep_shown" value="1">
<fieldset class="choices"><legend>[[G_KEEP_LEGEND]]</legend>
<p>[[G_KEEP_HELP]]</p>
{{#KFILE}}<div class="choice"><input type="checkbox" id="keep_{{ID}}" name="keep_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="keep_{{ID}}">[[G_KEEP_FILE]] {{NAME}} ({{KB}} kB){{#IS_AUDITOR}}, [[G_AUDITOR_LC]]{{/IS_AUDITOR}}</label></div>
{{/KFILE}}</fieldset>{{/KEEP_FILES}}
{{#AUDITOR}}<p><label for="auditor_file">[[G_ACC_AUDITOR]] *</label><input id="auditor_file" name="auditor_file" type="file"{{#AUDITOR_FILE_ERR}} aria-invalid="true" aria-describedby="auditor_file-err"{{/AUDITOR_FILE_ERR}}{{#AUDITOR_LOST}} aria-describedby="auditor_file-err"{{/AUDITOR_LOST}}></p>
{{#AUDITOR_FILE_ERR}}<p class="field-error" id="auditor_file-err">{{MSG}}</p>{{/AUDITOR_FILE_ERR}}
{{#AUDITOR_LOST}}<p class="field-error" id="auditor_file-err">[[G_FILES_LOST]]</p>{{/AUDITOR_LOST}}
{{/AUDITOR}}<p><label for="attachment">[[G_ACC_OTHER]]</label><input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_ERR}} aria-invalid="true" aria-describedby="attachment-err"{{/ATTACHMENT_ERR}}{{#ATTACHMENT_LOST}} aria-describedby="attachment-err"{{/ATTACHMENT_LOST}}></p>
{{#ATTACHMENT_ERR}}<p class="field-error" id="attachment-err">{{MSG}}</p>{{/ATTACHMENT_ERR}}
{{#ATTACHMENT_LOST}}<p class="field-error" id="attachment-err">[[G_FILES_LOST]]</p>{{/ATTACHMENT_LOST}}
<p><button type="submit">[[G_ACC_SEND]]</button></p>
</form>
<h2>[[G_ACC_XML_H]]</h2>
<p>[[G_ACC_XML_INTRO]]</p>
<form method="post" action="/grants/my/obligations/{{OID}}[[LQ]]" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="mode" value="xml">
[[LANG_FIELD]]
<p><label for="xml">[[G_ACC_XML_FILE]]</label><input id="xml" name="xml" type="file" accept=".xml,application/xml,text/xml"{{#XML_ERR}} aria-invalid="true" aria-describedby="xml-err{{#XML_LIST}} xml-errors{{/XML_LIST}}"{{/XML_ERR}}{{#XML_LOST}} aria-describedby="xml-err"{{/XML_LOST}}></p>
{{#XML_ERR}}<p class="field-error" id="xml-err">{{MSG}}</p>{{/XML_ERR}}
{{#XML_LOST}}<p class="field-error" id="xml-err">[[G_FILES_LOST]]</p>{{/XML_LOST}}
{{#XML_LIST}}<ol class="xml-errors" id="xml-errors" aria-label="[[G_ACC_XML_LIST]]">
{{#XML_ERROR}}<li>{{#XLINE}}[[G_ACC_XML_LINE]] {{/XLINE}}{{MSG}}</li>
{{/XML_ERROR}}</ol>{{/XML_LIST}}
{{#KEEP_FILES}}<input type="hidden" name="keep_shown" value="1">
<fieldset class="choices"><legend>[[G_KEEP_LEGEND]]</legend>
<p>[[G_KEEP_HELP]]</p>
{{#KFILE}}<div class="choice"><input type="checkbox" id="keepx_{{ID}}" name="keep_{{ID}}" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="keepx_{{ID}}">[[G_KEEP_FILE]] {{NAME}} ({{KB}} kB){{#IS_AUDITOR}}, [[G_AUDITOR_LC]]{{/IS_AUDITOR}}</label></div>
{{/KFILE}}</fieldset>{{/KEEP_FILES}}
{{#AUDITOR}}<p><label for="auditor_file_x">[[G_ACC_AUDITOR]] *</label><input id="auditor_file_x" name="auditor_file" type="file"{{#AUDITOR_FILE_X_ERR}} aria-invalid="true" aria-describedby="auditor_file_x-err"{{/AUDITOR_FILE_X_ERR}}{{#AUDITOR_X_LOST}} aria-describedby="auditor_file_x-err"{{/AUDITOR_X_LOST}}></p>
{{#AUDITOR_FILE_X_ERR}}<p class="field-error" id="auditor_file_x-err">{{MSG}}</p>{{/AUDITOR_FILE_X_ERR}}
{{#AUDITOR_X_LOST}}<p class="field-error" id="auditor_file_x-err">[[G_FILES_LOST]]</p>{{/AUDITOR_X_LOST}}
{{/AUDITOR}}<p><button type="submit">[[G_ACC_XML_SEND]]</button></p>
</form>

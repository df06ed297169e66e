{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/pools/{{POOL_ID}}[[LQ]]">&larr; {{POOL_NAME}}</a></p>
<h1>[[G_APPLY_TITLE]]</h1>
<p>[[G_APPLY_POOL]]</p>
{{#IS_DRAFT}}<p>[[G_APPLY_DRAFT_NO]]</p>{{/IS_DRAFT}}
{{#SAVED}}<p class="notice success" role="status">[[G_APPLY_SAVED]]</p>{{/SAVED}}
{{#POOL_CLOSED}}<p class="notice warning">[[G_APPLY_POOL_CLOSED]]</p>{{/POOL_CLOSED}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[G_APPLY_ERRORS]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<p>[[G_APPLY_INTRO]]</p>
<form method="post" action="{{ACTION_URL}}[[LQ]]" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
[[LANG_FIELD]]
<fieldset><legend>[[G_APPLY_APPLICANT]]</legend>
<p><label for="org_name">[[G_APPLY_ORG]] *</label><input id="org_name" name="org_name" value="{{ORG_NAME}}" maxlength="200" autocomplete="organization"{{#ORG_NAME_ERR}} aria-invalid="true" aria-describedby="org_name-err"{{/ORG_NAME_ERR}}></p>
{{#ORG_NAME_ERR}}<p class="field-error" id="org_name-err">{{MSG}}</p>{{/ORG_NAME_ERR}}
<p><label for="cvr">[[G_APPLY_CVR]] * [[G_APPLY_CVR_HINT]]</label><input id="cvr" name="cvr" value="{{CVR}}" maxlength="11" inputmode="numeric"{{#CVR_ERR}} aria-invalid="true" aria-describedby="cvr-err"{{/CVR_ERR}}></p>
{{#CVR_ERR}}<p class="field-error" id="cvr-err">{{MSG}}</p>{{/CVR_ERR}}
<p><label for="contact_name">[[G_APPLY_CONTACT]] *</label><input id="contact_name" name="contact_name" value="{{CONTACT_NAME}}" maxlength="200" autocomplete="name"{{#CONTACT_NAME_ERR}} aria-invalid="true" aria-describedby="contact_name-err"{{/CONTACT_NAME_ERR}}></p>
{{#CONTACT_NAME_ERR}}<p class="field-error" id="contact_name-err">{{MSG}}</p>{{/CONTACT_NAME_ERR}}
<p><label for="contact_email">[[G_APPLY_EMAIL]] *</label><input id="contact_email" name="contact_email" type="email" value="{{CONTACT_EMAIL}}" maxlength="254" autocomplete="email"{{#CONTACT_EMAIL_ERR}} aria-invalid="true" aria-describedby="contact_email-err"{{/CONTACT_EMAIL_ERR}}></p>
{{#CONTACT_EMAIL_ERR}}<p class="field-error" id="contact_email-err">{{MSG}}</p>{{/CONTACT_EMAIL_ERR}}
<p><label for="contact_phone">[[G_APPLY_PHONE]]</label><input id="contact_phone" name="contact_phone" type="tel" value="{{CONTACT_PHONE}}" maxlength="30" autocomplete="tel"{{#CONTACT_PHONE_ERR}} aria-invalid="true" aria-describedby="contact_phone-err"{{/CONTACT_PHONE_ERR}}></p>
{{#CONTACT_PHONE_ERR}}<p class="field-error" id="contact_phone-err">{{MSG}}</p>{{/CONTACT_PHONE_ERR}}
</fieldset>
<fieldset><legend>[[G_APPLY_PROJECT]]</legend>
<p><label for="title">[[G_APPLY_NAME]] *</label><input id="title" name="title" value="{{TITLE}}" maxlength="200"{{#TITLE_ERR}} aria-invalid="true" aria-describedby="title-err"{{/TITLE_ERR}}></p>
{{#TITLE_ERR}}<p class="field-error" id="title-err">{{MSG}}</p>{{/TITLE_ERR}}
<p><label for="description">[[G_APPLY_DESC]] *</label><textarea id="description" name="description" rows="10" maxlength="20000"{{#DESCRIPTION_ERR}} aria-invalid="true" aria-describedby="description-err"{{/DESCRIPTION_ERR}}>{{DESCRIPTION:pre_escape}}</textarea></p>
{{#DESCRIPTION_ERR}}<p class="field-error" id="description-err">{{MSG}}</p>{{/DESCRIPTION_ERR}}
<p><label for="period_start">[[G_APPLY_START]] * [[G_HINT_DATE]]</label><input id="period_start" name="period_start" value="{{PERIOD_START}}" maxlength="10"{{#PERIOD_START_ERR}} aria-invalid="true" aria-describedby="period_start-err"{{/PERIOD_START_ERR}}></p>
{{#PERIOD_START_ERR}}<p class="field-error" id="period_start-err">{{MSG}}</p>{{/PERIOD_START_ERR}}
<p><label for="period_end">[[G_APPLY_END]] * [[G_HINT_DATE]]</label><input id="period_end" name="period_end" value="{{PERIOD_END}}" maxlength="10"{{#PERIOD_END_ERR}} aria-invalid="true" aria-describedby="period_end-err"{{/PERIOD_END_ERR}}></p>
{{#PERIOD_END_ERR}}<p class="field-error" id="period_end-err">{{MSG}}</p>{{/PERIOD_END_ERR}}
</fieldset>
<fieldset><legend>[[G_APPLY_FINANCE]]</legend>
<p><label for="requested">[[G_APPLY_REQUESTED]] [[G_IN_KR]] *</label><input id="requested" name="requested" class="amount" value="{{REQUESTED}}" maxlength="20" inputmode="decimal"{{#REQUESTED_ERR}} aria-invalid="true" aria-describedby="requested-err"{{/REQUESTED_ERR}}></p>
{{#REQUESTED_ERR}}<p class="field-error" id="requested-err">{{MSG}}</p>{{/REQUESTED_ERR}}
<fieldset id="budget" class="budget" tabindex="-1"{{#BUDGET_ERR}} aria-describedby="budget-err"{{/BUDGET_ERR}}><legend>[[G_APPLY_BUDGET]]</legend>
{{#BUDGET_ERR}}<p class="field-error" id="budget-err">{{MSG}}</p>{{/BUDGET_ERR}}
<div class="budget-line">
<p><label for="budget_text_1">[[G_APPLY_BUDGET_TEXT_1]]</label><input id="budget_text_1" name="budget_text_1" value="{{BUDGET_TEXT_1}}" maxlength="300"{{#BUDGET_TEXT_1_ERR}} aria-invalid="true" aria-describedby="budget_text_1-err"{{/BUDGET_TEXT_1_ERR}}></p>
{{#BUDGET_TEXT_1_ERR}}<p class="field-error" id="budget_text_1-err">{{MSG}}</p>{{/BUDGET_TEXT_1_ERR}}
<p><label for="budget_amount_1">[[G_APPLY_BUDGET_AMOUNT_1]]</label><input id="budget_amount_1" name="budget_amount_1" class="amount" value="{{BUDGET_AMOUNT_1}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_1_ERR}} aria-invalid="true" aria-describedby="budget_amount_1-err"{{/BUDGET_AMOUNT_1_ERR}}></p>
{{#BUDGET_AMOUNT_1_ERR}}<p class="field-error" id="budget_amount_1-err">{{MSG}}</p>{{/BUDGET_AMOUNT_1_ERR}}
</div>
<div class="budget-line">
<p><label for="budget_text_2">[[G_APPLY_BUDGET_TEXT_2]]</label><input id="budget_text_2" name="budget_text_2" value="{{BUDGET_TEXT_2}}" maxlength="300"{{#BUDGET_TEXT_2_ERR}} aria-invalid="true" aria-describedby="budget_text_2-err"{{/BUDGET_TEXT_2_ERR}}></p>
{{#BUDGET_TEXT_2_ERR}}<p class="field-error" id="budget_text_2-err">{{MSG}}</p>{{/BUDGET_TEXT_2_ERR}}
<p><label for="budget_amount_2">[[G_APPLY_BUDGET_AMOUNT_2]]</label><input id="budget_amount_2" name="budget_amount_2" class="amount" value="{{BUDGET_AMOUNT_2}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_2_ERR}} aria-invalid="true" aria-describedby="budget_amount_2-err"{{/BUDGET_AMOUNT_2_ERR}}></p>
{{#BUDGET_AMOUNT_2_ERR}}<p class="field-error" id="budget_amount_2-err">{{MSG}}</p>{{/BUDGET_AMOUNT_2_ERR}}
</div>
<div class="budget-line">
<p><label for="budget_text_3">[[G_APPLY_BUDGET_TEXT_3]]</label><input id="budget_text_3" name="budget_text_3" value="{{BUDGET_TEXT_3}}" maxlength="300"{{#BUDGET_TEXT_3_ERR}} aria-invalid="true" aria-describedby="budget_text_3-err"{{/BUDGET_TEXT_3_ERR}}></p>
{{#BUDGET_TEXT_3_ERR}}<p class="field-error" id="budget_text_3-err">{{MSG}}</p>{{/BUDGET_TEXT_3_ERR}}
<p><label for="budget_amount_3">[[G_APPLY_BUDGET_AMOUNT_3]]</label><input id="budget_amount_3" name="budget_amount_3" class="amount" value="{{BUDGET_AMOUNT_3}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_3_ERR}} aria-invalid="true" aria-describedby="budget_amount_3-err"{{/BUDGET_AMOUNT_3_ERR}}></p>
{{#BUDGET_AMOUNT_3_ERR}}<p class="field-error" id="budget_amount_3-err">{{MSG}}</p>{{/BUDGET_AMOUNT_3_ERR}}
</div>
<div class="budget-line">
<p><label for="budget_text_4">[[G_APPLY_BUDGET_TEXT_4]]</label><input id="budget_text_4" name="budget_text_4" value="{{BUDGET_TEXT_4}}" maxlength="300"{{#BUDGET_TEXT_4_ERR}} aria-invalid="true" aria-describedby="budget_text_4-err"{{/BUDGET_TEXT_4_ERR}}></p>
{{#BUDGET_TEXT_4_ERR}}<p class="field-error" id="budget_text_4-err">{{MSG}}</p>{{/BUDGET_TEXT_4_ERR}}
<p><label for="budget_amount_4">[[G_APPLY_BUDGET_AMOUNT_4]]</label><input id="budget_amount_4" name="budget_amount_4" class="amount" value="{{BUDGET_AMOUNT_4}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_4_ERR}} aria-invalid="true" aria-describedby="budget_amount_4-err"{{/BUDGET_AMOUNT_4_ERR}}></p>
{{#BUDGET_AMOUNT_4_ERR}}<p class="field-error" id="budget_amount_4-err">{{MSG}}</p>{{/BUDGET_AMOUNT_4_ERR}}
</div>
<div class="budget-line">
<p><label for="budget_text_5">[[G_APPLY_BUDGET_TEXT_5]]</label><input id="budget_text_5" name="budget_text_5" value="{{BUDGET_TEXT_5}}" maxlength="300"{{#BUDGET_TEXT_5_ERR}} aria-invalid="true" aria-describedby="budget_text_5-err"{{/BUDGET_TEXT_5_ERR}}></p>
{{#BUDGET_TEXT_5_ERR}}<p class="field-error" id="budget_text_5-err">{{MSG}}</p>{{/BUDGET_TEXT_5_ERR}}
<p><label for="budget_amount_5">[[G_APPLY_BUDGET_AMOUNT_5]]</label><input id="budget_amount_5" name="budget_amount_5" class="amount" value="{{BUDGET_AMOUNT_5}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_5_ERR}} aria-invalid="true" aria-describedby="budget_amount_5-err"{{/BUDGET_AMOUNT_5_ERR}}></p>
{{#BUDGET_AMOUNT_5_ERR}}<p class="field-error" id="budget_amount_5-err">{{MSG}}</p>{{/BUDGET_AMOUNT_5_ERR}}
</div>
<div class="budget-line">
<p><label for="budget_text_6">[[G_APPLY_BUDGET_TEXT_6]]</label><input id="budget_text_6" name="budget_text_6" value="{{BUDGET_TEXT_6}}" maxlength="300"{{#BUDGET_TEXT_6_ERR}} aria-invalid="true" aria-describedby="budget_text_6-err"{{/BUDGET_TEXT_6_ERR}}></p>
{{#BUDGET_TEXT_6_ERR}}<p class="field-error" id="budget_text_6-err">{{MSG}}</p>{{/BUDGET_TEXT_6_ERR}}
<p><label for="budget_amount_6">[[G_APPLY_BUDGET_AMOUNT_6]]</label><input id="budget_amount_6" name="budget_amount_6" class="amount" value="{{BUDGET_AMOUNT_6}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_6_ERR}} aria-invalid="true" aria-describedby="budget_amount_6-err"{{/BUDGET_AMOUNT_6_ERR}}></p>
{{#BUDGET_AMOUNT_6_ERR}}<p class="field-error" id="budget_amount_6-err">{{MSG}}</p>{{/BUDGET_AMOUNT_6_ERR}}
</div>
<div class="budget-line">
<p><label for="budget_text_7">[[G_APPLY_BUDGET_TEXT_7]]</label><input id="budget_text_7" name="budget_text_7" value="{{BUDGET_TEXT_7}}" maxlength="300"{{#BUDGET_TEXT_7_ERR}} aria-invalid="true" aria-describedby="budget_text_7-err"{{/BUDGET_TEXT_7_ERR}}></p>
{{#BUDGET_TEXT_7_ERR}}<p class="field-error" id="budget_text_7-err">{{MSG}}</p>{{/BUDGET_TEXT_7_ERR}}
<p><label for="budget_amount_7">[[G_APPLY_BUDGET_AMOUNT_7]]</label><input id="budget_amount_7" name="budget_amount_7" class="amount" value="{{BUDGET_AMOUNT_7}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_7_ERR}} aria-invalid="true" aria-describedby="budget_amount_7-err"{{/BUDGET_AMOUNT_7_ERR}}></p>
{{#BUDGET_AMOUNT_7_ERR}}<p class="field-error" id="budget_amount_7-err">{{MSG}}</p>{{/BUDGET_AMOUNT_7_ERR}}
</div>
<div class="budget-line">
<p><label for="budget_text_8">[[G_APPLY_BUDGET_TEXT_8]]</label><input id="budget_text_8" name="budget_text_8" value="{{BUDGET_TEXT_8}}" maxlength="300"{{#BUDGET_TEXT_8_ERR}} aria-invalid="true" aria-describedby="budget_text_8-err"{{/BUDGET_TEXT_8_ERR}}></p>
{{#BUDGET_TEXT_8_ERR}}<p class="field-error" id="budget_text_8-err">{{MSG}}</p>{{/BUDGET_TEXT_8_ERR}}
<p><label for="budget_amount_8">[[G_APPLY_BUDGET_AMOUNT_8]]</label><input id="budget_amount_8" name="budget_amount_8" class="amount" value="{{BUDGET_AMOUNT_8}}" maxlength="20" inputmode="decimal"{{#BUDGET_AMOUNT_8_ERR}} aria-invalid="true" aria-describedby="budget_amount_8-err"{{/BUDGET_AMOUNT_8_ERR}}></p>
{{#BUDGET_AMOUNT_8_ERR}}<p class="field-error" id="budget_amount_8-err">{{MSG}}</p>{{/BUDGET_AMOUNT_8_ERR}}
</div>
</fieldset>
</fieldset>
<fieldset><legend>[[G_APPLY_FILES]]</legend>
{{#HAS_FILES}}<ul class="files">{{#FILE}}<li>[[G_APPLY_ATTACHED]]</li>{{/FILE}}</ul>{{/HAS_FILES}}
<p><label for="attachment">[[G_APPLY_ATTACH]]</label><input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_LOST}} aria-describedby="attachment-err"{{/ATTACHMENT_LOST}}></p>
{{#ATTACHMENT_LOST}}<p class="field-error" id="attachment-err">[[G_FILES_LOST]]</p>{{/ATTACHMENT_LOST}}
</fieldset>
{{#ACTION_ERR}}<p class="field-error" id="action-err">{{MSG}}</p>{{/ACTION_ERR}}
<p><button type="submit" name="action" value="save" class="secondary">[[G_APPLY_SAVE]]</button>
<button type="submit" id="action" name="action" value="submit"{{#ACTION_ERR}} aria-describedby="action-err"{{/ACTION_ERR}}>[[G_APPLY_SEND]]</button></p>
</form>

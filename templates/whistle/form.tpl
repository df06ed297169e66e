{{%AUTOESCAPE context="HTML"}}
<h1>[[WB_TITLE_FORM]]</h1>
<p class="lead">[[WB_FORM_LEAD]]</p>
<div class="notice warning" id="urgent">
<h2>[[WB_URGENT_H]]</h2>
<p>[[WB_URGENT]]</p>
</div>
<div class="notice" id="about">
<h2>[[WB_ABOUT_H]]</h2>
<p>[[WB_ABOUT_TO]]</p>
<ul>
<li>[[WB_ABOUT_1]]</li>
<li>[[WB_ABOUT_2]]</li>
<li>[[WB_ABOUT_3]]</li>
</ul>
<p>[[WB_ABOUT_CODE]]</p>
<p>[[WB_ANON_NOTE]]</p>
</div>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[WB_FORM_ERRORS_H]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}{{#LOST}}[[WB_FILES_LOST]]{{/LOST}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/whistleblower/[[LQ]]" enctype="multipart/form-data" class="form" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
[[LANG_FIELD]]
<p class="hint" id="required-hint">[[WB_REQUIRED_HINT]]</p>
<fieldset>
<legend>[[WB_WHO_LEGEND]]</legend>
<p><label for="subject">[[WB_SUBJECT]] *</label>
<input id="subject" name="subject" value="{{SUBJECT}}" maxlength="300" aria-required="true"{{#SUBJECT_ERR}} aria-invalid="true" aria-describedby="subject-err"{{/SUBJECT_ERR}}>{{#SUBJECT_ERR}}<span class="field-error" id="subject-err">{{MSG}}</span>{{/SUBJECT_ERR}}</p>
<p><label for="offer_type">[[WB_OFFER_TYPE]] *</label>
<select id="offer_type" name="offer_type" aria-required="true"{{#OFFER_TYPE_ERR}} aria-invalid="true" aria-describedby="offer_type-err"{{/OFFER_TYPE_ERR}}>
<option value="">[[WB_CHOOSE]]</option>
{{! The codes of WB_OFFERS in cgi/lib/wbcodes.h (check_wbcodes.c). }}
<option value="plejefamilie"{{#OFFER_TYPE_PLEJEFAMILIE}} selected{{/OFFER_TYPE_PLEJEFAMILIE}}>[[WB_OFFER_PLEJEFAMILIE]]</option>
<option value="boern_unge"{{#OFFER_TYPE_BOERN_UNGE}} selected{{/OFFER_TYPE_BOERN_UNGE}}>[[WB_OFFER_BOERN_UNGE]]</option>
<option value="voksen"{{#OFFER_TYPE_VOKSEN}} selected{{/OFFER_TYPE_VOKSEN}}>[[WB_OFFER_VOKSEN]]</option>
<option value="kombineret"{{#OFFER_TYPE_KOMBINERET}} selected{{/OFFER_TYPE_KOMBINERET}}>[[WB_OFFER_KOMBINERET]]</option>
</select>{{#OFFER_TYPE_ERR}}<span class="field-error" id="offer_type-err">{{MSG}}</span>{{/OFFER_TYPE_ERR}}</p>
</fieldset>
<fieldset>
<legend>[[WB_CONCERN_LEGEND]]</legend>
<p><label for="cause">[[WB_CAUSE]]</label>
<select id="cause" name="cause"{{#CAUSE_ERR}} aria-invalid="true" aria-describedby="cause-err"{{/CAUSE_ERR}}><option value="">[[WB_CAUSE_NONE]]</option>
{{#CAUSE_OPT}}<option value="{{CID}}"{{#SELECTED}} selected{{/SELECTED}}{{#DANISH}} lang="da"{{/DANISH}}>{{CLABEL}}</option>
{{/CAUSE_OPT}}</select>{{#CAUSE_ERR}}<span class="field-error" id="cause-err">{{MSG}}</span>{{/CAUSE_ERR}}</p>
<p><label for="description">[[WB_DESCRIPTION]] *</label>
<textarea id="description" name="description" rows="10" maxlength="20000" aria-required="true"{{#DESCRIPTION_ERR}} aria-invalid="true" aria-describedby="description-err"{{/DESCRIPTION_ERR}}>{{DESCRIPTION:pre_escape}}</textarea>{{#DESCRIPTION_ERR}}<span class="field-error" id="description-err">{{MSG}}</span>{{/DESCRIPTION_ERR}}</p>
<p><label for="attachment">[[WB_ATTACH]]</label>
<input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_BAD}} aria-invalid="true" aria-describedby="attachment-err"{{/ATTACHMENT_BAD}}>{{#ATTACHMENT_BAD}}<span class="field-error" id="attachment-err">{{#ATTACHMENT_ERR}}{{MSG}} {{/ATTACHMENT_ERR}}{{#ATTACHMENT_LOST}}[[WB_FILES_LOST]]{{/ATTACHMENT_LOST}}</span>{{/ATTACHMENT_BAD}}</p>
</fieldset>
<fieldset>
<legend>[[WB_RELATION_LEGEND]] *</legend>
<p><label for="relation">[[WB_RELATION]]</label>
<select id="relation" name="relation" aria-required="true"{{#RELATION_ERR}} aria-invalid="true" aria-describedby="relation-err"{{/RELATION_ERR}}><option value="">[[WB_CHOOSE]]</option>

{{! The codes of WB_RELATIONS in cgi/lib/wbcodes.h (check_wbcodes.c). }}
<option value="ansat"{{#RELATION_ANSAT}} selected{{/RELATION_ANSAT}}>[[WB_REL_ANSAT]]</option>
<option value="tidligere_ansat"{{#RELATION_TIDLIGERE_ANSAT}} selected{{/RELATION_TIDLIGERE_ANSAT}}>[[WB_REL_TIDLIGERE_ANSAT]]</option>
<option value="paaroerende"{{#RELATION_PAAROERENDE}} selected{{/RELATION_PAAROERENDE}}>[[WB_REL_PAAROERENDE]]</option>
<option value="beboer"{{#RELATION_BEBOER}} selected{{/RELATION_BEBOER}}>[[WB_REL_BEBOER]]</option>
<option value="bisidder"{{#RELATION_BISIDDER}} selected{{/RELATION_BISIDDER}}>[[WB_REL_BISIDDER]]</option>
<option value="nabo"{{#RELATION_NABO}} selected{{/RELATION_NABO}}>[[WB_REL_NABO]]</option>
<option value="fagperson"{{#RELATION_FAGPERSON}} selected{{/RELATION_FAGPERSON}}>[[WB_REL_FAGPERSON]]</option>
<option value="myndighed"{{#RELATION_MYNDIGHED}} selected{{/RELATION_MYNDIGHED}}>[[WB_REL_MYNDIGHED]]</option>
<option value="andet"{{#RELATION_ANDET}} selected{{/RELATION_ANDET}}>[[WB_REL_ANDET]]</option>
</select>{{#RELATION_ERR}}<span class="field-error" id="relation-err">{{MSG}}</span>{{/RELATION_ERR}}</p>
<p class="hint">[[WB_RELATION_HINT]]</p>
</fieldset>
<div class="anonymity">
<fieldset class="choices" id="anonymity"{{#ANONYMITY_ERR}} aria-describedby="anonymity-err"{{/ANONYMITY_ERR}}>
<legend>[[WB_ANONYMITY]] *</legend>
<div class="choice"><input type="radio" id="anonymity_anonymous" name="anonymity" value="anonymous"{{#ANONYMITY_ANONYMOUS}} checked{{/ANONYMITY_ANONYMOUS}}{{#ANONYMITY_ERR}} aria-invalid="true"{{/ANONYMITY_ERR}}><label for="anonymity_anonymous">[[WB_ANONYMOUS]]</label></div>
<div class="choice"><input type="radio" id="anonymity_named" name="anonymity" value="named"{{#ANONYMITY_NAMED}} checked{{/ANONYMITY_NAMED}}{{#ANONYMITY_ERR}} aria-invalid="true"{{/ANONYMITY_ERR}}><label for="anonymity_named">[[WB_NAMED]]</label></div>
{{#ANONYMITY_ERR}}<p class="field-error" id="anonymity-err">{{MSG}}</p>{{/ANONYMITY_ERR}}
</fieldset>
<fieldset class="named-only" id="named">
<legend>[[WB_NAMED_LEGEND]]</legend>
<p class="hint">[[WB_NAMED_HINT]]</p>
<p><label for="name">[[WB_NAME]] [[WB_NAME_NOTE]]</label><input id="name" name="name" value="{{NAME}}" maxlength="200" autocomplete="off"{{#NAME_ERR}} aria-invalid="true" aria-describedby="name-err"{{/NAME_ERR}}>{{#NAME_ERR}}<span class="field-error" id="name-err">{{MSG}}</span>{{/NAME_ERR}}</p>
<p><label for="contact">[[WB_CONTACT]]</label><input id="contact" name="contact" value="{{CONTACT}}" maxlength="300" autocomplete="off"{{#CONTACT_ERR}} aria-invalid="true" aria-describedby="contact-err"{{/CONTACT_ERR}}>{{#CONTACT_ERR}}<span class="field-error" id="contact-err">{{MSG}}</span>{{/CONTACT_ERR}}</p>
<fieldset class="choices">
<legend>[[WB_CONSENT_LEGEND]]</legend>
<p class="hint">[[WB_CONSENT_HINT]]</p>
<div class="choice"><input type="checkbox" id="consent_received" name="consent_received" value="1"{{#CONSENT_RECEIVED_ON}} checked{{/CONSENT_RECEIVED_ON}}><label for="consent_received">[[WB_CONSENT_RECEIVED]]</label></div>
<div class="choice"><input type="checkbox" id="consent_name" name="consent_name" value="1"{{#CONSENT_NAME_ON}} checked{{/CONSENT_NAME_ON}}><label for="consent_name">[[WB_CONSENT_NAME]]</label></div>
<div class="choice"><input type="checkbox" id="consent_content" name="consent_content" value="1"{{#CONSENT_CONTENT_ON}} checked{{/CONSENT_CONTENT_ON}}><label for="consent_content">[[WB_CONSENT_CONTENT]]</label></div>
</fieldset>
</fieldset>
</div>
<p><button type="submit">[[WB_SEND]]</button></p>
</form>

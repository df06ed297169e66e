{{%AUTOESCAPE context="HTML"}}
<h1>[[WB_TITLE_MAILBOX]]</h1>
{{#SENT}}<p class="notice success" role="status">[[WB_SENT]]</p>{{/SENT}}
{{#NOT_SENT}}<div class="notice warning" role="status" id="not-sent"><p>[[WB_NOT_SENT]]</p>
<div class="text">{{REPLY:pre_escape}}</div></div>{{/NOT_SENT}}
<dl class="facts">
<dt>[[WB_STATUS]]</dt><dd><strong>{{STATUS}}</strong> ({{DAY}})</dd>
<dt>[[WB_MB_SUBJECT]]</dt><dd>{{SUBJECT}}</dd>
</dl>
{{#CLOSED}}<div class="notice" id="closed">
<h2>[[WB_CLOSED_H]]</h2>
<p>[[WB_CLOSED_ON]]
{{#REASON}}{{TEXT}}{{/REASON}}</p>
<p>[[WB_CLOSED_NEW]]</p>
</div>{{/CLOSED}}
<h2>[[WB_YOUR_REPORT_H]]</h2>
<div class="text" id="description">{{DESCRIPTION:pre_escape}}</div>
<h2>[[WB_MESSAGES_H]]</h2>
{{#NO_MESSAGE}}<p class="empty">[[WB_NO_MESSAGE]]</p>{{/NO_MESSAGE}}
{{#ANY_MESSAGE}}<ul class="events">
{{#MESSAGE}}<li><span class="when">{{MDAY}}</span> <strong>{{#FROM_YOU}}[[WB_FROM_YOU]]{{/FROM_YOU}}{{#FROM_US}}[[WB_FROM_US]]{{/FROM_US}}</strong><div class="text">{{TEXT:pre_escape}}</div></li>
{{/MESSAGE}}
</ul>{{/ANY_MESSAGE}}
<h2>[[WB_FILES_H]]</h2>
{{#NO_FILE}}<p class="empty">[[WB_NO_FILE]]</p>{{/NO_FILE}}
{{#ANY_FILE}}<ul>{{#FILE}}<li>{{FNAME}} ({{FKB}} kB)
<form method="post" action="/whistleblower/mailbox[[LQ]]" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="code" value="{{CODE}}"><input type="hidden" name="action" value="download"><input type="hidden" name="file_id" value="{{FID}}">[[LANG_FIELD]]<button type="submit" class="secondary">[[WB_DOWNLOAD]]</button></form></li>
{{/FILE}}</ul>{{/ANY_FILE}}
{{#CAN_REPLY}}<h2>[[WB_REPLY_H]]</h2>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[WB_REPLY_ERRORS_H]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}{{#LOST}}[[WB_FILES_LOST]]{{/LOST}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/whistleblower/mailbox[[LQ]]" enctype="multipart/form-data" class="form" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="code" value="{{CODE}}">
<input type="hidden" name="action" value="reply">
[[LANG_FIELD]]
<p><label for="reply">[[WB_REPLY]]</label><textarea id="reply" name="reply" rows="6" maxlength="20000"{{#REPLY_ERR}} aria-invalid="true" aria-describedby="reply-err"{{/REPLY_ERR}}>{{REPLY:pre_escape}}</textarea>{{#REPLY_ERR}}<span class="field-error" id="reply-err">{{MSG}}</span>{{/REPLY_ERR}}</p>
<p><label for="attachment">[[WB_REPLY_ATTACH]]</label><input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_BAD}} aria-invalid="true" aria-describedby="attachment-err"{{/ATTACHMENT_BAD}}>{{#ATTACHMENT_BAD}}<span class="field-error" id="attachment-err">{{#ATTACHMENT_ERR}}{{MSG}} {{/ATTACHMENT_ERR}}{{#ATTACHMENT_LOST}}[[WB_FILES_LOST]]{{/ATTACHMENT_LOST}}</span>{{/ATTACHMENT_BAD}}</p>
<p><button type="submit">[[WB_REPLY_SEND]]</button></p>
</form>{{/CAN_REPLY}}
<p class="hint">[[WB_CLOSE_HINT]]</p>

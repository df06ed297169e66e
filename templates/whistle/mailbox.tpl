{{%AUTOESCAPE context="HTML"}}
<h1>Din postkasse</h1>
<dl class="facts">
<dt>Status</dt><dd><strong>{{STATUS}}</strong> ({{DAY}})</dd>
<dt>Tilbud eller plejefamilie</dt><dd>{{SUBJECT}}</dd>
</dl>
{{#SENT}}<p class="notice" role="status">Dit svar er sendt.</p>{{/SENT}}
<h2>Din henvendelse</h2>
<p class="text">{{DESCRIPTION}}</p>
<h2>Beskeder</h2>
<ul class="events">
{{#MESSAGE}}<li><span class="when">{{MDAY}}</span> <strong>{{WHO}}</strong><p class="message">{{TEXT}}</p></li>
{{/MESSAGE}}
</ul>
<h2>Filer</h2>
<ul>{{#FILE}}<li>{{FNAME}} ({{FKB}} kB)
<form method="post" action="/whistleblower/mailbox" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="code" value="{{CODE}}"><input type="hidden" name="action" value="download"><input type="hidden" name="file_id" value="{{FID}}"><button type="submit">Hent</button></form></li>
{{/FILE}}</ul>
{{#CAN_REPLY}}<h2>Svar socialtilsynet</h2>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="/whistleblower/mailbox" enctype="multipart/form-data" class="form" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="code" value="{{CODE}}">
<input type="hidden" name="action" value="reply">
<p><label for="reply">Dit svar</label><textarea id="reply" name="reply" rows="6" maxlength="20000"></textarea>{{#REPLY_ERR}}<span class="field-error">{{MSG}}</span>{{/REPLY_ERR}}</p>
<p><label for="attachment">Vedhæft filer</label><input id="attachment" name="attachment" type="file" multiple></p>
<p><button type="submit">Send svaret</button></p>
</form>{{/CAN_REPLY}}
<p class="hint">Luk browservinduet, når du er færdig. Siden gemmes ikke i browserens historik eller cache.</p>

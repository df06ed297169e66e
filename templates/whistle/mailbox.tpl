{{%AUTOESCAPE context="HTML"}}
<h1>Din postkasse</h1>
{{#SENT}}<p class="notice success" role="status">Dit svar er sendt til {{WB_AUTHORITY}}.</p>{{/SENT}}
{{#NOT_SENT}}<div class="notice warning" role="status" id="not-sent"><p>Dit svar blev ikke sendt, fordi sagen er blevet lukket. Heller ikke eventuelle filer blev sendt. Det, du skrev:</p>
<div class="text">{{REPLY:pre_escape}}</div></div>{{/NOT_SENT}}
<dl class="facts">
<dt>Status</dt><dd><strong>{{#STATUS_RECEIVED}}Modtaget{{/STATUS_RECEIVED}}{{#STATUS_TREATMENT}}Under behandling{{/STATUS_TREATMENT}}{{#STATUS_CLOSED}}Afsluttet{{/STATUS_CLOSED}}</strong> ({{DAY}})</dd>
<dt>Tilbud eller plejefamilie</dt><dd>{{SUBJECT}}</dd>
</dl>
{{#CLOSED}}<div class="notice" id="closed">
<h2>Sagen er afsluttet</h2>
<p>{{WB_AUTHORITY}} afsluttede sagen den {{ON}}.
{{#REASON_UDENFOR_KOMPETENCE}}Det, du har fortalt om, ligger uden for det, {{WB_AUTHORITY}} fører tilsyn med. Vi har derfor ikke kunnet gå videre med det selv.{{/REASON_UDENFOR_KOMPETENCE}}
{{#REASON_VIDERE_UNDERSOEGELSE}}Vi undersøger forholdene videre, fx ved næste tilsyn med tilbuddet eller ved at bede tilbuddet om en skriftlig redegørelse.{{/REASON_VIDERE_UNDERSOEGELSE}}
{{#REASON_UANMELDT_TILSYN}}Vi har fulgt op med et uanmeldt tilsynsbesøg.{{/REASON_UANMELDT_TILSYN}}
{{#REASON_OPKALD}}Vi har fulgt op ved at ringe til tilbuddet.{{/REASON_OPKALD}}
{{#REASON_ANDET}}Vi har afsluttet sagen af en anden grund. Har vi skrevet til dig, står begrundelsen i beskederne nedenfor.{{/REASON_ANDET}}</p>
<p>Fordi sagen er afsluttet, kan du ikke længere svare her. Har du nye oplysninger, så <a href="/whistleblower/">send en ny henvendelse</a>. Du får en ny kvitteringskode til den.</p>
</div>{{/CLOSED}}
<h2>Din henvendelse</h2>
<div class="text" id="description">{{DESCRIPTION:pre_escape}}</div>
<h2>Beskeder</h2>
{{#NO_MESSAGE}}<p class="empty">Ingen beskeder endnu.</p>{{/NO_MESSAGE}}
{{#ANY_MESSAGE}}<ul class="events">
{{#MESSAGE}}<li><span class="when">{{MDAY}}</span> <strong>{{#FROM_YOU}}Fra dig{{/FROM_YOU}}{{#FROM_US}}Fra {{WB_AUTHORITY}}{{/FROM_US}}</strong><div class="text">{{TEXT:pre_escape}}</div></li>
{{/MESSAGE}}
</ul>{{/ANY_MESSAGE}}
<h2>Filer</h2>
{{#NO_FILE}}<p class="empty">Ingen filer endnu.</p>{{/NO_FILE}}
{{#ANY_FILE}}<ul>{{#FILE}}<li>{{FNAME}} ({{FKB}} kB)
<form method="post" action="/whistleblower/mailbox" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="code" value="{{CODE}}"><input type="hidden" name="action" value="download"><input type="hidden" name="file_id" value="{{FID}}"><button type="submit" class="secondary">Hent {{FNAME}}</button></form></li>
{{/FILE}}</ul>{{/ANY_FILE}}
{{#CAN_REPLY}}<h2>Svar {{WB_AUTHORITY}}</h2>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Svaret er ikke sendt. Ret det, der står her:</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}{{#LOST}}{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#LOST_FILE}}»{{NAME}}«{{#LOST_FILE_separator}}, {{/LOST_FILE_separator}}{{/LOST_FILE}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.{{/LOST}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/whistleblower/mailbox" enctype="multipart/form-data" class="form" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="code" value="{{CODE}}">
<input type="hidden" name="action" value="reply">
<p><label for="reply">Dit svar</label><textarea id="reply" name="reply" rows="6" maxlength="20000"{{#REPLY_ERR}} aria-invalid="true" aria-describedby="reply-err"{{/REPLY_ERR}}>{{REPLY:pre_escape}}</textarea>{{#REPLY_ERR}}<span class="field-error" id="reply-err">{{MSG}}</span>{{/REPLY_ERR}}</p>
<p><label for="attachment">Vedhæft filer (højst 5)</label><input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_BAD}} aria-invalid="true" aria-describedby="attachment-err"{{/ATTACHMENT_BAD}}>{{#ATTACHMENT_BAD}}<span class="field-error" id="attachment-err">{{#ATTACHMENT_ERR}}{{MSG}} {{/ATTACHMENT_ERR}}{{#ATTACHMENT_LOST}}{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#LOST_FILE}}»{{NAME}}«{{#LOST_FILE_separator}}, {{/LOST_FILE_separator}}{{/LOST_FILE}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.{{/ATTACHMENT_LOST}}</span>{{/ATTACHMENT_BAD}}</p>
<p><button type="submit">Send svaret</button></p>
</form>{{/CAN_REPLY}}
<p class="hint">Luk browservinduet, når du er færdig. Siden gemmes ikke i browserens historik eller cache.</p>

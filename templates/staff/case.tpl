{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/cases/">&larr; Sagskø</a></p>
{{#DONE}}<p class="notice success" role="status">{{MSG}}</p>{{/DONE}}
{{#AGAIN}}<p class="notice" role="status">Handlingen var allerede udført, så den er ikke gentaget. {{MSG}}</p>{{/AGAIN}}
{{#CONFLICT}}<div class="notice warning" role="alert"><p>Handlingen passer ikke til sagens status, som er ændret, siden siden blev vist. Intet er gemt. Se sagens status nedenfor, og vælg igen.</p>{{#TYPED}}<p>Det, du skrev (ikke gemt):</p><div class="text">{{TEXT:pre_escape}}</div>{{/TYPED}}</div>{{/CONFLICT}}
<h1>{{KIND}} {{CASE_NO}}</h1>
<dl class="facts">
<dt>Tilsagn</dt><dd>{{GRANT}} {{ORG}} {{TITLE}}</dd>
{{#GEMAIL}}<dt>Tilsagnets e-mail</dt><dd>{{EMAIL}}</dd>{{/GEMAIL}}
{{#HAS_AWARD}}<dt>Betalingsstop</dt><dd>{{#STOPPED}}<strong>Ja</strong>, siden {{SINCE}}: {{STOP_REASON}} <a href="/staff/obligations/stop?award={{AWARD_ID}}">Ophæv betalingsstop</a>{{/STOPPED}}{{#NOT_STOPPED}}Nej <a href="/staff/obligations/stop?award={{AWARD_ID}}">Sæt betalingsstop</a>{{/NOT_STOPPED}}</dd>{{/HAS_AWARD}}
<dt>Status</dt><dd><span class="tag tag-{{STATUS_CODE}}">{{STATUS}}</span></dd>
<dt>Modtaget</dt><dd>{{RECEIVED}}</dd>
<dt>Afgjort</dt><dd>{{DECIDED}}</dd>
<dt>Behandlingstid</dt><dd class="{{CLASS}}">{{ELAPSED}} dage gået, {{#CLOCK_LEFT}}{{LEFT}} dage tilbage{{/CLOCK_LEFT}}{{#CLOCK_OVER}}{{LEFT}} dage over fristen{{/CLOCK_OVER}} af {{LIMIT}}</dd>
<dt>Pauser</dt><dd>{{#NO_PAUSES}}Ingen{{/NO_PAUSES}}{{#HAS_PAUSES}}<ul>{{#PAUSE}}<li>{{#PAUSE_OPEN}}Sendt retur {{START}} – endnu ikke indsendt igen{{/PAUSE_OPEN}}{{#PAUSE_DONE}}{{PERIOD}} ({{DAYS}} {{#ONE_DAY}}dag{{/ONE_DAY}}{{#DAYS_N}}dage{{/DAYS_N}}){{/PAUSE_DONE}}</li>{{/PAUSE}}</ul>
{{#PAUSES_STOP}}<span class="hint">Dagene i en pause tæller ikke med i behandlingstiden.</span>{{/PAUSES_STOP}}{{#PAUSES_COUNT}}<span class="hint">Dagene i en pause tæller med i behandlingstiden.</span>{{/PAUSES_COUNT}}{{/HAS_PAUSES}}</dd>
<dt>Sagsbehandler</dt><dd>{{HANDLER}}</dd>
<dt>Version</dt><dd>{{VERSION}} ({{SOURCE}})</dd>
</dl>
{{#REPAYMENT}}<p class="notice warning">Krav om tilbagebetaling: {{SUM}} kr.</p>{{/REPAYMENT}}
{{#STATUS_REPORT}}<h2>Fremdrift</h2><div class="text">{{PROGRESS:pre_escape}}</div><h2>Milepæle</h2><div class="text">{{MILESTONES:pre_escape}}</div><h2>Afvigelser</h2><div class="text">{{DEVIATIONS:pre_escape}}</div>{{/STATUS_REPORT}}
{{#ACCOUNTS}}<h2>Regnskab</h2>
<p>En linje skal forklares, når den afviger mere end {{LIMIT_PCT}} fra budgettet.</p>
{{#NO_LINES}}<p class="empty">Regnskabet har ingen linjer.</p>{{/NO_LINES}}
{{#HAS_LINES}}<div class="table-wrap" role="region" aria-label="Regnskabets linjer" tabindex="0">
<table class="list accounts"><thead><tr><th scope="col">Post</th><th scope="col" class="num wide-only">Budget (kr.)</th><th scope="col" class="num">Faktisk (kr.)</th><th scope="col">Afvigelse</th><th scope="col">Forklaring</th></tr></thead><tbody>
{{#LINE}}<tr{{#DEVIATES}} class="near"{{/DEVIATES}}><td>{{TEXT}}</td><td class="num wide-only">{{BUDGET}}</td><td class="num">{{ACTUAL}}</td><td>{{#OVER}}{{PCT}} over budget{{/OVER}}{{#UNDER}}{{PCT}} under budget{{/UNDER}}{{#NO_DIFF}}Ingen{{/NO_DIFF}}{{#NO_BUDGET}}Intet budget{{/NO_BUDGET}}{{#DEVIATES_WORDS}}<br><strong class="deviation">Afviger mere end {{LIMIT_PCT}}</strong>{{/DEVIATES_WORDS}}</td><td class="text">{{EXPLANATION:pre_escape}}</td></tr>
{{/LINE}}</tbody></table>
</div>{{/HAS_LINES}}{{/ACCOUNTS}}
{{#AUDITOR}}<p>Tilskuddet kræver revisorerklæring.</p>{{/AUDITOR}}
<h2>Bilag</h2>
{{#NO_FILES}}<p class="empty">Ingen bilag.</p>{{/NO_FILES}}
{{#HAS_FILES}}<ul>{{#FILE}}<li><a href="/staff/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB){{#FILE_AUDITOR}} &ndash; revisorerklæring{{/FILE_AUDITOR}}</li>{{/FILE}}</ul>{{/HAS_FILES}}
{{>VERSIONS}}
<h2>Handlinger</h2>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Handlingen er ikke udført. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
{{#IS_MINE}}<p>Du er sagsbehandler på sagen.</p>{{/IS_MINE}}
{{#CAN_TAKE}}<form method="post" action="/staff/cases/{{SID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="once" value="{{ONCE}}"><input type="hidden" name="action" value="take">
<p><button type="submit" class="secondary">Tag sagen</button></p>
</form>{{/CAN_TAKE}}
{{#CAN_DECIDE}}<form method="post" action="/staff/cases/{{SID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="once" value="{{ONCE}}">
<fieldset><legend>Afgørelse</legend>
<p><label for="message_decide">Begrundelse eller besked til modtageren <span class="hint">(kræves ved afvisning)</span></label><textarea id="message_decide" name="message" rows="4" maxlength="20000"{{#MESSAGE_DECIDE_ERR}} aria-invalid="true" aria-describedby="message_decide-err"{{/MESSAGE_DECIDE_ERR}}>{{MESSAGE_DECIDE:pre_escape}}</textarea>{{#MESSAGE_DECIDE_ERR}}<span class="field-error" id="message_decide-err">{{MSG}}</span>{{/MESSAGE_DECIDE_ERR}}</p>
<p><button type="submit" name="action" value="approve">Godkend &hellip;</button> <button type="submit" name="action" value="reject" class="danger">Afvis &hellip;</button></p>
</fieldset>
</form>{{/CAN_DECIDE}}
{{#CAN_RETURN}}<form method="post" action="/staff/cases/{{SID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="once" value="{{ONCE}}"><input type="hidden" name="action" value="return">
<fieldset><legend>Send retur til rettelse</legend>
<p><label for="message_return">Hvad skal modtageren rette?</label><textarea id="message_return" name="message" rows="4" maxlength="20000"{{#MESSAGE_RETURN_ERR}} aria-invalid="true" aria-describedby="message_return-err"{{/MESSAGE_RETURN_ERR}}>{{MESSAGE_RETURN:pre_escape}}</textarea>{{#MESSAGE_RETURN_ERR}}<span class="field-error" id="message_return-err">{{MSG}}</span>{{/MESSAGE_RETURN_ERR}}</p>
<p class="hint">Sagen venter på modtageren, til den er indsendt igen.</p>
<p><button type="submit" class="secondary">Send retur til rettelse</button></p>
</fieldset>
</form>{{/CAN_RETURN}}
{{#CAN_REPAY}}<form method="post" action="/staff/cases/{{SID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="once" value="{{ONCE}}"><input type="hidden" name="action" value="repayment">
<fieldset><legend>Krav om tilbagebetaling</legend>
<p><label for="amount">Beløb, der kræves tilbagebetalt (kr.)</label><input id="amount" name="amount" value="{{AMOUNT}}" maxlength="24" class="amount" inputmode="decimal"{{#AMOUNT_ERR}} aria-invalid="true" aria-describedby="amount-err"{{/AMOUNT_ERR}}>{{#AMOUNT_ERR}}<span class="field-error" id="amount-err">{{MSG}}</span>{{/AMOUNT_ERR}}</p>
<p><label for="message_repay">Besked til modtageren</label><textarea id="message_repay" name="message" rows="3" maxlength="20000"{{#MESSAGE_REPAY_ERR}} aria-invalid="true" aria-describedby="message_repay-err"{{/MESSAGE_REPAY_ERR}}>{{MESSAGE_REPAY:pre_escape}}</textarea>{{#MESSAGE_REPAY_ERR}}<span class="field-error" id="message_repay-err">{{MSG}}</span>{{/MESSAGE_REPAY_ERR}}</p>
<p><button type="submit" class="danger">Kræv tilbagebetaling &hellip;</button></p>
</fieldset>
</form>{{/CAN_REPAY}}
<form method="post" action="/staff/cases/{{SID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="once" value="{{ONCE}}"><input type="hidden" name="action" value="message">
<fieldset><legend>Besked til modtageren</legend>
<p><label for="message_message">Besked</label><textarea id="message_message" name="message" rows="3" maxlength="20000"{{#MESSAGE_MESSAGE_ERR}} aria-invalid="true" aria-describedby="message_message-err"{{/MESSAGE_MESSAGE_ERR}}>{{MESSAGE_MESSAGE:pre_escape}}</textarea>{{#MESSAGE_MESSAGE_ERR}}<span class="field-error" id="message_message-err">{{MSG}}</span>{{/MESSAGE_MESSAGE_ERR}}</p>
<p><button type="submit" class="secondary">Send besked til modtageren</button></p>
</fieldset>
</form>
<form method="post" action="/staff/cases/{{SID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="once" value="{{ONCE}}"><input type="hidden" name="action" value="note">
<fieldset><legend>Intern note</legend>
<p><label for="message_note">Note <span class="hint">(ses ikke af modtageren)</span></label><textarea id="message_note" name="message" rows="3" maxlength="20000"{{#MESSAGE_NOTE_ERR}} aria-invalid="true" aria-describedby="message_note-err"{{/MESSAGE_NOTE_ERR}}>{{MESSAGE_NOTE:pre_escape}}</textarea>{{#MESSAGE_NOTE_ERR}}<span class="field-error" id="message_note-err">{{MSG}}</span>{{/MESSAGE_NOTE_ERR}}</p>
<p><button type="submit" class="secondary">Gem intern note</button></p>
</fieldset>
</form>
<h2>Forløb (revisionsspor)</h2>
{{#NO_EVENTS}}<p class="empty">Intet er registreret på sagen endnu.</p>{{/NO_EVENTS}}
{{#HAS_EVENTS}}<ul class="events">
{{#EVENT}}<li{{#NOTE}} class="note"{{/NOTE}}><p><span class="when">{{AT}}</span> <strong>{{WHAT}}</strong>{{#AMOUNT}}: {{SUM}} kr.{{/AMOUNT}} &ndash; {{WHO}}</p>{{#HAS_MESSAGE}}<div class="text">{{MESSAGE:pre_escape}}</div>{{/HAS_MESSAGE}}</li>
{{/EVENT}}</ul>{{/HAS_EVENTS}}

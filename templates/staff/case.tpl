{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/cases/">&larr; Sagskø</a></p>
<h1>{{KIND}} {{CASE_NO}}</h1>
<dl class="facts">
<dt>Tilsagn</dt><dd>{{GRANT}} {{ORG}} {{TITLE}}</dd>
<dt>Status</dt><dd><strong>{{STATUS}}</strong></dd>
<dt>Modtaget</dt><dd>{{RECEIVED}}</dd>
<dt>Afgjort</dt><dd>{{DECIDED}}</dd>
<dt>Behandlingstid</dt><dd class="{{CLASS}}">{{ELAPSED}} dage gået, {{LEFT}} dage tilbage af {{LIMIT}}</dd>
<dt>Pauser</dt><dd>{{PAUSES}}</dd>
<dt>Sagsbehandler</dt><dd>{{HANDLER}}</dd>
<dt>Version</dt><dd>{{VERSION}} ({{SOURCE}})</dd>
</dl>
{{#REPAYMENT}}<p class="error-msg">Krav om tilbagebetaling: {{SUM}} kr.</p>{{/REPAYMENT}}
{{#STATUS_REPORT}}<h2>Fremdrift</h2><p class="text">{{PROGRESS}}</p><h2>Milepæle</h2><p class="text">{{MILESTONES}}</p><h2>Afvigelser</h2><p class="text">{{DEVIATIONS}}</p>{{/STATUS_REPORT}}
{{#ACCOUNTS}}<h2>Regnskab</h2>
<table class="list"><thead><tr><th scope="col">Post</th><th scope="col" class="num">Budget (kr.)</th><th scope="col" class="num">Faktisk (kr.)</th><th scope="col">Forklaring</th></tr></thead><tbody>
{{#LINE}}<tr{{#DEVIATES}} class="near"{{/DEVIATES}}><td>{{TEXT}}</td><td class="num">{{BUDGET}}</td><td class="num">{{ACTUAL}}</td><td>{{EXPLANATION}}</td></tr>
{{/LINE}}</tbody></table>{{/ACCOUNTS}}
{{#AUDITOR}}<p>Tilskuddet kræver revisorerklæring.</p>{{/AUDITOR}}
<h2>Bilag</h2><ul>{{#FILE}}<li><a href="/staff/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB){{#FILE_AUDITOR}} &ndash; revisorerklæring{{/FILE_AUDITOR}}</li>{{/FILE}}</ul>
{{>VERSIONS}}
<h2>Handlinger</h2>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="/staff/cases/{{SID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="message">Besked eller begrundelse</label><textarea id="message" name="message" rows="4" maxlength="20000">{{MESSAGE}}</textarea>{{#MESSAGE_ERR}}<span class="field-error">{{MSG}}</span>{{/MESSAGE_ERR}}</p>
{{#CAN_REPAY}}<p><label for="amount">Beløb til tilbagebetaling (kr.)</label><input id="amount" name="amount" value="{{AMOUNT}}" maxlength="24">{{#AMOUNT_ERR}}<span class="field-error">{{MSG}}</span>{{/AMOUNT_ERR}}</p>{{/CAN_REPAY}}
<p>{{#CAN_TAKE}}<button type="submit" name="action" value="take">Tag sagen</button> {{/CAN_TAKE}}
{{#CAN_RETURN}}<button type="submit" name="action" value="return">Send retur til rettelse</button> {{/CAN_RETURN}}
{{#CAN_DECIDE}}<button type="submit" name="action" value="approve">Godkend</button> <button type="submit" name="action" value="reject">Afvis</button> {{/CAN_DECIDE}}
{{#CAN_REPAY}}<button type="submit" name="action" value="repayment">Kræv tilbagebetaling</button> {{/CAN_REPAY}}
<button type="submit" name="action" value="message">Send besked til modtageren</button>
<button type="submit" name="action" value="note">Gem intern note</button></p>
</form>
<h2>Forløb (revisionsspor)</h2>
<table class="list"><thead><tr><th scope="col">Tidspunkt</th><th scope="col">Hvad</th><th scope="col">Hvem</th><th scope="col">Besked</th></tr></thead><tbody>
{{#EVENT}}<tr><td>{{AT}}</td><td>{{WHAT}}{{#AMOUNT}}: {{SUM}} kr.{{/AMOUNT}}</td><td>{{WHO}}</td><td class="text">{{MESSAGE}}</td></tr>
{{/EVENT}}</tbody></table>

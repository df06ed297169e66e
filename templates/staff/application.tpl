{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/pools/{{POOL_ID}}">&larr; {{POOL_NAME}}</a></p>
<h1>Ansøgning {{CASE_NO}}</h1>
<dl class="facts">
<dt>Ansøger</dt><dd>{{ORG}} (CVR {{CVR}})</dd>
<dt>Kontakt</dt><dd>{{CONTACT}}, {{EMAIL}} {{PHONE}}</dd>
<dt>Projekt</dt><dd>{{TITLE}}</dd>
<dt>Periode</dt><dd>{{START}} &ndash; {{END}}</dd>
<dt>Ansøgt beløb</dt><dd>{{REQUESTED}} kr.</dd>
<dt>Modtaget</dt><dd>{{SUBMITTED}}</dd>
</dl>
<h2>Beskrivelse</h2><p class="text">{{DESCRIPTION}}</p>
<h2>Budget</h2>
<table class="list"><tbody>{{#BUDGET}}<tr><td>{{TEXT}}</td><td class="num">{{LAMOUNT}}</td></tr>{{/BUDGET}}</tbody></table>
<h2>Bilag</h2><ul>{{#FILE}}<li><a href="/staff/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB)</li>{{/FILE}}</ul>
{{#AWARDED}}<h2>Bevilget</h2><p>Tilsagn <strong>{{GRANT_NO}}</strong>: {{GAMOUNT}} kr., periode {{GSTART}} &ndash; {{GEND}}{{#GACCOUNTING}}, regnskabspligtigt{{/GACCOUNTING}}{{#GAUDITOR}}, med revisorerklæring{{/GAUDITOR}}. Afgjort {{ON}} af {{BY}}.</p>{{/AWARDED}}
{{#REJECTED}}<h2>Afslået</h2><p>Afgjort {{ON}} af {{BY}}.</p><p class="text">{{REASON}}</p>{{/REJECTED}}
{{#UNDECIDED}}<h2>Afgørelse</h2>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="/staff/applications/{{AID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset><legend>Bevilg</legend>
<p><label for="amount">Bevilget beløb i kr.</label><input id="amount" name="amount" value="{{AMOUNT}}" maxlength="24">{{#AMOUNT_ERR}}<span class="field-error">{{MSG}}</span>{{/AMOUNT_ERR}}</p>
<p><label for="period_start">Tilskudsperiodens start</label><input id="period_start" name="period_start" value="{{PERIOD_START}}" maxlength="10">{{#PERIOD_START_ERR}}<span class="field-error">{{MSG}}</span>{{/PERIOD_START_ERR}}</p>
<p><label for="period_end">Tilskudsperiodens slut</label><input id="period_end" name="period_end" value="{{PERIOD_END}}" maxlength="10">{{#PERIOD_END_ERR}}<span class="field-error">{{MSG}}</span>{{/PERIOD_END_ERR}}</p>
<p><label for="conditions">Vilkår</label><textarea id="conditions" name="conditions" rows="4" maxlength="20000">{{CONDITIONS}}</textarea></p>
<p><label for="status_every">Statusrapport hver (måneder, 0 = ingen)</label><input id="status_every" name="status_every" value="{{STATUS_EVERY}}" maxlength="2">{{#STATUS_EVERY_ERR}}<span class="field-error">{{MSG}}</span>{{/STATUS_EVERY_ERR}}</p>
<p><label><input type="checkbox" name="accounting" value="1"{{#ACCOUNTING_ON}} checked{{/ACCOUNTING_ON}}> Regnskabspligtigt tilskud</label></p>
<p><label for="accounts_after">Regnskab senest (måneder efter periodens slut)</label><input id="accounts_after" name="accounts_after" value="{{ACCOUNTS_AFTER}}" maxlength="2">{{#ACCOUNTS_AFTER_ERR}}<span class="field-error">{{MSG}}</span>{{/ACCOUNTS_AFTER_ERR}}</p>
<p><button type="submit" name="decision" value="award">Giv tilsagn</button></p>
</fieldset>
<fieldset><legend>Afslå</legend>
<p><label for="reason">Begrundelse for afslag</label><textarea id="reason" name="reason" rows="4" maxlength="20000">{{REASON}}</textarea>{{#REASON_ERR}}<span class="field-error">{{MSG}}</span>{{/REASON_ERR}}</p>
<p><button type="submit" name="decision" value="reject">Giv afslag</button></p>
</fieldset>
</form>{{/UNDECIDED}}

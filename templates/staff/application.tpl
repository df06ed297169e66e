{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/pools/{{POOL_ID}}">&larr; {{POOL_NAME}}</a></p>
{{#DONE}}<p class="notice success" role="status">{{MSG}}</p>{{/DONE}}
{{#ALREADY_AWARDED}}<p class="notice" role="status">Ansøgningen har allerede fået tilsagn, så der er ikke givet et til. <a href="#tilsagn">Se tilsagnet {{GRANT_NO}}</a>. Adgangskoden blev vist én gang, da tilsagnet blev givet, og kan ikke vises igen.</p>{{/ALREADY_AWARDED}}
{{#ALREADY_REJECTED}}<p class="notice" role="status">Ansøgningen er allerede afslået, så intet er ændret. <a href="#afslag">Se afslaget</a>.</p>{{/ALREADY_REJECTED}}
{{#CONFLICT}}<div class="notice warning" role="alert"><p>Ansøgningen {{WHAT}} ({{ON}}{{#BY_SET}}, {{BY}}{{/BY_SET}}), så din afgørelse er ikke gemt.</p></div>{{/CONFLICT}}
<h1>Ansøgning {{CASE_NO}}</h1>
<dl class="facts">
<dt>Ansøger</dt><dd>{{ORG}} (CVR {{CVR}})</dd>
<dt>Kontakt</dt><dd>{{CONTACT}}, {{EMAIL}} {{PHONE}}</dd>
<dt>Projekt</dt><dd>{{TITLE}}</dd>
<dt>Periode</dt><dd>{{START}} &ndash; {{END}}</dd>
<dt>Ansøgt beløb</dt><dd>{{REQUESTED}} kr.</dd>
<dt>Modtaget</dt><dd>{{SUBMITTED}}</dd>
</dl>
<h2>Beskrivelse</h2><div class="text">{{DESCRIPTION:pre_escape}}</div>
<h2>Budget</h2>
{{#NO_BUDGET}}<p class="empty">Ingen budgetlinjer.</p>{{/NO_BUDGET}}
{{#HAS_BUDGET}}<div class="table-wrap" role="region" aria-label="Budget" tabindex="0">
<table class="list"><thead><tr><th scope="col">Post</th><th scope="col" class="num">Beløb (kr.)</th></tr></thead><tbody>{{#BUDGET}}<tr><td>{{TEXT:pre_escape}}</td><td class="num">{{LAMOUNT}}</td></tr>{{/BUDGET}}</tbody></table>
</div>{{/HAS_BUDGET}}
<h2>Bilag</h2>
{{#NO_FILES}}<p class="empty">Ingen bilag.</p>{{/NO_FILES}}
{{#HAS_FILES}}<ul>{{#FILE}}<li><a href="/staff/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB)</li>{{/FILE}}</ul>{{/HAS_FILES}}
{{#AWARDED}}<h2 id="tilsagn">Bevilget</h2><p>Tilsagn <strong>{{GRANT_NO}}</strong>: {{GAMOUNT}} kr., periode {{GSTART}} &ndash; {{GEND}}{{#GACCOUNTING}}, regnskabspligtigt{{/GACCOUNTING}}{{#GAUDITOR}}, med revisorerklæring{{/GAUDITOR}}. Afgjort {{ON}}{{#BY_SET}} af {{BY}}{{/BY_SET}}.</p>
{{#GEMAIL}}<p>Påmindelser og kvitteringer sendes til <strong>{{EMAIL}}</strong> (modtageren kan rette adressen).</p>{{/GEMAIL}}
{{#GCONDITIONS}}<h3>Vilkår</h3><div class="text">{{TEXT:pre_escape}}</div>{{/GCONDITIONS}}
<p class="hint">Modtagerens adgangskode blev vist én gang, da tilsagnet blev givet. Systemet gemmer den ikke og kan ikke vise den igen.</p>{{/AWARDED}}
{{#REJECTED}}<h2 id="afslag">Afslået</h2><p>Afgjort {{ON}}{{#BY_SET}} af {{BY}}{{/BY_SET}}.</p><h3>Begrundelse</h3><div class="text">{{REASON:pre_escape}}</div>{{/REJECTED}}
{{#UNDECIDED}}<h2>Afgørelse</h2>
<p>Begge afgørelser er endelige. Du ser en oversigt og bekræfter, før noget gemmes.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Afgørelsen er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="/staff/applications/{{AID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="decision" value="award"><input type="hidden" name="once" value="{{ONCE}}">
<fieldset><legend>Giv tilsagn</legend>
<p><label for="amount">Bevilget beløb i kr. <span class="hint">(ansøgt {{REQUESTED}} kr., puljen {{POOL_AMOUNT}} kr.)</span></label><input id="amount" name="amount" value="{{AMOUNT}}" maxlength="24" class="amount" inputmode="decimal"{{#AMOUNT_ERR}} aria-invalid="true" aria-describedby="amount-err"{{/AMOUNT_ERR}}>{{#AMOUNT_ERR}}<span class="field-error" id="amount-err">{{MSG}}</span>{{/AMOUNT_ERR}}</p>
<p><label for="period_start">Tilskudsperiodens start (ÅÅÅÅ-MM-DD)</label><input id="period_start" name="period_start" value="{{PERIOD_START}}" maxlength="10" class="short"{{#PERIOD_START_ERR}} aria-invalid="true" aria-describedby="period_start-err"{{/PERIOD_START_ERR}}>{{#PERIOD_START_ERR}}<span class="field-error" id="period_start-err">{{MSG}}</span>{{/PERIOD_START_ERR}}</p>
<p><label for="period_end">Tilskudsperiodens slut (ÅÅÅÅ-MM-DD)</label><input id="period_end" name="period_end" value="{{PERIOD_END}}" maxlength="10" class="short"{{#PERIOD_END_ERR}} aria-invalid="true" aria-describedby="period_end-err"{{/PERIOD_END_ERR}}>{{#PERIOD_END_ERR}}<span class="field-error" id="period_end-err">{{MSG}}</span>{{/PERIOD_END_ERR}}</p>
<p><label for="conditions">Vilkår</label><textarea id="conditions" name="conditions" rows="4" maxlength="20000"{{#CONDITIONS_ERR}} aria-invalid="true" aria-describedby="conditions-err"{{/CONDITIONS_ERR}}>{{CONDITIONS:pre_escape}}</textarea>{{#CONDITIONS_ERR}}<span class="field-error" id="conditions-err">{{MSG}}</span>{{/CONDITIONS_ERR}}</p>
<p><label for="status_every">Statusrapport hver (måneder, 0 = ingen)</label><input id="status_every" name="status_every" value="{{STATUS_EVERY}}" maxlength="2" inputmode="numeric" class="short"{{#STATUS_EVERY_ERR}} aria-invalid="true" aria-describedby="status_every-err"{{/STATUS_EVERY_ERR}}>{{#STATUS_EVERY_ERR}}<span class="field-error" id="status_every-err">{{MSG}}</span>{{/STATUS_EVERY_ERR}}</p>
<div class="choice"><input type="checkbox" id="accounting" name="accounting" value="1"{{#ACCOUNTING_ON}} checked{{/ACCOUNTING_ON}}><label for="accounting">Regnskabspligtigt tilskud</label></div>
<p><label for="accounts_after">Regnskab senest (måneder efter periodens slut)</label><input id="accounts_after" name="accounts_after" value="{{ACCOUNTS_AFTER}}" maxlength="2" inputmode="numeric" class="short"{{#ACCOUNTS_AFTER_ERR}} aria-invalid="true" aria-describedby="accounts_after-err"{{/ACCOUNTS_AFTER_ERR}}>{{#ACCOUNTS_AFTER_ERR}}<span class="field-error" id="accounts_after-err">{{MSG}}</span>{{/ACCOUNTS_AFTER_ERR}}</p>
<p><button type="submit">Giv tilsagn &hellip;</button></p>
</fieldset>
</form>
<form method="post" action="/staff/applications/{{AID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="decision" value="reject"><input type="hidden" name="once" value="{{ONCE}}">
<fieldset><legend>Giv afslag</legend>
<p><label for="reason">Begrundelse for afslag <span class="hint">(ansøgeren kan læse den)</span></label><textarea id="reason" name="reason" rows="4" maxlength="20000"{{#REASON_ERR}} aria-invalid="true" aria-describedby="reason-err"{{/REASON_ERR}}>{{REASON:pre_escape}}</textarea>{{#REASON_ERR}}<span class="field-error" id="reason-err">{{MSG}}</span>{{/REASON_ERR}}</p>
<p><button type="submit" class="danger">Giv afslag &hellip;</button></p>
</fieldset>
</form>{{/UNDECIDED}}

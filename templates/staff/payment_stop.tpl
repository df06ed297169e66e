{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/obligations/">&larr; Frister</a></p>
{{#DONE_SET}}<p class="notice success" role="status">Betalingsstoppet er sat. Tilskudsmodtageren kan se det, når vedkommende logger ind.</p>{{/DONE_SET}}
{{#DONE_CLEAR}}<p class="notice success" role="status">Betalingsstoppet er ophævet.</p>{{/DONE_CLEAR}}
{{#AGAIN}}<p class="notice" role="status">Handlingen var allerede udført, så den er ikke gentaget.</p>{{/AGAIN}}
{{#ALREADY}}<p class="notice warning" role="alert">Intet er ændret: en anden havde allerede ændret betalingsstoppet. Se det, som det er nu, herunder.</p>{{/ALREADY}}
<h1>Betalingsstop for {{GRANT_NO}}</h1>
<dl class="facts">
<dt>Tilsagn</dt><dd>{{GRANT_NO}} {{ORG}} {{TITLE}}</dd>
<dt>Betalingsstop</dt><dd>{{#STOPPED}}<strong>Ja</strong>, sat {{SINCE}} af {{BY}}<div class="text">{{REASON:pre_escape}}</div>{{/STOPPED}}{{#NOT_STOPPED}}Nej, udbetalinger er ikke standset{{/NOT_STOPPED}}</dd>
<dt>Regnskab</dt><dd>{{#ACCOUNTS_OVER}}Regnskabet skulle være indsendt {{DUE}} og er {{DAYS}} forsinket.{{/ACCOUNTS_OVER}}{{#NO_ACCOUNTS_OVER}}Intet forsinket regnskab.{{/NO_ACCOUNTS_OVER}}</dd>
</dl>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Intet er ændret. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="/staff/obligations/stop" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="once" value="{{ONCE}}"><input type="hidden" name="award" value="{{AWARD_ID}}"><input type="hidden" name="action" value="{{ACTION}}">
<h2>{{#SET}}Sæt betalingsstop{{/SET}}{{#CLEAR}}Ophæv betalingsstop{{/CLEAR}}</h2>
<p><label for="reason">Begrundelse</label>
<span class="hint" id="reason-hint">{{#SET}}Tilskudsmodtageren kan se begrundelsen. Skriv fx hvad der mangler, før der igen kan udbetales.{{/SET}}{{#CLEAR}}Begrundelsen skrives i revisionssporet.{{/CLEAR}}</span>
{{#REASON_ERR}}<span class="field-error" id="reason-err">{{MSG}}</span>{{/REASON_ERR}}
<textarea id="reason" name="reason" rows="4" maxlength="2000" aria-required="true" aria-describedby="reason-hint{{#REASON_ERR}} reason-err{{/REASON_ERR}}"{{#REASON_ERR}} aria-invalid="true"{{/REASON_ERR}}>{{REASON:pre_escape}}</textarea></p>
<p><button type="submit"{{#SET}} class="danger"{{/SET}}>{{#SET}}Sæt betalingsstop …{{/SET}}{{#CLEAR}}Ophæv betalingsstop …{{/CLEAR}}</button> <span class="hint">Du skal bekræfte på næste side.</span></p>
</form>

{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p class="notice warning">Kontrollér oplysningerne. Intet er gemt endnu: afgørelsen træffes først, når du trykker »Bekræft«.</p>
{{#AWARD}}<dl class="facts">
<dt>Ansøgning</dt><dd>{{CASE_NO}} til {{POOL_NAME}}</dd>
<dt>Modtager</dt><dd>{{ORG}} (CVR {{CVR}})</dd>
<dt>Projekt</dt><dd>{{TITLE}}</dd>
<dt>Bevilget beløb</dt><dd><strong>{{AMOUNT}} kr.</strong> (ansøgt {{REQUESTED}} kr.)</dd>
<dt>Tilskudsperiode</dt><dd>{{GSTART}} &ndash; {{GEND}}</dd>
<dt>Vilkår</dt><dd>{{#CONDITIONS}}<div class="text">{{TEXT:pre_escape}}</div>{{/CONDITIONS}}{{#NO_CONDITIONS}}Ingen særlige vilkår{{/NO_CONDITIONS}}</dd>
<dt>Regnskab</dt><dd>{{#ACCOUNTING}}Regnskabspligtigt{{#AUDITOR}}, med revisorerklæring{{/AUDITOR}}{{/ACCOUNTING}}{{#NO_ACCOUNTING}}Ikke regnskabspligtigt{{/NO_ACCOUNTING}}</dd>
<dt>Frister</dt><dd>{{#NO_OBLIG}}Ingen statusrapporter eller regnskab{{/NO_OBLIG}}{{#HAS_OBLIG}}<ul>{{#OBLIG}}<li>{{#STATUS_REPORT}}Statusrapport {{SEQ}}{{/STATUS_REPORT}}{{#ACCOUNTS}}Regnskab{{/ACCOUNTS}}: senest {{DUE}}</li>{{/OBLIG}}</ul>{{/HAS_OBLIG}}</dd>
</dl>
<h2>Hvad sker der, når du bekræfter?</h2>
<ul>
<li>Ansøgningen får tilsagn, og der oprettes et tilsagnsnummer.</li>
<li>Modtagerens adgangskode vises én gang på næste side. Hav tilsagnsbrevet til {{EMAIL}} klar.</li>
<li>Afgørelsen kan ikke fortrydes i frist.</li>
</ul>{{/AWARD}}
{{#REJECT_APP}}<dl class="facts">
<dt>Ansøgning</dt><dd>{{CASE_NO}} til {{POOL_NAME}}</dd>
<dt>Ansøger</dt><dd>{{ORG}} (CVR {{CVR}})</dd>
<dt>Projekt</dt><dd>{{TITLE}}</dd>
<dt>Ansøgt beløb</dt><dd>{{REQUESTED}} kr.</dd>
<dt>Begrundelse</dt><dd><div class="text">{{REASON:pre_escape}}</div></dd>
</dl>
<h2>Hvad sker der, når du bekræfter?</h2>
<ul>
<li>Ansøgningen får afslag. Ansøgeren kan se afslaget og begrundelsen med det samme.</li>
<li>Afgørelsen kan ikke fortrydes i frist.</li>
</ul>{{/REJECT_APP}}
{{#CASE_DECISION}}<dl class="facts">
<dt>Sag</dt><dd>{{KIND}} {{CASE_NO}}</dd>
<dt>Tilsagn</dt><dd>{{GRANT}} {{ORG}}</dd>
{{#AMOUNT_SET}}<dt>Beløb til tilbagebetaling</dt><dd><strong>{{AMOUNT}} kr.</strong></dd>{{/AMOUNT_SET}}
<dt>Besked til modtageren</dt><dd>{{#MESSAGE_SET}}<div class="text">{{MESSAGE:pre_escape}}</div>{{/MESSAGE_SET}}{{#NO_MESSAGE}}Ingen{{/NO_MESSAGE}}</dd>
</dl>
<h2>Hvad sker der, når du bekræfter?</h2>
<ul>
{{#APPROVE}}<li>Sagen godkendes i dag, og behandlingstiden stopper.</li><li>Modtageren kan se godkendelsen{{#MESSAGE_SET}} og beskeden{{/MESSAGE_SET}}.</li>{{/APPROVE}}
{{#REJECT}}<li>Sagen afvises i dag, og behandlingstiden stopper.</li><li>Modtageren kan se afvisningen og begrundelsen.</li>{{/REJECT}}
{{#REPAY}}<li>Modtageren får et krav om at tilbagebetale {{AMOUNT}} kr. og kan se det på sin sag{{#MESSAGE_SET}} sammen med beskeden{{/MESSAGE_SET}}.</li>{{/REPAY}}
<li>Handlingen skrives i sagens revisionsspor.</li>
</ul>{{/CASE_DECISION}}
{{#PAYMENT_STOP}}<dl class="facts">
<dt>Tilsagn</dt><dd>{{GRANT}} {{ORG}}</dd>
<dt>Begrundelse</dt><dd><div class="text">{{REASON:pre_escape}}</div></dd>
</dl>
<h2>Hvad sker der, når du bekræfter?</h2>
<ul>
{{#STOP_SET}}<li>Tilsagnet får betalingsstop: der må ikke udbetales, før stoppet er ophævet.</li><li>Tilskudsmodtageren kan se betalingsstoppet og begrundelsen, når vedkommende logger ind.</li>{{/STOP_SET}}
{{#STOP_CLEAR}}<li>Betalingsstoppet ophæves, og der må igen udbetales.</li><li>Tilskudsmodtageren ser ikke længere betalingsstoppet.</li>{{/STOP_CLEAR}}
<li>Handlingen skrives i revisionssporet med dit navn og begrundelsen.</li>
</ul>{{/PAYMENT_STOP}}
<form method="post" action="{{ACTION_URL}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE:pre_escape}}">
{{/HIDDEN}}<p><button type="submit" name="step" value="confirm"{{#DANGER}} class="danger"{{/DANGER}}>{{CONFIRM_LABEL}}</button>
<button type="submit" name="step" value="edit" class="secondary">Fortryd</button></p>
</form>

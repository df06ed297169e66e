{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/pools/">&larr; Alle puljer</a></p>
{{#DONE}}<p class="notice success" role="status">{{MSG}}</p>{{/DONE}}
{{#AGAIN}}<p class="notice" role="status">Formularen var allerede sendt, så der er ikke oprettet en pulje til. {{MSG}}</p>{{/AGAIN}}
<h1>{{NAME}}</h1>
<p><a class="button secondary" href="/staff/pools/{{ID}}/edit">Ret puljen</a></p>
<dl class="facts">
<dt>Tema</dt><dd>{{THEME}}</dd>
<dt>Status</dt><dd><span class="tag tag-{{PHASE}}">{{PHASE_LABEL}}</span></dd>
<dt>Beløb</dt><dd>{{AMOUNT}} kr.</dd>
<dt>Finansår</dt><dd>{{YEAR}}</dd>
<dt>Ansøgningsperiode</dt><dd>{{OPENS}} &ndash; {{CLOSES}}</dd>
<dt>Udmøntningsfrist</dt><dd>{{DEADLINE}}{{#DAYS_LEFT}} (om {{N}} dage){{/DAYS_LEFT}}{{#DUE_TODAY}} (i dag){{/DUE_TODAY}}{{#DAYS_OVER}} (overskredet for {{N}} dage siden){{/DAYS_OVER}}</dd>
<dt>Hjemmel</dt><dd>{{LEGAL}}</dd>
<dt>Udmøntning</dt><dd><span class="tag tag-{{STATE_CODE}}">{{STATE}}</span>{{#DISBURSED}} (udmøntet {{ON}}){{/DISBURSED}}</dd>
<dt>Ansøgninger</dt><dd>{{APPS}} indsendt, {{DECIDED}} afgjort</dd>
<dt>Bevilget</dt><dd>{{AWARDED}} af {{AMOUNT}} kr.</dd>
</dl>
<h2>Formål</h2>
<div class="text">{{PURPOSE:pre_escape}}</div>
<h2>Ansøgninger</h2>
{{#NO_APPS}}<p class="empty">Ingen indsendte ansøgninger endnu.</p>{{/NO_APPS}}
{{#HAS_APPS}}<div class="table-wrap" role="region" aria-label="Ansøgninger til puljen" tabindex="0">
<table class="list"><thead><tr><th scope="col">Sag og ansøger</th><th scope="col" class="wide-only">Projekt</th><th scope="col" class="num wide-only">Ansøgt (kr.)</th><th scope="col" class="wide-only">Modtaget</th><th scope="col">Status</th></tr></thead><tbody>
{{#APP}}<tr><td><a href="/staff/applications/{{AID}}">{{CASE_NO}}</a><br><span class="hint">{{ORG}}</span></td><td class="wide-only">{{TITLE}}</td><td class="num wide-only">{{REQUESTED}}</td><td class="wide-only">{{SUBMITTED}}</td><td><span class="tag tag-{{ASTATUS_CODE}}">{{ASTATUS}}</span> {{ADECIDED}}</td></tr>
{{/APP}}</tbody></table>
</div>{{/HAS_APPS}}

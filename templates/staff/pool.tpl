{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/pools/">&larr; Puljer</a></p>
<h1>{{NAME}}</h1>
<p><a class="button" href="/staff/pools/{{ID}}/edit">Ret puljen</a></p>
<dl class="facts">
<dt>Tema</dt><dd>{{THEME}}</dd>
<dt>Status</dt><dd>{{STATUS}}</dd>
<dt>Beløb</dt><dd>{{AMOUNT}} kr.</dd>
<dt>Finansår</dt><dd>{{YEAR}}</dd>
<dt>Ansøgningsperiode</dt><dd>{{OPENS}} &ndash; {{CLOSES}}</dd>
<dt>Udmøntningsfrist</dt><dd>{{DEADLINE}}</dd>
<dt>Hjemmel</dt><dd>{{LEGAL}}</dd>
<dt>Udmøntning</dt><dd><strong>{{STATE}}</strong>{{#DISBURSED}} (udmøntet {{ON}}){{/DISBURSED}}</dd>
<dt>Ansøgninger</dt><dd>{{APPS}} indsendt, {{DECIDED}} afgjort</dd>
<dt>Bevilget</dt><dd>{{AWARDED}} af {{AMOUNT}} kr.</dd>
</dl>
<p class="text">{{PURPOSE}}</p>
<h2>Ansøgninger</h2>
<table class="list"><thead><tr><th scope="col">Sag</th><th scope="col">Ansøger</th><th scope="col">Projekt</th><th scope="col" class="num">Ansøgt (kr.)</th><th scope="col">Modtaget</th><th scope="col">Status</th></tr></thead><tbody>
{{#APP}}<tr><td><a href="/staff/applications/{{AID}}">{{CASE_NO}}</a></td><td>{{ORG}}</td><td>{{TITLE}}</td><td class="num">{{REQUESTED}}</td><td>{{SUBMITTED}}</td><td>{{ASTATUS}} {{ADECIDED}}</td></tr>
{{/APP}}</tbody></table>

{{%AUTOESCAPE context="HTML"}}
<form method="post" action="/grants/logout" class="inline-right">
<input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit">Log ud</button></form>
<h1>Tilsagn {{GRANT_NO}}</h1>
<dl class="facts">
<dt>Tilskudsmodtager</dt><dd>{{ORG_NAME}}</dd>
<dt>Projekt</dt><dd>{{TITLE}}</dd>
<dt>Pulje</dt><dd>{{POOL_NAME}}</dd>
<dt>Beløb</dt><dd>{{AMOUNT}} kr.</dd>
<dt>Periode</dt><dd>{{PERIOD_START}} &ndash; {{PERIOD_END}}</dd>
<dt>Vilkår</dt><dd>{{CONDITIONS}}</dd>
<dt>Regnskab</dt><dd>{{#ACCOUNTING}}Regnskabspligtigt tilskud{{#AUDITOR}}, med revisorerklæring{{/AUDITOR}}{{/ACCOUNTING}}{{#NO_ACCOUNTING}}Intet regnskab{{/NO_ACCOUNTING}}</dd>
</dl>
<h2>Det skal du indsende</h2>
<table class="list">
<thead><tr><th scope="col">Hvad</th><th scope="col">Frist</th><th scope="col">Status</th></tr></thead>
<tbody>
{{#OBLIGATION}}<tr><td>{{KIND}}</td><td>{{DUE}}</td><td>
{{#OPEN}}<a href="/grants/my/obligations/{{OID}}">Indsend</a>{{/OPEN}}
{{#OVERDUE}}<strong class="error-msg">Fristen er overskredet</strong> &ndash; <a href="/grants/my/obligations/{{OID}}">Indsend</a>{{/OVERDUE}}
{{#SUBMITTED}}<a href="/grants/my/cases/{{SID}}">{{CASE_NO}}</a>: {{STATUS}} (modtaget {{RECEIVED}}){{#RETURNED}} &ndash; <a href="/grants/my/obligations/{{OID}}">Ret og indsend igen</a>{{/RETURNED}}{{/SUBMITTED}}
</td></tr>
{{/OBLIGATION}}
</tbody></table>

{{%AUTOESCAPE context="HTML"}}
<form method="post" action="/grants/logout" class="inline-right">
<input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="secondary">Log ud</button></form>
<h1>Tilsagn {{GRANT_NO}}</h1>
{{#TO_CORRECT}}<div class="notice warning" id="to-correct">
<h2>{{#ONE}}En sag er sendt retur til dig{{/ONE}}{{#MANY}}Sager er sendt retur til dig{{/MANY}}</h2>
<p>Styrelsen har sendt {{#ONE}}denne sag{{/ONE}}{{#MANY}}disse sager{{/MANY}} retur til rettelse. Ret det, der står i beskeden, og send igen.</p>
<ul>
{{#CASE}}<li><p><span class="tag tag-returned">Sendt retur</span> {{KIND}} <a href="/grants/my/cases/{{SID}}">{{CASE_NO}}</a></p>
<p>Det skal rettes:</p><div class="text">{{MESSAGE:pre_escape}}</div>
<p><a class="button" href="/grants/my/obligations/{{OID}}">Ret og indsend {{CASE_NO}} igen</a></p></li>
{{/CASE}}</ul></div>{{/TO_CORRECT}}
<dl class="facts">
<dt>Tilskudsmodtager</dt><dd>{{ORG_NAME}}</dd>
<dt>Projekt</dt><dd>{{TITLE}}</dd>
<dt>Pulje</dt><dd>{{POOL_NAME}}</dd>
<dt>Beløb</dt><dd>{{AMOUNT}} kr.</dd>
<dt>Periode</dt><dd>{{PERIOD_START}} &ndash; {{PERIOD_END}}</dd>
<dt>Vilkår</dt><dd><div class="text">{{CONDITIONS:pre_escape}}</div></dd>
<dt>Regnskab</dt><dd>{{#ACCOUNTING}}Regnskabspligtigt tilskud{{#AUDITOR}}, med revisorerklæring{{/AUDITOR}}{{/ACCOUNTING}}{{#NO_ACCOUNTING}}Intet regnskab{{/NO_ACCOUNTING}}</dd>
</dl>
<h2>Det skal du indsende</h2>
{{#NO_OBLIGATIONS}}<p class="empty">Ingen statusrapporter eller regnskaber endnu.</p>{{/NO_OBLIGATIONS}}
{{#HAS_OBLIGATIONS}}<div class="table-wrap" role="region" aria-label="Det skal du indsende" tabindex="0">
<table class="list">
<thead><tr><th scope="col">Hvad</th><th scope="col">Frist</th><th scope="col">Status</th></tr></thead>
<tbody>
{{#OBLIGATION}}<tr{{#SUBMITTED}}{{#RETURNED}} class="returned"{{/RETURNED}}{{/SUBMITTED}}><td>{{KIND}}</td><td>{{DUE}}</td><td>
{{#OPEN}}<a href="/grants/my/obligations/{{OID}}">Indsend {{KIND}} (frist {{DUE}})</a>{{/OPEN}}
{{#OVERDUE}}<span class="due-over">Fristen er overskredet</span> &ndash; <a href="/grants/my/obligations/{{OID}}">Indsend {{KIND}} (frist {{DUE}})</a>{{/OVERDUE}}
{{#SUBMITTED}}<span class="tag tag-{{STATUS_CODE}}">{{STATUS}}</span> <a href="/grants/my/cases/{{SID}}">{{CASE_NO}}</a> (modtaget {{RECEIVED}}){{#RETURNED}} &ndash; <a href="/grants/my/obligations/{{OID}}">Ret og indsend {{CASE_NO}} igen</a>{{/RETURNED}}{{/SUBMITTED}}
</td></tr>
{{/OBLIGATION}}
</tbody></table></div>{{/HAS_OBLIGATIONS}}

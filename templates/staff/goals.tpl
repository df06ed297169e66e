{{%AUTOESCAPE context="HTML"}}
<h1>Mål for sagsbehandlingstider</h1>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Målene kan ikke vises for den periode</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
<p>Ret perioden herunder, eller <a href="/staff/goals/">vis indeværende kvartal</a>.</p>
</div>{{/HAS_ERRORS}}
<form method="get" action="/staff/goals/" class="form filter">
<p><label for="year">År</label><input id="year" name="year" value="{{YEAR}}" maxlength="4" inputmode="numeric" class="short"{{#YEAR_ERR}} aria-invalid="true" aria-describedby="year-err"{{/YEAR_ERR}}>{{#YEAR_ERR}}<span class="field-error" id="year-err">{{MSG}}</span>{{/YEAR_ERR}}</p>
<p><label for="period">Periode</label><select id="period" name="period"{{#PERIOD_ERR}} aria-invalid="true" aria-describedby="period-err"{{/PERIOD_ERR}}><option value="year"{{#PERIOD_YEAR}} selected{{/PERIOD_YEAR}}>Hele året</option><option value="h1"{{#PERIOD_H1}} selected{{/PERIOD_H1}}>1. halvår</option><option value="h2"{{#PERIOD_H2}} selected{{/PERIOD_H2}}>2. halvår</option><option value="q1"{{#PERIOD_Q1}} selected{{/PERIOD_Q1}}>1. kvartal</option><option value="q2"{{#PERIOD_Q2}} selected{{/PERIOD_Q2}}>2. kvartal</option><option value="q3"{{#PERIOD_Q3}} selected{{/PERIOD_Q3}}>3. kvartal</option><option value="q4"{{#PERIOD_Q4}} selected{{/PERIOD_Q4}}>4. kvartal</option></select>{{#PERIOD_ERR}}<span class="field-error" id="period-err">{{MSG}}</span>{{/PERIOD_ERR}}</p>
<p><label for="from">Eller fra dato</label><input id="from" name="from" value="{{FROM}}" maxlength="10" placeholder="ÅÅÅÅ-MM-DD" class="short" aria-describedby="custom-hint{{#FROM_ERR}} from-err{{/FROM_ERR}}"{{#FROM_ERR}} aria-invalid="true"{{/FROM_ERR}}>{{#FROM_ERR}}<span class="field-error" id="from-err">{{MSG}}</span>{{/FROM_ERR}}</p>
<p><label for="to">til dato</label><input id="to" name="to" value="{{TO}}" maxlength="10" placeholder="ÅÅÅÅ-MM-DD" class="short" aria-describedby="custom-hint{{#TO_ERR}} to-err{{/TO_ERR}}"{{#TO_ERR}} aria-invalid="true"{{/TO_ERR}}>{{#TO_ERR}}<span class="field-error" id="to-err">{{MSG}}</span>{{/TO_ERR}}</p>
<p><button type="submit">Vis</button></p>
</form>
<p class="hint" id="custom-hint">Udfyldes fra og til (ÅÅÅÅ-MM-DD, begge dage med), gælder de i stedet for år og periode.</p>
{{#RESULT}}<h2>Periode: {{PERIOD_LABEL}}</h2>
<p class="hint" id="figures-made">Tallene er opgjort kl. {{MADE}}{{#MAX_AGE}} og kan være op til {{SECONDS}} sekunder gamle{{/MAX_AGE}}.</p>
<p><a href="{{CSV_URL}}" download>Hent oversigten som CSV</a> (semikolonsepareret, til regneark).</p>
<p><a href="/staff/goals/overview.xml?{{PQ}}" download>Hent oversigten som XML</a> (alle tal og sagslister, <a href="/static/schemas/goals-report.xsd">skema</a>) · <a href="/staff/goals/report?{{PQ}}">Kvartalsrapport til udskrift</a></p>
{{#NO_GOALS}}<p class="empty">Der er ingen mål, du har adgang til.</p>{{/NO_GOALS}}
<div class="table-wrap" role="region" aria-label="Målene i perioden" tabindex="0">
<table class="list goals"><thead><tr><th scope="col">Mål</th><th scope="col">Status</th><th scope="col" class="num">Afgjort</th><th scope="col" class="num">Inden for fristen</th><th scope="col" class="num">Andel</th><th scope="col" class="num">Mål</th><th scope="col">Opfyldt</th><th scope="col" class="num">Åbne over fristen</th><th scope="col" class="num">I risiko</th><th scope="col" class="num">Værst / bedst</th><th scope="col" class="num">Median</th><th scope="col" class="num">90 %-fraktil</th><th scope="col">Åbne sager ved periodens slutning</th><th scope="col">Stoppet ur</th><th scope="col">Versioner</th></tr></thead><tbody>
{{#GOAL}}<tr id="goal-{{CODE}}"><th scope="row"><a href="/staff/goals/{{CODE}}?{{PQ}}">{{NAME}}</a><br><span class="hint">{{POP}}: {{START_EVENT}} → {{STOP_EVENT}}, frist {{LIMIT}} {{UNIT}}</span></th>
<td><span class="tag tag-{{STATUS_TAG}}">{{STATUS_TEXT}}</span></td>
<td class="num">{{COMPLETED}}{{#HAS_EXTRA}} + {{EXTRA}} åbne over fristen{{/HAS_EXTRA}}</td><td class="num">{{WITHIN}}</td><td class="num">{{SHARE}}</td><td class="num">{{TARGET}}</td><td class="{{VERDICT_CLASS}}">{{VERDICT}}</td>
<td class="num"><a href="/staff/goals/{{CODE}}?{{PQ}}#breached" aria-label="{{BREACHED}} åbne sager over fristen: {{NAME}}">{{BREACHED}}</a></td>
<td class="num">{{#UNFINISHED}}<a href="/staff/goals/{{CODE}}?{{PQ}}#risk" aria-label="{{AT_RISK}} sager i risiko: {{NAME}}">{{AT_RISK}}</a>{{/UNFINISHED}}{{#FINISHED}}{{AT_RISK}}{{/FINISHED}}</td>
<td class="num">{{WORST}} / {{BEST}}</td><td class="num">{{P50}}</td><td class="num">{{P90}}</td>
<td>{{OPEN}} åbne, {{OPEN_SHARE}} inden for fristen, medianalder {{AGE_P50}}</td>
<td>{{PAUSED_CASES}} {{#PAUSED_ONE}}sag{{/PAUSED_ONE}}{{#PAUSED_MANY}}sager{{/PAUSED_MANY}}, gns. {{PAUSED_AVG}} dage</td>
<td>{{#MIXED}}<strong>Blander {{NVERSIONS}} versioner:</strong> {{/MIXED}}{{#VERSION}}fra {{V_FROM}}: {{LIMIT}} {{UNIT}}, {{TARGET}}{{#VERSION_separator}}; {{/VERSION_separator}}{{/VERSION}}{{#MIXED_UNITS}} (forskellige enheder eller pauseregler){{/MIXED_UNITS}}</td></tr>
{{/GOAL}}</tbody></table>
</div>
<details class="version"><summary>Sådan læses tallene og farverne</summary>
<p>En sag tæller i den periode, den blev afgjort i. <strong>Andel</strong> er sager afgjort inden for fristen ud af de afgjorte (rundet ned til en decimal, så tal og vurdering passer sammen). <strong>Åbne over fristen</strong> er åbne sager, der allerede har passeret fristen: de bliver for sene, uanset hvornår de afgøres. <strong>I risiko</strong> er åbne sager, der passerer fristen inden periodens slutning, hvis de ikke afgøres før. <strong>Værst</strong> er andelen, hvis alle sager over fristen og i risiko afgøres for sent i perioden; <strong>bedst</strong>, hvis sagerne i risiko afgøres i tide. Median og 90 %-fraktil er behandlingstiden for de afgjorte sager. En sag bedømmes efter den version af målet, der gjaldt den dag, uret startede.</p>
<p>Farverne: <span class="tag tag-approved">Grøn</span> målet er nået i en afsluttet periode, eller i en periode, der ikke er slut, nås det selv i værste fald. <span class="tag tag-rejected">Rød</span> målet er ikke nået i en afsluttet periode, eller selv i bedste fald kan det ikke nås. <span class="tag tag-returned">Gul</span> ellers: målet kan nås, hvis sagerne i risiko afgøres i tide. <span class="tag tag-none">Ingen sager</span> når der ikke er nogen sager at bedømme.</p>
</details>
<h2>Udvikling pr. kvartal</h2>
{{#CHARTS}}<section class="goal-chart" aria-labelledby="chart-{{CODE}}-h">
<h3 id="chart-{{CODE}}-h">{{NAME}}</h3>
{{>CHART}}
</section>
{{/CHARTS}}{{/RESULT}}

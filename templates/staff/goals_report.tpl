{{%AUTOESCAPE context="HTML"}}
<div class="goals-report">
<p class="report-screen"><a href="/staff/goals/">&larr; Alle mål</a></p>
<h1>Kvartalsrapport: mål for sagsbehandlingstider</h1>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Rapporten kan ikke vises for den periode</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
<p>Ret perioden herunder, eller <a href="/staff/goals/report">vis indeværende kvartal</a>.</p>
</div>{{/HAS_ERRORS}}
<form method="get" action="/staff/goals/report" class="form filter report-screen">
<p><label for="year">År</label><input id="year" name="year" value="{{YEAR}}" maxlength="4" inputmode="numeric" class="short"{{#YEAR_ERR}} aria-invalid="true" aria-describedby="year-err"{{/YEAR_ERR}}>{{#YEAR_ERR}}<span class="field-error" id="year-err">{{MSG}}</span>{{/YEAR_ERR}}</p>
<p><label for="period">Periode</label><select id="period" name="period"{{#PERIOD_ERR}} aria-invalid="true" aria-describedby="period-err"{{/PERIOD_ERR}}><option value="year"{{#PERIOD_YEAR}} selected{{/PERIOD_YEAR}}>Hele året</option><option value="h1"{{#PERIOD_H1}} selected{{/PERIOD_H1}}>1. halvår</option><option value="h2"{{#PERIOD_H2}} selected{{/PERIOD_H2}}>2. halvår</option><option value="q1"{{#PERIOD_Q1}} selected{{/PERIOD_Q1}}>1. kvartal</option><option value="q2"{{#PERIOD_Q2}} selected{{/PERIOD_Q2}}>2. kvartal</option><option value="q3"{{#PERIOD_Q3}} selected{{/PERIOD_Q3}}>3. kvartal</option><option value="q4"{{#PERIOD_Q4}} selected{{/PERIOD_Q4}}>4. kvartal</option></select>{{#PERIOD_ERR}}<span class="field-error" id="period-err">{{MSG}}</span>{{/PERIOD_ERR}}</p>
<p><label for="from">Eller fra dato</label><input id="from" name="from" value="{{FROM}}" maxlength="10" placeholder="ÅÅÅÅ-MM-DD" class="short" aria-describedby="custom-hint{{#FROM_ERR}} from-err{{/FROM_ERR}}"{{#FROM_ERR}} aria-invalid="true"{{/FROM_ERR}}>{{#FROM_ERR}}<span class="field-error" id="from-err">{{MSG}}</span>{{/FROM_ERR}}</p>
<p><label for="to">til dato</label><input id="to" name="to" value="{{TO}}" maxlength="10" placeholder="ÅÅÅÅ-MM-DD" class="short" aria-describedby="custom-hint{{#TO_ERR}} to-err{{/TO_ERR}}"{{#TO_ERR}} aria-invalid="true"{{/TO_ERR}}>{{#TO_ERR}}<span class="field-error" id="to-err">{{MSG}}</span>{{/TO_ERR}}</p>
<p><button type="submit">Vis rapporten</button></p>
</form>
<p class="hint report-screen" id="custom-hint">Udfyldes fra og til (ÅÅÅÅ-MM-DD, begge dage med), gælder de i stedet for år og periode.</p>
{{#RESULT}}<div class="notice report-screen" id="print-hint"><p><strong>Udskriv:</strong> brug browserens udskrift (Ctrl+P, på Mac ⌘+P), eller gem som PDF derfra. Menu, valg og links kommer ikke med på papiret, og hvert mål begynder om muligt på en ny side.</p>
<p>Samme tal som data: <a href="/staff/goals/overview.xml?{{PQ}}" download>XML</a> (<a href="/static/schemas/goals-report.xsd">skema</a>) og <a href="/staff/goals/overview.csv?{{PQ}}" download>CSV</a>.</p></div>
<dl class="facts report-meta">
<dt>Myndighed</dt><dd id="r-agency">{{AUTHORITY}}</dd>
<dt>Periode</dt><dd id="r-period">{{PERIOD_LABEL}} ({{FROM_LONG}} – {{TO_LONG}})</dd>
<dt>Opgjort pr.</dt><dd id="r-asof">{{ASOF_LONG}}{{#FINISHED}} (perioden er afsluttet){{/FINISHED}}{{#UNFINISHED}} (perioden er ikke slut: tallene kan nå at ændre sig){{/UNFINISHED}}</dd>
<dt>Udskrevet</dt><dd id="r-today">{{TODAY_LONG}}</dd>
<dt>Mål i rapporten</dt><dd id="r-ngoals">{{NGOALS}}</dd>
</dl>
{{#NO_GOALS}}<p class="empty">Der er ingen mål, du har adgang til.</p>{{/NO_GOALS}}
{{#GOAL}}<section class="report-goal" id="goal-{{CODE}}" aria-labelledby="goal-{{CODE}}-h">
<h2 id="goal-{{CODE}}-h">{{NO}}. {{NAME}}</h2>
<p>{{POP}}: {{START_EVENT}} → {{STOP_EVENT}}, frist {{LIMIT}} {{UNIT}}, mål {{TARGET}}. {{PAUSE}}.</p>
<p class="report-verdict"><strong>Vurdering:</strong> <span class="tag tag-{{STATUS_TAG}}">{{STATUS_TEXT}}</span>. Andel inden for fristen {{SHARE}} mod målet {{TARGET}}: <span class="{{VERDICT_CLASS}}">{{VERDICT}}</span>.</p>
<div class="table-wrap" role="region" aria-label="Tal: {{NAME}}" tabindex="0">
<table class="list report-figures" id="figures-{{CODE}}"><caption>Tal for {{PERIOD_LABEL}}</caption>
<tbody>
<tr><th scope="row">Afgjort i perioden</th><td class="num">{{COMPLETED}}{{#HAS_EXTRA}} og {{EXTRA}} åbne over fristen, der tæller som overskredet{{/HAS_EXTRA}}</td></tr>
<tr><th scope="row">Inden for fristen</th><td class="num">{{WITHIN}}</td></tr>
<tr><th scope="row">Andel inden for fristen</th><td class="num">{{SHARE}}</td></tr>
<tr><th scope="row">Mål</th><td class="num">{{TARGET}}</td></tr>
<tr><th scope="row">Opfyldt</th><td class="num">{{VERDICT}}</td></tr>
<tr><th scope="row">Åbne sager over fristen</th><td class="num">{{BREACHED}}</td></tr>
<tr><th scope="row">Sager i risiko</th><td class="num">{{AT_RISK}}</td></tr>
<tr><th scope="row">Værst og bedst</th><td class="num">{{WORST}} / {{BEST}}</td></tr>
<tr><th scope="row">Median, 90 %- og 95 %-fraktil</th><td class="num">{{P50}}, {{P90}}, {{P95}}</td></tr>
<tr><th scope="row">Åbne sager ved periodens slutning</th><td class="num">{{OPEN}} åbne, {{OPEN_WITHIN}} ({{OPEN_SHARE}}) inden for fristen, medianalder {{AGE_P50}}</td></tr>
<tr><th scope="row">Stoppet ur (sendt retur)</th><td class="num">{{PAUSED_CASES}} {{#PAUSED_ONE}}sag{{/PAUSED_ONE}}{{#PAUSED_MANY}}sager{{/PAUSED_MANY}}, gennemsnitligt {{PAUSED_AVG}} dage</td></tr>
</tbody></table>
</div>
<p class="report-versions"><strong>Versioner:</strong> {{#MIXED}}tallene blander {{NVERSIONS}} versioner af målet: {{/MIXED}}{{#ONE_VERSION}}én version: {{/ONE_VERSION}}{{#VERSION}}fra {{V_FROM}}: {{LIMIT}} {{UNIT}}, {{TARGET}}{{#VERSION_separator}}; {{/VERSION_separator}}{{/VERSION}}{{#MIXED_UNITS}} (forskellige enheder eller pauseregler){{/MIXED_UNITS}}{{#NO_VERSION}}ingen sager bedømt i perioden; gældende version fra {{RULE_FROM}}: {{LIMIT}} {{UNIT}}, {{TARGET}}{{/NO_VERSION}}</p>
<div class="table-wrap" role="region" aria-label="Udvikling pr. kvartal: {{NAME}}" tabindex="0">
<table class="list report-trend" id="trend-{{CODE}}"><caption>Udvikling pr. kvartal {{CHART_YEAR}}</caption><thead><tr><th scope="col">Kvartal</th><th scope="col" class="num">Afgjort</th><th scope="col" class="num">Inden for fristen</th><th scope="col" class="num">Andel</th><th scope="col" class="num">Mål</th></tr></thead><tbody>
{{#QUARTER}}<tr><th scope="row">{{Q}}. kvartal {{CHART_YEAR}}</th><td class="num">{{COMPLETED}}</td><td class="num">{{WITHIN}}</td><td class="num">{{SHARE}}</td><td class="num">{{TARGET}}</td></tr>
{{/QUARTER}}</tbody></table>
</div>
<p class="report-screen"><a href="/staff/goals/{{CODE}}?{{PQ}}">Sagerne bag tallene: {{NAME}}</a> · <a href="/staff/goals/{{CODE}}/cases.csv?{{PQ}}" download>Sagslisterne som CSV</a></p>
</section>
{{/GOAL}}{{/RESULT}}
</div>

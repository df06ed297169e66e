{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/goals/">&larr; Alle mål</a></p>
<h1>{{NAME}}</h1>
{{#ADMIN}}<p><a href="/staff/goals/{{CODE}}/versions">Versioner og ny version af målet</a></p>{{/ADMIN}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Målet kan ikke vises med de valg</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
<p>Ret valgene herunder, eller <a href="/staff/goals/{{CODE}}">vis indeværende kvartal</a>.</p>
</div>{{/HAS_ERRORS}}
<form method="get" action="/staff/goals/{{CODE}}" class="form filter">
<p><label for="year">År</label><input id="year" name="year" value="{{YEAR}}" maxlength="4" inputmode="numeric" class="short"{{#YEAR_ERR}} aria-invalid="true" aria-describedby="year-err"{{/YEAR_ERR}}>{{#YEAR_ERR}}<span class="field-error" id="year-err">{{MSG}}</span>{{/YEAR_ERR}}</p>
<p><label for="period">Periode</label><select id="period" name="period"{{#PERIOD_ERR}} aria-invalid="true" aria-describedby="period-err"{{/PERIOD_ERR}}><option value="year"{{#PERIOD_YEAR}} selected{{/PERIOD_YEAR}}>Hele året</option><option value="h1"{{#PERIOD_H1}} selected{{/PERIOD_H1}}>1. halvår</option><option value="h2"{{#PERIOD_H2}} selected{{/PERIOD_H2}}>2. halvår</option><option value="q1"{{#PERIOD_Q1}} selected{{/PERIOD_Q1}}>1. kvartal</option><option value="q2"{{#PERIOD_Q2}} selected{{/PERIOD_Q2}}>2. kvartal</option><option value="q3"{{#PERIOD_Q3}} selected{{/PERIOD_Q3}}>3. kvartal</option><option value="q4"{{#PERIOD_Q4}} selected{{/PERIOD_Q4}}>4. kvartal</option></select>{{#PERIOD_ERR}}<span class="field-error" id="period-err">{{MSG}}</span>{{/PERIOD_ERR}}</p>
<p><label for="from">Eller fra dato</label><input id="from" name="from" value="{{FROM}}" maxlength="10" placeholder="ÅÅÅÅ-MM-DD" class="short"{{#FROM_ERR}} aria-invalid="true" aria-describedby="from-err"{{/FROM_ERR}}>{{#FROM_ERR}}<span class="field-error" id="from-err">{{MSG}}</span>{{/FROM_ERR}}</p>
<p><label for="to">til dato</label><input id="to" name="to" value="{{TO}}" maxlength="10" placeholder="ÅÅÅÅ-MM-DD" class="short"{{#TO_ERR}} aria-invalid="true" aria-describedby="to-err"{{/TO_ERR}}>{{#TO_ERR}}<span class="field-error" id="to-err">{{MSG}}</span>{{/TO_ERR}}</p>
{{#FILTERS}}<p><label for="handler">Sagsbehandler</label><select id="handler" name="handler"{{#HANDLER_ERR}} aria-invalid="true" aria-describedby="handler-err"{{/HANDLER_ERR}}><option value="">Alle</option>{{#HANDLER_OPT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/HANDLER_OPT}}</select>{{#HANDLER_ERR}}<span class="field-error" id="handler-err">{{MSG}}</span>{{/HANDLER_ERR}}</p>
<p><label for="pool">Pulje</label><select id="pool" name="pool"{{#POOL_ERR}} aria-invalid="true" aria-describedby="pool-err"{{/POOL_ERR}}><option value="">Alle</option>{{#POOL_OPT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/POOL_OPT}}</select>{{#POOL_ERR}}<span class="field-error" id="pool-err">{{MSG}}</span>{{/POOL_ERR}}</p>
{{#SOURCE_FILTER}}<p><label for="source">Indgået som</label><select id="source" name="source"{{#SOURCE_ERR}} aria-invalid="true" aria-describedby="source-err"{{/SOURCE_ERR}}><option value="">Alle</option><option value="form"{{#SOURCE_FORM}} selected{{/SOURCE_FORM}}>Formular</option><option value="xml"{{#SOURCE_XML}} selected{{/SOURCE_XML}}>XML-fil</option><option value="import"{{#SOURCE_IMPORT}} selected{{/SOURCE_IMPORT}}>Importeret historisk sag</option></select>{{#SOURCE_ERR}}<span class="field-error" id="source-err">{{MSG}}</span>{{/SOURCE_ERR}}</p>{{/SOURCE_FILTER}}{{/FILTERS}}
<p><button type="submit">Vis</button></p>
</form>
{{#RESULT}}<h2>Periode: {{PERIOD_LABEL}}</h2>
{{#FILTERED}}<p><strong>Kun de valgte sager</strong> (sagsbehandler, pulje eller hvordan sagen kom ind): tallene gælder dem.</p>{{/FILTERED}}
<p>{{POP}}: {{START_EVENT}} → {{STOP_EVENT}}, frist {{LIMIT}} {{UNIT}}. {{PAUSE}}. {{#FINISHED}}Perioden er afsluttet.{{/FINISHED}}{{#UNFINISHED}}Perioden er ikke slut: tallene er til og med i dag.{{/UNFINISHED}}</p>
<p><span class="tag tag-{{STATUS_TAG}}">{{STATUS_TEXT}}</span></p>
<dl class="facts">
<dt>Afgjort i perioden</dt><dd id="f-completed">{{COMPLETED}}{{#HAS_EXTRA}} og {{EXTRA}} åbne over fristen, der tæller som overskredet{{/HAS_EXTRA}}</dd>
<dt>Inden for fristen</dt><dd id="f-within">{{WITHIN}}</dd>
<dt>Andel</dt><dd id="f-share">{{SHARE}} (mål {{TARGET}}): <span class="{{VERDICT_CLASS}}">{{VERDICT}}</span></dd>
<dt>Åbne over fristen</dt><dd id="f-breached"><a href="#breached">{{BREACHED}}</a></dd>
<dt>I risiko</dt><dd id="f-risk">{{#UNFINISHED}}<a href="#risk">{{AT_RISK}}</a>{{/UNFINISHED}}{{#FINISHED}}{{AT_RISK}}{{/FINISHED}}</dd>
<dt>Værst og bedst</dt><dd id="f-worst">{{WORST}} / {{BEST}}</dd>
<dt>Median, 90 %- og 95 %-fraktil</dt><dd id="f-pct">{{P50}}, {{P90}}, {{P95}}</dd>
<dt>Åbne sager ved periodens slutning</dt><dd id="f-open">{{OPEN}} åbne, {{OPEN_WITHIN}} ({{OPEN_SHARE}}) inden for fristen, medianalder {{AGE_P50}}</dd>
<dt>Stoppet ur (sendt retur)</dt><dd id="f-paused">{{PAUSED_CASES}} {{#PAUSED_ONE}}sag{{/PAUSED_ONE}}{{#PAUSED_MANY}}sager{{/PAUSED_MANY}}, gennemsnitligt {{PAUSED_AVG}} dage</dd>
<dt>Versioner</dt><dd id="f-versions">{{#MIXED}}<strong>Tallene blander {{NVERSIONS}} versioner af målet:</strong> {{/MIXED}}{{#VERSION}}fra {{V_FROM}}: {{LIMIT}} {{UNIT}}, {{TARGET}}{{#VERSION_separator}}; {{/VERSION_separator}}{{/VERSION}}{{#MIXED_UNITS}} (forskellige enheder eller pauseregler){{/MIXED_UNITS}}</dd>
</dl>
<h2>Udvikling pr. kvartal</h2>
{{>CHART}}
<h2>Udvikling over fem år</h2>
<div class="table-wrap" role="region" aria-label="Andel inden for fristen pr. kvartal, fem år" tabindex="0">
<table class="list" id="trend-years"><caption>Andel afgjort inden for fristen pr. kvartal og år (antal bedømte sager i parentes)</caption><thead><tr><th scope="col">År</th><th scope="col" class="num">1. kvartal</th><th scope="col" class="num">2. kvartal</th><th scope="col" class="num">3. kvartal</th><th scope="col" class="num">4. kvartal</th><th scope="col" class="num">Hele året</th></tr></thead><tbody>
{{#TREND_YEAR}}<tr><th scope="row">{{Y}}</th>{{#TQ}}<td class="num">{{#NODATA}}–{{/NODATA}}{{#DATA}}{{SHARE}}{{#MET}} <span class="ok">nået</span>{{/MET}}{{#NOTMET}} <span class="over">ikke nået</span>{{/NOTMET}} ({{N}}){{/DATA}}</td>{{/TQ}}{{#TYEAR}}<td class="num">{{#NODATA}}–{{/NODATA}}{{#DATA}}{{SHARE}}{{#MET}} <span class="ok">nået</span>{{/MET}}{{#NOTMET}} <span class="over">ikke nået</span>{{/NOTMET}} ({{N}}){{/DATA}}</td>{{/TYEAR}}</tr>
{{/TREND_YEAR}}</tbody></table>
</div>
<p><a href="/staff/goals/{{CODE}}/trend.csv?{{PQ}}&amp;handler={{HANDLER}}&amp;pool={{POOL}}&amp;source={{SOURCE}}" download>Hent udviklingen som CSV</a> eller <a href="/staff/goals/{{CODE}}/tables.xml?{{PQ}}&amp;handler={{HANDLER}}&amp;pool={{POOL}}&amp;source={{SOURCE}}" download>begge tabeller som XML</a> (<a href="/static/schemas/goal-tables.xsd">skema</a>), med de valgte filtre.</p>
<h2>Behandlingstider</h2>
{{#HIST}}<figure class="chart">
<svg role="img" aria-label="Histogram over behandlingstider, fristen {{LIMIT}} {{UNIT}} markeret" aria-describedby="hist-desc" viewBox="0 0 300 140" width="300" height="140" xmlns="http://www.w3.org/2000/svg">
<title>Behandlingstider for de afgjorte sager</title>
<desc id="hist-desc">{{DESC}}</desc>
<line x1="40" y1="110" x2="{{END_X}}" y2="110" stroke="#545454" stroke-width="1"/>
{{#BUCKET}}<rect x="{{X}}" y="{{Y}}" width="{{BAR_W}}" height="{{H}}" fill="{{FILL}}"/>
{{/BUCKET}}<line x1="{{LIMIT_X}}" y1="5" x2="{{LIMIT_X}}" y2="115" stroke="#003e7e" stroke-width="2" stroke-dasharray="6 3"/>
<text x="{{LIMIT_X}}" y="128" font-size="10" text-anchor="middle" fill="#003e7e">Frist {{LIMIT}}</text>
</svg>
<figcaption>Antal afgjorte sager efter behandlingstid i {{UNIT}}; den stiplede linje er fristen, røde søjler er over den.</figcaption>
</figure>
<div class="table-wrap" role="region" aria-label="Behandlingstider" tabindex="0">
<table class="list"><caption>Samme tal som tabel</caption><thead><tr><th scope="col">Behandlingstid ({{UNIT}})</th><th scope="col" class="num">Sager</th><th scope="col">Over fristen</th></tr></thead><tbody>
{{#BUCKET}}<tr><th scope="row">{{RANGE}}</th><td class="num">{{N}}</td><td>{{#OVER}}ja{{/OVER}}</td></tr>
{{/BUCKET}}</tbody></table>
</div>
<p><a href="/staff/goals/{{CODE}}/histogram.csv?{{PQ}}&amp;handler={{HANDLER}}&amp;pool={{POOL}}&amp;source={{SOURCE}}" download>Hent behandlingstiderne som CSV</a> (med de valgte filtre).</p>{{/HIST}}
<p><a href="/staff/goals/{{CODE}}/cases.csv?{{PQ}}&amp;handler={{HANDLER}}&amp;pool={{POOL}}&amp;source={{SOURCE}}" download>Hent de tre sagslister som CSV</a> (alle sider, med de valgte filtre).</p>
{{#NO_CASE_ACCESS}}<p class="hint">Sagerne vises uden link: du har ikke adgang til selve sagerne.</p>{{/NO_CASE_ACCESS}}
<h2 id="breached">Åbne sager over fristen</h2>
{{#NO_BREACHED_LIST}}<p class="empty">Ingen åbne sager over fristen.</p>{{/NO_BREACHED_LIST}}
{{#BREACHED_LIST}}<p>{{COUNT}} {{#N_ONE}}sag{{/N_ONE}}{{#N_MANY}}sager{{/N_MANY}}{{#PAGER}}, side {{PAGE}} af {{PAGES}}{{/PAGER}}.</p>
{{#PAST_END}}<p>Siden findes ikke. <a href="{{URL}}">Gå til første side</a>.</p>{{/PAST_END}}
<div class="table-wrap" role="region" aria-label="Åbne sager over fristen" tabindex="0">
<table class="list"><thead><tr><th scope="col">Sag</th><th scope="col">Start</th><th scope="col">Afgjort</th><th scope="col" class="num">Tid brutto ({{UNIT}}){{#JUDGED_GROSS}} <span class="hint">bedømt</span>{{/JUDGED_GROSS}}</th><th scope="col" class="num">Tid netto ({{UNIT}}){{#JUDGED_NET}} <span class="hint">bedømt</span>{{/JUDGED_NET}}</th><th scope="col">Over fristen fra</th><th scope="col">Sagsbehandler</th></tr></thead><tbody>
{{#ITEM}}<tr><td>{{#LINK}}<a href="{{URL}}">{{CASE_NO}}</a>{{/LINK}}{{#NOLINK}}{{CASE_NO}}{{/NOLINK}}{{#PAUSED}} <span class="tag tag-returned">sendt retur</span>{{/PAUSED}}</td><td>{{START}}</td><td>{{STOP}}</td><td class="num">{{GROSS}}</td><td class="num">{{NET}}</td><td>{{BREACH}}</td><td>{{HANDLER}}</td></tr>
{{/ITEM}}</tbody></table>
</div>
{{#PAGER}}<nav class="pager" aria-label="Sider: Åbne sager over fristen">{{#PREV}}<a href="{{URL}}" rel="prev">&larr; Forrige side</a>{{/PREV}} <span>Side {{PAGE}} af {{PAGES}}</span> {{#NEXT}}<a href="{{URL}}" rel="next">Næste side &rarr;</a>{{/NEXT}}</nav>{{/PAGER}}{{/BREACHED_LIST}}
<h2 id="risk">Sager i risiko</h2>
<p class="hint">Åbne sager, der passerer fristen inden periodens slutning, hvis de ikke afgøres før.</p>
{{#NO_RISK_LIST}}<p class="empty">Ingen sager i risiko.</p>{{/NO_RISK_LIST}}
{{#RISK_LIST}}<p>{{COUNT}} {{#N_ONE}}sag{{/N_ONE}}{{#N_MANY}}sager{{/N_MANY}}{{#PAGER}}, side {{PAGE}} af {{PAGES}}{{/PAGER}}.</p>
{{#PAST_END}}<p>Siden findes ikke. <a href="{{URL}}">Gå til første side</a>.</p>{{/PAST_END}}
<div class="table-wrap" role="region" aria-label="Sager i risiko" tabindex="0">
<table class="list"><thead><tr><th scope="col">Sag</th><th scope="col">Start</th><th scope="col">Afgjort</th><th scope="col" class="num">Tid brutto ({{UNIT}}){{#JUDGED_GROSS}} <span class="hint">bedømt</span>{{/JUDGED_GROSS}}</th><th scope="col" class="num">Tid netto ({{UNIT}}){{#JUDGED_NET}} <span class="hint">bedømt</span>{{/JUDGED_NET}}</th><th scope="col">Over fristen fra</th><th scope="col">Sagsbehandler</th></tr></thead><tbody>
{{#ITEM}}<tr><td>{{#LINK}}<a href="{{URL}}">{{CASE_NO}}</a>{{/LINK}}{{#NOLINK}}{{CASE_NO}}{{/NOLINK}}{{#PAUSED}} <span class="tag tag-returned">sendt retur</span>{{/PAUSED}}</td><td>{{START}}</td><td>{{STOP}}</td><td class="num">{{GROSS}}</td><td class="num">{{NET}}</td><td>{{BREACH}}</td><td>{{HANDLER}}</td></tr>
{{/ITEM}}</tbody></table>
</div>
{{#PAGER}}<nav class="pager" aria-label="Sider: Sager i risiko">{{#PREV}}<a href="{{URL}}" rel="prev">&larr; Forrige side</a>{{/PREV}} <span>Side {{PAGE}} af {{PAGES}}</span> {{#NEXT}}<a href="{{URL}}" rel="next">Næste side &rarr;</a>{{/NEXT}}</nav>{{/PAGER}}{{/RISK_LIST}}
<h2 id="late">Afgjort for sent i perioden</h2>
{{#NO_LATE_LIST}}<p class="empty">Ingen sager afgjort for sent.</p>{{/NO_LATE_LIST}}
{{#LATE_LIST}}<p>{{COUNT}} {{#N_ONE}}sag{{/N_ONE}}{{#N_MANY}}sager{{/N_MANY}}{{#PAGER}}, side {{PAGE}} af {{PAGES}}{{/PAGER}}.</p>
{{#PAST_END}}<p>Siden findes ikke. <a href="{{URL}}">Gå til første side</a>.</p>{{/PAST_END}}
<div class="table-wrap" role="region" aria-label="Afgjort for sent" tabindex="0">
<table class="list"><thead><tr><th scope="col">Sag</th><th scope="col">Start</th><th scope="col">Afgjort</th><th scope="col" class="num">Tid brutto ({{UNIT}}){{#JUDGED_GROSS}} <span class="hint">bedømt</span>{{/JUDGED_GROSS}}</th><th scope="col" class="num">Tid netto ({{UNIT}}){{#JUDGED_NET}} <span class="hint">bedømt</span>{{/JUDGED_NET}}</th><th scope="col">Over fristen fra</th><th scope="col">Sagsbehandler</th></tr></thead><tbody>
{{#ITEM}}<tr><td>{{#LINK}}<a href="{{URL}}">{{CASE_NO}}</a>{{/LINK}}{{#NOLINK}}{{CASE_NO}}{{/NOLINK}}{{#PAUSED}} <span class="tag tag-returned">sendt retur</span>{{/PAUSED}}</td><td>{{START}}</td><td>{{STOP}}</td><td class="num">{{GROSS}}</td><td class="num">{{NET}}</td><td>{{BREACH}}</td><td>{{HANDLER}}</td></tr>
{{/ITEM}}</tbody></table>
</div>
{{#PAGER}}<nav class="pager" aria-label="Sider: Afgjort for sent">{{#PREV}}<a href="{{URL}}" rel="prev">&larr; Forrige side</a>{{/PREV}} <span>Side {{PAGE}} af {{PAGES}}</span> {{#NEXT}}<a href="{{URL}}" rel="next">Næste side &rarr;</a>{{/NEXT}}</nav>{{/PAGER}}{{/LATE_LIST}}{{/RESULT}}

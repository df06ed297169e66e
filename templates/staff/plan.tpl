{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/plans/">&larr; Resultatplaner</a></p>
<h1>{{NAME}}</h1>
{{#SAVED}}<p class="notice success" role="status">{{#AGAIN}}Ændringen af mål {{N}} var allerede gemt.{{/AGAIN}}{{#FIRST}}Mål {{N}}: ændringen er gemt.{{/FIRST}}</p>{{/SAVED}}
{{#CREATED}}<p class="notice success" role="status">{{#AGAIN}}Planen var allerede oprettet.{{/AGAIN}}{{#FIRST}}Planen er oprettet{{#FROM}} med målene og delmålene fra {{YEAR}}{{/FROM}}{{#EMPTY}} uden mål{{/EMPTY}}.{{/FIRST}}</p>{{/CREATED}}
<p class="lead">{{NGOALS}} mål. Et opfyldt mål giver 100/{{NGOALS}} = {{WEIGHT}} point; målopfyldelsesgraden er summen. Opgjort pr. {{ASOF}}; tallene fra sager og puljer kl. {{MADE}}{{#MAX_AGE}} (de kan være op til {{SECONDS}} sekunder gamle){{/MAX_AGE}}.</p>
<form method="get" action="/staff/plans/{{YEAR}}" class="form inline">
<p><label for="asof">Opgjort pr. (ÅÅÅÅ-MM-DD) <span class="hint">Frister og milepæle bedømmes efter denne dag.</span></label><input id="asof" name="asof" value="{{ASOF}}" maxlength="10" class="short"> <button type="submit">Vis</button></p>
</form>
<p><a href="/staff/plans/{{YEAR}}/plan.csv?asof={{ASOF}}">Hent planen med resultater og point som CSV</a> (regneark) · <a href="/staff/plans/{{YEAR}}/plan.xml?asof={{ASOF}}">som XML</a> (<a href="/static/schemas/plan.xsd">skema</a>)</p>
<h2>Kvartalsvis opfølgning</h2>
<p>Afrapportering senest {{DAYS}} kalenderdage efter hvert kvartal{{#MERGE}}; 1. og 2. kvartal afrapporteres samlet med fristen for 2. kvartal{{/MERGE}}.{{#ADMIN}} <a href="/staff/plans/{{YEAR}}/settings">Ændr afrapporteringen</a>{{/ADMIN}}</p>
<ul class="quarters">
{{#QUARTER}}<li><a href="/staff/plans/{{YEAR}}/q{{Q}}">{{LABEL}}</a>, frist {{DUE}}{{#LEFT_MANY}} (om {{N}} dage){{/LEFT_MANY}}{{#LEFT_ONE}} (i morgen){{/LEFT_ONE}}{{#LEFT_TODAY}} (i dag){{/LEFT_TODAY}}{{#OVERDUE}} (overskredet med {{N}} dage){{/OVERDUE}}</li>
{{/QUARTER}}</ul>
<h2>Målopfyldelse</h2>
<div class="table-wrap" role="region" aria-label="Målopfyldelsesgrad pr. år" tabindex="0">
<table class="list" id="score">
<caption>Målopfyldelsesgrad pr. år</caption>
<thead><tr><th scope="col">År</th><th scope="col">Opfyldt</th><th scope="col">Ikke opfyldt</th><th scope="col">Kan endnu ikke vurderes</th><th scope="col">Heraf foreløbige</th><th scope="col">Målopfyldelsesgrad</th><th scope="col">Højst muligt</th></tr></thead>
<tbody>
{{#SCORE}}<tr data-year="{{YEAR}}"><th scope="row">{{YEAR}}</th><td class="num">{{MET}}</td><td class="num">{{NOT_MET}}</td><td class="num">{{OPEN}}</td><td class="num">{{PRELIM}}</td><td class="num" data-score="{{PCT}}">{{PCT}} %</td><td class="num">{{BEST}} %</td></tr>
{{/SCORE}}</tbody>
</table>
</div>
<h2>Mål og delmål</h2>
{{#GOAL}}<section class="plan-goal" id="goal-{{NUMBER}}">
<h3>Mål {{NUMBER}} {{NAME}}</h3>{{#EDIT_GOAL}}
<p><a href="/staff/plans/{{YEAR}}/goals/{{NUMBER}}">Ret målet<span class="visually-hidden"> {{NUMBER}}</span></a></p>{{/EDIT_GOAL}}
<p class="rule">{{#RULE_ALL}}Målet er opfyldt, når alle delmål er opfyldt.{{/RULE_ALL}}{{#RULE_GROUPS}}Målet er opfyldt, når mindst ét delmål i hver gruppe er opfyldt.{{/RULE_GROUPS}}{{#RULE_VERDICT}}Målet afgøres ved en samlet vurdering; delmålene vises som grundlag.{{/RULE_VERDICT}}</p>
<div class="table-wrap" role="region" aria-label="Mål {{NUMBER}}: delmål, mål og resultater pr. år" tabindex="0">
<table class="list plan-table">
<caption>Mål {{NUMBER}}: delmål, mål og resultater pr. år</caption>
<thead><tr><th scope="col">Delmål</th>{{#YEARCOL}}<th scope="col">{{YEAR}}</th>{{/YEARCOL}}</tr></thead>
<tbody>
{{#SUB}}<tr><th scope="row"><span class="letter">{{LETTER}})</span> {{DESCR}} <span class="hint">{{KIND}}{{#GROUP}}, gruppe {{N}}{{/GROUP}}{{#DEADLINE}}, senest {{DAY}}{{/DEADLINE}}{{#CMP_LE}}, højst målet{{/CMP_LE}}{{#CMP_GROWTH}}, flere end året før{{/CMP_GROWTH}}</span></th>
{{#CELL}}<td data-year="{{YEAR}}" data-state="{{STATE}}">{{#TARGET}}<span class="target">{{TEXT}}</span><br>{{/TARGET}}{{#RESULT}}<span class="result">{{TEXT}}</span><br>{{/RESULT}}{{#EXTRA}}{{TEXT}}<br>{{/EXTRA}}{{#DONE}}Udført {{DAY}}<br>{{/DONE}}{{#FIGURE}}{{TEXT}}<br>{{/FIGURE}}<span class="verdict verdict-{{STATE}}">{{STATE_TEXT}}</span>{{#NOTE}}<br><span class="hint">{{TEXT}}</span>{{/NOTE}}{{#EDIT}} <a class="edit" href="{{URL}}">Ret<span class="visually-hidden"> {{YEAR}}</span></a>{{/EDIT}}</td>
{{/CELL}}</tr>
{{/SUB}}<tr class="goal-verdict"><th scope="row">Målet</th>{{#VERDICT}}<td data-goal="{{NUMBER}}" data-year="{{YEAR}}" data-state="{{STATE}}"><strong class="verdict verdict-{{STATE}}">{{STATE_TEXT}}</strong><br>{{POINTS}} point{{#EDIT}} <a class="edit" href="{{URL}}">Vurdér<span class="visually-hidden"> {{YEAR}}</span></a>{{/EDIT}}</td>{{/VERDICT}}</tr>
</tbody>
</table>
</div>
</section>
{{/GOAL}}

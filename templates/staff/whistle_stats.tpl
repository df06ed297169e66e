{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/whistle/">&larr; Whistleblowerhenvendelser</a></p>
<h1>Statistik: whistleblowerhenvendelser{{#SHOWING}} {{YEAR}}{{/SHOWING}}</h1>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Statistikken kan ikke vises. Ret det, der står her:</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="get" action="/staff/whistle/stats" class="form filter">
<p><label for="year">År</label><input id="year" name="year" value="{{YEAR}}" maxlength="4" inputmode="numeric"{{#YEAR_ERR}} aria-invalid="true" aria-describedby="year-err"{{/YEAR_ERR}}>{{#YEAR_ERR}}<span class="field-error" id="year-err">{{MSG}}</span>{{/YEAR_ERR}}</p>
<p><button type="submit">Vis</button></p>
</form>
{{#SHOWING}}<p>Året {{YEAR}} sammenlignet med året før, {{PREV_YEAR}}. En henvendelse tælles i det år, den blev modtaget, med tilbudstype og årsag som registreret af socialtilsynet (ellers som anmelderen angav). Henvendelser, hvis indhold er slettet efter sletningsreglen, tælles med.</p>{{/SHOWING}}
{{#NO_DATA}}<p class="empty">Ingen henvendelser modtaget i {{PREV_YEAR}} eller {{YEAR}}.</p>{{/NO_DATA}}
{{#TABLES}}{{#TABLE}}<h2>{{TITLE}}</h2>
<div class="table-wrap" role="region" aria-label="{{TITLE}}" tabindex="0">
<table class="list" id="{{TABLE_ID}}"><thead><tr><th scope="col">{{HEAD}}</th><th scope="col" class="num">{{PREV_YEAR}}</th><th scope="col" class="num">{{YEAR}}</th><th scope="col" class="num">Ændring</th></tr></thead><tbody>
{{#ROW}}<tr><th scope="row">{{LABEL}}</th><td class="num">{{PREV}}</td><td class="num">{{CUR}}</td><td class="num">{{CHANGE}}</td></tr>
{{/ROW}}</tbody><tfoot>
{{#TOTAL}}<tr><th scope="row">{{LABEL}}</th><td class="num">{{PREV}}</td><td class="num">{{CUR}}</td><td class="num">{{CHANGE}}</td></tr>
{{/TOTAL}}</tfoot></table>
</div>
{{/TABLE}}
<h2>Henvendelser fordelt på årsag, {{YEAR}}</h2>
{{#NO_CAUSES}}<p class="empty">Ingen henvendelser modtaget i {{YEAR}} endnu.</p>{{/NO_CAUSES}}
{{#ANY_CAUSES}}<p>For at sikre anonymiteten nævnes kun de tre hyppigste årsager ved navn; resten er samlet som »Øvrige årsager«.</p>
<div class="table-wrap" role="region" aria-label="Henvendelser fordelt på årsag, {{YEAR}}" tabindex="0">
<table class="list" id="cause"><thead><tr><th scope="col">Årsag</th><th scope="col" class="num">Antal</th><th scope="col" class="num">Andel</th></tr></thead><tbody>
{{#CAUSE}}<tr><th scope="row">{{LABEL}}</th><td class="num">{{N}}</td><td class="num">{{SHARE}} %</td></tr>
{{/CAUSE}}{{#CAUSE_REST}}<tr><th scope="row">Øvrige årsager</th><td class="num">{{N}}</td><td class="num">{{SHARE}} %</td></tr>
{{/CAUSE_REST}}{{#CAUSE_NONE}}<tr><th scope="row">Ingen årsag angivet</th><td class="num">{{N}}</td><td class="num">{{SHARE}} %</td></tr>
{{/CAUSE_NONE}}</tbody><tfoot>
{{#CAUSE_TOTAL}}<tr><th scope="row">I alt</th><td class="num">{{N}}</td><td class="num">{{SHARE}} %</td></tr>
{{/CAUSE_TOTAL}}</tfoot></table>
</div>{{/ANY_CAUSES}}{{/TABLES}}

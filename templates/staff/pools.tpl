{{%AUTOESCAPE context="HTML"}}
<h1>Puljer</h1>
<p><a class="button" href="/staff/pools/new">Opret pulje</a></p>
{{#HAS_RISK}}<h2>I risiko for forsinket udmøntning ({{NRISK}})</h2>
<p>Puljer med uafgjorte ansøgninger højst {{RISK_DAYS}} dage før udmøntningsfristen, og puljer, hvis frist er overskredet.</p>
<div class="table-wrap" role="region" aria-label="Puljer i risiko" tabindex="0">
<table class="list risk"><thead><tr><th scope="col">Pulje</th><th scope="col">Udmøntningsfrist</th><th scope="col" class="num wide-only">Uafgjorte ansøgninger</th><th scope="col" class="wide-only">Tilstand</th></tr></thead><tbody>
{{#RISK}}<tr><td><a href="/staff/pools/{{ID}}">{{NAME}}</a></td><td>{{DEADLINE}}{{#DAYS_LEFT}}<br>om {{N}} dage{{/DAYS_LEFT}}{{#DUE_TODAY}}<br>i dag{{/DUE_TODAY}}{{#DAYS_OVER}}<br>overskredet for {{N}} dage siden{{/DAYS_OVER}}</td><td class="num wide-only">{{UNDECIDED}}</td><td class="wide-only"><span class="tag tag-{{STATE_CODE}}">{{STATE}}</span></td></tr>
{{/RISK}}</tbody></table>
</div>{{/HAS_RISK}}
<h2>Alle puljer</h2>
{{#NO_POOLS}}<p class="empty">Ingen puljer endnu.</p>{{/NO_POOLS}}
{{#HAS_POOLS}}<div class="table-wrap" role="region" aria-label="Alle puljer" tabindex="0">
<table class="list pools"><thead><tr><th scope="col">Pulje</th><th scope="col" class="wide-only">Status</th><th scope="col" class="wide-only">Ansøgningsfrist</th><th scope="col" class="wide-only">Udmøntningsfrist</th><th scope="col" class="num wide-only">Ansøgninger (afgjort)</th><th scope="col" class="num wide-only">Bevilget af puljen (kr.)</th><th scope="col">Udmøntning</th></tr></thead><tbody>
{{#POOL}}<tr><td><a href="/staff/pools/{{ID}}">{{NAME}}</a><br><span class="hint">{{THEME}}, {{YEAR}}</span></td><td class="wide-only"><span class="tag tag-{{PHASE}}">{{PHASE_LABEL}}</span></td><td class="wide-only">{{CLOSES}}</td><td class="wide-only">{{DEADLINE}}</td><td class="num wide-only">{{APPS}} ({{DECIDED}})</td><td class="num wide-only">{{AWARDED}}<br>af {{AMOUNT}}</td><td><span class="tag tag-{{STATE_CODE}}">{{STATE}}</span></td></tr>
{{/POOL}}</tbody></table>
</div>{{/HAS_POOLS}}

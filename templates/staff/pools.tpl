{{%AUTOESCAPE context="HTML"}}
<h1>Puljer</h1>
<p><a class="button" href="/staff/pools/new">Opret pulje</a></p>
{{#HAS_RISK}}<h2>I risiko for forsinket udmøntning ({{NRISK}})</h2>
<table class="list risk"><thead><tr><th scope="col">Pulje</th><th scope="col">Frist</th><th scope="col">Udmøntningsfrist</th><th scope="col" class="num">Ansøgninger</th><th scope="col" class="num">Afgjort</th><th scope="col" class="num">Bevilget / pulje (kr.)</th><th scope="col">Tilstand</th></tr></thead><tbody>
{{#RISK}}<tr><td><a href="/staff/pools/{{ID}}">{{NAME}}</a></td><td>{{CLOSES}}</td><td>{{DEADLINE}}</td><td class="num">{{APPS}}</td><td class="num">{{DECIDED}}</td><td class="num">{{AWARDED}} / {{AMOUNT}}</td><td class="{{STATE_CLASS}}">{{STATE}}</td></tr>
{{/RISK}}</tbody></table>{{/HAS_RISK}}
<h2>Alle puljer</h2>
<table class="list"><thead><tr><th scope="col">Pulje</th><th scope="col">Tema</th><th scope="col">År</th><th scope="col">Status</th><th scope="col">Frist</th><th scope="col">Udmøntningsfrist</th><th scope="col" class="num">Ansøgninger</th><th scope="col" class="num">Afgjort</th><th scope="col" class="num">Bevilget / pulje (kr.)</th><th scope="col">Udmøntning</th></tr></thead><tbody>
{{#POOL}}<tr><td><a href="/staff/pools/{{ID}}">{{NAME}}</a></td><td>{{THEME}}</td><td>{{YEAR}}</td><td>{{STATUS}}</td><td>{{CLOSES}}</td><td>{{DEADLINE}}</td><td class="num">{{APPS}}</td><td class="num">{{DECIDED}}</td><td class="num">{{AWARDED}} / {{AMOUNT}}</td><td class="{{STATE_CLASS}}">{{STATE}}</td></tr>
{{/POOL}}</tbody></table>

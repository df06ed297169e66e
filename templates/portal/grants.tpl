{{%AUTOESCAPE context="HTML"}}
<h1>Tilskudspuljer</h1>
<p>{{COUNT}} puljer er offentliggjort.</p>
{{#EMPTY}}<p>Der er ingen offentliggjorte puljer lige nu.</p>{{/EMPTY}}
<table class="list">
<thead><tr><th scope="col">Pulje</th><th scope="col">Tema</th><th scope="col" class="num">Beløb (kr.)</th><th scope="col">Ansøgningsfrist</th><th scope="col">Status</th></tr></thead>
<tbody>
{{#POOL}}<tr><td><a href="/grants/pools/{{ID}}">{{NAME}}</a></td><td>{{THEME}}</td><td class="num">{{AMOUNT}}</td><td>{{CLOSES}}</td><td class="status-{{STATUS}}">{{STATUS_LABEL}}</td></tr>
{{/POOL}}
</tbody>
</table>

{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/">&larr; Dit tilskud</a></p>
{{#RECEIPT}}<p class="notice" role="status">Tak. Vi har modtaget det, du sendte. Sagsnummeret er <strong>{{CASE_NO}}</strong>.</p>{{/RECEIPT}}
<h1>{{KIND}} {{CASE_NO}}</h1>
<dl class="facts">
<dt>Status</dt><dd><strong>{{STATUS}}</strong></dd>
<dt>Modtaget</dt><dd>{{RECEIVED}}</dd>
<dt>Afgjort</dt><dd>{{DECIDED}}</dd>
</dl>
{{#REPAYMENT}}<p class="error-msg">Styrelsen kræver {{SUM}} kr. tilbagebetalt.</p>{{/REPAYMENT}}
{{#CORRECT}}<p><a class="button" href="/grants/my/obligations/{{OID}}">Ret og indsend igen</a></p>{{/CORRECT}}
<h2>Beskeder og forløb</h2>
<ul class="events">
{{#EVENT}}<li><span class="when">{{AT}}</span> {{WHAT}}{{#AMOUNT}}: {{SUM}} kr.{{/AMOUNT}}<p class="message">{{MESSAGE}}</p></li>
{{/EVENT}}
</ul>
{{#STATUS_REPORT}}<h2>Indsendt rapport</h2>
<h3>Fremdrift</h3><p class="text">{{PROGRESS}}</p>
<h3>Opnåede milepæle</h3><p class="text">{{MILESTONES}}</p>
<h3>Afvigelser</h3><p class="text">{{DEVIATIONS}}</p>{{/STATUS_REPORT}}
{{#ACCOUNTS}}<h2>Indsendt regnskab</h2>
<table class="list"><thead><tr><th scope="col">Post</th><th scope="col" class="num">Budget (kr.)</th><th scope="col" class="num">Faktisk (kr.)</th><th scope="col">Forklaring</th></tr></thead><tbody>
{{#LINE}}<tr><td>{{TEXT}}</td><td class="num">{{BUDGET}}</td><td class="num">{{ACTUAL}}</td><td>{{EXPLANATION}}</td></tr>
{{/LINE}}</tbody></table>{{/ACCOUNTS}}
<h2>Bilag</h2>
<ul>{{#FILE}}<li><a href="/grants/my/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB){{#FILE_AUDITOR}} &ndash; revisorerklæring{{/FILE_AUDITOR}}</li>{{/FILE}}</ul>

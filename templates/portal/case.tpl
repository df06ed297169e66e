{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/">&larr; Dit tilskud</a></p>
{{#RECEIPT}}<p class="notice success" role="status">Tak. Vi har modtaget det, du sendte. Sagsnummeret er <strong>{{CASE_NO}}</strong>.</p>{{/RECEIPT}}
<h1>{{KIND}} {{CASE_NO}}</h1>
<dl class="facts">
<dt>Status</dt><dd><span class="tag tag-{{STATUS_CODE}}">{{STATUS}}</span></dd>
<dt>Modtaget</dt><dd>{{RECEIVED}}</dd>
<dt>Afgjort</dt><dd>{{DECIDED}}</dd>
</dl>
{{#REPAYMENT}}<p class="notice warning">Styrelsen kræver {{SUM}} kr. tilbagebetalt.</p>{{/REPAYMENT}}
{{#CORRECT}}<p class="notice warning">Sagen er sendt retur til rettelse. Læs beskeden nedenfor.</p>
<p><a class="button" href="/grants/my/obligations/{{OID}}">Ret og indsend {{CASE_NO}} igen</a></p>{{/CORRECT}}
<h2>Beskeder og forløb</h2>
<ul class="events">
{{#EVENT}}<li><span class="when">{{AT}}</span> {{WHAT}}{{#AMOUNT}}: {{SUM}} kr.{{/AMOUNT}}<div class="text">{{MESSAGE:pre_escape}}</div></li>
{{/EVENT}}
</ul>
{{#STATUS_REPORT}}<h2>Indsendt rapport</h2>
<h3>Fremdrift</h3><div class="text">{{PROGRESS:pre_escape}}</div>
<h3>Opnåede milepæle</h3><div class="text">{{MILESTONES:pre_escape}}</div>
<h3>Afvigelser</h3><div class="text">{{DEVIATIONS:pre_escape}}</div>{{/STATUS_REPORT}}
{{#ACCOUNTS}}<h2>Indsendt regnskab</h2>
<div class="table-wrap" role="region" aria-label="Indsendt regnskab" tabindex="0">
<table class="list accounts"><thead><tr><th scope="col">Post</th><th scope="col" class="num">Budget (kr.)</th><th scope="col" class="num">Faktisk (kr.)</th><th scope="col">Afvigelse</th><th scope="col">Forklaring</th></tr></thead><tbody>
{{#LINE}}<tr><td>{{TEXT}}</td><td class="num">{{BUDGET}}</td><td class="num">{{ACTUAL}}</td><td>{{#DEVIATION}}<strong class="deviation">{{#OVER}}{{PCT}} % over budget{{/OVER}}{{#UNDER}}{{PCT}} % under budget{{/UNDER}}{{#NO_BUDGET}}Intet budget{{/NO_BUDGET}}</strong>{{/DEVIATION}}</td><td class="text">{{EXPLANATION:pre_escape}}</td></tr>
{{/LINE}}</tbody></table></div>{{/ACCOUNTS}}
<h2>Bilag</h2>
{{#HAS_FILES}}<ul class="files">{{#FILE}}<li><a href="/grants/my/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB){{#FILE_AUDITOR}} &ndash; revisorerklæring{{/FILE_AUDITOR}}</li>{{/FILE}}</ul>{{/HAS_FILES}}
{{#NO_FILES}}<p class="empty">Ingen bilag.</p>{{/NO_FILES}}
{{#VERSIONS}}<h2>Versioner</h2>
<p>Hver version, du har sendt, er gemt, præcis som den blev sendt.</p>
{{#VERSION}}<details class="version"><summary>Version {{NO}}, {{SOURCE}} {{AT}}{{#CURRENT}} (den gældende){{/CURRENT}}</summary>
{{#TEXTS}}<h3>Fremdrift</h3><div class="text">{{PROGRESS:pre_escape}}</div>
<h3>Opnåede milepæle</h3><div class="text">{{MILESTONES:pre_escape}}</div>
<h3>Afvigelser</h3><div class="text">{{DEVIATIONS:pre_escape}}</div>{{/TEXTS}}
{{#LINES}}<div class="table-wrap" role="region" aria-label="Regnskab, version {{NO}}" tabindex="0">
<table class="list accounts"><thead><tr><th scope="col">Post</th><th scope="col" class="num">Budget (kr.)</th><th scope="col" class="num">Faktisk (kr.)</th><th scope="col">Afvigelse</th><th scope="col">Forklaring</th></tr></thead><tbody>
{{#LINE}}<tr><td>{{TEXT}}</td><td class="num">{{BUDGET}}</td><td class="num">{{ACTUAL}}</td><td>{{#DEVIATION}}<strong class="deviation">{{#OVER}}{{PCT}} % over budget{{/OVER}}{{#UNDER}}{{PCT}} % under budget{{/UNDER}}{{#NO_BUDGET}}Intet budget{{/NO_BUDGET}}</strong>{{/DEVIATION}}</td><td class="text">{{EXPLANATION:pre_escape}}</td></tr>
{{/LINE}}</tbody></table></div>{{/LINES}}
<h3>Bilag i version {{NO}}</h3>
{{#VFILES}}<ul class="files">{{#VFILE}}<li><a href="/grants/my/files/{{ID}}">{{NAME}}</a> ({{KB}} kB){{#IS_AUDITOR}} &ndash; revisorerklæring{{/IS_AUDITOR}}</li>{{/VFILE}}</ul>{{/VFILES}}
{{#NO_VFILES}}<p class="empty">Ingen bilag i denne version.</p>{{/NO_VFILES}}
</details>
{{/VERSION}}{{/VERSIONS}}

{{%AUTOESCAPE context="HTML"}}
<h2>Versioner</h2>
{{#NO_VERSIONS}}<p class="empty">Ingen gemte versioner (sagen er indsendt, før versioner blev gemt, eller importeret).</p>{{/NO_VERSIONS}}
{{#HAS_VERSIONS}}<p>Hver version, modtageren har sendt, præcis som den blev sendt. Den nyeste står først.</p>
<ul class="versions">
{{#VERSION}}<li><details class="version"><summary>Version {{NO}}, modtaget {{AT}} ({{SOURCE}}){{#CURRENT}}, den gældende{{/CURRENT}}</summary>
{{#TEXTS}}<h3>Fremdrift</h3><div class="text">{{PROGRESS:pre_escape}}</div><h3>Milepæle</h3><div class="text">{{MILESTONES:pre_escape}}</div><h3>Afvigelser</h3><div class="text">{{DEVIATIONS:pre_escape}}</div>{{/TEXTS}}
{{#LINES}}<div class="table-wrap" role="region" aria-label="Regnskab, version {{NO}}" tabindex="0"><table class="list"><thead><tr><th scope="col">Post</th><th scope="col" class="num">Budget (kr.)</th><th scope="col" class="num">Faktisk (kr.)</th><th scope="col">Afvigelse</th><th scope="col">Forklaring</th></tr></thead><tbody>
{{#LINE}}<tr><td>{{TEXT}}</td><td class="num">{{BUDGET}}</td><td class="num">{{ACTUAL}}</td><td>{{#DEVIATION}}<strong class="deviation">{{#OVER}}{{PCT}} % over budget{{/OVER}}{{#UNDER}}{{PCT}} % under budget{{/UNDER}}{{#NO_BUDGET}}Intet budget{{/NO_BUDGET}}</strong>{{/DEVIATION}}</td><td class="text">{{EXPLANATION:pre_escape}}</td></tr>
{{/LINE}}</tbody></table></div>{{/LINES}}
<h3>Bilag i version {{NO}}</h3>
{{#NO_VFILES}}<p class="empty">Ingen bilag i denne version.</p>{{/NO_VFILES}}
{{#VFILES}}<ul>{{#VFILE}}<li><a href="/staff/files/{{ID}}">{{NAME}}</a> ({{KB}} kB){{#IS_AUDITOR}} &ndash; revisorerklæring{{/IS_AUDITOR}}</li>{{/VFILE}}</ul>{{/VFILES}}
</details></li>
{{/VERSION}}</ul>{{/HAS_VERSIONS}}

{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/goals/{{CODE}}">&larr; {{NAME}}</a> · <a href="/staff/goals/admin">Opsætning af mål</a></p>
<h1>Versioner af målet</h1>
<p class="lead">{{NAME}}</p>
{{#CREATED}}<p class="notice success" role="status">Den nye version er gemt.</p>{{/CREATED}}
{{#AGAIN}}<p class="notice success" role="status">Den nye version var allerede gemt; der er ikke lavet en til.</p>{{/AGAIN}}
<p>En sag bedømmes efter den version, der gjaldt den dag, sagens ur startede. En ændring af enhed, frist, mål eller regler er en ny version fra en dato; den skrives i revisionssporet.</p>
<div class="table-wrap" role="region" aria-label="Målets versioner" tabindex="0">
<table class="list" id="versions">
<caption>Målets versioner, nyeste først</caption>
<thead><tr><th scope="col">Gælder fra</th><th scope="col">Frist</th><th scope="col">Mål</th><th scope="col">Pauseregel</th><th scope="col">Periodens regel</th><th scope="col">Oprettet af</th><th scope="col">Oprettet</th></tr></thead>
<tbody>
{{#VERSION}}<tr><td>{{FROM}}</td><td class="num">{{LIMIT}} {{UNIT}}</td><td class="num">{{TARGET}}</td><td>{{PAUSES}}</td><td>{{PERIOD}}</td><td>{{#BY}}{{NAME}}{{/BY}}{{#SEEDED}}Fra installationen{{/SEEDED}}</td><td>{{CREATED}}</td></tr>
{{/VERSION}}</tbody>
</table>
</div>
<h2>Ny version</h2>
<p>Alle felter skal udfyldes.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Versionen er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<p><label for="valid_from">Gælder fra (ÅÅÅÅ-MM-DD) <span class="hint">Sager, hvis ur starter denne dag eller senere.</span></label><input id="valid_from" name="valid_from" value="{{VALID_FROM}}" maxlength="10" class="short"{{#VALID_FROM_ERR}} aria-invalid="true" aria-describedby="valid_from-err"{{/VALID_FROM_ERR}}>{{#VALID_FROM_ERR}}<span class="field-error" id="valid_from-err">{{MSG}}</span>{{/VALID_FROM_ERR}}</p>
<p><label for="unit">Enhed</label><select id="unit" name="unit"{{#UNIT_ERR}} aria-invalid="true" aria-describedby="unit-err"{{/UNIT_ERR}}>{{#UNIT_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/UNIT_OPT}}</select>{{#UNIT_ERR}}<span class="field-error" id="unit-err">{{MSG}}</span>{{/UNIT_ERR}}</p>
<p><label for="limit">Frist <span class="hint">0–3650 dage eller 0–120 måneder.</span></label><input id="limit" name="limit" value="{{LIMIT}}" maxlength="5" class="short" inputmode="numeric"{{#LIMIT_ERR}} aria-invalid="true" aria-describedby="limit-err"{{/LIMIT_ERR}}>{{#LIMIT_ERR}}<span class="field-error" id="limit-err">{{MSG}}</span>{{/LIMIT_ERR}}</p>
<p><label for="target">Mål for andel i procent <span class="hint">0–100, højst én decimal, fx 92,5.</span></label><input id="target" name="target" value="{{TARGET}}" maxlength="8" class="short" inputmode="decimal"{{#TARGET_ERR}} aria-invalid="true" aria-describedby="target-err"{{/TARGET_ERR}}>{{#TARGET_ERR}}<span class="field-error" id="target-err">{{MSG}}</span>{{/TARGET_ERR}}</p>
<p><label for="pauses">Pauseregel</label><select id="pauses" name="pauses"{{#PAUSES_ERR}} aria-invalid="true" aria-describedby="pauses-err"{{/PAUSES_ERR}}>{{#PAUSES_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PAUSES_OPT}}</select>{{#PAUSES_ERR}}<span class="field-error" id="pauses-err">{{MSG}}</span>{{/PAUSES_ERR}}</p>
<p><label for="period_rule">Periodens regel</label><select id="period_rule" name="period_rule"{{#PERIOD_RULE_ERR}} aria-invalid="true" aria-describedby="period_rule-err"{{/PERIOD_RULE_ERR}}>{{#PERIOD_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PERIOD_OPT}}</select>{{#PERIOD_RULE_ERR}}<span class="field-error" id="period_rule-err">{{MSG}}</span>{{/PERIOD_RULE_ERR}}</p>
<p><button type="submit">Gem den nye version</button> <a class="button secondary" href="/staff/goals/{{CODE}}">Fortryd</a></p>
</form>

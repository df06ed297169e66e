{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/goals/">&larr; Mål og servicetider</a></p>
<h1>Opsætning af mål</h1>
<p>Et mål måler, hvor mange sager der er afgjort inden for en frist. Hvilke sager målet gælder, vælges, når det oprettes. Fristen, andelen og reglerne står i målets versioner; et nyt mål er inaktivt, indtil det har en version. Hver ændring skrives i revisionssporet.</p>
{{#AGAIN}}<p class="notice" role="status">Det var allerede udført: målet er oprettet én gang.</p>{{/AGAIN}}
{{#CREATED}}<p class="notice success" role="status">Målet er oprettet. Tilføj dets første version under <a href="/staff/goals/{{CODE}}/versions">Versioner</a>, og gør det derefter aktivt.</p>{{/CREATED}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Ændringen er ikke gemt. Ret det, der står her:</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#NO_GOAL}}<p class="empty">Ingen mål endnu.</p>{{/NO_GOAL}}
{{#ANY_GOAL}}<div class="table-wrap" role="region" aria-label="Mål" tabindex="0">
<table class="list" id="goals-admin"><thead><tr><th scope="col">Kode</th><th scope="col">Navn</th><th scope="col">Sager</th><th scope="col">Gældende regel</th><th scope="col">Rækkefølge</th><th scope="col">Aktiv</th><th scope="col"><span class="visually-hidden">Handling</span></th></tr></thead><tbody>
{{#GOAL}}<tr>
<td>{{GCODE}}</td>
<td><label class="visually-hidden" for="name-{{GID}}">Navn</label><input id="name-{{GID}}" name="name" form="goal-{{GID}}" value="{{GNAME}}" maxlength="200"{{#ROW_NAME_ERR}} aria-invalid="true" aria-describedby="name-{{GID}}-err"{{/ROW_NAME_ERR}}>{{#ROW_NAME_ERR}}<span class="field-error" id="name-{{GID}}-err">{{MSG}}</span>{{/ROW_NAME_ERR}}</td>
<td>{{GPOP}}<br><span class="hint">{{GEVENTS}}</span></td>
<td>{{GRULE}}<br><a href="/staff/goals/{{GCODE}}/versions">Versioner ({{GVERSIONS}})</a></td>
<td><label class="visually-hidden" for="sort-{{GID}}">Rækkefølge</label><input id="sort-{{GID}}" name="sort" form="goal-{{GID}}" value="{{GSORT}}" maxlength="4" size="4" inputmode="numeric"{{#ROW_SORT_ERR}} aria-invalid="true" aria-describedby="sort-{{GID}}-err"{{/ROW_SORT_ERR}}>{{#ROW_SORT_ERR}}<span class="field-error" id="sort-{{GID}}-err">{{MSG}}</span>{{/ROW_SORT_ERR}}</td>
<td><div class="choice"><input type="checkbox" id="active-{{GID}}" name="active" value="1" form="goal-{{GID}}"{{#GACTIVE}} checked{{/GACTIVE}}{{#ROW_ACTIVE_ERR}} aria-invalid="true" aria-describedby="active-{{GID}}-err"{{/ROW_ACTIVE_ERR}}><label for="active-{{GID}}">Aktiv</label></div>{{#ROW_ACTIVE_ERR}}<span class="field-error" id="active-{{GID}}-err">{{MSG}}</span>{{/ROW_ACTIVE_ERR}}{{#GSHOWN}}<a href="/staff/goals/{{GCODE}}">Se målet</a>{{/GSHOWN}}</td>
<td><form id="goal-{{GID}}" method="post" action="/staff/goals/admin"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="save"><input type="hidden" name="id" value="{{GID}}"><button type="submit" class="secondary">Gem</button></form></td>
</tr>
{{/GOAL}}</tbody></table>
</div>{{/ANY_GOAL}}
<h2>Nyt mål</h2>
<form method="post" action="/staff/goals/admin" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="add"><input type="hidden" name="once" value="{{ONCE}}">
<p><label for="code">Kode <span class="hint">Små bogstaver, tal, punktum og understregning, fx grants.accounts. Koden står i adressen og i eksporterne og kan ikke ændres.</span></label><input id="code" name="code" value="{{CODE}}" maxlength="40"{{#CODE_ERR}} aria-invalid="true" aria-describedby="code-err"{{/CODE_ERR}}>{{#CODE_ERR}}<span class="field-error" id="code-err">{{MSG}}</span>{{/CODE_ERR}}</p>
<p><label for="name">Navn</label><input id="name" name="name" value="{{NAME}}" maxlength="200"{{#NAME_ERR}} aria-invalid="true" aria-describedby="name-err"{{/NAME_ERR}}>{{#NAME_ERR}}<span class="field-error" id="name-err">{{MSG}}</span>{{/NAME_ERR}}</p>
<p><label for="population">Sager <span class="hint">Hvilke sager målet tæller, og fra hvilken hændelse til hvilken.</span></label><select id="population" name="population"{{#POPULATION_ERR}} aria-invalid="true" aria-describedby="population-err"{{/POPULATION_ERR}}><option value="">Vælg</option>{{#POP_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/POP_OPT}}</select>{{#POPULATION_ERR}}<span class="field-error" id="population-err">{{MSG}}</span>{{/POPULATION_ERR}}</p>
<p><label for="sort">Rækkefølge <span class="hint">0–9999; lavest vises først.</span></label><input id="sort" name="sort" value="{{SORT}}" maxlength="4" inputmode="numeric" class="short"{{#SORT_ERR}} aria-invalid="true" aria-describedby="sort-err"{{/SORT_ERR}}>{{#SORT_ERR}}<span class="field-error" id="sort-err">{{MSG}}</span>{{/SORT_ERR}}</p>
<p><button type="submit">Opret målet</button></p>
</form>

{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/whistle/">&larr; Whistleblowerhenvendelser</a></p>
<h1>Årsager</h1>
<p>Listen er de valgmuligheder, som anmeldere og sagsbehandlere vælger årsag fra. En årsag slettes aldrig; gør den inaktiv, så beholder tidligere henvendelser deres årsag.</p>
{{#AGAIN}}<p class="notice" role="status">Det var allerede udført: årsagen er tilføjet én gang.</p>{{/AGAIN}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Ændringen er ikke gemt. Ret det, der står her:</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#NO_CAUSE}}<p class="empty">Ingen årsager endnu.</p>{{/NO_CAUSE}}
{{#ANY_CAUSE}}<div class="table-wrap" role="region" aria-label="Årsager" tabindex="0">
<table class="list" id="causes"><thead><tr><th scope="col">Betegnelse</th><th scope="col">Rækkefølge</th><th scope="col">Aktiv</th><th scope="col" class="num">Brugt</th><th scope="col"><span class="visually-hidden">Handling</span></th></tr></thead><tbody>
{{#CAUSE}}<tr>
<td><label class="visually-hidden" for="label-{{CID}}">Betegnelse</label><input id="label-{{CID}}" name="label" form="cause-{{CID}}" value="{{CLABEL}}" maxlength="100"{{#ROW_LABEL_ERR}} aria-invalid="true" aria-describedby="label-{{CID}}-err"{{/ROW_LABEL_ERR}}>{{#ROW_LABEL_ERR}}<span class="field-error" id="label-{{CID}}-err">{{MSG}}</span>{{/ROW_LABEL_ERR}}</td>
<td><label class="visually-hidden" for="sort-{{CID}}">Rækkefølge</label><input id="sort-{{CID}}" name="sort" form="cause-{{CID}}" value="{{CSORT}}" maxlength="4" size="4" inputmode="numeric"{{#ROW_SORT_ERR}} aria-invalid="true" aria-describedby="sort-{{CID}}-err"{{/ROW_SORT_ERR}}>{{#ROW_SORT_ERR}}<span class="field-error" id="sort-{{CID}}-err">{{MSG}}</span>{{/ROW_SORT_ERR}}</td>
<td><div class="choice"><input type="checkbox" id="active-{{CID}}" name="active" value="1" form="cause-{{CID}}"{{#CACTIVE}} checked{{/CACTIVE}}><label for="active-{{CID}}">Aktiv</label></div></td>
<td class="num">{{CUSED}} {{#CUSED_ONE}}henvendelse{{/CUSED_ONE}}{{#CUSED_MANY}}henvendelser{{/CUSED_MANY}}</td>
<td><form id="cause-{{CID}}" method="post" action="/staff/whistle/causes"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="save"><input type="hidden" name="id" value="{{CID}}"><button type="submit" class="secondary">Gem</button></form></td>
</tr>
{{/CAUSE}}</tbody></table>
</div>{{/ANY_CAUSE}}
<h2>Ny årsag</h2>
<form method="post" action="/staff/whistle/causes" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="add"><input type="hidden" name="once" value="{{ONCE}}">
<p><label for="label">Betegnelse</label><input id="label" name="label" value="{{LABEL}}" maxlength="100"{{#LABEL_ERR}} aria-invalid="true" aria-describedby="label-err"{{/LABEL_ERR}}>{{#LABEL_ERR}}<span class="field-error" id="label-err">{{MSG}}</span>{{/LABEL_ERR}}</p>
<p><label for="sort">Rækkefølge</label><input id="sort" name="sort" value="{{SORT}}" maxlength="4" inputmode="numeric"{{#SORT_ERR}} aria-invalid="true" aria-describedby="sort-err"{{/SORT_ERR}}>{{#SORT_ERR}}<span class="field-error" id="sort-err">{{MSG}}</span>{{/SORT_ERR}}</p>
<p><button type="submit">Tilføj</button></p>
</form>

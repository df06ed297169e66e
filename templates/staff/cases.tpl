{{%AUTOESCAPE context="HTML"}}
<h1>Sagskø: statusrapporter og regnskaber</h1>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Sagskøen kan ikke vises med de valg</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
<p>Vælg igen herunder, eller <a href="/staff/cases/">vis de åbne sager</a>.</p>
</div>{{/HAS_ERRORS}}
<form method="get" action="/staff/cases/" class="form filter">
<p><label for="state">Sager</label><select id="state" name="state"{{#STATE_ERR}} aria-invalid="true" aria-describedby="state-err"{{/STATE_ERR}}><option value="open"{{#STATE_OPEN}} selected{{/STATE_OPEN}}>Åbne</option><option value="decided"{{#STATE_DECIDED}} selected{{/STATE_DECIDED}}>Afgjorte (seneste 400 dage)</option></select>{{#STATE_ERR}}<span class="field-error" id="state-err">{{MSG}}</span>{{/STATE_ERR}}</p>
<p><label for="kind">Type</label><select id="kind" name="kind"{{#KIND_ERR}} aria-invalid="true" aria-describedby="kind-err"{{/KIND_ERR}}><option value="">Alle</option><option value="status"{{#KIND_STATUS}} selected{{/KIND_STATUS}}>Statusrapporter</option><option value="accounts"{{#KIND_ACCOUNTS}} selected{{/KIND_ACCOUNTS}}>Regnskaber</option></select>{{#KIND_ERR}}<span class="field-error" id="kind-err">{{MSG}}</span>{{/KIND_ERR}}</p>
<p><label for="handler">Sagsbehandler</label><select id="handler" name="handler"{{#HANDLER_ERR}} aria-invalid="true" aria-describedby="handler-err"{{/HANDLER_ERR}}><option value="">Alle</option><option value="me"{{#HANDLER_ME}} selected{{/HANDLER_ME}}>Mine</option><option value="none"{{#HANDLER_NONE}} selected{{/HANDLER_NONE}}>Ikke fordelt</option></select>{{#HANDLER_ERR}}<span class="field-error" id="handler-err">{{MSG}}</span>{{/HANDLER_ERR}}</p>
<p><label for="clock">Frist</label><select id="clock" name="clock"{{#CLOCK_ERR}} aria-invalid="true" aria-describedby="clock-err"{{/CLOCK_ERR}}><option value="">Alle</option><option value="over"{{#CLOCK_OVER}} selected{{/CLOCK_OVER}}>Over fristen</option><option value="near"{{#CLOCK_NEAR}} selected{{/CLOCK_NEAR}}>Højst 30 dage tilbage</option><option value="ok"{{#CLOCK_OK}} selected{{/CLOCK_OK}}>Mere end 30 dage tilbage</option></select>{{#CLOCK_ERR}}<span class="field-error" id="clock-err">{{MSG}}</span>{{/CLOCK_ERR}}</p>
<p><label for="sort">Sortér efter</label><select id="sort" name="sort"{{#SORT_ERR}} aria-invalid="true" aria-describedby="sort-err"{{/SORT_ERR}}><option value="left"{{#SORT_LEFT}} selected{{/SORT_LEFT}}>Dage tilbage</option><option value="received"{{#SORT_RECEIVED}} selected{{/SORT_RECEIVED}}>Modtaget</option><option value="case"{{#SORT_CASE}} selected{{/SORT_CASE}}>Sagsnummer</option></select>{{#SORT_ERR}}<span class="field-error" id="sort-err">{{MSG}}</span>{{/SORT_ERR}}</p>
{{#PAGE_ERR}}<p><label for="page">Side</label><input id="page" name="page" value="{{PAGE}}" maxlength="6" inputmode="numeric" class="short" aria-invalid="true" aria-describedby="page-err"><span class="field-error" id="page-err">{{MSG}}</span></p>{{/PAGE_ERR}}
<p><button type="submit">Vis</button></p>
</form>
{{#RESULT}}<p>{{COUNT}} sager. Frist: {{LIMIT}} dage fra modtagelse. Side {{PAGE}} af {{PAGES}}.</p>
{{#EMPTY}}<p class="empty">Ingen sager passer til filteret.</p>{{/EMPTY}}
{{#HAS_CASES}}<div class="table-wrap" role="region" aria-label="Sager" tabindex="0">
<table class="list"><thead><tr><th scope="col">Sag</th><th scope="col" class="wide-only">Tilsagn</th><th scope="col">Status</th><th scope="col" class="wide-only">Modtaget</th><th scope="col" class="num wide-only">Dage gået</th><th scope="col" class="num">Dage tilbage</th><th scope="col" class="wide-only">Sagsbehandler</th></tr></thead><tbody>
{{#CASE}}<tr class="{{CLASS}}"><td><a href="/staff/cases/{{SID}}">{{CASE_NO}}</a><br><span class="hint">{{KIND}}</span></td><td class="wide-only">{{GRANT}} {{ORG}}</td><td><span class="tag tag-{{STATUS_CODE}}">{{STATUS}}</span> {{DECIDED}}</td><td class="wide-only">{{RECEIVED}}</td><td class="num wide-only">{{ELAPSED}}</td><td class="num">{{#LEFT_N}}{{N}}{{/LEFT_N}}{{#OVER}}{{N}} over fristen{{/OVER}}</td><td class="wide-only">{{HANDLER}}</td></tr>
{{/CASE}}</tbody></table>
</div>{{/HAS_CASES}}
{{>PAGER}}{{/RESULT}}

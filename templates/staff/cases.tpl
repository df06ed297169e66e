{{%AUTOESCAPE context="HTML"}}
<h1>Sagskø: statusrapporter og regnskaber</h1>
<form method="get" action="/staff/cases/" class="form filter">
<p><label for="state">Sager</label><select id="state" name="state"><option value="open"{{#STATE_OPEN}} selected{{/STATE_OPEN}}>Åbne</option><option value="decided"{{#STATE_DECIDED}} selected{{/STATE_DECIDED}}>Afgjorte (seneste 400 dage)</option></select></p>
<p><label for="kind">Type</label><select id="kind" name="kind"><option value="">Alle</option><option value="status"{{#KIND_STATUS}} selected{{/KIND_STATUS}}>Statusrapporter</option><option value="accounts"{{#KIND_ACCOUNTS}} selected{{/KIND_ACCOUNTS}}>Regnskaber</option></select></p>
<p><label for="handler">Sagsbehandler</label><select id="handler" name="handler"><option value="">Alle</option><option value="me"{{#HANDLER_ME}} selected{{/HANDLER_ME}}>Mine</option><option value="none"{{#HANDLER_NONE}} selected{{/HANDLER_NONE}}>Ikke fordelt</option></select></p>
<p><label for="sort">Sortér efter</label><select id="sort" name="sort"><option value="left"{{#SORT_LEFT}} selected{{/SORT_LEFT}}>Dage tilbage</option><option value="received"{{#SORT_RECEIVED}} selected{{/SORT_RECEIVED}}>Modtaget</option><option value="case"{{#SORT_CASE}} selected{{/SORT_CASE}}>Sagsnummer</option></select></p>
<p><button type="submit">Vis</button></p>
{{#ERRORS}}<p class="field-error">{{MSG}}</p>{{/ERRORS}}
</form>
<p>{{COUNT}} sager. Frist: {{LIMIT}} dage fra modtagelse. Side {{PAGE}} af {{PAGES}}.</p>
{{#EMPTY}}<p>Ingen sager passer til filteret.</p>{{/EMPTY}}
<table class="list"><thead><tr><th scope="col">Sag</th><th scope="col">Type</th><th scope="col">Tilsagn</th><th scope="col">Status</th><th scope="col">Modtaget</th><th scope="col" class="num">Dage gået</th><th scope="col" class="num">Dage tilbage</th><th scope="col">Sagsbehandler</th></tr></thead><tbody>
{{#CASE}}<tr class="{{CLASS}}"><td><a href="/staff/cases/{{SID}}">{{CASE_NO}}</a></td><td>{{KIND}}</td><td>{{GRANT}} {{ORG}}</td><td>{{STATUS}} {{DECIDED}}</td><td>{{RECEIVED}}</td><td class="num">{{ELAPSED}}</td><td class="num">{{LEFT}}</td><td>{{HANDLER}}</td></tr>
{{/CASE}}</tbody></table>
<p class="pager">{{#PREV}}<a href="{{URL}}">&larr; Forrige side</a>{{/PREV}} {{#NEXT}}<a href="{{URL}}">Næste side &rarr;</a>{{/NEXT}}</p>

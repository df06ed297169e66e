{{%AUTOESCAPE context="HTML"}}
<h1>Frister: statusrapporter og regnskaber</h1>
<p>Alt, der ikke er modtaget, og som skal indsendes inden for {{SOON}} dage eller er forsinket, pr. pulje og tilsagn. Betalingsstop foreslås, når et regnskab er mere end {{STOP_DAYS}} dage forsinket; det sættes kun, når en medarbejder bekræfter det.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Fristerne kan ikke vises med de valg</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
<p>Vælg igen herunder, eller <a href="/staff/obligations/">vis alle frister</a>.</p>
</div>{{/HAS_ERRORS}}
<form method="get" action="/staff/obligations/" class="form filter">
<p><label for="pool">Pulje</label><select id="pool" name="pool"{{#POOL_ERR}} aria-invalid="true" aria-describedby="pool-err"{{/POOL_ERR}}><option value="">Alle</option>{{#POOL_OPT}}<option value="{{ID}}"{{#SEL}} selected{{/SEL}}>{{NAME}}</option>{{/POOL_OPT}}</select>{{#POOL_ERR}}<span class="field-error" id="pool-err">{{MSG}}</span>{{/POOL_ERR}}</p>
<p><label for="kind">Type</label><select id="kind" name="kind"{{#KIND_ERR}} aria-invalid="true" aria-describedby="kind-err"{{/KIND_ERR}}><option value="">Alle</option><option value="status"{{#KIND_STATUS}} selected{{/KIND_STATUS}}>Statusrapporter</option><option value="accounts"{{#KIND_ACCOUNTS}} selected{{/KIND_ACCOUNTS}}>Regnskaber</option></select>{{#KIND_ERR}}<span class="field-error" id="kind-err">{{MSG}}</span>{{/KIND_ERR}}</p>
<p><button type="submit">Vis</button></p>
</form>
{{#EMPTY}}<p class="empty">Ingen frister passer til filteret.</p>{{/EMPTY}}
{{#HAS_ROWS}}<p>{{COUNT}} frister. <a href="{{CSV_URL}}" download>Hent som CSV</a></p>
{{#POOL}}<h2>{{POOL_NAME}}</h2>
<div class="table-wrap" role="region" aria-label="Frister i {{POOL_NAME}}" tabindex="0">
<table class="list"><thead><tr><th scope="col">Indsendes</th><th scope="col">Frist</th><th scope="col">Dage</th><th scope="col" class="wide-only">Næste påmindelse</th><th scope="col" class="wide-only">Påmindelser sendt</th><th scope="col">Betalingsstop</th></tr></thead>
{{#GRANT}}<tbody>
<tr class="grant"><th scope="rowgroup" colspan="5">{{GRANT_NO}} {{ORG}}<br><span class="hint">{{TITLE}}</span></th><td>{{#STOPPED}}<strong>Betalingsstop</strong> siden {{SINCE}}<br><a href="/staff/obligations/stop?award={{AWARD_ID}}">Ophæv betalingsstop for {{GRANT_NO}}</a>{{/STOPPED}}{{#NOT_STOPPED}}Nej{{#SUGGEST}}<br><span class="hint">Regnskabet er {{DAYS}} forsinket.</span><br><a class="button danger" href="/staff/obligations/stop?award={{AWARD_ID}}">Sæt betalingsstop for {{GRANT_NO}}</a>{{/SUGGEST}}{{#NO_SUGGEST}}<br><a href="/staff/obligations/stop?award={{AWARD_ID}}">Betalingsstop for {{GRANT_NO}}</a>{{/NO_SUGGEST}}{{/NOT_STOPPED}}</td></tr>
{{#OBLIG}}<tr class="{{CLASS}}" id="obl-{{OID}}"><td>{{KIND}}</td><td>{{DUE}}</td><td>{{#OVER}}{{DAYS}} over fristen{{/OVER}}{{#TODAY}}Frist i dag{{/TODAY}}{{#LEFT}}{{DAYS}} tilbage{{/LEFT}}</td><td class="wide-only">{{#NEXT}}{{DAY}}{{/NEXT}}{{#NO_NEXT}}Ingen flere{{/NO_NEXT}}</td><td class="wide-only">{{#SENT}}{{N}}, senest {{LAST}}{{/SENT}}{{#NONE_SENT}}Ingen{{/NONE_SENT}}</td><td></td></tr>
{{/OBLIG}}</tbody>{{/GRANT}}
</table>
</div>{{/POOL}}{{/HAS_ROWS}}

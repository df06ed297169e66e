{{%AUTOESCAPE context="HTML"}}
<h1>Udgående mails</h1>
<p>Alle mails, systemet har sendt eller skal sende, nyeste først: til hvem, emnet, hvornår og om de er kommet af sted. Indholdet vises ikke.
{{#ALL_KINDS}}Du ser alle typer, fordi du er administrator.{{/ALL_KINDS}}{{#ROLE_KINDS}}Du ser de typer, din rolle giver adgang til.{{/ROLE_KINDS}}</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Listen kan ikke vises med de valg</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
<p>Vælg igen herunder, eller <a href="/staff/mails">vis alle mails</a>.</p>
</div>{{/HAS_ERRORS}}
<form method="get" action="/staff/mails" class="form filter">
<p><label for="kind">Type</label><select id="kind" name="kind"{{#KIND_ERR}} aria-invalid="true" aria-describedby="kind-err"{{/KIND_ERR}}><option value="">Alle</option>{{#KIND_OPT}}<option value="{{CODE}}"{{#SEL}} selected{{/SEL}}>{{LABEL}}</option>{{/KIND_OPT}}</select>{{#KIND_ERR}}<span class="field-error" id="kind-err">{{MSG}}</span>{{/KIND_ERR}}</p>
<p><label for="state">Status</label><select id="state" name="state"{{#STATE_ERR}} aria-invalid="true" aria-describedby="state-err"{{/STATE_ERR}}><option value="">Alle</option>{{#STATE_OPT}}<option value="{{CODE}}"{{#SEL}} selected{{/SEL}}>{{LABEL}}</option>{{/STATE_OPT}}</select>{{#STATE_ERR}}<span class="field-error" id="state-err">{{MSG}}</span>{{/STATE_ERR}}</p>
{{#SIDE_ERR}}<p><label for="side">Side</label><input id="side" name="side" value="{{SIDE}}" maxlength="6" inputmode="numeric" class="short" aria-invalid="true" aria-describedby="side-err"><span class="field-error" id="side-err">{{MSG}}</span></p>{{/SIDE_ERR}}
<p><button type="submit">Vis</button></p>
</form>
{{#RESULT}}<p>{{#COUNT_ONE}}1 mail.{{/COUNT_ONE}}{{#COUNT_MANY}}{{COUNT}} mails.{{/COUNT_MANY}} Side {{SIDE}} af {{SIDES}}.</p>
{{#EMPTY}}<p class="empty">Ingen mails passer til filteret.</p>{{/EMPTY}}
{{#HAS_MAILS}}<div class="table-wrap" role="region" aria-label="Mails" tabindex="0">
<table class="list"><thead><tr><th scope="col">Til</th><th scope="col">Emne</th><th scope="col">Type</th><th scope="col" class="wide-only">Oprettet</th><th scope="col">Status</th><th scope="col">Sendt eller sidst forsøgt</th><th scope="col" class="num wide-only">Forsøg</th><th scope="col">Fejl</th></tr></thead><tbody>
{{#MAIL}}<tr class="{{CLASS}}" id="mail-{{ID}}"><td>{{TO}}</td><td>{{SUBJECT}}</td><td>{{KIND}}</td><td class="wide-only">{{CREATED}}</td><td><span class="tag tag-mail-{{STATE_CODE}}">{{STATE}}</span>{{#RETRY}}<br><span class="hint">Næste forsøg {{AT}}</span>{{/RETRY}}{{#WAIT}}<br><span class="hint">Sendes tidligst {{AT}}</span>{{/WAIT}}</td><td>{{#TRIED}}{{AT}}{{/TRIED}}{{#NOT_TRIED}}<span class="hint">Ikke forsøgt endnu</span>{{/NOT_TRIED}}</td><td class="num wide-only">{{ATTEMPTS}}</td><td>{{#ERROR}}{{TEXT}}{{/ERROR}}</td></tr>
{{/MAIL}}</tbody></table>
</div>{{/HAS_MAILS}}
{{>PAGER}}{{/RESULT}}

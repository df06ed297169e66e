{{%AUTOESCAPE context="HTML"}}
<h1>Whistleblowerordningen: henvendelser</h1>
<p class="lead">Henvendelser om bekymrende forhold på sociale tilbud og i plejefamilier. Hver henvendelse registreres for sig, også når det er den samme anmelder.</p>
<p>Frister fra modtagelsen: registrering inden 1 arbejdsdag, kvittering til anmelderen inden 7 dage, tilbagemelding inden 3 måneder. En frist er markeret som overskredet, snart (inden for 2 arbejdsdage), senere eller overholdt.</p>
<p><a href="/staff/whistle/stats">Statistik (som årsrapportens tabel 7)</a> · <a href="/staff/whistle/causes">Årsagslisten</a></p>
<h2>Nye og åbne henvendelser ({{COUNT}})</h2>
{{#EMPTY}}<p class="empty">Ingen nye eller åbne henvendelser lige nu.</p>{{/EMPTY}}
{{#CUT}}<p class="notice" role="status">Listen viser de {{SHOWN}} ældste af {{COUNT}} åbne henvendelser.</p>{{/CUT}}
{{#ANY_OPEN}}<div class="table-wrap" role="region" aria-label="Nye og åbne henvendelser" tabindex="0">
<table class="list" id="open-reports"><thead><tr><th scope="col">Sag</th><th scope="col">Modtaget</th><th scope="col" class="hide-narrow">Tilbudstype</th><th scope="col">Status</th><th scope="col">Frister</th></tr></thead><tbody>
{{#REPORT}}<tr><td><a href="/staff/whistle/{{ID}}">{{CASE_NO}}</a></td><td>{{RECEIVED}}<br>{{AGE}} {{#AGE_ONE}}arbejdsdag{{/AGE_ONE}}{{#AGE_MANY}}arbejdsdage{{/AGE_MANY}} siden</td><td class="hide-narrow">{{OFFER}}</td><td><span class="tag tag-{{STATUS_CODE}}">{{STATUS}}</span>{{#RISK}}, risiko {{LABEL}}{{/RISK}}</td><td><ul class="deadlines">
<li class="{{REG_CLASS}}">Registrering {{REG_DUE}}: {{REG_STATE}}</li>
<li class="{{ACK_CLASS}}">Kvittering {{ACK_DUE}}: {{ACK_STATE}}</li>
<li class="{{FB_CLASS}}">Tilbagemelding {{FB_DUE}}: {{FB_STATE}}</li>
</ul></td></tr>
{{/REPORT}}</tbody></table>
</div>{{/ANY_OPEN}}
<h2>Lukkede henvendelser (de seneste 100)</h2>
{{#NONE_CLOSED}}<p class="empty">Ingen lukkede henvendelser endnu.</p>{{/NONE_CLOSED}}
{{#ANY_CLOSED}}<div class="table-wrap" role="region" aria-label="Lukkede henvendelser" tabindex="0">
<table class="list" id="closed-reports"><thead><tr><th scope="col">Sag</th><th scope="col" class="hide-narrow">Modtaget</th><th scope="col">Lukket</th><th scope="col">Lukningsårsag</th><th scope="col" class="hide-narrow">Tilbudstype</th><th scope="col">Frister</th></tr></thead><tbody>
{{#CLOSED_REPORT}}<tr><td><a href="/staff/whistle/{{ID}}">{{CASE_NO}}</a>{{#PURGED}} (indhold slettet){{/PURGED}}</td><td class="hide-narrow">{{RECEIVED}}</td><td>{{CLOSED}}</td><td>{{REASON}}</td><td class="hide-narrow">{{OFFER}}</td><td><ul class="deadlines">
<li class="{{REG_CLASS}}">Registrering {{REG_DUE}}: {{REG_STATE}}</li>
<li class="{{ACK_CLASS}}">Kvittering {{ACK_DUE}}: {{ACK_STATE}}</li>
<li class="{{FB_CLASS}}">Tilbagemelding {{FB_DUE}}: {{FB_STATE}}</li>
</ul></td></tr>
{{/CLOSED_REPORT}}</tbody></table>
</div>{{/ANY_CLOSED}}

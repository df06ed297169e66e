{{%AUTOESCAPE context="HTML"}}
<h1>Whistleblowerordningen: henvendelser</h1>
<p class="lead">Henvendelser om bekymrende forhold på sociale tilbud og i plejefamilier. Hver henvendelse registreres for sig, også når det er den samme anmelder.</p>
<p>Frister fra modtagelsen: registrering inden 1 arbejdsdag, kvittering til anmelderen inden 7 dage, tilbagemelding inden 3 måneder. <a href="/staff/whistle/stats">Statistik (som årsrapportens tabel 7)</a> · <a href="/staff/whistle/causes">Årsagslisten</a></p>
<h2>Nye og åbne henvendelser ({{COUNT}})</h2>
{{#EMPTY}}<p>Ingen åbne henvendelser.</p>{{/EMPTY}}
<table class="list"><thead><tr><th scope="col">Sag</th><th scope="col">Modtaget</th><th scope="col" class="num">Arbejdsdage</th><th scope="col">Status</th><th scope="col">Tilbudstype</th><th scope="col">Registrering (1 arbejdsdag)</th><th scope="col">Kvittering (7 dage)</th><th scope="col">Tilbagemelding (3 måneder)</th></tr></thead><tbody>
{{#REPORT}}<tr><td><a href="/staff/whistle/{{ID}}">{{CASE_NO}}</a></td><td>{{RECEIVED}}</td><td class="num">{{AGE}}</td><td>{{STATUS}}{{#RISK}}, risiko {{LABEL}}{{/RISK}}</td><td>{{OFFER}}</td><td class="{{REG_CLASS}}">{{REG_DUE}}: {{REG_STATE}}</td><td class="{{ACK_CLASS}}">{{ACK_DUE}}: {{ACK_STATE}}</td><td class="{{FB_CLASS}}">{{FB_DUE}}: {{FB_STATE}}</td></tr>
{{/REPORT}}</tbody></table>
<h2>Lukkede henvendelser (de seneste 100)</h2>
{{#NONE_CLOSED}}<p>Ingen lukkede henvendelser.</p>{{/NONE_CLOSED}}
<table class="list"><thead><tr><th scope="col">Sag</th><th scope="col">Modtaget</th><th scope="col">Lukket</th><th scope="col">Lukningsårsag</th><th scope="col">Tilbudstype</th><th scope="col">Registrering</th><th scope="col">Kvittering</th><th scope="col">Tilbagemelding</th></tr></thead><tbody>
{{#CLOSED_REPORT}}<tr><td><a href="/staff/whistle/{{ID}}">{{CASE_NO}}</a>{{#PURGED}} (indhold slettet){{/PURGED}}</td><td>{{RECEIVED}}</td><td>{{CLOSED}}</td><td>{{REASON}}</td><td>{{OFFER}}</td><td class="{{REG_CLASS}}">{{REG_DUE}}: {{REG_STATE}}</td><td class="{{ACK_CLASS}}">{{ACK_DUE}}: {{ACK_STATE}}</td><td class="{{FB_CLASS}}">{{FB_DUE}}: {{FB_STATE}}</td></tr>
{{/CLOSED_REPORT}}</tbody></table>

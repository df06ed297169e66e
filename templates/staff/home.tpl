{{%AUTOESCAPE context="HTML"}}
<h1>Velkommen, {{NAME}}</h1>
<ul class="cards">
<li><a href="/staff/cases/"><strong>Sagskø</strong></a><p>{{CASES_OPEN}} åbne statusrapporter og regnskaber.</p></li>
<li><a href="/staff/obligations/"><strong>Frister</strong></a><p>Statusrapporter og regnskaber, der snart skal indsendes eller er forsinkede, og betalingsstop.</p></li>
<li><a href="/staff/pools/"><strong>Puljer</strong></a><p>{{POOLS}} puljer i alt, samlet {{POOLS_AMOUNT}} kr. <span id="pools-open">{{POOLS_OPEN}} åbne for ansøgninger</span> og {{POOLS_UPCOMING}}, der åbner senere. {{APPS_OPEN}} ansøgninger afventer afgørelse.</p></li>
<li><a href="/staff/import"><strong>Import</strong></a><p>Overfør historiske sager fra CSV.</p></li>
{{#ADMIN}}<li><a href="/staff/settings"><strong>Indstillinger</strong></a><p>Revisorgrænse, afvigelser, behandlingsfrist og andre regler.</p></li>
<li><a href="/staff/goals/admin"><strong>Opsætning af mål</strong></a><p>Nye mål for sagsbehandlingstider, navne, rækkefølge og versioner.</p></li>{{/ADMIN}}
{{#WHISTLE}}<li><a href="/staff/whistle/"><strong>Whistleblowerordningen</strong></a><p>{{WB_NEW}} {{#WB_NEW_ONE}}ny henvendelse venter{{/WB_NEW_ONE}}{{#WB_NEW_MANY}}nye henvendelser venter{{/WB_NEW_MANY}} på registrering, {{WB_OPEN}} er under behandling.</p></li>{{/WHISTLE}}
</ul>

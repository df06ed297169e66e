{{%AUTOESCAPE context="HTML"}}
<h1>Kvittering for ansøgning</h1>
{{#WAITING}}<p class="notice success" role="status">Tak. Vi har modtaget din ansøgning med sagsnummer <strong>{{CASE_NO}}</strong>.</p>{{/WAITING}}
<dl class="facts">
<dt>Sagsnummer</dt><dd><strong>{{CASE_NO}}</strong></dd>
<dt>Modtaget</dt><dd>{{SUBMITTED}}</dd>
<dt>Pulje</dt><dd>{{POOL_NAME}}</dd>
<dt>Ansøger</dt><dd>{{ORG_NAME}}</dd>
<dt>Projekt</dt><dd>{{TITLE}}</dd>
<dt>Status</dt><dd>{{STATUS}}</dd>
{{#DECIDED_ROW}}<dt>Afgjort</dt><dd>{{DECIDED}}</dd>{{/DECIDED_ROW}}
</dl>
<h2>Hvad sker der nu?</h2>
<ul>
<li>Ansøgningen kan ikke længere ændres. Gem sagsnummeret, og oplys det, hvis du kontakter {{AUTHORITY}} om ansøgningen.</li>
{{#WAITING}}<li>Ansøgningerne til puljen behandles, når ansøgningsfristen {{CLOSES}} er udløbet. Derefter får I en afgørelse: tilsagn eller afslag.</li>{{/WAITING}}
<li>Får I tilsagn, følger der et tilsagnsnummer og en adgangskode med tilsagnsbrevet. Med dem logger I ind og indsender statusrapporter og regnskab.</li>
</ul>
<p><a href="/grants/">Tilbage til puljerne</a></p>

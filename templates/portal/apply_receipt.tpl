{{%AUTOESCAPE context="HTML"}}
<h1>Kvittering for ansøgning</h1>
<dl class="facts">
<dt>Sagsnummer</dt><dd><strong>{{CASE_NO}}</strong></dd>
<dt>Modtaget</dt><dd>{{SUBMITTED}}</dd>
<dt>Pulje</dt><dd>{{POOL_NAME}}</dd>
<dt>Ansøger</dt><dd>{{ORG_NAME}}</dd>
<dt>Projekt</dt><dd>{{TITLE}}</dd>
<dt>Status</dt><dd>{{STATUS}}</dd>
</dl>
<p>Gem sagsnummeret. Hvis du får tilsagn, får du et tilsagnsnummer og en adgangskode med tilsagnsbrevet; med dem logger du ind og indsender statusrapporter og regnskab.</p>

{{%AUTOESCAPE context="HTML"}}
<h1>Import af historiske sager</h1>
<p>Indlæs statusrapporter og regnskaber fra et tidligere system, så målene kan opgøres fra første dag. Filen er CSV (komma eller semikolon) med en overskriftslinje med kolonnerne <code>type, tilsagn, sagsnummer, modtaget, afgjort, udfald, pauser</code>. Alle linjer kontrolleres først; intet importeres, hvis blot én linje er forkert.</p>
<div class="error-summary" role="alert">{{#ERRORS}}<p>{{MSG}}</p>{{/ERRORS}}</div>
{{#REJECTED}}<p class="error-msg">Filen blev afvist: {{NERR}} fejl. Intet er importeret.</p>{{/REJECTED}}
{{#ROW_ERROR}}<p class="field-error">Linje {{LINE}}: {{MSG}}</p>{{/ROW_ERROR}}
{{#IMPORTED}}<p class="notice" role="status">{{N}} sager er importeret.</p>{{/IMPORTED}}
<form method="post" action="/staff/import" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="file">CSV-fil</label><input id="file" name="file" type="file" accept=".csv,text/csv"></p>
<p><button type="submit">Importér</button></p>
</form>

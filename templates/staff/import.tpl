{{%AUTOESCAPE context="HTML"}}
<h1>Import af historiske sager</h1>
{{#IMPORTED}}<p class="notice success" role="status">{{N}} sager er importeret fra »{{FILENAME}}«.</p>{{/IMPORTED}}
{{#AGAIN}}<p class="notice" role="status">Filen »{{FILENAME}}« blev allerede importeret {{AT}} af {{BY}} ({{N}} sager). Intet er importeret igen.</p>{{/AGAIN}}
<p>Indlæs statusrapporter og regnskaber fra et tidligere system, så målene kan opgøres fra første dag. Filen er CSV (komma eller semikolon) med en overskriftslinje med kolonnerne <code>type, tilsagn, sagsnummer, modtaget, afgjort, udfald, pauser</code>. Alle linjer kontrolleres først; intet importeres, hvis blot én linje er forkert. Den samme fil kan kun importeres én gang.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Filen er ikke importeret. Ret følgende i filen:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="/staff/import" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<p><label for="file">CSV-fil</label><input id="file" name="file" type="file" accept=".csv,text/csv"{{#FILE_ERR}} aria-invalid="true" aria-describedby="file-err"{{/FILE_ERR}}>{{#FILE_ERR}}<span class="field-error" id="file-err">{{MSG}}{{#FILE_LOST}} Filen »{{NAME}}« er ikke gemt: ret den, og vælg den igen.{{/FILE_LOST}}</span>{{/FILE_ERR}}</p>
<p><button type="submit">Importér</button></p>
</form>

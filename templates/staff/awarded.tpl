{{%AUTOESCAPE context="HTML"}}
<h1>Tilsagn givet</h1>
<p class="notice success" role="status">Tilsagnet er givet til {{ORG}}: {{AMOUNT}} kr. til »{{TITLE}}«.</p>
<h2>Adgangskode til tilskudsmodtageren</h2>
<div class="notice warning">
<p><strong>Skriv koden ned, eller send den til modtageren nu.</strong> Den vises kun denne ene gang. Systemet gemmer ikke koden og kan ikke vise den igen, heller ikke hvis du genindlæser siden.</p>
</div>
<dl class="facts code">
<dt>Tilsagnsnummer</dt><dd><strong>{{GRANT_NO}}</strong></dd>
<dt>Adgangskode</dt><dd><strong class="code">{{CODE}}</strong></dd>
</dl>
<h2>Hvad sker der nu?</h2>
<ol>
<li>Send tilsagnsbrevet med tilsagnsnummeret og adgangskoden til {{CONTACT}} ({{EMAIL}}).</li>
<li>Modtageren logger ind på <a href="/grants/login">tilskudsmodtagernes side</a> med tilsagnsnummer og adgangskode og ser sine frister.</li>
<li>Når modtageren indsender en statusrapport eller et regnskab, kommer det i <a href="/staff/cases/">sagskøen</a>.</li>
</ol>
<h3>Modtagerens frister</h3>
{{#NO_OBLIG}}<p class="empty">Tilsagnet har ingen statusrapporter eller regnskab.</p>{{/NO_OBLIG}}
{{#HAS_OBLIG}}<ul>{{#OBLIG}}<li>{{#STATUS_REPORT}}Statusrapport {{SEQ}}{{/STATUS_REPORT}}{{#ACCOUNTS}}Regnskab{{/ACCOUNTS}}: senest {{DUE}}</li>{{/OBLIG}}</ul>{{/HAS_OBLIG}}
{{#AUDITOR}}<p>Regnskabet skal have en revisorerklæring.</p>{{/AUDITOR}}
<p><a href="/staff/applications/{{AID}}">Til ansøgningen</a></p>

{{%AUTOESCAPE context="HTML"}}
<h1>Tilsagn givet</h1>
<p class="notice" role="status">Tilsagnet er oprettet med nummer <strong>{{GRANT_NO}}</strong>.</p>
<h2>Adgangskode til tilskudsmodtageren</h2>
<p>Skriv koden i tilsagnsbrevet. Den vises kun nu; frist gemmer den ikke og kan ikke vise den igen.</p>
<dl class="facts code">
<dt>Tilsagnsnummer</dt><dd><strong>{{GRANT_NO}}</strong></dd>
<dt>Adgangskode</dt><dd><strong class="code">{{CODE}}</strong></dd>
</dl>
<p><a href="/staff/applications/{{AID}}">Til ansøgningen</a></p>

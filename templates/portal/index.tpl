{{%AUTOESCAPE context="HTML"}}
<h1>frist</h1>
<p class="lead">Tilskud, whistleblowerordning og resultatmål samlet ét sted.</p>
<ul class="cards">
<li><a href="/grants/"><strong>Tilskudspuljer</strong></a>
<p>Se åbne og kommende ansøgningspuljer, søg om tilskud, og indsend statusrapporter og regnskaber for dit tilskud.</p></li>
<li><a href="/whistleblower/"><strong>Indberet bekymrende forhold</strong></a>
<p>Fortæl socialtilsynet om bekymrende forhold på et socialt tilbud eller i en plejefamilie &ndash; også anonymt.</p></li>
<li><a href="/staff/"><strong>Sagsbehandling</strong></a>
<p>For medarbejdere: log ind for at behandle sager og følge resultatmål.</p></li>
</ul>

{{%AUTOESCAPE context="HTML"}}
<h1>Kladden er gemt</h1>
<p class="notice success" role="status">Din ansøgning til <strong>{{POOL_NAME}}</strong> er gemt som kladde. Den er ikke sendt endnu.</p>
<h2>Skriv disse oplysninger ned</h2>
<p>Med kladdenummer og fortsættelseskode kan du vende tilbage til ansøgningen fra enhver computer. Koden vises kun her, og vi kan ikke finde den frem igen.</p>
<dl class="facts code">
<dt>Kladdenummer</dt><dd><strong>{{DRAFT_NO}}</strong></dd>
<dt>Fortsættelseskode</dt><dd><strong class="code">{{CODE}}</strong></dd>
</dl>
<p><a href="/grants/application">Gå til ansøgningen</a></p>

{{%AUTOESCAPE context="HTML"}}
<h1>Indberet bekymrende forhold</h1>
<p class="lead">Her kan du fortælle socialtilsynet om bekymrende forhold på et socialt tilbud eller i en plejefamilie. Du kan være helt anonym.</p>
<div class="notice">
<p><strong>Din anonymitet:</strong> Vi registrerer ikke din IP-adresse, din browser eller tidspunktet på dagen. Skriv ikke dit navn i beskrivelsen, hvis du vil være anonym.</p>
</div>
<form method="post" action="/whistleblower/" enctype="multipart/form-data" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset>
<legend>Hvem handler det om?</legend>
<p><label for="subject">Navn på tilbuddet eller plejefamilien</label>
<input id="subject" name="subject" maxlength="300" required></p>
<p><label for="offer_type">Type</label>
<select id="offer_type" name="offer_type" required>
<option value="">Vælg</option>
<option value="plejefamilie">Plejefamilie</option>
<option value="boern_unge">Børne- og ungetilbud</option>
<option value="voksen">Voksentilbud</option>
<option value="kombineret">Kombineret tilbud</option>
</select></p>
</fieldset>
<fieldset>
<legend>Hvad er du bekymret for?</legend>
<p><label for="description">Beskriv forholdene</label>
<textarea id="description" name="description" rows="10" maxlength="20000" required></textarea></p>
</fieldset>
</form>

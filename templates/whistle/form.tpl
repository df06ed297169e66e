{{%AUTOESCAPE context="HTML"}}
<h1>Indberet bekymrende forhold</h1>
<p class="lead">Her kan du fortælle socialtilsynet om bekymrende forhold på et socialt tilbud eller i en plejefamilie. Du kan være helt anonym.</p>
<div class="notice">
<p><strong>Din anonymitet:</strong> Vi registrerer ikke din IP-adresse, din browser eller tidspunktet på dagen, kun datoen. Skriv ikke dit navn i beskrivelsen, hvis du vil være anonym. Filer kan indeholde oplysninger om, hvem der har lavet dem (fx forfatter i et Word-dokument eller position i et billede).</p>
<p>Når du har sendt, får du en kvitteringskode. Med den kan du senere se, hvad der sker med sagen, læse socialtilsynets spørgsmål og svare &ndash; stadig anonymt. Har du allerede en kode? <a href="/whistleblower/mailbox">Gå til din postkasse</a>.</p>
</div>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<form method="post" action="/whistleblower/" enctype="multipart/form-data" class="form" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset>
<legend>Hvem handler det om?</legend>
<p><label for="subject">Navn på tilbuddet eller plejefamilien *</label>
<input id="subject" name="subject" value="{{SUBJECT}}" maxlength="300">{{#SUBJECT_ERR}}<span class="field-error">{{MSG}}</span>{{/SUBJECT_ERR}}</p>
<p><label for="offer_type">Type *</label>
<select id="offer_type" name="offer_type">
<option value="">Vælg</option>
<option value="plejefamilie"{{#OFFER_TYPE_PLEJEFAMILIE}} selected{{/OFFER_TYPE_PLEJEFAMILIE}}>Plejefamilie</option>
<option value="boern_unge"{{#OFFER_TYPE_BOERN_UNGE}} selected{{/OFFER_TYPE_BOERN_UNGE}}>Børne- og ungetilbud</option>
<option value="voksen"{{#OFFER_TYPE_VOKSEN}} selected{{/OFFER_TYPE_VOKSEN}}>Voksentilbud</option>
<option value="kombineret"{{#OFFER_TYPE_KOMBINERET}} selected{{/OFFER_TYPE_KOMBINERET}}>Kombineret tilbud (børn, unge og voksne)</option>
</select>{{#OFFER_TYPE_ERR}}<span class="field-error">{{MSG}}</span>{{/OFFER_TYPE_ERR}}</p>
</fieldset>
<fieldset>
<legend>Hvad er du bekymret for?</legend>
<p><label for="cause">Hvad drejer det sig mest om?</label>
<select id="cause" name="cause"><option value="">Ved ikke / vælg</option>
{{#CAUSE_OPT}}<option value="{{CID}}"{{#SELECTED}} selected{{/SELECTED}}>{{CLABEL}}</option>
{{/CAUSE_OPT}}</select>{{#CAUSE_ERR}}<span class="field-error">{{MSG}}</span>{{/CAUSE_ERR}}</p>
<p><label for="description">Beskriv forholdene *</label>
<textarea id="description" name="description" rows="10" maxlength="20000">{{DESCRIPTION}}</textarea>{{#DESCRIPTION_ERR}}<span class="field-error">{{MSG}}</span>{{/DESCRIPTION_ERR}}</p>
<p><label for="attachment">Vedhæft filer (højst 5, i alt 20 MB)</label>
<input id="attachment" name="attachment" type="file" multiple>{{#ATTACHMENT_ERR}}<span class="field-error">{{MSG}}</span>{{/ATTACHMENT_ERR}}</p>
</fieldset>
<fieldset>
<legend>Din tilknytning *</legend>
<p><label for="relation">Hvordan kender du tilbuddet eller plejefamilien?</label>
<select id="relation" name="relation"><option value="">Vælg</option>
<option value="ansat"{{#RELATION_ANSAT}} selected{{/RELATION_ANSAT}}>Jeg er ansat</option>
<option value="tidligere_ansat"{{#RELATION_TIDLIGERE_ANSAT}} selected{{/RELATION_TIDLIGERE_ANSAT}}>Jeg har været ansat</option>
<option value="paaroerende"{{#RELATION_PAAROERENDE}} selected{{/RELATION_PAAROERENDE}}>Jeg er pårørende</option>
<option value="beboer"{{#RELATION_BEBOER}} selected{{/RELATION_BEBOER}}>Jeg bor eller har boet der / er anbragt</option>
<option value="bisidder"{{#RELATION_BISIDDER}} selected{{/RELATION_BISIDDER}}>Jeg er bisidder</option>
<option value="nabo"{{#RELATION_NABO}} selected{{/RELATION_NABO}}>Nabo eller bekendt</option>
<option value="fagperson"{{#RELATION_FAGPERSON}} selected{{/RELATION_FAGPERSON}}>Fagperson (fx familieplejekonsulent)</option>
<option value="myndighed"{{#RELATION_MYNDIGHED}} selected{{/RELATION_MYNDIGHED}}>Ansat i en anden myndighed</option>
<option value="andet"{{#RELATION_ANDET}} selected{{/RELATION_ANDET}}>Andet</option>
</select>{{#RELATION_ERR}}<span class="field-error">{{MSG}}</span>{{/RELATION_ERR}}</p>
<p class="hint">Er du sagsbehandler eller ansat i en anden myndighed og skriver som led i dit arbejde, gælder anonymiteten ikke: så er det en underretning fra myndighed til myndighed, og du har skærpet underretningspligt. Skriver du som privatperson, kan du være anonym som alle andre.</p>
</fieldset>
<fieldset>
<legend>Vil du være anonym? *</legend>
<p><label><input type="radio" name="anonymity" value="anonymous"{{#ANONYMITY_ANONYMOUS}} checked{{/ANONYMITY_ANONYMOUS}}> Ja, helt anonym. Jeg skriver ikke mit navn.</label></p>
<p><label><input type="radio" name="anonymity" value="named"{{#ANONYMITY_NAMED}} checked{{/ANONYMITY_NAMED}}> Nej, jeg oplyser mit navn og hvordan I kan kontakte mig.</label></p>
{{#ANONYMITY_ERR}}<p class="field-error">{{MSG}}</p>{{/ANONYMITY_ERR}}
<p><label for="name">Dit navn</label><input id="name" name="name" value="{{NAME}}" maxlength="200">{{#NAME_ERR}}<span class="field-error">{{MSG}}</span>{{/NAME_ERR}}</p>
<p><label for="contact">Telefon eller e-mail</label><input id="contact" name="contact" value="{{CONTACT}}" maxlength="300"></p>
<p class="hint">Socialtilsynet må ikke fortælle tilbuddet eller andre, at du har henvendt dig. Du kan give samtykke til, at vi må fortælle:</p>
<p><label><input type="checkbox" name="consent_received" value="1"{{#CONSENT_RECEIVED_ON}} checked{{/CONSENT_RECEIVED_ON}}> at vi har modtaget en henvendelse</label></p>
<p><label><input type="checkbox" name="consent_name" value="1"{{#CONSENT_NAME_ON}} checked{{/CONSENT_NAME_ON}}> mit navn</label></p>
<p><label><input type="checkbox" name="consent_content" value="1"{{#CONSENT_CONTENT_ON}} checked{{/CONSENT_CONTENT_ON}}> indholdet af min henvendelse</label></p>
<p class="hint">Vælger du at være anonym, gemmer vi hverken navn, kontaktoplysninger eller samtykker, selv om du har skrevet noget i felterne.</p>
</fieldset>
<p><button type="submit">Send henvendelsen</button></p>
</form>

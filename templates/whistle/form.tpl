{{%AUTOESCAPE context="HTML"}}
<h1>Indberet bekymrende forhold</h1>
<p class="lead">Her kan du fortælle {{WB_AUTHORITY}} om bekymrende forhold på et socialt tilbud eller i en plejefamilie. Du kan være helt anonym.</p>
<div class="notice warning" id="urgent">
<h2>Haster det?</h2>
<p>Er nogen i fare lige nu, så ring 112. Formularen er ikke til akutte sager, for vi læser henvendelser på hverdage. Er der brug for hjælp med det samme, men ingen er i fare, så kontakt kommunen eller politiet på 114.</p>
</div>
<div class="notice" id="about">
<h2>Hvem får henvendelsen, og hvad sker der?</h2>
<p>Henvendelsen går til <strong>{{WB_AUTHORITY}}</strong>. Kun de medarbejdere, der behandler whistleblowerhenvendelser, kan læse den.</p>
<ul>
<li>Vi registrerer henvendelsen senest 1 arbejdsdag efter, at vi har modtaget den, og vurderer, hvad der skal gøres.</li>
<li>Inden for 7 dage får du en kvittering, og vi svarer på den i din postkasse.</li>
<li>Inden for 3 måneder får du en tilbagemelding om, hvad vi har gjort.</li>
</ul>
<p>Når du har sendt, får du en kvitteringskode. Med den kan du i din postkasse se, hvad der sker med sagen, læse vores spørgsmål og svare &ndash; stadig anonymt, hvis du har valgt det. Har du allerede en kode? <a href="/whistleblower/mailbox">Gå til din postkasse</a>.</p>
<p><strong>Din anonymitet:</strong> Vi registrerer ikke din IP-adresse, din browser eller tidspunktet på dagen, kun datoen. Skriv ikke dit navn i beskrivelsen, hvis du vil være anonym. Filer kan indeholde oplysninger om, hvem der har lavet dem (fx forfatter i et Word-dokument eller position i et billede).</p>
</div>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Henvendelsen er ikke sendt. Ret det, der står her:</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}{{#LOST}}{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#LOST_FILE}}»{{NAME}}«{{#LOST_FILE_separator}}, {{/LOST_FILE_separator}}{{/LOST_FILE}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.{{/LOST}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/whistleblower/" enctype="multipart/form-data" class="form" autocomplete="off">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<p class="hint" id="required-hint">Felter mærket med * skal udfyldes.</p>
<fieldset>
<legend>Hvem handler det om?</legend>
<p><label for="subject">Navn på tilbuddet eller plejefamilien *</label>
<input id="subject" name="subject" value="{{SUBJECT}}" maxlength="300" aria-required="true"{{#SUBJECT_ERR}} aria-invalid="true" aria-describedby="subject-err"{{/SUBJECT_ERR}}>{{#SUBJECT_ERR}}<span class="field-error" id="subject-err">{{MSG}}</span>{{/SUBJECT_ERR}}</p>
<p><label for="offer_type">Type *</label>
<select id="offer_type" name="offer_type" aria-required="true"{{#OFFER_TYPE_ERR}} aria-invalid="true" aria-describedby="offer_type-err"{{/OFFER_TYPE_ERR}}>
<option value="">Vælg</option>
<option value="plejefamilie"{{#OFFER_TYPE_PLEJEFAMILIE}} selected{{/OFFER_TYPE_PLEJEFAMILIE}}>Plejefamilie</option>
<option value="boern_unge"{{#OFFER_TYPE_BOERN_UNGE}} selected{{/OFFER_TYPE_BOERN_UNGE}}>Børne- og ungetilbud</option>
<option value="voksen"{{#OFFER_TYPE_VOKSEN}} selected{{/OFFER_TYPE_VOKSEN}}>Voksentilbud</option>
<option value="kombineret"{{#OFFER_TYPE_KOMBINERET}} selected{{/OFFER_TYPE_KOMBINERET}}>Kombineret tilbud (børn, unge og voksne)</option>
</select>{{#OFFER_TYPE_ERR}}<span class="field-error" id="offer_type-err">{{MSG}}</span>{{/OFFER_TYPE_ERR}}</p>
</fieldset>
<fieldset>
<legend>Hvad er du bekymret for?</legend>
<p><label for="cause">Hvad drejer det sig mest om?</label>
<select id="cause" name="cause"{{#CAUSE_ERR}} aria-invalid="true" aria-describedby="cause-err"{{/CAUSE_ERR}}><option value="">Ved ikke / vælg</option>
{{#CAUSE_OPT}}<option value="{{CID}}"{{#SELECTED}} selected{{/SELECTED}}>{{CLABEL}}</option>
{{/CAUSE_OPT}}</select>{{#CAUSE_ERR}}<span class="field-error" id="cause-err">{{MSG}}</span>{{/CAUSE_ERR}}</p>
<p><label for="description">Beskriv forholdene *</label>
<textarea id="description" name="description" rows="10" maxlength="20000" aria-required="true"{{#DESCRIPTION_ERR}} aria-invalid="true" aria-describedby="description-err"{{/DESCRIPTION_ERR}}>{{DESCRIPTION:pre_escape}}</textarea>{{#DESCRIPTION_ERR}}<span class="field-error" id="description-err">{{MSG}}</span>{{/DESCRIPTION_ERR}}</p>
<p><label for="attachment">Vedhæft filer (højst 5, i alt 20 MB)</label>
<input id="attachment" name="attachment" type="file" multiple{{#ATTACHMENT_BAD}} aria-invalid="true" aria-describedby="attachment-err"{{/ATTACHMENT_BAD}}>{{#ATTACHMENT_BAD}}<span class="field-error" id="attachment-err">{{#ATTACHMENT_ERR}}{{MSG}} {{/ATTACHMENT_ERR}}{{#ATTACHMENT_LOST}}{{#ONE}}Filen{{/ONE}}{{#MANY}}Filerne{{/MANY}} {{#LOST_FILE}}»{{NAME}}«{{#LOST_FILE_separator}}, {{/LOST_FILE_separator}}{{/LOST_FILE}} blev ikke gemt, fordi formularen havde fejl. Vælg {{#ONE}}filen{{/ONE}}{{#MANY}}filerne{{/MANY}} igen.{{/ATTACHMENT_LOST}}</span>{{/ATTACHMENT_BAD}}</p>
</fieldset>
<fieldset>
<legend>Din tilknytning *</legend>
<p><label for="relation">Hvordan kender du tilbuddet eller plejefamilien?</label>
<select id="relation" name="relation" aria-required="true"{{#RELATION_ERR}} aria-invalid="true" aria-describedby="relation-err"{{/RELATION_ERR}}><option value="">Vælg</option>
<option value="ansat"{{#RELATION_ANSAT}} selected{{/RELATION_ANSAT}}>Jeg er ansat</option>
<option value="tidligere_ansat"{{#RELATION_TIDLIGERE_ANSAT}} selected{{/RELATION_TIDLIGERE_ANSAT}}>Jeg har været ansat</option>
<option value="paaroerende"{{#RELATION_PAAROERENDE}} selected{{/RELATION_PAAROERENDE}}>Jeg er pårørende</option>
<option value="beboer"{{#RELATION_BEBOER}} selected{{/RELATION_BEBOER}}>Jeg bor eller har boet der / er anbragt</option>
<option value="bisidder"{{#RELATION_BISIDDER}} selected{{/RELATION_BISIDDER}}>Jeg er bisidder</option>
<option value="nabo"{{#RELATION_NABO}} selected{{/RELATION_NABO}}>Nabo eller bekendt</option>
<option value="fagperson"{{#RELATION_FAGPERSON}} selected{{/RELATION_FAGPERSON}}>Fagperson (fx familieplejekonsulent)</option>
<option value="myndighed"{{#RELATION_MYNDIGHED}} selected{{/RELATION_MYNDIGHED}}>Ansat i en anden myndighed</option>
<option value="andet"{{#RELATION_ANDET}} selected{{/RELATION_ANDET}}>Andet</option>
</select>{{#RELATION_ERR}}<span class="field-error" id="relation-err">{{MSG}}</span>{{/RELATION_ERR}}</p>
<p class="hint">Er du sagsbehandler eller ansat i en anden myndighed og skriver som led i dit arbejde, gælder anonymiteten ikke: så er det en underretning fra myndighed til myndighed, og du har skærpet underretningspligt. Skriver du som privatperson, kan du være anonym som alle andre.</p>
</fieldset>
<div class="anonymity">
<fieldset class="choices" id="anonymity"{{#ANONYMITY_ERR}} aria-describedby="anonymity-err"{{/ANONYMITY_ERR}}>
<legend>Vil du være anonym? *</legend>
<div class="choice"><input type="radio" id="anonymity_anonymous" name="anonymity" value="anonymous"{{#ANONYMITY_ANONYMOUS}} checked{{/ANONYMITY_ANONYMOUS}}{{#ANONYMITY_ERR}} aria-invalid="true"{{/ANONYMITY_ERR}}><label for="anonymity_anonymous">Ja, helt anonym. Jeg skriver ikke mit navn.</label></div>
<div class="choice"><input type="radio" id="anonymity_named" name="anonymity" value="named"{{#ANONYMITY_NAMED}} checked{{/ANONYMITY_NAMED}}{{#ANONYMITY_ERR}} aria-invalid="true"{{/ANONYMITY_ERR}}><label for="anonymity_named">Nej, jeg oplyser mit navn og hvordan I kan kontakte mig.</label></div>
{{#ANONYMITY_ERR}}<p class="field-error" id="anonymity-err">{{MSG}}</p>{{/ANONYMITY_ERR}}
</fieldset>
<fieldset class="named-only" id="named">
<legend>Kun hvis du oplyser dit navn</legend>
<p class="hint">Udfyld kun denne del, hvis du har valgt at oplyse dit navn. Vælger du at være anonym, gemmer vi hverken navn, kontaktoplysninger eller samtykker, selv om du har skrevet noget i felterne.</p>
<p><label for="name">Dit navn (skal udfyldes, hvis du oplyser dit navn)</label><input id="name" name="name" value="{{NAME}}" maxlength="200" autocomplete="off"{{#NAME_ERR}} aria-invalid="true" aria-describedby="name-err"{{/NAME_ERR}}>{{#NAME_ERR}}<span class="field-error" id="name-err">{{MSG}}</span>{{/NAME_ERR}}</p>
<p><label for="contact">Telefon eller e-mail</label><input id="contact" name="contact" value="{{CONTACT}}" maxlength="300" autocomplete="off"{{#CONTACT_ERR}} aria-invalid="true" aria-describedby="contact-err"{{/CONTACT_ERR}}>{{#CONTACT_ERR}}<span class="field-error" id="contact-err">{{MSG}}</span>{{/CONTACT_ERR}}</p>
<fieldset class="choices">
<legend>Samtykke til, at vi må fortælle tilbuddet eller andre om din henvendelse</legend>
<p class="hint">{{WB_AUTHORITY}} må ikke fortælle tilbuddet eller andre, at du har henvendt dig. Du kan give samtykke til, at vi må fortælle:</p>
<div class="choice"><input type="checkbox" id="consent_received" name="consent_received" value="1"{{#CONSENT_RECEIVED_ON}} checked{{/CONSENT_RECEIVED_ON}}><label for="consent_received">at vi har modtaget en henvendelse</label></div>
<div class="choice"><input type="checkbox" id="consent_name" name="consent_name" value="1"{{#CONSENT_NAME_ON}} checked{{/CONSENT_NAME_ON}}><label for="consent_name">mit navn</label></div>
<div class="choice"><input type="checkbox" id="consent_content" name="consent_content" value="1"{{#CONSENT_CONTENT_ON}} checked{{/CONSENT_CONTENT_ON}}><label for="consent_content">indholdet af min henvendelse</label></div>
</fieldset>
</fieldset>
</div>
<p><button type="submit">Send henvendelsen til {{WB_AUTHORITY}}</button></p>
</form>

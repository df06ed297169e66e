{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/whistle/">&larr; Whistleblowerhenvendelser</a></p>
<h1>Henvendelse {{CASE_NO}}</h1>
{{#CONFLICT}}<div class="notice warning" role="alert"><p>Intet er gemt: {{#CONFLICT_CLOSED}}henvendelsen er lukket, så den kan ikke registreres eller lukkes igen.{{/CONFLICT_CLOSED}}{{#CONFLICT_PURGED}}henvendelsens indhold er slettet, så der kan ikke skrives mere på den.{{/CONFLICT_PURGED}}{{#CONFLICT_STATE}}handlingen passer ikke til henvendelsens status, som er ændret, siden siden blev vist.{{/CONFLICT_STATE}} Se henvendelsen, som den er nu, nedenfor.</p>{{#TYPED}}<p>Det, du skrev i »{{LABEL}}« (ikke gemt):</p><div class="text">{{TEXT:pre_escape}}</div>{{/TYPED}}</div>{{/CONFLICT}}
{{#AGAIN}}<p class="notice" role="status">Det var allerede udført: den samme formular var sendt før, så intet er gjort to gange.</p>{{/AGAIN}}
<dl class="facts">
<dt>Status</dt><dd><span class="tag tag-{{STATUS_CODE}}">{{STATUS}}</span>{{#CLOSED}} {{ON}}: {{REASON}}{{/CLOSED}}</dd>
<dt>Modtaget</dt><dd>{{RECEIVED}} ({{AGE}} {{#AGE_ONE}}arbejdsdag{{/AGE_ONE}}{{#AGE_MANY}}arbejdsdage{{/AGE_MANY}} siden)</dd>
<dt>Tilbudstype (anmelderens valg)</dt><dd>{{OFFER}}</dd>
<dt>Anmelderens tilknytning</dt><dd>{{RELATION}}</dd>
<dt>Årsag (anmelderens valg)</dt><dd>{{CAUSE}}</dd>
</dl>
<h2>Frister</h2>
<div class="table-wrap" role="region" aria-label="Frister" tabindex="0">
<table class="list" id="deadlines"><thead><tr><th scope="col">Frist</th><th scope="col">Senest</th><th scope="col">Udført</th><th scope="col">Status</th></tr></thead><tbody>
<tr><th scope="row">Registrering (1 arbejdsdag)</th><td>{{REG_DUE}}</td><td>{{REG_DONE}}</td><td class="{{REG_CLASS}}">{{REG_STATE}}</td></tr>
<tr><th scope="row">Kvittering til anmelderen (7 dage)</th><td>{{ACK_DUE}}</td><td>{{ACK_DONE}}</td><td class="{{ACK_CLASS}}">{{ACK_STATE}}</td></tr>
<tr><th scope="row">Tilbagemelding til anmelderen (3 måneder)</th><td>{{FB_DUE}}</td><td>{{FB_DONE}}</td><td class="{{FB_CLASS}}">{{FB_STATE}}</td></tr>
</tbody></table>
</div>
<p class="hint">Den første besked til anmelderen er kvitteringen. Tilbagemeldingen er en besked, der er markeret som tilbagemelding, eller den afsluttende besked, der skrives ved lukningen.</p>
{{#PURGED}}<p class="notice">Indholdet blev slettet {{ON}} efter sletningsreglen. Henvendelsen tælles stadig med i statistikken.</p>{{/PURGED}}
{{#BROKEN}}<p class="notice warning">Indholdet kunne ikke åbnes med myndighedens nøgle. Kontakt driften.</p>{{/BROKEN}}
{{#CONTENT}}<h2>Indberetningen</h2>
<dl class="facts">
<dt>Tilbud eller plejefamilie (anmelderens ord)</dt><dd>{{SUBJECT}}</dd>
</dl>
<h3>Beskrivelse</h3>
<div class="text" id="description">{{DESCRIPTION:pre_escape}}</div>
<h2>Anmelderen</h2>
{{#ANONYMOUS}}<p><strong>Anonym.</strong> Anmelderen har ikke oplyst navn. Oplysningerne kan kun følges op via den anonyme postkasse eller undersøges på anden vis.</p>{{/ANONYMOUS}}
{{#NAMED}}<dl class="facts">
<dt>Navn</dt><dd>{{NAME}}</dd>
<dt>Kontakt</dt><dd>{{CONTACT}}</dd>
</dl>
<div class="notice" id="consent">
<p><strong>Samtykke til videregivelse (socialtilsynslovens § 11, stk. 4).</strong> Uden samtykke må oplysningen ikke videregives, heller ikke til tilbuddet eller plejefamilien.</p>
<ul>
<li>At der er modtaget en henvendelse: {{#C_RECEIVED_YES}}<strong>Ja, må videregives</strong>{{/C_RECEIVED_YES}}{{#C_RECEIVED_NO}}<strong class="error-msg">Nej, må ikke videregives</strong>{{/C_RECEIVED_NO}}</li>
<li>Anmelderens navn: {{#C_NAME_YES}}<strong>Ja, må videregives</strong>{{/C_NAME_YES}}{{#C_NAME_NO}}<strong class="error-msg">Nej, må ikke videregives</strong>{{/C_NAME_NO}}</li>
<li>Indholdet af henvendelsen: {{#C_CONTENT_YES}}<strong>Ja, må videregives</strong>{{/C_CONTENT_YES}}{{#C_CONTENT_NO}}<strong class="error-msg">Nej, må ikke videregives</strong>{{/C_CONTENT_NO}}</li>
</ul>
</div>{{/NAMED}}
{{/CONTENT}}
{{#REGISTERED}}<h2>Registrering og risikovurdering</h2>
<dl class="facts">
<dt>Registreret</dt><dd>{{ON}}</dd>
<dt>Tilbud eller plejefamilie</dt><dd>{{NAME}}</dd>
<dt>Tilbudstype</dt><dd>{{OFFER}}</dd>
<dt>Årsag</dt><dd>{{CAUSE}}</dd>
<dt>Risiko</dt><dd><strong>{{RISK}}</strong></dd>
<dt>Begrundelse</dt><dd><div class="text" id="risk-reason">{{REASON:pre_escape}}</div></dd>
<dt>Planlagte handlinger</dt><dd>{{#ANY_ACTION}}<ul>{{#ACTION}}<li>{{LABEL}}</li>{{/ACTION}}</ul>{{/ANY_ACTION}}{{#NO_ACTION}}Ingen planlagte handlinger.{{/NO_ACTION}}</dd>
</dl>{{/REGISTERED}}
{{#HASKEY}}<h2>Beskeder og noter</h2>
{{#NO_ENTRY}}<p class="empty">Ingen beskeder eller noter endnu.</p>{{/NO_ENTRY}}
{{#ANY_ENTRY}}<div class="table-wrap" role="region" aria-label="Beskeder og noter" tabindex="0">
<table class="list" id="thread"><thead><tr><th scope="col">Dato</th><th scope="col">Fra / til</th><th scope="col">Tekst</th></tr></thead><tbody>
{{#ENTRY}}<tr{{#INTERNAL}} class="internal"{{/INTERNAL}}><td>{{DAY}}</td><td>{{WHO}}{{#INTERNAL}}<br>Ses ikke af anmelderen{{/INTERNAL}}</td><td><div class="text">{{TEXT:pre_escape}}</div>{{#BROKEN}}<span class="error-msg">Kunne ikke åbnes.</span>{{/BROKEN}}</td></tr>
{{/ENTRY}}</tbody></table>
</div>{{/ANY_ENTRY}}
<h2>Bilag</h2>
{{#NO_FILE}}<p class="empty">Ingen bilag.</p>{{/NO_FILE}}
{{#ANY_FILE}}<ul>{{#FILE}}<li><a href="/staff/whistle/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB, fra {{FROM}} {{DAY}})</li>{{/FILE}}</ul>{{/ANY_FILE}}{{/HASKEY}}
{{#CAN_WRITE}}<h2>Handlinger</h2>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Formularen er ikke sendt. Ret det, der står her:</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#CAN_REGISTER}}<form method="post" action="/staff/whistle/{{ID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="action" value="register">
<fieldset><legend>Registrering og risikovurdering</legend>
<p><label for="reg_name">Tilbud eller plejefamilie (som registreret)</label><input id="reg_name" name="reg_name" value="{{REG_NAME}}" maxlength="300"{{#REG_NAME_ERR}} aria-invalid="true" aria-describedby="reg_name-err"{{/REG_NAME_ERR}}>{{#REG_NAME_ERR}}<span class="field-error" id="reg_name-err">{{MSG}}</span>{{/REG_NAME_ERR}}</p>
<p><label for="reg_offer_type">Tilbudstype</label><select id="reg_offer_type" name="reg_offer_type"{{#REG_OFFER_TYPE_ERR}} aria-invalid="true" aria-describedby="reg_offer_type-err"{{/REG_OFFER_TYPE_ERR}}><option value="">Vælg</option>
<option value="plejefamilie"{{#REG_OFFER_TYPE_PLEJEFAMILIE}} selected{{/REG_OFFER_TYPE_PLEJEFAMILIE}}>Plejefamilie</option>
<option value="boern_unge"{{#REG_OFFER_TYPE_BOERN_UNGE}} selected{{/REG_OFFER_TYPE_BOERN_UNGE}}>Børne- og ungetilbud</option>
<option value="voksen"{{#REG_OFFER_TYPE_VOKSEN}} selected{{/REG_OFFER_TYPE_VOKSEN}}>Voksentilbud</option>
<option value="kombineret"{{#REG_OFFER_TYPE_KOMBINERET}} selected{{/REG_OFFER_TYPE_KOMBINERET}}>Kombineret tilbud</option>
</select>{{#REG_OFFER_TYPE_ERR}}<span class="field-error" id="reg_offer_type-err">{{MSG}}</span>{{/REG_OFFER_TYPE_ERR}}</p>
<p><label for="reg_cause">Årsag</label><select id="reg_cause" name="reg_cause"{{#REG_CAUSE_ERR}} aria-invalid="true" aria-describedby="reg_cause-err"{{/REG_CAUSE_ERR}}><option value="">Vælg</option>
{{#CAUSE_OPT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/CAUSE_OPT}}</select>{{#REG_CAUSE_ERR}}<span class="field-error" id="reg_cause-err">{{MSG}}</span>{{/REG_CAUSE_ERR}}</p>
<p><label for="risk">Risikovurdering</label><select id="risk" name="risk"{{#RISK_ERR}} aria-invalid="true" aria-describedby="risk-err"{{/RISK_ERR}}><option value="">Vælg</option>
<option value="hoej"{{#RISK_HOEJ}} selected{{/RISK_HOEJ}}>Høj</option>
<option value="middel"{{#RISK_MIDDEL}} selected{{/RISK_MIDDEL}}>Middel</option>
<option value="lav"{{#RISK_LAV}} selected{{/RISK_LAV}}>Lav</option>
</select>{{#RISK_ERR}}<span class="field-error" id="risk-err">{{MSG}}</span>{{/RISK_ERR}}</p>
<p><label for="risk_reason">Begrundelse for risikovurderingen</label><textarea id="risk_reason" name="risk_reason" rows="4" maxlength="5000"{{#RISK_REASON_ERR}} aria-invalid="true" aria-describedby="risk_reason-err"{{/RISK_REASON_ERR}}>{{RISK_REASON:pre_escape}}</textarea>{{#RISK_REASON_ERR}}<span class="field-error" id="risk_reason-err">{{MSG}}</span>{{/RISK_REASON_ERR}}</p>
<fieldset class="choices"><legend>Planlagte handlinger</legend>
<div class="choice"><input type="checkbox" id="act_naeste_tilsyn" name="act_naeste_tilsyn" value="1"{{#ACT_NAESTE_TILSYN_ON}} checked{{/ACT_NAESTE_TILSYN_ON}}><label for="act_naeste_tilsyn">Inddrag i næste tilsyn</label></div>
<div class="choice"><input type="checkbox" id="act_redegoerelse" name="act_redegoerelse" value="1"{{#ACT_REDEGOERELSE_ON}} checked{{/ACT_REDEGOERELSE_ON}}><label for="act_redegoerelse">Anmod om redegørelse</label></div>
<div class="choice"><input type="checkbox" id="act_uanmeldt_besoeg" name="act_uanmeldt_besoeg" value="1"{{#ACT_UANMELDT_BESOEG_ON}} checked{{/ACT_UANMELDT_BESOEG_ON}}><label for="act_uanmeldt_besoeg">Uanmeldt tilsynsbesøg</label></div>
<div class="choice"><input type="checkbox" id="act_opkald" name="act_opkald" value="1"{{#ACT_OPKALD_ON}} checked{{/ACT_OPKALD_ON}}><label for="act_opkald">Opkald til tilbuddet</label></div>
<div class="choice"><input type="checkbox" id="act_henvisning_stps" name="act_henvisning_stps" value="1"{{#ACT_HENVISNING_STPS_ON}} checked{{/ACT_HENVISNING_STPS_ON}}><label for="act_henvisning_stps">Henvis til Styrelsen for Patientsikkerhed</label></div>
<div class="choice"><input type="checkbox" id="act_henvisning_at" name="act_henvisning_at" value="1"{{#ACT_HENVISNING_AT_ON}} checked{{/ACT_HENVISNING_AT_ON}}><label for="act_henvisning_at">Henvis til Arbejdstilsynet</label></div>
<div class="choice"><input type="checkbox" id="act_henvisning_anden" name="act_henvisning_anden" value="1"{{#ACT_HENVISNING_ANDEN_ON}} checked{{/ACT_HENVISNING_ANDEN_ON}}><label for="act_henvisning_anden">Henvis til anden myndighed</label></div>
</fieldset>
<p><button type="submit">{{#REREGISTER}}Ret registreringen{{/REREGISTER}}{{#FIRST_REGISTER}}Registrér henvendelsen{{/FIRST_REGISTER}}</button></p>
</fieldset>
</form>{{/CAN_REGISTER}}
<form method="post" action="/staff/whistle/{{ID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="action" value="message">
<fieldset><legend>Besked til anmelderen</legend>
<p>Anmelderen læser beskeden i den anonyme postkasse med sin kvitteringskode. Skriv intet, der kan afsløre andres identitet. Den første besked tæller som kvitteringen.</p>
<p><label for="message">Besked</label><textarea id="message" name="message" rows="5" maxlength="20000"{{#MESSAGE_ERR}} aria-invalid="true" aria-describedby="message-err"{{/MESSAGE_ERR}}>{{MESSAGE:pre_escape}}</textarea>{{#MESSAGE_ERR}}<span class="field-error" id="message-err">{{MSG}}</span>{{/MESSAGE_ERR}}</p>
<div class="choice"><input type="checkbox" id="feedback" name="feedback" value="1"{{#FEEDBACK_ON}} checked{{/FEEDBACK_ON}}><label for="feedback">Dette er tilbagemelding om sagens behandling</label></div>
<p><button type="submit">Send besked til anmelderen</button></p>
</fieldset>
</form>
<form method="post" action="/staff/whistle/{{ID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="action" value="note">
<fieldset><legend>Intern note</legend>
<p><label for="note">Note (ses ikke af anmelderen)</label><textarea id="note" name="note" rows="3" maxlength="20000"{{#NOTE_ERR}} aria-invalid="true" aria-describedby="note-err"{{/NOTE_ERR}}>{{NOTE:pre_escape}}</textarea>{{#NOTE_ERR}}<span class="field-error" id="note-err">{{MSG}}</span>{{/NOTE_ERR}}</p>
<p><button type="submit" class="secondary">Gem intern note</button></p>
</fieldset>
</form>
{{#CAN_CLOSE}}<form method="post" action="/staff/whistle/{{ID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="action" value="close">
<fieldset><legend>Luk henvendelsen</legend>
<p><label for="closing_reason">Lukningsårsag</label><select id="closing_reason" name="closing_reason"{{#CLOSING_REASON_ERR}} aria-invalid="true" aria-describedby="closing_reason-err"{{/CLOSING_REASON_ERR}}><option value="">Vælg</option>
<option value="udenfor_kompetence"{{#CLOSING_REASON_UDENFOR_KOMPETENCE}} selected{{/CLOSING_REASON_UDENFOR_KOMPETENCE}}>Udenfor socialtilsynets kompetenceområde</option>
<option value="videre_undersoegelse"{{#CLOSING_REASON_VIDERE_UNDERSOEGELSE}} selected{{/CLOSING_REASON_VIDERE_UNDERSOEGELSE}}>Anden videre undersøgelse</option>
<option value="uanmeldt_tilsyn"{{#CLOSING_REASON_UANMELDT_TILSYN}} selected{{/CLOSING_REASON_UANMELDT_TILSYN}}>Uanmeldt tilsynsbesøg</option>
<option value="opkald"{{#CLOSING_REASON_OPKALD}} selected{{/CLOSING_REASON_OPKALD}}>Opkald til tilbuddet</option>
<option value="andet"{{#CLOSING_REASON_ANDET}} selected{{/CLOSING_REASON_ANDET}}>Andet</option>
</select>{{#CLOSING_REASON_ERR}}<span class="field-error" id="closing_reason-err">{{MSG}}</span>{{/CLOSING_REASON_ERR}}</p>
<p><label for="closing_message">Afsluttende besked til anmelderen (valgfri)</label><textarea id="closing_message" name="closing_message" rows="5" maxlength="20000" aria-describedby="closing_message-hint{{#CLOSING_MESSAGE_ERR}} closing_message-err{{/CLOSING_MESSAGE_ERR}}"{{#CLOSING_MESSAGE_ERR}} aria-invalid="true"{{/CLOSING_MESSAGE_ERR}}>{{CLOSING_MESSAGE:pre_escape}}</textarea>{{#CLOSING_MESSAGE_ERR}}<span class="field-error" id="closing_message-err">{{MSG}}</span>{{/CLOSING_MESSAGE_ERR}}</p>
<p class="hint" id="closing_message-hint">Skriver du en besked, får anmelderen den i postkassen, og den tæller som tilbagemeldingen (og som kvitteringen, hvis der ikke er givet en). Skriver du ingen, er fristerne ikke overholdt. Anmelderen ser i postkassen, at sagen er lukket og hvorfor, men kan ikke svare efter lukningen.</p>
<p><button type="submit" class="danger">Luk henvendelsen</button></p>
</fieldset>
</form>{{/CAN_CLOSE}}
{{/CAN_WRITE}}

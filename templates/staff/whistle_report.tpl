{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/whistle/">&larr; Whistleblowerhenvendelser</a></p>
<h1>Henvendelse {{CASE_NO}}</h1>
<dl class="facts">
<dt>Status</dt><dd><strong>{{STATUS}}</strong>{{#CLOSED}} {{ON}}: {{REASON}}{{/CLOSED}}</dd>
<dt>Modtaget</dt><dd>{{RECEIVED}} ({{AGE}} arbejdsdage siden)</dd>
<dt>Tilbudstype (anmelderens valg)</dt><dd>{{OFFER}}</dd>
<dt>Anmelderens tilknytning</dt><dd>{{RELATION}}</dd>
<dt>Årsag (anmelderens valg)</dt><dd>{{CAUSE}}</dd>
</dl>
<h2>Frister</h2>
<table class="list" id="deadlines"><thead><tr><th scope="col">Frist</th><th scope="col">Senest</th><th scope="col">Udført</th><th scope="col">Status</th></tr></thead><tbody>
<tr class="{{REG_CLASS}}"><th scope="row">Registrering (1 arbejdsdag)</th><td>{{REG_DUE}}</td><td>{{REG_DONE}}</td><td>{{REG_STATE}}</td></tr>
<tr class="{{ACK_CLASS}}"><th scope="row">Kvittering til anmelderen (7 dage)</th><td>{{ACK_DUE}}</td><td>{{ACK_DONE}}</td><td>{{ACK_STATE}}</td></tr>
<tr class="{{FB_CLASS}}"><th scope="row">Tilbagemelding til anmelderen (3 måneder)</th><td>{{FB_DUE}}</td><td>{{FB_DONE}}</td><td>{{FB_STATE}}</td></tr>
</tbody></table>
{{#PURGED}}<p class="notice">Indholdet blev slettet {{ON}} efter sletningsreglen. Henvendelsen tælles stadig med i statistikken.</p>{{/PURGED}}
{{#BROKEN}}<p class="error-msg">Indholdet kunne ikke åbnes med myndighedens nøgle. Kontakt driften.</p>{{/BROKEN}}
{{#CONTENT}}<h2>Indberetningen</h2>
<dl class="facts">
<dt>Tilbud eller plejefamilie (anmelderens ord)</dt><dd>{{SUBJECT}}</dd>
</dl>
<h3>Beskrivelse</h3>
<p class="text" id="description">{{DESCRIPTION}}</p>
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
<dt>Begrundelse</dt><dd class="text">{{REASON}}</dd>
<dt>Planlagte handlinger</dt><dd><ul>{{#ACTION}}<li>{{LABEL}}</li>{{/ACTION}}</ul></dd>
</dl>{{/REGISTERED}}
<h2>Beskeder og noter</h2>
<table class="list" id="thread"><thead><tr><th scope="col">Dato</th><th scope="col">Fra / til</th><th scope="col">Tekst</th></tr></thead><tbody>
{{#ENTRY}}<tr{{#INTERNAL}} class="near"{{/INTERNAL}}><td>{{DAY}}</td><td>{{WHO}}{{#INTERNAL}}<br>Ses ikke af anmelderen{{/INTERNAL}}</td><td class="text">{{TEXT}}{{#BROKEN}}<span class="error-msg">Kunne ikke åbnes.</span>{{/BROKEN}}</td></tr>
{{/ENTRY}}</tbody></table>
<h2>Bilag</h2>
<ul>{{#FILE}}<li><a href="/staff/whistle/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB, fra {{FROM}} {{DAY}})</li>{{/FILE}}</ul>
{{#CAN_WRITE}}<h2>Handlinger</h2>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
{{#CAN_REGISTER}}<form method="post" action="/staff/whistle/{{ID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="register">
<fieldset><legend>Registrering og risikovurdering</legend>
<p><label for="reg_name">Tilbud eller plejefamilie (som registreret)</label><input id="reg_name" name="reg_name" value="{{REG_NAME}}" maxlength="300">{{#REG_NAME_ERR}}<span class="field-error">{{MSG}}</span>{{/REG_NAME_ERR}}</p>
<p><label for="reg_offer_type">Tilbudstype</label><select id="reg_offer_type" name="reg_offer_type"><option value="">Vælg</option>
<option value="plejefamilie"{{#REG_OFFER_TYPE_PLEJEFAMILIE}} selected{{/REG_OFFER_TYPE_PLEJEFAMILIE}}>Plejefamilie</option>
<option value="boern_unge"{{#REG_OFFER_TYPE_BOERN_UNGE}} selected{{/REG_OFFER_TYPE_BOERN_UNGE}}>Børne- og ungetilbud</option>
<option value="voksen"{{#REG_OFFER_TYPE_VOKSEN}} selected{{/REG_OFFER_TYPE_VOKSEN}}>Voksentilbud</option>
<option value="kombineret"{{#REG_OFFER_TYPE_KOMBINERET}} selected{{/REG_OFFER_TYPE_KOMBINERET}}>Kombineret tilbud</option>
</select>{{#REG_OFFER_TYPE_ERR}}<span class="field-error">{{MSG}}</span>{{/REG_OFFER_TYPE_ERR}}</p>
<p><label for="reg_cause">Årsag</label><select id="reg_cause" name="reg_cause"><option value="">Vælg</option>
{{#CAUSE_OPT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/CAUSE_OPT}}</select>{{#REG_CAUSE_ERR}}<span class="field-error">{{MSG}}</span>{{/REG_CAUSE_ERR}}</p>
<p><label for="risk">Risikovurdering</label><select id="risk" name="risk"><option value="">Vælg</option>
<option value="hoej"{{#RISK_HOEJ}} selected{{/RISK_HOEJ}}>Høj</option>
<option value="middel"{{#RISK_MIDDEL}} selected{{/RISK_MIDDEL}}>Middel</option>
<option value="lav"{{#RISK_LAV}} selected{{/RISK_LAV}}>Lav</option>
</select>{{#RISK_ERR}}<span class="field-error">{{MSG}}</span>{{/RISK_ERR}}</p>
<p><label for="risk_reason">Begrundelse for risikovurderingen</label><textarea id="risk_reason" name="risk_reason" rows="4" maxlength="5000">{{RISK_REASON}}</textarea>{{#RISK_REASON_ERR}}<span class="field-error">{{MSG}}</span>{{/RISK_REASON_ERR}}</p>
<fieldset><legend>Planlagte handlinger</legend>
<p><label><input type="checkbox" name="act_naeste_tilsyn" value="1"{{#ACT_NAESTE_TILSYN_ON}} checked{{/ACT_NAESTE_TILSYN_ON}}> Inddrag i næste tilsyn</label></p>
<p><label><input type="checkbox" name="act_redegoerelse" value="1"{{#ACT_REDEGOERELSE_ON}} checked{{/ACT_REDEGOERELSE_ON}}> Anmod om redegørelse</label></p>
<p><label><input type="checkbox" name="act_uanmeldt_besoeg" value="1"{{#ACT_UANMELDT_BESOEG_ON}} checked{{/ACT_UANMELDT_BESOEG_ON}}> Uanmeldt tilsynsbesøg</label></p>
<p><label><input type="checkbox" name="act_opkald" value="1"{{#ACT_OPKALD_ON}} checked{{/ACT_OPKALD_ON}}> Opkald til tilbuddet</label></p>
<p><label><input type="checkbox" name="act_henvisning_stps" value="1"{{#ACT_HENVISNING_STPS_ON}} checked{{/ACT_HENVISNING_STPS_ON}}> Henvis til Styrelsen for Patientsikkerhed</label></p>
<p><label><input type="checkbox" name="act_henvisning_at" value="1"{{#ACT_HENVISNING_AT_ON}} checked{{/ACT_HENVISNING_AT_ON}}> Henvis til Arbejdstilsynet</label></p>
<p><label><input type="checkbox" name="act_henvisning_anden" value="1"{{#ACT_HENVISNING_ANDEN_ON}} checked{{/ACT_HENVISNING_ANDEN_ON}}> Henvis til anden myndighed</label></p>
</fieldset>
<p><button type="submit">{{#REREGISTER}}Ret registreringen{{/REREGISTER}}{{#FIRST_REGISTER}}Registrér henvendelsen{{/FIRST_REGISTER}}</button></p>
</fieldset>
</form>{{/CAN_REGISTER}}
<form method="post" action="/staff/whistle/{{ID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="message">
<fieldset><legend>Besked til anmelderen</legend>
<p>Anmelderen læser beskeden i den anonyme postkasse med sin kvitteringskode. Skriv intet, der kan afsløre andres identitet.</p>
<p><label for="message">Besked</label><textarea id="message" name="message" rows="5" maxlength="20000">{{MESSAGE}}</textarea>{{#MESSAGE_ERR}}<span class="field-error">{{MSG}}</span>{{/MESSAGE_ERR}}</p>
<p><label><input type="checkbox" name="feedback" value="1"{{#FEEDBACK_ON}} checked{{/FEEDBACK_ON}}> Dette er tilbagemelding om sagens behandling</label></p>
<p><button type="submit">Send besked til anmelderen</button></p>
</fieldset>
</form>
<form method="post" action="/staff/whistle/{{ID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="note">
<fieldset><legend>Intern note</legend>
<p><label for="note">Note (ses ikke af anmelderen)</label><textarea id="note" name="note" rows="3" maxlength="20000">{{NOTE}}</textarea>{{#NOTE_ERR}}<span class="field-error">{{MSG}}</span>{{/NOTE_ERR}}</p>
<p><button type="submit">Gem intern note</button></p>
</fieldset>
</form>
{{#CAN_CLOSE}}<form method="post" action="/staff/whistle/{{ID}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="close">
<fieldset><legend>Luk henvendelsen</legend>
<p><label for="closing_reason">Lukningsårsag</label><select id="closing_reason" name="closing_reason"><option value="">Vælg</option>
<option value="udenfor_kompetence"{{#CLOSING_REASON_UDENFOR_KOMPETENCE}} selected{{/CLOSING_REASON_UDENFOR_KOMPETENCE}}>Udenfor socialtilsynets kompetenceområde</option>
<option value="videre_undersoegelse"{{#CLOSING_REASON_VIDERE_UNDERSOEGELSE}} selected{{/CLOSING_REASON_VIDERE_UNDERSOEGELSE}}>Anden videre undersøgelse</option>
<option value="uanmeldt_tilsyn"{{#CLOSING_REASON_UANMELDT_TILSYN}} selected{{/CLOSING_REASON_UANMELDT_TILSYN}}>Uanmeldt tilsynsbesøg</option>
<option value="opkald"{{#CLOSING_REASON_OPKALD}} selected{{/CLOSING_REASON_OPKALD}}>Opkald til tilbuddet</option>
<option value="andet"{{#CLOSING_REASON_ANDET}} selected{{/CLOSING_REASON_ANDET}}>Andet</option>
</select>{{#CLOSING_REASON_ERR}}<span class="field-error">{{MSG}}</span>{{/CLOSING_REASON_ERR}}</p>
<p>Lukningen tæller som tilbagemelding, hvis der ikke er givet en. Anmelderen kan ikke svare efter lukningen.</p>
<p><button type="submit">Luk henvendelsen</button></p>
</fieldset>
</form>{{/CAN_CLOSE}}
{{/CAN_WRITE}}

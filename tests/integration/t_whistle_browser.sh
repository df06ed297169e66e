# The whistleblower channel as a browser uses it: answers safe to repeat
# (reload, double click) on both sides, line breaks kept, the receipt for
# named and anonymous reporters, what closing counts as, deadlines by how
# close they are, the markup of choices, errors and empty lists, files
# lost after an error, and the staff pages' tables and counts.

BCANARY="BROWSER$RANDOM$RANDOM"
BJ=$TMP/whistle-browser.jar
NL=$'\r\n'	# what a browser sends for a line break in a textarea

bo_code() {	# the receipt code in the last body
	sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY" | tr -d ' '
}
bo_mailbox() {	# bo_mailbox CODE: opens the mailbox
	req GET /whistleblower/mailbox
	t=$(csrf)
	req POST /whistleblower/mailbox --data-urlencode "csrf=$t" --data-urlencode "code=$1"
}
bo_post() {	# bo_post PATH field=value...: a staff form from the last body
	p=$1; shift
	t=$(csrf) o=$(once_key)
	args=(--data-urlencode "csrf=$t" --data-urlencode "once=$o")
	for kv in "$@"; do args+=(--data-urlencode "$kv"); done
	req POST "$p" -b "$BJ" -c "$BJ" "${args[@]}"
}
bo_repost() {	# the same staff POST again (a reload of its answer)
	req POST "$p" -b "$BJ" -c "$BJ" "${args[@]}"
}
expect_text() {	# expect_text TEXT what: TEXT (may hold line breaks) is in the body
	b=$(cat "$BODY")
	if [[ $b == *"$1"* ]]; then pass "$2"; else fail "$2: body lacks the text"; fi
}
bo_row() {	# bo_row CASE_NO: the queue's row of that case
	sed -n "/>$1<\/a>/,/<\/tr>/p" "$BODY"
}
bo_report() {	# bo_report CASE-NO-PART: the report id
	sql "SELECT id FROM whistle_report WHERE case_no = '$1'"
}

staff_login demo "$DEMO_PW"
cp "$JAR" "$BJ"

# --- 9: what the form says before sending ---------------------------------
req GET /whistleblower/
expect_status 200 "the report form"
expect_body 'Socialtilsyn Demo' "the form names who receives the report (whistle_authority)"
expect_body 'Henvendelsen går til <strong>Socialtilsyn Demo</strong>' "... as the receiver, not the system"
expect_body 'senest 1 arbejdsdag' "it says the report is registered within 1 working day"
expect_body 'Inden for 7 dage' "... acknowledged within 7 days"
expect_body 'Inden for 3 måneder' "... with feedback within 3 months"
expect_body 'ring 112' "it says to call 112 if someone is in danger"
expect_body 'kontakt kommunen eller politiet' "... and whom to contact in acute matters"
expect_body 'Felter mærket med * skal udfyldes.' "it explains the asterisk"
expect_body 'name="once" value="' "the form carries a one-time key"
an=$(grep -n '<div class="anonymity">' "$BODY" | cut -d: -f1)
ra=$(grep -n 'name="anonymity" value="anonymous"' "$BODY" | cut -d: -f1)
no=$(grep -n '<fieldset class="named-only"' "$BODY" | cut -d: -f1)
ce=$(grep -n 'name="consent_name"' "$BODY" | cut -d: -f1)
nm=$(grep -n 'id="name" name="name"' "$BODY" | cut -d: -f1)
expect "the anonymity radios come first in the anonymity container ($an < $ra < $no)" \
    [ "${an:-0}" -gt 0 -a "${an:-0}" -lt "${ra:-0}" -a "${ra:-0}" -lt "${no:-0}" ]
expect "name and consents are inside the named-only section ($no < $nm, $ce)" \
    [ "${no:-0}" -gt 0 -a "${no:-0}" -lt "${nm:-0}" -a "${no:-0}" -lt "${ce:-0}" ]
expect_body 'Kun hvis du oplyser dit navn' "the named-only section says whom it is for"

# --- 7: choices markup ----------------------------------------------------------
expect_body '<fieldset class="choices" id="anonymity">' "the anonymity radios are a fieldset of choices"
expect_body '<div class="choice"><input type="radio" id="anonymity_anonymous" name="anonymity" value="anonymous" checked><label for="anonymity_anonymous">' "each radio is a .choice with its own label"
expect_body '<div class="choice"><input type="checkbox" id="consent_received" name="consent_received" value="1"><label for="consent_received">' "each consent is a .choice"
expect_no_body '<label><input' "no input wrapped in its label on the form"

# --- 1: the report form is safe to repeat ------------------------------------------
printf 'Første bilag %s\n' "$BCANARY" > "$TMP/b1.txt"
printf 'Andet bilag %s\n' "$BCANARY" > "$TMP/b2.txt"
t=$(csrf) o=$(once_key)
form=(-F "csrf=$t" -F "once=$o" -F "subject=Bostedet Egen $BCANARY" -F offer_type=voksen
    -F relation=ansat -F "description=Linje et$NL$NL Linje tre $BCANARY-DESC" -F anonymity=anonymous
    -F "attachment=@$TMP/b1.txt;filename=bilag-et.txt" -F "attachment=@$TMP/b2.txt;filename=bilag-to.txt")
r0=$(sql "SELECT count(*) FROM whistle_report")
f0=$(sql "SELECT count(*) FROM whistle_file")
req POST /whistleblower/ "${form[@]}"
expect_status 200 "a report with two files is received"
C1=$(bo_code)
R1=$(sql "SELECT max(id) FROM whistle_report")
expect "it has a receipt code" [ ${#C1} = 16 ]
expect_no_header '^Location' "the receipt is the answer itself, no redirect"
expect_body 'uden at vi får at vide, hvem du er' "the anonymous receipt promises anonymity"
expect_no_body 'Du har oplyst dit navn' "... and does not say the reporter is named"
req POST /whistleblower/ "${form[@]}"
expect_status 200 "the same POST again (reload of the receipt)"
C2=$(bo_code)
expect "the repeat shows the same receipt code" [ "$C1" = "$C2" ]
r1=$(sql "SELECT count(*) FROM whistle_report")
f1=$(sql "SELECT count(*) FROM whistle_file")
expect "one report, not two ($r0 -> $r1)" [ "$r1" = $((r0 + 1)) ]
expect "the two files are stored once ($f0 -> $f1)" [ "$f1" = $((f0 + 2)) ]
# A double click: both at the same moment.
curl -s -o "$TMP/dc1" --max-time 20 "${form[@]}" "$BASE/whistleblower/" &
curl -s -o "$TMP/dc2" --max-time 20 "${form[@]}" "$BASE/whistleblower/" &
wait
d1=$(sed -n 's/.*id="receipt">\([0-9 ]*\)<.*/\1/p' "$TMP/dc1" | tr -d ' ')
d2=$(sed -n 's/.*id="receipt">\([0-9 ]*\)<.*/\1/p' "$TMP/dc2" | tr -d ' ')
expect "a double click shows the same code twice" [ "$d1" = "$C1" -a "$d2" = "$C1" ]
r2=$(sql "SELECT count(*) FROM whistle_report")
f2=$(sql "SELECT count(*) FROM whistle_file")
expect "and still makes one report with its files ($r2, $f2)" [ "$r2" = "$r1" -a "$f2" = "$f1" ]
# Back, edit, send: the same page's key with other content is a new report.
form2=("${form[@]}")
form2[11]="description=Noget andet $BCANARY-EDIT"
req POST /whistleblower/ "${form2[@]}"
expect_status 200 "an edited report sent from the same page"
C3=$(bo_code)
expect "gets a code of its own" [ ${#C3} = 16 -a "$C3" != "$C1" ]
r3=$(sql "SELECT count(*) FROM whistle_report")
expect "and is a new report" [ "$r3" = $((r1 + 1)) ]
bo_mailbox "$C3"
expect_body "$BCANARY-EDIT" "the new code opens the edited report"
expect_no_body "$BCANARY-DESC" "not the first one"

# --- 3: line breaks reach the mailbox in a .text element -------------------------------
bo_mailbox "$C1"
expect_status 200 "the mailbox of the first report"
expect_text "<div class=\"text\" id=\"description\">Linje et$NL$NL Linje tre $BCANARY-DESC</div>" \
    "the description keeps its line breaks, inside class=text"
expect_body '<p class="empty">Ingen beskeder endnu.</p>' "an empty thread says so"
expect_body 'bilag-et.txt' "the files are listed"
n=$(grep -c 'name="file_id"' "$BODY")
expect "each file once ($n)" [ "$n" = 2 ]
n=$(grep -cE '(href|action)="[^"]*[0-9]{16}' "$BODY")
expect "the code is in no URL of the mailbox" [ "$n" = 0 ]

# --- 2: a mailbox reply is safe to repeat ---------------------------------------------------
printf 'Svarbilag %s\n' "$BCANARY" > "$TMP/svar.txt"
t=$(csrf) o=$(once_key)
expect "the reply form has a one-time key" [ -n "$o" ]
rep=(-F "csrf=$t" -F "once=$o" -F "code=$C1" -F action=reply
    -F "reply=Første linje$NL Anden linje $BCANARY-SVAR" -F "attachment=@$TMP/svar.txt;filename=svar.txt")
m0=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1")
f0=$(sql "SELECT count(*) FROM whistle_file WHERE report_id = $R1")
req POST /whistleblower/mailbox "${rep[@]}"
expect_status 200 "the reporter replies with a file"
expect_body 'Dit svar er sendt' "the reply is confirmed"
req POST /whistleblower/mailbox "${rep[@]}"
expect_status 200 "the same reply POST again (reload)"
expect_body 'Dit svar er sendt' "the repeat answers as the first did"
m1=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1")
f1=$(sql "SELECT count(*) FROM whistle_file WHERE report_id = $R1")
expect "one reply, not two ($m0 -> $m1)" [ "$m1" = $((m0 + 1)) ]
expect "its file once ($f0 -> $f1)" [ "$f1" = $((f0 + 1)) ]
expect_text "<div class=\"text\">Første linje$NL Anden linje $BCANARY-SVAR</div>" \
    "the reply keeps its line breaks in the mailbox"
n=$(grep -c "$BCANARY-SVAR" "$BODY")
expect "and is shown once ($n)" [ "$n" = 1 ]

# --- 10, 11: an error keeps everything but the files, and says so -----------------------------
req GET /whistleblower/
t=$(csrf) o=$(once_key)
r0=$(sql "SELECT count(*) FROM whistle_report")
req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=Plejefamilien Lund" \
    -F offer_type=plejefamilie -F relation=nabo -F "description=" -F anonymity=named \
    -F "name=Ib Nabo" -F consent_name=1 -F consent_content=1 \
    -F "attachment=@$TMP/b1.txt;filename=bevis.txt"
expect_status 422 "a report without a description is refused"
expect_body 'Filen »bevis.txt« blev ikke gemt, fordi formularen havde fejl. Vælg filen igen.' \
    "the lost file is named next to the field"
expect_body 'id="attachment" name="attachment" type="file" multiple aria-invalid="true" aria-describedby="attachment-err"' \
    "the file field is tied to that message"
expect_body '<span class="field-error" id="attachment-err">' "the message has the field's id"
expect_body '<a href="#attachment">' "the summary says so too"
expect_body 'value="Plejefamilien Lund"' "the typed text is kept"
expect_body 'id="anonymity_named" name="anonymity" value="named" checked' "the anonymity choice is kept"
expect_body 'id="consent_name" name="consent_name" value="1" checked' "a consent is kept"
expect_body 'id="consent_content" name="consent_content" value="1" checked' "... each of them"
expect_no_body 'id="consent_received" name="consent_received" value="1" checked' "an unticked consent stays unticked"
expect_body '<div class="error-summary" role="alert" tabindex="-1" autofocus>' "the error summary takes the focus"
expect_body '<li><a href="#description">' "the summary links to the field"
expect_body 'aria-invalid="true" aria-describedby="description-err"' "the field is marked invalid and described"
expect_body '<span class="field-error" id="description-err">' "by its message"
r1=$(sql "SELECT count(*) FROM whistle_report")
expect "nothing was stored" [ "$r1" = "$r0" ]
req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=" -F offer_type=voksen \
    -F relation=nabo -F "description=x" -F anonymity=anonymous \
    -F "attachment=@$TMP/b1.txt;filename=a.txt" -F "attachment=@$TMP/b2.txt;filename=b.txt"
expect_body 'Filerne »a.txt«, »b.txt« blev ikke gemt, fordi formularen havde fejl. Vælg filerne igen.' \
    "several lost files are all named"
req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=x" -F offer_type=voksen \
    -F relation=nabo -F "description=" -F anonymity=anonymous
expect_no_body 'blev ikke gemt' "without files nothing is said about files"

# The mailbox reply: an error keeps the text and names the lost file.
bo_mailbox "$C1"
t=$(csrf) o=$(once_key)
long=$(head -c 20001 /dev/zero | tr '\0' 'x')
req POST /whistleblower/mailbox -F "csrf=$t" -F "once=$o" -F "code=$C1" -F action=reply \
    -F "reply=$long" -F "attachment=@$TMP/svar.txt;filename=for-lang.txt"
expect_status 422 "a reply that is too long is refused"
expect_body 'Filen »for-lang.txt« blev ikke gemt, fordi formularen havde fejl. Vælg filen igen.' \
    "the mailbox names the lost file"
expect_body "$long</textarea>" "the typed reply is kept"
expect_body 'aria-describedby="reply-err"' "the reply field is tied to its message"
expect_body 'id="reply-err"' "... which has the field's id"
n=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1")
expect "nothing was sent" [ "$n" = "$m1" ]

# The code form: a wrong code's message is tied to the code field.
req GET /whistleblower/mailbox
t=$(csrf)
req POST /whistleblower/mailbox --data-urlencode "csrf=$t" --data-urlencode code=1111222233334444
expect_status 200 "a wrong code"
expect_body 'aria-invalid="true" aria-describedby="code-err"' "marks the code field"
expect_body '<span class="field-error" id="code-err">Koden blev ikke fundet.' "with the message under the field's id"
expect_body '<li><a href="#code">' "and in the summary"
expect_no_body '1111222233334444' "the typed code is not shown again (it may be a right code with a typo)"
req POST /whistleblower/mailbox --data-urlencode "csrf=$t" --data-urlencode code=12345
expect_status 422 "a code of the wrong length"
expect_body 'aria-describedby="code-err"' "is tied to the field as well"

# --- 4: the named reporter's receipt ---------------------------------------------------------
req GET /whistleblower/
t=$(csrf) o=$(once_key)
req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=Bostedet Navn" -F offer_type=voksen \
    -F relation=paaroerende -F "description=Named $BCANARY" -F anonymity=named -F "name=Åse Navn" \
    -F consent_received=1
expect_status 200 "a named report"
CN=$(bo_code)
expect_body 'Du har oplyst dit navn' "the named receipt says the reporter gave their name"
expect_no_body 'uden at vi får at vide, hvem du er' "and does not promise anonymity"

# --- staff: repeats, line breaks, choices, errors -----------------------------------------------
RN=$(sql "SELECT max(id) FROM whistle_report")
req GET "/staff/whistle/$R1" -b "$BJ"
expect_status 200 "staff open the first report"
expect_text "<div class=\"text\" id=\"description\">Linje et$NL$NL Linje tre $BCANARY-DESC</div>" \
    "staff see the description's line breaks inside class=text"
expect_text "<div class=\"text\">Første linje$NL Anden linje $BCANARY-SVAR</div>" \
    "... and the reply's"
expect_body '<div class="choice"><input type="checkbox" id="act_opkald" name="act_opkald" value="1"><label for="act_opkald">' \
    "planned actions are .choice checkboxes"
expect_body '<fieldset class="choices"><legend>Planlagte handlinger</legend>' "in a fieldset of choices"
expect_body '<div class="choice"><input type="checkbox" id="feedback" name="feedback" value="1"><label for="feedback">' \
    "the feedback mark is a .choice"
expect_no_body '<label><input' "no input wrapped in its label on the report page"
expect_body 'name="once" value="' "the staff forms carry a one-time key"
t=$(csrf)
req POST "/staff/whistle/$R1" -b "$BJ" --data-urlencode "csrf=$t" --data-urlencode action=note \
    --data-urlencode "note=Uden nøgle"
expect_status 400 "a staff form without its one-time key is refused"
expect_body 'engangsnøgle' "and the page says why"
n=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1 AND internal")
expect "nothing is stored without a key" [ "$n" = 0 ]
req GET "/staff/whistle/$R1" -b "$BJ"
bo_post "/staff/whistle/$R1" action=message message=
expect_status 422 "an empty message"
expect_body 'aria-invalid="true" aria-describedby="message-err"' "is tied to the message field"
expect_body '<span class="field-error" id="message-err">' "by the message's id"
expect_body '<a href="#message">' "and in the summary"

paed=$(sql "SELECT id FROM whistle_cause WHERE label = 'Pædagogik'")
req GET "/staff/whistle/$R1" -b "$BJ"
bo_post "/staff/whistle/$R1" action=register "reg_name=Bostedet Egen" reg_offer_type=voksen \
    "reg_cause=$paed" risk=middel "risk_reason=Første grund$NL Anden grund" act_opkald=1
expect_status 303 "staff register the report"
bo_repost
expect_status 303 "the same registration again goes back to the report"
expect_header '^Location: .*\?again=1' "saying it was done already"
sb_loc=$(tr -d '\r' < "$HDRS" | sed -n 's/^Location: //Ip')
req GET "$sb_loc" -b "$BJ"
expect_body 'Det var allerede udført' "which the report page tells"
n=$(sql "SELECT count(*) FROM whistle_audit WHERE report_id = $R1 AND action = 'register'")
expect "and registers once ($n)" [ "$n" = 1 ]
req GET "/staff/whistle/$R1" -b "$BJ"
expect_text "<div class=\"text\" id=\"risk-reason\">Første grund$NL Anden grund</div>" \
    "the risk reason keeps its line breaks"

# From the same page view: a note, then a message (the page's one key).
# The second is another action, not a repeat of the first.
bo_post "/staff/whistle/$R1" action=note "note=Notat fra samme side"
expect_status 303 "a note"
expect_no_header '^Location: .*again=1' "is carried out"
args=("${args[@]/#note=Notat fra samme side/message=Tak.$NL Vi vender tilbage. $BCANARY-MSG}")
args=("${args[@]/#action=note/action=message}")
req POST "/staff/whistle/$R1" -b "$BJ" "${args[@]}"
expect_status 303 "staff send a message from the same page view"
expect_no_header '^Location: .*again=1' "and it is sent, not taken for a repeat of the note"
bo_repost
expect_status 303 "the same message POST again"
n=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1 AND NOT from_reporter AND NOT internal")
expect "one message, not two ($n)" [ "$n" = 1 ]
req GET "/staff/whistle/$R1" -b "$BJ"
n0=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1 AND internal")
bo_post "/staff/whistle/$R1" action=note "note=Note et$NL Note to"
expect_status 303 "staff save a note"
bo_repost
n=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1 AND internal")
expect "one note, not two ($n0 -> $n)" [ "$n" = $((n0 + 1)) ]
req GET "/staff/whistle/$R1" -b "$BJ"
expect_text "<div class=\"text\">Tak.$NL Vi vender tilbage. $BCANARY-MSG</div>" "a staff message keeps its line breaks"
expect_text "<div class=\"text\">Note et$NL Note to</div>" "a note keeps its line breaks"
n=$(grep -c "$BCANARY-MSG" "$BODY")
expect "the message is shown once ($n)" [ "$n" = 1 ]
bo_mailbox "$C1"
expect_text "<div class=\"text\">Tak.$NL Vi vender tilbage. $BCANARY-MSG</div>" "the reporter reads it with its line breaks"
expect_body 'Fra Socialtilsyn Demo' "from the receiving authority by name"

# --- 5: what the messages and the closing count as ----------------------------------------------
n=$(sql "SELECT (acknowledged = current_date)::text || (feedback IS NULL)::text FROM whistle_report WHERE id = $R1")
expect "the first message is the acknowledgement, not the feedback" [ "$n" = truetrue ]
# Closing without a message meets neither deadline.
req GET "/staff/whistle/$RN" -b "$BJ"
bo_post "/staff/whistle/$RN" action=register "reg_name=Bostedet Navn" reg_offer_type=voksen \
    "reg_cause=$paed" risk=lav "risk_reason=Lav" 
req GET "/staff/whistle/$RN" -b "$BJ"
expect_body 'id="closing_message" name="closing_message"' "closing offers a message to the reporter"
expect_body '<button type="submit" class="danger">Luk henvendelsen</button>' "closing is a danger button"
bo_post "/staff/whistle/$RN" action=close closing_reason=opkald
expect_status 303 "a report is closed without a message"
bo_repost
expect_status 303 "the same closing again goes back to the report, no error"
n=$(sql "SELECT status || (acknowledged IS NULL)::text || (feedback IS NULL)::text FROM whistle_report WHERE id = $RN")
expect "closing without a message meets neither acknowledgement nor feedback" [ "$n" = closedtruetrue ]
n=$(sql "SELECT count(*) FROM whistle_audit WHERE report_id = $RN AND action = 'close'")
expect "it is closed once ($n)" [ "$n" = 1 ]
# A colleague's page from before the closing: closing it again with a
# message is a conflict that keeps the message and explains.
args=("${args[@]/#closing_reason=opkald/closing_reason=andet}")
args+=(--data-urlencode "closing_message=Skrevet i en gammel fane")
req POST "/staff/whistle/$RN" -b "$BJ" "${args[@]}"
expect_status 409 "closing a closed report from an old page"
expect_body 'henvendelsen er lukket, så den kan ikke registreres eller lukkes igen' "says it is closed"
expect_body 'Skrevet i en gammel fane' "and keeps what was written"
expect_body '<h1>Henvendelse' "on the report page as it is now"
req GET "/staff/whistle/$RN" -b "$BJ"
expect_body '<td class="due-over">ikke overholdt, sagen er lukket</td>' "the page shows a deadline not met by a closed report"
expect_no_body '>afventer<' "nothing is left awaiting on a closed report"
bo_mailbox "$CN"
expect_body 'Sagen er afsluttet' "the reporter sees the case is closed"
expect_body 'Vi har fulgt op ved at ringe til tilbuddet.' "and why, in plain Danish"
expect_body 'kan du ikke længere svare her' "why the reply form is gone"
expect_body '<a href="/whistleblower/">send en ny henvendelse</a>' "and what to do with new information"
expect_no_body 'name="action" value="reply"' "there is no reply form"
expect_body '<p class="empty">Ingen filer endnu.</p>' "an empty file list says so"
# A reply from a page opened before the closing is not sent, and says so.
m0=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $RN")
req GET /whistleblower/mailbox
t=$(csrf)
req POST /whistleblower/mailbox -F "csrf=$t" -F "once=GammelSideFoerLukningen0123456789abcdefgh" \
    -F "code=$CN" -F action=reply -F "reply=For sent $BCANARY-SENT"
expect_status 409 "a reply to a closed report is refused"
expect_body 'Dit svar blev ikke sendt, fordi sagen er blevet lukket.' "the mailbox says why"
expect_body "For sent $BCANARY-SENT" "and gives the text back"
m1=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $RN")
expect "nothing is stored" [ "$m1" = "$m0" ]
# Closing with a message: it is the feedback (and here the acknowledgement).
req GET /whistleblower/
t=$(csrf) o=$(once_key)
req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=Bostedet Luk" -F offer_type=boern_unge \
    -F relation=ansat -F "description=Luk med besked" -F anonymity=anonymous
CL=$(bo_code)
RL=$(sql "SELECT max(id) FROM whistle_report")
req GET "/staff/whistle/$RL" -b "$BJ"
bo_post "/staff/whistle/$RL" action=register "reg_name=Bostedet Luk" reg_offer_type=boern_unge \
    "reg_cause=$paed" risk=hoej "risk_reason=Høj"
req GET "/staff/whistle/$RL" -b "$BJ"
bo_post "/staff/whistle/$RL" action=close closing_reason=uanmeldt_tilsyn \
    "closing_message=Vi har været på besøg.$NL Tak for din henvendelse. $BCANARY-LUK"
expect_status 303 "a report is closed with a message"
bo_repost
n=$(sql "SELECT status || (acknowledged = current_date)::text || (feedback = current_date)::text FROM whistle_report WHERE id = $RL")
expect "the closing message is the feedback and the acknowledgement" [ "$n" = closedtruetrue ]
n=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $RL AND NOT internal AND NOT from_reporter")
expect "the closing message is stored once, for the reporter ($n)" [ "$n" = 1 ]
bo_mailbox "$CL"
expect_text "<div class=\"text\">Vi har været på besøg.$NL Tak for din henvendelse. $BCANARY-LUK</div>" \
    "the reporter reads the closing message"
expect_body 'Vi har fulgt op med et uanmeldt tilsynsbesøg.' "and the closing reason in plain Danish"
# A message marked as feedback meets both.
req GET /whistleblower/
t=$(csrf) o=$(once_key)
req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=Bostedet FB" -F offer_type=voksen \
    -F relation=ansat -F "description=Tilbagemelding" -F anonymity=anonymous
RF=$(sql "SELECT max(id) FROM whistle_report")
req GET "/staff/whistle/$RF" -b "$BJ"
bo_post "/staff/whistle/$RF" action=message "message=Her er vores tilbagemelding." feedback=1
n=$(sql "SELECT (acknowledged = current_date)::text || (feedback = current_date)::text FROM whistle_report WHERE id = $RF")
expect "a message marked as feedback is also the acknowledgement" [ "$n" = truetrue ]

# --- 6: the queue colours each deadline by how close it is ----------------------------------------
# Overdue: received 30 days ago, unregistered.  Soon: the acknowledgement
# due tomorrow.  Met: registered the day it came.
sql "UPDATE whistle_report SET received = current_date - 30 WHERE id = $RF" >/dev/null
CASE_F=$(sql "SELECT case_no FROM whistle_report WHERE id = $RF")
req GET /whistleblower/
t=$(csrf) o=$(once_key)
req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=Bostedet Snart" -F offer_type=voksen \
    -F relation=ansat -F "description=Snart" -F anonymity=anonymous
RS=$(sql "SELECT max(id) FROM whistle_report")
sql "UPDATE whistle_report SET received = current_date - 6, registered = current_date - 6, status = 'treatment' WHERE id = $RS" >/dev/null
CASE_S=$(sql "SELECT case_no FROM whistle_report WHERE id = $RS")
req GET /staff/whistle/ -b "$BJ"
expect_status 200 "the queue"
row=$(bo_row "$CASE_F")
expect "an unregistered report 30 days old: registration overdue" grep -q '<li class="due-over">Registrering .*: overskredet</li>' <<<"$row"
expect "... its acknowledgement met (the feedback message)" grep -q '<li class="due-met">Kvittering .*: for sent</li>' <<<"$row"
row=$(bo_row "$CASE_S")
expect "a registered report: registration met" grep -q '<li class="due-met">Registrering .*: overholdt</li>' <<<"$row"
expect "the acknowledgement due tomorrow: soon, in words" grep -qE '<li class="due-soon">Kvittering .*: snart \(i morgen\)</li>' <<<"$row"
expect "the feedback in 3 months: later" grep -q '<li class="due-later">Tilbagemelding .*: afventer</li>' <<<"$row"
n=$(grep -c 'class="near"' "$BODY")
expect "no deadline uses the old one-colour class" [ "$n" = 0 ]

# --- 8: the queue, the cause list and the statistics ------------------------------------------------
expect_body '<div class="table-wrap" role="region" aria-label="Nye og åbne henvendelser" tabindex="0">' \
    "the open reports scroll inside the page"
expect_body '<div class="table-wrap" role="region" aria-label="Lukkede henvendelser" tabindex="0">' \
    "so do the closed ones"
n=$(grep 'id="open-reports"' "$BODY" | grep -o '<th scope="col"' | wc -l)
expect "the open queue has 5 columns, not 8 ($n)" [ "$n" = 5 ]
expect_body '<th scope="col" class="hide-narrow">Tilbudstype</th>' "the offer type column is left out on narrow screens"
# Empty lists say so: with no open and no closed report for a moment.
sql "CREATE TABLE bo_saved AS SELECT id, status, closed, closing_reason FROM whistle_report;
    UPDATE whistle_report SET status = 'closed', closed = current_date, closing_reason = 'andet'" >/dev/null
req GET /staff/whistle/ -b "$BJ"
expect_body '<p class="empty">Ingen nye eller åbne henvendelser lige nu.</p>' "an empty queue says so"
expect_no_body 'id="open-reports"' "and shows no empty table"
sql "UPDATE whistle_report SET status = 'received', closed = NULL, closing_reason = NULL" >/dev/null
req GET /staff/whistle/ -b "$BJ"
expect_body '<p class="empty">Ingen lukkede henvendelser endnu.</p>' "an empty closed list says so"
expect_no_body 'id="closed-reports"' "and shows no empty table"
sql "UPDATE whistle_report r SET status = s.status, closed = s.closed, closing_reason = s.closing_reason
    FROM bo_saved s WHERE s.id = r.id; DROP TABLE bo_saved" >/dev/null

# The cause list is a table whose cells line up with its headers.
sql "INSERT INTO whistle_cause (label, sort) VALUES ('Browsertest-en', 901), ('Browsertest-to', 902)" >/dev/null
c1=$(sql "SELECT id FROM whistle_cause WHERE label = 'Browsertest-en'")
c2=$(sql "SELECT id FROM whistle_cause WHERE label = 'Browsertest-to'")
# c1 is used by one report, c2 by two (once as chosen, once as registered).
sql "UPDATE whistle_report SET cause_id = $c1 WHERE id = $RS;
    UPDATE whistle_report SET cause_id = $c2 WHERE id = $RF;
    UPDATE whistle_report SET reg_cause_id = $c2 WHERE id = $RL" >/dev/null
req GET /staff/whistle/causes -b "$BJ"
expect_status 200 "the cause list"
expect_no_body 'colspan' "no row spans the columns"
nh=$(grep 'id="causes"' "$BODY" | grep -o '<th scope="col"' | wc -l)
row=$(sed -n "/id=\"label-$c1\"/,/<\/tr>/p" "$BODY")
nd=$(grep -o '<td' <<<"$row" | wc -l)
expect "each row has one cell per header ($nd cells, $nh headers)" [ "$nh" = 5 -a "$nd" = 5 ]
expect "the row's inputs belong to the row's form" grep -q "form=\"cause-$c1\"" <<<"$row"
expect_body "<label class=\"visually-hidden\" for=\"label-$c1\">Betegnelse</label>" "each input has a label"
expect_body "<div class=\"choice\"><input type=\"checkbox\" id=\"active-$c1\" name=\"active\" value=\"1\" form=\"cause-$c1\" checked><label for=\"active-$c1\">Aktiv</label></div>" \
    "the active box is a .choice"
expect "1 report: \"1 henvendelse\"" grep -q '>1 henvendelse</td>' <<<"$row"
row2=$(sed -n "/id=\"label-$c2\"/,/<\/tr>/p" "$BODY")
expect "2 reports: \"2 henvendelser\"" grep -q '>2 henvendelser</td>' <<<"$row2"
expect_no_body '>1 henvendelser<' "never \"1 henvendelser\""
t=$(csrf)
req POST /staff/whistle/causes -b "$BJ" --data-urlencode "csrf=$t" --data-urlencode action=save \
    --data-urlencode "id=$c1" --data-urlencode "label=" --data-urlencode sort=901 --data-urlencode active=1
expect_status 422 "a cause renamed to nothing is refused"
expect_body "id=\"label-$c1\" name=\"label\" form=\"cause-$c1\" value=\"\" maxlength=\"100\" aria-invalid=\"true\" aria-describedby=\"label-$c1-err\"" \
    "the error is on that row's input"
expect_body "<span class=\"field-error\" id=\"label-$c1-err\">" "with the row's message id"
expect_body "<a href=\"#label-$c1\">" "and the summary links to it"
expect_no_body 'id="label" name="label" value="" maxlength="100" aria-invalid' "the new-cause form has no error"
sql "UPDATE whistle_report SET cause_id = NULL WHERE cause_id IN ($c1, $c2);
    UPDATE whistle_report SET reg_cause_id = NULL WHERE reg_cause_id IN ($c1, $c2);
    UPDATE whistle_cause SET active = false WHERE id IN ($c1, $c2)" >/dev/null

# Statistics: a year with no reports says so; a bad year is tied to the field.
req GET '/staff/whistle/stats?year=2001' -b "$BJ"
expect_status 200 "statistics for a year without reports"
expect_body '<p class="empty">Ingen henvendelser modtaget i 2000 eller 2001.</p>' "say so"
expect_no_body '<table' "and show no empty tables"
req GET '/staff/whistle/stats?year=abc' -b "$BJ"
expect_body 'aria-invalid="true" aria-describedby="year-err"' "a bad year is tied to the field"
expect_body 'id="year-err"' "... by the message's id"
req GET /staff/whistle/stats -b "$BJ"
expect_body "<table class=\"list\" id=\"offer\">" "this year's statistics have data"
expect_body '<div class="table-wrap" role="region" aria-label="Henvendelser fordelt på tilbudstype" tabindex="0">' \
    "and scroll inside the page"

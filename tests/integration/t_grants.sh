# Grants, the whole journey through nginx against PostgreSQL: pool ->
# application -> award -> recipient login -> status report -> accounts by
# form and by XML -> return for correction -> resubmit -> approve; access
# control, throttling, the disbursement rule, and the CSV import.

TODAY=$(date +%F)

# --- staff creates a pool -------------------------------------------------
SJ=$TMP/staff.jar
staff_login demo "$DEMO_PW"
JAR_SAVE=$JAR; cp "$JAR" "$SJ"
req GET /staff/pools/new -b "$SJ"
expect_status 200 "new pool form"
form_post /staff/pools/new "$SJ" "name=Pulje til forsøg med frist" theme=Forsøg \
    "purpose=Afprøvning af hele forløbet." "amount=1.000,00" fin_year=2026 \
    opens=2026-01-01 closes=2025-12-31 application_based=ja status=open
expect_status 422 "a pool that closes before it opens is refused"
expect_body 'Ansøgningsfristen skal ligge efter åbningsdagen' "the date error is explained"
expect_body 'value="Pulje til forsøg med frist"' "the typed name is kept"
req GET /staff/pools/new -b "$SJ"
form_post /staff/pools/new "$SJ" "name=Pulje til forsøg med frist" theme=Forsøg \
    "purpose=Afprøvning af hele forløbet." "amount=1.000.000,00" fin_year=2026 \
    "opens=$(date -d '-1 day' +%F)" "closes=$(date -d '+30 days' +%F)" \
    "deadline=$(date -d '+60 days' +%F)" application_based=ja "legal_basis=Akt 99" status=open
expect_status 303 "a staff member creates a pool"
POOL=$(sed -n 's/^Location: \/staff\/pools\/\([0-9]*\).*/\1/p' "$HDRS" | tr -d '\r')
n=$(sql "SELECT count(*) FROM audit WHERE entity = 'pool' AND entity_id = $POOL AND action = 'create'")
expect "the pool's creation is in the audit log" [ "$n" = 1 ]
POOL_FIELDS=("name=Pulje til forsøg med frist" theme=Forsøg \
    "purpose=Afprøvning af hele forløbet." "amount=1.000.000,00" fin_year=2026 \
    "opens=$(date -d '-1 day' +%F)" "closes=$(date -d '+30 days' +%F)" \
    "deadline=$(date -d '+60 days' +%F)" application_based=ja "legal_basis=Akt 99" status=open)
req GET "/staff/pools/$POOL/edit" -b "$SJ"
expect_body 'value="Pulje til forsøg med frist"' "the edit form shows the pool"
form_post "/staff/pools/$POOL/edit" "$SJ" "${POOL_FIELDS[@]}"
expect_status 303 "an edit of the pool is saved"
n=$(sql "SELECT count(*) FROM audit WHERE entity = 'pool' AND entity_id = $POOL AND action = 'edit'")
expect "the edit is in the audit log" [ "$n" = 1 ]
NOPOOL=$(sql "SELECT coalesce(max(id), 0) + 1000 FROM pool")
req GET "/staff/pools/$NOPOOL/edit" -b "$SJ"
expect_status 404 "the edit form of a pool that does not exist"
req GET "/staff/pools/$POOL/edit" -b "$SJ"
form_post "/staff/pools/$NOPOOL/edit" "$SJ" "${POOL_FIELDS[@]}"
expect_status 404 "an edit of a pool that does not exist is refused"
n=$(sql "SELECT count(*) FROM audit WHERE entity = 'pool' AND entity_id = $NOPOOL")
expect "and not audited" [ "$n" = 0 ]

# --- the public finds it ------------------------------------------------
req GET '/grants/?q=forsøg+med'
expect_body 'Pulje til forsøg med frist' "search finds the new pool"
expect_body '1 af 28 offentliggjorte puljer vises' "search narrows the list"
req GET '/grants/?q=FORSØG'
expect_body 'Pulje til forsøg med frist' "search ignores case, also for æøå"
req GET '/grants/?theme=Cykel&status=closed'
expect_no_body 'Pulje til forsøg med frist' "filter by theme and status"
expect_body 'Kommunale cykelstiprojekter' "a closed cycling pool matches the filter"
req GET '/grants/?status=bogus'
expect_status 400 "an unknown status filter is refused"
req GET /grants/feed.atom
expect_status 200 "Atom feed"
expect_header '^Content-Type: application/atom\+xml' "feed content type"
expect_body '<title>Pulje til forsøg med frist</title>' "the new pool is in the feed"
expect "the feed is well-formed XML" xmllint --noout "$BODY"
expect_body '<author>' "the feed names its author (RFC 4287)"

# --- an applicant applies -------------------------------------------------
AJ=$TMP/applicant.jar; rm -f "$AJ"
req GET "/grants/pools/$POOL" -b "$AJ"
expect_body "/grants/pools/$POOL/apply" "an open pool offers to apply"
req GET "/grants/pools/$POOL/apply" -b "$AJ" -c "$AJ"
expect_status 200 "application form"
mp_post "/grants/pools/$POOL/apply" "$AJ" -F action=save -F "org_name=Foreningen Frist" -F cvr=12345678
expect_status 422 "a draft with a wrong CVR number is refused"
expect_body 'gyldigt CVR-nummer' "the CVR error is explained"
expect_body 'value="Foreningen Frist"' "the typed organisation is kept"
mp_post "/grants/pools/$POOL/apply" "$AJ" -F action=save -F "org_name=Foreningen Frist" -F cvr=10150817 \
    -F "attachment=@$SRC/README.md;filename=projektplan.txt"
expect_status 200 "an incomplete draft can be saved"
DRAFT=$(field 'Kladdenummer')
CODE=$(field 'Fortsættelseskode' | tr -d ' ')
expect "the draft number and code are shown once" [ ${#DRAFT} = 8 -a ${#CODE} = 16 ]
n=$(sql "SELECT count(*) FROM application WHERE draft_no = '$DRAFT' AND resume_hash LIKE '\$argon2id\$%' AND resume_hash NOT LIKE '%$CODE%'")
expect "only a hash of the code is stored" [ "$n" = 1 ]

# Resume from another browser.
AJ2=$TMP/applicant2.jar; rm -f "$AJ2"
req GET /grants/resume -b "$AJ2" -c "$AJ2"
form_post /grants/resume "$AJ2" "draft_no=$DRAFT" code=0000000000000000
expect_status 403 "a wrong continuation code is refused"
expect_body "value=\"$DRAFT\"" "the draft number is kept, the code is not"
req GET /grants/resume -b "$AJ2" -c "$AJ2"
form_post /grants/resume "$AJ2" "draft_no=$DRAFT" "code=$CODE"
expect_status 303 "the right code opens the draft"
req GET /grants/application -b "$AJ2"
expect_body 'value="Foreningen Frist"' "the saved draft comes back"
expect_body 'projektplan.txt' "with its attachment"

START=$TODAY; END=$(date -d '+365 days' +%F)
submit_app() {	# submit_app JAR REQUESTED LINE1 LINE2
	mp_post /grants/application "$1" -F action=submit -F "org_name=Foreningen Frist" -F cvr=10150817 \
	    -F "contact_name=Karen Jensen" -F "contact_email=karen@example.dk" -F "title=Frist i praksis" \
	    -F "description=Vi afprøver forløbet." -F "period_start=$START" -F "period_end=$END" \
	    -F "requested=$2" -F "budget_text_1=Løn" -F "budget_amount_1=$3" \
	    -F "budget_text_2=Materialer" -F "budget_amount_2=$4"
}
req GET /grants/application -b "$AJ2"
submit_app "$AJ2" "600.000,00" "400.000,00" "100.000,00"
expect_status 422 "budget lines that do not add up are refused"
expect_body 'Budgetlinjerne giver 500.000,00 kr., men det ansøgte beløb er 600.000,00 kr.' "the sum error names both amounts"
submit_app "$AJ2" "2.000.000,00" "1.800.000,00" "200.000,00"
expect_body 'højst være puljens beløb, 1.000.000,00 kr.' "more than the pool is refused"
submit_app "$AJ2" "600.000,00" "400.000,00" "200.000,00"
expect_status 303 "the application is submitted"
req GET /grants/application/receipt -b "$AJ2"
expect_body 'Kvittering for ansøgning' "receipt page"
CASE=$(sed -n 's/.*<strong>\(ANS-[0-9-]*\)<\/strong>.*/\1/p' "$BODY" | head -n 1)
expect "the receipt has a case number" [ -n "$CASE" ]
req GET /grants/application -b "$AJ2"
expect_status 303 "a submitted application can no longer be edited"

# --- staff decides: award -----------------------------------------------
AID=$(sql "SELECT id FROM application WHERE case_no = '$CASE'")
req GET "/staff/pools/$POOL" -b "$SJ"
expect_body "$CASE" "the pool page lists the application"
expect_body '1 indsendt, 0 afgjort' "the pool shows its progress"
req GET "/staff/applications/$AID" -b "$SJ"
expect_body 'Frist i praksis' "the application page shows the application"
form_post "/staff/applications/$AID" "$SJ" decision=reject reason=
expect_status 422 "a rejection needs a reason"
req GET "/staff/applications/$AID" -b "$SJ"
form_post "/staff/applications/$AID" "$SJ" decision=award "amount=600.000,00" \
    "period_start=$START" "period_end=$END" status_every=6 accounting=1 accounts_after=3 "conditions=Standardvilkår"
expect_status 200 "an award asks for confirmation first"
expect_body 'Bekræft tilsagnet' "the confirmation page says what it confirms"
n=$(sql "SELECT count(*) FROM award WHERE application_id = $AID")
expect "nothing is awarded before the confirmation" [ "$n" = 0 ]
confirm_post "/staff/applications/$AID" "$SJ"
expect_status 200 "the award is given"
GRANT=$(field 'Tilsagnsnummer')
GCODE=$(field 'Adgangskode' | tr -d ' ')
expect "the grant number and access code are shown once" [ -n "$GRANT" -a ${#GCODE} = 16 ]
n=$(sql "SELECT count(*) FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$GRANT'")
expect "status reports and accounts are scheduled (3 obligations)" [ "$n" = 3 ]
n=$(sql "SELECT auditor FROM award WHERE grant_no = '$GRANT'")
expect "600.000 kr. is above the auditor threshold" [ "$n" = t ]
n=$(sql "SELECT contact_email FROM award WHERE grant_no = '$GRANT'")
expect "the grant takes the application's contact e-mail ($n)" [ "$n" = karen@example.dk ]
req GET "/staff/applications/$AID" -b "$SJ"
expect_body "Tilsagn <strong>$GRANT</strong>" "the decided application shows the grant"
form_post "/staff/applications/$AID" "$SJ" decision=reject reason=x
expect_status 409 "a decided application cannot be decided again"
req GET /grants/application/receipt -b "$AJ2"
expect_body 'Bevilget' "the applicant sees the decision"

# --- the recipient logs in ----------------------------------------------
RJ=$TMP/recipient.jar; rm -f "$RJ"
req GET /grants/login -b "$RJ" -c "$RJ"
form_post /grants/login "$RJ" "grant_no=$GRANT" code=1111222233334444
expect_status 403 "a wrong access code is refused"
req GET /grants/login -b "$RJ" -c "$RJ"
form_post /grants/login "$RJ" "grant_no=$GRANT" "code=$GCODE"
expect_status 303 "the right access code logs the recipient in"
expect_header '^Set-Cookie: frist_grant=.*HttpOnly; SameSite=Strict' "recipient session cookie"
req GET /grants/my/ -b "$RJ"
expect_body "Tilsagn $GRANT" "the recipient sees the grant"
expect_body 'Statusrapport' "and its status reports"
expect_body 'Regnskabspligtigt tilskud, med revisorerklæring' "and that accounts need an auditor"
OSTATUS=$(sql "SELECT o.id FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$GRANT' AND o.kind = 'status' AND o.seq = 1")
OACC=$(sql "SELECT o.id FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$GRANT' AND o.kind = 'accounts'")

# Status report.
req GET "/grants/my/obligations/$OSTATUS" -b "$RJ"
expect_status 200 "status report form"
mp_post "/grants/my/obligations/$OSTATUS" "$RJ" -F "progress=" -F "milestones=Første workshop holdt."
expect_status 422 "a status report without progress is refused"
expect_body 'Udfyld feltet »Fremdrift«' "the missing field is named"
expect_body 'Første workshop holdt.' "the typed text is kept"
mp_post "/grants/my/obligations/$OSTATUS" "$RJ" -F "progress=Godt i gang." -F "milestones=Første workshop holdt." \
    -F "attachment=@$SRC/README.md;filename=bilag.txt"
expect_status 303 "the status report is submitted"
SR=$(sed -n 's/^Location: \/grants\/my\/cases\/\([0-9]*\).*/\1/p' "$HDRS" | tr -d '\r')
req GET "/grants/my/cases/$SR?receipt=1" -b "$RJ"
expect_body 'Tak. Vi har modtaget' "the recipient gets a receipt"
SRNO=$(sql "SELECT case_no FROM submission WHERE id = $SR")
expect_body "$SRNO" "with the case number"
expect "a status report's case number starts SR-" [ "${SRNO#SR-}" != "$SRNO" ]
req GET "/grants/my/obligations/$OSTATUS" -b "$RJ"
expect_status 303 "a submitted report cannot be submitted again"

# Accounts by form: the deviation rule and the auditor's statement.
req GET "/grants/my/obligations/$OACC" -b "$RJ"
expect_status 200 "accounts form"
expect_body '400.000,00' "the form shows the award's budget"
mp_post "/grants/my/obligations/$OACC" "$RJ" -F mode=form -F "actual_1=300.000,00" -F "actual_2=200.000,00"
expect_status 422 "a deviation over 10 % without explanation is refused"
expect_body '»Løn« afviger 25,0 % fra budgettet (under), mere end de 10 %' "the deviating line is named by its budget post"
expect_body 'kræver en revisorerklæring' "the missing auditor's statement is named"
expect_body 'value="300.000,00"' "the typed amounts are kept"
mp_post "/grants/my/obligations/$OACC" "$RJ" -F mode=form -F "actual_1=300.000,00" -F "actual_2=200.000,00" \
    -F "explanation_1=Færre timer end planlagt." -F "auditor_file=@$SRC/README.md;filename=revisor.pdf"
expect_status 303 "the accounts are submitted"
RG=$(sed -n 's/^Location: \/grants\/my\/cases\/\([0-9]*\).*/\1/p' "$HDRS" | tr -d '\r')
n=$(sql "SELECT actual_ore FROM account_line WHERE submission_id = $RG AND lineno = 1")
expect "amounts are stored exactly in øre" [ "$n" = 30000000 ]

# --- staff processes: queue, take, return, resubmit, approve -------------
req GET /staff/cases/ -b "$SJ"
expect_status 200 "the processing queue"
expect_body "$SRNO" "the status report is in the queue"
expect_body '<td class="num">155</td>' "a case received today has 155 days left"
req GET "/staff/cases/?kind=accounts" -b "$SJ"
expect_no_body "$SRNO" "the queue filters by kind"
req GET "/staff/cases/?sort=bogus" -b "$SJ"
expect_status 400 "an unknown sort order is refused"
req GET "/staff/cases/$SR" -b "$SJ"
form_post "/staff/cases/$SR" "$SJ" action=take
expect_status 303 "a handler takes the case"
req GET "/staff/cases/$SR" -b "$SJ"
form_post "/staff/cases/$SR" "$SJ" action=return message=
expect_status 422 "returning needs a message"
form_post "/staff/cases/$SR" "$SJ" action=return "message=Beskriv milepælene mere præcist."
expect_status 303 "the case is returned for correction"
n=$(sql "SELECT count(*) FROM case_pause WHERE submission_id = $SR AND ended IS NULL")
expect "returning starts a pause of the clock" [ "$n" = 1 ]
req GET "/grants/my/cases/$SR" -b "$RJ"
expect_body 'Sendt retur til rettelse' "the recipient sees the return"
expect_body 'Beskriv milepælene mere præcist.' "and the agency's message"
req GET "/grants/my/obligations/$OSTATUS" -b "$RJ"
expect_status 200 "a returned report can be corrected"
expect_body 'Første workshop holdt.' "the correction form starts from the report"
mp_post "/grants/my/obligations/$OSTATUS" "$RJ" -F "progress=Godt i gang." -F "milestones=Workshop 1 (12 deltagere) og 2 holdt."
expect_status 303 "the corrected report is resubmitted"
n=$(sql "SELECT status || ' ' || version || ' ' || (received = current_date) FROM submission WHERE id = $SR")
expect "resubmission keeps the case and its received day (version 2)" [ "$n" = "received 2 true" ]
n=$(sql "SELECT count(*) FROM case_pause WHERE submission_id = $SR AND ended IS NOT NULL")
expect "resubmission ends the pause" [ "$n" = 1 ]
req GET "/staff/cases/$SR" -b "$SJ"
form_post "/staff/cases/$SR" "$SJ" action=approve message=
expect_status 200 "approval asks for confirmation"
confirm_post "/staff/cases/$SR" "$SJ"
expect_status 303 "the report is approved"
req GET "/staff/cases/$SR" -b "$SJ"
expect_body 'Godkendt' "the case shows its decision"
expect_body 'Taget' "the audit trail shows who took it"
expect_body 'Sendt retur til rettelse' "the audit trail shows the return"
expect_body 'Indsendt igen efter rettelse' "the audit trail shows the resubmission"
expect_body 'Demo Sagsbehandler' "the audit trail names the handler"
form_post "/staff/cases/$SR" "$SJ" action=reject message=x
expect_status 409 "a decided case cannot be decided again"
req GET "/grants/my/cases/$SR" -b "$RJ"
expect_body 'Godkendt' "the recipient sees the approval"
req GET "/staff/cases/$RG" -b "$SJ"
form_post "/staff/cases/$RG" "$SJ" action=repayment "amount=12.500,00" "message=For meget udbetalt."
expect_status 200 "a repayment demand asks for confirmation"
confirm_post "/staff/cases/$RG" "$SJ"
expect_status 303 "staff demand a repayment"
req GET "/grants/my/cases/$RG" -b "$RJ"
expect_body 'kræver 12.500,00 kr. tilbagebetalt' "the recipient sees the repayment demand"
req GET "/staff/cases/$RG" -b "$SJ"
form_post "/staff/cases/$RG" "$SJ" action=note "message=Intern vurdering."
req GET "/grants/my/cases/$RG" -b "$RJ"
expect_no_body 'Intern vurdering.' "internal notes are not shown to the recipient"

# --- a second grant: access control, XML accounts -------------------------
AJ3=$TMP/applicant3.jar; rm -f "$AJ3"
req GET "/grants/pools/$POOL/apply" -b "$AJ3" -c "$AJ3"
mp_post "/grants/pools/$POOL/apply" "$AJ3" -F action=submit -F "org_name=Andet Selskab" -F cvr=10150817 \
    -F "contact_name=Ole" -F "contact_email=ole@example.dk" -F "title=Andet projekt" -F "description=X" \
    -F "period_start=$START" -F "period_end=$END" -F "requested=100.000,00" \
    -F "budget_text_1=Løn" -F "budget_amount_1=60.000,00" -F "budget_text_2=Husleje" -F "budget_amount_2=40.000,00"
expect_status 303 "a second application is submitted at once"
expect_header '^Location: /grants/application/receipt' "and goes straight to the receipt"
n=$(sql "SELECT count(*) FILTER (WHERE resume_hash IS NULL) || ' ' || count(*) FROM application WHERE org_name = 'Andet Selskab'")
expect "an application sent at once gets no resume code, so no Argon2 hash ($n)" [ "$n" = "1 1" ]
AID2=$(sql "SELECT id FROM application WHERE title = 'Andet projekt'")
req GET "/staff/applications/$AID2" -b "$SJ"
form_post "/staff/applications/$AID2" "$SJ" decision=award "amount=100.000,00" \
    "period_start=$START" "period_end=$END" status_every=0 accounting=1 accounts_after=3
confirm_post "/staff/applications/$AID2" "$SJ"
GRANT2=$(field 'Tilsagnsnummer'); GCODE2=$(field 'Adgangskode' | tr -d ' ')
n=$(sql "SELECT auditor FROM award WHERE grant_no = '$GRANT2'")
expect "100.000 kr. is below the auditor threshold" [ "$n" = f ]
RJ2=$TMP/recipient2.jar; rm -f "$RJ2"
req GET /grants/login -b "$RJ2" -c "$RJ2"
form_post /grants/login "$RJ2" "grant_no=$GRANT2" "code=$GCODE2"
req GET "/grants/my/cases/$SR" -b "$RJ2"
expect_status 404 "a recipient cannot see another grant's case"
req GET "/grants/my/obligations/$OSTATUS" -b "$RJ2"
expect_status 404 "nor report on another grant's obligation"
fid=$(sql "SELECT id FROM attachment WHERE submission_id = $SR LIMIT 1")
req GET "/grants/my/files/$fid" -b "$RJ2"
expect_status 404 "nor download another grant's files"
req GET "/grants/my/files/$fid" -b "$RJ"
expect_status 200 "the owner downloads the file"
expect_header '^Content-Disposition: attachment' "files are always downloads"
OACC2=$(sql "SELECT o.id FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$GRANT2' AND o.kind = 'accounts'")

xml_accounts() {	# xml_accounts FILE ACTUAL1 EXPLANATION1
	cat > "$1" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<regnskab xmlns="urn:frist:regnskab:1">
  <tilsagn>$GRANT2</tilsagn>
  <periode><fra>$START</fra><til>$END</til></periode>
  <linje><tekst>Løn</tekst><budget>60000.00</budget><faktisk>$2</faktisk>$3</linje>
  <linje><tekst>Husleje</tekst><budget>40000.00</budget><faktisk>40000</faktisk></linje>
</regnskab>
XML
}
req GET "/grants/my/obligations/$OACC2" -b "$RJ2"
xml_accounts "$TMP/a.xml" "40000.00" ""
mp_post "/grants/my/obligations/$OACC2" "$RJ2" -F mode=xml -F "xml=@$TMP/a.xml;type=application/xml"
expect_status 422 "XML with an unexplained deviation is refused"
expect_body 'regnskab/linje[1]/forklaring mangler: »Løn« afviger 33,3 % fra budgettet (under)' "the XML deviation is named by its element and budget post"
printf '<?xml version="1.0"?>\n<regnskab xmlns="urn:frist:regnskab:1">\n<tilsagn>%s</tilsagn>\n<periode><fra>2026-01-01</fra><til>2026-12-31</til></periode>\n<linje><tekst>Løn</tekst><budget>12,50</budget><faktisk>1</faktisk></linje>\n</regnskab>\n' "$GRANT2" > "$TMP/bad.xml"
mp_post "/grants/my/obligations/$OACC2" "$RJ2" -F mode=xml -F "xml=@$TMP/bad.xml"
expect_status 422 "XML that breaks the schema is refused"
expect_body 'Linje 5:' "schema errors are shown by line"
cp "$SRC/tests/data/xml/regnskab-xxe.xml" "$TMP/xxe.xml" 2>/dev/null ||
    printf '<?xml version="1.0"?>\n<!DOCTYPE regnskab [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<regnskab xmlns="urn:frist:regnskab:1"><tilsagn>&xxe;</tilsagn></regnskab>\n' > "$TMP/xxe.xml"
mp_post "/grants/my/obligations/$OACC2" "$RJ2" -F mode=xml -F "xml=@$TMP/xxe.xml"
expect_status 422 "an XXE file is refused"
expect_body 'DOCTYPE' "the XXE refusal is explained"
expect_no_body 'root:' "no file content leaks"
cat > "$TMP/lol.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<regnskab xmlns="urn:frist:regnskab:1"><tilsagn>&lol9;</tilsagn></regnskab>
XML
mp_post "/grants/my/obligations/$OACC2" "$RJ2" -F mode=xml -F "xml=@$TMP/lol.xml"
expect_status 422 "a billion-laughs file is refused"
expect_body 'DOCTYPE' "the billion-laughs refusal is explained"
xml_accounts "$TMP/a.xml" "40000.00" "<forklaring>Mindre løn end ventet.</forklaring>"
mp_post "/grants/my/obligations/$OACC2" "$RJ2" -F mode=xml -F "xml=@$TMP/a.xml;type=application/xml"
expect_status 303 "valid XML accounts are accepted"
n=$(sql "SELECT source || ' ' || (SELECT actual_ore FROM account_line WHERE submission_id = s.id AND lineno = 1) FROM submission s JOIN award w ON w.id = s.award_id WHERE w.grant_no = '$GRANT2'")
expect "the XML accounts are stored exactly (source xml, 4000000 øre)" [ "$n" = "xml 4000000" ]

# Throttling of access codes: a wait, not a lock (login.h).  Exactly five
# wrong codes: none of them is held back, the fifth starts a 1 s wait, and
# the right code comes next.  (After more, whether the last one was held
# depends on the machine's speed: t_login_throttle.sh says why.)
for i in 1 2 3 4 5; do
	req GET /grants/login
	form_post /grants/login "$TMP/x.jar" "grant_no=$GRANT2" code=9999888877776666
	[ "$i" = 5 ] && expect_status 403 "the fifth wrong code is refused"
done
gt_right() {
	rm -f "$TMP/x.jar"
	req GET /grants/login
	form_post /grants/login "$TMP/x.jar" "grant_no=$GRANT2" "code=$GCODE2"
}
gt_right
expect_status 403 "after the wrong codes even the right one waits"
expect_body 'vent lidt, før du prøver igen' "the wait is explained"
expect_no_body 'spærret' "and nothing is locked"
until_status 303 70 gt_right
expect_status 303 "within a minute the right code logs in by itself"

# --- on-time disbursement on edge dates -----------------------------------
edge_pool() {	# edge_pool NAME DEADLINE-OFFSET: closed yesterday, one application awarded today
	id=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, disbursement_deadline, status) VALUES ('$1', 'Kant', 100, 2026, current_date - 30, current_date - 1, current_date + ($2), 'closed') RETURNING id" | head -n 1)
	sql "INSERT INTO application (pool_id, draft_no, resume_hash, case_no, status, submitted, decided) VALUES ($id, lpad(($id * 7919 % 90000000 + 10000000)::text, 8, '0'), '\$argon2id\$x', 'KANT-$id', 'awarded', current_date - 5, current_date)" >/dev/null
	echo "$id"
}
e1=$(edge_pool "Kant: frist i dag" 0)
e2=$(edge_pool "Kant: frist i går" -1)
e3=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, disbursement_deadline, status) VALUES ('Kant: uafgjort', 'Kant', 100, 2026, current_date - 30, current_date - 1, current_date + 10, 'closed') RETURNING id" | head -n 1)
sql "INSERT INTO application (pool_id, draft_no, resume_hash, case_no, status, submitted) VALUES ($e3, '99999991', '\$argon2id\$x', 'KANT-U', 'submitted', current_date - 5)" >/dev/null
req GET "/staff/pools/$e1" -b "$SJ"
expect_body 'Udmøntet rettidigt' "decided on the deadline day is on time"
req GET "/staff/pools/$e2" -b "$SJ"
expect_body 'Udmøntet for sent' "decided the day after the deadline is late"
req GET "/staff/pools/$e3" -b "$SJ"
expect_body 'I risiko for forsinkelse' "undecided 10 days before the deadline is at risk"
req GET /staff/pools/ -b "$SJ"
expect_body 'I risiko for forsinket udmøntning' "the pool list shows the pools at risk first"

# --- CSV import: all or nothing -------------------------------------------
before=$(sql "SELECT count(*) FROM submission")
printf 'type;tilsagn;sagsnummer;modtaget;afgjort;udfald;pauser\nregnskab;GAMMEL-1;RG-2023-900001;2023-01-10;2023-05-01;godkendt;2023-02-01/2023-02-15\nstatusrapport;GAMMEL-2;;2023-13-01;;;\nregnskab;GAMMEL-3;;2023-03-01;2023-02-01;godkendt;\n' > "$TMP/bad.csv"
req GET /staff/import -b "$SJ"
mp_post /staff/import "$SJ" -F "file=@$TMP/bad.csv;type=text/csv"
expect_status 422 "a CSV file with bad rows is refused"
expect_body 'Linje 3: »modtaget« skal være en dato' "the bad date is reported by line"
expect_body 'Linje 4: »afgjort« ligger før »modtaget«' "every bad row is reported"
after=$(sql "SELECT count(*) FROM submission")
expect "nothing is half-imported" [ "$before" = "$after" ]
# The pause column: each rule of grant_pauses_parse() by line.
printf 'type;tilsagn;sagsnummer;modtaget;afgjort;udfald;pauser\nregnskab;P-1;;2023-01-10;;;2023-02-15/2023-02-01\nregnskab;P-2;;2023-01-10;2023-05-01;godkendt;2023-02-01/\nregnskab;P-3;;2023-01-10;;;2023-01-01/2023-02-01\nregnskab;P-4;;2023-01-10;;;2023-02-01\nregnskab;P-5;;2023-01-10;;;2023-02-30/\n' > "$TMP/pauses.csv"
mp_post /staff/import "$SJ" -F "file=@$TMP/pauses.csv;type=text/csv"
expect_status 422 "a CSV file with bad pauses is refused"
expect_body 'Linje 2: En pause slutter før den begynder.' "a pause that ends before it begins is named"
expect_body 'Linje 3: En afgjort sag kan ikke have en åben pause.' "an open pause in a decided case is named"
expect_body 'Linje 4: En pause begynder før sagen blev modtaget.' "a pause before the case is named"
expect_body 'Linje 5: En pause skal skrives start/slut.' "a pause without its slash is named"
expect_body 'Linje 6: En pause har en ugyldig dato.' "a pause on a day that does not exist is named"
after=$(sql "SELECT count(*) FROM submission")
expect "and nothing of it is imported" [ "$before" = "$after" ]
printf 'type,tilsagn,sagsnummer,modtaget,afgjort,udfald,pauser\nregnskab,GAMMEL-1,RG-2023-900001,2023-01-10,2023-05-01,godkendt,2023-02-01/2023-02-15\nstatusrapport,GAMMEL-2,,2023-06-01,,,\n' > "$TMP/good.csv"
req GET /staff/import -b "$SJ"
mp_post /staff/import "$SJ" -F "file=@$TMP/good.csv;type=text/csv"
expect_status 303 "a good CSV file is imported"
expect_header '^Location: /staff/import\?batch=[0-9]+' "and the result has its own address"
req GET "$(sed -n 's/^Location: //p' "$HDRS" | tr -d '\r')" -b "$SJ"
expect_body '2 sager er importeret' "the import reports its count"
n=$(sql "SELECT count(*) FROM case_pause p JOIN submission s ON s.id = p.submission_id WHERE s.case_no = 'RG-2023-900001' AND p.started = '2023-02-01' AND p.ended = '2023-02-15'")
expect "imported pauses are kept as data" [ "$n" = 1 ]
req GET /staff/import -b "$SJ"
mp_post /staff/import "$SJ" -F "file=@$TMP/good.csv;type=text/csv"
expect_status 303 "importing the same file again is answered with the first import"
req GET "$(sed -n 's/^Location: //p' "$HDRS" | tr -d '\r')" -b "$SJ"
expect_body 'blev allerede importeret' "the repeat says the file was imported already"
printf 'type,tilsagn,sagsnummer,modtaget,afgjort,udfald,pauser\nstatusrapport,GAMMEL-7,,2023-06-02,,,\nregnskab,GAMMEL-1,RG-2023-900001,2023-01-10,2023-05-01,godkendt,\n' > "$TMP/dup.csv"
req GET /staff/import -b "$SJ"
mp_post /staff/import "$SJ" -F "file=@$TMP/dup.csv;type=text/csv"
expect_status 422 "importing the same case number twice is refused"
expect_body 'Sagsnummeret findes allerede' "the duplicate is named"
n=$(sql "SELECT count(*) FROM submission")
expect "and nothing of the second file is imported" [ "$n" = $((after + 2)) ]

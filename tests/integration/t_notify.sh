# The event mails (issue 11), through the stack's own mailer and
# smtp-sink: the receipt to the grant's contact e-mail when a status
# report or accounts arrive (To, Subject, Auto-Submitted, the link from
# base_url, never the access code); a repeat of the POST makes one mail; a
# POST refused by validation (rolled back) makes none; a grant without an
# address gets none.  The whistleblower mails (no content, dated to the
# hour), and the caseworker's message, return, approval and rejection,
# each delivered through the sink with its subject and link and without
# the caseworker's text or the access code.

NT_CODE=6161727283839494
NT_BASE=$(sed -n 's/^base_url = //p' "$FRIST_VAR"/etc/*.conf | head -n 1)
nt_hash=$(printf '%s\n' "$NT_CODE" | "$SRC/build/frist-tool" pwhash)
nt_pool=$(sql "SELECT min(id) FROM pool")
nt_award() {	# nt_award GRANT_NO EMAIL: a grant with a status report due
	echo "WITH w AS (INSERT INTO award (grant_no, pool_id, org_name, title, amount_ore, period_start, period_end, accounting, auditor, access_hash, contact_email) VALUES (:'g', :'p', 'Postforeningen', 'Postprojekt', 10000000, current_date - 10, current_date + 300, false, false, :'h', :'e') RETURNING id) INSERT INTO obligation (award_id, kind, seq, due) SELECT id, 'status', 1, current_date + 20 FROM w RETURNING id" |
	    sh "$SRC/tools/frist-ctl" psql -tA -v g="$1" -v p="$nt_pool" -v h="$nt_hash" -v e="$2" | head -n 1
}
nt_denied() { case $1 in *"permission denied"*) return 0 ;; esac; return 1; }
nt_absent() { ! grep -q -F -- "$1" "$2"; }	# nt_absent STRING FILE
nt_login() {	# nt_login JAR GRANT_NO
	rm -f "$1"
	req GET /grants/login -b "$1" -c "$1"
	form_post /grants/login "$1" "grant_no=$2" "code=$NT_CODE"
}

# --- the receipt ------------------------------------------------------------
NTO=$(nt_award TS-2026-7901 modtager@example.dk)
NJ=$TMP/notify.jar
nt_login "$NJ" TS-2026-7901
expect_status 303 "the test recipient logs in"
nt_before=$(sql "SELECT count(*) FROM outbox WHERE kind = 'receipt'")

req GET "/grants/my/obligations/$NTO" -b "$NJ"
mp_post "/grants/my/obligations/$NTO" "$NJ" -F "progress=" -F "milestones=Intet endnu."
expect_status 422 "a status report without progress is refused"
expect "the refused POST queued no mail" \
    [ "$(sql "SELECT count(*) FROM outbox WHERE kind = 'receipt'")" = "$nt_before" ]

mp_post "/grants/my/obligations/$NTO" "$NJ" -F "progress=Godt i gang." -F "milestones=Intet endnu."
expect_status 303 "the status report is submitted"
NTS=$(sed -n 's/^Location: \/grants\/my\/cases\/\([0-9]*\).*/\1/p' "$HDRS" | tr -d '\r')
NTNO=$(sql "SELECT case_no FROM submission WHERE id = ${NTS:-0}")
# The same POST again (its one-time key and all): the same case, no mail.
req POST "/grants/my/obligations/$NTO" -b "$NJ" -c "$NJ" -F "csrf=$t" -F "once=$o" \
    -F "progress=Godt i gang." -F "milestones=Intet endnu."
expect "a repeat of the POST answers with the case" [ "$STATUS" = 303 ]
n=$(sql "SELECT count(*) FROM outbox WHERE dedup = 'receipt:sub:$NTS:v1'")
expect "one receipt row, keyed by the submission and version ($n)" [ "$n" = 1 ]
n=$(sql "SELECT count(*) FROM outbox WHERE kind = 'receipt'")
expect "and no other ($n)" [ "$n" = $((nt_before + 1)) ]
n=$(sql "SELECT to_addr FROM outbox WHERE dedup = 'receipt:sub:$NTS:v1'")
expect "to the grant's contact e-mail" [ "$n" = modtager@example.dk ]

expect "the mailer sends it" outbox_sent "receipt:sub:$NTS:v1"
f=$(outbox_file "receipt:sub:$NTS:v1")
expect "it arrives at the sink" [ -n "$f" ]
if [ -n "$f" ] && python3 "$SRC/tests/integration/mailparse.py" "$f" > "$TMP/nt-receipt.txt"; then
	pass "the receipt parses as text/plain"
	expect "To is the contact e-mail" grep -q -x 'To: modtager@example.dk' "$TMP/nt-receipt.txt"
	expect "the Subject names the report and the grant" \
	    grep -q -x 'Subject: Kvittering: statusrapport modtaget for tilsagn TS-2026-7901' "$TMP/nt-receipt.txt"
	expect "Auto-Submitted: auto-generated" grep -q -x 'Auto-Submitted: auto-generated' "$TMP/nt-receipt.txt"
	expect "the body names the case ($NTNO)" grep -q -F "Sagen har nummer $NTNO." "$TMP/nt-receipt.txt"
	expect "the link is built from base_url ($NT_BASE)" \
	    grep -q -F "$NT_BASE/grants/my/cases/$NTS" "$TMP/nt-receipt.txt"
	expect "no access code in the message" nt_absent "$NT_CODE" "$f"
else
	fail "the receipt parses as text/plain"
fi

# --- a grant without an address -----------------------------------------------
NTO2=$(nt_award TS-2026-7902 '')
NJ2=$TMP/notify2.jar
nt_login "$NJ2" TS-2026-7902
req GET "/grants/my/obligations/$NTO2" -b "$NJ2"
mp_post "/grants/my/obligations/$NTO2" "$NJ2" -F "progress=Også i gang." -F "milestones=Intet."
expect_status 303 "a grant without an address reports"
n=$(sql "SELECT count(*) FROM outbox WHERE kind = 'receipt'")
expect "and gets no receipt ($n)" [ "$n" = $((nt_before + 1)) ]

# --- the whistleblower mails (sql/030's trigger) ------------------------------
# A whistleblower-role staff member with an address, one without, one
# inactive, and one of another role: only the first gets the mails (the
# demo user, a whistleblower with an address, gets them too).
nt_pw=$(printf 'x\n' | "$SRC/build/frist-tool" pwhash)
nt_staff() { echo "$1" | sh "$SRC/tools/frist-ctl" psql -tA -v pw="$nt_pw" | head -n 1; }
NT_WB=$(nt_staff "INSERT INTO staff (username, name, pw_hash, roles, email) VALUES ('nt-wb', 'NT WB', :'pw', ARRAY['whistleblower'], 'wb-post@example.dk') RETURNING id" | head -n 1)
nt_staff "INSERT INTO staff (username, name, pw_hash, roles, email) VALUES ('nt-wb0', 'NT WB0', :'pw', ARRAY['whistleblower'], '')" >/dev/null
nt_staff "INSERT INTO staff (username, name, pw_hash, roles, email, active) VALUES ('nt-wb1', 'NT WB1', :'pw', ARRAY['whistleblower'], 'wb-ude@example.dk', false)" >/dev/null
nt_staff "INSERT INTO staff (username, name, pw_hash, roles, email) VALUES ('nt-gr', 'NT GR', :'pw', ARRAY['grants'], 'gr-post@example.dk')" >/dev/null
NT_CANARY="NTKANARIE$RANDOM$RANDOM"
# Only this test's rows are looked at: earlier tests' reports queue mails
# to the demo user, and those go out when the hour turns during the run.
# Nor may the hour turn between the report and the checks below.
nt_ob0=$(sql "SELECT coalesce(max(id), 0) FROM outbox")
[ "$(date +%M)" = 59 ] && [ "$(date +%S)" -ge 45 ] && sleep $((61 - $(date +%S)))
printf 'Bilag %s\n' "$NT_CANARY" > "$TMP/nt-bilag.txt"
req GET /whistleblower/
t=$(csrf) o=$(once_key)
cause=$(sql "SELECT min(id) FROM whistle_cause")
req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F "subject=Bostedet $NT_CANARY" \
    -F offer_type=voksen -F relation=ansat -F "cause=$cause" \
    -F "description=Beskrivelse $NT_CANARY" -F anonymity=named -F "name=Navn $NT_CANARY" \
    -F "contact=$NT_CANARY@example.dk" -F consent_name=1 \
    -F "attachment=@$TMP/nt-bilag.txt;filename=fil-$NT_CANARY.txt"
expect_status 200 "a whistleblower report with the canary in every field is received"
NT_CODE_WB=$(sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY" | tr -d ' ')
NT_R=$(sql "SELECT max(id) FROM whistle_report")
n=$(sql "SELECT count(*) FROM outbox WHERE kind = 'wb_new' AND dedup = 'wb_new:$NT_R:$NT_WB' AND to_addr = 'wb-post@example.dk'")
expect "one wb_new mail to the active whistleblower staff member with an address" [ "$n" = 1 ]
n=$(sql "SELECT count(*) FROM outbox WHERE kind IN ('wb_new', 'wb_reply') AND to_addr IN ('wb-ude@example.dk', 'gr-post@example.dk', '')")
expect "none to an inactive one, one without the role or one without an address" [ "$n" = 0 ]
req GET /whistleblower/mailbox
t=$(csrf)
req POST /whistleblower/mailbox --data-urlencode "csrf=$t" --data-urlencode "code=$NT_CODE_WB" \
    --data-urlencode action=reply --data-urlencode "reply=Svar $NT_CANARY"
expect_body 'Dit svar er sendt' "the reporter replies with the canary"
n=$(sql "SELECT count(*) || ':' || string_agg(to_addr, ',') FROM outbox WHERE kind = 'wb_reply' AND dedup LIKE 'wb_reply:%:$NT_WB'")
expect "one wb_reply mail to the same staff member ($n)" [ "$n" = "1:wb-post@example.dk" ]
# The outbox keeps no time of the report: dated to the hour, sent with
# the next hour's batch (sql/030).  Then released here, as the hour would.
n=$(sql "SELECT count(*) FROM outbox WHERE kind IN ('wb_new', 'wb_reply') AND id > $nt_ob0 AND (created_at <> date_trunc('hour', created_at) OR not_before <> created_at + interval '1 hour' OR state <> 'queued' OR claimed_at IS NOT NULL)")
expect "the whistleblower mails are dated to the hour and wait for the next one ($n not)" [ "$n" = 0 ]
sleep 1.5
n=$(sql "SELECT count(*) FROM outbox WHERE kind IN ('wb_new', 'wb_reply') AND id > $nt_ob0 AND state <> 'queued'")
expect "and are not sent before it ($n sent)" [ "$n" = 0 ]
sql "UPDATE outbox SET not_before = now(), next_try = now() WHERE kind IN ('wb_new', 'wb_reply') AND state = 'queued'; SELECT pg_notify('outbox', '')" >/dev/null
expect "the wb_new mail is sent" outbox_sent "wb_new:$NT_R:$NT_WB"
nt_m=$(sql "SELECT dedup FROM outbox WHERE kind = 'wb_reply' AND dedup LIKE 'wb_reply:%:$NT_WB'")
expect "the wb_reply mail is sent" outbox_sent "$nt_m"
for d in "wb_new:$NT_R:$NT_WB" "$nt_m"; do
	f=
	[ -n "$d" ] && f=$(outbox_file "$d")
	if [ -n "$f" ] && python3 "$SRC/tests/integration/mailparse.py" "$f" > "$TMP/nt-wb.txt"; then
		pass "$d arrives and parses"
		expect "$d: To" grep -q -x 'To: wb-post@example.dk' "$TMP/nt-wb.txt"
		expect "$d: Auto-Submitted" grep -q -x 'Auto-Submitted: auto-generated' "$TMP/nt-wb.txt"
		expect "$d: the link from base_url" grep -q -F "$NT_BASE/staff/whistle/" "$TMP/nt-wb.txt"
	else
		fail "$d arrives and parses"
	fi
done
expect "the subjects are the fixed ones" [ "$(sql "SELECT string_agg(DISTINCT subject, '|' ORDER BY subject) FROM outbox WHERE kind IN ('wb_new', 'wb_reply')")" = "Ny indberetning i whistleblowerordningen|Nyt svar i whistleblowerordningen" ]
n=$(find "$FRIST_VAR/mail" -type f -print0 | xargs -0 -r grep -l -F -- "$NT_CANARY" | wc -l)
expect "no message file holds the canary ($n)" [ "$n" = 0 ]
expect "no outbox row holds it" [ "$(sql "SELECT count(*) FROM outbox WHERE strpos(subject || body || to_addr, '$NT_CANARY') > 0")" = 0 ]
expect "nor the receipt code" [ "$(sql "SELECT count(*) FROM outbox WHERE strpos(body, '$NT_CODE_WB') > 0")" = 0 ]
n=$(sql_as whistle "SELECT count(*) FROM outbox" 2>&1)
expect "the whistle role still cannot read the outbox" nt_denied "$n"

# --- the caseworker's steps: message, return, approve, reject -----------------
new_staff nt-case nt-case-pw-1
JAR=$TMP/notify-staff.jar
staff_login nt-case nt-case-pw-1
SJ=$JAR
req GET "/staff/cases/$NTS" -b "$SJ"
form_post "/staff/cases/$NTS" "$SJ" action=take
expect_status 303 "a handler takes the case"
n0=$(sql "SELECT count(*) FROM outbox WHERE dedup LIKE 'case:$NTS:%'")
expect "taking a case mails nobody" [ "$n0" = 0 ]
req GET "/staff/cases/$NTS" -b "$SJ"
form_post "/staff/cases/$NTS" "$SJ" action=message message=
expect_status 422 "a message needs text"
form_post "/staff/cases/$NTS" "$SJ" action=message "message=Hej $NT_CANARY"
expect_status 303 "the handler sends a message"
req GET "/staff/cases/$NTS" -b "$SJ"
form_post "/staff/cases/$NTS" "$SJ" action=return "message=Ret det $NT_CANARY"
expect_status 303 "the case is returned"
n=$(sql "SELECT string_agg(kind || '>' || to_addr, ',' ORDER BY id) FROM outbox WHERE dedup LIKE 'case:$NTS:%'")
expect "a message and a return mail to the contact e-mail ($n)" [ "$n" = "case_message>modtager@example.dk,case_returned>modtager@example.dk" ]
expect "the return's key names the version" [ "$(sql "SELECT count(*) FROM outbox WHERE dedup = 'case:$NTS:returned:v1'")" = 1 ]
req GET "/grants/my/obligations/$NTO" -b "$NJ"
mp_post "/grants/my/obligations/$NTO" "$NJ" -F "progress=Rettet." -F "milestones=Intet endnu."
expect_status 303 "the recipient resubmits"
expect "a receipt for version 2" [ "$(sql "SELECT count(*) FROM outbox WHERE dedup = 'receipt:sub:$NTS:v2'")" = 1 ]
req GET "/staff/cases/$NTS" -b "$SJ"
form_post "/staff/cases/$NTS" "$SJ" action=approve message=
expect_status 200 "approval asks for confirmation"
n=$(sql "SELECT count(*) FROM outbox WHERE dedup = 'case:$NTS:approved'")
expect "the confirmation page queues nothing" [ "$n" = 0 ]
confirm_post "/staff/cases/$NTS" "$SJ"
expect_status 303 "the report is approved"
confirm_post "/staff/cases/$NTS" "$SJ"
expect "one approval mail, also after a repeat" [ "$(sql "SELECT count(*) FROM outbox WHERE dedup = 'case:$NTS:approved'")" = 1 ]

# nt_case_mail NAME DEDUP CASE SUBJECT: the case mail with that key arrives at
# the sink, to the contact e-mail, with its subject and the case's link,
# and holds neither the caseworker's text nor the access code.
nt_case_mail() {
	nt_n=$1; shift
	expect "the $nt_n mail is sent" outbox_sent "$1"
	f=$(outbox_file "$1")
	if [ -n "$f" ] && python3 "$SRC/tests/integration/mailparse.py" "$f" > "$TMP/nt-case.txt"; then
		pass "the $nt_n mail arrives and parses"
		expect "$nt_n: To" grep -q -x 'To: modtager@example.dk' "$TMP/nt-case.txt"
		expect "$nt_n: Subject: $3" grep -q -x -F "Subject: $3" "$TMP/nt-case.txt"
		expect "$nt_n: the link" grep -q -F "$NT_BASE/grants/my/cases/$2" "$TMP/nt-case.txt"
		expect "$nt_n: not the caseworker's text" nt_absent "$NT_CANARY" "$f"
		expect "$nt_n: no access code" nt_absent "$NT_CODE" "$f"
	else
		fail "the $nt_n mail arrives and parses"
	fi
}
nt_m=$(sql "SELECT dedup FROM outbox WHERE kind = 'case_message' AND dedup LIKE 'case:$NTS:message:%'")
nt_case_mail message "$nt_m" "$NTS" "Ny besked i sag $NTNO, tilsagn TS-2026-7901"
nt_case_mail return "case:$NTS:returned:v1" "$NTS" "Sendt retur til rettelse: sag $NTNO, tilsagn TS-2026-7901"
nt_case_mail approval "case:$NTS:approved" "$NTS" "Godkendt: sag $NTNO, tilsagn TS-2026-7901"

# A second report of another grant, rejected with a reason.
NTO2=$(nt_award TS-2026-7903 modtager@example.dk)
NJ2=$TMP/notify2.jar
nt_login "$NJ2" TS-2026-7903
req GET "/grants/my/obligations/$NTO2" -b "$NJ2"
mp_post "/grants/my/obligations/$NTO2" "$NJ2" -F "progress=Lidt." -F "milestones=Ingen."
expect_status 303 "a second status report is submitted"
NTS2=$(sed -n 's/^Location: \/grants\/my\/cases\/\([0-9]*\).*/\1/p' "$HDRS" | tr -d '\r')
NTNO2=$(sql "SELECT case_no FROM submission WHERE id = ${NTS2:-0}")
req GET "/staff/cases/$NTS2" -b "$SJ"
form_post "/staff/cases/$NTS2" "$SJ" action=take
req GET "/staff/cases/$NTS2" -b "$SJ"
form_post "/staff/cases/$NTS2" "$SJ" action=reject "message=Mangler bilag $NT_CANARY"
expect_status 200 "a rejection asks for confirmation"
confirm_post "/staff/cases/$NTS2" "$SJ"
expect_status 303 "the report is rejected"
confirm_post "/staff/cases/$NTS2" "$SJ"
expect "one rejection mail, also after a repeat" [ "$(sql "SELECT count(*) FROM outbox WHERE dedup = 'case:$NTS2:rejected'")" = 1 ]
nt_case_mail rejection "case:$NTS2:rejected" "$NTS2" "Afvist: sag $NTNO2, tilsagn TS-2026-7903"
n=$(sql "SELECT count(*) FROM outbox WHERE strpos(body, '$NT_CANARY') > 0")
expect "no mail holds the message's text" [ "$n" = 0 ]

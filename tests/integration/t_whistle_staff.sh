# The whistleblower channel, staff side: access by role, the queue with its
# deadlines, a report opened with the authority's key, registration and
# triage, messages (encrypted, and seen in the reporter's mailbox) and
# internal notes (not seen there), closing, file downloads, the
# append-only audit log, the statistics against the annual report's 2021
# Tabel 7, and retention.

SCANARY="PERSONALE$RANDOM$RANDOM"
ws_submit() {	# ws_submit CURL-ARGS...: a report through the public form; sets WS_CODE
	req GET /whistleblower/
	t=$(csrf) o=$(once_key)
	req POST /whistleblower/ -F "csrf=$t" -F "once=$o" "$@"
	WS_CODE=$(sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY" | tr -d ' ')
}
ws_post() {	# ws_post PATH field=value... (urlencoded, CSRF and one-time key from $BODY, as staff)
	p=$1; shift
	t=$(csrf) o=$(once_key)
	args=(--data-urlencode "csrf=$t" --data-urlencode "once=$o")
	for kv in "$@"; do args+=(--data-urlencode "$kv"); done
	req POST "$p" -b "$WJ" -c "$WJ" "${args[@]}"
}
ws_mailbox() {	# ws_mailbox CODE: the reporter's mailbox
	req GET /whistleblower/mailbox
	t=$(csrf)
	req POST /whistleblower/mailbox --data-urlencode "csrf=$t" --data-urlencode "code=$1"
}
ws_row() {	# ws_row LABEL PREV CUR CHANGE: one row of a statistics table
	expect_body "<tr><th scope=\"row\">$1</th><td class=\"num\">$2</td><td class=\"num\">$3</td><td class=\"num\">$4</td></tr>" \
	    "statistics: $1 $2 -> $3 ($4)"
}

# --- reports come in through the public form -----------------------------
ledelse=$(sql "SELECT id FROM whistle_cause WHERE label LIKE 'Ledelse%'")
printf 'Vagtplan med %s\n' "$SCANARY" > "$TMP/vagtplan.txt"
ws_submit -F "subject=Bostedet Kastanjen $SCANARY" -F offer_type=voksen -F relation=paaroerende \
    -F "cause=$ledelse" -F "description=Natten igennem er der kun én vagt. $SCANARY-BESKRIVELSE" \
    -F anonymity=named -F "name=Karen Pårørende" -F "contact=karen@example.dk" \
    -F consent_received=1 -F consent_content=1 \
    -F "attachment=@$TMP/vagtplan.txt;filename=vagtplan-uge-12.txt"
expect_status 200 "a named report is submitted through the public form"
CODE1=$WS_CODE
R1=$(sql "SELECT max(id) FROM whistle_report")
CASE1=$(sql "SELECT case_no FROM whistle_report WHERE id = $R1")
ws_submit -F "subject=Plejefamilien Birk" -F offer_type=plejefamilie -F relation=nabo \
    -F "description=Børnene er alene hjemme. $SCANARY-ANDEN" -F anonymity=anonymous \
    -F "attachment=@$TMP/vagtplan.txt;filename=noter.txt"
expect_status 200 "an anonymous report is submitted"
R2=$(sql "SELECT max(id) FROM whistle_report")
expect "the two reports are two records" [ -n "$R1" -a "$R2" -gt "$R1" ]

# --- only staff with the whistleblower role --------------------------------
new_staff wsnorole "Hemmeligt-kodeord-42"
staff_login wsnorole "Hemmeligt-kodeord-42"
req GET /staff/whistle/ -b "$JAR"
expect_status 403 "staff without the whistleblower role are refused the queue"
expect_body 'ikke adgang til whistleblowerordningen' "the refusal says why, in Danish"
req GET "/staff/whistle/$R1" -b "$JAR"
expect_status 403 "... and the report"
expect_no_body "$SCANARY" "... and see none of it"
req GET /staff/whistle/stats -b "$JAR"
expect_status 403 "... and the statistics"
req GET /staff/ -b "$JAR"
expect_no_body '/staff/whistle/' "their front page does not mention the channel"

WJ=$TMP/whistle-staff.jar
staff_login demo "$DEMO_PW"
cp "$JAR" "$WJ"
req GET /staff/ -b "$WJ"
expect_body 'href="/staff/whistle/"' "the front page links to the whistleblower queue"

# --- the queue ---------------------------------------------------------------
req GET /staff/whistle/ -b "$WJ"
expect_status 200 "the queue"
expect_body "$CASE1" "the new report is in the queue"
expect_no_body "$SCANARY" "the queue shows no content"
ack=$(sql "SELECT to_char(received + 7, 'YYYY-MM-DD') FROM whistle_report WHERE id = $R1")
fb=$(sql "SELECT to_char(received + interval '3 months', 'YYYY-MM-DD') FROM whistle_report WHERE id = $R1")
expect_body "$ack: afventer" "the acknowledgement deadline (7 days) is shown, pending"
expect_body "$fb: afventer" "the feedback deadline (3 months) is shown, pending"
expect_body "Registrering " "the registration deadline is shown"
expect_body 'href="/staff/whistle/stats"' "the queue links to the statistics"

# --- one report --------------------------------------------------------------
req GET "/staff/whistle/$R1" -b "$WJ"
expect_status 200 "the report page"
expect_body "$SCANARY-BESKRIVELSE" "the description is decrypted for staff"
expect_body "Bostedet Kastanjen $SCANARY" "so is the name of the offer"
expect_body 'Karen Pårørende' "a named reporter's name is shown"
expect_body 'Anmelderens navn: <strong class="error-msg">Nej, må ikke videregives' "a consent not given is shown as such"
expect_body 'Indholdet af henvendelsen: <strong>Ja, må videregives' "a consent given is shown as such"
expect_body '§ 11, stk. 4' "the consents name their legal basis"
expect_body '<dd>Pårørende</dd>' "the reporter's relation is shown"
expect_body 'Ledelse – dårlig eller manglende' "the reporter's cause is shown"
expect_body "$ack" "the report page shows the deadlines"
expect_body 'vagtplan-uge-12.txt' "the attachment is listed by its decrypted name"
FID=$(sql "SELECT id FROM whistle_file WHERE report_id = $R1")
req GET "/staff/whistle/files/$FID" -b "$WJ"
expect_status 200 "the attachment downloads"
expect_header '^Content-Disposition: attachment' "always as an attachment"
expect "the download is the decrypted file" cmp -s "$BODY" "$TMP/vagtplan.txt"
req GET "/staff/whistle/$R2" -b "$WJ"
expect_body 'Anonym.' "an anonymous report says so"
expect_no_body 'videregives' "and asks no consents"
req GET /staff/whistle/99999999 -b "$WJ"
expect_status 404 "an unknown report"

# --- registration and triage ---------------------------------------------------
paed=$(sql "SELECT id FROM whistle_cause WHERE label = 'Pædagogik'")
req GET "/staff/whistle/$R1" -b "$WJ"
expect_body 'value="Bostedet Kastanjen' "registration is prefilled with the reporter's offer name"
ws_post "/staff/whistle/$R1" action=register "reg_name=Bostedet Kastanjen, afd. Nord" \
    reg_offer_type=kombineret "reg_cause=$paed" risk=hoej risk_reason= act_opkald=1
expect_status 422 "a risk assessment without a reason is refused"
expect_body 'Udfyld feltet »Begrundelse for risikovurderingen«' "the missing reason is named"
expect_body 'value="Bostedet Kastanjen, afd. Nord"' "the typed name is kept"
expect_body 'value="kombineret" selected' "the chosen offer type is kept"
expect_body "value=\"$paed\" selected" "the chosen cause is kept"
expect_body 'value="hoej" selected' "the chosen risk is kept"
expect_body 'name="act_opkald" value="1" checked' "the ticked action is kept"
expect_no_body 'name="act_redegoerelse" value="1" checked' "an unticked action stays unticked"
n=$(sql "SELECT coalesce(registered::text, 'none') || status FROM whistle_report WHERE id = $R1")
expect "nothing is registered by a refused form" [ "$n" = nonereceived ]
ws_post "/staff/whistle/$R1" action=register "reg_name=Bostedet Kastanjen, afd. Nord" \
    reg_offer_type=kombineret "reg_cause=999999" risk=hoej "risk_reason=x"
expect_status 422 "a cause not on the list is refused"
ws_post "/staff/whistle/$R1" action=register "reg_name=Bostedet Kastanjen, afd. Nord" \
    reg_offer_type=kombineret "reg_cause=$paed" risk=hoej \
    "risk_reason=Gentagne oplysninger om nattevagt. $SCANARY-RISIKO" act_opkald=1 act_naeste_tilsyn=1
expect_status 303 "the report is registered"
expect_header "^Location: /staff/whistle/$R1" "back to the report"
n=$(sql "SELECT (registered = current_date)::text || status || reg_offer_type || risk || (reg_cause_id = $paed)::text || array_to_string(actions, ',') FROM whistle_report WHERE id = $R1")
expect "registered today, in treatment, with type, risk, cause and actions" [ "$n" = "truetreatmentkombinerethoejtruenaeste_tilsyn,opkald" ]
n=$(sql "SELECT count(*) FROM whistle_report WHERE id = $R1 AND triage IS NOT NULL AND position('$SCANARY' IN encode(triage, 'escape')) = 0")
expect "the triage (name and reason) is stored encrypted" [ "$n" = 1 ]
req GET "/staff/whistle/$R1" -b "$WJ"
expect_body "$SCANARY-RISIKO" "the risk reason is shown decrypted"
expect_body '<dd><strong>Høj</strong></dd>' "the risk is shown"
expect_body '<li>Opkald til tilbuddet</li>' "the planned actions are shown"
expect_body 'Ret registreringen' "a registered report can be corrected"

# --- messages and notes ------------------------------------------------------------
ws_post "/staff/whistle/$R1" action=message message=
expect_status 422 "an empty message is refused"
expect_body 'Udfyld feltet »Besked til anmelderen«' "the missing text is named"
ws_post "/staff/whistle/$R1" action=message "message=Tak, vi har modtaget din henvendelse. $SCANARY-BESKED"
expect_status 303 "a message to the reporter is sent"
n=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1 AND NOT from_reporter AND NOT internal")
expect "it is stored as a message from staff" [ "$n" = 1 ]
n=$(sql "SELECT encode(body, 'escape') FROM whistle_message" | grep -c "$SCANARY")
expect "no message is stored in clear text (canary)" [ "$n" = 0 ]
n=$(sql "SELECT (acknowledged = current_date)::text || (feedback IS NULL)::text FROM whistle_report WHERE id = $R1")
expect "the first message acknowledges the report, it is not yet feedback" [ "$n" = truetrue ]
req GET "/staff/whistle/$R1" -b "$WJ"
ws_post "/staff/whistle/$R1" action=note "note=Ring til lederen. $SCANARY-NOTE"
expect_status 303 "an internal note is saved"
n=$(sql "SELECT count(*) FROM whistle_message WHERE report_id = $R1 AND internal")
expect "it is stored as internal" [ "$n" = 1 ]
req GET "/staff/whistle/$R1" -b "$WJ"
expect_body "$SCANARY-BESKED" "the thread shows the message"
expect_body "$SCANARY-NOTE" "the thread shows the note"
expect_body 'Ses ikke af anmelderen' "the note is marked internal"
ws_mailbox "$CODE1"
expect_body "$SCANARY-BESKED" "the reporter reads the message in the mailbox"
expect_no_body "$SCANARY-NOTE" "the reporter never sees an internal note"
printf 'Billede fra %s\n' "$SCANARY" > "$TMP/svar.txt"
t=$(csrf)
req POST /whistleblower/mailbox -F "csrf=$t" -F "code=$CODE1" -F action=reply \
    -F "reply=Det er især i weekenden. $SCANARY-SVAR" -F "attachment=@$TMP/svar.txt;filename=weekend.txt"
expect_status 200 "the reporter answers through the mailbox, with a file"
req GET "/staff/whistle/$R1" -b "$WJ"
expect_body "$SCANARY-SVAR" "staff read the reporter's answer, decrypted"
expect_body 'Fra anmelderen' "marked as from the reporter"
expect_body 'weekend.txt' "the reporter's new file is listed"
req GET "/staff/whistle/$R1" -b "$WJ"
ws_post "/staff/whistle/$R1" action=message "message=Vi har været på uanmeldt besøg." feedback=1
expect_status 303 "a message marked as feedback is sent"
n=$(sql "SELECT (feedback = current_date)::text FROM whistle_report WHERE id = $R1")
expect "it sets the feedback date" [ "$n" = true ]

# --- closing -------------------------------------------------------------------------
req GET "/staff/whistle/$R2" -b "$WJ"
ws_post "/staff/whistle/$R2" action=close closing_reason=andet
expect_status 422 "an unregistered report cannot be closed"
expect_body 'skal registreres og risikovurderes' "the reason is given"
req GET "/staff/whistle/$R1" -b "$WJ"
ws_post "/staff/whistle/$R1" action=close closing_reason=
expect_status 422 "closing without a reason is refused"
expect_body 'Udfyld feltet »Lukningsårsag«' "the missing closing reason is named"
n=$(sql "SELECT status FROM whistle_report WHERE id = $R1")
expect "the report stays open" [ "$n" = treatment ]
ws_post "/staff/whistle/$R1" action=close closing_reason=videre_undersoegelse
expect_status 303 "the report is closed"
n=$(sql "SELECT status || (closed = current_date)::text || closing_reason || (feedback IS NOT NULL)::text FROM whistle_report WHERE id = $R1")
expect "closed today with its reason" [ "$n" = closedtruevidere_undersoegelsetrue ]
req GET "/staff/whistle/$R1" -b "$WJ"
expect_body 'tag-closed">Lukket</span> ' "the report shows it is closed"
expect_no_body 'name="action" value="close"' "a closed report offers no closing"
expect_no_body 'name="action" value="register"' "nor registration"
ws_post "/staff/whistle/$R1" action=close closing_reason=andet
expect_status 409 "a closed report cannot be closed again"
req GET /staff/whistle/ -b "$WJ"
expect_body 'Anden videre undersøgelse' "the queue lists it among the closed"

# --- the audit log ------------------------------------------------------------------
for a in view register message note close file; do
	n=$(sql "SELECT count(*) FROM whistle_audit WHERE report_id = $R1 AND action = '$a' AND staff_id = (SELECT id FROM staff WHERE username = 'demo')")
	expect "the audit log has '$a' by the staff member" [ "$n" -ge 1 ]
done
n=$(sql "SELECT count(*) FROM whistle_audit WHERE detail LIKE '%$SCANARY%'")
expect "the audit log holds no report content" [ "$n" = 0 ]
n=$(sql "SELECT count(*) FROM whistle_audit WHERE staff_id = (SELECT id FROM staff WHERE username = 'wsnorole')")
expect "refused requests read nothing and leave no view" [ "$n" = 0 ]
out=$(sql "DELETE FROM whistle_audit" 2>&1)
expect "the admin cannot delete from the audit log" grep -q 'append-only' <<< "$out"
out=$(sql "UPDATE whistle_audit SET detail = 'x'" 2>&1)
expect "... nor change it" grep -q 'append-only' <<< "$out"
out=$(sql "TRUNCATE whistle_audit" 2>&1)
expect "... nor truncate it" grep -q 'append-only' <<< "$out"
out=$(sql_as staff "DELETE FROM whistle_audit")
expect "the staff role cannot delete from it either" grep -q 'permission denied' <<< "$out"
out=$(sql_as staff "UPDATE whistle_report SET content = NULL WHERE id = $R1")
expect "the staff role cannot change a report's content" grep -q 'permission denied' <<< "$out"

# --- statistics: the annual report's Tabel 7 (2020 and 2021) ---------------------------
# Fixture rows (no content, as if purged): offer types per Tabel 7; the
# 2021 causes and closing reasons as the report gives them.
sql "INSERT INTO whistle_report (case_no, lookup, received, status, offer_type,
    relation, cause_id, named, closed, closing_reason, purged)
SELECT 'FX-' || y || '-' || g,
    decode(md5('fx' || y || '-' || g) || md5('fy' || y || '-' || g), 'hex'),
    make_date(y, 1, 1) + g % 360, 'closed',
    CASE WHEN g <= p THEN 'plejefamilie' WHEN g <= p + b THEN 'boern_unge'
        WHEN g <= p + b + v THEN 'voksen' ELSE 'kombineret' END,
    (ARRAY['ansat', 'tidligere_ansat', 'paaroerende', 'beboer', 'bisidder',
        'nabo', 'fagperson', 'myndighed', 'andet'])[1 + g % 9],
    CASE WHEN y = 2020 THEN NULL
        WHEN g <= 117 THEN (SELECT id FROM whistle_cause WHERE label LIKE 'Ledelse%')
        WHEN g <= 168 THEN (SELECT id FROM whistle_cause WHERE label LIKE 'Socialfaglige%')
        WHEN g <= 216 THEN (SELECT id FROM whistle_cause WHERE label = 'Pædagogik')
        WHEN g <= 253 THEN (SELECT id FROM whistle_cause WHERE label = 'Andet')
        WHEN g <= 258 THEN (SELECT id FROM whistle_cause WHERE label = 'Økonomi')
        END,
    false, make_date(y, 1, 1) + g % 360 + 5,
    CASE WHEN y = 2020 THEN 'andet' WHEN g <= 13 THEN 'udenfor_kompetence'
        WHEN g <= 154 THEN 'videre_undersoegelse' WHEN g <= 226 THEN 'uanmeldt_tilsyn'
        WHEN g <= 235 THEN 'opkald' ELSE 'andet' END,
    make_date(y, 1, 1) + g % 360 + 5
FROM (VALUES (2020, 31, 38, 94, 93), (2021, 33, 24, 144, 156)) AS t (y, p, b, v, k),
    generate_series(1, p + b + v + k) AS g" >/dev/null
n=$(sql "SELECT count(*) FROM whistle_report WHERE case_no LIKE 'FX-%'")
expect "the fixture has 256 + 357 reports" [ "$n" = 613 ]
req GET '/staff/whistle/stats?year=2021' -b "$WJ"
expect_status 200 "statistics for 2021"
ws_row 'Plejefamilier' 31 33 '+6 %'
ws_row 'Børne- og ungetilbud' 38 24 '-37 %'
ws_row 'Voksentilbud' 94 144 '+53 %'
ws_row 'Kombinerede børne-/unge- og voksentilbud' 93 156 '+68 %'
ws_row 'I alt' 256 357 '+39 %'
expect_body '<tr><th scope="row">Ledelse – dårlig eller manglende</th><td class="num">117</td>' "cause 1: Ledelse 117"
expect_body '<tr><th scope="row">Socialfaglige kompetencer – dårlige eller manglende</th><td class="num">51</td>' "cause 2: Socialfaglige kompetencer 51"
expect_body '<tr><th scope="row">Pædagogik</th><td class="num">48</td>' "cause 3: Pædagogik 48"
expect_body '<tr><th scope="row">Øvrige årsager</th><td class="num">42</td>' "the other causes are one line: 37 + 5 = 42"
expect_no_body 'Økonomi' "a cause outside the top three is not named (anonymity)"
expect_no_body '<th scope="row">Andet</th><td class="num">37<' "... nor is Andet"
ws_row 'Udenfor socialtilsynets kompetenceområde' 0 13 '–'
ws_row 'Anden videre undersøgelse' 0 141 '–'
ws_row 'Uanmeldt tilsynsbesøg' 0 72 '–'
ws_row 'Opkald til tilbuddet' 0 9 '–'
ws_row 'Pårørende' 29 40 '+38 %'
n=$(sql "SELECT count(*) FROM whistle_audit WHERE action = 'stats' AND detail = '2021'")
expect "viewing the statistics is audited" [ "$n" = 1 ]
req GET '/staff/whistle/stats?year=abc' -b "$WJ"
expect_status 400 "a malformed year is refused"
req GET /staff/whistle/stats -b "$WJ"
expect_body "Statistik: whistleblowerhenvendelser $(date +%Y)" "the default is this year"
expect_body "<th scope=\"col\" class=\"num\">$(( $(date +%Y) - 1 ))</th>" "compared with the year before"
sql "DELETE FROM whistle_report WHERE case_no LIKE 'FX-%'" >/dev/null

# --- retention ---------------------------------------------------------------------
# R2 was received and closed long ago: the queue's purge destroys its
# content, keys, messages and files; it still counts.
sql "UPDATE whistle_report SET received = '2015-03-02', registered = '2015-03-02',
    status = 'closed', closed = '2015-04-01', closing_reason = 'andet'
    WHERE id = $R2" >/dev/null
n=$(sql "SELECT count(*) FROM whistle_file WHERE report_id = $R2")
expect "before retention the old report has its file" [ "$n" = 1 ]
req GET /staff/whistle/ -b "$WJ"
expect_status 200 "the queue runs the retention rule"
n=$(sql "SELECT (content IS NULL AND key_staff IS NULL AND key_reporter IS NULL AND triage IS NULL)::text || (purged = current_date)::text FROM whistle_report WHERE id = $R2")
expect "the old report's content and keys are destroyed" [ "$n" = truetrue ]
n=$(sql "SELECT (SELECT count(*) FROM whistle_file WHERE report_id = $R2) + (SELECT count(*) FROM whistle_message WHERE report_id = $R2)")
expect "... and its files and messages" [ "$n" = 0 ]
n=$(sql "SELECT count(*) FROM whistle_report WHERE id = $R1 AND content IS NOT NULL")
expect "a report closed today keeps its content" [ "$n" = 1 ]
n=$(sql "SELECT count(*) FROM whistle_audit WHERE action = 'purge'")
expect "the purge is audited" [ "$n" -ge 1 ]
req GET "/staff/whistle/$R2" -b "$WJ"
expect_status 200 "the purged report still opens"
expect_body 'Indholdet blev slettet' "and says its content is deleted"
expect_no_body "$SCANARY" "none of its content is left"
req GET '/staff/whistle/stats?year=2015' -b "$WJ"
ws_row 'Plejefamilier' 0 1 '–'

# The queue lists at most 5000 open reports, but its count is the true
# one, and it says when the list is cut.
sql "INSERT INTO whistle_report (case_no, lookup, received, offer_type,
    relation, named) SELECT 'WB-BULK-' || g, sha256(('bulk' || g)::bytea),
    current_date - 1, 'voksen', 'ansat', false
    FROM generate_series(1, 5003) g" >/dev/null
n=$(sql "SELECT count(*) FROM whistle_report WHERE status <> 'closed'")
req GET /staff/whistle/ -b "$WJ"
expect_status 200 "the queue with more than 5000 open reports"
expect_body "Nye og åbne henvendelser ($n)" "... counts all $n of them"
expect_body "Listen viser de 5000 ældste af $n åbne henvendelser." \
    "... and says that it shows the 5000 oldest"
sql "DELETE FROM whistle_report WHERE case_no LIKE 'WB-BULK-%'" >/dev/null
req GET /staff/whistle/ -b "$WJ"
expect_no_body "Listen viser de" "below the limit the list is not said to be cut"

# The schema holds the planned actions to wbcodes.h's list (sql/019).
WA=$(sql "SELECT id FROM whistle_report ORDER BY id LIMIT 1")
expect "a report's actions must be codes of the list" sh -c "! sh '$SRC/tools/frist-ctl' psql -tA -c \"UPDATE whistle_report SET actions = ARRAY['opkald', 'slet_alt'] WHERE id = $WA\" >/dev/null 2>&1"
expect "codes of the list are taken" sh -c "sh '$SRC/tools/frist-ctl' psql -tA -c \"BEGIN; UPDATE whistle_report SET actions = ARRAY['opkald'] WHERE id = $WA; ROLLBACK\" >/dev/null 2>&1"

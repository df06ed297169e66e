# /staff/obligations/ (issue 11): what is due within the next 14 days or
# overdue and not received, per pool and grant, with the days overdue or
# left; the filters, the CSV (formula-safe); the payment stop set and
# cleared by staff after a confirmation, with CSRF, once per form and an
# audit row; the recipient sees it; who may not set it.

OJ=$TMP/oblig.jar
new_staff oblig "Frist-Kode-12345"
staff_login oblig "Frist-Kode-12345"
cp "$JAR" "$OJ"
# Today as the programs count it (Copenhagen), whatever the server's zone.
TD=$(sql "SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date")
OCODE=8801880188018801
ohash=$(printf '%s\n' "$OCODE" | "$SRC/build/frist-tool" pwhash)
P1=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, status) VALUES ('Fristpulje A', 'Test', 100, 2026, '2026-01-01', '2026-12-31', 'draft') RETURNING id" | head -n 1)
P2=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, status) VALUES ('Fristpulje B', 'Test', 100, 2026, '2026-01-01', '2026-12-31', 'draft') RETURNING id" | head -n 1)
o_award() {	# o_award GRANT_NO POOL ORG: the award's id
	echo "INSERT INTO award (grant_no, pool_id, org_name, title, amount_ore, period_start, period_end, accounting, auditor, access_hash) VALUES (:'g', :'p', :'o', 'Fristprojekt', 100000, :'td'::date - 400, :'td'::date - 50, true, false, :'h') RETURNING id" |
	    sh "$SRC/tools/frist-ctl" psql -tA -v g="$1" -v p="$2" -v o="$3" -v td="$TD" -v h="$ohash" | head -n 1
}
o_obl() {	# o_obl AWARD KIND SEQ DUE-OFFSET: the obligation's id
	sql "INSERT INTO obligation (award_id, kind, seq, due) VALUES ($1, '$2', $3, '$TD'::date + $4) RETURNING id" | head -n 1
}
A1=$(o_award TS-2026-8801 "$P1" '=1+2 Forening')
A2=$(o_award TS-2026-8802 "$P2" 'Anden Forening')
S1=$(o_obl "$A1" status 1 -10)
AC1=$(o_obl "$A1" accounts 1 -40)
S2=$(o_obl "$A1" status 2 5)
S3=$(o_obl "$A1" status 3 30)
S4=$(o_obl "$A1" status 4 -20)
AC2=$(o_obl "$A2" accounts 1 0)
AC3=$(o_obl "$A2" accounts 2 -20)
SUB=$(sql "INSERT INTO submission (case_no, kind, obligation_id, award_id, status, received, source) VALUES ('SR-OBL-000001', 'status', $S4, $A1, 'received', '$TD'::date - 19, 'form') RETURNING id" | head -n 1)

# Rows of the page in $BODY: "obligation-id days" (days < 0: left).
o_rows() {
	sed -n 's/.*<tr class="[a-z]*" id="obl-\([0-9]*\)"><td>[^<]*<\/td><td>[^<]*<\/td><td>\([^<]*\)<\/td>.*/\1 \2/p' "$BODY" |
	    sed 's/ \([0-9]*\) dage\{0,1\} over fristen/ \1/; s/ \([0-9]*\) dage\{0,1\} tilbage/ -\1/; s/ Frist i dag/ 0/'
}

# --- the list -----------------------------------------------------------
req GET /staff/ -b "$OJ"
expect_body 'href="/staff/obligations/"' "the staff home links to the obligations"
req GET /staff/obligations/ -b "$OJ"
expect_status 200 "the obligations page"
rows=$(o_rows | tr '\n' ' ')
want="$AC1 40 $S1 10 $S2 -5 $AC3 20 $AC2 0 "
# Other tests' grants may be listed too: only ours, in order.
ours=$(o_rows | awk -v ids=" $S1 $AC1 $S2 $S3 $S4 $AC2 $AC3 " 'index(ids, " " $1 " ") { printf "%s %s ", $1, $2 }')
expect "ours in pool and grant order, with the days overdue or left ($ours)" [ "$ours" = "$want" ]
expect_no_body "id=\"obl-$S3\"" "one due in 30 days is not listed"
expect_no_body "id=\"obl-$S4\"" "a received one is not listed"
expect_body '<h2>Fristpulje A</h2>' "grouped per pool"
expect_body 'Sæt betalingsstop for TS-2026-8801' "accounts 40 days overdue suggest a payment stop"
expect_body 'Regnskabet er 40 dage forsinket.' "the suggestion says why"
expect_no_body 'Sæt betalingsstop for TS-2026-8802' "accounts 20 days overdue do not (limit 30)"
expect "nothing is stopped by the suggestion" [ "$(sql "SELECT payment_stop FROM award WHERE id = $A1")" = f ]
expect_body 'Påmindelser sendt' "the column of reminders sent is there"

req GET "/staff/obligations/?kind=accounts" -b "$OJ"
expect_no_body "id=\"obl-$S1\"" "kind=accounts: no status report"
expect_body "id=\"obl-$AC1\"" "kind=accounts: the accounts"
expect_body '<option value="accounts" selected>' "the kind chosen stays chosen"
req GET "/staff/obligations/?pool=$P2" -b "$OJ"
expect_no_body "TS-2026-8801" "pool=B: not the grant of pool A"
expect_body "id=\"obl-$AC2\"" "pool=B: its grant"
expect_body "<option value=\"$P2\" selected>" "the pool chosen stays chosen"
req GET "/staff/obligations/?kind=bogus" -b "$OJ"
expect_status 400 "a kind the form cannot send"
expect_body 'class="error-summary"' "says what is wrong"

# --- CSV ------------------------------------------------------------------
req GET "/staff/obligations.csv?pool=$P1&kind=" -b "$OJ"
expect_status 200 "the CSV"
expect_header '^Content-Type: text/csv' "as text/csv"
expect_header '^Content-Disposition: attachment' "as a download"
tr -d '\r' < "$BODY" | sed '1s/^\xef\xbb\xbf//' > "$TMP/obl.csv"
expect "the CSV's header" [ "$(head -n 1 "$TMP/obl.csv")" = "pool;grant_no;recipient;kind;seq;due;days_overdue;payment_stop;reminders_sent;last_reminder" ]
d40=$(sql "SELECT '$TD'::date - 40")
expect "a row with the days overdue, the recipient formula-safe" \
    grep -qxF "Fristpulje A;TS-2026-8801;'=1+2 Forening;accounts;1;$d40;40;nej;0;" "$TMP/obl.csv"
expect "pool A only: 3 rows" [ "$(grep -c 'TS-2026-88' "$TMP/obl.csv")" = 3 ]
d5=$(sql "SELECT '$TD'::date + 5")
expect "days left are negative" grep -qF ";status;2;$d5;-5;nej;" "$TMP/obl.csv"

# --- the payment stop -----------------------------------------------------
req GET "/staff/obligations/stop?award=$A1" -b "$OJ"
expect_status 200 "the payment stop page"
expect_body 'Regnskabet skulle være indsendt' "it names the overdue accounts"
cp "$BODY" "$TMP/stop_form.html"
t=$(csrf) o=$(once_key)
req POST /staff/obligations/stop -b "$OJ" --data-urlencode "once=$o" \
    --data-urlencode "award=$A1" --data-urlencode action=set \
    --data-urlencode "reason=Regnskab mangler"
expect_status 403 "no CSRF token: refused"
req POST /staff/obligations/stop -b "$OJ" --data-urlencode "csrf=$t" \
    --data-urlencode "once=$o" --data-urlencode "award=$A1" \
    --data-urlencode action=set --data-urlencode "reason=   "
expect_status 422 "no reason: refused"
expect_body 'Begrundelse' "the error names the field"
req POST /staff/obligations/stop -b "$OJ" --data-urlencode "csrf=$t" \
    --data-urlencode "once=$o" --data-urlencode "award=$A1" \
    --data-urlencode action=set --data-urlencode "reason=Regnskab 2026 mangler <b>"
expect_status 200 "a valid POST asks first"
expect_body 'Bekræft betalingsstop' "the confirmation page"
expect_body 'Regnskab 2026 mangler &lt;b&gt;' "with the reason, escaped"
expect "nothing is set before »Bekræft«" [ "$(sql "SELECT payment_stop FROM award WHERE id = $A1")" = f ]
cp "$BODY" "$TMP/stop_confirm.html"
confirm_post /staff/obligations/stop "$OJ"
expect_status 303 "confirmed"
got=$(sql "SELECT payment_stop::text || ' ' || (payment_stop_by = (SELECT id FROM staff WHERE username = 'oblig'))::text || ' ' || payment_stop_reason FROM award WHERE id = $A1")
expect "the flag is set, by whom, with the reason ($got)" [ "$got" = "true true Regnskab 2026 mangler <b>" ]
at1=$(sql "SELECT payment_stop_at FROM award WHERE id = $A1")
expect "one audit row" [ "$(sql "SELECT count(*) FROM audit WHERE entity = 'award' AND entity_id = $A1 AND action = 'payment_stop'")" = 1 ]
req GET "$(location | sed "s#^$BASE##")" -b "$OJ"
expect_body 'Betalingsstoppet er sat.' "the page says it is set"
cp "$TMP/stop_confirm.html" "$BODY"
confirm_post /staff/obligations/stop "$OJ"
expect_status 303 "the same confirmation again"
case $(location) in *again=1) pass "is answered as done" ;; *) fail "is answered as done: $(location)" ;; esac
expect "and changes nothing" [ "$(sql "SELECT count(*) FROM audit WHERE entity = 'award' AND entity_id = $A1")" = 1 -a "$(sql "SELECT payment_stop_at FROM award WHERE id = $A1")" = "$at1" ]

req GET /staff/obligations/ -b "$OJ"
expect_body 'Ophæv betalingsstop for TS-2026-8801' "the list shows the stop"
expect_no_body 'Sæt betalingsstop for TS-2026-8801' "and suggests it no more"
req GET "/staff/cases/$SUB" -b "$OJ"
expect_body 'Regnskab 2026 mangler &lt;b&gt;' "the case page shows the stop and its reason"

# The recipient sees it.
RJ=$TMP/oblig_r.jar; rm -f "$RJ"
req GET /grants/login -c "$RJ"
form_post /grants/login "$RJ" grant_no=TS-2026-8801 "code=$OCODE"
expect_status 303 "the recipient logs in"
req GET /grants/my/ -b "$RJ"
expect_body 'Betalingsstop: udbetalinger til dit tilskud er standset' "the recipient sees the payment stop"
expect_body 'Regnskab 2026 mangler &lt;b&gt;' "and the reason"
req GET '/grants/my/?lang=en' -b "$RJ"
expect_body 'Payment stop' "in English too"

# Cleared the same way.
req GET "/staff/obligations/stop?award=$A1" -b "$OJ"
expect_body 'Ophæv betalingsstop' "the page now offers to clear it"
form_post /staff/obligations/stop "$OJ" "award=$A1" action=clear "reason=Regnskabet er modtaget på papir"
expect_body 'Bekræft ophævelse af betalingsstop' "clearing asks first"
confirm_post /staff/obligations/stop "$OJ"
expect_status 303 "cleared"
expect "the flag is cleared and audited" [ "$(sql "SELECT payment_stop FROM award WHERE id = $A1")" = f -a "$(sql "SELECT count(*) FROM audit WHERE entity = 'award' AND entity_id = $A1 AND action = 'payment_stop_clear'")" = 1 ]
req GET /grants/my/ -b "$RJ"
expect_no_body 'id="payment-stop"' "the recipient no longer sees it"

# A second tab's form that asks for what is already so changes nothing.
req GET "/staff/obligations/stop?award=$A1" -b "$OJ"
form_post /staff/obligations/stop "$OJ" "award=$A1" action=clear "reason=Igen"
confirm_post /staff/obligations/stop "$OJ"
case $(location) in *already=1) pass "clearing a cleared stop: nothing" ;; *) fail "clearing a cleared stop: $(location)" ;; esac
expect "no audit row for it" [ "$(sql "SELECT count(*) FROM audit WHERE entity = 'award' AND entity_id = $A1")" = 2 ]

# --- who may not ----------------------------------------------------------
new_staff oblwb "Frist-Kode-67890"
sql "UPDATE staff SET roles = ARRAY['whistleblower'] WHERE username = 'oblwb'" >/dev/null
staff_login oblwb "Frist-Kode-67890"
req GET /staff/obligations/ -b "$JAR"
expect_status 403 "staff without the grants role: no list"
req GET /staff/ -b "$JAR"
t=$(csrf)
req POST /staff/obligations/stop -b "$JAR" --data-urlencode "csrf=$t" \
    --data-urlencode "once=$o" --data-urlencode "award=$A1" \
    --data-urlencode action=set --data-urlencode "reason=x" --data-urlencode step=confirm
expect_status 403 "nor a payment stop"
req GET "/staff/obligations/stop?award=$A1" -b "$RJ"
expect "a recipient's session is no staff session" [ "$STATUS" = 303 -o "$STATUS" = 403 ]
out=$(sql_as portal "UPDATE award SET payment_stop = true WHERE id = $A1")
expect "the portal role cannot set it ($out)" sh -c "echo '$out' | grep -q 'permission denied'"
expect "nothing changed" [ "$(sql "SELECT payment_stop FROM award WHERE id = $A1")" = f ]

# The staff grant pages as a browser meets them: Danish states and the
# disbursement rule on the pool list, one count of open pools, pauses in
# words, a queue that refuses unknown choices, confirmation pages and
# success messages, logout and expired sessions, POSTs that are safe to
# repeat, tables that fit a phone, error summaries on every form, and the
# access code shown once.

BJ=$TMP/browser.jar
sb_post() {	# sb_post PATH field=value... (urlencoded; CSRF and one-time key from $BODY)
	SB_P=$1; shift
	t=$(csrf); o=$(once_key)
	SB_ARGS=(--data-urlencode "csrf=$t")
	[ -n "$o" ] && SB_ARGS+=(--data-urlencode "once=$o")
	for kv in "$@"; do SB_ARGS+=(--data-urlencode "$kv"); done
	req POST "$SB_P" -b "$BJ" -c "$BJ" "${SB_ARGS[@]}"
}
sb_again() {	# sb_again: the last sb_post or sb_confirm once more, exactly (a reload)
	req POST "$SB_P" -b "$BJ" -c "$BJ" "${SB_ARGS[@]}"
}
sb_confirm() {	# sb_confirm PATH: "Bekræft" on the confirmation page in $BODY
	SB_P=$1
	SB_ARGS=()
	while IFS= read -r kv; do SB_ARGS+=(--data-urlencode "$kv"); done < <(
	    sed -n 's/.*<input type="hidden" name="\([^"]*\)" value="\([^"]*\)">.*/\1=\2/p' "$BODY" |
	    sed 's/&quot;/"/g; s/&#39;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g')
	SB_ARGS+=(--data-urlencode step=confirm)
	req POST "$SB_P" -b "$BJ" -c "$BJ" "${SB_ARGS[@]}"
}
sb_follow() { req GET "$(location)" -b "$BJ" -c "$BJ"; }
# The row of the table that names $1 (one line per row in the templates).
sb_row() { grep -F -- "$1" "$BODY" | head -n 1; }
# Every <table> sits in a scrolling table-wrap region.
sb_wrapped() {
	nt=$(grep -o '<table' "$BODY" | wc -l)
	nw=$(grep -o 'class="table-wrap" role="region" aria-label="[^"]*" tabindex="0"' "$BODY" | wc -l)
	expect "$1: every table ($nt) is in a table-wrap region ($nw)" [ "$nt" -gt 0 -a "$nt" = "$nw" ]
}
# The header row of the first table shows at most $1 columns on a phone.
sb_narrow_cols() {
	n=$(grep -o '<thead>.*</thead>' "$BODY" | head -n 1 | grep -o '<th [^>]*>' | grep -vc 'wide-only')
	expect "$2: $n columns without wide-only (at most $1)" [ "$n" -le "$1" ]
}
sb_summary() {	# sb_summary FIELD what: the error summary and the field tied to it
	expect_body 'class="error-summary" role="alert" tabindex="-1" autofocus' "$2: error summary"
	expect_body "href=\"#$1\"" "$2: the summary links to the field"
	expect_body "aria-invalid=\"true\" aria-describedby=\"$1-err\"" "$2: the field is marked invalid"
	expect_body "id=\"$1-err\"" "$2: the field's message has its id"
}
# The staff pages count days from today in Copenhagen, whatever the
# database's time zone: so do the pools made here.
CPH="'$(TZ=Europe/Copenhagen date +%F)'::date"
sb_pool() {	# sb_pool NAME STATUS OPENS CLOSES DEADLINE (day offsets; deadline may be NULL)
	dl=$5; [ "$dl" != NULL ] && dl="$CPH + ($dl)"
	sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, disbursement_deadline, status) VALUES ('$1', 'Browser', 100000000, 2026, $CPH + ($3), $CPH + ($4), $dl, '$2') RETURNING id" | head -n 1
}
sb_app() {	# sb_app POOL STATUS: an application with two budget lines, submitted five days ago
	dec=NULL; [ "$2" != submitted ] && dec=current_date
	id=$(sql "INSERT INTO application (pool_id, draft_no, resume_hash, case_no, status, org_name, cvr, contact_name, contact_email, title, description, period_start, period_end, requested_ore, submitted, decided) SELECT $1, lpad((70000000 + coalesce(max(id), 0) + 1)::text, 8, '0'), '\$argon2id\$x', 'ANS-SB-' || (coalesce(max(id), 0) + 1), '$2', 'Browserforeningen', '10150817', 'Bo Browser', 'bo@example.dk', 'Projekt', 'Linje et' || chr(10) || 'Linje to', current_date, current_date + 365, 50000000, current_date - 5, $dec FROM application RETURNING id" | head -n 1)
	sql "INSERT INTO application_budget (application_id, lineno, text, amount_ore) VALUES ($id, 1, 'Løn', 30000000), ($id, 2, 'Materialer', 20000000)" >/dev/null
	echo "$id"
}
MONTHS=(januar februar marts april maj juni juli august september oktober november december)
sb_long() {	# sb_long OFFSET: that day (from today in Copenhagen, as the pages count) as "2. december 2026"
	read -r d m y < <(sql "SELECT extract(day FROM x)::int, extract(month FROM x)::int, extract(year FROM x)::int FROM (SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date + ($1) AS x) AS t" | tr '|' ' ')
	echo "$d. ${MONTHS[$((m - 1))]} $y"
}

staff_login demo "$DEMO_PW"
cp "$JAR" "$BJ"

# --- 1. the pool list --------------------------------------------------------
PU=$(sb_pool "SB åbner senere" open 10 40 90)
PN=$(sb_pool "SB lukket uden tilsagn" closed -40 -5 30)
sb_app "$PN" rejected >/dev/null
PE=$(sb_pool "SB lukket uden ansøgninger" open -40 -5 30)
PR=$(sb_pool "SB risiko 29 dage" open -10 40 29)
sb_app "$PR" submitted >/dev/null
req GET /staff/pools/ -b "$BJ"
expect_status 200 "the pool list"
expect_no_body '<td>open</td>' "no status is shown as a stored English code"
expect_no_body '<td>closed</td>' "not even 'closed'"
expect_body '<span class="tag tag-open">Åben for ansøgninger</span>' "open pools say so in Danish"
row=$(sb_row "SB åbner senere")
expect "a pool that opens later is 'Åbner snart'" grep -qF 'Åbner snart' <<<"$row"
expect "and not receiving applications" bash -c '! grep -qF "Modtager ansøgninger" <<<"$1"' _ "$row"
row=$(sb_row "SB lukket uden tilsagn")
expect "a closed pool with only rejections disbursed nothing" grep -qF 'Intet udmøntet' <<<"$row"
expect "which is not 'disbursed on time'" bash -c '! grep -qF "Udmøntet rettidigt" <<<"$1"' _ "$row"
row=$(sb_row "SB lukket uden ansøgninger")
expect "a closed pool without applications disbursed nothing" grep -qF 'Intet udmøntet' <<<"$row"
req GET "/staff/pools/$PN" -b "$BJ"
expect_body 'Intet udmøntet' "the pool page agrees"
expect_no_body 'Udmøntet rettidigt' "and shows no disbursement day"
expect_body 'Lukket' "with its status in Danish"

# Risk: undecided, still receiving, 29 days to the deadline, risk_days 30.
risk_of() {	# risk_of DAYS-TO-DEADLINE RISK-DAYS: the state on the pool's page
	sql "UPDATE pool SET disbursement_deadline = $CPH + ($1) WHERE id = $PR" >/dev/null
	sql "UPDATE setting SET value = '$2' WHERE key = 'grants.risk_days'" >/dev/null
	req GET "/staff/pools/$PR" -b "$BJ"
}
risk_of 29 30
expect_body 'I risiko for forsinkelse' "29 days before the deadline with risk_days 30 is at risk, even while receiving"
expect_body '(om 29 dage)' "the days left are said in words"
req GET /staff/pools/ -b "$BJ"
expect_body 'I risiko for forsinket udmøntning' "the list shows the pools at risk first"
expect "the pool at risk is in the risk table" bash -c 'sed -n "/<table class=\"list risk\"/,/<\/table>/p" "$1" | grep -qF "SB risiko 29 dage"' _ "$BODY"
risk_of 30 30
expect_body 'I risiko for forsinkelse' "exactly risk_days before is at risk"
risk_of 31 30
expect_body 'Modtager ansøgninger' "one day more is not"
risk_of 0 30
expect_body 'I risiko for forsinkelse' "the deadline day itself is at risk"
expect_body '(i dag)' "and says so"
risk_of -1 30
expect_body 'Overskredet frist' "the day after is overdue"
risk_of 29 28
expect_body 'Modtager ansøgninger' "29 days before with risk_days 28 is not at risk"
risk_of 29 30

# One definition of "open": the front page counts what /grants/ shows open.
req GET '/grants/?status=open'
public=$(grep -oE 'href="/grants/pools/[0-9]+' "$BODY" | wc -l)
req GET /staff/ -b "$BJ"
staff=$(sed -n 's/.*<span id="pools-open">\([0-9]*\) åbne for ansøgninger.*/\1/p' "$BODY")
expect "the staff front page counts the open pools as the public list does ($staff = $public)" [ "$staff" = "$public" ]
n=$(sql "SELECT count(*) FROM pool WHERE status = 'open' AND opens > $CPH")
expect "(there are upcoming pools to tell apart: $n)" [ "$n" -gt 0 ]

req GET /staff/pools/ -b "$BJ"
sb_wrapped "the pool list"
sb_narrow_cols 2 "the pool list on a phone"

# --- 2. the case page: pauses in words; the queue's choices --------------------
PC=$(sb_pool "SB sager" closed -200 -100 NULL)
AW=$(sql "INSERT INTO award (grant_no, pool_id, org_name, title, amount_ore, period_start, period_end, accounting, auditor, access_hash) VALUES ('TS-2026-7701', $PC, 'Sagsforeningen', 'Sagsprojekt', 15000000, current_date - 300, current_date - 30, true, false, '\$argon2id\$x') RETURNING id" | head -n 1)
sb_case() {	# sb_case CASE-NO KIND: a case received ten days ago
	sql "INSERT INTO submission (case_no, kind, award_id, status, received, source) VALUES ('$1', '$2', $AW, 'received', current_date - 10, 'form') RETURNING id" | head -n 1
}
C1=$(sb_case RG-SB-000001 accounts)
sql "INSERT INTO account_line (submission_id, lineno, text, budget_ore, actual_ore, explanation) VALUES ($C1, 1, 'Løn', 10000000, 7000000, 'Færre timer.'), ($C1, 2, 'Husleje', 5000000, 5000000, ''), ($C1, 3, 'Rejser', 100000, 105000, '')" >/dev/null
sql "UPDATE submission SET received = '2026-01-05' WHERE id = $C1" >/dev/null
sql "INSERT INTO case_pause (submission_id, started, ended) VALUES ($C1, '2026-02-02', '2026-02-09'), ($C1, '2026-02-27', '2026-03-03'), ($C1, '2026-12-30', '2027-01-02')" >/dev/null
req GET "/staff/cases/$C1" -b "$BJ"
expect_status 200 "an account's case page"
expect_body '2.–9. februar 2026 (7 dage)' "a pause in one month in plain Danish, with its length"
expect_body '27. februar – 3. marts 2026 (4 dage)' "a pause across a month end"
expect_body '30. december 2026 – 2. januar 2027 (3 dage)' "a pause across a year end"
expect_no_body '2026-02-02/' "no raw interval"
expect_body '30,0 % under budget' "a deviating line shows its share in words"
expect_body 'Afviger mere end 10,0 %' "and says that it deviates"
expect_body '5,0 % over budget' "a line within the limit shows its share too"
sb_wrapped "the account's case page"

C2=$(sb_case SR-SB-000002 status)
req GET "/staff/cases/$C2" -b "$BJ"
sb_post "/staff/cases/$C2" action=return "message=Ret milepælene."
expect_status 303 "a case is returned for correction"
req GET "/staff/cases/$C2" -b "$BJ"
expect_body "Sendt retur $(sb_long 0) – endnu ikke indsendt igen" "an open pause says it waits for the recipient"
expect_no_body "$(sql "SELECT to_char(current_date, 'YYYY-MM-DD')")/" "no raw open interval"

for q in sort=bogus state=x kind=nope handler=they page=abc page=0; do
	req GET "/staff/cases/?$q" -b "$BJ"
	expect_status 400 "the queue refuses ?$q"
	f=${q%%=*}
	sb_summary "$f" "the queue with ?$q"
	expect_no_body 'sager. Frist:' "?$q renders no half sentence"
	expect_no_body '<table' "?$q shows no table"
done
req GET "/staff/cases/?sort=case&kind=accounts&state=open&handler=&page=1" -b "$BJ"
expect_status 200 "every valid choice is accepted"
req GET "/staff/cases/?page=999" -b "$BJ"
expect_status 200 "a page past the end shows the last page"
req GET /staff/cases/ -b "$BJ"
sb_wrapped "the queue"
sb_narrow_cols 3 "the queue on a phone"

# --- 3 and 5. decisions: confirmation, success, safe to repeat --------------------
# Award.
PA=$(sb_pool "SB tilsagn" open -10 40 200)
A1=$(sb_app "$PA" submitted)
req GET "/staff/applications/$A1" -b "$BJ"
sb_wrapped "the application page"
expect_body 'class="danger">Giv afslag' "rejecting looks destructive"
sb_post "/staff/applications/$A1" decision=award "amount=400.000,00" period_start=2027-01-01 \
    period_end=2027-12-31 status_every=6 accounting=1 accounts_after=3 "conditions=Vilkår A"
expect_status 200 "an award asks for confirmation"
expect_body 'Bekræft tilsagnet' "the confirmation page names the decision"
expect_body '400.000,00 kr.' "with the amount"
expect_body 'Browserforeningen' "and the recipient"
expect_body 'Statusrapport 1: senest 2027-07-01' "and what the recipient must report"
expect_body 'name="step" value="confirm"' "it has Bekræft"
expect_body '>Fortryd</button>' "and Fortryd"
n=$(sql "SELECT count(*) FROM award WHERE application_id = $A1")
expect "nothing is awarded before Bekræft" [ "$n" = 0 ]
cp "$BODY" "$TMP/confirm.html"
# Fortryd: back to the form with everything kept.
args=()
while IFS= read -r kv; do args+=(--data-urlencode "$kv"); done < <(sed -n 's/.*<input type="hidden" name="\([^"]*\)" value="\([^"]*\)">.*/\1=\2/p' "$BODY")
req POST "/staff/applications/$A1" -b "$BJ" "${args[@]}" --data-urlencode step=edit
expect_status 200 "Fortryd goes back to the form"
expect_body 'value="400.000,00"' "with the amount kept"
expect_body 'Vilkår A</textarea>' "and the conditions kept"
cp "$TMP/confirm.html" "$BODY"
sb_confirm "/staff/applications/$A1"
expect_status 200 "Bekræft gives the award"
expect_body 'class="notice success" role="status"' "with a success message"
expect_body 'Skriv koden ned' "the page says to write the code down"
expect_body 'send den til modtageren' "or send it to the recipient"
expect_body 'Hvad sker der nu?' "and what happens next"
code=$(grep -A1 -F '<dt>Adgangskode</dt>' "$BODY" | sed -n 's/.*<strong class="code">\([^<]*\)<\/strong>.*/\1/p' | head -n 1)
expect "the code is shown once, in groups of four digits ($code)" grep -qE '^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}$' <<<"$code"
grant=$(grep -A1 -F '<dt>Tilsagnsnummer</dt>' "$BODY" | sed -n 's/.*<strong>\(TS-[0-9-]*\)<\/strong>.*/\1/p' | head -n 1)
# A double click or a reload sends the same POST again; the browser shows
# only the last answer, so it must be the first one again, code included.
sb_again
expect_status 200 "a repeat of the confirmed award is answered"
expect_body 'Skriv koden ned' "as the first was"
code2=$(grep -A1 -F '<dt>Adgangskode</dt>' "$BODY" | sed -n 's/.*<strong class="code">\([^<]*\)<\/strong>.*/\1/p' | head -n 1)
expect "with the same code, so a double click cannot lose it ($code2)" [ "$code2" = "$code" ]
n=$(sql "SELECT count(*) FROM award WHERE application_id = $A1")
expect "one award, not two" [ "$n" = 1 ]
# The code shown is the one that opens the grant.
req GET /grants/login
req POST /grants/login --data-urlencode "csrf=$(csrf)" \
    --data-urlencode "grant_no=$grant" --data-urlencode "code=${code// /}"
expect_status 303 "the code shown logs the recipient in ($grant)"
# Another form (another key) for the awarded application: "already
# awarded", and never the code.
args2=()
for a in "${SB_ARGS[@]}"; do
	case $a in once=*) a="once=$(printf %s "${a#once=}" | sed 's/Q$/R/; t; s/.$/Q/')";; esac
	args2+=("$a")
done
req POST "$SB_P" -b "$BJ" "${args2[@]}"
expect_status 200 "an award from another form is answered"
expect_body 'har allerede fået tilsagn' "with 'already awarded'"
expect_body 'href="#tilsagn">Se tilsagnet TS-' "and a link to the grant"
expect_no_body 'class="code"' "and never the code"
expect_no_body "$code" "not even in passing"
n=$(sql "SELECT count(*) FROM award WHERE application_id = $A1")
expect "still one award" [ "$n" = 1 ]

# Reject an application.
A2=$(sb_app "$PA" submitted)
req GET "/staff/applications/$A2" -b "$BJ"
sb_post "/staff/applications/$A2" decision=reject reason=
expect_status 422 "a rejection needs a reason"
sb_summary reason "the rejection form"
REASON=$'Uden for formålet.\nSe vejledningen.'
sb_post "/staff/applications/$A2" decision=reject "reason=$REASON"
expect_status 200 "a rejection asks for confirmation"
expect_body 'Bekræft afslaget' "the page names it"
expect_body 'class="danger">Bekræft og giv afslag' "its Bekræft looks final"
expect "the reason keeps its line break on the way through the confirmation" \
    grep -qzF $'name="reason" value="Uden for formålet.\nSe vejledningen.">' "$BODY"
SB_P=/staff/applications/$A2
SB_ARGS=(--data-urlencode "csrf=$(csrf)" --data-urlencode "once=$(once_key)" --data-urlencode decision=reject --data-urlencode "reason=$REASON" --data-urlencode step=confirm)
sb_again
expect_status 303 "Bekræft rejects (POST/redirect/GET)"
n=$(sql "SELECT count(*) FROM application WHERE id = $A2 AND reject_reason = E'Uden for formålet.\\nSe vejledningen.'")
expect "the reason is stored with its line break" [ "$n" = 1 ]
sb_follow
expect_body 'class="notice success" role="status">Afslaget er registreret' "the application says it was rejected"
expect "and shows the reason with its line break" grep -qzF $'<div class="text">Uden for formålet.\nSe vejledningen.</div>' "$BODY"
sb_again
expect_status 200 "a repeat of the rejection is answered"
expect_body 'allerede afslået' "with 'already rejected'"
n=$(sql "SELECT count(*) FROM audit WHERE entity = 'application' AND entity_id = $A2 AND action = 'reject'")
expect "one rejection, not two" [ "$n" = 1 ]

# Award form errors.
# A double click on Bekræft: two of the same POST at once.  The second
# waits for the first; both answers show the grant and the same code.
A5=$(sb_app "$PA" submitted)
req GET "/staff/applications/$A5" -b "$BJ"
sb_post "/staff/applications/$A5" decision=award "amount=100.000,00" period_start=2027-01-01 \
    period_end=2027-12-31 status_every=6 accounting=1 accounts_after=3
SB_ARGS=()
while IFS= read -r kv; do SB_ARGS+=(--data-urlencode "$kv"); done < <(
    sed -n 's/.*<input type="hidden" name="\([^"]*\)" value="\([^"]*\)">.*/\1=\2/p' "$BODY")
SB_ARGS+=(--data-urlencode step=confirm)
for i in 1 2; do
	curl -s -o "$TMP/dbl$i.html" -b "$BJ" --max-time 20 "${SB_ARGS[@]}" "$BASE/staff/applications/$A5" &
done
wait
c1=$(grep -A1 -F '<dt>Adgangskode</dt>' "$TMP/dbl1.html" | sed -n 's/.*<strong class="code">\([^<]*\)<\/strong>.*/\1/p')
c2=$(grep -A1 -F '<dt>Adgangskode</dt>' "$TMP/dbl2.html" | sed -n 's/.*<strong class="code">\([^<]*\)<\/strong>.*/\1/p')
expect "a double click: both answers show the code ($c1)" [ -n "$c1" ]
expect "the same code ($c1 = $c2)" [ "$c1" = "$c2" ]
n=$(sql "SELECT count(*) FROM award WHERE application_id = $A5")
expect "and one award" [ "$n" = 1 ]
rm -f "$TMP/dbl1.html" "$TMP/dbl2.html"

A3=$(sb_app "$PA" submitted)
req GET "/staff/applications/$A3" -b "$BJ"
sb_post "/staff/applications/$A3" decision=award amount=abc period_start=2027-01-01 period_end=2026-01-01 status_every=6 accounts_after=3
expect_status 422 "a bad award is refused"
sb_summary amount "the award form (amount)"
sb_summary period_end "the award form (period)"
expect_body 'value="abc"' "what was typed is kept"

# Case actions: buttons, confirmation, success, repeats.
C3=$(sb_case RG-SB-000003 accounts)
req GET "/staff/cases/$C3" -b "$BJ"
expect_body 'value="reject" class="danger"' "reject looks destructive"
expect_body 'class="danger">Kræv tilbagebetaling' "so does a repayment demand"
expect_body 'class="secondary">Tag sagen' "taking a case is a minor action"
expect_body 'class="secondary">Send retur til rettelse' "so is returning it"
sb_post "/staff/cases/$C3" action=take
expect_status 303 "take"
expect_header "^Location: /staff/cases/$C3\\?done=take" "take goes back to the case"
sb_again
expect_status 303 "a repeated take"
expect_header 'again=1' "is told it was done already"
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C3 AND kind = 'taken'")
expect "one take, not two" [ "$n" = 1 ]
sb_follow
expect_body 'Handlingen var allerede udført' "the page says nothing was done twice"
sb_post "/staff/cases/$C3" action=message "message=Hej modtager."
expect_status 303 "a message"
sb_follow
expect_body 'class="notice success" role="status">Beskeden er sendt' "the message's success is shown"
sb_again
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C3 AND kind = 'message'")
expect "a reloaded message is sent once" [ "$n" = 1 ]
req GET "/staff/cases/$C3" -b "$BJ"
sb_post "/staff/cases/$C3" action=note "message=Intern."
sb_again
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C3 AND kind = 'note'")
expect "a reloaded note is saved once" [ "$n" = 1 ]
req GET "/staff/cases/$C3" -b "$BJ"
sb_post "/staff/cases/$C3" action=note "message=En anden note."
expect_status 303 "a second, different note from a fresh page"
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C3 AND kind = 'note'")
expect "is saved too" [ "$n" = 2 ]
req GET "/staff/cases/$C3" -b "$BJ"
sb_post "/staff/cases/$C3" action=note message=
expect_status 422 "an empty note is refused"
sb_summary message_note "the note form"
sb_post "/staff/cases/$C3" action=repayment amount=x message=
expect_status 422 "a bad repayment amount is refused"
sb_summary amount "the repayment form"
req GET "/staff/cases/$C3" -b "$BJ"
sb_post "/staff/cases/$C3" action=repayment "amount=1.500,00" "message=Tilbage."
expect_status 200 "a repayment demand asks for confirmation"
expect_body '1.500,00 kr.' "with the amount"
expect_body 'Sagsforeningen' "and the recipient"
expect_body 'class="danger">Bekræft og kræv tilbagebetaling' "its Bekræft looks final"
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C3 AND kind = 'repayment'")
expect "nothing is demanded before Bekræft" [ "$n" = 0 ]
cp "$BODY" "$TMP/confirm.html"
args=()
while IFS= read -r kv; do args+=(--data-urlencode "$kv"); done < <(sed -n 's/.*<input type="hidden" name="\([^"]*\)" value="\([^"]*\)">.*/\1=\2/p' "$BODY")
req POST "/staff/cases/$C3" -b "$BJ" "${args[@]}" --data-urlencode step=edit
expect_status 200 "Fortryd goes back to the case"
expect_body 'id="amount" name="amount" value="1.500,00"' "with the amount kept"
expect_body 'Tilbage.</textarea>' "and the message kept in its own form"
cp "$TMP/confirm.html" "$BODY"
sb_confirm "/staff/cases/$C3"
expect_status 303 "Bekræft demands it"
sb_follow
expect_body 'class="notice success" role="status">Kravet om tilbagebetaling er registreret' "the demand's success is shown"
sb_again
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C3 AND kind = 'repayment'")
expect "a repeated demand is made once" [ "$n" = 1 ]
req GET "/staff/cases/$C3" -b "$BJ"
sb_post "/staff/cases/$C3" action=reject message=
expect_status 422 "a rejection needs a reason"
sb_summary message_decide "the decision form"
sb_post "/staff/cases/$C3" action=reject "message=Mangler bilag."
expect_status 200 "a rejection asks for confirmation"
expect_body 'Bekræft afvisningen' "the page names it"
sb_confirm "/staff/cases/$C3"
expect_status 303 "Bekræft rejects the case"
sb_follow
expect_body 'class="notice success" role="status">Sagen er afvist' "the rejection's success is shown"
sb_again
expect_status 303 "a repeated rejection"
expect_header 'again=1' "is told it was done already"
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C3 AND kind = 'rejected'")
expect "one rejection, not two" [ "$n" = 1 ]
C4=$(sb_case SR-SB-000004 status)
req GET "/staff/cases/$C4" -b "$BJ"
sb_post "/staff/cases/$C4" action=approve message=
expect_status 200 "an approval asks for confirmation"
expect_body 'Bekræft godkendelsen' "the page names it"
sb_confirm "/staff/cases/$C4"
expect_status 303 "Bekræft approves"
sb_follow
expect_body 'class="notice success" role="status">Sagen er godkendt' "the approval's success is shown"
sb_again
sb_again
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C4 AND kind = 'approved'")
expect "one approval, not three" [ "$n" = 1 ]
req GET "/staff/cases/$C4" -b "$BJ"
sb_post "/staff/cases/$C4" action=reject "message=Skrevet inden godkendelsen" step=confirm
expect_status 409 "rejecting an approved case is a conflict"
expect_body 'Skrevet inden godkendelsen' "and what was typed is kept"
expect_body 'Handlingen passer ikke til sagens status' "which the page explains"
C5=$(sb_case SR-SB-000005 status)
req GET "/staff/cases/$C5" -b "$BJ"
sb_post "/staff/cases/$C5" action=return "message=Ret."
sb_again
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C5 AND kind = 'returned'")
expect "a repeated return is made once" [ "$n" = 1 ]
req GET "/staff/cases/$C5" -b "$BJ"
sb_post "/staff/cases/$C5" action=note message=x
req GET "/staff/cases/$C5" -b "$BJ"
req POST "/staff/cases/$C5" -b "$BJ" --data-urlencode "csrf=$(csrf)" --data-urlencode action=note --data-urlencode message=y
expect_status 400 "a case action without its one-time key is refused"

# A pool.
req GET /staff/pools/new -b "$BJ"
sb_post /staff/pools/new "name=SB dobbeltklik" theme=Browser "amount=1.000,00" fin_year=2026 \
    opens=2026-01-01 closes=2026-12-31 application_based=ja status=draft
expect_status 303 "a pool is created"
sb_follow
expect_body 'class="notice success" role="status">Puljen er oprettet.' "with a success message"
sb_again
expect_status 303 "the same form again"
expect_header 'again=1' "is told it made the pool already"
n=$(sql "SELECT count(*) FROM pool WHERE name = 'SB dobbeltklik'")
expect "one pool, not two" [ "$n" = 1 ]
req GET /staff/pools/new -b "$BJ"
sb_post /staff/pools/new name= theme=Browser amount=x fin_year=1 opens=2026-01-01 closes=2025-01-01 application_based=ja status=draft
expect_status 422 "a bad pool is refused"
sb_summary name "the pool form (name)"
sb_summary amount "the pool form (amount)"
sb_summary closes "the pool form (closes)"
req POST /staff/pools/new -b "$BJ" --data-urlencode "csrf=$(csrf)" --data-urlencode "name=Uden nøgle" \
    --data-urlencode theme=B --data-urlencode amount=1 --data-urlencode fin_year=2026 \
    --data-urlencode opens=2026-01-01 --data-urlencode closes=2026-02-01 --data-urlencode application_based=ja --data-urlencode status=draft
expect_status 400 "a new pool without its one-time key is refused"

# A CSV import.
printf 'type;tilsagn;sagsnummer;modtaget;afgjort;udfald;pauser\nstatusrapport;SB-GAMMEL;;2023-06-01;;;\n' > "$TMP/sb.csv"
req GET /staff/import -b "$BJ"
t=$(csrf); o=$(once_key)
before=$(sql "SELECT count(*) FROM submission WHERE external_grant = 'SB-GAMMEL'")
req POST /staff/import -b "$BJ" -F "csrf=$t" -F "once=$o" -F "file=@$TMP/sb.csv;type=text/csv"
expect_status 303 "an import"
sb_follow
expect_body 'class="notice success" role="status">1 sager er importeret' "with a success message"
req POST /staff/import -b "$BJ" -F "csrf=$t" -F "once=$o" -F "file=@$TMP/sb.csv;type=text/csv"
expect_status 303 "the same import again"
sb_follow
expect_body 'blev allerede importeret' "is told it was imported already"
req GET /staff/import -b "$BJ"
t=$(csrf); o=$(once_key)
req POST /staff/import -b "$BJ" -F "csrf=$t" -F "once=$o" -F "file=@$TMP/sb.csv;type=text/csv"
sb_follow
expect_body 'blev allerede importeret' "the same file from a new form too"
n=$(sql "SELECT count(*) FROM submission WHERE external_grant = 'SB-GAMMEL'")
expect "one import, not three" [ "$n" = $((before + 1)) ]
printf 'type;tilsagn;sagsnummer;modtaget;afgjort;udfald;pauser\nstatusrapport;SB;;2023-13-01;;;\n' > "$TMP/sbbad.csv"
req GET /staff/import -b "$BJ"
t=$(csrf); o=$(once_key)
req POST /staff/import -b "$BJ" -F "csrf=$t" -F "once=$o" -F "file=@$TMP/sbbad.csv;type=text/csv"
expect_status 422 "a bad file is refused"
sb_summary file "the import form"
expect_body 'Filen »sbbad.csv« er ikke gemt' "and the lost file is named"

# Settings.
SAVE=$(sql "SELECT value FROM setting WHERE key = 'grants.risk_days'")
req GET /staff/settings -b "$BJ"
sb_post /staff/settings "grants.auditor_threshold_ore=500.000,00" grants.clock_limit_days=0 grants.clock_pauses=0 \
    grants.deviation_permille=100 mail.digest_workdays=1 grants.risk_days=30 whistle.max_failures_per_minute=60 whistle.retention_days=730 \
    grants.obligations_soon_days=14 grants.payment_stop_days=30 grants.remind_before_days_1=14 grants.remind_before_days_2=3 \
    grants.remind_overdue_every_days=7 grants.remind_overdue_max=4 grants.remind_working_days=0
expect_status 422 "a bad setting is refused"
sb_summary grants.clock_limit_days "the settings form"
sql "UPDATE setting SET value = '$SAVE' WHERE key = 'grants.risk_days'" >/dev/null

# Login form errors.
req GET /staff/login -c "$TMP/sbl.jar"
req POST /staff/login -b "$TMP/sbl.jar" --data-urlencode "csrf=$(csrf)" --data-urlencode username= --data-urlencode password=
sb_summary username "the login form"

# Narrow screens: every table of the pages above is wrapped.
req GET "/staff/pools/$PA" -b "$BJ"
sb_wrapped "a pool's page"
sb_narrow_cols 2 "a pool's applications on a phone"

# --- 4. logout and expired sessions ---------------------------------------------
staff_login demo "$DEMO_PW"
req GET /staff/ -b "$JAR"
req POST /staff/logout -b "$JAR" -c "$JAR" --data-urlencode "csrf=$(csrf)"
expect_status 303 "logout"
expect_header '^Location: /staff/login\?out=1' "goes to the login page"
req GET "$(location)" -b "$JAR"
expect_body '<p class="notice success" role="status">Du er logget ud.</p>' "which says 'Du er logget ud.'"
req GET /staff/login -b "$JAR"
expect_no_body 'Du er logget ud' "only then"

staff_login demo "$DEMO_PW"
sql "UPDATE staff_session SET expires = now() - interval '1 second'" >/dev/null
req GET '/staff/cases/?kind=status&sort=case' -b "$JAR" -c "$JAR"
expect_status 303 "an expired session goes to the login"
expect_header '^Location: /staff/login\?expired=1&next=%2Fstaff%2Fcases%2F%3Fkind%3Dstatus%26sort%3Dcase' "with where it was"
req GET "$(location)" -b "$JAR" -c "$JAR"
expect_body 'Din session er udløbet' "the login page says the session expired"
expect_body 'Log ind igen' "and to log in again"
expect_body 'name="next" value="/staff/cases/?kind=status&amp;sort=case"' "it keeps the page to return to"
req POST /staff/login -b "$JAR" -c "$JAR" --data-urlencode "csrf=$(csrf)" --data-urlencode username=demo \
    --data-urlencode "password=$DEMO_PW" --data-urlencode "next=/staff/cases/?kind=status&sort=case"
expect_status 303 "logging in again"
expect_header '^Location: /staff/cases/\?kind=status&sort=case' "returns to the page asked for"
req GET /staff/cases/ -b "$TMP/none.jar"
expect_header '^Location: /staff/login\?next=%2Fstaff%2Fcases%2F' "a stranger is sent to the login too"
expect_no_header 'expired' "without being told a session expired"
req GET "/staff/login?next=%2Fstaff%2Fcases%2F"
expect_no_body 'session er udløbet' "the stranger's login page does not speak of expiry"
for bad in '//evil.example/' 'https://evil.example/staff/' '/grants/' '/staff/../grants/' '/staff//evil.example' '/staff/login' 'javascript:alert(1)'; do
	req GET /staff/login -c "$TMP/sbn.jar"
	req POST /staff/login -b "$TMP/sbn.jar" -c "$TMP/sbn.jar" --data-urlencode "csrf=$(csrf)" --data-urlencode username=demo \
	    --data-urlencode "password=$DEMO_PW" --data-urlencode "next=$bad"
	expect_header '^Location: /staff/$' "no redirect to $bad after login"
done
staff_login demo "$DEMO_PW"
req GET /staff/ -b "$JAR"
t=$(csrf)
sql "UPDATE staff_session SET expires = now() - interval '1 second'" >/dev/null
req POST "/staff/cases/$C5" -b "$JAR" -c "$JAR" --data-urlencode "csrf=$t" --data-urlencode action=note --data-urlencode message=z
expect_status 303 "a POST from an expired session goes to the login"
expect_header '^Location: /staff/login\?expired=1&lost=1$' "without a page to replay"
req GET '/staff/login?expired=1&lost=1'
expect_body 'Det, du lige sendte, er ikke gemt.' "and the login says that what was sent is not saved"
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $C5 AND message = 'z'")
expect "and does nothing" [ "$n" = 0 ]
req POST "/staff/cases/$C5" --data-urlencode "csrf=$t" --data-urlencode action=note --data-urlencode message=z
expect_status 403 "a POST with no session cookie at all is refused"

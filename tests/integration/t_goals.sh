# The goals dashboard (/staff/goals/): figures of a known set of cases in
# a past quarter on the page and in overview.csv, line for line; the
# drill-down's lists of the current quarter, narrowed to one handler, link
# to the right cases; who sees which goals; bad periods give 400.

GJ=$TMP/goals.jar
gl_user() {	# gl_user NAME ROLES-ARRAY
	new_staff "$1" "Maal-Kode-12345"
	sql "UPDATE staff SET roles = $2 WHERE username = '$1'" >/dev/null
}
gl_user gm "ARRAY['management']"
gl_user gg "ARRAY['grants']"
gl_user gw "ARRAY['whistleblower']"
gl_user gn "ARRAY[]::text[]"
gl_user gmg "ARRAY['management', 'grants']"
GG=$(sql "SELECT id FROM staff WHERE username = 'gg'")

# gl_case NO RECEIVED DECIDED|- [HANDLER [PAUSE-FROM PAUSE-TO]]
gl_case() {
	if [ "$3" = - ]; then dec=NULL st=processing; else dec="'$3'::date" st=approved; fi
	id=$(sql "INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source, handler_id)
	    VALUES ('$1', 'accounts', 'EXT-$1', '$st', '$2'::date, $dec, 'import', ${4:-NULL}) RETURNING id" | head -n 1)
	if [ -n "${5:-}" ]; then
		sql "INSERT INTO case_pause (submission_id, started, ended) VALUES ($id, '$5', '$6')" >/dev/null
	fi
	echo "$id"
}
# --- 1. a past quarter: 1. kvartal 2012 ---------------------------------
# Days: 40 80 123 153 155 156 243 10 58 91; 156 and 243 are late (limit
# 155, gross), so 8 of 10 = 80,0 % against 90 %: not met.  Median (5th of
# 10) 91, 90th percentile (9th) 156.  GL-07 was returned for 61 days.
gl_case GL-01 2011-12-01 2012-01-10 >/dev/null
gl_case GL-02 2011-11-01 2012-01-20 >/dev/null
gl_case GL-03 2011-10-01 2012-02-01 >/dev/null
gl_case GL-04 2011-09-01 2012-02-01 >/dev/null
gl_case GL-05 2011-08-29 2012-01-31 >/dev/null
gl_case GL-06 2011-08-01 2012-01-04 >/dev/null
gl_case GL-07 2011-07-01 2012-03-01 "" 2011-09-01 2011-11-01 >/dev/null
gl_case GL-08 2012-01-02 2012-01-12 >/dev/null
gl_case GL-09 2012-02-01 2012-03-30 >/dev/null
gl_case GL-10 2011-12-15 2012-03-15 >/dev/null
# Open since September 2011: 198 days at the quarter's end, breached.
gl_case GL-11 2011-09-15 - >/dev/null
# Decided after the quarter: open at its end, within (40 days by then).
gl_case GL-12 2012-02-20 2012-05-01 >/dev/null

# A whistleblower report of February 2012, closed without a message to
# the reporter (and long since purged): never registered, acknowledged or
# given feedback, so past 1 working day and 7 days by the quarter's end,
# and within its 3 months then.
WID=$(sql "INSERT INTO whistle_report (case_no, lookup, received, status, offer_type, relation, named, closed, closing_reason, purged)
    VALUES ('WB-GOAL-1', decode(repeat('ab', 32), 'hex'), DATE '2012-02-01', 'closed', 'voksen', 'ansat', false, DATE '2012-02-10', 'andet', DATE '2014-03-01') RETURNING id" | head -n 1)

staff_login gm "Maal-Kode-12345"
cp "$JAR" "$GJ"
req GET "/staff/goals/?year=2012&period=q1" -b "$GJ"
expect_status 200 "management opens the goals for 1. kvartal 2012"
expect_body '<h2>Periode: 1. kvartal 2012</h2>' "the period is named"
expect_body '<a href="/staff/goals/">Mål</a>' "the nav has Mål"
row=$(tr -d '\n' < "$BODY" | grep -o '<tr id="goal-grants.accounts">.*' | sed 's,</tr>.*,,')
expect "the accounts goal: 10 decided, 8 within, 80,0 % of 90,0 %" \
    sh -c "printf '%s' '$row' | grep -qF '<td class=\"num\">10</td><td class=\"num\">8</td><td class=\"num\">80,0 %</td><td class=\"num\">90,0 %</td><td class=\"over\">Ikke opfyldt</td>'"
expect "the accounts goal is red in a finished period" sh -c "printf '%s' '$row' | grep -qF 'Rød: ikke opfyldt'"
expect "one open case over the limit, linked to the list" \
    sh -c "printf '%s' '$row' | grep -qF 'href=\"/staff/goals/grants.accounts?year=2012&amp;period=q1#breached\"'"
expect "median 91 and 90th percentile 156 days" \
    sh -c "printf '%s' '$row' | grep -qF '<td class=\"num\">91 kalenderdage</td><td class=\"num\">156 kalenderdage</td>'"
expect "the open-case snapshot: 2 open, 1 within" sh -c "printf '%s' '$row' | grep -qF '2 åbne, 50,0 % inden for fristen'"
expect "one case had its clock stopped, 61 days" sh -c "printf '%s' '$row' | grep -qF '1 sag, gns. 61,0 dage'"
expect_body 'role="img" aria-label="Andel inden for fristen pr. kvartal 2012' "each chart has a text alternative"
expect_body '<th scope="row">1. kvartal 2012</th><td class="num">10</td><td class="num">8</td><td class="num">80,0 %</td><td class="num">90,0 %</td>' "the chart's numbers are a table too"
expect_body '<rect x="50" y="30" width="40" height="80" fill="#b51d09"/>' "the first quarter's bar is 80 high and red"
expect_body 'Kvittering til anmelder inden for 7 dage' "management sees the whistleblower goals"
expect_no_body '<script' "no script"

req GET "/staff/goals/overview.csv?from=2012-01-01&to=2012-03-31" -b "$GJ"
expect_status 200 "the overview as CSV"
expect_header '^Content-Type: text/csv; charset=utf-8' "CSV content type"
expect_header '^Content-Disposition: attachment; filename="maal-2012-01-01-2012-03-31.csv"' "CSV as an attachment"
printf '\357\273\277goal;name;completed;within;share;target;met;open_breached;at_risk;median;p90\r\n' > "$TMP/want.csv"
printf 'grants.accounts;Regnskaber behandlet inden for 155 dage;10;8;80,0;90,0;nej;1;0;91;156\r\n' >> "$TMP/want.csv"
printf 'grants.status;Statusrapporter behandlet inden for 155 dage;0;0;;90,0;;0;0;;\r\n' >> "$TMP/want.csv"
printf 'grants.applications;Ansøgninger afgjort inden for 90 dage;0;0;;90,0;;0;0;;\r\n' >> "$TMP/want.csv"
printf 'whistle.register;Whistleblowerhenvendelser registreret inden for 1 arbejdsdag;0;0;;100,0;;1;0;;\r\n' >> "$TMP/want.csv"
printf 'whistle.ack;Kvittering til anmelder inden for 7 dage;0;0;;100,0;;1;0;;\r\n' >> "$TMP/want.csv"
printf 'whistle.feedback;Tilbagemelding til anmelder inden for 3 måneder;0;0;;100,0;;0;0;;\r\n' >> "$TMP/want.csv"
if cmp -s "$BODY" "$TMP/want.csv"; then pass "the CSV's lines are exactly the figures (BOM, header, decimal comma)"; else
	fail "the CSV differs"; diff <(cat -A "$TMP/want.csv") <(cat -A "$BODY"); fi

# A formula in a goal's name is neutralised in the CSV.
sql "UPDATE goal SET name = '=HYPERLINK(\"x\")' WHERE code = 'grants.status'" >/dev/null
req GET "/staff/goals/overview.csv?from=2012-01-01&to=2012-03-31" -b "$GJ"
expect_body "grants.status;\"'=HYPERLINK(\"\"x\"\")\";0" "a cell beginning with = gets a leading '"
sql "UPDATE goal SET name = 'Statusrapporter behandlet inden for 155 dage' WHERE code = 'grants.status'" >/dev/null

# --- 2. bad periods ---------------------------------------------------------
req GET "/staff/goals/?year=abc&period=q1" -b "$GJ"
expect_status 400 "a year that is not a number"
expect_body 'value="abc"' "the typed year is kept"
expect_body 'aria-invalid="true" aria-describedby="year-err"' "the year field is marked"
req GET "/staff/goals/?period=q5" -b "$GJ"
expect_status 400 "a period the form cannot send"
req GET "/staff/goals/?from=2012-01-01" -b "$GJ"
expect_status 400 "a from day without a to day"
expect_body 'Angiv også en til-dato' "says what is missing"
req GET "/staff/goals/?from=2012-03-01&to=2012-02-01" -b "$GJ"
expect_status 400 "to before from"
expect_body 'Til-datoen ligger før fra-datoen' "says so"
req GET "/staff/goals/?from=2012-02-30&to=2012-03-31" -b "$GJ"
expect_status 400 "a day that does not exist"
expect_body 'value="2012-02-30"' "the typed day is kept"
req GET "/staff/goals/overview.csv?from=2012-04-01&to=2012-03-01" -b "$GJ"
expect_status 400 "the CSV refuses a bad period too"
req GET "/staff/goals/grants.accounts?year=2012&period=q1" -b "$GJ"
lists=$(tr -d '\n' < "$BODY")
expect "the lists show both times, the judged one marked" sh -c "printf '%s' '$lists' | sed 's,.*id=\"late\",,' | grep -qF 'Tid brutto (kalenderdage) <span class=\"hint\">bedømt</span></th><th scope=\"col\" class=\"num\">Tid netto (kalenderdage)</th>'"
expect "the five years' trend: 2012's first quarter 8 of 10" sh -c "printf '%s' '$lists' | grep -qF '<tr><th scope=\"row\">2012</th><td class=\"num\">80,0 % <span class=\"over\">ikke nået</span> (10)</td>'"
expect "and 2008 had no cases" sh -c "printf '%s' '$lists' | grep -qF '<tr><th scope=\"row\">2008</th><td class=\"num\">–</td>'"
expect "GL-07, returned for 61 days: 244 days gross, 183 net" sh -c "printf '%s' '$lists' | grep -qF 'GL-07</td><td>2011-07-01</td><td>2012-03-01</td><td class=\"num\">244</td><td class=\"num\">183</td>'"

# --- 3. the drill-down: this quarter, narrowed to gg's cases -------------
TD=$(sql "SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date")
QS=$(sql "SELECT date_trunc('quarter', '$TD'::date)::date")
QE=$(sql "SELECT (date_trunc('quarter', '$TD'::date) + interval '3 months' - interval '1 day')::date")
d() { sql "SELECT ('$1'::date + $2)::date"; }
H1=$(gl_case GH-01 "$(d "$TD" -170)" - "$GG")		# breached
H2=$(gl_case GH-02 "$(d "$QE" -156)" - "$GG")		# passes the limit on the quarter's last day
H3=$(gl_case GH-03 "$(d "$TD" -160)" "$TD" "$GG")	# decided late today
H4=$(gl_case GH-04 "$(d "$TD" -30)" "$TD" "$GG")	# decided in time
req GET "/staff/goals/grants.accounts?handler=$GG" -b "$GJ"
expect_status 200 "the drill-down of the accounts goal, one handler"
expect_body 'Kun de valgte sager' "says the figures are narrowed"
expect_body '<dd id="f-completed">2</dd>' "2 decided"
expect_body '<dd id="f-within">1</dd>' "1 in time"
expect_body '<dd id="f-share">50,0 % (mål 90,0 %)' "50,0 %"
expect_body '<dd id="f-breached"><a href="#breached">1</a></dd>' "1 open over the limit"
if [ "$TD" != "$QE" ]; then
	expect_body '<dd id="f-risk"><a href="#risk">1</a></dd>' "1 at risk"
fi
lists=$(tr -d '\n' < "$BODY")
staff_login gmg "Maal-Kode-12345"
req GET "/staff/goals/grants.accounts?handler=$GG" -b "$JAR"
lists=$(tr -d '\n' < "$BODY")
expect "the breached list links GH-01 to its case page" sh -c "printf '%s' '$lists' | sed 's,.*id=\"breached\",,; s,id=\"risk\".*,,' | grep -qF '<a href=\"/staff/cases/$H1\">GH-01</a>'"
[ "$TD" != "$QE" ] && expect "the at-risk list links GH-02" sh -c "printf '%s' '$lists' | sed 's,.*id=\"risk\",,; s,id=\"late\".*,,' | grep -qF '<a href=\"/staff/cases/$H2\">GH-02</a>'"
expect "the late list links GH-03" sh -c "printf '%s' '$lists' | sed 's,.*id=\"late\",,' | grep -qF '<a href=\"/staff/cases/$H3\">GH-03</a>'"
expect_no_body "GH-04</a>" "a case in time is in no list"
expect_body 'aria-label="Histogram over behandlingstider' "the histogram has a text alternative"
req GET "/staff/cases/$H1" -b "$JAR"
expect_status 200 "the link opens the case for management with grants"
req GET "/staff/goals/grants.accounts?handler=$GG" -b "$GJ"
expect_body '<td>GH-01</td>' "management alone sees the case numbers without links"
expect_body 'du har ikke adgang til selve sagerne' "and is told why"
req GET "/staff/cases/$H1" -b "$GJ"
expect_status 403 "management alone does not open grant cases"
req GET "/staff/goals/grants.accounts?handler=abc" -b "$GJ"
expect_status 400 "a handler that is not a number"
req GET "/staff/goals/no.such.goal" -b "$GJ"
expect_status 404 "an unknown goal"

# An application past its 90 days links to the application page.
PID=$(sql "SELECT id FROM pool ORDER BY id LIMIT 1")
AID=$(sql "INSERT INTO application (pool_id, draft_no, resume_hash, case_no, status, submitted) VALUES ($PID, '99999971', '\$argon2id\$x', 'ANS-GOAL-1', 'submitted', '$TD'::date - 120) RETURNING id" | head -n 1)
req GET "/staff/goals/grants.applications" -b "$JAR"
expect_body "<a href=\"/staff/applications/$AID\">ANS-GOAL-1</a>" "an application over its limit links to the application"

# --- 4. who sees what --------------------------------------------------------
staff_login gg "Maal-Kode-12345"
req GET "/staff/goals/?year=2012&period=q1" -b "$JAR"
expect_status 200 "grants staff open the goals"
expect_body 'Regnskaber behandlet inden for 155 dage' "grants staff see the grant goals"
expect_no_body 'Kvittering til anmelder' "grants staff do not see the whistleblower goals"
req GET "/staff/goals/whistle.ack" -b "$JAR"
expect_status 404 "nor a whistleblower goal's drill-down"
req GET "/staff/goals/overview.csv?from=2012-01-01&to=2012-03-31" -b "$JAR"
expect_no_body 'whistle.' "nor in the CSV"
staff_login gw "Maal-Kode-12345"
req GET "/staff/goals/" -b "$JAR"
expect_body 'Kvittering til anmelder inden for 7 dage' "whistleblower staff see theirs"
expect_no_body 'Regnskaber behandlet' "and not the grant goals"
req GET "/staff/goals/whistle.ack?year=2012&period=q1" -b "$JAR"
expect_body "<a href=\"/staff/whistle/$WID\">WB-GOAL-1</a>" "a report never acknowledged links to the report"
req GET "/staff/whistle/$WID" -b "$JAR"
expect_status 200 "which opens"
staff_login gn "Maal-Kode-12345"
req GET "/staff/goals/" -b "$JAR"
expect_status 403 "staff without a role get 403"
expect_no_body '<a href="/staff/goals/">Mål</a>' "and no Mål in the nav"
req GET "/staff/goals/overview.csv" -b "$JAR"
expect_status 403 "nor the CSV"

# --- 5. a long list pages ----------------------------------------------------
gl_user gp "ARRAY['grants', 'management']"
GP=$(sql "SELECT id FROM staff WHERE username = 'gp'")
sql "INSERT INTO submission (case_no, kind, external_grant, status, received, source, handler_id)
    SELECT 'GP-' || lpad(i::text, 3, '0'), 'accounts', 'EXT-GP', 'processing', '$TD'::date - 200 - i, 'import', $GP
    FROM generate_series(1, 55) i" >/dev/null
staff_login gp "Maal-Kode-12345"
req GET "/staff/goals/grants.accounts?handler=$GP" -b "$JAR"
expect_body '<p>55 sager, side 1 af 2.</p>' "55 breached cases, 2 pages"
expect_body "?year=$(echo "$TD" | cut -c1-4)&amp;period=q$(( ($(echo "$TD" | cut -c6-7 | sed 's/^0//') + 2) / 3 ))&amp;handler=$GP&amp;bpage=2#breached\" rel=\"next\"" "the next page keeps the period and the filter"
n=$(grep -o '>GP-[0-9]*</a>' "$BODY" | wc -l)
expect "the first page shows 50 ($n)" [ "$n" = 50 ]
req GET "/staff/goals/grants.accounts?handler=$GP&bpage=2" -b "$JAR"
n=$(grep -o '>GP-[0-9]*</a>' "$BODY" | wc -l)
expect "the second page shows the other 5 ($n)" [ "$n" = 5 ]
expect_body '<p>55 sager, side 2 af 2.</p>' "page 2 of 2"
req GET "/staff/goals/grants.accounts?handler=$GP&bpage=9" -b "$JAR"
expect_body 'Siden findes ikke' "a page past the end says so"
req GET "/staff/goals/grants.accounts?handler=$GP&bpage=0" -b "$JAR"
expect_status 400 "page 0 is refused"

# The open cases made here would be in every later test's queue: gone.
sql "DELETE FROM case_pause WHERE submission_id IN (SELECT id FROM submission WHERE case_no ~ '^(GL|GH|GP)-')" >/dev/null
sql "DELETE FROM submission WHERE case_no ~ '^(GL|GH|GP)-'" >/dev/null
sql "DELETE FROM application WHERE case_no = 'ANS-GOAL-1'" >/dev/null

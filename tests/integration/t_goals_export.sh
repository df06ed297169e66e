# The goals as XML (/staff/goals/overview.xml, valid against
# etc/schemas/goals-report.xsd), the case lists of one goal as CSV
# (/staff/goals/<code>/cases.csv) and the printable quarterly report
# (/staff/goals/report): the XML's figures are the overview CSV's, goal
# for goal and quarter for quarter, on the demo data and on known cases;
# a grants-only user sees only the grant goals; bad periods give 400 with
# a Danish message.

XSD=$SRC/etc/schemas/goals-report.xsd
GXJ=$TMP/goals-export.jar
gx_user() {	# gx_user NAME ROLES-ARRAY
	new_staff "$1" "Eksport-Kode-12345"
	sql "UPDATE staff SET roles = $2 WHERE username = '$1'" >/dev/null
}
gx_user gxm "ARRAY['management']"
gx_user gxg "ARRAY['grants']"
gx_user gxn "ARRAY[]::text[]"

# gx_case NO RECEIVED DECIDED|- [PAUSE-FROM PAUSE-TO]
gx_case() {
	if [ "$3" = - ]; then dec=NULL st=processing; else dec="'$3'::date" st=approved; fi
	id=$(sql "INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source)
	    VALUES ('$1', 'accounts', 'EXT-$1', '$st', '$2'::date, $dec, 'import') RETURNING id" | head -n 1)
	if [ -n "${4:-}" ]; then
		sql "INSERT INTO case_pause (submission_id, started, ended) VALUES ($id, '$4', '$5')" >/dev/null
	fi
}

# The XML without its namespace, for plain XPath: gx_plain IN OUT.
gx_plain() { sed 's/ xmlns="urn:frist:goals-report:1"//' "$1" > "$2"; }
# gx_x FILE XPATH: the string value.
gx_x() { xmllint --xpath "string($2)" "$1" 2>/dev/null; }
# Per mille as the CSV writes it ("80,0"), or nothing.
gx_pct() { [ -n "$1" ] && printf '%d,%d' $(( $1 / 10 )) $(( $1 % 10 )); }
# gx_rows FILE [Q]: the overview CSV's lines (without its header) made
# from the XML's figures, or from its trend's quarter Q.
gx_rows() {
	f=$1 q=${2:-}
	n=$(xmllint --xpath 'count(/goals-report/goal)' "$f")
	for i in $(seq 1 "$n"); do
		g="/goals-report/goal[$i]"
		if [ -n "$q" ]; then fg="$g/trend/quarter[@number=$q]"; else fg="$g/figures"; fi
		met=$(gx_x "$f" "$fg/share/@verdict")
		case $met in met) met=ja ;; not-met) met=nej ;; *) met= ;; esac
		printf '%s;%s;%s;%s;%s;%s;%s;%s;%s;%s;%s\n' \
		    "$(gx_x "$f" "$g/@code")" "$(gx_x "$f" "$g/name")" \
		    "$(gx_x "$f" "$fg/completed")" "$(gx_x "$f" "$fg/within")" \
		    "$(gx_pct "$(gx_x "$f" "$fg/share/@permille")")" \
		    "$(gx_pct "$(gx_x "$f" "$fg/rule/@target-permille")")" "$met" \
		    "$(gx_x "$f" "$fg/breached")" "$(gx_x "$f" "$fg/at-risk")" \
		    "$(gx_x "$f" "$fg/p50")" "$(gx_x "$f" "$fg/p90")"
	done
}
# The CSV in $BODY without BOM, header and CRLF.
gx_csv_rows() { sed '1d' "$BODY" | tr -d '\r'; }
# gx_same WHAT QUERY [Q]: the XML of QUERY against the CSV of QUERY (or,
# with Q, the XML's trend quarter Q against the CSV of that quarter).
gx_same() {
	what=$1 xq=$2 cq=${4:-$2}
	req GET "/staff/goals/overview.xml?$xq" -b "$GXJ"
	gx_plain "$BODY" "$TMP/gx.xml"
	gx_rows "$TMP/gx.xml" "${3:-}" > "$TMP/gx.fromxml"
	req GET "/staff/goals/overview.csv?$cq" -b "$GXJ"
	gx_csv_rows > "$TMP/gx.fromcsv"
	if [ -s "$TMP/gx.fromcsv" ] && cmp -s "$TMP/gx.fromxml" "$TMP/gx.fromcsv"; then
		pass "$what: the XML's figures are the CSV's ($(wc -l < "$TMP/gx.fromcsv") goals)"
	else
		fail "$what: the XML's figures differ from the CSV's"
		diff "$TMP/gx.fromcsv" "$TMP/gx.fromxml" | head -n 20
	fi
}
# The count of each case list is the figure it lists, in every goal.
gx_lists_agree() {
	f=$TMP/gx.xml bad=0 what=$1
	n=$(xmllint --xpath 'count(/goals-report/goal)' "$f")
	for i in $(seq 1 "$n"); do
		g="/goals-report/goal[$i]"
		for l in "breached-cases breached" "at-risk-cases at-risk"; do
			set -- $l
			c=$(gx_x "$f" "$g/$1/@count")
			k=$(xmllint --xpath "count($g/$1/case)" "$f")
			v=$(gx_x "$f" "$g/figures/$2")
			[ "$c" = "$v" ] && [ "$k" = "$v" ] || bad=1
		done
		# Decided late in the period: completed less within.
		c=$(gx_x "$f" "$g/late-cases/@count")
		k=$(xmllint --xpath "count($g/late-cases/case)" "$f")
		v=$(xmllint --xpath "$g/figures/completed - $g/figures/within" "$f")
		[ "$c" = "$v" ] && [ "$k" = "$v" ] || bad=1
	done
	expect "$what: every case list holds as many cases as its figure (late: completed less within)" [ "$bad" = 0 ]
}

staff_login gxm "Eksport-Kode-12345"
cp "$JAR" "$GXJ"

# --- 1. the demo data, this quarter -----------------------------------------
req GET /staff/goals/overview.xml -b "$GXJ"
expect_status 200 "the overview as XML"
expect_header '^Content-Type: application/xml; charset=utf-8' "XML content type"
expect_header '^Content-Disposition: attachment; filename="maal-[0-9-]*\.xml"' "XML as an attachment"
expect_body '<?xml version="1.0" encoding="UTF-8"?>' "an XML declaration"
expect "the root in the report's namespace, version 1" grep -qE '^<goals-report (version="1" xmlns="urn:frist:goals-report:1"|xmlns="urn:frist:goals-report:1" version="1")>$' "$BODY"
cp "$BODY" "$TMP/gx-demo.xml"
if xmllint --noout --nonet --schema "$XSD" "$TMP/gx-demo.xml" 2>"$TMP/gx.err"; then
	pass "the demo data's XML is valid against goals-report.xsd"
else
	fail "the demo data's XML is not valid"; head -n 5 "$TMP/gx.err"
fi
gx_same "the demo data, this quarter" ""
gx_lists_agree "the demo data"
req GET /staff/goals/overview.xml -b "$GXJ"
expect_body '<goal code="whistle.ack" population="wb_ack">' "management sees the whistleblower goals in the XML"

# --- 2. known cases: 1. kvartal 2014 ---------------------------------------
# Accounts, 155 days gross: 40 and 10 days within, 156 and 243 (61 days
# returned) late: 2 of 4 = 50,0 %, not met; median (2nd) 40, 90th
# percentile (4th) 243.  GX-05 open since 2013-09-15: breached on
# 2014-02-18, 197 days old at the quarter's end; GX-06 open then, within.
gx_case GX-01 2013-12-01 2014-01-10
gx_case GX-02 2013-08-01 2014-01-04
gx_case GX-03 2014-01-02 2014-01-12
gx_case GX-04 2013-07-01 2014-03-01 2013-09-01 2013-11-01
gx_case GX-05 2013-09-15 -
gx_case GX-06 2014-02-20 2014-05-01

req GET "/staff/goals/overview.xml?year=2014&period=q1" -b "$GXJ"
expect_status 200 "the XML of 1. kvartal 2014"
expect_header '^Content-Disposition: attachment; filename="maal-2014-01-01-2014-03-31.xml"' "named by the period"
cp "$BODY" "$TMP/gx-2014.xml"
if xmllint --noout --nonet --schema "$XSD" "$TMP/gx-2014.xml" 2>"$TMP/gx.err"; then
	pass "the XML of known cases is valid against goals-report.xsd"
else
	fail "the XML of known cases is not valid"; head -n 5 "$TMP/gx.err"
fi
gx_plain "$TMP/gx-2014.xml" "$TMP/gx.xml"
F=$TMP/gx.xml
A="/goals-report/goal[@code='grants.accounts']"
expect "the period: from, to, kind, label" [ "$(gx_x "$F" "concat(/goals-report/period/@from,' ',/goals-report/period/@to,' ',/goals-report/period/@kind,' ',/goals-report/period/@label)")" = "2014-01-01 2014-03-31 q1 1. kvartal 2014" ]
expect "a past period is as of its last day" [ "$(gx_x "$F" /goals-report/as-of)" = 2014-03-31 ]
expect "the accounts goal: 4 decided, 2 within" [ "$(gx_x "$F" "concat($A/figures/completed,'/',$A/figures/within)")" = "4/2" ]
expect "the share as counted: 2 of 4, 500 per mille, not met" [ "$(gx_x "$F" "concat($A/figures/share/@num,' ',$A/figures/share/@den,' ',$A/figures/share/@permille,' ',$A/figures/share/@verdict)")" = "2 4 500 not-met" ]
expect "the rule in force: 155 days, 900 per mille" [ "$(gx_x "$F" "concat($A/figures/rule/@limit,' ',$A/figures/rule/@unit,' ',$A/figures/rule/@target-permille,' ',$A/figures/rule/@valid-from)")" = "155 days 900 2000-01-01" ]
expect "percentiles 40, 243, 243" [ "$(gx_x "$F" "concat($A/figures/p50,' ',$A/figures/p90,' ',$A/figures/p95)")" = "40 243 243" ]
expect "the open-case snapshot: 2 open, 1 within" [ "$(gx_x "$F" "concat($A/figures/open/@count,' ',$A/figures/open/@within)")" = "2 1" ]
expect "one case paused 61 days, 61,0 on average" [ "$(gx_x "$F" "concat($A/figures/paused/@cases,' ',$A/figures/paused/@days,' ',$A/figures/paused/@avg-tenths)")" = "1 61 610" ]
expect "finished, red in words" [ "$(gx_x "$F" "concat($A/figures/@finished,' ',$A/status/@rag,' ',$A/status)")" = "true red Rød: ikke opfyldt" ]
expect "one version, judging the share" [ "$(gx_x "$F" "concat(count($A/versions/version),' ',$A/versions/version/@valid-from,' ',$A/versions/version/@share)")" = "1 2000-01-01 true" ]
expect "the breached list: GX-05, its start, breach day and age" [ "$(gx_x "$F" "concat($A/breached-cases/@count,' ',$A/breached-cases/case[@case-no='GX-05']/@start,' ',$A/breached-cases/case[@case-no='GX-05']/@breach,' ',$A/breached-cases/case[@case-no='GX-05']/@age)")" = "1 2013-09-15 2014-02-18 197" ]
expect "no case at risk in a finished period" [ "$(gx_x "$F" "$A/at-risk-cases/@count")" = 0 ]
expect "the trend has four quarters of 2014" [ "$(gx_x "$F" "concat($A/trend/@year,' ',count($A/trend/quarter))")" = "2014 4" ]
expect "its first quarter is the period's figures" [ "$(gx_x "$F" "concat($A/trend/quarter[@number=1]/completed,' ',$A/trend/quarter[@number=1]/share/@permille,' ',$A/trend/quarter[@number=1]/@from,' ',$A/trend/quarter[@number=1]/@to)")" = "4 500 2014-01-01 2014-03-31" ]
gx_same "1. kvartal 2014" "year=2014&period=q1"
gx_same "the same period by from and to" "from=2014-01-01&to=2014-03-31"
gx_lists_agree "1. kvartal 2014"
for q in 1 2 3 4; do
	gx_same "2014's trend, quarter $q" "year=2014&period=q1" "$q" "year=2014&period=q$q"
done
gx_same "the whole of 2014" "year=2014&period=year"

# --- 3. the case lists of one goal as CSV -----------------------------------
req GET "/staff/goals/grants.accounts/cases.csv?year=2014&period=q1" -b "$GXJ"
expect_status 200 "the accounts goal's case lists as CSV"
expect_header '^Content-Type: text/csv; charset=utf-8' "CSV content type"
expect_header '^Content-Disposition: attachment; filename="sager-grants.accounts-2014-01-01-2014-03-31.csv"' "named by goal and period"
printf '\357\273\277list;case_no;start;stop;breach;elapsed;gross;net;unit;paused;handler\r\n' > "$TMP/gx-want.csv"
printf 'breached;GX-05;2013-09-15;;2014-02-18;197;197;197;days;nej;\r\n' >> "$TMP/gx-want.csv"
printf 'late;GX-04;2013-07-01;2014-03-01;2013-12-04;243;243;182;days;nej;\r\n' >> "$TMP/gx-want.csv"
printf 'late;GX-02;2013-08-01;2014-01-04;2014-01-04;156;156;156;days;nej;\r\n' >> "$TMP/gx-want.csv"
if cmp -s "$BODY" "$TMP/gx-want.csv"; then pass "the lists' lines are exactly the drill-down's cases"; else
	fail "the case CSV differs"; diff <(cat -A "$TMP/gx-want.csv") <(cat -A "$BODY"); fi
req GET "/staff/goals/grants.accounts/cases.csv?year=2014&period=q1&source=xml" -b "$GXJ"
expect "the drill-down's filters apply: no case came in as XML" [ "$(tr -d '\r' < "$BODY" | wc -l)" = 1 ]
req GET "/staff/goals/grants.accounts/cases.csv?year=2014&period=q1&handler=abc" -b "$GXJ"
expect_status 400 "a handler that is not a number"
req GET "/staff/goals/no.such.goal/cases.csv" -b "$GXJ"
expect_status 404 "an unknown goal's cases"
req GET "/staff/goals/grants.accounts?year=2014&period=q1" -b "$GXJ"
expect_body 'href="/staff/goals/grants.accounts/cases.csv?year=2014&amp;period=q1&amp;handler=&amp;pool=&amp;source=" download' "the drill-down links its lists as CSV"

# --- 4. the printable report ------------------------------------------------
req GET "/staff/goals/?year=2014&period=q1" -b "$GXJ"
expect_body 'href="/staff/goals/report?year=2014&amp;period=q1"' "the overview links the report for its period"
expect_body 'href="/staff/goals/overview.xml?year=2014&amp;period=q1" download' "and the XML"
req GET "/staff/goals/report?year=2014&period=q1" -b "$GXJ"
expect_status 200 "the quarterly report"
AG=$(gx_x "$F" /goals-report/agency)
expect_body "<dd id=\"r-agency\">$AG</dd>" "names the agency ($AG)"
expect_body '<dd id="r-period">1. kvartal 2014 (1. januar 2014 – 31. marts 2014)</dd>' "the period"
expect_body '<dd id="r-asof">31. marts 2014 (perioden er afsluttet)</dd>' "the day it is as of"
expect_body '<strong>Udskriv:</strong>' "a hint how to print it"
expect_no_body '<script' "no script"
sec=$(tr -d '\n' < "$BODY" | grep -o '<section class="report-goal" id="goal-grants.accounts".*' | sed 's,</section>.*,,')
gx_in() { printf '%s' "$sec" | grep -qF -- "$1"; }
expect "the accounts goal: 4 decided" gx_in '<tr><th scope="row">Afgjort i perioden</th><td class="num">4</td></tr>'
expect "2 within" gx_in '<tr><th scope="row">Inden for fristen</th><td class="num">2</td></tr>'
expect "50,0 % of 90,0 %" gx_in '<tr><th scope="row">Andel inden for fristen</th><td class="num">50,0 %</td></tr><tr><th scope="row">Mål</th><td class="num">90,0 %</td></tr>'
expect "the verdict in words" gx_in '<tr><th scope="row">Opfyldt</th><td class="num">Ikke opfyldt</td></tr>'
expect "and the status in words" gx_in 'Rød: ikke opfyldt'
expect "1 breached, 0 at risk" gx_in '<tr><th scope="row">Åbne sager over fristen</th><td class="num">1</td></tr><tr><th scope="row">Sager i risiko</th><td class="num">0</td></tr>'
expect "the percentiles" gx_in '40 kalenderdage, 243 kalenderdage, 243 kalenderdage'
expect "the version it judges by" gx_in 'én version: fra 2000-01-01: 155 kalenderdage, 90,0 %'
expect "the trend table" gx_in '<tr><th scope="row">1. kvartal 2014</th><td class="num">4</td><td class="num">2</td><td class="num">50,0 %</td><td class="num">90,0 %</td></tr>'
expect_body 'Kvittering til anmelder inden for 7 dage' "management's report has the whistleblower goals"
expect_body 'ingen sager bedømt i perioden; gældende version fra 2000-01-01: 90 kalenderdage, 90,0 %' "a goal without cases names the version in force"
expect "the print style hides the report's screen parts" grep -qF '.goals-report .report-screen' "$SRC/htdocs/frist.css"

# --- 5. versions mixed -----------------------------------------------------
GIDA=$(sql "SELECT id FROM goal WHERE code = 'grants.accounts'")
sql "INSERT INTO goal_version (goal_id, valid_from, unit, limit_n, target_permille, pauses, period_rule)
    VALUES ($GIDA, '2013-10-01', 'days', 30, 800, 'net', 'decided')" >/dev/null
req GET "/staff/goals/overview.xml?year=2014&period=q1" -b "$GXJ"
gx_plain "$BODY" "$F"
# GX-01 (from 2013-12-01: 40 days over 30) and GX-03 (10) by the new one.
expect "the XML lists both versions the figures mix" [ "$(gx_x "$F" "concat(count($A/versions/version),' ',$A/versions/version[2]/@valid-from,' ',$A/versions/version[2]/@pauses)")" = "2 2013-10-01 net" ]
expect "the units are mixed (gross and net)" [ "$(gx_x "$F" "$A/figures/mixed-units")" = true ]
expect "the rule in force at the end is the new one" [ "$(gx_x "$F" "concat($A/figures/rule/@version,' ',$A/figures/rule/@limit,' ',$A/figures/rule/@target-permille)")" = "1 30 800" ]
gx_same "two versions mixed" "year=2014&period=q1"
req GET "/staff/goals/report?year=2014&period=q1" -b "$GXJ"
expect_body 'tallene blander 2 versioner af målet' "the report says the figures mix two versions"
sql "DELETE FROM goal_version WHERE goal_id = $GIDA AND valid_from = '2013-10-01'" >/dev/null

# --- 6. generated cases in this quarter ---------------------------------------
TD=$(sql "SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date")
QE=$(sql "SELECT (date_trunc('quarter', '$TD'::date) + interval '3 months' - interval '1 day')::date")
dd() { sql "SELECT ('$1'::date + $2)::date"; }
gx_case GXH-1 "$(dd "$TD" -170)" -
gx_case GXH-2 "$(dd "$QE" -156)" -
gx_case GXH-3 "$(dd "$TD" -160)" "$TD"
gx_case GXH-4 "$(dd "$TD" -30)" "$TD"
sql "INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source)
    SELECT 'GXG-' || i, CASE WHEN i % 3 = 0 THEN 'status' ELSE 'accounts' END, 'EXT-GXG', CASE WHEN i % 4 = 0 THEN 'processing' ELSE 'approved' END,
    '$TD'::date - (i * 7) % 400, CASE WHEN i % 4 = 0 THEN NULL ELSE '$TD'::date - (i * 7) % 400 + (i * 13) % 220 END, 'import'
    FROM generate_series(1, 120) i WHERE i % 4 = 0 OR (i * 7) % 400 >= (i * 13) % 220" >/dev/null
req GET /staff/goals/overview.xml -b "$GXJ"
cp "$BODY" "$TMP/gx-now.xml"
if xmllint --noout --nonet --schema "$XSD" "$TMP/gx-now.xml" 2>"$TMP/gx.err"; then
	pass "the XML of generated cases is valid against goals-report.xsd"
else
	fail "the XML of generated cases is not valid"; head -n 5 "$TMP/gx.err"
fi
gx_same "generated cases, this quarter" ""
gx_lists_agree "generated cases"
gx_same "generated cases, this year" "period=year"
gx_plain "$TMP/gx-now.xml" "$F"
if [ "$TD" != "$QE" ]; then
	expect "GXH-2 is at risk, passing its limit on the quarter's last day" [ "$(gx_x "$F" "$A/at-risk-cases/case[@case-no='GXH-2']/@breach")" = "$QE" ]
fi
expect "GXH-1 is breached, 170 days old" [ "$(gx_x "$F" "$A/breached-cases/case[@case-no='GXH-1']/@age")" = 170 ]
expect "the period is not finished" [ "$(gx_x "$F" "$A/figures/@finished")" = false ]
req GET /staff/goals/report -b "$GXJ"
expect_status 200 "this quarter's report"
expect_body '(perioden er ikke slut: tallene kan nå at ændre sig)' "says the period is not over"

# --- 7. who sees what, and bad periods ----------------------------------------
staff_login gxg "Eksport-Kode-12345"
req GET "/staff/goals/overview.xml?year=2014&period=q1" -b "$JAR"
expect_status 200 "grants staff get the XML"
expect_body '<goal code="grants.accounts" population="accounts">' "with the grant goals"
expect_no_body 'code="whistle.' "and no whistleblower goal"
req GET "/staff/goals/report?year=2014&period=q1" -b "$JAR"
expect_status 200 "grants staff get the report"
expect_no_body 'Kvittering til anmelder' "without the whistleblower goals"
req GET "/staff/goals/whistle.ack/cases.csv" -b "$JAR"
expect_status 404 "nor a whistleblower goal's cases"
staff_login gxn "Eksport-Kode-12345"
req GET /staff/goals/overview.xml -b "$JAR"
expect_status 403 "staff without a role get no XML"
req GET /staff/goals/report -b "$JAR"
expect_status 403 "nor the report"
req GET /staff/goals/overview.xml
expect_status 303 "without a session: to the login"

req GET "/staff/goals/overview.xml?from=2014-04-01&to=2014-03-01" -b "$GXJ"
expect_status 400 "the XML refuses to before from"
expect_body 'Til-datoen ligger før fra-datoen' "in Danish"
req GET "/staff/goals/overview.xml?year=abc" -b "$GXJ"
expect_status 400 "the XML refuses a year that is not a number"
req GET "/staff/goals/report?year=2014&period=q5" -b "$GXJ"
expect_status 400 "the report refuses a period the form cannot send"
expect_body 'Rapporten kan ikke vises for den periode' "and says so"
req GET "/staff/goals/report?from=2014-02-30&to=2014-03-31" -b "$GXJ"
expect_status 400 "the report refuses a day that does not exist"
expect_body 'value="2014-02-30"' "the typed day is kept"
req GET "/staff/goals/grants.accounts/cases.csv?from=2014-01-01" -b "$GXJ"
expect_status 400 "the case CSV refuses a from day without a to day"
expect_body 'Angiv også en til-dato' "says what is missing"

# The open cases made here would be in every later test's queue: gone.
sql "DELETE FROM case_pause WHERE submission_id IN (SELECT id FROM submission WHERE case_no ~ '^GX')" >/dev/null
sql "DELETE FROM submission WHERE case_no ~ '^GX'" >/dev/null

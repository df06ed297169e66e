# The drill-down's two tables as data: /staff/goals/<code>/trend.csv,
# histogram.csv and tables.xml (valid against etc/schemas/goal-tables.xsd)
# hold the page's numbers, cell for cell, on known cases; the handler
# filter narrows them; bad periods give 400, unknown or invisible goals
# 404.

XSD=$SRC/etc/schemas/goal-tables.xsd
TJ=$TMP/goal-tables.jar
tb_user() {	# tb_user NAME ROLES-ARRAY
	new_staff "$1" "Tabel-Kode-12345"
	sql "UPDATE staff SET roles = $2 WHERE username = '$1'" >/dev/null
}
tb_user tbm "ARRAY['management', 'grants']"
tb_user tbw "ARRAY['whistleblower']"
TH=$(sql "SELECT id FROM staff WHERE username = 'tbm'")

# tb_case NO RECEIVED DECIDED HANDLER|NULL
tb_case() {
	sql "INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source, handler_id)
	    VALUES ('$1', 'accounts', 'EXT-$1', 'approved', '$2'::date, '$3'::date, 'import', $4)" >/dev/null
}
# 1. kvartal 2016, tbm's: 40, 156 (late), 10 and 58 days: 3 of 4, 75,0 %.
# TB-05 (30 days) has no handler: the filter leaves it out.
tb_case TB-01 2015-12-01 2016-01-10 "$TH"
tb_case TB-02 2015-08-01 2016-01-04 "$TH"
tb_case TB-03 2016-01-02 2016-01-12 "$TH"
tb_case TB-04 2016-02-01 2016-03-30 "$TH"
tb_case TB-05 2016-01-05 2016-02-04 NULL

# The CSV in $BODY without BOM, header and CRLF.
tb_rows() { sed '1d' "$BODY" | tr -d '\r'; }
# The page's five-year table as year;quarter;share;met;judged lines.
tb_page_trend() {
	tr -d '\n' < "$BODY" | grep -o '<table class="list" id="trend-years">.*' |
	    sed 's,</table>.*,,; s,<tr><th scope="row">,\n,g' | sed '1d' |
	    sed -E 's#</tr>.*##; s#</th>##;
		s#<td class="num">–</td>#|;;#g;
		s#<td class="num">([0-9]+,[0-9]) % <span class="ok">nået</span> \(([0-9]+)\)</td>#|\1;ja;\2#g;
		s#<td class="num">([0-9]+,[0-9]) % <span class="over">ikke nået</span> \(([0-9]+)\)</td>#|\1;nej;\2#g' |
	    awk -F'|' '{ for (i = 2; i <= 6; i++) printf "%s;%s;%s\n", $1, i < 6 ? i - 1 : "", $i }'
}
# The trend CSV the same way.
tb_csv_trend() { tb_rows | awk -F';' '{ print $1 ";" $2 ";" $5 ";" $7 ";" $3 }'; }
# The XML's trend the same way (per mille as the page writes it).
tb_xml_trend() {
	f=$1
	for y in 1 2 3 4 5; do
		yr=$(xmllint --xpath "string(/goal-tables/trend/year[$y]/@number)" "$f")
		for q in 1 2 3 4 5; do
			if [ "$q" = 5 ]; then c="/goal-tables/trend/year[$y]/whole-year" qn=
			else c="/goal-tables/trend/year[$y]/quarter[$q]" qn=$q; fi
			xmllint --xpath "concat('$yr;$qn;',$c/@data,';',$c/@share-permille,';',$c/@met,';',$c/@completed)" "$f" |
			    awk -F';' '{ if ($3 == "false") { print $1 ";" $2 ";;;"; next }
				printf "%s;%s;%d,%d;%s;%s\n", $1, $2, $4 / 10, $4 % 10, $5 == "true" ? "ja" : "nej", $6 }'
		done
	done
}
# The page's histogram table as range;cases;over lines.
tb_page_hist() {
	grep -o '<tr><th scope="row">[^<]*</th><td class="num">[0-9]*</td><td>[a-z]*</td></tr>' "$BODY" |
	    sed -E 's,<tr><th scope="row">([^<]*)</th><td class="num">([0-9]*)</td><td>([a-z]*)</td></tr>,\1;\2;\3,'
}
# The histogram CSV the same way.
tb_csv_hist() {
	tb_rows | awk -F';' '{ r = $2 == "" ? $1 " og derover" : $2 == $1 ? $1 : $1 "–" $2
		print r ";" $3 ";" ($4 == "ja" ? "ja" : "") }'
}
tb_xml_hist() {
	n=$(xmllint --xpath 'count(/goal-tables/histogram/bucket)' "$1")
	for i in $(seq 1 "$n"); do
		b="/goal-tables/histogram/bucket[$i]"
		xmllint --xpath "concat($b/@from,';',$b/@to,';',$b/@cases,';',$b/@over-limit)" "$1" |
		    awk -F';' '{ r = $2 == "" ? $1 " og derover" : $2 == $1 ? $1 : $1 "–" $2
			print r ";" $3 ";" ($4 == "true" ? "ja" : "") }'
	done
}
# tb_same WHAT A B: two files of lines alike (and not empty).
tb_same() {
	if [ -s "$2" ] && cmp -s "$2" "$3"; then pass "$1 ($(wc -l < "$2") lines)"; else
		fail "$1"; diff "$2" "$3" | head -n 20; fi
}
# tb_check WHAT QUERY: the page, the CSVs and the XML of QUERY agree.
tb_check() {
	what=$1 q=$2
	req GET "/staff/goals/grants.accounts?$q" -b "$TJ"
	tb_page_trend > "$TMP/tb.page.trend"
	tb_page_hist > "$TMP/tb.page.hist"
	req GET "/staff/goals/grants.accounts/trend.csv?$q" -b "$TJ"
	expect_status 200 "$what: trend.csv"
	tb_csv_trend > "$TMP/tb.csv.trend"
	cp "$BODY" "$TMP/tb.trend.csv"
	req GET "/staff/goals/grants.accounts/histogram.csv?$q" -b "$TJ"
	expect_status 200 "$what: histogram.csv"
	tb_csv_hist > "$TMP/tb.csv.hist"
	cp "$BODY" "$TMP/tb.hist.csv"
	req GET "/staff/goals/grants.accounts/tables.xml?$q" -b "$TJ"
	expect_status 200 "$what: tables.xml"
	cp "$BODY" "$TMP/tb.xml"
	if xmllint --noout --nonet --schema "$XSD" "$TMP/tb.xml" 2>"$TMP/tb.err"; then
		pass "$what: the XML is valid against goal-tables.xsd"
	else
		fail "$what: the XML is not valid"; head -n 5 "$TMP/tb.err"
	fi
	sed 's/ xmlns="urn:frist:goal-tables:1"//' "$TMP/tb.xml" > "$TMP/tb.plain.xml"
	tb_xml_trend "$TMP/tb.plain.xml" > "$TMP/tb.xml.trend"
	tb_xml_hist "$TMP/tb.plain.xml" > "$TMP/tb.xml.hist"
	tb_same "$what: the trend CSV is the page's table" "$TMP/tb.page.trend" "$TMP/tb.csv.trend"
	tb_same "$what: the trend XML is the page's table" "$TMP/tb.page.trend" "$TMP/tb.xml.trend"
	tb_same "$what: the histogram CSV is the page's table" "$TMP/tb.page.hist" "$TMP/tb.csv.hist"
	tb_same "$what: the histogram XML is the page's table" "$TMP/tb.page.hist" "$TMP/tb.xml.hist"
}

staff_login tbm "Tabel-Kode-12345"
cp "$JAR" "$TJ"

# --- 1. known cases, narrowed to tbm's ----------------------------------------
tb_check "tbm's cases, 1. kvartal 2016" "year=2016&period=q1&handler=$TH"
expect "the CSV starts with the BOM" [ "$(head -c 3 "$TMP/tb.trend.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]
expect "the histogram CSV too" [ "$(head -c 3 "$TMP/tb.hist.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]
expect "the trend's header" [ "$(head -n 1 "$TMP/tb.trend.csv" | tr -d '\r' | sed 's/^\xef\xbb\xbf//')" = "year;quarter;completed;within;share;target;met" ]
expect "the histogram's header" [ "$(head -n 1 "$TMP/tb.hist.csv" | tr -d '\r' | sed 's/^\xef\xbb\xbf//')" = "from;to;cases;over_limit" ]
expect "five years of five rows" [ "$(tr -d '\r' < "$TMP/tb.trend.csv" | sed 1d | wc -l)" = 25 ]
expect "2016's first quarter: 4 judged, 3 within, 75,0 % of 90,0 %, not met" grep -qF "2016;1;4;3;75,0;90,0;nej" "$TMP/tb.trend.csv"
expect "and the whole of 2016 (quarter empty)" grep -qF "2016;;4;3;75,0;90,0;nej" "$TMP/tb.trend.csv"
expect "2012 is the first year, without data" grep -qxF "$(printf '2012;1;;;;;\r')" "$TMP/tb.trend.csv"
expect "the histogram's first bucket: 0-15 days, TB-03" grep -qxF "$(printf '0;15;1;nej\r')" "$TMP/tb.hist.csv"
expect "the histogram holds the 4 decided cases" [ "$(tr -d '\r' < "$TMP/tb.hist.csv" | sed 1d | awk -F';' '{ s += $3 } END { print s }')" = 4 ]
expect "1 of them over the limit (TB-02, 156 days)" [ "$(tr -d '\r' < "$TMP/tb.hist.csv" | sed 1d | awk -F';' '$4 == "ja" { s += $3 } END { print s + 0 }')" = 1 ]
expect "the last bucket has no end" [ "$(tr -d '\r' < "$TMP/tb.hist.csv" | tail -n 1 | cut -d';' -f2)" = "" ]
expect "the XML names the goal, the period and the filter" [ "$(xmllint --xpath "concat(/goal-tables/@goal,' ',/goal-tables/period/@from,' ',/goal-tables/period/@to,' ',/goal-tables/period/@kind,' ',/goal-tables/filter/@handler)" "$TMP/tb.plain.xml")" = "grants.accounts 2016-01-01 2016-03-31 q1 $TH" ]
expect "the XML's histogram: 155 days, 4 decided" [ "$(xmllint --xpath "concat(/goal-tables/histogram/@limit,' ',/goal-tables/histogram/@unit,' ',/goal-tables/histogram/@completed)" "$TMP/tb.plain.xml")" = "155 days 4" ]

# --- 2. without the filter: TB-05 counts too ----------------------------------
tb_check "every case, 1. kvartal 2016" "year=2016&period=q1"
n=$(tr -d '\r' < "$TMP/tb.trend.csv" | awk -F';' '$1 == 2016 && $2 == 1 { print $3 }')
expect "the filter narrows the figures: $n judged without it, 4 with" [ "${n:-0}" -ge 5 ]
req GET "/staff/goals/grants.accounts/histogram.csv?year=2016&period=q1&source=xml" -b "$TJ"
expect "no case came in as XML: every bucket empty" [ "$(tr -d '\r' < "$BODY" | sed 1d | awk -F';' '{ s += $3 } END { print s + 0 }')" = 0 ]
tb_check "tbm's cases by from and to" "from=2016-01-01&to=2016-03-31&handler=$TH"
expect_header '^Content-Disposition: attachment; filename="tabeller-grants.accounts-2016-01-01-2016-03-31.xml"' "the XML is named by goal and period"
req GET "/staff/goals/grants.accounts/trend.csv?year=2016&period=q1" -b "$TJ"
expect_header '^Content-Type: text/csv; charset=utf-8' "CSV content type"
expect_header '^Content-Disposition: attachment; filename="tendens-grants.accounts-2016-01-01-2016-03-31.csv"' "the trend CSV is named by goal and period"

# --- 3. the links, and the schema served --------------------------------------
req GET "/staff/goals/grants.accounts?year=2016&period=q1" -b "$TJ"
expect_body 'href="/staff/goals/grants.accounts/trend.csv?year=2016&amp;period=q1&amp;handler=&amp;pool=&amp;source=" download' "the drill-down links the trend as CSV"
expect_body 'href="/staff/goals/grants.accounts/tables.xml?year=2016&amp;period=q1&amp;handler=&amp;pool=&amp;source=" download' "and both tables as XML"
expect_body 'href="/staff/goals/grants.accounts/histogram.csv?year=2016&amp;period=q1&amp;handler=&amp;pool=&amp;source=" download' "and the histogram as CSV"
req GET /static/schemas/goal-tables.xsd
expect_status 200 "the schema is served"
expect_body 'targetNamespace="urn:frist:goal-tables:1"' "the schema of the namespace"

# --- 4. bad periods, unknown goals, roles -------------------------------------
for t in trend.csv histogram.csv tables.xml; do
	req GET "/staff/goals/grants.accounts/$t?from=2016-01-01" -b "$TJ"
	expect_status 400 "$t refuses a from day without a to day"
	expect_body 'Angiv også en til-dato' "$t says what is missing"
	req GET "/staff/goals/grants.accounts/$t?from=2016-04-01&to=2016-03-01" -b "$TJ"
	expect_status 400 "$t refuses to before from"
	expect_body 'Til-datoen ligger før fra-datoen' "$t says so in Danish"
	req GET "/staff/goals/grants.accounts/$t?handler=abc" -b "$TJ"
	expect_status 400 "$t refuses a handler that is not a number"
	req GET "/staff/goals/no.such.goal/$t" -b "$TJ"
	expect_status 404 "$t of an unknown goal"
done
req GET "/staff/goals/whistle.ack/tables.xml?year=2016&period=q1" -b "$TJ"
expect_status 200 "management gets a whistleblower goal's tables"
cp "$BODY" "$TMP/tb-wb.xml"
expect "valid too" xmllint --noout --nonet --schema "$XSD" "$TMP/tb-wb.xml"
staff_login tbw "Tabel-Kode-12345"
for t in trend.csv histogram.csv tables.xml; do
	req GET "/staff/goals/grants.accounts/$t" -b "$JAR"
	expect_status 404 "whistleblower staff get no grant goal's $t"
done
req GET "/staff/goals/whistle.ack/trend.csv" -b "$JAR"
expect_status 200 "but their own goal's trend"
req GET /staff/goals/grants.accounts/trend.csv
expect_status 303 "without a session: to the login"

sql "DELETE FROM submission WHERE case_no ~ '^TB-'" >/dev/null

# The staff case queue (/staff/cases/) filters, sorts, counts and pages in
# SQL.  Part 1: the SQL clock (over, near, ok; fewest days left first)
# agrees with the C clock that the queue's rows and the case pages show,
# with pauses counted and not.  Part 2: with more than 5,000 open cases
# every count is the true count and every case can be found.

QJ=$TMP/queue.jar
new_staff queue "Koe-Kode-12345"
QID=$(sql "SELECT id FROM staff WHERE username = 'queue'")
staff_login queue "Koe-Kode-12345"
cp "$JAR" "$QJ"
# Today as the programs count it (Copenhagen), whatever the server's zone.
TD=$(sql "SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date")
OPEN="status IN ('received', 'processing', 'returned')"
q_setting() {	# q_setting KEY VALUE
	sql "UPDATE setting SET value = '$2' WHERE key = '$1'" >/dev/null
}

# Rows of the queue page in $BODY: "case_no elapsed left" (left < 0 when
# over the limit), in the order shown.
q_rows() {
	sed -n 's/.*<a href="\/staff\/cases\/[0-9]*">\([^<]*\)<\/a>.*<td class="num wide-only">\([0-9]*\)<\/td><td class="num">\([0-9]*\)\( over fristen\)\{0,1\}<\/td>.*/\1 \2 \3\4/p' "$BODY" |
	    awk '{ print $1, $2, (NF > 3 ? -$3 : $3) }'
}
q_count() {	# the "N sager" of the page in $BODY
	sed -n 's/.*<p>\([0-9]*\) sager\. Frist:.*/\1/p' "$BODY"
}
q_pages() {	# the M of "Side N af M"
	sed -n 's/.*sager\. Frist: .* Side \([0-9]*\) af \([0-9]*\)\..*/\1 \2/p' "$BODY"
}

# --- 1. the clock in SQL and in C ------------------------------------------
# Cases of the user "queue", so that handler=me shows exactly these:
# q_case NO STATUS RECEIVED-OFFSET DECIDED-OFFSET|- PAUSES ("from:to ..."
# as offsets from today, to "-" for an open pause).
q_case() {
	no=$1 st=$2 rc=$3 dc=$4; shift 4
	if [ "$dc" = - ]; then dec=NULL; else dec="'$TD'::date + $dc"; fi
	id=$(sql "INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source, handler_id)
	    VALUES ('$no', 'status', 'EXT-$no', '$st', '$TD'::date + $rc, $dec, 'import', $QID) RETURNING id" | head -n 1)
	for p in "$@"; do
		f=${p%%:*} t=${p#*:}
		if [ "$t" = - ]; then e=NULL; else e="'$TD'::date + $t"; fi
		sql "INSERT INTO case_pause (submission_id, started, ended) VALUES ($id, '$TD'::date + $f, $e)" >/dev/null
	done
}
q_case QC-01 received -100 -
q_case QC-02 processing -200 - -150:-120
q_case QC-03 returned -160 - -10:-
q_case QC-04 processing -170 - -100:-80 -90:-60		# overlapping
q_case QC-05 processing -180 - -100:-90 -90:-80		# touching
q_case QC-06 approved -300 -100 -150:-50		# ends after the decision
q_case QC-07 received -10 - -20:-5			# begins before received
q_case QC-08 received 3 -				# received in the future
q_case QC-09 received 0 -				# received today
q_case QC-11 processing -130 - -100:-50 -90:-80		# one inside another
q_case QC-12 processing -60 - -50:-50			# no days
q_case QC-13 rejected -30 -30				# decided the day received
q_case QC-14 received -140 -				# 15 left: near
q_case QC-15 received -125 -				# 30 left: near
q_case QC-16 received -124 -				# 31 left: ok
q_case QC-17 received -155 -				# 0 left: near
q_case QC-18 received -156 -				# 1 over
q_case QC-19 approved -200 -20 -40:-			# open pause, decided case
# 40 one-day pauses: the clock reads the 32 earliest (staff_clock's buffer).
ps=(); for k in $(seq 0 39); do ps+=("$((-395 + 5 * k)):$((-394 + 5 * k))"); done
q_case QC-10 returned -400 - "${ps[@]}"
q_case QC-20 returned -170 - -30:-25 -20:-		# closed and open
# On the edges of the bands only when the pause counts exactly 10 days.
q_case QC-21 processing -166 - -20:-10			# 156: 1 over
q_case QC-22 processing -135 - -20:-10			# 125: 30 left, near

# Figures of the case pages, "case_no elapsed left", sorted by case number.
q_case_pages() {
	for id in $(sql "SELECT id FROM submission WHERE handler_id = $QID ORDER BY case_no COLLATE \"C\""); do
		req GET "/staff/cases/$id" -b "$QJ"
		no=$(sql "SELECT case_no FROM submission WHERE id = $id")
		sed -n 's/.*>\([0-9]*\) dage gået, \([0-9]*\) dage \(tilbage\|over fristen\) af .*/\1 \2 \3/p' "$BODY" |
		    awk -v no="$no" '{ print no, $1, ($3 == "over" ? -$2 : $2) }'
	done
}
# The queue's rows for the user, for both states (each on one page).
q_queue() {	# q_queue EXTRA-QUERY
	for st in open decided; do
		req GET "/staff/cases/?state=$st&handler=me&sort=case$1" -b "$QJ"
		q_rows
	done
}
q_band() {	# the cases of the band over/near/ok from "case_no elapsed left"
	awk -v b="$1" '($3 < 0 && b == "over") || ($3 >= 0 && $3 <= 30 && b == "near") || ($3 > 30 && b == "ok") { print $1 }' |
	    sort
}

q_log_before=$(grep -c 'queue: case' "$FRIST_VAR/log/staff.log")
for stop in 0 1; do
	q_setting grants.clock_pauses "$stop"
	pages=$(q_case_pages)
	rows=$(q_queue "")
	expect "pauses=$stop: the queue finds every case of the handler (22)" \
	    [ "$(printf '%s\n' "$rows" | wc -l)" = 22 ]
	expect "pauses=$stop: the queue shows the days of the case pages" \
	    [ "$(printf '%s\n' "$rows" | sort)" = "$(printf '%s\n' "$pages" | sort)" ]
	for b in over near ok; do
		want=$(printf '%s\n' "$pages" | q_band "$b")
		got=$(q_queue "&clock=$b" | awk '{ print $1 }' | sort)
		expect "pauses=$stop: ?clock=$b lists the cases the C clock puts there ($(echo $want | wc -w))" \
		    [ "$got" = "$want" ]
		req GET "/staff/cases/?state=open&handler=me&clock=$b" -b "$QJ"
		c=$(q_count)
		req GET "/staff/cases/?state=decided&handler=me&clock=$b" -b "$QJ"
		expect "pauses=$stop: ?clock=$b counts them, open and decided" \
		    [ $((c + $(q_count))) = "$(printf '%s\n' "$pages" | q_band "$b" | wc -l)" ]
	done
	# Fewest days left first, then by received, by the days shown.
	for st in open decided; do
		req GET "/staff/cases/?state=$st&handler=me" -b "$QJ"
		q_rows | awk '{ print $3 }' > "$TMP/left"
		expect "pauses=$stop: $st cases come fewest days left first" \
		    sort -n -c "$TMP/left"
	done
done
# Exact figures, as grant_clock_days() counts (pauses stop the clock here).
expect "the overlapping pauses count once (QC-04: 130)" \
    grep -qx 'QC-04 130 25' <<< "$pages"
expect "touching pauses (QC-05: 160, 5 over)" grep -qx 'QC-05 160 -5' <<< "$pages"
expect "a pause past the decision counts up to it (QC-06: 150)" \
    grep -qx 'QC-06 150 5' <<< "$pages"
expect "a pause before received counts from it (QC-07: 5)" \
    grep -qx 'QC-07 5 150' <<< "$pages"
expect "only the 32 earliest of 40 pauses count (QC-10: 368)" \
    grep -qx 'QC-10 368 -213' <<< "$pages"
expect "an open pause in a decided case ends with it (QC-19: 160)" \
    grep -qx 'QC-19 160 -5' <<< "$pages"
q_log_after=$(grep -c 'queue: case' "$FRIST_VAR/log/staff.log")
expect "the SQL clock never differed from the C clock (staff.log)" \
    [ "$q_log_before" = "$q_log_after" ]
q_setting grants.clock_pauses 0
sql "DELETE FROM submission WHERE case_no LIKE 'QC-%'" >/dev/null

# --- 2. more than 5,000 open cases ------------------------------------------
sql "INSERT INTO submission (case_no, kind, external_grant, status, received, source, handler_id)
    SELECT 'QB-' || lpad(g::text, 6, '0'), CASE WHEN g % 3 = 0 THEN 'accounts' ELSE 'status' END,
	'EXT-QB', (ARRAY['received', 'processing', 'returned'])[1 + g % 3],
	'$TD'::date - (g * 7919 % 400), 'import', CASE WHEN g % 4 = 0 THEN $QID END
    FROM generate_series(1, 6303) g" >/dev/null
qn=$(sql "SELECT count(*) FROM submission WHERE $OPEN")
qp=$(( (qn + 49) / 50 ))
req GET /staff/cases/ -b "$QJ"
expect_status 200 "the queue with $qn open cases"
expect "it says the true count, $qn sager (more than 5,000)" [ "$(q_count)" = "$qn" -a "$qn" -gt 6303 ]
expect "it has $qp pages" [ "$(q_pages)" = "1 $qp" ]
expect "the first page shows 50 cases" [ "$(q_rows | wc -l)" = 50 ]
expect_body "Side 1 af $qp</span>" "the pager says which page"
expect_body "href=\"/staff/cases/?state=open&amp;kind=&amp;handler=&amp;clock=&amp;sort=left&amp;page=2\" rel=\"next\">Næste side" "a link to the next page"
expect_body "page=$qp\">Sidste side</a>" "a link to the last page"
expect_no_body 'Forrige side' "no previous page on the first"
# Oldest first: the last page ends with the newest case.
last=$(sql "SELECT case_no FROM submission WHERE $OPEN ORDER BY received DESC, id DESC LIMIT 1")
req GET "/staff/cases/?page=$qp" -b "$QJ"
expect "the last page exists and shows the rest ($((qn - (qp - 1) * 50)))" \
    [ "$(q_rows | wc -l)" = $((qn - (qp - 1) * 50)) ]
expect "the last page shows the last case, $last" [ "$(q_rows | tail -n 1 | cut -d' ' -f1)" = "$last" ]
expect_body "page=$((qp - 1))\" rel=\"prev\">&larr; Forrige side" "a link back"
expect_no_body 'Næste side' "no next page on the last"
req GET "/staff/cases/?page=$((qp + 1))" -b "$QJ"
expect_status 200 "a page past the end"
expect "shows the last page" [ "$(q_pages)" = "$qp $qp" ]
expect_body "$last" "with the last case"
req GET "/staff/cases/?page=100001" -b "$QJ"
expect_status 400 "a page number out of range is refused"
expect_body 'id="page-err"' "the page field says what is wrong"

# Every open case can be found: all pages by case number give exactly the
# open cases, in byte order.
sql "SELECT case_no FROM submission WHERE $OPEN ORDER BY case_no COLLATE \"C\"" > "$TMP/want"
: > "$TMP/got"
for k in $(seq 1 "$qp"); do
	req GET "/staff/cases/?sort=case&page=$k" -b "$QJ"
	q_rows | cut -d' ' -f1 >> "$TMP/got"
done
expect "the $qp pages by case number hold every open case once, in order" cmp -s "$TMP/want" "$TMP/got"

# Filters combined with pages: the counts are SQL's own, over all cases.
q_filter() {	# q_filter QUERY WHERE what
	want=$(sql "SELECT count(*) FROM submission WHERE $2")
	wp=$(( want > 0 ? (want + 49) / 50 : 1 ))
	req GET "/staff/cases/?$1" -b "$QJ"
	expect "$3: $want sager on $wp pages" [ "$(q_count) $(q_pages)" = "$want 1 $wp" ]
	req GET "/staff/cases/?$1&page=$wp" -b "$QJ"
	expect "$3: the last page has the rest" \
	    [ "$(q_rows | wc -l) $(q_pages)" = "$((want - (wp - 1) * 50)) $wp $wp" ]
	if [ "$wp" -gt 1 ]; then
		expect_body "?$(printf '%s' "$1" | sed 's/&/\&amp;/g')&amp;page=$((wp - 1))\" rel=\"prev\"" \
		    "$3: the way back keeps the filter"
	fi
}
q_filter "state=open&kind=accounts&handler=none&clock=&sort=left" \
    "$OPEN AND kind = 'accounts' AND handler_id IS NULL" "accounts nobody has"
q_filter "state=open&kind=status&handler=me&clock=&sort=received" \
    "$OPEN AND kind = 'status' AND handler_id = $QID" "my status reports"
q_filter "state=open&kind=&handler=&clock=over&sort=case" \
    "$OPEN AND '$TD'::date - received > 155" "over the limit"
q_filter "state=open&kind=status&handler=&clock=near&sort=left" \
    "$OPEN AND kind = 'status' AND '$TD'::date - received BETWEEN 125 AND 155" "status reports near the limit"
q_filter "state=open&kind=accounts&handler=me&clock=ok&sort=case" \
    "$OPEN AND kind = 'accounts' AND handler_id = $QID AND '$TD'::date - received < 125" "my accounts well within"
q_filter "state=decided&kind=&handler=&clock=&sort=left" \
    "status IN ('approved', 'rejected') AND decided > '$TD'::date - 400" "decided"
sql "DELETE FROM submission WHERE case_no LIKE 'QB-%'" >/dev/null

# A read-only database (default_transaction_read_only, as on a standby):
# every page that only reads answers 200, logged in too, also when the
# session's sliding expiry is due and cannot be written; every form's POST
# answers 503 with "nothing you sent has been saved"; back to read-write,
# everything works again.

ro_set() {	# ro_set on|off: the database's default; the programs reconnect
	if [ "$1" = on ]; then
		sql "ALTER DATABASE frist SET default_transaction_read_only = on" >/dev/null
	else
		PGOPTIONS='-c default_transaction_read_only=off' \
		    sql "ALTER DATABASE frist RESET default_transaction_read_only" >/dev/null
	fi
	PGOPTIONS='-c default_transaction_read_only=off' sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename IN ('frist_portal', 'frist_whistle', 'frist_staff')" >/dev/null
}
rw_sql() {	# rw_sql SQL: admin SQL that may write while the database is read-only
	PGOPTIONS='-c default_transaction_read_only=off' sql "$1"
}
ro_due() {	# ro_due TABLE JAR COOKIE: the session's idle expiry is due to move on
	h=$(awk -v c="$3" '$6 == c { print $7 }' "$2" | tr -d '\n' |
	    b2sum -l 256 | cut -d ' ' -f 1)
	rw_sql "UPDATE $1 SET expires = now() + interval '5 minutes' WHERE token_hash = '$h'" >/dev/null
}
ro_expires() {	# ro_expires TABLE JAR COOKIE: minutes left of the session
	h=$(awk -v c="$3" '$6 == c { print $7 }' "$2" | tr -d '\n' |
	    b2sum -l 256 | cut -d ' ' -f 1)
	sql "SELECT round(extract(epoch FROM expires - now()) / 60) FROM $1 WHERE token_hash = '$h'"
}

# --- the logged-in browsers, made while the database can be written ------
RJS=$TMP/ro_staff.jar RJR=$TMP/ro_rcpt.jar RJA=$TMP/ro_draft.jar
staff_login demo "$DEMO_PW"
cp "$JAR" "$RJS"
rcode=$(sed -n 's/^Tilsagn TS-2026-9001, adgangskode //p' "$FRIST_VAR/demo-credentials")
req GET /grants/login -c "$RJR"
form_post /grants/login "$RJR" grant_no=TS-2026-9001 "code=$rcode"
expect_status 303 "read-only: the recipient logs in first"
RCODE=5151515151515151
rpool=$(sql "SELECT id FROM pool WHERE status = 'open' AND opens <= current_date AND closes >= current_date ORDER BY id LIMIT 1")
rhash=$(printf '%s\n' "$RCODE" | "$SRC/build/frist-tool" pwhash)
echo "INSERT INTO application (pool_id, draft_no, resume_hash) VALUES (:'p', '51515151', :'h')" |
    sh "$SRC/tools/frist-ctl" psql -v p="$rpool" -v h="$rhash" >/dev/null
req GET /grants/resume -c "$RJA"
form_post /grants/resume "$RJA" draft_no=51515151 "code=$RCODE"
expect_status 303 "read-only: the test draft is resumed first"

award=$(sql "SELECT id FROM award WHERE grant_no = 'TS-2026-9001'")
oblig=$(sql "SELECT o.id FROM obligation o WHERE o.award_id = $award AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.obligation_id = o.id) ORDER BY o.due, o.id LIMIT 1")
rcase=$(sql "SELECT id FROM submission WHERE award_id = $award ORDER BY id LIMIT 1")
rfile=$(sql "SELECT a.id FROM attachment a JOIN submission s ON s.id = a.submission_id WHERE s.award_id = $award ORDER BY a.id LIMIT 1")
spool=$(sql "SELECT min(id) FROM pool")
sapp=$(sql "SELECT min(id) FROM application WHERE status <> 'draft'")
scase=$(sql "SELECT min(id) FROM submission")
sfile=$(sql "SELECT min(id) FROM attachment")
goal=$(sql "SELECT code FROM goal ORDER BY sort, code LIMIT 1")
plan=$(sql "SELECT min(year) FROM plan")

STAFF_GETS="/staff/ /staff/pools/ /staff/pools/new /staff/pools/$spool
/staff/pools/$spool/edit /staff/cases/ /staff/import /staff/settings
/staff/goals/ /staff/goals/report /staff/goals/admin /staff/plans/
/staff/whistle/ /staff/whistle/causes"
[ -n "$sapp" ] && STAFF_GETS="$STAFF_GETS /staff/applications/$sapp"
[ -n "$scase" ] && STAFF_GETS="$STAFF_GETS /staff/cases/$scase"
[ -n "$sfile" ] && STAFF_GETS="$STAFF_GETS /staff/files/$sfile"
[ -n "$goal" ] && STAFF_GETS="$STAFF_GETS /staff/goals/$goal /staff/goals/$goal/versions"
[ -n "$plan" ] && STAFF_GETS="$STAFF_GETS /staff/plans/$plan"
RCPT_GETS="/grants/my/ /grants/my/obligations/$oblig"
[ -n "$rcase" ] && RCPT_GETS="$RCPT_GETS /grants/my/cases/$rcase"
[ -n "$rfile" ] && RCPT_GETS="$RCPT_GETS /grants/my/files/$rfile"
PUBLIC_GETS="/ /accessibility /grants/ /grants/feed.atom
/grants/pools/$rpool /grants/pools/$rpool/apply /grants/resume /grants/login
/staff/login /whistleblower/"

ro_gets() {	# ro_gets WHEN: every GET page answers 200
	for p in $STAFF_GETS; do
		req GET "$p" -b "$RJS"
		expect_status 200 "$1: staff GET $p"
	done
	for p in $RCPT_GETS; do
		req GET "$p" -b "$RJR"
		expect_status 200 "$1: recipient GET $p"
	done
	req GET /grants/application -b "$RJA"
	expect_status 200 "$1: applicant GET /grants/application"
	for p in $PUBLIC_GETS; do
		req GET "$p"
		expect_status 200 "$1: GET $p"
	done
}
ro_gets "read-write"

# --- read-only ----------------------------------------------------------
ro_set on
out=$(sql_as portal "INSERT INTO portal_once (hash) VALUES (repeat('a', 64))")
expect "read-only: the database refuses writes (25006)" grep -q 'read-only transaction' <<<"$out"
# Sessions whose idle expiry is due: the touch fails, the page is served.
ro_due staff_session "$RJS" frist_staff
ro_due recipient_session "$RJR" frist_grant
ro_due applicant_session "$RJA" frist_draft
ro_gets "read-only"
req HEAD /staff/ -b "$RJS" -I
expect_status 200 "read-only: HEAD of a staff page"
expect "read-only: the due expiry stayed as it was" \
    [ "$(ro_expires staff_session "$RJS" frist_staff)" -le 5 ]
# Views of whistleblower reports and their statistics are written to the
# audit trail: without it they are not shown (503), by design.
req GET /staff/whistle/stats -b "$RJS"
expect_status 503 "read-only: the audited whistleblower statistics are not shown"
# The logged-in staff member still sees a page that needs the session.
req GET /staff/ -b "$RJS"
expect_body 'Demo Sagsbehandler' "read-only: the staff page knows who is logged in"

ro_post_503() {	# ro_post_503 WHAT PATH JAR field=value...: nothing saved, 503
	what=$1 p=$2 j=$3; shift 3
	req GET "$p" -b "$j" -c "$j"
	form_post "$p" "$j" "$@"
	expect_status 503 "read-only: $what answers 503"
	expect_body 'intet af det, du har indsendt, er gemt' "read-only: $what says nothing was saved"
}
rjl=$TMP/ro_login.jar
rm -f "$rjl"
ro_post_503 "the staff login" /staff/login "$rjl" username=demo "password=$DEMO_PW"
ro_post_503 "a new pool" /staff/pools/new "$RJS" name=Skrivebeskyttet theme=Test \
    amount=100 fin_year=2026 opens=2026-01-01 closes=2026-12-31 \
    application_based=ja status=draft
req GET /staff/settings -b "$RJS"
mapfile -t shown < <(sed -n 's/.*<input id="[^"]*" name="\([^"]*\)" value="\([^"]*\)".*/\1=\2/p' "$BODY")
ro_post_503 "the settings" /staff/settings "$RJS" "${shown[@]}"
ro_post_503 "a new cause" /staff/whistle/causes "$RJS" action=add label=Skrivebeskyttet sort=1
rm -f "$rjl"
ro_post_503 "the recipient login" /grants/login "$rjl" grant_no=TS-2026-9001 "code=$rcode"
rm -f "$rjl"
ro_post_503 "a draft resume" /grants/resume "$rjl" draft_no=51515151 "code=$RCODE"
ro_post_503 "saving the draft" /grants/application "$RJA" org_name=Skrivebeskyttet action=save
ro_post_503 "a status report" "/grants/my/obligations/$oblig" "$RJR" progress=Skrivebeskyttet \
    milestones=x deviations=x action=send
req GET /grants/my/ -b "$RJR"
form_post /grants/logout "$RJR"
expect_status 503 "read-only: the recipient's logout answers 503, not 'logged out'"
req GET /staff/ -b "$RJS"
form_post /staff/logout "$RJS"
expect_status 503 "read-only: the staff logout answers 503"
req GET /staff/ -b "$RJS"
expect_status 200 "read-only: and the staff member is still logged in"
n=$(sql "SELECT count(*) FROM pool WHERE name = 'Skrivebeskyttet'")
expect "read-only: nothing was stored" [ "$n" = 0 ]

# --- read-write again ---------------------------------------------------
ro_set off
ro_gets "read-write again"
expect "read-write again: the due expiry moves on" \
    [ "$(ro_expires staff_session "$RJS" frist_staff)" -ge 25 ]
rm -f "$rjl"
req GET /staff/login -c "$rjl"
form_post /staff/login "$rjl" username=demo "password=$DEMO_PW"
expect_status 303 "read-write again: the staff login works"
sql "DELETE FROM application WHERE draft_no = '51515151'" >/dev/null

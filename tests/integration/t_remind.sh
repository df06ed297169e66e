# The reminder scheduler, tools/frist-remind (issue 11), run one pass at a
# time (--once) with the day it takes as today fixed in its config
# (today = YYYY-MM-DD), through the stack's own mailer and smtp-sink:
#   - the reminders of an obligation on the right days (d-14, d-3, d0, o1
#     and o2 with the default settings), none twice on a rerun or later in
#     the same window, none after its last window (no flood of stale ones
#     on a first run), none once the report is received, none to a grant
#     without an address; each to the contact e-mail, with its subject,
#     the link to the obligation from base_url and no access code;
#   - a whistleblower deadline alert (acknowledgement due in 2 days) on its
#     day, once, to the whistleblower staff, saying nothing of the report;
#   - the daily digest of a caseworker's cases near the 155-day limit on a
#     working day, once, none on a Saturday or while no case is near;
#   - /staff/obligations/ and its CSV show the reminders sent;
#   - as a daemon (interval 10 s) it reminds, lives through PostgreSQL
#     stopped and started, and reminds again without a restart;
#   - its log has counts only.
# The days are 100 days ahead of the real one, where the stack's own
# scheduler (which runs with the real day) has nothing to send.

RM_BASE=$(sed -n 's/^base_url = //p' "$FRIST_VAR/etc/remind.conf")
RM_CODE=7171727273737474
RM_LOG=$FRIST_VAR/log/remind-test.log
rm_hash=$(printf '%s\n' "$RM_CODE" | "$SRC/build/frist-tool" pwhash)
rm_pool=$(sql "SELECT min(id) FROM pool")
RM_TD=$(sql "SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date")
rm_day() {	# rm_day OFFSET: the real day + OFFSET days
	sql "SELECT '$RM_TD'::date + ($1)"
}
RM_D0=$(rm_day 100)

rm_pass() {	# rm_pass DAY: one pass of the scheduler with today = DAY
	{ cat "$FRIST_VAR/etc/remind.conf"; echo "today = $1"; } > "$TMP/remind-test.conf"
	"$SRC/build/frist-remind" -c "$TMP/remind-test.conf" --once >> "$RM_LOG" 2>&1
}
rm_keys() {	# rm_keys OBLIGATION: its reminders' keys, in order
	sql "SELECT coalesce(string_agg(substring(dedup FROM '[^:]*\$'), ',' ORDER BY id), '') FROM outbox WHERE dedup LIKE 'remind:obl:$1:%'"
}
rm_award() {	# rm_award GRANT_NO EMAIL: the award's id
	echo "INSERT INTO award (grant_no, pool_id, org_name, title, amount_ore, period_start, period_end, accounting, auditor, access_hash, contact_email) VALUES (:'g', :'p', 'Påmindelsesforeningen', 'Påmindelsesprojekt', 10000000, current_date - 10, current_date + 400, true, false, :'h', :'e') RETURNING id" |
	    sh "$SRC/tools/frist-ctl" psql -tA -v g="$1" -v p="$rm_pool" -v h="$rm_hash" -v e="$2" | head -n 1
}
rm_obl() {	# rm_obl AWARD KIND SEQ DUE: the obligation's id
	sql "INSERT INTO obligation (award_id, kind, seq, due) VALUES ($1, '$2', $3, '$4') RETURNING id" | head -n 1
}
rm_mail() {	# rm_mail DEDUP OUT: the message as received, parsed into OUT
	rm_f=$(outbox_file "$1")
	[ -n "$rm_f" ] && python3 "$SRC/tests/integration/mailparse.py" "$rm_f" > "$2"
}
rm_absent() { ! grep -q -F -- "$1" "$2"; }

# The default reminder settings, whatever an earlier test left; put back
# at the end.
rm_settings=$(sql "SELECT string_agg(key || '=' || value, ' ' ORDER BY key) FROM setting WHERE key LIKE 'grants.remind_%'")
sql "UPDATE setting SET value = CASE key WHEN 'grants.remind_before_days_1' THEN '14' WHEN 'grants.remind_before_days_2' THEN '3' WHEN 'grants.remind_overdue_every_days' THEN '7' WHEN 'grants.remind_overdue_max' THEN '4' ELSE '0' END WHERE key LIKE 'grants.remind_%'" >/dev/null

RMA=$(rm_award TS-2026-6601 rm-modtager@example.dk)
RMA0=$(rm_award TS-2026-6602 '')
RMO=$(rm_obl "$RMA" status 1 "$RM_D0")		# the one followed day by day
RMACC=$(rm_obl "$RMA" accounts 1 "$RM_D0")	# received after its d-14
RMLATE=$(rm_obl "$RMA" status 2 "$(rm_day 69)")	# 16 days overdue at the first pass
RMOLD=$(rm_obl "$RMA" status 3 "$(rm_day -100)")	# long past every window
RMNO=$(rm_obl "$RMA0" status 1 "$RM_D0")		# a grant without an address

# --- the first passes: no flood ---------------------------------------------------
# The stack's scheduler made its pass at the start, on the demo data: the
# demo's obligations are received or months ahead, so nothing was queued.
expect "the stack's own first pass queued no reminder" \
    grep -q 'reminders: 0 queued' "$FRIST_VAR/log/remind.log"
expect "a pass 15 days before the due date" rm_pass "$(rm_day 85)"
n=$(sql "SELECT count(*) || ' ' || count(DISTINCT substring(dedup FROM '^remind:obl:([0-9]+):')) FROM outbox WHERE dedup LIKE 'remind:obl:%'")
expect "a first pass 85 days on queues at most one reminder per obligation (rows, obligations: $n)" \
    [ "${n% *}" = "${n#* }" ]

# --- the reminders, day by day ------------------------------------------------
expect "queues nothing for the obligation ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = "" ]
expect "a pass 14 days before" rm_pass "$(rm_day 86)"
expect "queues d-14 ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = d-14 ]
expect "and the accounts' d-14" [ "$(rm_keys "$RMACC")" = d-14 ]
expect "an obligation 16 days overdue at the first pass gets only its current reminder ($(rm_keys "$RMLATE"))" \
    [ "$(rm_keys "$RMLATE")" = o3 ]
expect "one long past every window gets none" [ "$(rm_keys "$RMOLD")" = "" ]
expect "a grant without an address gets none" [ "$(rm_keys "$RMNO")" = "" ]
n=$(sql "SELECT kind || '>' || to_addr FROM outbox WHERE dedup = 'remind:obl:$RMO:d-14'")
expect "the d-14 reminder is a remind_before to the contact e-mail ($n)" [ "$n" = "remind_before>rm-modtager@example.dk" ]
expect "a second pass on the same day" rm_pass "$(rm_day 86)"
n=$(sql "SELECT count(*) FROM outbox WHERE dedup LIKE 'remind:obl:$RMO:%' OR dedup LIKE 'remind:obl:$RMACC:%'")
expect "queues nothing more ($n rows)" [ "$n" = 2 ]
rm_pass "$(rm_day 90)"
expect "nor does a pass later in the same window ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = d-14 ]

# The accounts arrive: no more reminders for them.
sql "INSERT INTO submission (case_no, kind, obligation_id, award_id, received, source) VALUES ('RG-RM-000001', 'accounts', $RMACC, $RMA, current_date, 'form')" >/dev/null
rm_pass "$(rm_day 97)"
expect "d-3 three days before ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = d-14,d-3 ]
expect "none for the accounts once received ($(rm_keys "$RMACC"))" [ "$(rm_keys "$RMACC")" = d-14 ]
rm_pass "$RM_D0"
expect "d0 on the due date ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = d-14,d-3,d0 ]
expect "a remind_due" [ "$(sql "SELECT kind FROM outbox WHERE dedup = 'remind:obl:$RMO:d0'")" = remind_due ]
rm_pass "$(rm_day 101)"
expect "o1 the day after ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = d-14,d-3,d0,o1 ]
expect "a remind_overdue" [ "$(sql "SELECT kind FROM outbox WHERE dedup = 'remind:obl:$RMO:o1'")" = remind_overdue ]
rm_pass "$(rm_day 105)"
expect "nothing new 5 days overdue ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = d-14,d-3,d0,o1 ]
rm_pass "$(rm_day 108)"
expect "o2 8 days overdue ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = d-14,d-3,d0,o1,o2 ]
rm_pass "$(rm_day 130)"
expect "nothing after the last window, 30 days overdue ($(rm_keys "$RMO"))" [ "$(rm_keys "$RMO")" = d-14,d-3,d0,o1,o2 ]
expect "the late one got only its next one, o4, after o3 ($(rm_keys "$RMLATE"))" [ "$(rm_keys "$RMLATE")" = o3,o4 ]
expect "the old one still none" [ "$(rm_keys "$RMOLD")" = "" ]

# --- through the mailer and the sink ------------------------------------------
rm_d14=$(sql "SELECT to_char('$RM_D0'::date, 'FMDD') || '. ' || (ARRAY['januar','februar','marts','april','maj','juni','juli','august','september','oktober','november','december'])[extract(month FROM '$RM_D0'::date)::int] || ' ' || to_char('$RM_D0'::date, 'YYYY')")
for k in d-14 d0 o1; do
	expect "the $k reminder is sent" outbox_sent "remind:obl:$RMO:$k"
	if rm_mail "remind:obl:$RMO:$k" "$TMP/rm-$k.txt"; then
		pass "the $k reminder arrives and parses"
		expect "$k: To is the contact e-mail" grep -q -x 'To: rm-modtager@example.dk' "$TMP/rm-$k.txt"
		expect "$k: Auto-Submitted" grep -q -x 'Auto-Submitted: auto-generated' "$TMP/rm-$k.txt"
		expect "$k: the link to the obligation from base_url ($RM_BASE)" \
		    grep -q -F "$RM_BASE/grants/my/obligations/$RMO" "$TMP/rm-$k.txt"
		expect "$k: no access code" rm_absent "$RM_CODE" "$rm_f"
	else
		fail "the $k reminder arrives and parses"
	fi
done
expect "the d-14 subject" grep -q -x "Subject: Påmindelse: statusrapport 1 for tilsagn TS-2026-6601 skal indsendes senest $rm_d14" "$TMP/rm-d-14.txt"
expect "the d-14 body counts 14 days" grep -q -F "senest $rm_d14, om 14 dage." "$TMP/rm-d-14.txt"
expect "the d0 subject" grep -q -x "Subject: Frist i dag: statusrapport 1 for tilsagn TS-2026-6601" "$TMP/rm-d0.txt"
expect "the o1 subject" grep -q -x "Subject: Frist overskredet: statusrapport 1 for tilsagn TS-2026-6601" "$TMP/rm-o1.txt"
expect "the o1 body: 1 day late" grep -q -F "er nu 1 dag forsinket." "$TMP/rm-o1.txt"
n=$(sql "SELECT count(*) FROM outbox WHERE dedup LIKE 'remind:obl:%' AND strpos(body, '$RM_CODE') > 0")
expect "no reminder row holds the access code" [ "$n" = 0 ]

# --- a whistleblower deadline alert -------------------------------------------
# A Tuesday (a working day, also for the state) some 150 days ahead: the
# digest's day; the report came 5 days before it, so its acknowledgement
# (7 days) is due in 2 days: the alert's first day.
RM_T=$(sql "SELECT d FROM generate_series('$RM_TD'::date + 150, '$RM_TD'::date + 180, '1 day') g(d) WHERE extract(isodow FROM d) = 2 AND to_char(d, 'MM-DD') NOT IN ('06-05', '12-24', '12-25', '12-26', '12-31', '01-01') ORDER BY d LIMIT 1")
RM_T=${RM_T%% *}
rm_t() { sql "SELECT '$RM_T'::date + ($1)"; }
rm_pw=$(printf 'x\n' | "$SRC/build/frist-tool" pwhash)
rm_staff() {	# rm_staff USERNAME ROLE EMAIL: the staff member's id
	echo "INSERT INTO staff (username, name, pw_hash, roles, email) VALUES (:'u', 'Rm ' || :'u', :'pw', ARRAY[:'r'], :'e') RETURNING id" |
	    sh "$SRC/tools/frist-ctl" psql -tA -v u="$1" -v r="$2" -v e="$3" -v pw="$rm_pw" | head -n 1
}
RM_WB=$(rm_staff rm-wb whistleblower rm-wb@example.dk)
RM_WB0=$(rm_staff rm-wb0 whistleblower '')
RM_R=$(sql "INSERT INTO whistle_report (case_no, lookup, received, offer_type, relation, named, registered) VALUES ('WB-RM-' || txid_current(), sha256(convert_to('rm-a' || random(), 'UTF8')), '$(rm_t -5)', 'voksen', 'ansat', false, '$(rm_t -5)') RETURNING id" | head -n 1)
RM_R2=$(sql "INSERT INTO whistle_report (case_no, lookup, received, offer_type, relation, named, registered, status, closed) VALUES ('WB-RM2-' || txid_current(), sha256(convert_to('rm-b' || random(), 'UTF8')), '$(rm_t -5)', 'voksen', 'ansat', false, '$(rm_t -5)', 'closed', '$(rm_t -4)') RETURNING id" | head -n 1)
expect "two test reports ($RM_R, $RM_R2)" test -n "$RM_R" -a -n "$RM_R2"
rm_wbn() { sql "SELECT count(*) FROM outbox WHERE dedup LIKE 'wb:$1:%'"; }
rm_pass "$(rm_t -1)"
expect "no alert the day before ($(rm_wbn "$RM_R"))" [ "$(rm_wbn "$RM_R")" = 0 ]
rm_pass "$RM_T"
n=$(sql "SELECT kind || '>' || to_addr FROM outbox WHERE dedup = 'wb:$RM_R:ack:$RM_WB'")
expect "the acknowledgement alert on its day, to the whistleblower staff member ($n)" [ "$n" = "wb_deadline>rm-wb@example.dk" ]
expect "none to one without an address" [ "$(sql "SELECT count(*) FROM outbox WHERE dedup = 'wb:$RM_R:ack:$RM_WB0'")" = 0 ]
expect "no other alert for the report (registered; feedback far off)" \
    [ "$(sql "SELECT count(*) FROM outbox WHERE dedup LIKE 'wb:$RM_R:%' AND dedup NOT LIKE 'wb:$RM_R:ack:%'")" = 0 ]
expect "none for a closed report" [ "$(rm_wbn "$RM_R2")" = 0 ]
n1=$(rm_wbn "$RM_R")
rm_pass "$(rm_t 1)"
expect "and not again the next day ($n1, $(rm_wbn "$RM_R"))" [ "$(rm_wbn "$RM_R")" = "$n1" ]
expect "the alert is sent" outbox_sent "wb:$RM_R:ack:$RM_WB"
if rm_mail "wb:$RM_R:ack:$RM_WB" "$TMP/rm-wb.txt"; then
	pass "the alert arrives and parses"
	expect "the alert's subject" grep -q -x 'Subject: Frist i whistleblowerordningen' "$TMP/rm-wb.txt"
	expect "the alert's link" grep -q -F "$RM_BASE/staff/whistle/$RM_R" "$TMP/rm-wb.txt"
	rm_cn=$(sql "SELECT case_no FROM whistle_report WHERE id = $RM_R")
	expect "no case number in it" rm_absent "$rm_cn" "$rm_f"
else
	fail "the alert arrives and parses"
fi

# --- the daily digest ------------------------------------------------------------
# A case received 130 days before the Tuesday: 25 days left of 155.
RM_DG=$(rm_staff rm-dig grants rm-dig@example.dk)
sql "INSERT INTO submission (case_no, kind, award_id, received, source, handler_id, status) VALUES ('SR-RM-000002', 'status', $RMA, '$(rm_t -130)', 'form', $RM_DG, 'processing')" >/dev/null
rm_dg() { sql "SELECT count(*) FROM outbox WHERE dedup = 'digest:$RM_DG:$1'"; }
rm_pass "$(rm_t -7)"
expect "no digest while the case has 32 days left" [ "$(rm_dg "$(rm_t -7)")" = 0 ]
rm_pass "$RM_T"
rm_pass "$RM_T"
expect "one digest on the Tuesday, also after a second pass" [ "$(rm_dg "$RM_T")" = 1 ]
expect "to the caseworker" [ "$(sql "SELECT kind || '>' || to_addr FROM outbox WHERE dedup = 'digest:$RM_DG:$RM_T'")" = "digest>rm-dig@example.dk" ]
rm_pass "$(rm_t 4)"
expect "none on the Saturday (working days only)" [ "$(rm_dg "$(rm_t 4)")" = 0 ]
expect "the digest is sent" outbox_sent "digest:$RM_DG:$RM_T"
if rm_mail "digest:$RM_DG:$RM_T" "$TMP/rm-dg.txt"; then
	pass "the digest arrives and parses"
	expect "the digest names the case and its days" grep -q -F "Sag SR-RM-000002, tilsagn TS-2026-6601: 25 dage tilbage" "$TMP/rm-dg.txt"
else
	fail "the digest arrives and parses"
fi
sql "UPDATE staff SET digest = false WHERE id = $RM_DG" >/dev/null
rm_pass "$(rm_t 1)"
expect "none once the digest is turned off" [ "$(rm_dg "$(rm_t 1)")" = 0 ]

# --- the staff list shows the reminders sent ------------------------------------
# Due today in real time, so that the list (which counts from the real day)
# shows it; its five reminders stay keyed by its id.
sql "UPDATE obligation SET due = '$RM_TD' WHERE id IN ($RMO, $RMNO)" >/dev/null
rm_last=$(sql "SELECT to_char(max(created_at) AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') FROM outbox WHERE dedup LIKE 'remind:obl:$RMO:%'")
new_staff rm-staff rm-staff-pw-1
staff_login rm-staff rm-staff-pw-1
req GET /staff/obligations/ -b "$JAR"
expect_status 200 "the obligations page"
row=$(grep -o "<tr class=\"[a-z]*\" id=\"obl-$RMO\">.*</tr>" "$BODY" | head -n 1)
expect "its row shows 5 reminders, the last on $rm_last" grep -q -F "<td class=\"wide-only\">5, senest $rm_last</td>" <<<"$row"
row=$(grep -o "<tr class=\"[a-z]*\" id=\"obl-$RMNO\">.*</tr>" "$BODY" | head -n 1)
expect "a row without reminders says so" grep -q -F '<td class="wide-only">Ingen</td>' <<<"$row"
req GET "/staff/obligations.csv?pool=$rm_pool&kind=status" -b "$JAR"
expect_status 200 "the CSV"
expect "its CSV row ends with the count and the day" grep -q -F ";TS-2026-6601;Påmindelsesforeningen;status;1;$RM_TD;0;nej;5;$rm_last" "$BODY"

# --- as a daemon, through a PostgreSQL restart ----------------------------------
# Passes every 10 s with today fixed 200 days ahead: a reminder on the
# first pass, then PostgreSQL stopped and started, and an obligation made
# after it gets its reminder from the same process, which reconnects by
# itself.
RM_DD=$(rm_day 200)
{ cat "$FRIST_VAR/etc/remind.conf"; echo "today = $RM_DD"; echo "interval = 10"; } > "$TMP/remind-daemon.conf"
RMD=$(rm_award TS-2026-6603 rm-daemon@example.dk)
RMD1=$(rm_obl "$RMD" status 1 "$(sql "SELECT '$RM_DD'::date + 3")")
"$SRC/build/frist-remind" -c "$TMP/remind-daemon.conf" >> "$RM_LOG" 2>&1 &
rm_dpid=$!
rm_wait() {	# rm_wait OBLIGATION KEYS SECONDS
	for _ in $(seq 1 $(($3 * 2))); do
		[ "$(rm_keys "$1")" = "$2" ] && return 0
		sleep 0.5
	done
	return 1
}
expect "the daemon's first pass reminds (d-3)" rm_wait "$RMD1" d-3 15
RM_PGBIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin | sort -V | tail -n 1)
if [ "$(id -u)" -eq 0 ]; then rm_asdb="setpriv --reuid=frist --regid=frist --init-groups --"; else rm_asdb=""; fi
$rm_asdb "$RM_PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -m fast -w stop >/dev/null
sleep 3	# a pass or two meets no database
expect "the daemon lives on without its database" kill -0 "$rm_dpid"
$rm_asdb "$RM_PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -l "$FRIST_VAR/log/pg/postgresql.log" -w start >/dev/null
RMD2=$(rm_obl "$RMD" accounts 1 "$(sql "SELECT '$RM_DD'::date + 14")")
expect "after the restart it reminds of a new obligation (d-14), by itself" \
    rm_wait "$RMD2" d-14 45
expect "and the first one's reminder is not sent again" [ "$(rm_keys "$RMD1")" = d-3 ]
kill "$rm_dpid" 2>/dev/null
wait "$rm_dpid" 2>/dev/null
expect "it stops on SIGTERM" sh -c "! kill -0 $rm_dpid 2>/dev/null"

# --- the log ---------------------------------------------------------------------
expect "the scheduler logged its counts" grep -q 'reminders: [0-9]* queued' "$RM_LOG"
n=$(grep -c '@' "$RM_LOG" "$FRIST_VAR/log/remind.log" | awk -F: '{ s += $2 } END { print s }')
expect "no address in its logs ($n lines)" [ "$n" = 0 ]
rm_running() { sh "$SRC/tools/frist-ctl" status 2>&1 | grep -q 'remind: running'; }
expect "the stack's own scheduler runs (frist-ctl status)" rm_running

for kv in $rm_settings; do
	sql "UPDATE setting SET value = '${kv#*=}' WHERE key = '${kv%%=*}'" >/dev/null
done

# The outbox and frist-mailer (issue 11) through real SMTP: rows written
# as the staff and portal roles arrive in smtp-sink's directory as the
# receiver reads them (headers, QP body, æøå); a dedup key queues one
# mail; a relay that is down means retries with backoff, then the mail;
# max_attempts ends in 'failed'; two mailers send every row once; a
# mailer killed mid-send leaves its row to be sent after the lease; a
# PostgreSQL restart loses none and sends none twice; and no log has an
# address or a body.
#
# The stack's own mailer and sink (frist-ctl) take the first mails; the
# rest use mailers and sinks of this test, with short timings set in their
# config (retry_base_seconds 1, smtp_timeout 1, lease_seconds 3 or 4,
# claim 1 or 2: the lease must exceed (claim + 1) x smtp_timeout).

MT=$TMP/mt
mkdir -p "$MT"
chmod 755 "$MT"
MT_PG=$(find /usr/lib/postgresql -maxdepth 2 -name bin | sort -V | tail -n 1)
if [ "$(id -u)" -eq 0 ]; then
	mt_asdb="setpriv --reuid=frist --regid=frist --init-groups --"
	mt_sinku="-u root"	# smtp-sink insists on a user as root
else
	mt_asdb="" mt_sinku=""
fi
MT_CANARY="kanariefugl-$$-æøå"

mt_add() {	# mt_add ROLE KIND TO SUBJECT BODY DEDUP: as ROLE (psql vars)
	PGPASSWORD=$(cat "$FRIST_VAR/secrets/db-$1") psql -X -q -tA \
	    -v ON_ERROR_STOP=1 -h "$FRIST_VAR/run/pg" -U "frist_$1" -d frist \
	    -v kind="$2" -v to="$3" -v subject="$4" -v body="$5" -v dedup="$6" <<'SQL' 2>&1
INSERT INTO outbox (kind, to_addr, subject, body, dedup)
VALUES (:'kind', :'to', :'subject', :'body', nullif(:'dedup', ''))
ON CONFLICT (dedup) DO NOTHING;
SQL
}

mt_many() {	# mt_many TAG N: N rows in one transaction, subjects "TAG k"
	sql "INSERT INTO outbox (kind, to_addr, subject, body, dedup)
	    SELECT 'test', 'many@example.dk', '$1 ' || k, 'body ' || k,
	    'mt:$1:' || k FROM generate_series(1, $2) k" >/dev/null
}

mt_wait() {	# mt_wait SECONDS SQL-CONDITION N: until N rows match
	mt_i=0
	while [ "$(sql "SELECT count(*) FROM outbox WHERE $2")" != "$3" ]; do
		mt_i=$((mt_i + 1))
		[ $mt_i -le $(($1 * 10)) ] || return 1
		sleep 0.1
	done
}

mt_port() { stack_free_port; }

mt_sink() {	# mt_sink NAME PORT [smtp-sink options]: a sink of the test's
	mt_n=$1 mt_p=$2
	shift 2
	mkdir -p "$MT/$mt_n"
	# Not a child of the suite's shell (a test's bare "wait" would wait
	# for it): started from a subshell that ends at once.
	# shellcheck disable=SC2086
	( /usr/sbin/smtp-sink $mt_sinku -h mt-sink -d "$MT/$mt_n/%Y%m%d%H/%M." "$@" \
	    "127.0.0.1:$mt_p" 64 >> "$MT/$mt_n.sink.log" 2>&1 &
	echo $! > "$MT/$mt_n.sink.pid" )
	mt_i=0
	until (exec 3<>"/dev/tcp/127.0.0.1/$mt_p") 2>/dev/null; do
		mt_i=$((mt_i + 1))
		[ $mt_i -le 50 ] || break
		sleep 0.1
	done
}

mt_stop() {	# mt_stop FILE.pid [SIGNAL]: and waits until it is gone
	[ -s "$1" ] || return 0
	mt_pid=$(cat "$1")
	kill "-${2:-TERM}" "$mt_pid" 2>/dev/null
	mt_i=0
	while kill -0 "$mt_pid" 2>/dev/null &&
	    [ "$(awk '{ print $3 }' "/proc/$mt_pid/stat" 2>/dev/null)" != Z ]; do
		mt_i=$((mt_i + 1))
		[ $mt_i -le 100 ] || break
		sleep 0.05
	done
	rm -f "$1"
}

mt_mailer() {	# mt_mailer NAME PORT [key=value...]: a mailer of the test's
	mt_n=$1 mt_p=$2
	shift 2
	{
		grep -v '^smtp_url' "$FRIST_VAR/etc/mailer.conf"
		echo "smtp_url = smtp://127.0.0.1:$mt_p/mt.invalid"
		echo "retry_base_seconds = 1"
		echo "smtp_timeout = 1"
		echo "lease_seconds = 3"
		echo "claim = 1"
		echo "name = mt-$mt_n"
		for kv in "$@"; do echo "${kv%%=*} = ${kv#*=}"; done
	} > "$MT/$mt_n.conf"
	( "$FRIST_VAR/app/frist-mailer" -c "$MT/$mt_n.conf" >> "$MT/$mt_n.log" 2>&1 &
	echo $! > "$MT/$mt_n.pid" )
}

# How many messages in sink directory DIR have a Subject line with TEXT.
mt_count() {
	find "$1" -type f -print0 2>/dev/null | xargs -0 -r grep -l -x -F "Subject: $2" | wc -l
}

# --- through the stack's own mailer and sink -------------------------------

expect "frist-ctl started the mailer" [ -s "$FRIST_VAR/run/mailer.pid" ]
expect "frist-ctl started smtp-sink on the port it keeps" \
    [ -s "$FRIST_VAR/run/mailsink.port" ]
mt_subject="Påmindelse: statusrapport for TS-2026-9001 – æøå ÆØÅ"
mt_long=$(printf 'ø%.0s' $(seq 1 700))
mt_body=$(printf 'Kære modtager,\n\nDer er en frist om 14 dage: æøå ÆØÅ.\n.\n.punktum først\nFrom her\nlinje med mellemrum til sidst   \n%s\n%s\n' "$mt_long" "$MT_CANARY")
out=$(mt_add staff test anne@example.dk "$mt_subject" "$mt_body" "mt:first")
expect "the staff role queues a mail${out:+: $out}" [ -z "$out" ]
out=$(mt_add portal receipt bo@example.dk "Kvittering" "Tak. $MT_CANARY" "mt:portal")
expect "the portal role queues a mail${out:+: $out}" [ -z "$out" ]
out=$(mt_add portal receipt bo@example.dk "Kvittering" "Tak. $MT_CANARY" "mt:portal")
out2=$(mt_add staff receipt bo@example.dk "Kvittering" "Tak. $MT_CANARY" "mt:portal")
expect "the same dedup key again queues nothing, as either role${out:+: $out}${out2:+: $out2}" \
    [ "$(sql "SELECT count(*) FROM outbox WHERE dedup = 'mt:portal'")" = 1 ]
out=$(PGPASSWORD=$(cat "$FRIST_VAR/secrets/db-staff") psql -X -q -tA \
    -h "$FRIST_VAR/run/pg" -U frist_staff -d frist -c "SELECT body FROM outbox" 2>&1)
expect "staff cannot read a mail's body" grep -q 'permission denied' <<<"$out"
out=$(PGPASSWORD=$(cat "$FRIST_VAR/secrets/db-whistle") psql -X -q -tA \
    -h "$FRIST_VAR/run/pg" -U frist_whistle -d frist -c "INSERT INTO outbox (kind, to_addr, subject, body) VALUES ('test', 'a@example.dk', 's', 'b')" 2>&1)
expect "the whistle role cannot queue a mail" grep -q 'permission denied' <<<"$out"
out=$(mt_add staff nope a@example.dk s b "")
expect "an unknown kind is refused" grep -q 'outbox_kind_check' <<<"$out"

expect "both are sent by the stack's mailer" mt_wait 15 "dedup IN ('mt:first', 'mt:portal') AND state = 'sent'" 2
f=$(outbox_file mt:first)
expect "the mail is under var/mail/ (${f#"$FRIST_VAR"/})" [ -n "$f" ]
if [ -n "$f" ] && python3 "$SRC/tests/integration/mailparse.py" "$f" > "$MT/first.txt" 2> "$MT/first.err"; then
	pass "the mail parses as MIME text/plain with each header once"
	hdr() { sed -n "s/^$1: //p" "$MT/first.txt" | head -n 1; }
	expect "Subject decodes to the text, æøå and all" [ "$(hdr Subject)" = "$mt_subject" ]
	expect "To is the row's address ($(hdr To))" grep -qx '<\?anne@example.dk>\?' <<<"$(hdr To)"
	expect "From has the authority's name ($(hdr From))" [ "$(hdr From)" = "Demostyrelsen <frist@frist.invalid>" ]
	expect "the envelope sender is the bounce address ($(hdr X-Mail-Args))" \
	    grep -q '^<frist@frist.invalid>' <<<"$(hdr X-Mail-Args)"
	expect "Auto-Submitted: auto-generated" [ "$(hdr Auto-Submitted)" = auto-generated ]
	expect "Content-Type is text/plain in UTF-8 ($(hdr Content-Type))" \
	    grep -qix 'text/plain; charset="\?utf-8"\?' <<<"$(hdr Content-Type)"
	expect "quoted-printable" [ "$(hdr Content-Transfer-Encoding)" = quoted-printable ]
	expect "Message-ID is the one the row records" \
	    [ "$(hdr Message-ID)" = "$(sql "SELECT message_id FROM outbox WHERE dedup = 'mt:first'")" ]
	expect "Date is an RFC 5322 date ($(hdr Date))" \
	    grep -qE '^[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} \+0000$' <<<"$(hdr Date)"
	sed '1,/^$/d' "$MT/first.txt" > "$MT/first.body"
	printf '%s\n' "$mt_body" > "$MT/first.want"
	expect "the body decodes to the text, byte for byte (700 ø on a line, dots, From, blanks)" \
	    cmp -s "$MT/first.body" "$MT/first.want"
	expect "no line of the mail is longer than 78" \
	    awk 'length($0) > 78 { bad = 1 } END { exit bad }' "$f"
else
	fail "the mail does not parse: $(cat "$MT/first.err" 2>/dev/null)"
fi
expect "the dedup key gave one mail" [ "$(mt_count "$FRIST_VAR/mail" "Kvittering")" = 1 ]

# The rest is the test's own mailers'.
mt_stop "$FRIST_VAR/run/mailer.pid"

# --- the relay down, then back ---------------------------------------------

P1=$(mt_port)
mt_mailer m1 "$P1"
out=$(mt_add staff test c@example.dk "mt retry" "retry $MT_CANARY" "mt:retry")
expect "with the relay down the row is tried, then waits (attempts 2)" \
    mt_wait 10 "dedup = 'mt:retry' AND state = 'queued' AND attempts = 2" 1
expect "the row says why, without content: $(sql "SELECT last_error FROM outbox WHERE dedup = 'mt:retry'")" \
    [ -n "$(sql "SELECT last_error FROM outbox WHERE dedup = 'mt:retry' AND last_error NOT LIKE '%example%'")" ]
w=$(sql "SELECT round(extract(epoch FROM next_try - now())) FROM outbox WHERE dedup = 'mt:retry'")
expect "the third try waits 5 x base ($w s)" [ "${w:-0}" -ge 3 -a "${w:-0}" -le 5 ]
mt_sink s1 "$P1"
expect "the relay back: the row is sent on the third try" \
    mt_wait 10 "dedup = 'mt:retry' AND state = 'sent' AND attempts = 3" 1
expect "one mail arrived" [ "$(mt_count "$MT/s1" "mt retry")" = 1 ]
mt_stop "$MT/m1.pid"

# --- max_attempts ------------------------------------------------------------

P2=$(mt_port)
mt_mailer m2 "$P2" max_attempts=2
mt_add staff test d@example.dk "mt fail" "fail $MT_CANARY" "mt:fail" >/dev/null
expect "after max_attempts (2) the row is failed" \
    mt_wait 10 "dedup = 'mt:fail' AND state = 'failed' AND attempts = 2" 1
mt_stop "$MT/m2.pid"
# A relay that refuses the recipient for good (5xx): failed at once.
P3=$(mt_port)
mt_sink s3 "$P3" -f RCPT
mt_mailer m3 "$P3"
mt_add staff test e@example.dk "mt refused" "refused" "mt:refused" >/dev/null
expect "a 5xx answer fails the row at the first attempt" \
    mt_wait 10 "dedup = 'mt:refused' AND state = 'failed' AND attempts = 1" 1
mt_stop "$MT/m3.pid"
mt_stop "$MT/s3.sink.pid"

# --- two mailers at once ----------------------------------------------------

mt_mailer m4 "$P1" claim=2 lease_seconds=4
mt_mailer m5 "$P1" claim=2 lease_seconds=4
sleep 0.3
mt_many two 60
expect "two mailers send all 60 rows" mt_wait 30 "dedup LIKE 'mt:two:%' AND state = 'sent'" 60
n=0
for k in $(seq 1 60); do
	[ "$(mt_count "$MT/s1" "two $k")" = 1 ] && n=$((n + 1))
done
expect "each of the 60 arrived exactly once ($n)" [ "$n" = 60 ]
echo "# m4 sent $(grep -c ' sent$' "$MT/m4.log"), m5 sent $(grep -c ' sent$' "$MT/m5.log")"
mt_stop "$MT/m4.pid"
mt_stop "$MT/m5.pid"

# --- killed mid-send ---------------------------------------------------------

# This sink waits 5 s before it answers DATA: the mailer is mid-send.
P4=$(mt_port)
mt_sink s4 "$P4" -w 5
mt_mailer m6 "$P4" smtp_timeout=10 lease_seconds=30
mt_add staff test f@example.dk "mt killed" "killed $MT_CANARY" "mt:killed" >/dev/null
expect "the row is being sent" mt_wait 10 "dedup = 'mt:killed' AND state = 'sending'" 1
sleep 0.5
mt_stop "$MT/m6.pid" KILL
mt_stop "$MT/s4.sink.pid"
expect "killed mid-send, the row stays claimed" \
    [ "$(sql "SELECT state FROM outbox WHERE dedup = 'mt:killed'")" = sending ]
mt_mailer m7 "$P1" claim=2 lease_seconds=4
expect "after the lease (4 s) another mailer sends it" \
    mt_wait 15 "dedup = 'mt:killed' AND state = 'sent' AND attempts = 2" 1
expect "it arrived once" [ "$(mt_count "$MT/s1" "mt killed")" = 1 ]

# --- PostgreSQL restarted with rows queued -----------------------------------

mt_many pg 40
$mt_asdb "$MT_PG/pg_ctl" -D "$FRIST_VAR/pg" -m fast -w stop >/dev/null
sleep 1
$mt_asdb "$MT_PG/pg_ctl" -D "$FRIST_VAR/pg" -l "$FRIST_VAR/log/pg/postgresql.log" -w start >/dev/null
expect "after the restart all 40 are sent" mt_wait 30 "dedup LIKE 'mt:pg:%' AND state = 'sent'" 40
n=0
for k in $(seq 1 40); do
	[ "$(mt_count "$MT/s1" "pg $k")" = 1 ] && n=$((n + 1))
done
expect "none lost, none twice ($n of 40 exactly once)" [ "$n" = 40 ]
expect "the mailer reconnected by itself (the same process)" \
    [ "$(grep -c 'connected as mt-m7' "$MT/m7.log")" -ge 2 ]
mt_stop "$MT/m7.pid"
mt_stop "$MT/s1.sink.pid"
# The programs reconnect at their next request.
for mt_p in /grants/ /staff/login; do
	for _ in 1 2 3 4; do req GET "$mt_p"; [ "$STATUS" = 200 ] && break; done
done

# --- the logs ---------------------------------------------------------------

mt_logs="$FRIST_VAR/log/mailer.log $MT/m*.log"
# shellcheck disable=SC2086
if grep -l -e '@example.dk' -e 'kanariefugl' -e 'Påmindelse' -e 'mt retry' $mt_logs; then
	fail "a mailer's log has an address, a subject or a body"
else
	pass "no mailer's log has an address, a subject or a body"
fi
# shellcheck disable=SC2086
expect "the logs have a line per delivery with id, kind and state" \
    grep -qE 'mail [0-9]+ test sent$' $mt_logs
expect "nor does PostgreSQL's log" bash -c "! grep -q -e kanariefugl -e '@example.dk' \"\$1\"/log/pg/*.log" _ "$FRIST_VAR"

# The stack's mailer again, for the tests after this one, started by
# frist-ctl as at first (not a child of this shell: later tests "wait").
sh "$SRC/tools/frist-ctl" start > "$MT/restart.log" 2>&1
expect "the stack's mailer runs again" \
    bash -c 'kill -0 "$(cat "$1")"' _ "$FRIST_VAR/run/mailer.pid"

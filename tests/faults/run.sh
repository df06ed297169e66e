#!/bin/bash
# make faults: frist under a submission load while things break.  Its own
# throwaway stack (tests/lib/stack.sh); tests/faults/load.py submits grant
# applications, whistleblower reports, status reports (as a grant
# recipient, on obligations made for the run) and (as staff) new causes,
# and reads
# the catalogue and a dashboard, recording every receipt it was shown.
# Faults, one after another, each held a few seconds and then lifted:
#   PostgreSQL stopped (pg_ctl stop -m fast) and started again;
#   kill -9 of one worker of each program;
#   the database read-only (ALTER SYSTEM default_transaction_read_only);
#   the disk under var/pg full (var/pg on a loop-mounted ext4; as root);
#   the mailer's SMTP relay down: the stack's smtp-sink stopped while the
#   load's status reports queue receipts (the demo grant has a contact
#   address) and 20 mails are queued as admin; the mailer must retry
#   (rows queued with attempts > 0, none failed) and, once the sink is
#   started again (frist-ctl start), deliver every mail queued meanwhile
#   exactly once (their Message-IDs counted in the sink's files).
# Then every acknowledged write is looked for, and the table printed: the
# requests answered during each fault by status, and the time from the
# lift to the first acknowledged write.  Exit 1 if an acknowledged write
# is lost, a fault is not recovered from, or a mail is lost or sent twice.
#
#   FAULT_ONLY=smtp_down bash tests/faults/run.sh     some faults only
#   (comma-separated: pg_stop, kill_worker, read_only, disk_full,
#   smtp_down; the baseline always runs)
set -u

. "$(dirname "$0")/../lib/stack.sh"
HOLD=${FAULT_HOLD:-6}	# seconds each fault lasts
# The mailer's backoff is 1, 5, 30, 120 x this: seconds, not minutes, so
# that the mails held back by the relay fault go within the run.
export FRIST_MAIL_RETRY_BASE=${FRIST_MAIL_RETRY_BASE:-1}
PGBIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)
MNT=""

cleanup() {
	[ -n "${D:-}" ] && touch "$D/stop"
	[ -n "${LOADPID:-}" ] && wait "$LOADPID" 2>/dev/null
	if [ -n "$MNT" ]; then
		sh "$SRC/tools/frist-ctl" stop >/dev/null 2>&1
		umount "$MNT" 2>/dev/null
	fi
	stack_stop
}
trap cleanup EXIT
if ! stack_start faults; then
	echo "faults: the stack did not start"
	exit 1
fi
. "$SRC/tests/integration/lib.sh"
D=$TMP/faults
mkdir -p "$D"
: > "$D/faults"

asdb() {	# as PostgreSQL's user (frist when run as root)
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=frist --regid=frist --init-groups -- "$@"
	else
		"$@"
	fi
}
pgctl() { asdb "$PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -l "$FRIST_VAR/log/pg/postgresql.log" "$@"; }
now() { date +%s.%N; }
phase() { echo "$1" > "$D/phase"; }
# recovered SINCE: an acknowledged-looking write (2xx/3xx) after SINCE.
recovered() {
	awk -v t="$1" '$1 >= t && ($2 == "apply" || $2 == "whistle" ||
	    $2 == "cause" || $2 == "status") && $3 >= 200 && $3 < 400 { f = 1 } END { exit !f }' \
	    "$D/events"
}
wait_recovered() {	# wait_recovered SINCE: up to 90 s
	for _ in $(seq 1 180); do
		kill -0 "$LOADPID" 2>/dev/null || { echo "faults: the load stopped"; exit 1; }
		recovered "$1" && return 0
		sleep 0.5
	done
	return 1
}
record() {	# record NAME START LIFT NOTE
	printf '%s|%s|%s|%s\n' "$1" "$2" "$3" "$4" >> "$D/faults"
}
want() {	# want NAME: the fault is to run (FAULT_ONLY, default all)
	[ -z "${FAULT_ONLY:-}" ] && return 0
	case ",$FAULT_ONLY," in *",$1,"*) return 0 ;; esac
	return 1
}
MAILBAD=0

# --- the disk: var/pg on its own small file system, before any load -----
DISK=""
if want disk_full && [ "$(id -u)" -eq 0 ] && command -v mkfs.ext4 >/dev/null; then
	pgctl -m fast -w stop >/dev/null
	img=$TMP/pgdisk.img
	# Room for the cluster and some more; no blocks kept for root, so
	# that "full" is full for PostgreSQL too.
	size=$(( $(du -sm "$FRIST_VAR/pg" | cut -f1) + 160 ))
	truncate -s "${size}M" "$img"
	if mkfs.ext4 -q -F -m 0 "$img" && mv "$FRIST_VAR/pg" "$FRIST_VAR/pg.src" &&
	    mkdir "$FRIST_VAR/pg" && mount -o loop "$img" "$FRIST_VAR/pg"; then
		MNT=$FRIST_VAR/pg
		cp -a "$FRIST_VAR/pg.src/." "$MNT/"
		rm -rf "$FRIST_VAR/pg.src" "$MNT/lost+found"
		chown frist:frist "$MNT"
		chmod 700 "$MNT"
		DISK="loop-mounted ext4 of ${size} MB at var/pg"
	else
		[ -d "$FRIST_VAR/pg.src" ] && rmdir "$FRIST_VAR/pg" 2>/dev/null &&
		    mv "$FRIST_VAR/pg.src" "$FRIST_VAR/pg"
	fi
	pgctl -w -t 60 start >/dev/null || { echo "faults: PostgreSQL did not start again"; exit 1; }
fi

export FAULT_STAFF_USER=demo FAULT_STAFF_PW=$DEMO_PW
# Status reports need obligations to answer: 5,000 more for a demo grant,
# due from today on, more than a run can use.
export FAULT_GRANT_NO=TS-2026-9001
FAULT_GRANT_CODE=$(sed -n "s/^Tilsagn $FAULT_GRANT_NO, adgangskode //p" "$FRIST_VAR/demo-credentials")
export FAULT_GRANT_CODE
sql "INSERT INTO obligation (award_id, kind, seq, due) SELECT a.id, 'status', m.seq + g, current_date + g FROM award a, (SELECT coalesce(max(seq), 0) AS seq FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$FAULT_GRANT_NO' AND o.kind = 'status') m, generate_series(1, 5000) g WHERE a.grant_no = '$FAULT_GRANT_NO'" >/dev/null
phase baseline
python3 "$SRC/tests/faults/load.py" run "$BASE" "$D" apply,whistle,cause,status,read 2 &
LOADPID=$!
t0=$(now); sleep "$HOLD"
record baseline "$t0" "$t0" "no fault"

# --- PostgreSQL stopped and started ------------------------------------
if want pg_stop; then
phase pg_stop
t0=$(now)
pgctl -m fast -w stop >/dev/null
sleep "$HOLD"
pgctl -w -t 60 start >/dev/null
lift=$(now)
wait_recovered "$lift"
record pg_stop "$t0" "$lift" "pg_ctl stop -m fast, ${HOLD} s, start"
phase after_pg; sleep 2
fi

# --- kill -9 one worker of each program --------------------------------
if want kill_worker; then
phase kill_worker
t0=$(now)
killed=""
for p in portal whistle staff; do
	sup=$(cat "$FRIST_VAR/run/$p.pid")
	w=$(pgrep -P "$sup" | head -n 1)
	[ -n "$w" ] && kill -9 "$w" && killed="$killed $p:$w"
done
lift=$(now)
sleep "$HOLD"
wait_recovered "$lift"
# The supervisors must have replaced them.
n=0
for p in portal whistle staff; do
	n=$((n + $(pgrep -P "$(cat "$FRIST_VAR/run/$p.pid")" | wc -l)))
done
record kill_worker "$t0" "$lift" "kill -9$killed; $n workers again"
phase after_kill; sleep 2
fi

# --- the database read-only --------------------------------------------
if want read_only; then
phase read_only
t0=$(now)
sql "ALTER SYSTEM SET default_transaction_read_only = on" >/dev/null
sql "SELECT pg_reload_conf()" >/dev/null
sleep "$HOLD"
PGOPTIONS="-c default_transaction_read_only=off" sql "ALTER SYSTEM RESET default_transaction_read_only" >/dev/null
sql "SELECT pg_reload_conf()" >/dev/null
lift=$(now)
wait_recovered "$lift"
record read_only "$t0" "$lift" "ALTER SYSTEM default_transaction_read_only, ${HOLD} s"
phase after_ro; sleep 2
fi

# --- the disk under var/pg full ------------------------------------------
if [ -n "$DISK" ]; then
	phase disk_full
	t0=$(now)
	# Big blocks, then small ones for the rest.
	dd if=/dev/zero of="$MNT/filler" bs=1M 2>/dev/null
	dd if=/dev/zero of="$MNT/filler2" bs=4k 2>/dev/null
	sync
	free=$(df -k --output=avail "$MNT" | tail -n 1 | tr -d ' ')
	sleep "$HOLD"
	rm -f "$MNT/filler" "$MNT/filler2"
	sync
	note="$DISK, filled (${free} kB left) ${HOLD} s"
	# A PostgreSQL that could not write its WAL has stopped: start it.
	sleep 1
	if ! pgctl status >/dev/null 2>&1; then
		pgctl -w -t 60 start >/dev/null
		note="$note; PostgreSQL had stopped, started again"
	fi
	lift=$(now)
	wait_recovered "$lift"
	record disk_full "$t0" "$lift" "$note"
	phase after_disk; sleep 2
elif want disk_full; then
	record disk_full 0 0 "not run: needs root and mkfs.ext4 (loop mount)"
fi

# --- the mailer's SMTP relay down ------------------------------------------
# The stack's own smtp-sink is the relay.  The mails this row judges are
# those queued while it was down (made after it stopped, so that none can
# have reached it half-sent) and due by then: a whistleblower mail waits
# for the next full hour (sql/030) and is left out.
if want smtp_down; then
	phase smtp_down
	t0=$(now)
	sinkpid=$(cat "$FRIST_VAR/run/mailsink.pid" 2>/dev/null)
	if [ -n "$sinkpid" ] && kill "$sinkpid" 2>/dev/null; then
		for _ in $(seq 1 100); do
			kill -0 "$sinkpid" 2>/dev/null || break
			sleep 0.05
		done
	fi
	m0=$(sql "SELECT coalesce(max(id), 0) FROM outbox")
	sql "INSERT INTO outbox (kind, to_addr, subject, body, dedup)
	    SELECT 'test', 'fault@example.dk', 'Fejltest relæ nede ' || k,
	    'Sendt, mens relæet var nede.', 'fault:smtp:$$:' || k
	    FROM generate_series(1, 20) k" >/dev/null
	sleep "$HOLD"
	# The set, fixed now (a row committed later is not in it).
	ids=$(sql "SELECT coalesce(string_agg(id::text, ','), '0') FROM outbox WHERE id > $m0 AND not_before <= now()")
	mine="id IN ($ids)"
	queued=$(sql "SELECT count(*) FROM outbox WHERE $mine")
	retrying=$(sql "SELECT count(*) FROM outbox WHERE $mine AND state = 'queued' AND attempts > 0 AND last_error IS NOT NULL")
	early=$(sql "SELECT count(*) FROM outbox WHERE $mine AND state = 'sent'")
	failed=$(sql "SELECT count(*) FROM outbox WHERE $mine AND state = 'failed'")
	sh "$SRC/tools/frist-ctl" start > "$D/smtp-start.log" 2>&1 ||
	    echo "faults: frist-ctl start failed: $(tail -n 3 "$D/smtp-start.log")"
	lift=$(now)
	left=$queued
	for _ in $(seq 1 300); do
		left=$(sql "SELECT count(*) FROM outbox WHERE $mine AND state <> 'sent'")
		[ "$left" = 0 ] && break
		sleep 0.5
	done
	took=$(awk -v a="$(now)" -v b="$lift" 'BEGIN { printf "%.1f", a - b }')
	# failed is for good: the rows failed by now include those of before.
	failed=$(sql "SELECT count(*) FROM outbox WHERE $mine AND state = 'failed'")
	# Every Message-ID of them in the sink's files, once.
	sql "SELECT message_id FROM outbox WHERE $mine AND state = 'sent'" | LC_ALL=C sort > "$D/mail-ids"
	find "$FRIST_VAR/mail" -type f -print0 2>/dev/null |
	    xargs -0 -r sed -n 's/^Message-I[Dd]: *//p' | tr -d '\r' | LC_ALL=C sort |
	    uniq -c | awk '{ print $2, $1 }' > "$D/mail-seen"
	once=$(LC_ALL=C join "$D/mail-ids" "$D/mail-seen" | awk '$2 == 1' | wc -l)
	twice=$(LC_ALL=C join "$D/mail-ids" "$D/mail-seen" | awk '$2 > 1' | wc -l)
	missing=$(LC_ALL=C join -v 1 "$D/mail-ids" "$D/mail-seen" | wc -l)
	note="smtp-sink stopped ${HOLD} s: $queued mails queued meanwhile, $retrying retrying (attempts > 0), $early sent while down, $failed failed; after the restart $((queued - left)) sent in $took s, $once arrived once, $twice twice, $missing not found"
	# The pages never wait on the relay: no answer of the load in this
	# phase may be a 5xx.
	s5=$(awk '$4 == "smtp_down" && $3 >= 500' "$D/events" | wc -l)
	note="$note; $s5 answers 5xx"
	record smtp_down "$t0" "$lift" "$note"
	echo "# $note"
	if [ "$queued" -lt 20 ] || [ "$retrying" = 0 ] || [ "$early" != 0 ] ||
	    [ "$failed" != 0 ] || [ "$left" != 0 ] || [ "$once" != "$queued" ] ||
	    [ "$twice" != 0 ] || [ "$missing" != 0 ] || [ "$s5" != 0 ]; then
		MAILBAD=1
	fi
	phase after_smtp; sleep 2
fi

phase end
touch "$D/stop"
wait "$LOADPID"
LOADPID=""

echo "# faults"
python3 "$SRC/tests/faults/load.py" table "$D"
trc=$?
echo "# acknowledged writes"
python3 "$SRC/tests/faults/load.py" check "$BASE" "$D"
crc=$?
if [ $trc -ne 0 ] || [ $crc -ne 0 ] || [ $MAILBAD -ne 0 ]; then
	echo "faults: FAILED (lost writes: $([ $crc -ne 0 ] && echo yes || echo no), unrecovered fault: $([ $trc -ne 0 ] && echo yes || echo no), mail lost, failed or twice, or a 5xx while the relay was down: $([ $MAILBAD -ne 0 ] && echo yes || echo no))"
	exit 1
fi
echo "faults: passed"

# Scale-out, on a stack of its own (the suite's stack is put back after):
# a streaming replica made with pg_basebackup -R; every program connects
# with the multi-host string host=PRIMARY,REPLICA
# target_session_attrs=read-write, and the dashboards and the public
# catalogue read through db_read (host=REPLICA,PRIMARY
# target_session_attrs=prefer-standby); two staff instances behind one
# nginx upstream.  Under load (tests/faults/load.py: applications, staff
# writes, catalogue and dashboard reads) the primary is stopped and the
# replica promoted: the writes find the new primary by themselves, and no
# acknowledged write is lost.

SC_SAVE="$TMP|$PORT|$BASE|$FRIST_VAR|$DEMO_PW"
SC_PGBIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)
sc_asdb() {	# as PostgreSQL's user (frist when run as root)
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=frist --regid=frist --init-groups -- "$@"
	else
		"$@"
	fi
}
sc_sql() {	# sc_sql SOCKETDIR SQL: admin SQL on one server
	PGPASSWORD=$(cat "$FRIST_VAR/secrets/admin") psql -X -q -tA -h "$1" \
	    -U frist_admin -d frist -c "$2" 2>&1
}
# Whose worker answered: the pid in the answer's X-Request-Id.
sc_rid_pid() {
	printf '%d' "0x$(tr -d '\r' < "$HDRS" | sed -n 's/^X-Request-Id: \([0-9a-f]*\)-.*/\1/Ip')"
}
sc_now() { date +%s.%N; }

sc_run() {
	S=$FRIST_VAR A=$FRIST_VAR/run/pg B=$FRIST_VAR/run/pg2
	SD=$TMP/scale
	mkdir -p "$SD"

	# --- the replica ----------------------------------------------------
	mkdir -p "$S/pg2" "$B"
	chmod 700 "$S/pg2"
	[ "$(id -u)" -eq 0 ] && chown frist:frist "$S/pg2" "$B"
	PGPASSWORD=$(cat "$S/secrets/admin") sc_asdb "$SC_PGBIN/pg_basebackup" \
	    -h "$A" -U frist_admin -D "$S/pg2" -R -X stream -c fast
	expect "pg_basebackup -R makes a standby" [ -f "$S/pg2/standby.signal" ]
	printf "unix_socket_directories = '%s'\n" "$B" >> "$S/pg2/postgresql.conf"
	sc_asdb "$SC_PGBIN/pg_ctl" -D "$S/pg2" -l "$S/log/pg/replica.log" -w -t 60 start >/dev/null
	expect "the replica is in recovery" [ "$(sc_sql "$B" 'SELECT pg_is_in_recovery()')" = t ]
	expect "and streams from the primary" [ "$(sc_sql "$A" 'SELECT count(*) FROM pg_stat_replication')" = 1 ]

	# --- the programs: multi-host strings, a read connection --------------
	for p in portal whistle staff; do
		kill "$(cat "$S/run/$p.pid")"
	done
	for p in portal whistle staff; do
		while kill -0 "$(cat "$S/run/$p.pid")" 2>/dev/null; do sleep 0.1; done
	done
	FRIST_DB_HOSTS="$A,$B" FRIST_DB_READ_HOSTS="$B,$A" sh "$SRC/tools/frist-ctl" start >/dev/null
	expect "the staff config has the multi-host string" grep -q \
	    "^db = host=$A,$B .*target_session_attrs=read-write" "$S/etc/staff.conf"
	expect "and the read-only one" grep -q \
	    "^db_read = host=$B,$A .*target_session_attrs=prefer-standby" "$S/etc/staff.conf"
	# A second staff instance on its own socket; both in the upstream.
	sed "s|^socket = .*|socket = $S/run/staff/staff-b.sock|" "$S/etc/staff.conf" > "$S/etc/staff-b.conf"
	chmod 600 "$S/etc/staff-b.conf"
	[ "$(id -u)" -eq 0 ] && chown frist-staff:frist-staff "$S/etc/staff-b.conf"
	# Started directly (not through a function) so that $! is the program.
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=frist-staff --regid=frist-staff --init-groups -- \
		    "$S/app/staff.fcgi" -c "$S/etc/staff-b.conf" >> "$S/log/staff-b.log" 2>&1 &
	else
		"$S/app/staff.fcgi" -c "$S/etc/staff-b.conf" >> "$S/log/staff-b.log" 2>&1 &
	fi
	SC_B=$!
	for _ in $(seq 1 100); do [ -S "$S/run/staff/staff-b.sock" ] && break; sleep 0.1; done
	sed -i "s|upstream frist_staff { server unix:$S/run/staff/staff.sock; }|upstream frist_staff { server unix:$S/run/staff/staff.sock; server unix:$S/run/staff/staff-b.sock; }|" \
	    "$S/etc/nginx.conf"
	expect "nginx's staff upstream has both" grep -q 'staff-b.sock' "$S/etc/nginx.conf"
	/usr/sbin/nginx -e "$S/log/nginx-error.log" -c "$S/etc/nginx.conf" -s reload
	sleep 1

	# Both instances answer, through the one address.
	sa=$(pgrep -P "$(cat "$S/run/staff.pid")" | tr '\n' ' ')
	sb=$(pgrep -P "$SC_B" | tr '\n' ' ')
	na=0 nb=0
	for _ in $(seq 1 20); do
		req GET /staff/login
		w=$(sc_rid_pid)
		case " $sa " in *" $w "*) na=$((na + 1)) ;; esac
		case " $sb " in *" $w "*) nb=$((nb + 1)) ;; esac
	done
	expect "both staff instances answer ($na and $nb of 20)" [ "$na" -gt 0 -a "$nb" -gt 0 ]
	staff_login demo "$DEMO_PW"
	expect "a staff login works" [ "$STATUS" = 303 ]
	SJ=$TMP/scale.jar
	cp "$JAR" "$SJ"
	# A session made by one instance is good on the other: no state in
	# the programs.
	ok=0
	for _ in $(seq 1 6); do
		req GET /staff/goals/ -b "$SJ"
		[ "$STATUS" = 200 ] && ok=$((ok + 1))
	done
	expect "the dashboard answers on every request, either instance ($ok of 6)" [ "$ok" = 6 ]

	# --- load; reads reach the replica -----------------------------------
	export FAULT_STAFF_USER=demo FAULT_STAFF_PW=$DEMO_PW
	echo before > "$SD/phase"
	python3 "$SRC/tests/faults/load.py" run "$BASE" "$SD" apply,cause,read 2 &
	SC_LOAD=$!
	sleep 5
	req GET /grants/feed.atom
	expect_status 200 "the feed"
	r=$(sc_sql "$B" "SELECT string_agg(DISTINCT usename, ',' ORDER BY usename) FROM pg_stat_activity WHERE usename LIKE 'frist\\_%' AND usename <> 'frist_admin'")
	expect "the dashboards and the catalogue read from the replica ($r)" [ "$r" = frist_portal,frist_staff ]
	n=$(awk '$2 != "read" && $3 >= 200 && $3 < 400' "$SD/events" | wc -l)
	expect "writes are acknowledged meanwhile ($n)" [ "$n" -gt 0 ]

	# --- the primary goes, the replica is promoted ------------------------
	echo promote > "$SD/phase"
	t0=$(sc_now)
	sc_asdb "$SC_PGBIN/pg_ctl" -D "$S/pg" -m fast -w stop >/dev/null
	sc_asdb "$SC_PGBIN/pg_ctl" -D "$S/pg2" -w promote >/dev/null
	t1=$(sc_now)
	expect "the replica is the primary now" [ "$(sc_sql "$B" 'SELECT pg_is_in_recovery()')" = f ]
	for _ in $(seq 1 120); do
		awk -v t="$t1" '$1 >= t && $2 != "read" && $3 >= 200 && $3 < 400 { f = 1 } END { exit !f }' \
		    "$SD/events" && break
		sleep 0.5
	done
	echo after > "$SD/phase"
	sleep 5
	touch "$SD/stop"
	wait "$SC_LOAD"
	SC_LOAD=""
	# From the promotion: before it, an answer may still be the old
	# primary's.
	wgap=$(awk -v t="$t1" '$1 >= t && $2 != "read" && $3 >= 200 && $3 < 400 { print $1 - t; exit }' "$SD/events")
	rgap=$(awk -v t="$t1" '$1 >= t && $2 == "read" && $3 == 200 { print $1 - t; exit }' "$SD/events")
	bad=$(awk '$4 == "promote" && $3 != 200 && $3 != 303' "$SD/events" | wc -l)
	echo "# scale: stop+promote took $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s;" \
	    "then the first write was acknowledged after ${wgap:-never} s, the first read after ${rgap:-never} s;" \
	    "$bad requests refused meanwhile"
	expect "writes are acknowledged on the new primary" [ -n "$wgap" ]
	expect "reads are served again" [ -n "$rgap" ]
	n=$(awk '$4 == "after" && $2 != "read" && $3 >= 200 && $3 < 400' "$SD/events" | wc -l)
	expect "and go on afterwards ($n)" [ "$n" -gt 0 ]
	out=$(FAULT_PGHOST=$B python3 "$SRC/tests/faults/load.py" check "$BASE" "$SD")
	echo "# $out" | tail -n 1
	expect "no acknowledged write is lost" grep -q ', lost: 0$' <<<"$out"
	req GET /staff/goals/ -b "$SJ"
	expect_status 200 "the dashboard reads from the new primary"
	req GET /grants/
	expect_status 200 "so does the catalogue"
}

SC_B="" SC_LOAD=""
if stack_start scale; then
	sc_run
	# What the stack does not know of: the second instance, the replica.
	[ -n "$SC_LOAD" ] && { touch "$TMP/scale/stop"; wait "$SC_LOAD"; }
	[ -n "$SC_B" ] && { kill "$SC_B"; wait "$SC_B"; } 2>/dev/null
	sc_asdb "$SC_PGBIN/pg_ctl" -D "$FRIST_VAR/pg2" -m fast -w stop >/dev/null 2>&1
else
	fail "the scale-out stack did not start"
fi
stack_stop
IFS='|' read -r TMP PORT BASE FRIST_VAR DEMO_PW <<<"$SC_SAVE"
export FRIST_VAR PORT

# The workers of the portal and the whistleblower channel run under their
# seccomp allow-list (cgi/lib/sandbox.c): the kernel reports the filter
# for every worker, the pages still serve, and a PostgreSQL restart is
# survived by the same sandboxed workers, which reconnect inside it.
# (That a sandboxed process cannot exec or create files is proved in
# tests/unit/check_sandbox.c with the same filter.)

sbx_workers() {	# sbx_workers PROGRAM: its workers' pids
	pgrep -P "$(cat "$FRIST_VAR/run/$1.pid")" | sort | tr '\n' ' '
}
sbx_all_filtered() {	# sbx_all_filtered PIDS...: each has Seccomp: 2
	[ $# -gt 0 ] || return 1
	for w in "$@"; do
		grep -q '^Seccomp:[[:space:]]*2$' "/proc/$w/status" || return 1
	done
}
sbx_mailbox_wrong() {	# a wrong receipt code: needs the database
	curl -s -o /dev/null -w '%{http_code}\n' --max-time 20 \
	    -X POST "$BASE/whistleblower/mailbox" --data-urlencode "csrf=$1" \
	    --data-urlencode "code=0000000000000000"
}

req GET /grants/
expect_status 200 "portal serves under the sandbox"
req GET /whistleblower/
expect_status 200 "whistle serves under the sandbox"
t=$(csrf)
portal_w=$(sbx_workers portal)
whistle_w=$(sbx_workers whistle)
# shellcheck disable=SC2086
expect "every portal worker is filtered (Seccomp: 2): $portal_w" sbx_all_filtered $portal_w
# shellcheck disable=SC2086
expect "every whistle worker is filtered (Seccomp: 2): $whistle_w" sbx_all_filtered $whistle_w
staff_sup=$(cat "$FRIST_VAR/run/staff.pid")
expect "the supervisors are not filtered (they fork workers)" \
    grep -q '^Seccomp:[[:space:]]*0$' "/proc/$(cat "$FRIST_VAR/run/portal.pid")/status" "/proc/$staff_sup/status"

# PostgreSQL restarts; the workers reconnect inside the sandbox.
PGBIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin | sort -V | tail -n 1)
if [ "$(id -u)" -eq 0 ]; then asdb="setpriv --reuid=frist --regid=frist --init-groups --"; else asdb=""; fi
$asdb "$PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -m fast -w stop >/dev/null
req GET /grants/pools/1
expect_status 503 "database down: 503 from a sandboxed portal worker"
$asdb "$PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -l "$FRIST_VAR/log/pg/postgresql.log" -w start >/dev/null
ok=0
for i in $(seq 1 12); do
	req GET /grants/pools/1
	[ "$STATUS" = 200 ] && ok=$((ok + 1))
done
expect "database back: the pool page serves again ($ok of 12 after the first)" [ "$ok" -ge 11 ]
# Several at once, so that every whistle worker has to reconnect.
codes=$(for i in 1 2 3 4; do sbx_mailbox_wrong "$t" & done; wait)
expect "database back: whistle mailbox answers 200 from each worker ($(echo $codes))" \
    [ "$(echo "$codes" | grep -c '^200$')" = 4 ]
expect "the same portal workers, not respawned ones" [ "$(sbx_workers portal)" = "$portal_w" ]
expect "the same whistle workers, not respawned ones" [ "$(sbx_workers whistle)" = "$whistle_w" ]
# shellcheck disable=SC2086
expect "and still filtered" sbx_all_filtered $portal_w $whistle_w
expect "no worker was killed by its sandbox so far" \
    bash -c "! grep -h 'killed by its sandbox' \"\$1\"/log/portal.log \"\$1\"/log/whistle.log" _ "$FRIST_VAR"

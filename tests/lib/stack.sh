# A throwaway frist for the test suites: a PostgreSQL cluster, the three
# programs and nginx on a free port, all under a temporary directory that
# stack_stop removes (run.sh files call it from an EXIT trap, so it goes
# also when a test fails).  Sourced by tests/integration/run.sh and
# tests/e2e/run.sh.
#
# stack_start sets SRC, TMP, PORT, BASE, FRIST_VAR and DEMO_PW; it returns
# non-zero (after printing the start log) if frist did not start.

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

stack_free_port() {
	for _ in $(seq 1 50); do
		p=$((20000 + RANDOM % 20000))
		(exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
	done
	echo 0
}

stack_start() {	# stack_start NAME
	TMP=$(mktemp -d "/tmp/frist-$1.XXXXXX")
	chmod 755 "$TMP"
	export FRIST_VAR=$TMP/var FRIST_DEMO=1 FRIST_WORKERS=${FRIST_WORKERS:-2}
	# The tests post to the whistleblower channel far more often than a person.
	export FRIST_WB_RATE=6000r/m FRIST_WB_BURST=200
	# The reminder scheduler makes its pass at the start only: a pass in
	# the middle of the suite, on the real day, would mail other tests'
	# data; t_remind.sh runs its own passes (--once, the day fixed).
	export FRIST_REMIND_INTERVAL=${FRIST_REMIND_INTERVAL:-86400}
	# ... and with a body in parallel (t_slow.sh tests the default).
	export FRIST_BODY_CONN=${FRIST_BODY_CONN:-400}
	# The dashboards computed on every view, so that a test sees its
	# own change at once (t_figcache.sh tests the kept figures).
	export FRIST_FIGURES_MAX_AGE=${FRIST_FIGURES_MAX_AGE:-0}
	PORT=$(stack_free_port)
	export PORT
	BASE=http://127.0.0.1:$PORT
	if ! sh "$SRC/tools/frist-ctl" start > "$TMP/start.log" 2>&1; then
		cat "$TMP/start.log"
		return 1
	fi
	DEMO_PW=$(sed -n 's/^Adgangskode: //p' "$FRIST_VAR/demo-credentials")
}

stack_stop() {
	[ -n "${TMP:-}" ] || return 0
	sh "$SRC/tools/frist-ctl" stop >/dev/null 2>&1
	rm -rf "$TMP"
}

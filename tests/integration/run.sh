#!/bin/bash
# Integration tests: a throwaway PostgreSQL cluster, the three programs and
# nginx on a free port, all under a temporary directory that is removed
# afterwards, also when a test fails.  Prints "N passed, N failed".
set -u

SRC=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d /tmp/frist-it.XXXXXX)
chmod 755 "$TMP"
export FRIST_VAR=$TMP/var FRIST_DEMO=1 FRIST_WORKERS=2
# The tests post to the whistleblower channel far more often than a person.
export FRIST_WB_RATE=6000r/m FRIST_WB_BURST=200
PASSED=0 FAILED=0

free_port() {
	for _ in $(seq 1 50); do
		p=$((20000 + RANDOM % 20000))
		(exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
	done
	echo 0
}
PORT=$(free_port)
export PORT
BASE=http://127.0.0.1:$PORT

cleanup() {
	sh "$SRC/tools/frist-ctl" stop >/dev/null 2>&1
	rm -rf "$TMP"
}
trap cleanup EXIT

if ! sh "$SRC/tools/frist-ctl" start > "$TMP/start.log" 2>&1; then
	cat "$TMP/start.log"
	echo "integration: 0 passed, 1 failed"
	exit 1
fi
DEMO_PW=$(sed -n 's/^Adgangskode: //p' "$FRIST_VAR/demo-credentials")

. "$SRC/tests/integration/lib.sh"

for t in "$SRC"/tests/integration/t_*.sh; do
	if [ -n "${ONLY:-}" ] && [ "${t##*/}" != "$ONLY" ]; then continue; fi
	echo "# ${t##*/}"
	. "$t"
done

# Last, over everything the suite did: no client address in any log.
echo "# logs"
if grep -rlE '127\.0\.0\.1|::1' "$FRIST_VAR/log" 2>/dev/null | grep -v '/pg/'; then
	fail "a log holds a client address"
else
	pass "no log holds a client address"
fi

echo "integration: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]

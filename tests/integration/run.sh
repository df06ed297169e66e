#!/bin/bash
# Integration tests: a throwaway PostgreSQL cluster, the three programs and
# nginx on a free port, all under a temporary directory that is removed
# afterwards, also when a test fails.  Prints "N passed, N failed".
set -u

. "$(dirname "$0")/../lib/stack.sh"
PASSED=0 FAILED=0
trap stack_stop EXIT
if ! stack_start it; then
	echo "integration: 0 passed, 1 failed"
	exit 1
fi

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
# And no sandboxed worker met a system call its allow-list lacks.
if grep -h 'killed by its sandbox' "$FRIST_VAR"/log/*.log 2>/dev/null; then
	fail "a worker was killed by its sandbox (cgi/lib/sandbox.c)"
else
	pass "no worker was killed by its sandbox"
fi

echo "integration: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]

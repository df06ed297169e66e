#!/bin/bash
# The browser suite: Debian's Chromium, driven by playwright-core, against
# a throwaway frist (tests/lib/stack.sh).  Installs what it needs when it
# is missing: the chromium package (apt, as root) and the npm packages
# pinned in package-lock.json (npm ci).  Screenshots of every step go to
# var/screenshots/ (not committed).  Prints "e2e: N passed, N failed".
#
#   ONLY=j5 bash tests/e2e/run.sh        one journey (and what it needs)
#   VARIANTS=1280-js bash tests/e2e/run.sh
set -u

. "$(dirname "$0")/../lib/stack.sh"
E2E=$SRC/tests/e2e

sh "$SRC/tools/deps.sh" chromium fonts-dejavu-core || exit 1
# playwright-core needs Node.js 20 or later; Debian 12's own is 18.
command -v node >/dev/null || sh "$SRC/tools/deps.sh" nodejs npm || exit 1
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
	echo "e2e: Node.js 20 or later is needed (found $(node --version))" >&2
	echo "e2e: 0 passed, 1 failed"
	exit 1
fi
if [ ! -d "$E2E/node_modules/playwright-core" ] || [ ! -d "$E2E/node_modules/axe-core" ] ||
    [ "$E2E/package-lock.json" -nt "$E2E/node_modules/.package-lock.json" ]; then
	(cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error) || exit 1
fi

trap stack_stop EXIT
# Names other than the defaults, so that the journeys prove the
# configured names reach every page (README: Configuration).
export FRIST_AUTHORITY="Styrelsen for Afprøvning" FRIST_AUTHORITY_LOGO=SFA \
    FRIST_WB_AUTHORITY="Socialtilsyn Prøve"
if ! stack_start e2e; then
	echo "e2e: 0 passed, 1 failed"
	exit 1
fi
SHOTS=$SRC/var/screenshots
rm -rf "$SHOTS"
mkdir -p "$SHOTS"
export SRC BASE PORT FRIST_VAR DEMO_PW SHOTS
# The whole suite takes a few minutes; stop it if it hangs (CI has a limit).
timeout 1800 node "$E2E/run.mjs"
rc=$?
# As in the integration suite: nothing the browser did left a client
# address, user agent or referrer in any log.
if grep -rlE '127\.0\.0\.1|::1|Chrome/|HeadlessChrome|Mozilla/' "$FRIST_VAR/log" 2>/dev/null | grep -v '/pg/'; then
	echo "not ok - a log holds a client address or user agent"
	rc=1
fi
exit $rc

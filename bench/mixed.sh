#!/bin/bash
# The mixed load of issue 10, run by bench/run.sh on its frist (TMP, BASE
# and FRIST_VAR set; BENCH_MIXED=0 skips it): wrk with bench/mixed.lua,
# BENCH_CONNECTIONS (64) connections for BENCH_SECONDS (60) after a 10 s
# warm-up of the same mix.  70 % page views (portal pool pages, the
# whistleblower form, staff application and case pages logged in), 20 %
# dashboards (/staff/goals/, /staff/plans/2024), 10 % submissions (a
# grant application sent at once, with its CSRF token and a fresh
# one-time key: each makes a new application).
#
# Prints throughput, p50/p99/p99.9, answers by status, the largest
# worker's resident size per program before and after, and the targets:
# no errors (every answer 2xx or 3xx, no socket error), p99 < 50 ms, no
# memory growth (the largest worker of each program grows by at most
# 1 MiB between after the warm-up and after the load).  Exit 1 when one
# is missed.
set -eu

SRC=$(cd "$(dirname "$0")/.." && pwd)
DUR=${BENCH_SECONDS:-60}
CONN=${BENCH_CONNECTIONS:-64}
PSQL() { sh "$SRC/tools/frist-ctl" psql -X -q -tA -v ON_ERROR_STOP=1 -c "$1"; }
form_token() { sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$1" | head -n 1; }
jar_cookies() {	# the cookies of a curl jar as one Cookie header value
	sed 's/^#HttpOnly_//' "$1" | awk -F '\t' 'NF >= 7 && $0 !~ /^#/ { printf "%s%s=%s", s, $6, $7; s = "; " }'
}

# A staff session (the demo user, every role).
pw=$(sed -n 's/^Adgangskode: //p' "$FRIST_VAR/demo-credentials")
sj=$TMP/mixed-staff.jar
rm -f "$sj"
curl -s -c "$sj" -b "$sj" "$BASE/staff/login" > "$TMP/mixed-login.html"
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$sj" -b "$sj" "$BASE/staff/login" \
    --data-urlencode "csrf=$(form_token "$TMP/mixed-login.html")" \
    --data-urlencode username=demo --data-urlencode "password=$pw")
[ "$code" = 303 ] || { echo "mixed: staff login answered $code"; exit 1; }
export MIX_STAFF_COOKIE
MIX_STAFF_COOKIE=$(jar_cookies "$sj")

export MIX_POOLS MIX_OPEN MIX_APPS MIX_CASES MIX_CSRF MIX_START MIX_END
MIX_POOLS=$(PSQL "SELECT string_agg(id::text, ' ') FROM pool WHERE status <> 'draft'")
MIX_OPEN=$(PSQL "SELECT min(id) FROM pool WHERE status = 'open' AND opens <= current_date AND closes >= current_date")
# At most 5,000 of each: a list in the environment may not pass 128 KiB
# (a stack that has run the mix before has made that many applications).
MIX_APPS=$(PSQL "SELECT string_agg(id::text, ' ') FROM (SELECT id FROM application WHERE status <> 'draft' ORDER BY id LIMIT 5000) AS a")
MIX_CASES=$(PSQL "SELECT string_agg(id::text, ' ') FROM (SELECT id FROM submission ORDER BY id LIMIT 5000) AS s")
[ -n "$MIX_OPEN" ] && [ -n "$MIX_APPS" ] && [ -n "$MIX_CASES" ] ||
    { echo "mixed: the demo data lacks an open pool, applications or cases"; exit 1; }
curl -s "$BASE/grants/pools/$MIX_OPEN/apply" > "$TMP/mixed-apply.html"
MIX_CSRF=$(form_token "$TMP/mixed-apply.html")
MIX_START=$(date +%F)
MIX_END=$(date -d '+300 days' +%F)

rss() {	# largest resident size (KiB) among a supervisor's workers
	m=0
	for w in $(pgrep -P "$(cat "$FRIST_VAR/run/$1.pid")"); do
		r=$(awk '/^VmRSS/ { print $2 }' "/proc/$w/status")
		[ "$r" -gt "$m" ] && m=$r
	done
	echo "$m"
}

wrk -t2 -c"$CONN" -d10s --timeout 10s -s "$SRC/bench/mixed.lua" "$BASE" > "$TMP/mixed-warm.txt"
apps0=$(PSQL "SELECT count(*) FROM application")
declare -A R0 R1
for p in portal whistle staff; do R0[$p]=$(rss "$p"); done
alog=$FRIST_VAR/log/nginx-access.log
log0=$(wc -l < "$alog" 2>/dev/null || echo 0)
wrk -t2 -c"$CONN" -d"${DUR}s" --timeout 10s -s "$SRC/bench/mixed.lua" "$BASE" > "$TMP/mixed.txt"
for p in portal whistle staff; do R1[$p]=$(rss "$p"); done
apps1=$(PSQL "SELECT count(*) FROM application")

v() { awk -v k="$1" '$1 == k { print $2 }' "$TMP/mixed.txt"; }
req=$(v requests) secs=$(v seconds)
bad=$(awk '$1 == "status" && ($2 < 200 || $2 >= 400) { n += $3 } END { print n + 0 }' "$TMP/mixed.txt")
sub=$(awk '$1 == "status" && $2 == 303 { n += $3 } END { print n + 0 }' "$TMP/mixed.txt")
sockerr=$(v sockerr)

printf '\nmixed load: wrk + bench/mixed.lua, %d connections, %ds (after a 10 s warm-up), %s workers per program\n' \
    "$CONN" "$DUR" "$(sed -n 's/^workers = //p' "$FRIST_VAR/etc/portal.conf")"
printf '  70 %% pages (pool, whistleblower form, staff application and case), 20 %% dashboards (goals, plan 2024), 10 %% applications sent\n'
printf '  %d requests, %.0f req/s; p50 %s ms, p99 %s ms, p99.9 %s ms\n' \
    "$req" "$(echo "$req / $secs" | bc -l)" "$(v p50)" "$(v p99)" "$(v p99.9)"
# wrk keeps every connection busy, so the mean answer time is the
# connections over the throughput (Little's law): at 64 connections a
# p99 under 50 ms needs well above 1,300 req/s from the mix.
printf '  mean answer time by Little'"'"'s law (connections / throughput): %.1f ms\n' \
    "$(echo "$CONN * 1000 * $secs / $req" | bc -l)"
printf '  answers by status:'
awk '$1 == "status" { printf " %s: %s", $2, $3 }' "$TMP/mixed.txt" | tr ' ' '\n' | paste -sd' ' | sed 's/^/ /'
printf '  socket errors: %s; applications made: %d (303 answers: %d)\n' "$sockerr" "$((apps1 - apps0))" "$sub"
for p in portal whistle staff; do
	printf '  %-8s largest worker %6d KiB after warm-up, %6d KiB after load (%+d KiB)\n' \
	    "$p" "${R0[$p]}" "${R1[$p]}" "$((R1[$p] - R0[$p]))"
done

# Where the time goes: nginx's $request_time per kind of request, from
# the access log lines of the timed run (the whistleblower form is not
# logged by design; its share is what wrk counted beyond these).
printf '  by kind (nginx request time, ms):\n'
tail -n +"$((log0 + 1))" "$alog" | awk '
	{ m = substr($3, 2); u = $4; sub(/"$/, "", u); t = $NF * 1000
	  k = ""
	  if (m == "POST" && u ~ /^\/grants\/pools\/[0-9]+\/apply$/) k = "application sent"
	  else if (u ~ /^\/grants\/pools\/[0-9]+$/) k = "pool page"
	  else if (u ~ /^\/staff\/applications\/[0-9]+$/) k = "staff application"
	  else if (u ~ /^\/staff\/cases\/[0-9]+$/) k = "staff case"
	  else if (u == "/staff/goals/") k = "goals dashboard"
	  else if (u ~ /^\/staff\/plans\/[0-9]+$/) k = "results plan"
	  if (k != "") printf "%s\t%.3f\n", k, t }' |
    sort -t "$(printf '\t')" -k1,1 -k2,2g | awk -F '\t' '
	function flush(i) {
		if (n == 0) return
		i = int(n * 0.99) + 1; if (i > n) i = n
		printf "    %-18s %6d  p50 %7.1f  p99 %7.1f  max %7.1f\n", k, n, v[int(n * 0.5) + 1], v[i], v[n] }
	$1 != k { flush(); k = $1; n = 0 }
	{ v[++n] = $2 }
	END { flush() }'

ok=1
target() { if [ "$(echo "$2" | bc -l)" = 1 ]; then echo "PASS: $1"; else echo "FAIL: $1"; ok=0; fi; }
target "mixed: no errors ($bad answers >= 400 or < 200, $sockerr socket errors)" "$bad == 0 && $sockerr == 0"
target "mixed: p99 < 50 ms ($(v p99) ms)" "$(v p99) < 50"
grow=1
for p in portal whistle staff; do [ $((R1[$p] - R0[$p])) -le 1024 ] || grow=0; done
target "mixed: no worker memory growth (<= 1 MiB per program's largest worker)" "$grow == 1"
[ "$ok" = 1 ]

#!/bin/bash
# Part of make bench (bench/run.sh runs it; BENCH_LOGIN=0 skips it): the
# time of a failed login for a name that exists and one that does not,
# staff users and grant numbers, BENCH_LOGIN_N (20) of each, alternating.
# They must not be told apart by time (issue 10: the old lock-out gave a
# known name a fast 429 in about 10 ms, against 200 ms for any other).
# Needs TMP, BASE and FRIST_VAR from run.sh.
set -eu

N=${BENCH_LOGIN_N:-20}
DEMO_PW=$(sed -n 's/^Adgangskode: //p' "$FRIST_VAR/demo-credentials")

# try ADDR PATH FIELD NAME SECRETFIELD SECRET: the POST's time in ms.
try() {
	jar=$TMP/bl.jar
	rm -f "$jar"
	t=$(curl -s --interface "$1" -c "$jar" "$BASE$2" |
	    sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
	curl -s --interface "$1" -b "$jar" -o /dev/null -w '%{time_total}\n' \
	    --data-urlencode "csrf=$t" --data-urlencode "$3=$4" \
	    --data-urlencode "$5=$6" "$BASE$2" | awk '{ printf "%.1f\n", $1 * 1000 }'
}

# stats FILE: mean and standard deviation.
stats() {
	awk '{ s += $1; q += $1 * $1; n++ } END { m = s / n;
	    d = q / n - m * m; printf "%.1f %.1f\n", m, (d > 0 ? sqrt(d) : 0) }' "$1"
}

: > "$TMP/bl_sk"; : > "$TMP/bl_su"; : > "$TMP/bl_gk"; : > "$TMP/bl_gu"
for i in $(seq 1 "$N"); do
	try 127.0.0.11 /staff/login username demo password "forkert-$i" >> "$TMP/bl_sk"
	try 127.0.0.12 /staff/login username ingen-bruger password "forkert-$i" >> "$TMP/bl_su"
	try 127.0.0.13 /grants/login grant_no TS-2026-9001 code 9999888877776666 >> "$TMP/bl_gk"
	try 127.0.0.14 /grants/login grant_no TS-2026-8888 code 9999888877776666 >> "$TMP/bl_gu"
done
# After all that, the demo user's real password gets in from another client.
rm -f "$TMP/bl.jar"
t=$(curl -s -c "$TMP/bl.jar" "$BASE/staff/login" |
    sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
code=$(curl -s -b "$TMP/bl.jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "csrf=$t" --data-urlencode username=demo \
    --data-urlencode "password=$DEMO_PW" "$BASE/staff/login")

read -r skm sks < <(stats "$TMP/bl_sk")
read -r sum sus < <(stats "$TMP/bl_su")
read -r gkm gks < <(stats "$TMP/bl_gk")
read -r gum gus < <(stats "$TMP/bl_gu")
printf '\nfailed logins, %d of each (ms, mean and standard deviation; after five\nfrom one client the attempts are held back, at the same cost)\n' "$N"
printf '%-34s %8s %8s\n' login mean sd
printf '%-34s %8s %8s\n' "staff, existing user" "$skm" "$sks"
printf '%-34s %8s %8s\n' "staff, unknown user" "$sum" "$sus"
printf '%-34s %8s %8s\n' "grant, existing number" "$gkm" "$gks"
printf '%-34s %8s %8s\n' "grant, unknown number" "$gum" "$gus"
ok=1
# Means within 10 % of each other (or 5 ms): noise on a busy machine is
# larger than any difference left.
same() { echo "$1 $2" | awk '{ d = $1 - $2; if (d < 0) d = -d; m = ($1 > $2 ? $1 : $2);
    exit !(d <= 5 || d <= 0.10 * m) }'; }
if same "$skm" "$sum"; then echo "target met: staff failures take the same time, known or unknown"; else
	echo "target MISSED: staff failures take the same time, known or unknown"; ok=0; fi
if same "$gkm" "$gum"; then echo "target met: grant failures take the same time, known or unknown"; else
	echo "target MISSED: grant failures take the same time, known or unknown"; ok=0; fi
if [ "$code" = 303 ]; then echo "target met: the real user logs in from another client right after"; else
	echo "target MISSED: the real user logs in from another client right after ($code)"; ok=0; fi
[ "$ok" = 1 ]

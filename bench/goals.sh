#!/bin/bash
# The goals overview at 1 and 10 million grant cases (issue 9, "Speed"),
# run by bench/run.sh on its own frist (FRIST_VAR, BASE set; BENCH_GOALS=0
# skips it).  Seeds 1M status reports and accounts into the bench's
# PostgreSQL, set-based with the rollup triggers off, then rebuilds the
# rollups (sql/016's goal_rollup_rebuild); measures, as the demo user
# leder (management), the median of BENCH_GOALS_REQ sequential requests
# to /staff/goals/ (this quarter and the year's trend) and /staff/cases/
# (the open queue), and the median of 5 runs of the naive GROUP BY over
# the same rows; then grows to 10M and measures again.
#
# The 10M set is a larger agency, not a longer history: the same eight
# years (2019 to today) with ten times the cases a day, so ten times the
# open backlog too.  The overview reads per goal the closed rollup rows
# (bounded by the distinct elapsed times per month, not by the cases),
# the open cases by start day (bounded by the days of the backlog) and
# the quarters' snapshots (the same): none of it grows with the cases.
# The naive query and the queue's count do.
#
# Fails (exit 1) when the 1M overview median >= 30 ms, the 1M queue
# median >= 30 ms, or the 10M overview median >= 2 x the 1M one.
set -eu

SRC=$(cd "$(dirname "$0")/.." && pwd)
REQ=${BENCH_GOALS_REQ:-200}
N1=${BENCH_GOALS_N1:-1000000}		# smaller sizes for a quick look
N2=${BENCH_GOALS_N2:-10000000}
JAR=$TMP/goals.jar
PSQL() { sh "$SRC/tools/frist-ctl" psql -X -q -tA -v ON_ERROR_STOP=1 "$@"; }

# What is measured is the computation, not the staff worker's store of
# figures (cgi/lib/figcache.h): the programs again, with the figures
# computed on every view.
sh "$SRC/tools/frist-ctl" stop > /dev/null 2>&1
FRIST_FIGURES_MAX_AGE=0 sh "$SRC/tools/frist-ctl" start > "$TMP/goals-start.log" 2>&1 ||
    { cat "$TMP/goals-start.log"; exit 1; }
grep -q '^figures_max_age = 0$' "$FRIST_VAR/etc/staff.conf" ||
    { echo "bench: the staff program keeps its figures"; exit 1; }

# seed FROM TO: cases FROM..TO (numbers in their case numbers), received
# evenly over 2019-01-01..today at (TO - FROM + 1) / days a day, 80 %
# decided within 5-150 days, 15 % in 150-300, 5 % in 300-700 (so about
# 88 % within the 155 days); those not due by today still open.  Every
# tenth has a return for correction (a third of the open ones still
# returned).  Triggers off, as for a bulk import.
seed() {
	PSQL -1 -v lo="$1" -v hi="$2" <<'EOF'
SET LOCAL synchronous_commit = off;
ALTER TABLE submission DISABLE TRIGGER goal_sub_changed;
ALTER TABLE case_pause DISABLE TRIGGER goal_pause_ins;
SELECT setseed(:lo::double precision / 100000000) \g /dev/null
SELECT coalesce(max(id), 0) AS maxid FROM submission \gset
INSERT INTO submission (case_no, kind, external_grant, status, received,
    decided, source)
SELECT 'B-' || i, CASE WHEN i % 2 = 0 THEN 'status' ELSE 'accounts' END,
    'BENCH', CASE WHEN r + d > current_date THEN
	(ARRAY['received', 'processing', 'returned'])[1 + i % 3]
    WHEN i % 10 = 0 THEN 'rejected' ELSE 'approved' END,
    r, CASE WHEN r + d <= current_date THEN r + d END, 'import'
FROM (SELECT i, DATE '2019-01-01' + floor(random() *
	(current_date - DATE '2019-01-01' + 1))::integer AS r,
	CASE WHEN u < 0.80 THEN 5 + floor(random() * 146)::integer
	WHEN u < 0.95 THEN 150 + floor(random() * 151)::integer
	ELSE 300 + floor(random() * 401)::integer END AS d
    FROM (SELECT i, random() AS u FROM generate_series(:lo, :hi) AS i) AS a) AS b;
INSERT INTO case_pause (submission_id, started, ended)
SELECT id, received + 5 + k, CASE WHEN decided IS NULL AND id % 3 = 0
    THEN NULL ELSE least(received + 10 + k + (id % 25)::integer,
    coalesce(decided, current_date)) END
FROM (SELECT id, received, decided, (id % 20)::integer AS k FROM submission
    WHERE id > :maxid AND id % 10 = 3) AS s
WHERE received + 5 + k <= coalesce(decided, current_date);
ALTER TABLE submission ENABLE TRIGGER goal_sub_changed;
ALTER TABLE case_pause ENABLE TRIGGER goal_pause_ins;
ANALYZE submission;
ANALYZE case_pause;
SELECT goal_rollup_rebuild() \g /dev/null
EOF
	PSQL <<'EOF'
VACUUM ANALYZE submission;
VACUUM ANALYZE case_pause;
VACUUM ANALYZE goal_done;
VACUUM ANALYZE goal_open;
-- The seeding's dirty pages written now, not while measuring.
CHECKPOINT;
EOF
}

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }'; }

# ms_median PATH: the median of REQ requests' total times, in ms.
ms_median() {
	for _ in 1 2 3 4 5; do	# warm-up: the quarters' snapshots are made
		curl -s -o /dev/null -b "$JAR" "$BASE$1"
	done
	code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$BASE$1")
	[ "$code" = 200 ] || { echo "bench: $1 answers $code" >&2; exit 1; }
	for _ in $(seq 1 "$REQ"); do
		curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" "$BASE$1"
	done | awk '{ print $1 * 1000 }' | median
}

# The naive query: every case of both kinds judged per quarter decided,
# with the share within 155 days and the median, in one GROUP BY.
naive_ms() {
	for _ in 1 2 3 4 5; do
		PSQL <<'EOF' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
\timing on
SELECT kind, date_trunc('quarter', decided) AS q, count(*),
    count(*) FILTER (WHERE decided - received <= 155) AS within,
    percentile_disc(0.5) WITHIN GROUP (ORDER BY decided - received) AS p50
FROM submission WHERE decided IS NOT NULL GROUP BY 1, 2 \g /dev/null
EOF
	done | median
}

login() {
	pw=$(sed -n 's/^Adgangskode: //p' "$FRIST_VAR/demo-credentials")
	rm -f "$JAR"
	curl -s -c "$JAR" -o "$TMP/login.html" "$BASE/staff/login"
	t=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$TMP/login.html" | head -n 1)
	code=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code}' \
	    --data-urlencode "csrf=$t" --data-urlencode username=leder \
	    --data-urlencode "password=$pw" "$BASE/staff/login")
	[ "$code" = 303 ] || { echo "bench: staff login answers $code" >&2; exit 1; }
}

declare -A G C N S
measure() {	# measure LABEL
	G[$1]=$(ms_median /staff/goals/)
	C[$1]=$(ms_median /staff/cases/)
	N[$1]=$(naive_ms)
}

login
t0=$(date +%s)
seed 1 "$N1"
S[1M]=$(( $(date +%s) - t0 ))
measure 1M
t0=$(date +%s)
seed $((N1 + 1)) "$N2"
S[10M]=$(( $(date +%s) - t0 ))
measure 10M
rows=$(PSQL -c "SELECT count(*) FROM submission")
open=$(PSQL -c "SELECT count(*) FROM submission WHERE decided IS NULL")
rr=$(PSQL -c "SELECT count(*) FROM goal_done")

printf '\nfrist goals bench: %s grant cases (%s open), %s rollup rows; medians of %d requests, naive query of 5 runs\n\n' \
    "$rows" "$open" "$rr" "$REQ"
printf '%-34s %10s %10s %8s\n' '' 1M 10M '10M/1M'
for k in G C N; do
	case $k in
	G) lab='/staff/goals/ median ms'; declare -n A=G ;;
	C) lab='/staff/cases/ median ms'; declare -n A=C ;;
	N) lab='naive GROUP BY median ms'; declare -n A=N ;;
	esac
	printf '%-34s %10s %10s %8.2f\n' "$lab" "${A[1M]}" "${A[10M]}" \
	    "$(echo "${A[10M]} / ${A[1M]}" | bc -l)"
	unset -n A
done
printf '%-34s %10s %10s\n' 'seed + rollup rebuild s' "${S[1M]}" "${S[10M]}"
printf '%-34s %10s %10s\n' 'overview vs naive GROUP BY' \
    "$(printf '%.1f%%' "$(echo "100 * ${G[1M]} / ${N[1M]}" | bc -l)")" \
    "$(printf '%.1f%%' "$(echo "100 * ${G[10M]} / ${N[10M]}" | bc -l)")"
echo '(10M is a larger agency: the same years, ten times the cases and the open backlog)'

ok=1
target() { if [ "$(echo "$2" | bc -l)" = 1 ]; then echo "target met: $1"; else echo "target MISSED: $1"; ok=0; fi; }
echo
target "1M /staff/goals/ median < 30 ms (${G[1M]})" "${G[1M]} < 30"
target "1M /staff/cases/ median < 30 ms (${C[1M]})" "${C[1M]} < 30"
target "10M /staff/goals/ median < 2 x 1M (${G[10M]} < 2 x ${G[1M]})" "${G[10M]} < 2 * ${G[1M]}"
[ "$ok" = 1 ]

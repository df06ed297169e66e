#!/bin/bash
# Workers per program, measured (issue 10): run by bench/run.sh on its
# frist (TMP, BASE, FRIST_VAR, PORT set; BENCH_WORKERS=0 skips it).  For
# 2, 4 and 2 x cores workers (each once) it restarts the programs with
# FRIST_WORKERS=N and loads the DB-backed pool page and the whistleblower
# form with wrk (BENCH_CONNECTIONS, BENCH_SECONDS, 10 s if unset), then
# prints req/s and p99 per count, as ratios to 2 workers, beside the
# default that tools/frist-ctl takes (2 x cores, at most 16).  The stack
# is left running with the default.
set -eu

SRC=$(cd "$(dirname "$0")/.." && pwd)
DUR=${BENCH_SECONDS:-10}
CONN=${BENCH_CONNECTIONS:-64}
NPROC=$(nproc)
pool=$(sh "$SRC/tools/frist-ctl" psql -X -tA -c "SELECT min(id) FROM pool WHERE status <> 'draft'")
PAGES="/grants/pools/$pool /whistleblower/"

restart() {	# restart N: the programs (and the rest) with N workers each
	sh "$SRC/tools/frist-ctl" stop > /dev/null 2>&1
	if [ -n "$1" ]; then
		FRIST_WORKERS=$1 sh "$SRC/tools/frist-ctl" start > "$TMP/workers-start.log" 2>&1
	else
		env -u FRIST_WORKERS sh "$SRC/tools/frist-ctl" start > "$TMP/workers-start.log" 2>&1
	fi || { cat "$TMP/workers-start.log"; exit 1; }
}
to_ms() {
	awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
		if (u == "us") n /= 1000; else if (u == "s") n *= 1000
		printf "%.2f", n }'
}

counts=$(printf '%s\n' 2 4 $((2 * NPROC)) | sort -n -u)
declare -A RPS P99
for n in $counts; do
	restart "$n"
	for p in $PAGES; do
		wrk -t2 -c"$CONN" -d2s "$BASE$p" > /dev/null
		wrk -t2 -c"$CONN" -d"${DUR}s" --latency "$BASE$p" > "$TMP/workers.txt"
		if grep -q 'Non-2xx' "$TMP/workers.txt"; then
			echo "workers: $p with $n workers gave errors"; cat "$TMP/workers.txt"; exit 1
		fi
		RPS[$n$p]=$(awk '/^Requests\/sec/ { print $2 }' "$TMP/workers.txt")
		P99[$n$p]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$TMP/workers.txt")")
	done
done
restart ""
def=$(sed -n 's/^workers = //p' "$FRIST_VAR/etc/portal.conf")

printf '\nworkers per program: wrk, %d connections, %ds per page and count, %d cores\n' "$CONN" "$DUR" "$NPROC"
printf '%-22s %8s %10s %9s %10s\n' page workers 'req/s' 'p99 ms' 'x 2 wkrs'
for p in $PAGES; do
	for n in $counts; do
		printf '%-22s %8d %10.0f %9s %10.2f\n' "$p" "$n" "${RPS[$n$p]}" "${P99[$n$p]}" \
		    "$(echo "${RPS[$n$p]} / ${RPS[2$p]}" | bc -l)"
	done
done
printf 'default (tools/frist-ctl): %s workers per program = 2 x %d cores (at most 16)\n' "$def" "$NPROC"

#!/bin/sh
# Runs each libFuzzer harness given (build/fuzz/fuzz_NAME) over its seeds
# (tests/fuzz/corpus/NAME/) and what earlier runs found (build/fuzz/
# corpus/NAME/, or FUZZ_WORK/NAME/), one harness at a time: for
# FUZZ_SECONDS each (60 if neither is set), or until FUZZ_RUNS
# executions, whichever comes first.  Prints one table: harness,
# executions, exec/s, seconds, result.  A crash, leak, sanitizer report
# or failed check leaves its input in build/fuzz/artifacts/ and the log
# in build/fuzz/log/NAME.log, and makes the run fail.
set -u
secs=${FUZZ_SECONDS:-}
runs=${FUZZ_RUNS:-}
src=$(cd "$(dirname "$0")" && pwd)
fails=0
rows=""
for bin in "$@"; do
	name=$(basename "$bin")
	name=${name#fuzz_}
	dir=$(dirname "$bin")
	work=${FUZZ_WORK:-$dir/corpus}/$name
	mkdir -p "$work" "$dir/artifacts" "$dir/log"
	log="$dir/log/$name.log"
	limit=""
	[ -n "$runs" ] && limit="-runs=$runs"
	[ -n "$secs" ] && limit="$limit -max_total_time=$secs"
	[ -n "$limit" ] || limit="-max_total_time=60"
	dict=""
	[ -f "$src/dict/$name.dict" ] && dict="-dict=$src/dict/$name.dict"
	t0=$(date +%s)
	# -timeout: one input that takes over 10 s is a hang; -rss_limit_mb
	# catches run-away allocations; leaks are reported by ASan at exit
	# and for each input that leaks.
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	FRIST_SRC="$src/../.." \
	    "$bin" $limit $dict -timeout=10 -rss_limit_mb=2048 \
	    -max_len=${FUZZ_MAXLEN:-8192} -print_final_stats=1 \
	    -artifact_prefix="$dir/artifacts/$name-" \
	    "$work" "$src/corpus/$name" >"$log" 2>&1
	rc=$?
	t1=$(date +%s)
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	[ -n "$execs" ] || execs=0
	el=$((t1 - t0))
	[ "$el" -gt 0 ] || el=1
	if [ "$rc" -eq 0 ]; then
		result=ok
	else
		result="FAIL (rc $rc, $log)"
		fails=$((fails + 1))
	fi
	rows="$rows$(printf '%-14s %12s %9s %7s  %s' "$name" "$execs" \
	    "$((execs / el))" "$el" "$result")
"
done
printf '%-14s %12s %9s %7s  %s\n' harness executions exec/s seconds result
printf '%s' "$rows"
[ "$fails" -eq 0 ]

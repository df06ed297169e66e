# The goals' SQL (sql/014_goal_eval.sql) against the C module: the same
# figures from SQL's goal_eval() and from `frist-tool goal-eval` (goal_eval
# of cgi/lib/goal.c) for 12,000 generated cases (fixed seed) with pauses,
# open cases and dates over Easter, Christmas and the abolished Store
# bededag, for several goals and periods; and dk_holiday against cal.c
# for every day of 2000-2100.  Issue 9: "an integration test proves they
# agree".  Runs as frist_staff, the role that may call the functions.

GS=$TMP/goalsql
mkdir -p "$GS"
GS_TOOL=$SRC/build/frist-tool

gs_psql() {
	PGPASSWORD=$(cat "$FRIST_VAR/secrets/db-staff") psql -X -q -tA \
	    -v ON_ERROR_STOP=1 -h "$FRIST_VAR/run/pg" -U frist_staff -d frist "$@"
}

# --- who may call them --------------------------------------------------

out=$(sql_as portal "SELECT dk_holiday(DATE '2024-12-25')")
expect "the portal role cannot call the goal functions" grep -q 'permission denied' <<<"$out"
out=$(sql_as staff "SELECT dk_holiday(DATE '2024-12-25'), dk_holiday(DATE '2024-04-26'), dk_holiday(DATE '2023-05-05')")
expect "the staff role calls them (Juledag; no Store bededag in 2024, one in 2023)" [ "$out" = "t|f|t" ]

# --- holidays and working days -----------------------------------------

"$GS_TOOL" holidays 2000-01-01 2100-12-31 > "$GS/hol.c"
gs_psql -c "SELECT d::date || ';' || dk_holiday_name(d::date)
    FROM generate_series(DATE '2000-01-01', DATE '2100-12-31', '1 day') AS d
    WHERE dk_holiday(d::date) ORDER BY d" > "$GS/hol.sql" 2>&1
n=$(wc -l < "$GS/hol.c")
# 11 a year, Store bededag only until 2023 (77 years without it).
expect "cal.c knows 1034 holidays in 2000-2100 ($n)" [ "$n" = 1034 ]
if cmp -s "$GS/hol.c" "$GS/hol.sql"; then
	pass "dk_holiday gives every day of 2000-2100 as cal.c, with its name"
else
	fail "dk_holiday differs from cal.c:"; diff "$GS/hol.c" "$GS/hol.sql" | head -n 10
fi
# The counting functions agree with the named holidays and with naive
# day-by-day counts (cal.c's own are held to the same by check_cal.c).
out=$(gs_psql -c "SELECT count(*) FROM generate_series(2000, 2100) AS y
    WHERE (SELECT array_agg(o ORDER BY o) FROM unnest(dk_offdays(y)) AS o) IS DISTINCT FROM
	(SELECT array_agg(h.day ORDER BY h.day) FROM dk_holidays(y) AS h)
    OR cardinality(dk_offdays(y, 1)) <> 13 + (y <= 2023)::integer -
	(make_date(y, 6, 5) = ANY (dk_offdays(y)))::integer" 2>&1)
expect "dk_offdays: the holidays, and the state's three days off once ($out years differ)" [ "$out" = 0 ]
out=$(gs_psql -c "SELECT count(*) FROM generate_series(DATE '2000-01-01', DATE '2100-12-31', '1 day') AS g (d)
    WHERE dk_workday(d::date) IS DISTINCT FROM (extract(isodow FROM d) <= 5 AND NOT dk_holiday(d::date))
    OR dk_workday(d::date, 1) IS DISTINCT FROM (dk_workday(d::date) AND to_char(d, 'MM-DD') NOT IN ('06-05', '12-24', '12-31'))" 2>&1)
expect "dk_workday is a weekday that is no holiday (nor a state day off) ($out days differ)" [ "$out" = 0 ]
out=$(gs_psql -c "WITH p AS (
	SELECT DATE '2021-12-01' + (i * 7919) % 1600 AS a,
	    (i * 104729) % 61 - 10 AS k, f
	FROM generate_series(1, 1500) AS i, (VALUES (0), (1)) AS v (f)
    )
    SELECT count(*) FROM p
    WHERE dk_workdays_after(p.a, p.a + p.k, p.f) <> sign(p.k) * (SELECT count(*)
	FROM generate_series(least(p.a, p.a + p.k) + 1, greatest(p.a, p.a + p.k), '1 day') AS d
	WHERE dk_workday(d::date, p.f))
    OR (p.k > 0 AND (dk_add_workdays(p.a, dk_workdays_after(p.a, p.a + p.k, p.f), p.f) > p.a + p.k
	OR NOT dk_workday(dk_add_workdays(p.a, p.k, p.f), p.f)
	OR dk_workdays_after(p.a, dk_add_workdays(p.a, p.k, p.f), p.f) <> p.k))
    OR (p.k < 0 AND dk_workdays_after(dk_add_workdays(p.a, p.k, p.f), p.a, p.f) <>
	-p.k - (NOT dk_workday(p.a, p.f))::integer)" 2>&1)
expect "dk_workdays_after and dk_add_workdays agree with day-by-day counts ($out of 3000)" [ "$out" = 0 ]

# --- the cases ----------------------------------------------------------

# Every day from December 2021, and the days that make working days and
# months hard: the holidays of 2022-2025 (Store bededag 2022 and 2023; on
# 26 April 2024 and after, an ordinary Friday), the state's days off and
# every month's end.  Half of the cases start a few days before or on one.
seq 0 2400 | sed 's/.*/2021-12-01 + & days/' | date -f - +%F > "$GS/days"
{
	"$GS_TOOL" holidays 2022-01-01 2025-12-31 | cut -d';' -f1
	echo 2024-04-26; echo 2025-05-16
	grep -E -- '^202[2-5]-(06-05|12-24|12-31)$' "$GS/days"
	awk 'NR > 1 && substr($1, 9, 2) == "01" && prev ~ /^202[2-5]/ { print prev }
	    { prev = $1 }' "$GS/days"
} | sort -u > "$GS/special"

# start;stop;pauses, as frist-tool reads them: open cases, cases stopped
# the day they started or within a week, near 155 days and near 3 months,
# and anything up to 420 days; no pause, one, or several, some
# overlapping, some lasting (open cases only: a decided case has none).
awk -v NC=12000 '
BEGIN { srand(42) }
FILENAME == ARGV[1] { day[n] = $1; idx[$1] = n++; next }
($1 in idx) { sp[m++] = idx[$1] }
END {
	s0 = idx["2022-01-01"]; s1 = idx["2025-12-31"]
	for (i = 0; i < NC; i++) {
		if (rand() < 0.45)
			s = sp[int(rand() * m)] + int(rand() * 9) - 6
		else
			s = s0 + int(rand() * (s1 - s0 + 1))
		k = rand()
		if (k < 0.15) d = -1
		else if (k < 0.22) d = 0
		else if (k < 0.45) d = 1 + int(rand() * 6)
		else if (k < 0.62) d = 140 + int(rand() * 31)
		else if (k < 0.75) d = 84 + int(rand() * 16)
		else d = int(rand() * 420)
		stop = d < 0 ? -1 : s + d
		p = rand()
		np = p < 0.4 ? 0 : p < 0.7 ? 1 : 2 + int(rand() * 3)
		span = d < 0 ? 400 : d
		out = ""
		for (j = 0; j < np; j++) {
			if (j > 0 && rand() < 0.3)
				ps = ps + int(rand() * 5)
			else
				ps = s + int(rand() * (span + 1))
			pe = ps + int(rand() * 45)
			if (stop >= 0) {
				if (ps > stop) ps = stop
				if (pe > stop) pe = stop
			} else if (j == np - 1 && rand() < 0.35)
				pe = -1
			out = out (j ? "," : "") day[ps] "/" (pe < 0 ? "" : day[pe])
		}
		print day[s] ";" (stop < 0 ? "" : day[stop]) ";" out
	}
}' "$GS/days" "$GS/special" > "$GS/cases"

# The cases as SQL sees them, in a WITH before each query (the staff
# role makes no tables, not even temporary ones): pauses "a/b,c/" become
# daterange(a, b) and daterange(c, NULL), as case_pause's (started,
# ended) would.
{
	echo "WITH gs_case (start, stop, pauses) AS ("
	echo "	SELECT a::date, nullif(b, '')::date, nullif(c, '') FROM (VALUES"
	awk -F';' '{ printf "%s(\047%s\047, \047%s\047, \047%s\047)\n", (NR > 1 ? "," : ""), $1, $2, $3 }' "$GS/cases"
	echo "	) AS v (a, b, c)"
	cat <<'EOF'
), gs_cases AS (
	SELECT array_agg(ROW(start, stop, ARRAY(
		SELECT daterange(split_part(x, '/', 1)::date,
		    nullif(split_part(x, '/', 2), '')::date)
		FROM unnest(string_to_array(pauses, ',')) AS x))::goal_case)
	    AS cases
	FROM gs_case
)
EOF
} > "$GS/with.sql"

# What the cases cover: at least this many of each kind.
{ cat "$GS/with.sql"; cat <<'EOF'
SELECT count(*) || ' ' ||
    count(*) FILTER (WHERE stop IS NULL) || ' ' ||
    count(*) FILTER (WHERE stop = start) || ' ' ||
    count(*) FILTER (WHERE pauses IS NULL) || ' ' ||
    count(*) FILTER (WHERE pauses LIKE '%,%') || ' ' ||
    count(*) FILTER (WHERE pauses LIKE '%/' OR pauses LIKE '%/,%') || ' ' ||
    count(*) FILTER (WHERE EXISTS (
	SELECT 1 FROM unnest(string_to_array(pauses, ',')) WITH ORDINALITY AS a (p, i),
	    unnest(string_to_array(pauses, ',')) WITH ORDINALITY AS b (q, j)
	WHERE i < j AND daterange(split_part(p, '/', 1)::date, nullif(split_part(p, '/', 2), '')::date) &&
	    daterange(split_part(q, '/', 1)::date, nullif(split_part(q, '/', 2), '')::date)))
    || ' ' ||
    -- The fewest short cases (a week at most) whose clock runs over one
    -- of the hard days.
    (SELECT min((SELECT count(*) FROM gs_case
	WHERE start < h AND h <= coalesce(stop, start + 7) AND
	    coalesce(stop, start + 7) - start <= 7))
    FROM unnest(ARRAY[DATE '2022-04-14', '2022-04-15', '2022-04-18',
	'2022-05-13', '2022-05-26', '2022-06-06', '2023-04-06',
	'2023-04-07', '2023-04-10', '2023-05-05', '2023-05-18',
	'2023-05-29', '2024-03-28', '2024-03-29', '2024-04-01',
	'2024-04-26', '2024-05-09', '2024-05-20', '2025-04-17',
	'2025-04-18', '2025-04-21', '2025-05-16', '2025-05-29',
	'2025-06-09', '2022-12-25', '2023-01-01', '2023-12-25',
	'2023-12-26', '2024-01-01', '2024-12-25', '2024-12-26',
	'2025-01-01', '2025-12-25']) AS h)
FROM gs_case;
EOF
} | gs_psql -f - > "$GS/cover" 2>&1
read -r gs_n gs_open gs_same gs_nopause gs_several gs_lasting gs_overlap gs_min < "$GS/cover"
expect "at least 10,000 cases ($gs_n)" [ "${gs_n:-0}" -ge 10000 ]
expect "open cases ($gs_open)" [ "${gs_open:-0}" -ge 1000 ]
expect "cases stopped the day they started ($gs_same)" [ "${gs_same:-0}" -ge 500 ]
expect "cases without pauses ($gs_nopause)" [ "${gs_nopause:-0}" -ge 3000 ]
expect "cases with several pauses ($gs_several)" [ "${gs_several:-0}" -ge 1000 ]
expect "cases with a pause still lasting ($gs_lasting)" [ "${gs_lasting:-0}" -ge 200 ]
expect "cases with overlapping pauses ($gs_overlap)" [ "${gs_overlap:-0}" -ge 300 ]
expect "every Easter, Whitsun, Christmas and Store bededag day (also 2024's) in 10+ short clocks ($gs_min)" \
    [ "${gs_min:-0}" -ge 10 ]

# --- goals and periods --------------------------------------------------

# frist-tool's arguments: the first version (reaching back to every
# case), then more as VALID_FROM:UNIT:LIMIT:TARGET_PM:PAUSE:PERIOD.  The
# last goal mixes units; two of its versions share a day (the later wins).
GS_GOALS=(
	"days 155 900 net decided"
	"days 155 900 gross breach"
	"workdays 1 1000 gross decided"
	"workdays 1 1000 net breach"
	"workdays+state 10 900 net decided"
	"months 3 1000 net breach"
	"months 3 500 gross decided"
	"days 155 900 net decided 2023-07-01:days:120:950:gross:breach 2024-04-01:workdays:20:900:net:decided 2024-04-01:months:1:800:net:breach"
)
# FROM TO ASOF: quarters and a year as they ended, a custom range, as of
# a day inside the period (at risk, worst and best), before it begins,
# on its last day, and over Christmas, Store bededag 2023 and Easter 2025.
GS_PERIODS=(
	"2023-01-01 2023-03-31 2026-06-30" "2023-04-01 2023-06-30 2026-06-30"
	"2023-07-01 2023-09-30 2026-06-30" "2023-10-01 2023-12-31 2026-06-30"
	"2024-01-01 2024-03-31 2026-06-30" "2024-04-01 2024-06-30 2026-06-30"
	"2024-07-01 2024-09-30 2026-06-30" "2024-10-01 2024-12-31 2026-06-30"
	"2024-01-01 2024-12-31 2026-06-30" "2023-03-15 2024-05-20 2026-01-01"
	"2024-04-01 2024-06-30 2024-05-10" "2025-01-01 2025-12-31 2025-04-17"
	"2024-07-01 2024-09-30 2024-06-15" "2023-10-01 2023-12-31 2023-12-31"
	"2022-12-20 2023-01-10 2023-01-03" "2023-05-01 2023-05-31 2023-05-05"
)

# A version in SQL: ROW(valid_from, unit, wdflags, limit, target, pauses, period).
gs_rule() {	# gs_rule VALID_FROM UNIT LIMIT TARGET PAUSE PERIOD
	u=${2%+state} f=0
	[ "$u" != "$2" ] && f=1
	printf "ROW('%s', '%s', %s, %s, %s, '%s', '%s')::goal_rule" "$1" "$u" "$f" "$3" "$4" "$5" "$6"
}

# Each figure of a goal_figures r as frist-tool prints it: no value is
# empty, verdicts 1/0, versions as 0-based indexes; x.o orders them.
GS_FIELDS=$(cat <<'EOF'
    LATERAL unnest(
	ARRAY['finished', 'target_pm', 'completed', 'within', 'extra',
	    'share_num', 'share_den', 'share_pm', 'met', 'breached', 'at_risk',
	    'worst_num', 'worst_den', 'worst_pm', 'worst_met', 'best_num',
	    'best_den', 'best_pm', 'best_met', 'p50', 'p90', 'p95', 'open',
	    'open_within', 'age_p50', 'age_p90', 'age_p95', 'paused_cases',
	    'paused_days', 'paused_avg_tenths', 'versions', 'open_versions',
	    'mixed_units'],
	ARRAY[r.finished::integer::text, r.target_permille::text,
	    r.completed::text, r.within::text, r.extra::text,
	    r.share_num::text, r.share_den::text, r.share_pm::text,
	    r.met::integer::text, r.breached::text, r.at_risk::text,
	    r.worst_num::text, r.worst_den::text, r.worst_pm::text,
	    r.worst_met::integer::text, r.best_num::text, r.best_den::text,
	    r.best_pm::text, r.best_met::integer::text, r.p50::text,
	    r.p90::text, r.p95::text, r.open::text, r.open_within::text,
	    r.age_p50::text, r.age_p90::text, r.age_p95::text,
	    r.paused_cases::text, r.paused_days::text,
	    r.paused_avg_tenths::text,
	    array_to_string(ARRAY(SELECT v - 1 FROM unnest(r.versions) AS v
		ORDER BY v), ','),
	    array_to_string(ARRAY(SELECT v - 1 FROM unnest(r.open_versions) AS v
		ORDER BY v), ','),
	    r.mixed_units::integer::text]) WITH ORDINALITY AS x (n, v, o)
EOF
)

{
	cat "$GS/with.sql"
	echo ", gs_q (id, rules, f, t, a) AS (VALUES"
	id=0 sep=""
	for g in "${GS_GOALS[@]}"; do
		read -r -a w <<<"$g"
		rules=$(gs_rule 1900-01-01 "${w[@]:0:5}")
		for v in "${w[@]:5}"; do
			IFS=: read -r -a x <<<"$v"
			rules="$rules, $(gs_rule "${x[@]}")"
		done
		for p in "${GS_PERIODS[@]}"; do
			read -r f t a <<<"$p"
			id=$((id + 1))
			printf "%s(%d, ARRAY[%s], DATE '%s', DATE '%s', DATE '%s')\n" "$sep" "$id" "$rules" "$f" "$t" "$a"
			sep=","
		done
	done
	echo ")"
	echo "SELECT q.id || ' ' || x.n || '=' || coalesce(x.v, '')"
	echo "FROM gs_q AS q, gs_cases AS c,"
	echo "    LATERAL goal_eval(q.rules, c.cases, q.f, q.t, q.a) AS r,"
	echo "$GS_FIELDS"
	echo "ORDER BY q.id, x.o;"
} > "$GS/eval.sql"
gs_t0=$(date +%s)
gs_psql -f "$GS/eval.sql" > "$GS/figures.sql" 2>&1
gs_t1=$(date +%s)
echo "# SQL: $id evaluations of $gs_n cases in $((gs_t1 - gs_t0)) s"

# The C side, goal by goal and period by period; then every figure of
# every evaluation compared.
id=0
: > "$GS/figures.c"
for g in "${GS_GOALS[@]}"; do
	read -r -a w <<<"$g"
	for p in "${GS_PERIODS[@]}"; do
		read -r f t a <<<"$p"
		id=$((id + 1))
		"$GS_TOOL" goal-eval "${w[@]:0:5}" "$f" "$t" "$a" "${w[@]:5}" \
		    < "$GS/cases" | sed "s/^/$id /" >> "$GS/figures.c"
	done
done
gs_nfig=$(wc -l < "$GS/figures.c")
expect "frist-tool gave 33 figures for each of the $id evaluations ($gs_nfig)" [ "$gs_nfig" = $((id * 33)) ]
id=0 gs_bad=0
for g in "${GS_GOALS[@]}"; do
	for p in "${GS_PERIODS[@]}"; do
		id=$((id + 1))
		if ! diff <(grep "^$id " "$GS/figures.c") <(grep "^$id " "$GS/figures.sql") > "$GS/diff"; then
			gs_bad=$((gs_bad + 1))
			fail "SQL and C differ: goal '$g', period $p:"
			head -n 12 "$GS/diff"
		fi
	done
done
expect "SQL and C agree on every figure of all $id evaluations" [ "$gs_bad" = 0 -a "$gs_nfig" -gt 0 ]
# Enough goes on in them to prove something: nothing agrees vacuously.
gs_sum() { awk -v k="$1" '{ split($2, kv, "="); if (kv[1] == k) s += kv[2] } END { print s + 0 }' "$GS/figures.c"; }
expect "the evaluations count completed ($(gs_sum completed)), extra ($(gs_sum extra)), at-risk ($(gs_sum at_risk)), breached ($(gs_sum breached)) and paused ($(gs_sum paused_cases)) cases" \
    [ "$(gs_sum completed)" -gt 10000 -a "$(gs_sum extra)" -gt 100 -a "$(gs_sum at_risk)" -gt 100 \
    -a "$(gs_sum breached)" -gt 1000 -a "$(gs_sum paused_cases)" -gt 1000 ]
expect "some evaluations mix kinds of time" grep -q ' mixed_units=1$' "$GS/figures.c"
expect "some periods are met and some are not" bash -c 'grep -q " met=1$" "$1" && grep -q " met=0$" "$1"' _ "$GS/figures.c"

# The dashboard's call on the database's own goals and cases: a seeded
# goal's rules (goal_rules) and the grant cases with their pauses from
# submission and case_pause (goal_submission_cases), against frist-tool
# on the same cases as the staff queue's SQL writes their pauses.
out=$(gs_psql -c "SELECT goal_rules(id) FROM goal WHERE code = 'whistle.register'" 2>&1)
expect "goal_rules gives a seeded goal's version ($out)" \
    [ "$out" = '{"(2000-01-01,workdays,0,1,1000,gross,decided)"}' ]
for k in accounts status; do
	gs_psql -c "SELECT s.received || ';' || coalesce(s.decided::text, '') || ';' ||
	    coalesce((SELECT string_agg(p.started || '/' || coalesce(p.ended::text, ''), ','
		ORDER BY p.started) FROM case_pause AS p WHERE p.submission_id = s.id), '')
	    FROM submission AS s WHERE s.kind = '$k'" > "$GS/sub.$k" 2>&1
	"$GS_TOOL" goal-eval days 155 900 gross decided 2000-01-01 2100-12-31 2030-01-01 \
	    < "$GS/sub.$k" | sed 's/^/1 /' > "$GS/sub.$k.c"
	gs_psql -c "SELECT 1 || ' ' || x.n || '=' || coalesce(x.v, '')
	    FROM goal AS g, LATERAL goal_eval(goal_rules(g.id),
		goal_submission_cases('$k'), DATE '2000-01-01', DATE '2100-12-31',
		DATE '2030-01-01') AS r,
	    $GS_FIELDS
	    WHERE g.code = 'grants.$k' ORDER BY x.o" > "$GS/sub.$k.sql" 2>&1
	expect "grants.$k on submission and case_pause: SQL as C ($(wc -l < "$GS/sub.$k") cases)" \
	    bash -c '[ -s "$1" ] && cmp -s "$1" "$2"' _ "$GS/sub.$k.c" "$GS/sub.$k.sql"
done

# The same on 3,000 of the generated cases stored as imported accounts
# (those whose pauses begin on distinct days, as case_pause's key wants)
# beside the suite's own, in a transaction that is rolled back: what
# goal_submission_cases reads is what frist-tool is given.
{
	echo "BEGIN;"
	echo "CREATE TEMP TABLE gs_imp (n integer, a date, b date, c text) ON COMMIT DROP;"
	echo "INSERT INTO gs_imp VALUES"
	awk -F';' 'n < 3000 {
		k = split($3, p, ","); ok = 1
		delete seen
		for (i = 1; i <= k; i++) { split(p[i], q, "/"); if (q[1] in seen) ok = 0; seen[q[1]] = 1 }
		if (!ok) next
		printf "%s(%d, \047%s\047, %s, \047%s\047)\n", (n ? "," : ""), n, $1,
		    ($2 == "" ? "NULL" : "\047" $2 "\047"), $3
		n++
	}' "$GS/cases"
	cat <<'EOF'
;
INSERT INTO submission (case_no, kind, external_grant, status, received,
    decided, source)
SELECT 'GS-' || n, 'accounts', 'goal-sql', CASE WHEN b IS NULL
    THEN 'received' ELSE 'approved' END, a, b, 'import' FROM gs_imp;
INSERT INTO case_pause (submission_id, started, ended)
SELECT s.id, split_part(x, '/', 1)::date, nullif(split_part(x, '/', 2), '')::date
FROM gs_imp AS i JOIN submission AS s ON s.case_no = 'GS-' || i.n,
    unnest(string_to_array(nullif(i.c, ''), ',')) AS x;
SELECT 'case ' || s.received || ';' || coalesce(s.decided::text, '') || ';' ||
    coalesce((SELECT string_agg(p.started || '/' || coalesce(p.ended::text, ''), ','
	ORDER BY p.started) FROM case_pause AS p WHERE p.submission_id = s.id), '')
FROM submission AS s WHERE s.kind = 'accounts';
EOF
	for p in "2023-01-01 2023-12-31 2026-06-30" "2024-04-01 2024-06-30 2024-05-10"; do
		read -r f t a <<<"$p"
		cat <<EOF
SELECT '$f ' || x.n || '=' || coalesce(x.v, '')
FROM goal AS g, LATERAL goal_eval(goal_rules(g.id),
    goal_submission_cases('accounts'), DATE '$f', DATE '$t', DATE '$a') AS r,
$GS_FIELDS
WHERE g.code = 'grants.accounts' ORDER BY x.o;
EOF
	done
	echo "ROLLBACK;"
} > "$GS/imp.sql"
sh "$SRC/tools/frist-ctl" psql -X -q -tA -v ON_ERROR_STOP=1 -f "$GS/imp.sql" > "$GS/imp.out" 2>&1
sed -n 's/^case //p' "$GS/imp.out" > "$GS/imp.cases"
: > "$GS/imp.c"
for p in "2023-01-01 2023-12-31 2026-06-30" "2024-04-01 2024-06-30 2024-05-10"; do
	read -r f t a <<<"$p"
	"$GS_TOOL" goal-eval days 155 900 gross decided "$f" "$t" "$a" < "$GS/imp.cases" |
	    sed "s/^/$f /" >> "$GS/imp.c"
done
grep -v '^case ' "$GS/imp.out" > "$GS/imp.sqlfig"
expect "grants.accounts on $(wc -l < "$GS/imp.cases") stored cases: SQL as C" \
    bash -c '[ "$(wc -l < "$1")" -ge 2000 ] && [ "$(wc -l < "$2")" = 66 ] && cmp -s "$2" "$3"' \
    _ "$GS/imp.cases" "$GS/imp.c" "$GS/imp.sqlfig"
n=$(sql "SELECT count(*) FROM submission WHERE case_no LIKE 'GS-%'")
expect "the stored cases are gone again" [ "$n" = 0 ]

# The comparison sees a difference: one day moved in one case changes
# the C figures, and the SQL's (of the unchanged cases) no longer match.
sed '1s/^\([^;]*\);[^;]*;/\1;;/' "$GS/cases" > "$GS/cases.changed"
"$GS_TOOL" goal-eval days 155 900 net decided 2023-01-01 2026-06-30 2026-06-30 < "$GS/cases" > "$GS/a"
"$GS_TOOL" goal-eval days 155 900 net decided 2023-01-01 2026-06-30 2026-06-30 < "$GS/cases.changed" > "$GS/b"
expect "one case reopened changes the figures (the comparison is not blind)" bash -c '! cmp -s "$1" "$2"' _ "$GS/a" "$GS/b"

# --- frist-tool reads its input strictly --------------------------------

gs_bad_line() {	# gs_bad_line WHAT LINE: line 2 is refused with its number, exit 2
	printf '2024-01-02;2024-01-05;\n%s\n' "$2" |
	    "$GS_TOOL" goal-eval days 155 900 net decided 2024-01-01 2024-03-31 2024-12-31 \
	    > /dev/null 2> "$GS/err"
	rc=$?
	expect "frist-tool goal-eval refuses $1 (line 2, exit 2)" \
	    bash -c '[ "$1" = 2 ] && grep -q "line 2: " "$2"' _ "$rc" "$GS/err"
}
gs_bad_line "a line without its fields" "2024-01-02;2024-01-05"
gs_bad_line "a line with a field too many" "2024-01-02;2024-01-05;;"
gs_bad_line "a date that does not exist" "2023-02-29;2023-03-05;"
gs_bad_line "a stop before the start" "2024-01-05;2024-01-02;"
gs_bad_line "an empty line" ""
gs_bad_line "a carriage return" $'2024-01-02;2024-01-05;\r'
gs_bad_line "a pause after the stop" "2024-01-02;2024-01-05;2024-01-03/2024-01-06"
gs_bad_line "a pause before the start" "2024-01-02;2024-01-05;2024-01-01/2024-01-03"
gs_bad_line "a pause still lasting in a stopped case" "2024-01-02;2024-01-05;2024-01-03/"
gs_bad_line "a pause ending before it begins" "2024-01-02;;2024-01-04/2024-01-03"
gs_bad_line "a pause without a slash" "2024-01-02;;2024-01-04"
"$GS_TOOL" goal-eval days 155 900 sometimes decided 2024-01-01 2024-03-31 2024-12-31 < /dev/null > /dev/null 2>&1
expect "frist-tool goal-eval refuses an unknown pause rule" [ $? = 2 ]
"$GS_TOOL" goal-eval days 155 900 net decided 2024-03-31 2024-01-01 2024-12-31 < /dev/null > /dev/null 2>&1
expect "frist-tool goal-eval refuses a period ending before it begins" [ $? = 2 ]
out=$("$GS_TOOL" goal-eval months 3 900 net breach 2024-01-01 2024-03-31 2024-12-31 < /dev/null)
expect "no cases: nothing counted, no share, no verdict" \
    bash -c 'grep -qx "completed=0" <<<"$1" && grep -qx "share_pm=" <<<"$1" && grep -qx "met=" <<<"$1"' _ "$out"

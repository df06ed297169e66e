# The goals overview's rollups (sql/016, issue 9 "Speed"): after random
# inserts, updates and deletes of submissions, pauses (also as the portal
# and in statements changing several pauses of a case), applications and
# new versions, goal_done, goal_open and the quarters' snapshots equal a
# full recomputation from the cases; the set-based rebuild (plain date
# arithmetic for calendar-day goals) gives the triggers' rows; and the
# overview CSV's figures, read from the rollups, equal `frist-tool
# goal-eval` on the same cases.  Neither the portal nor the whistleblower
# program may read the rollups.

GR=$TMP/goalroll
mkdir -p "$GR"
GR_JAR=$TMP/goalroll.jar
GR_TODAY=$(TZ=Europe/Copenhagen date +%F)

# The number of rows in which the rollups differ from a recomputation
# that judges every case with goal_case_eval (sql/014) as of its stop.
gr_diff() {
	sql "WITH gc AS (
	    SELECT 'sub' AS t, s.id, s.kind AS pop, s.received AS start, s.decided AS stop
	    FROM submission AS s
	    UNION ALL
	    SELECT 'app', a.id, 'applications', a.submitted, a.decided FROM application AS a
	    WHERE a.status <> 'draft' AND a.submitted IS NOT NULL
	), gg AS (
	    SELECT g.id, g.population AS pop, goal_rules(g.id) AS rules,
		ARRAY(SELECT v.id FROM goal_version AS v WHERE v.goal_id = g.id
		ORDER BY v.valid_from, v.id) AS vids
	    FROM goal AS g WHERE g.population IN ('status', 'accounts', 'applications')
	), e AS (
	    SELECT gg.id AS gid, c.stop, gg.vids[st.version] AS vid, st.elapsed, st.paused_days AS pd
	    FROM gg JOIN gc AS c ON c.pop = gg.pop,
		goal_case_eval(gg.rules, c.start, c.stop, CASE WHEN c.t = 'sub' THEN
		    ARRAY(SELECT daterange(p.started, p.ended) FROM case_pause AS p
		    WHERE p.submission_id = c.id) ELSE '{}' END, c.stop) AS st
	    WHERE c.stop >= c.start AND st.state IN ('met', 'missed')
	), want AS (
	    SELECT gid, l.lvl, CASE l.lvl WHEN 0 THEN stop WHEN 1 THEN date_trunc('month', stop)::date
		ELSE date_trunc('quarter', stop)::date END AS day,
		vid, elapsed, count(*) AS n, count(*) FILTER (WHERE pd > 0) AS pn, sum(pd) AS pdays
	    FROM e, (VALUES (0), (1), (2)) AS l (lvl) GROUP BY 1, 2, 3, 4, 5
	), have AS (
	    SELECT goal_id, lvl::integer, day, version_id, elapsed, n, paused_n, paused_days FROM goal_done
	), ow AS (
	    SELECT pop, start, count(*) AS n FROM gc WHERE stop IS NULL AND start IS NOT NULL GROUP BY 1, 2
	), sw AS (
	    SELECT d.pop, d.asof_day, c.start, count(*) AS n FROM goal_snap_day AS d
	    JOIN gc AS c ON c.pop = d.pop AND c.start <= d.asof_day AND
		(c.stop IS NULL OR c.stop > d.asof_day)
	    GROUP BY 1, 2, 3
	)
	SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT SELECT * FROM have) AS x) +
	    (SELECT count(*) FROM (SELECT * FROM have EXCEPT SELECT * FROM want) AS x) +
	    (SELECT count(*) FROM (SELECT * FROM ow EXCEPT SELECT pop, start_day, n FROM goal_open) AS x) +
	    (SELECT count(*) FROM (SELECT pop, start_day, n FROM goal_open EXCEPT SELECT * FROM ow) AS x) +
	    (SELECT count(*) FROM (SELECT * FROM sw EXCEPT SELECT pop, asof_day, start_day, n FROM goal_snap) AS x) +
	    (SELECT count(*) FROM (SELECT pop, asof_day, start_day, n FROM goal_snap EXCEPT SELECT * FROM sw) AS x)"
}

# Rows of the set-based rebuild that differ from the triggers' rows.
gr_rebuild_diff() {
	sh "$SRC/tools/frist-ctl" psql -X -q -tA -v ON_ERROR_STOP=1 <<'EOF' 2>&1
CREATE TEMP TABLE gr_keep AS SELECT * FROM goal_done;
SELECT goal_done_rebuild(id) FROM goal \g /dev/null
SELECT (SELECT count(*) FROM (SELECT * FROM gr_keep EXCEPT SELECT * FROM goal_done) AS x) +
    (SELECT count(*) FROM (SELECT * FROM goal_done EXCEPT SELECT * FROM gr_keep) AS x);
EOF
}

# --- who may read them -------------------------------------------------

out=$(sql_as portal "SELECT count(*) FROM goal_done")
expect "the portal role cannot read goal_done" grep -q 'permission denied' <<<"$out"
out=$(sql_as whistle "SELECT count(*) FROM goal_snap")
expect "the whistleblower role cannot read the snapshots" grep -q 'permission denied' <<<"$out"
out=$(sql_as portal "SELECT * FROM goal_open_at('status', current_date)")
expect "the portal role cannot call goal_open_at" grep -q 'permission denied' <<<"$out"
out=$(sql_as staff "SELECT count(*) FROM goal_open")
expect "the staff role reads goal_open only through goal_open_at" grep -q 'permission denied' <<<"$out"

# --- random cases --------------------------------------------------------

GR_POOL=$(sql "SELECT min(id) FROM pool")
sql "SELECT setseed(0.4242);
INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source)
SELECT 'GR-' || i, CASE WHEN random() < 0.5 THEN 'status' ELSE 'accounts' END, 'goal-rollup',
    CASE WHEN d IS NULL THEN 'processing' ELSE 'approved' END, r, d, 'import'
FROM (SELECT i, r, CASE WHEN random() < 0.75 THEN r + (CASE WHEN random() < 0.3
	THEN 140 + (random() * 30)::integer ELSE (random() * 300)::integer END) END AS d
    FROM (SELECT i, DATE '2024-01-01' + (random() * 1050)::integer AS r
	FROM generate_series(1, 3000) AS i) AS a) AS b;
INSERT INTO case_pause (submission_id, started, ended)
SELECT s.id, s.received + k * 20 + (random() * 15)::integer,
    CASE WHEN random() < 0.15 THEN NULL ELSE s.received + k * 20 + 15 + (random() * 30)::integer END
FROM submission AS s, generate_series(0, 2) AS k
WHERE s.case_no LIKE 'GR-%' AND random() < 0.2;
INSERT INTO application (pool_id, draft_no, resume_hash, case_no, status, submitted, decided)
SELECT $GR_POOL, lpad((80000000 + i)::text, 8, '0'), '\$argon2id\$x', 'GRA-' || i,
    CASE WHEN d IS NULL THEN 'submitted' ELSE 'awarded' END, r, d
FROM (SELECT i, r, CASE WHEN random() < 0.7 THEN r + (random() * 150)::integer END AS d
    FROM (SELECT i, DATE '2024-06-01' + (random() * 900)::integer AS r
	FROM generate_series(1, 600) AS i) AS a) AS b" >/dev/null
n=$(sql "SELECT count(*) FROM submission WHERE case_no LIKE 'GR-%'")
np=$(sql "SELECT count(*) FROM case_pause AS p JOIN submission AS s ON s.id = p.submission_id WHERE s.case_no LIKE 'GR-%'")
expect "3000 random grant cases with $np pauses" [ "$n" = 3000 -a "$np" -gt 300 ]
out=$(gr_diff)
expect "after the inserts the rollups equal a recomputation ($out rows differ)" [ "$out" = 0 ]

# The overview of past quarters makes their snapshots.
new_staff grroll "Maal-Kode-12345"
sql "UPDATE staff SET roles = ARRAY['management'] WHERE username = 'grroll'" >/dev/null
staff_login grroll "Maal-Kode-12345"
cp "$JAR" "$GR_JAR"
for y in 2024 2025; do
	req GET "/staff/goals/?year=$y&period=year" -b "$GR_JAR"
	expect_status 200 "the overview of $y"
done
n=$(sql "SELECT count(*) FROM goal_snap_day WHERE asof_day IN ('2024-03-31', '2025-12-31')")
expect "the quarters' snapshots are made on first use ($n of 6)" [ "$n" = 6 ]

# Changes of every kind, in statements touching many cases at once.
sql "SELECT setseed(0.1717);
UPDATE submission SET decided = greatest(received, least(received + (random() * 200)::integer, current_date)),
    status = 'rejected' WHERE case_no LIKE 'GR-%' AND decided IS NULL AND random() < 0.2;
UPDATE submission SET decided = NULL, status = 'returned' WHERE case_no LIKE 'GR-%' AND decided IS NOT NULL AND random() < 0.05;
UPDATE submission SET received = received - (random() * 20)::integer WHERE case_no LIKE 'GR-%' AND random() < 0.05;
UPDATE submission SET kind = CASE kind WHEN 'status' THEN 'accounts' ELSE 'status' END WHERE case_no LIKE 'GR-%' AND random() < 0.03;
UPDATE submission SET decided = decided + 3 WHERE case_no LIKE 'GR-%' AND decided IS NOT NULL AND random() < 0.05;
DELETE FROM submission WHERE case_no LIKE 'GR-%' AND random() < 0.05;
UPDATE case_pause SET ended = started + 4 WHERE ended IS NULL AND random() < 0.5;
UPDATE case_pause SET ended = ended + 9 WHERE ended IS NOT NULL AND random() < 0.1;
DELETE FROM case_pause WHERE random() < 0.1;
INSERT INTO case_pause (submission_id, started, ended)
SELECT s.id, s.received + 1, s.received + 30 FROM submission AS s
WHERE s.case_no LIKE 'GR-%' AND random() < 0.05 ON CONFLICT DO NOTHING;
UPDATE application SET decided = submitted + 40, status = 'rejected' WHERE case_no LIKE 'GRA-%' AND decided IS NULL AND random() < 0.3;
UPDATE application SET submitted = submitted + 2 WHERE case_no LIKE 'GRA-%' AND random() < 0.1;
UPDATE application SET status = 'draft' WHERE case_no LIKE 'GRA-%' AND decided IS NULL AND random() < 0.1;
DELETE FROM application WHERE case_no LIKE 'GRA-%' AND random() < 0.05" >/dev/null
out=$(gr_diff)
expect "after updates and deletes the rollups equal a recomputation ($out rows differ)" [ "$out" = 0 ]

# The portal ends a return for correction (its own role, SECURITY
# DEFINER triggers): the rows follow.
sid=$(sql "SELECT s.id FROM submission AS s JOIN case_pause AS p ON p.submission_id = s.id
    WHERE s.case_no LIKE 'GR-%' AND s.decided IS NOT NULL ORDER BY s.id LIMIT 1")
sql "UPDATE case_pause SET ended = NULL WHERE submission_id = $sid" >/dev/null
out=$(sql_as portal "UPDATE case_pause SET ended = current_date WHERE submission_id = $sid AND ended IS NULL")
expect "the portal ends a pause through the triggers ($out)" [ "$out" = "" ]
out=$(gr_diff)
expect "after the portal's update the rollups equal a recomputation ($out rows differ)" [ "$out" = 0 ]

# New versions: a net calendar-day one with the service-desk rule (the
# rebuild's date arithmetic with pauses; the overview then judges that
# goal case by case), a working-day one with the service-desk rule (the
# rebuild then judges case by case; the overview still reads the
# rollups), and a calendar-day one for the applications.
sql "INSERT INTO goal_version (goal_id, valid_from, unit, limit_n, target_permille, pauses, period_rule)
    SELECT id, DATE '2025-07-01', 'days', 120, 950, 'net', 'breach' FROM goal WHERE code = 'grants.accounts';
    INSERT INTO goal_version (goal_id, valid_from, unit, limit_n, target_permille, pauses, period_rule)
    SELECT id, DATE '2025-04-01', 'workdays', 100, 900, 'gross', 'breach' FROM goal WHERE code = 'grants.status';
    INSERT INTO goal_version (goal_id, valid_from, unit, limit_n, target_permille, pauses, period_rule)
    SELECT id, DATE '2025-01-01', 'days', 60, 800, 'gross', 'decided' FROM goal WHERE code = 'grants.applications'" >/dev/null
out=$(gr_diff)
expect "after new versions the rollups equal a recomputation ($out rows differ)" [ "$out" = 0 ]
out=$(gr_rebuild_diff)
expect "the set-based rebuild gives the triggers' rows ($out differ)" [ "$out" = 0 ]
n=$(sql "SELECT count(DISTINCT version_id) FROM goal_done AS d JOIN goal AS g ON g.id = d.goal_id WHERE g.code IN ('grants.accounts', 'grants.status')")
expect "the rows name the new versions ($n versions)" [ "$n" = 4 ]

# --- the overview against frist-tool -------------------------------------

# frist-tool takes only cases as the programs write them: pauses within
# the clock, ended by the stop, and no stop before the start.  Made so,
# through the triggers once more.
sql "DELETE FROM case_pause AS p USING submission AS s WHERE s.id = p.submission_id AND
	s.case_no LIKE 'GR-%' AND (p.started < s.received OR p.started > s.decided);
    UPDATE case_pause AS p SET ended = s.decided FROM submission AS s
	WHERE s.id = p.submission_id AND s.case_no LIKE 'GR-%' AND
	(p.ended IS NULL OR p.ended > s.decided);
    DELETE FROM application WHERE case_no LIKE 'GRA-%' AND decided < submitted" >/dev/null
out=$(gr_diff)
expect "after the clean-up the rollups equal a recomputation ($out rows differ)" [ "$out" = 0 ]

# gr_versions CODE: frist-tool's goal arguments from the goal's versions.
gr_versions() {
	sql "SELECT string_agg(CASE WHEN k = 1 THEN unit || ' ' || limit_n || ' ' || target_permille || ' ' || pauses || ' ' || period_rule
	    ELSE valid_from || ':' || unit || ':' || limit_n || ':' || target_permille || ':' || pauses || ':' || period_rule END, ' ' ORDER BY k)
	    FROM (SELECT v.*, row_number() OVER (ORDER BY v.valid_from, v.id) AS k FROM goal_version AS v
		JOIN goal AS g ON g.id = v.goal_id WHERE g.code = '$1') AS x"
}
# gr_cases CODE: the goal's cases as frist-tool reads them.
gr_cases() {
	case $1 in
	grants.applications)
		sql "SELECT submitted || ';' || coalesce(decided::text, '') || ';' FROM application
		    WHERE status <> 'draft' AND submitted IS NOT NULL" ;;
	*)
		sql "SELECT s.received || ';' || coalesce(s.decided::text, '') || ';' ||
		    coalesce((SELECT string_agg(p.started || '/' || coalesce(p.ended::text, ''), ',' ORDER BY p.started)
		    FROM case_pause AS p WHERE p.submission_id = s.id), '')
		    FROM submission AS s WHERE s.kind = '${1#grants.}'" ;;
	esac
}
# frist-tool's figures as the CSV's columns (decimal comma, ja/nej).
gr_tool_row() {	# gr_tool_row CODE FROM TO
	# shellcheck disable=SC2046
	gr_cases "$1" | "$SRC/build/frist-tool" goal-eval $(gr_versions "$1" | cut -d' ' -f1-5) \
	    "$2" "$3" "$GR_TODAY" $(gr_versions "$1" | cut -d' ' -f6-) |
	awk -F= -v code="$1" '{ v[$1] = $2 }
	    function pct(x) { return x == "" ? "" : int(x / 10) "," x % 10 }
	    END { printf "%s;%s;%s;%s;%s;%s;%s;%s;%s;%s\n", code, v["completed"], v["within"],
		pct(v["share_pm"]), pct(v["target_pm"]), v["met"] == "1" ? "ja" : v["met"] == "0" ? "nej" : "",
		v["breached"], v["at_risk"], v["p50"], v["p90"] }'
}
GR_Y=${GR_TODAY%%-*}
GR_PERIODS=(
	"year=$GR_Y&period=q1 $GR_Y-01-01 $GR_Y-03-31"
	"year=2025&period=year 2025-01-01 2025-12-31"
	"year=2025&period=h2 2025-07-01 2025-12-31"
	"from=2024-03-15&to=2026-02-10 2024-03-15 2026-02-10"
	"from=2025-06-10&to=$GR_TODAY 2025-06-10 $GR_TODAY"
	"from=2025-02-01&to=2025-02-28 2025-02-01 2025-02-28"
	"from=2025-01-15&to=2025-01-20 2025-01-15 2025-01-20"
	"from=2025-03-31&to=2025-07-01 2025-03-31 2025-07-01"
	"from=2024-11-30&to=2025-10-02 2024-11-30 2025-10-02"
)
gr_bad=0 gr_n=0
for pp in "${GR_PERIODS[@]}"; do
	read -r q f t <<<"$pp"
	req GET "/staff/goals/overview.csv?$q" -b "$GR_JAR"
	if [ "$STATUS" != 200 ]; then fail "overview.csv?$q: $STATUS"; continue; fi
	for code in grants.accounts grants.status grants.applications; do
		gr_n=$((gr_n + 1))
		have=$(tr -d '\r' < "$BODY" | sed 's/^\xef\xbb\xbf//' | awk -F';' -v c="$code" '$1 == c {
		    printf "%s;%s;%s;%s;%s;%s;%s;%s;%s;%s\n", $1, $3, $4, $5, $6, $7, $8, $9, $10, $11 }')
		want=$(gr_tool_row "$code" "$f" "$t")
		if [ "$have" != "$want" ]; then
			gr_bad=$((gr_bad + 1))
			fail "overview.csv?$q, $code: '$have', frist-tool '$want'"
		fi
	done
done
expect "the overview's figures equal frist-tool goal-eval in all $gr_n goal-periods" [ "$gr_bad" = 0 -a "$gr_n" = 27 ]
n=$(sql "SELECT sum(n) FROM goal_done WHERE lvl = 2")
expect "the rollups hold the closed cases ($n)" [ "${n:-0}" -gt 2000 ]
req GET "/staff/goals/?year=2025&period=q3" -b "$GR_JAR"
expect_status 200 "the overview page from the rollups"

# --- clean up -------------------------------------------------------------

sql "DELETE FROM goal_version WHERE valid_from IN ('2025-07-01', '2025-04-01', '2025-01-01') AND staff_id IS NULL
	AND goal_id IN (SELECT id FROM goal WHERE code LIKE 'grants.%');
    DELETE FROM submission WHERE case_no LIKE 'GR-%';
    DELETE FROM application WHERE case_no LIKE 'GRA-%'" >/dev/null
out=$(gr_diff)
expect "after the test's cases are gone the rollups equal a recomputation ($out rows differ)" [ "$out" = 0 ]

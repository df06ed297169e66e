# The dashboards' figures kept in the staff worker (cgi/lib/figcache.h),
# on a stack of its own with one staff worker and figures_max_age = 4
# (the suite's stack computes them on every view; it is put back after):
# within the 4 seconds a new case does not move the overview, which says
# when its figures were made and how old they may be; another period is
# computed at once, and so is a goal with a new version; after the 4
# seconds the case is counted.  The results plan says the same.  Last,
# on the suite's stack: the figures are made on every view, and the page
# does not say they may be old.

FC_SAVE="$TMP|$PORT|$BASE|$FRIST_VAR|$DEMO_PW"
fc_row() {	# fc_row CODE: the overview row of a goal, on one line
	tr -d '\n' < "$BODY" | grep -o "<tr id=\"goal-$1\">.*" | sed 's,</tr>.*,,'
}
fc_open() {	# the open cases of grants.status in the overview
	fc_row grants.status | grep -o '<td>[0-9]* åbne' | grep -o '[0-9]*'
}
fc_made() { grep -o 'opgjort kl\. [0-9:]*' "$BODY" | head -n 1; }

fc_run() {
	FJ=$TMP/figcache.jar
	staff_login demo "$DEMO_PW"
	cp "$JAR" "$FJ"
	expect "the figures are kept 4 seconds" grep -q '^figures_max_age = 4$' \
	    "$FRIST_VAR/etc/staff.conf"
	req GET /staff/goals/ -b "$FJ"
	t0=$(date +%s.%N)
	expect_status 200 "the overview"
	expect_body 'og kan være op til 4 sekunder gamle.' \
	    "it says how old its figures may be"
	made0=$(fc_made) open0=$(fc_open)
	expect "it says when they were made ($made0)" [ -n "$made0" ]
	expect "grants.status has open cases ($open0)" [ -n "$open0" ]
	sql "INSERT INTO submission (case_no, kind, external_grant, status, received, source)
	    VALUES ('FC-01', 'status', 'EXT-FC-01', 'received', current_date, 'import')" >/dev/null
	req GET /staff/goals/ -b "$FJ"
	t1=$(date +%s.%N)
	if awk -v a="$t0" -v b="$t1" 'BEGIN { exit !(b - a < 2.5) }'; then
		expect "within the 4 seconds the new case is not counted yet" \
		    [ "$(fc_open)" = "$open0" ]
		expect "and the page says the figures are from before" \
		    [ "$(fc_made)" = "$made0" ]
	else
		fail "the second view came too late to test the store (slow machine?)"
	fi
	req GET "/staff/goals/?year=$(date +%Y)&period=year" -b "$FJ"
	expect "another period is computed at once: the case counts" \
	    [ "$(fc_open)" = "$((open0 + 1))" ]
	# A new version of the goal (as /staff/goals/admin makes one): judged
	# by it at once, though its old figures are still young.
	sql "INSERT INTO goal_version (goal_id, valid_from, unit, limit_n, target_permille, pauses, period_rule)
	    SELECT id, current_date - 1, 'days', 155, 800, 'gross', 'decided' FROM goal WHERE code = 'grants.status'" >/dev/null
	req GET /staff/goals/ -b "$FJ"
	expect "a new version of the goal counts at once (target 80,0 %)" \
	    grep -q '<td class="num">80,0 %</td>' <<<"$(fc_row grants.status)"
	expect "and with it the new case" [ "$(fc_open)" = "$((open0 + 1))" ]
	sql "DELETE FROM goal_version WHERE goal_id = (SELECT id FROM goal WHERE code = 'grants.status') AND valid_from = current_date - 1" >/dev/null
	req GET /staff/goals/ -b "$FJ"
	expect "the version taken back counts at once too (90,0 % again)" \
	    grep -q '<td class="num">90,0 %</td>' <<<"$(fc_row grants.status)"
	made1=$(fc_made)
	# Past the 4 seconds: computed again.
	sql "INSERT INTO submission (case_no, kind, external_grant, status, received, source)
	    VALUES ('FC-02', 'status', 'EXT-FC-02', 'received', current_date, 'import')" >/dev/null
	sleep 4.2
	req GET /staff/goals/ -b "$FJ"
	expect "after 4 seconds both cases count" [ "$(fc_open)" = "$((open0 + 2))" ]
	expect "with the time they were made ($(fc_made), after $made1)" \
	    [ "$(fc_made)" != "$made1" ]
	req GET /staff/plans/2024 -b "$FJ"
	expect_status 200 "the results plan"
	expect_body '(de kan være op til 4 sekunder gamle).' \
	    "it says how old its figures from cases and pools may be"
}

FC_ENV="${FRIST_FIGURES_MAX_AGE-}|${FRIST_WORKERS-}"
export FRIST_FIGURES_MAX_AGE=4 FRIST_WORKERS=1
if stack_start figcache; then
	fc_run
else
	fail "the figures stack did not start"
fi
stack_stop
IFS='|' read -r TMP PORT BASE FRIST_VAR DEMO_PW <<<"$FC_SAVE"
IFS='|' read -r FRIST_FIGURES_MAX_AGE FRIST_WORKERS <<<"$FC_ENV"
export FRIST_VAR PORT FRIST_FIGURES_MAX_AGE FRIST_WORKERS

# The suite's stack: computed on every view, and not said to be old.
staff_login demo "$DEMO_PW"
req GET /staff/goals/ -b "$JAR"
expect_body 'Tallene er opgjort kl. ' "the suite's overview says when its figures were made"
expect_no_body 'sekunder gamle' "and not that they may be old"

# The results plans (/staff/plans/): the demo's two plans judged as
# tests/unit/check_plan.c judges the seeds' tables (read from it by
# plan_seed.awk, so there is one source of the expected verdicts), who
# may see them, entering results, the quarterly follow-up with its
# required fields, and the report as XML (against its XSD) and print.

PJ=$TMP/plan.jar
SEEDS=$TMP/plan-seeds.txt
awk -f "$SRC/tests/integration/plan_seed.awk" "$SRC/tests/unit/check_plan.c" > "$SEEDS"
expect "check_plan.c's seed tables are read (26 goals, 6 scores)" \
    [ "$(grep -c '^goal ' "$SEEDS")" = 26 -a "$(grep -c '^score ' "$SEEDS")" = 6 ]

# Who sees the plans: management and admin, not a caseworker.
new_staff plannobody "Plan-Ingen-Adgang-1"
staff_login plannobody "Plan-Ingen-Adgang-1"
req GET /staff/plans/ -b "$JAR"
expect_status 403 "a caseworker (grants only) does not see the plans"
expect_no_body 'href="/staff/plans/"' "nor a link to them"

staff_login leder "$DEMO_PW"
cp "$JAR" "$PJ"
req GET /staff/ -b "$PJ"
expect_body 'href="/staff/plans/">Resultatplan</a>' "management has the plans in the menu"
req GET /staff/plans/ -b "$PJ"
expect_status 200 "the list of plans"
expect_body '<a href="/staff/plans/2024">2024</a></td><td>Resultatplan 2024 for Social- og Boligstyrelsen</td><td class="num">14</td><td>21 dage efter kvartalet; 1. og 2. kvartal samlet' "the 2024 plan: 14 goals, 21 days, Q1 with Q2"
expect_body '<a href="/staff/plans/2022">2022</a></td><td>Resultatplan 2022 for Socialstyrelsen</td><td class="num">12</td><td>14 dage efter kvartalet</td>' "the 2022 plan: 12 goals, 14 days"
req GET /staff/plans/2023 -b "$PJ"
expect_status 404 "no plan for 2023"
req GET /staff/plans/20x4 -b "$PJ"
expect_status 404 "a year that is not one"
req GET "/staff/plans/2024?asof=2024-02-30" -b "$PJ"
expect_status 400 "a day that does not exist"

# Every goal's verdict for the three years of its table, and the score,
# as check_plan.c has them; as of the first day of the plan's year, so
# that no deadline of the year has passed (check_plan judges without a
# day).
for y in 2024 2022; do
	req GET "/staff/plans/$y?asof=$y-01-01" -b "$PJ"
	expect_status 200 "the $y plan"
	cp "$BODY" "$TMP/plan-$y.html"
	bad=0
	while read -r _ py num w0 w1 w2 _; do
		[ "$py" = "$y" ] || continue
		c=0
		for w in $w0 $w1 $w2; do
			yy=$((py - 2 + c))
			if ! grep -qF "data-goal=\"$num\" data-year=\"$yy\" data-state=\"$w\"" "$BODY"; then
				bad=1; echo "# goal $num $yy: want $w"
			fi
			c=$((c + 1))
		done
	done < <(grep '^goal ' "$SEEDS")
	expect "the $y plan's goals are judged as check_plan.c judges them, every year" [ $bad = 0 ]
	while read -r _ py c met not open prelim; do
		[ "$py" = "$y" ] || continue
		yy=$((py - 2 + c))
		expect_body "<tr data-year=\"$yy\"><th scope=\"row\">$yy</th><td class=\"num\">$met</td><td class=\"num\">$not</td><td class=\"num\">$open</td><td class=\"num\">$prelim</td>" \
		    "the $y plan's score for $yy: $met met, $not not met, $open open, $prelim preliminary"
	done < <(grep '^score ' "$SEEDS")
done
cp "$TMP/plan-2024.html" "$BODY"
expect_body 'data-goal="2.1" data-year="2022" data-state="not_met"' "2.1 is not met in 2022 (c and d fail)"
expect_body 'data-goal="2.1" data-year="2023" data-state="not_met"' "2.1 is not met in 2023 (a and b fail)"
expect_body '<td class="num" data-score="21,43">21,43 %</td>' "3 of 14 met in 2022: 21,43 %"
expect_body 'Grænse (±): ±5 mio. kr.' "2.1 a's 2022 limit in mio. kr."
expect_body 'Afvigelse: 3,9 mio. kr.' "and its deviation"
expect_body 'Afvigelse: -15 %' "2.1 c's 2022 deviation in per cent"
expect_body 'Mål 2.1 God budgettering' "the goal's name"
expect_body 'når mindst ét delmål i hver gruppe er opfyldt' "2.1's rule is groups"
expect_body '<a href="/staff/plans/2024/q2">1.-2. kvartal</a>, frist 2024-07-21 (overskredet med ' "the quarters with their deadlines and the days since"
expect_body '<a href="/staff/plans/2024/q4">4. kvartal</a>, frist 2025-01-21' "Q4 is due 21 days after the year"
# A plan of a year to come: its deadlines with the days left.
sql "INSERT INTO plan (year, name, deadline_days) VALUES (2099, 'Prøveplan 2099', 14)" >/dev/null
req GET /staff/plans/2099 -b "$PJ"
expect_status 200 "a plan without goals"
expect_body 'frist 2099-04-14 (om ' "Q1 of 2099 due in so many days"
expect_body '<td class="num" data-score="0,00">0,00 %</td>' "and no score"
sql "DELETE FROM plan WHERE year = 2099" >/dev/null

# Entering a result: 2024's 1.1 a (a count, target 68).
SUB=$(sql "SELECT s.id FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = 2024 AND g.number = '1.1' AND s.letter = 'a'")
G16=$(sql "SELECT id FROM plan_goal WHERE plan_year = 2024 AND number = '1.6'")
RU=/staff/plans/2024/results
naudit_plan() { sql "SELECT count(*) FROM audit WHERE entity IN ('plan_subgoal', 'plan_goal')"; }
req GET /staff/plans/2024 -b "$PJ"
expect_body "href=\"$RU?sub=$SUB&amp;year=2024\"" "the plan links each figure to its form"
req GET "$RU?sub=$SUB&year=2024" -b "$PJ"
expect_status 200 "the form for 1.1 a, 2024"
expect_body 'id="target" name="target" value="68"' "it starts from the stored target"
expect_body 'name="once" value="' "it has a one-time key"
expect_no_body 'id="extra"' "a count that is not growth has no prior-year field"
PAGE=$TMP/plan-form.html
cp "$BODY" "$PAGE"
rpost() {	# rpost field=value... (the form in $PAGE)
	cp "$PAGE" "$BODY"
	form_post "$RU" "$PJ" "sub=$SUB" "year=2024" "$@"
}
rpost "target=68" "result=7x" "note=Tredje kvartal"
expect_status 400 "a result that is not a number is refused"
expect_body '»Resultat« skal være et tal. Et helt tal.' "the field says what it takes"
expect_body 'value="7x"' "the typed result is kept"
expect_body 'Tredje kvartal</textarea>' "and the note"
expect_body 'aria-describedby="result-err"' "the field is marked"
expect "nothing was stored or audited" [ "$(naudit_plan)" = 0 ]
rpost "target=68" "result=70" "prelim=1" "note=Opgjort efter 3. kvartal"
expect_status 303 "a good result is stored"
expect_header '^Location: /staff/plans/2024\?saved=1\.1#goal-1\.1' "and the plan is shown again"
rpost "target=68" "result=70" "prelim=1" "note=Opgjort efter 3. kvartal"
expect_status 303 "the same form again"
expect_header 'again=1' "is answered as the first"
expect "one change, one audit row" [ "$(naudit_plan)" = 1 ]
expect "the result is stored as typed" [ "$(sql "SELECT target || '/' || result || '/' || prelim FROM plan_result WHERE subgoal_id = $SUB AND year = 2024")" = "68/70/true" ]
req GET "/staff/plans/2024?saved=1.1" -b "$PJ"
expect_body 'Mål 1.1: ændringen er gemt.' "the plan says it is saved"
expect_body 'Resultat: 70' "the plan shows the result"
expect_body "data-year=\"2024\" data-state=\"met\"><span class=\"target\">Mål: 68</span><br><span class=\"result\">Resultat: 70</span><br><span class=\"verdict verdict-met\">Opfyldt, foreløbigt</span>" \
    "judged met, preliminary"

# A budget deviation in per cent, with a sign and a decimal comma: 2.1 a
# of 2024 (±2 %); two decimals are refused.
S21A=$(sql "SELECT s.id FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = 2024 AND g.number = '2.1' AND s.letter = 'a'")
req GET "$RU?sub=$S21A&year=2024" -b "$PJ"
expect_body '<option value="pm" selected>procent</option>' "a budget sub-goal's unit is offered, per cent chosen"
expect_body 'id="target" name="target" value="2"' "its limit as per cent"
cp "$BODY" "$TMP/plan-budget.html"
form_post "$RU" "$PJ" "sub=$S21A" "year=2024" "unit=pm" "target=2" "result=-2,55"
expect_status 400 "a per cent with two decimals is refused"
expect_body '»Afvigelse« skal være et tal.' "the deviation is named"
cp "$TMP/plan-budget.html" "$BODY"
form_post "$RU" "$PJ" "sub=$S21A" "year=2024" "unit=pm" "target=-2" "result=1"
expect_status 400 "a limit with a sign is refused"
cp "$TMP/plan-budget.html" "$BODY"
form_post "$RU" "$PJ" "sub=$S21A" "year=2024" "unit=pm" "target=2" "result=-2,5"
expect_status 303 "-2,5 % is stored"
expect "as -25 per mille" [ "$(sql "SELECT result FROM plan_result WHERE subgoal_id = $S21A AND year = 2024")" = -25 ]
req GET "/staff/plans/2024?asof=2024-01-01" -b "$PJ"
expect_body 'Afvigelse: -2,5 %' "shown as typed"
sql "UPDATE plan_result SET result = NULL WHERE subgoal_id = $S21A AND year = 2024" >/dev/null

# A goal decided as a whole: 1.6 (SØM, the steering group's verdict).
req GET "$RU?goal=$G16&year=2024" -b "$PJ"
expect_status 200 "the verdict form of 1.6"
cp "$BODY" "$PAGE"
cp "$PAGE" "$BODY"
form_post "$RU" "$PJ" "goal=$G16" "year=2024" "verdict=maybe"
expect_status 400 "an unknown verdict is refused"
cp "$PAGE" "$BODY"
form_post "$RU" "$PJ" "goal=$G16" "year=2024" "verdict=met"
expect_status 303 "the steering group's verdict is stored"
req GET "/staff/plans/2024?asof=2024-01-01" -b "$PJ"
expect_body 'data-goal="1.6" data-year="2024" data-state="met"' "1.6 is met in 2024 by its verdict"
expect_body '<td class="num" data-score="7,14">7,14 %</td>' "one goal of 14 met in 2024: 7,14 %"
req GET "$RU?sub=$SUB&year=2019" -b "$PJ"
expect_status 404 "a year outside the plan's table"
req GET "$RU?goal=$(sql "SELECT id FROM plan_goal WHERE plan_year = 2024 AND number = '2.1'")&year=2024" -b "$PJ"
expect_status 404 "a goal with a rule of its sub-goals takes no verdict"
staff_login plannobody "Plan-Ingen-Adgang-1"
cp "$PAGE" "$BODY"
form_post "$RU" "$JAR" "goal=$G16" "year=2024" "verdict=not_met"
expect_status 403 "a caseworker may not enter results"
expect "the verdict stands" [ "$(sql "SELECT verdict FROM plan_verdict WHERE goal_id = $G16 AND year = 2024")" = met ]

# The quarterly follow-up.  The suggestions on the day check_plan.c
# uses for them (in Q4, the Q3 report's time) are check_plan.c's, for the
# goals whose data this test has not changed (1.1 and 1.6 it has).
staff_login leder "$DEMO_PW"
cp "$JAR" "$PJ"
for y in 2024 2022; do
	day=$(awk -v y=$y '$1 == "day" && $2 == y { print $3 }' "$SEEDS")
	req GET "/staff/plans/$y/q3?asof=$day" -b "$PJ"
	expect_status 200 "the $y plan's follow-up for Q3 as of $day"
	bad=0
	while read -r _ py num _ _ _ ryg; do
		[ "$py" = "$y" ] || continue
		[ "$y/$num" = 2024/1.1 ] || [ "$y/$num" = 2024/1.6 ] && continue
		grep -qF "data-goal=\"$num\" data-suggested=\"$ryg\"" "$BODY" ||
		    { bad=1; echo "# goal $num: want $ryg"; }
	done < <(grep '^goal ' "$SEEDS")
	expect "the $y suggestions are check_plan.c's" [ $bad = 0 ]
done
req GET /staff/plans/2024/q1 -b "$PJ"
expect_status 404 "2024 has no Q1 report of its own (merged into Q2)"
req GET /staff/plans/2024/q2 -b "$PJ"
expect_status 200 "the merged report"
expect_body 'Opfølgning 1.-2. kvartal 2024' "covers Q1 and Q2"
expect_body 'Afrapporteringen er senest 2024-07-21; fristen er overskredet med' "due 21 days after Q2, long past"
req GET /staff/plans/2022/q1 -b "$PJ"
expect_status 200 "2022 reports Q1 on its own"
expect_body 'senest 2022-04-14' "14 days after Q1"
req GET /staff/plans/2022/q5 -b "$PJ"
expect_status 404 "there is no fifth quarter"

# Following up goal 2.5 (suggested red as of 2024-10-15: its Q1 milestone).
G25=$(sql "SELECT id FROM plan_goal WHERE plan_year = 2024 AND number = '2.5'")
QU=/staff/plans/2024/q3
nfollow() { sql "SELECT count(*) FROM audit WHERE entity = 'plan_goal' AND action = 'followup'"; }
req GET "$QU?asof=2024-10-15&goal=$G25" -b "$PJ"
expect_status 200 "the follow-up form of 2.5"
expect_body 'Forslag ud fra tallene: <strong>Rød</strong>' "it says what is suggested"
cp "$BODY" "$PAGE"
cp "$PAGE" "$BODY"
form_post "$QU?asof=2024-10-15" "$PJ" "goal=$G25" "ryg=" "cause=Forsinket afstemning" "consequence=" "action="
expect_status 400 "red without consequence and action is refused"
expect_body 'Skriv konsekvensen: den skal udfyldes, når status er Rød.' "the consequence is asked for"
expect_body 'Skriv handlingen for at opnå målet' "and the action"
expect_no_body 'Skriv årsagen' "the cause was given"
expect_body 'Forsinket afstemning</textarea>' "what was typed is kept"
cp "$PAGE" "$BODY"
form_post "$QU?asof=2024-10-15" "$PJ" "goal=$G25" "ryg=yellow" "cause=Forsinket afstemning" "consequence=Målet nås i 4. kvartal" "action=Møde med departementet" "prelim=1"
expect_status 303 "a yellow status with cause, consequence and action is stored"
expect_header "^Location: $QU\\?saved=2\\.5&asof=2024-10-15#goal-2\\.5" "back to the follow-up, as of the same day"
cp "$PAGE" "$BODY"
form_post "$QU?asof=2024-10-15" "$PJ" "goal=$G25" "ryg=yellow" "cause=Forsinket afstemning" "consequence=Målet nås i 4. kvartal" "action=Møde med departementet" "prelim=1"
expect_status 303 "the same form again"
expect_header 'again=1' "is answered as the first"
expect "one follow-up, one audit row" [ "$(nfollow)" = 1 ]
expect "stored as chosen, beside the suggestion" [ "$(sql "SELECT ryg || '/' || suggested || '/' || prelim FROM plan_followup WHERE goal_id = $G25 AND quarter = 3")" = "yellow/red/true" ]
req GET "$QU?asof=2024-10-15" -b "$PJ"
expect_body "href=\"$QU?goal=$G25&amp;asof=2024-10-15#form-$G25\"" "the links keep the day judged by"
expect_body "href=\"$QU.xml?asof=2024-10-15\"" "the XML link too"
expect_body "data-goal=\"2.5\" data-suggested=\"red\" data-ryg=\"yellow\"" "the page shows the chosen status beside the suggestion"
expect_body '<strong>Konsekvens:</strong> Målet nås i 4. kvartal' "and the consequence"
G24=$(sql "SELECT id FROM plan_goal WHERE plan_year = 2024 AND number = '2.4'")
req GET "$QU?asof=2024-10-15&goal=$G24" -b "$PJ"
cp "$BODY" "$PAGE"
form_post "$QU?asof=2024-10-15" "$PJ" "goal=$G24" "ryg="
expect_status 303 "green (as suggested) needs nothing more"
G23=$(sql "SELECT id FROM plan_goal WHERE plan_year = 2024 AND number = '2.3'")
req GET "$QU?asof=2024-10-15&goal=$G23" -b "$PJ"
cp "$BODY" "$PAGE"
form_post "$QU?asof=2024-10-15" "$PJ" "goal=$G23" "ryg="
expect_status 400 "no suggestion and no status chosen is refused"
expect_body 'Vælg en status: der er intet forslag' "the status is asked for"

# The report as XML, valid against its schema, and for print.
req GET "$QU.xml?asof=2024-10-15" -b "$PJ"
expect_status 200 "the Q3 report as XML"
expect_header '^Content-Type: application/xml' "as XML"
expect_header 'attachment; filename="resultatplan-2024-q3.xml"' "as a download"
if xmllint --noout --schema "$SRC/etc/schemas/plan-report.xsd" "$BODY" 2>"$TMP/xmllint.err"; then
	pass "the XML is valid against etc/schemas/plan-report.xsd"
else
	fail "the XML is not valid: $(head -c 600 "$TMP/xmllint.err")"
fi
expect_body '<goal number="2.1" rule="groups" verdict="na" preliminary="false" comparable="true" suggested="none" status="none">' "2.1 in the report"
expect_body 'suggested="red" status="yellow"' "2.5 with its chosen status"
expect_body '<consequence>Målet nås i 4. kvartal</consequence>' "and its consequence"
expect_body '<target>68</target>' "targets are there"
req GET "$QU/report?asof=2024-10-15" -b "$PJ"
expect_status 200 "the printable report"
expect_body '<div class="plan-report">' "in its print layout"
expect_body '<dt>Handling for at opnå målet</dt><dd>Møde med departementet</dd>' "with the action"
expect_body '<tr><th scope="row">a) Driftsbevilling: grundbudget mod realiseret resultat</th><td>±2 %</td><td>–</td><td>Kan endnu ikke vurderes</td></tr>' "and the sub-goals with their targets for the year"
req GET /static/frist.css
expect_body '/* plan report' "the print CSS has the plan report's block"
req GET /static/schemas/plan-report.xsd
expect_status 200 "the schema is published"
req POST "$QU.xml" -b "$PJ" -d x=1
expect_status 403 "the XML takes no POST (no CSRF token: refused first)"
staff_login plannobody "Plan-Ingen-Adgang-1"
req GET "$QU.xml" -b "$JAR"
expect_status 403 "a caseworker gets no report"

# Goal 1.5 of 2024 from frist's own pools and cases: a pool of fiscal
# year 2024 disbursed on time, an account and a status report decided
# within 155 days, and the action plan (a milestone) done in time.
staff_login leder "$DEMO_PW"
cp "$JAR" "$PJ"
P1=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, disbursement_deadline, status)
    VALUES ('Planpulje 2024', 'Plan', 100000000, 2024, '2024-01-01', '2024-03-01', '2024-06-30', 'closed') RETURNING id" | head -n 1)
sql "INSERT INTO application (pool_id, draft_no, resume_hash, case_no, status, submitted, decided)
    VALUES ($P1, '99998801', '\$argon2id\$x', 'PLAN-APP-1', 'awarded', '2024-02-01', '2024-05-01')" >/dev/null
sql "INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source)
    VALUES ('PLAN-RG-1', 'accounts', 'EXT-PLAN', 'approved', '2024-02-01', '2024-04-01', 'import'),
    ('PLAN-SR-1', 'status', 'EXT-PLAN', 'approved', '2024-03-01', '2024-05-01', 'import')" >/dev/null
S15C=$(sql "SELECT s.id FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = 2024 AND g.number = '1.5' AND s.letter = 'c'")
req GET "$RU?sub=$S15C&year=2024" -b "$PJ"
expect_body 'id="done" name="done"' "a milestone's form asks for the day it was done"
expect_no_body 'id="target"' "and for no figures"
form_post "$RU" "$PJ" "sub=$S15C" "year=2024" "done=2024-03-20"
expect_status 303 "1.5 c: the action plan was done on 2024-03-20"
req GET "/staff/plans/2024?asof=2025-01-15" -b "$PJ"
expect_body 'Puljer i finansåret: 1 rettidigt, 0 for sent, 0 endnu ikke udmøntet' "1.5 a counts the pool of 2024"
expect_body '100,0 % inden for fristen (1 af 1), mål 90,0 %' "1.5 b1 and b2 judge the 2024 cases by their goals"
expect_body 'data-goal="1.5" data-year="2024" data-state="met"' "1.5 is met in 2024 from frist's own data"
P2=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, disbursement_deadline, status)
    VALUES ('Sen planpulje 2024', 'Plan', 100000000, 2024, '2024-01-01', '2024-03-01', '2024-06-30', 'closed') RETURNING id" | head -n 1)
sql "INSERT INTO application (pool_id, draft_no, resume_hash, case_no, status, submitted, decided)
    VALUES ($P2, '99998802', '\$argon2id\$x', 'PLAN-APP-2', 'awarded', '2024-02-01', '2024-08-01')" >/dev/null
req GET "/staff/plans/2024?asof=2025-01-15" -b "$PJ"
expect_body 'Puljer i finansåret: 1 rettidigt, 1 for sent, 0 endnu ikke udmøntet' "a pool disbursed late"
expect_body 'data-goal="1.5" data-year="2024" data-state="not_met"' "makes 1.5 not met"

# The reporting cadence: administrators only.  An administrator without
# management sees the plans, but not the service-time goals it is not
# given (they stay open, and say so).
req GET /staff/plans/2024/settings -b "$PJ"
expect_status 403 "management does not change the cadence"
new_staff planadmin "Plan-Admin-Kode-1"
sql "UPDATE staff SET roles = ARRAY['admin'] WHERE username = 'planadmin'" >/dev/null
staff_login planadmin "Plan-Admin-Kode-1"
AJ=$TMP/plan-admin.jar
cp "$JAR" "$AJ"
req GET /staff/plans/2024 -b "$AJ"
expect_status 200 "an administrator sees the plan"
expect_body 'Målet er ikke et af dine' "but not the service-time goals of another role"
expect_body 'href="/staff/plans/2024/settings"' "and may change the cadence"
ncad() { sql "SELECT count(*) FROM audit WHERE entity = 'plan' AND action = 'cadence'"; }
SU=/staff/plans/2024/settings
req GET "$SU" -b "$AJ"
expect_body '<option value="21" selected>' "the form starts from 21 days"
expect_body 'id="merge_q1" name="merge_q1" value="1" checked' "and Q1 with Q2"
cp "$BODY" "$TMP/plan-settings.html"
form_post "$SU" "$AJ" "deadline_days=15"
expect_status 400 "15 days is not a choice"
expect_body 'aria-describedby="deadline_days-err"' "the field is marked"
cp "$TMP/plan-settings.html" "$BODY"
form_post "$SU" "$AJ" "deadline_days=14"
expect_status 303 "14 days, each quarter on its own"
cp "$TMP/plan-settings.html" "$BODY"
form_post "$SU" "$AJ" "deadline_days=14"
expect_header 'same=1' "the same again changes nothing"
expect "one audit row" [ "$(ncad)" = 1 ]
req GET /staff/plans/2024/q1 -b "$AJ"
expect_status 200 "now Q1 has a report of its own"
expect_body 'senest 2024-04-14' "due 14 days after Q1"
cp "$TMP/plan-settings.html" "$BODY"
form_post "$SU" "$AJ" "deadline_days=21" "merge_q1=1"
expect_status 303 "and back"
req GET /staff/plans/2024/q1 -b "$AJ"
expect_status 404 "Q1 is with Q2 again"

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

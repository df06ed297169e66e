# The results plan as CSV (/staff/plans/<year>/plan.csv): the plan page's
# figures, verdicts and points for the plan's year and the two before,
# in the house CSV form; who may fetch it; a year without a plan.

CJ=$TMP/plancsv.jar
new_staff plancsvnobody "Plan-Csv-Ingen-1"
staff_login plancsvnobody "Plan-Csv-Ingen-1"
req GET /staff/plans/2024/plan.csv -b "$JAR"
expect_status 403 "a caseworker does not get the plan"

staff_login leder "$DEMO_PW"
cp "$JAR" "$CJ"
req GET /staff/plans/2024 -b "$CJ"
expect_body 'href="/staff/plans/2024/plan.csv?asof=' "the plan links to its CSV"
req GET "/staff/plans/2024/plan.csv?asof=2024-12-31" -b "$CJ"
expect_status 200 "the 2024 plan as CSV"
expect_header '^Content-Type: text/csv; charset=utf-8' "as CSV"
expect_header '^Content-Disposition: attachment; filename="resultatplan-2024.csv"' "as a download"
expect "it starts with the BOM and the header" sh -c "head -c 3 '$BODY' | od -An -tx1 | grep -q 'ef bb bf' && head -n 1 '$BODY' | grep -qF 'year;goal;name;subgoal;kind;target;result;extra;unit;marks;verdict;points;from_data'"
expect "one goal row per goal and year: 14 goals x 3 years" [ "$(grep -cE '^(.{3})?20(22|23|24);[0-9]+\.[0-9]+;[^;]*;;' "$BODY")" = 42 ]
expect_body '2022;2.1;God budgettering;;groups;;;;;;Ikke opfyldt;0,00;' "2.1 not met in 2022, no points"
expect_body '2023;2.1;God budgettering;;groups;;;;;;Ikke opfyldt;0,00;' "nor in 2023"
expect_body 'Øvrige bevillinger inden for loft: grundbudget;c;budget;10;-15;;%;;Ikke opfyldt;;' "2.1 c's 2022 deviation is a negative number, not quoted text"
expect_body '2022;i alt;Målopfyldelsesgrad;;;;;;;;;21,43;' "the 2022 total: 3 of 14 goals met, 21,43"
# (Other tests add 2024's cases: the figure's words depend on them.)
expect "what frist found itself for a service-time sub-goal" sh -c "tr -d '\\r' < '$BODY' | grep -qE '^2024;1\\.5;[^;]*;b1;service;;;;;;[^;]+;;[^;]+\$'"
req GET /staff/plans/2023/plan.csv -b "$CJ"
expect_status 404 "no plan for 2023"
req GET /staff/plans/2024/plan.csv?asof=31.12.2024 -b "$CJ"
expect_status 400 "a bad as-of day"

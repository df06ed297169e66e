# A new year's results plan from the staff pages (/staff/plans/new,
# admin): the form's checks, a copy of 2024's goals and sub-goals to 2025
# without results, an empty plan, one plan for a repeated POST, the audit.

NU=/staff/plans/new
NJ=$TMP/plan-new.jar
nplan() { sql "SELECT count(*) FROM plan WHERE year = $1"; }
naudit_new() { sql "SELECT count(*) FROM audit WHERE entity = 'plan' AND action = 'create'"; }

# Management sees the plans but does not make one; a caseworker neither.
staff_login leder "$DEMO_PW"
req GET /staff/plans/ -b "$JAR"
expect_no_body 'href="/staff/plans/new"' "management has no link to a new plan"
req GET $NU -b "$JAR"
expect_status 403 "nor the form"
new_staff plannewcw "Plan-Ny-Sagsbeh-1"
staff_login plannewcw "Plan-Ny-Sagsbeh-1"
req GET $NU -b "$JAR"
expect_status 403 "a caseworker does not make a plan"

new_staff plannewadm "Plan-Ny-Admin-Kode-1"
sql "UPDATE staff SET roles = ARRAY['admin'] WHERE username = 'plannewadm'" >/dev/null
staff_login plannewadm "Plan-Ny-Admin-Kode-1"
cp "$JAR" "$NJ"
req GET /staff/plans/ -b "$NJ"
expect_body '<a class="button" href="/staff/plans/new">Ny resultatplan</a>' "an administrator has the link"
req GET $NU -b "$NJ"
expect_status 200 "the form"
expect_body 'name="once" value="' "it has a one-time key"
expect_body '<option value="2024" selected>2024: Resultatplan 2024 for Social- og Boligstyrelsen (14 mål)</option>' "it offers the newest plan to copy"
expect_body '<option value="none">ingen (en tom plan)</option>' "or none"
expect_body 'id="year" name="year" value="2025"' "and the year after it"
expect_body 'følger i stedet alle det nye års puljer' "it says what becomes of a named pool"
FORM=$TMP/plan-new-form.html
cp "$BODY" "$FORM"
npost() { cp "$FORM" "$BODY"; form_post $NU "$NJ" "$@"; }

npost "year=1999" "name=Plan Øst" "source=2024"
expect_status 422 "a year before 2000 is refused"
expect_body 'aria-describedby="year-err"' "at the field"
expect_body 'value="1999"' "the typed year is kept"
expect_body 'value="Plan Øst"' "and the name"
npost "year=2025" "name=" "source=2024"
expect_status 422 "a plan needs a name"
expect_body 'aria-describedby="name-err"' "the name is marked"
npost "year=2025" "name=$(printf 'x%.0s' $(seq 301))" "source=2024"
expect_status 422 "a name of 301 characters is refused"
npost "year=2025" "name=Plan Øst" "source=2023"
expect_status 422 "a source year without a plan is refused"
expect_body 'Vælg en resultatplan, der findes, eller »ingen (en tom plan)«.' "and says so"
expect_body 'aria-describedby="source-err"' "at the field"
npost "year=2024" "name=Plan Øst" "source=2022"
expect_status 409 "a year that has a plan is refused"
expect_body 'Der er allerede en resultatplan for 2024. Vælg et andet år.' "in Danish"
expect_body 'aria-describedby="year-err"' "at the field"
expect_body 'value="Plan Øst"' "the name is kept"
expect_body '<option value="2022" selected>' "and the source chosen"
expect "nothing was made or audited" [ "$(nplan 2025)" = 0 -a "$(naudit_new)" = 0 ]

# No CSRF token: refused before anything.
req POST $NU -b "$NJ" --data-urlencode "once=$(once_key)" -d year=2025 -d name=x -d source=2024
expect_status 403 "a POST without the CSRF token"
expect "made no plan" [ "$(nplan 2025)" = 0 ]

npost "year=2025" "name=Resultatplan 2025 for Social- og Boligstyrelsen" "source=2024"
expect_status 303 "2024 copied to 2025"
expect_header '^Location: /staff/plans/2025\?created=1&from=2024' "and the new plan is shown"
npost "year=2025" "name=Resultatplan 2025 for Social- og Boligstyrelsen" "source=2024"
expect_status 303 "the same form again"
expect_header '^Location: /staff/plans/2025\?created=1&again=1' "is answered as the first"
expect "one plan" [ "$(nplan 2025)" = 1 ]
expect "one audit row" [ "$(naudit_new)" = 1 ]
expect "the audit says what was copied" [ "$(sql "SELECT detail FROM audit WHERE entity = 'plan' AND action = 'create' AND entity_id = '2025'")" = "»Resultatplan 2025 for Social- og Boligstyrelsen«, kopi af 2024: 14 mål, $(sql "SELECT count(*) FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = 2024") delmål" ]
goals() { sql "SELECT string_agg(number || ':' || name || ':' || rule || ':' || sort, ',' ORDER BY number) FROM plan_goal WHERE plan_year = $1"; }
subs() { sql "SELECT string_agg(g.number || s.letter || ':' || s.kind || ':' || s.grp || ':' || s.cmp || ':' || coalesce(s.goal_code, '') || ':' || s.sort || ':' || md5(s.description), ',' ORDER BY g.number, s.letter) FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = $1"; }
expect "the same goals (number, name, rule, order)" [ "$(goals 2025)" = "$(goals 2024)" ]
expect "the same sub-goals" [ "$(subs 2025)" = "$(subs 2024)" ]
expect "the same cadence" [ "$(sql "SELECT deadline_days || '/' || merge_q1 FROM plan WHERE year = 2025")" = "21/true" ]
dl() { sql "SELECT string_agg(g.number || s.letter || ':' || coalesce(to_char(s.deadline + make_interval(years => $2), 'YYYY-MM-DD'), '-'), ',' ORDER BY g.number, s.letter) FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = $1"; }
expect "the milestones' deadlines a year on" [ "$(dl 2025 0)" = "$(dl 2024 1)" ]
expect "no results, verdicts or follow-ups" [ "$(sql "SELECT (SELECT count(*) FROM plan_result r JOIN plan_subgoal s ON s.id = r.subgoal_id JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = 2025) + (SELECT count(*) FROM plan_verdict v JOIN plan_goal g ON g.id = v.goal_id WHERE g.plan_year = 2025) + (SELECT count(*) FROM plan_followup f JOIN plan_goal g ON g.id = f.goal_id WHERE g.plan_year = 2025)")" = 0 ]
req GET "/staff/plans/2025?created=1&from=2024" -b "$NJ"
expect_status 200 "the 2025 plan"
expect_body 'Planen er oprettet med målene og delmålene fra 2024.' "says it was made"
expect_body 'Mål 2.1 God budgettering' "with 2024's goals"
req GET "/staff/plans/2025?asof=2025-01-01" -b "$NJ"
expect "as of its first day no goal of 2025 is judged yet" [ "$(grep -c 'data-year="2025" data-state="na"><strong class="verdict verdict-na">Kan endnu ikke vurderes</strong>' "$BODY")" = 14 ]
req GET /staff/plans/ -b "$NJ"
expect_body '<a href="/staff/plans/2025">2025</a></td><td>Resultatplan 2025 for Social- og Boligstyrelsen</td><td class="num">14</td>' "the list has it with 14 goals"

# Correcting a goal of the new plan: its name and rule, its sub-goals'
# descriptions and groups (admin); the same again changes nothing.
GU=/staff/plans/2025/goals/2.1
req GET /staff/plans/2025 -b "$NJ"
expect_body "href=\"$GU\">Ret målet" "the plan links each goal's form for an administrator"
staff_login leder "$DEMO_PW"
req GET "$GU" -b "$JAR"
expect_status 403 "management does not change a goal"
req GET /staff/plans/2025 -b "$JAR"
expect_no_body "href=\"$GU\"" "nor has the link"
req GET /staff/plans/2025/goals/9.9 -b "$NJ"
expect_status 404 "a goal the plan does not have"
req GET "$GU" -b "$NJ"
expect_status 200 "the goal's form"
expect_body 'id="name" name="name" value="God budgettering"' "it starts from the goal's name"
expect_body '<option value="groups" selected>' "and its rule"
SA=$(sql "SELECT s.id FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = 2025 AND g.number = '2.1' AND s.letter = 'a'")
GA=$(sql "SELECT grp FROM plan_subgoal WHERE id = $SA")
expect_body "id=\"grp_$SA\" name=\"grp_$SA\" value=\"$GA\"" "and each sub-goal's group"
GFORM=$TMP/plan-goal-form.html
cp "$BODY" "$GFORM"
# The form's fields as they are, with some changed: gpost field=value...
gpost() {
	cp "$GFORM" "$BODY"
	args=()
	given=" ${*%%=*} "
	for s in $(sql "SELECT s.id FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = 2025 AND g.number = '2.1'"); do
		case $given in *" descr_$s "*) ;; *) args+=("descr_$s=$(sql "SELECT description FROM plan_subgoal WHERE id = $s")") ;; esac
		case $given in *" grp_$s "*) ;; *) args+=("grp_$s=$(sql "SELECT grp FROM plan_subgoal WHERE id = $s")") ;; esac
	done
	form_post "$GU" "$NJ" "${args[@]}" "$@"
}
nedit() { sql "SELECT count(*) FROM audit WHERE entity IN ('plan_goal', 'plan_subgoal') AND action = 'edit'"; }
gpost "name=" "rule=groups"
expect_status 422 "a goal needs a name"
expect_body 'aria-describedby="name-err"' "at the field"
gpost "name=God økonomistyring" "rule=groups" "grp_$SA=10" "descr_$SA=Ny tekst"
expect_status 422 "a group of 10 is refused"
expect_body "aria-describedby=\"grp_$SA-err\"" "at the sub-goal's field"
expect_body 'value="God økonomistyring"' "the typed name is kept"
expect_body 'Ny tekst</textarea>' "and the typed description"
expect "nothing was changed or audited" [ "$(nedit)" = 0 ]
gpost "name=God økonomistyring" "rule=all" "descr_$SA=Budgetafvigelsen højst 2 pct."
expect_status 303 "a good change"
expect_header "^Location: $GU\\?done=1\$" "and the form is shown again"
expect "the goal is changed" [ "$(sql "SELECT name || '/' || rule FROM plan_goal WHERE plan_year = 2025 AND number = '2.1'")" = "God økonomistyring/all" ]
expect "and the sub-goal" [ "$(sql "SELECT description FROM plan_subgoal WHERE id = $SA")" = "Budgetafvigelsen højst 2 pct." ]
expect "one audit row each" [ "$(nedit)" = 2 ]
expect "2024's goal is as it was" [ "$(sql "SELECT name || '/' || rule FROM plan_goal WHERE plan_year = 2024 AND number = '2.1'")" = "God budgettering/groups" ]
gpost "name=God økonomistyring" "rule=all"
expect_header 'same=1' "the same again changes nothing"
expect "and writes no audit row" [ "$(nedit)" = 2 ]
req GET /staff/plans/2025 -b "$NJ"
expect_body 'Mål 2.1 God økonomistyring' "the plan shows the new name"
expect_body 'når alle delmål er opfyldt' "and rule"

# An empty plan, with the default cadence.
req GET $NU -b "$NJ"
expect_body '<option value="2025" selected>' "the newest plan is now 2025"
cp "$BODY" "$FORM"
npost "year=2031" "name=Tom plan" "source=none"
expect_status 303 "an empty plan"
expect_header '^Location: /staff/plans/2031\?created=1$' "shown without a source"
expect "with no goals and the default cadence" [ "$(sql "SELECT deadline_days || '/' || merge_q1 || '/' || (SELECT count(*) FROM plan_goal WHERE plan_year = 2031) FROM plan WHERE year = 2031")" = "21/false/0" ]
req GET "/staff/plans/2031?created=1" -b "$NJ"
expect_body 'Planen er oprettet uden mål.' "says it is empty"

# The demo's plans stay as they were for the other tests.
sql "DELETE FROM plan WHERE year IN (2025, 2031)" >/dev/null

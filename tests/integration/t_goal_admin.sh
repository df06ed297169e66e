# Administrators set goals up at /staff/goals/admin: others may not; a
# new goal is made once however often its form is sent, with a code that
# is no other page's name, inactive until it has a version; names, order
# and state are changed per row, with the typed values kept on an error;
# every change is audited; the dashboard shows the active goals only.

AJ=$TMP/goaladmin.jar
AU=/staff/goals/admin
ngoals() { sql "SELECT count(*) FROM goal WHERE code = '$1'"; }
naudit() { sql "SELECT count(*) FROM audit WHERE entity = 'goal' AND action = '$1'"; }

new_staff ganonadmin "Ikke-Admin-Kode-3"
staff_login ganonadmin "Ikke-Admin-Kode-3"
req GET "$AU" -b "$JAR"
expect_status 403 "only administrators set goals up"
expect_body 'Kun administratorer' "the refusal says why"

staff_login demo "$DEMO_PW"
cp "$JAR" "$AJ"
req GET "$AU" -b "$AJ"
expect_status 200 "the set-up page"
expect_body '<td>grants.accounts</td>' "the seeded goals are listed"
expect_body '155 kalenderdage, 90,0 %' "with the rule of their newest version"
expect_body 'Regnskaber<br><span class="hint">Modtaget → Afgjort</span>' "and their cases with start and stop events"
expect_body '<option value="wb_feedback">Whistleblowerhenvendelser: Modtaget → Tilbagemelding til anmelder</option>' \
    "the populations are offered with their events"
expect_body 'name="once" value="' "the new goal's form has a one-time key"
PAGE=$TMP/goaladmin.html
cp "$BODY" "$PAGE"
apost() {	# apost field=value... (the new-goal form in $PAGE)
	cp "$PAGE" "$BODY"
	form_post "$AU" "$AJ" action=add "$@"
}

apost "code=Nyt mål" "name=" "sort=x"
expect_status 422 "a bad new goal is refused"
expect_body '»Kode« skal begynde med et lille bogstav (a–z).' "the bad code is named"
expect_body 'Udfyld feltet »Navn«.' "the missing name is named"
expect_body 'Vælg, hvilke sager målet gælder.' "the missing population is named"
expect_body 'value="Nyt mål"' "the typed code is kept"
expect_body 'value="x"' "the typed order is kept"
expect_body 'aria-describedby="code-err"' "the code field is marked"
apost "code=overview.csv" "name=Test" "population=status" "sort=5"
expect_status 422 "a code that is another page's name is refused"
expect_body '»Kode« er navnet på en side under målene.' "and named so"
expect_body '<option value="status" selected>' "the chosen population is kept"
apost "code=admin" "name=Test" "population=status" "sort=5"
expect_status 422 "the set-up page's own name too"
apost "code=test.a-b" "name=Test" "population=status" "sort=5"
expect_status 422 "a code with other signs"
expect_body '»Kode« må kun indeholde små bogstaver' "is refused with the allowed signs"
expect "nothing is made from refused forms" [ "$(ngoals test.status)" = 0 ]

apost "code=test.status" "name=Statusrapporter på 30 dage" "population=status" "sort=70"
expect_status 303 "a good form makes the goal"
expect "back to the list with a notice" [ "$(location)" = "$AU?created=test.status" ]
expect "exactly one goal" [ "$(ngoals test.status)" = 1 ]
row=$(sql "SELECT name, population, sort, active, (SELECT count(*) FROM goal_version v WHERE v.goal_id = g.id) FROM goal g WHERE code = 'test.status'")
expect "stored as typed, inactive and without versions" [ "$row" = "Statusrapporter på 30 dage|status|70|f|0" ]
expect "and audited once" [ "$(naudit create)" = 1 ]
apost "code=test.status" "name=Statusrapporter på 30 dage" "population=status" "sort=70"
expect_status 303 "the same form again (reload, double click)"
expect "says it was done already" [ "$(location)" = "$AU?again=1" ]
expect "and makes no second goal" [ "$(ngoals test.status)" = 1 ]
expect "nor a second audit row" [ "$(naudit create)" = 1 ]
req GET "$AU?created=test.status" -b "$AJ"
expect_body 'Målet er oprettet.' "the notice"
expect_body 'href="/staff/goals/test.status/versions">Versioner (0)' "the new goal links to its versions"
expect_body 'Ingen version endnu' "and has no rule yet"
cp "$BODY" "$PAGE"
apost "code=test.status" "name=Igen" "population=accounts" "sort=1"
expect_status 409 "a code that is taken, from a new form"
expect_body 'Der findes allerede et mål med den kode.' "is refused with a reason"
expect_body 'value="Igen"' "the typed name is kept"

GID=$(sql "SELECT id FROM goal WHERE code = 'test.status'")
rpost() {	# rpost ID field=value... (a row's form)
	req GET "$AU" -b "$AJ"
	id=$1; shift
	form_post "$AU" "$AJ" action=save "id=$id" "$@"
}
rpost "$GID" "name=Statusrapporter på 30 dage" sort=70 active=1
expect_status 409 "a goal without a version cannot be made active"
expect_body 'Målet kan først gøres aktivt, når det har en version.' "and the row says why"
expect_body "aria-describedby=\"active-$GID-err\"" "at its checkbox"
expect "it stays inactive" [ "$(sql "SELECT active FROM goal WHERE id = $GID")" = f ]

req GET /staff/goals/test.status/versions -b "$AJ"
expect_status 200 "the new goal's versions page"
form_post /staff/goals/test.status/versions "$AJ" valid_from=2000-01-01 unit=days \
    limit=30 target=80 pauses=gross period_rule=decided
expect_status 303 "its first version"
rpost "$GID" "name=Statusrapporter inden for 30 dage" sort=75 active=1
expect_status 303 "with a version it is made active"
row=$(sql "SELECT name, sort, active FROM goal WHERE id = $GID")
expect "renamed, reordered and active" [ "$row" = "Statusrapporter inden for 30 dage|75|t" ]
expect "audited" [ "$(naudit edit)" = 1 ]
d=$(sql "SELECT detail FROM audit WHERE entity = 'goal' AND action = 'edit'")
expect "the audit says what it became" [ "$d" = "test.status: Statusrapporter inden for 30 dage, rækkefølge 75, aktiv" ]
req GET "/staff/goals/overview.csv?from=2026-01-01&to=2026-03-31" -b "$AJ"
expect_body 'test.status;Statusrapporter inden for 30 dage;' "the active goal is on the dashboard"
req GET /staff/goals/test.status -b "$AJ"
expect_status 200 "and has its drill-down"

rpost "$GID" "name=" sort=abc active=1
expect_status 422 "a bad row is refused"
expect_body "aria-describedby=\"name-$GID-err\"" "the row's name is marked"
expect_body "aria-describedby=\"sort-$GID-err\"" "the row's order is marked"
expect_body "href=\"#sort-$GID\"" "the summary links to the row's field"
expect_body 'value="abc"' "the typed order is kept in the row"
rpost "$GID" "name=Statusrapporter inden for 30 dage" sort=75
expect_status 303 "a goal is made inactive"
req GET "/staff/goals/overview.csv?from=2026-01-01&to=2026-03-31" -b "$AJ"
expect_no_body 'test.status;' "and leaves the dashboard"
req GET /staff/goals/test.status -b "$AJ"
expect_status 404 "and its drill-down"
rpost 999999 name=X sort=1 active=1
expect_status 404 "a goal that does not exist"
expect "an unknown goal changes nothing and is not audited" [ "$(naudit edit)" = 2 ]
req GET "$AU" -b "$AJ"
t=$(csrf)
req POST "$AU" -b "$AJ" --data-urlencode "csrf=$t" --data-urlencode action=delete
expect_status 400 "an unknown action"
req POST "$AU" -b "$AJ" --data-urlencode action=save --data-urlencode "id=$GID" \
    --data-urlencode name=X --data-urlencode sort=1
expect_status 403 "a POST without the CSRF token"
expect "changes nothing" [ "$(sql "SELECT name FROM goal WHERE id = $GID")" = "Statusrapporter inden for 30 dage" ]

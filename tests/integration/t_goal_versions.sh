# Administrators add versions of a goal at /staff/goals/<code>/versions:
# others may not; bad input is refused at its field with the typed values
# kept; a version is made once however often its form is sent, audited,
# never twice from the same day; and the dashboard judges each case by
# the version in force on the day its clock started.

VJ=$TMP/versions.jar
VU=/staff/goals/grants.status/versions
GID=$(sql "SELECT id FROM goal WHERE code = 'grants.status'")
nversions() { sql "SELECT count(*) FROM goal_version WHERE goal_id = $GID"; }
naudit() { sql "SELECT count(*) FROM audit WHERE entity = 'goal' AND entity_id = $GID AND action = 'version'"; }

new_staff gvnonadmin "Ikke-Admin-Kode-2"
staff_login gvnonadmin "Ikke-Admin-Kode-2"
req GET "$VU" -b "$JAR"
expect_status 403 "only administrators see a goal's versions"
req GET /staff/goals/grants.status -b "$JAR"
expect_status 200 "the non-administrator sees the goal"
expect_no_body "href=\"$VU\"" "but no link to its versions"

# Two status reports of 2003, 76 and 50 days: within 155 days both.
for c in "GV-1 2002-12-01 2003-02-15" "GV-2 2003-01-10 2003-03-01"; do
	set -- $c
	sql "INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source)
	    VALUES ('$1', 'status', 'EXT-$1', 'approved', '$2'::date, '$3'::date, 'import')" >/dev/null
done

staff_login demo "$DEMO_PW"
cp "$JAR" "$VJ"
req GET "/staff/goals/overview.csv?from=2003-01-01&to=2003-03-31" -b "$VJ"
expect_body 'grants.status;Statusrapporter behandlet inden for 155 dage;2;2;100,0;90,0;ja;' \
    "before: both cases within the seeded version's 155 days, target 90,0"
req GET /staff/goals/grants.status -b "$VJ"
expect_body "href=\"$VU\"" "the drill-down links administrators to the versions"
req GET "$VU" -b "$VJ"
expect_status 200 "the versions page"
expect_body '<tr><td>2000-01-01</td><td class="num">155 kalenderdage</td><td class="num">90,0 %</td><td>Alle dage tæller (brutto)</td><td>En sag tæller i den periode, den blev afgjort i</td><td>Fra installationen</td>' \
    "the seeded version is listed"
expect_body 'name="once" value="' "the form has a one-time key"
expect_body '<option value="workdays">arbejdsdage</option>' "the units are offered with their labels"
expect_body 'id="target" name="target" value="90"' "the form starts from the newest version"
PAGE=$TMP/versions.html
cp "$BODY" "$PAGE"
vpost() {	# vpost FROM UNIT LIMIT TARGET (the form in $PAGE)
	cp "$PAGE" "$BODY"
	form_post "$VU" "$VJ" "valid_from=$1" "unit=$2" "limit=$3" \
	    "target=$4" "pauses=gross" "period_rule=decided"
}

vpost "1.1.2003" weeks -1 101
expect_status 422 "a bad form is refused"
expect_body '»Gælder fra« skal være en dato på formen ÅÅÅÅ-MM-DD.' "the bad date is named"
expect_body 'Vælg en gyldig værdi i »Enhed«.' "the unknown unit is named"
expect_body '»Frist« skal være mellem 0 og 3650.' "the limit's range is named"
expect_body '»Mål for andel« skal være en procentsats mellem 0 og 100 med højst én decimal' "the target's range is named"
expect_body 'value="1.1.2003"' "the typed date is kept"
expect_body 'value="-1"' "the typed limit is kept"
expect_body 'value="101"' "the typed target is kept"
expect_body 'aria-describedby="target-err"' "the target field is marked"
vpost 2003-01-01 months 121 "92,55"
expect_status 422 "months over 120 and two decimals are refused"
expect_body '»Frist« skal være mellem 0 og 120, når enheden er måneder.' "the months' range is named"
expect_body 'value="92,55"' "the typed target is kept"
expect "nothing is saved from a refused form" [ "$(nversions)" = 1 ]
expect "nor audited" [ "$(naudit)" = 0 ]

vpost 2003-01-01 days 30 "75,5"
expect_status 303 "a good form makes the version"
expect "back to the versions page with a notice" [ "$(location)" = "$VU?done=created" ]
expect "exactly one new version" [ "$(nversions)" = 2 ]
row=$(sql "SELECT valid_from, unit, limit_n, target_permille, pauses, period_rule, staff_id = (SELECT id FROM staff WHERE username = 'demo') FROM goal_version WHERE goal_id = $GID AND valid_from = '2003-01-01'")
expect "stored as typed, target in per mille, with who made it" [ "$row" = "2003-01-01|days|30|755|gross|decided|t" ]
expect "and one audit row" [ "$(naudit)" = 1 ]
d=$(sql "SELECT detail FROM audit WHERE entity = 'goal' AND entity_id = $GID AND action = 'version'")
expect "the audit says what the version is" sh -c "printf '%s' '$d' | grep -qF 'fra 2003-01-01, 30 days, 75,5 %, gross, decided'"
req GET "$VU?done=created" -b "$VJ"
expect_body 'Den nye version er gemt.' "the success notice"
expect_body '<tr><td>2003-01-01</td><td class="num">30 kalenderdage</td><td class="num">75,5 %</td>' "the new version is listed"

vpost 2003-01-01 days 30 "75,5"
expect_status 303 "the same form again is answered as the first"
expect "to the notice that it was saved already" [ "$(location)" = "$VU?done=created&again=1" ]
expect "no second version" [ "$(nversions)" = 2 ]
expect "no second audit row" [ "$(naudit)" = 1 ]

req GET "$VU" -b "$VJ"
cp "$BODY" "$PAGE"
vpost 2003-01-01 days 40 80
expect_status 422 "a second version from the same day is refused"
expect_body 'Målet har allerede en version, der gælder fra 2003-01-01.' "with a clear message"
expect_body 'aria-describedby="valid_from-err"' "at the date"
expect_body 'id="limit" name="limit" value="40"' "the typed values are kept"
expect "no version is added" [ "$(nversions)" = 2 ]
expect "nor audited" [ "$(naudit)" = 1 ]

# The dashboard counts at most 64 versions of a goal: no 65th.
sql "INSERT INTO goal_version (goal_id, valid_from, unit, limit_n, target_permille, pauses, period_rule)
    SELECT $GID, DATE '2040-01-01' + n, 'days', 155, 900, 'gross', 'decided' FROM generate_series(1, 62) AS n" >/dev/null
req GET "$VU" -b "$VJ"
cp "$BODY" "$PAGE"
vpost 2050-01-01 days 40 80
expect_status 422 "a 65th version is refused"
expect_body 'Målet har allerede 64 versioner, det højeste antal.' "with the reason"
expect "no version is added" [ "$(nversions)" = 64 ]
sql "DELETE FROM goal_version WHERE goal_id = $GID AND valid_from > DATE '2040-01-01'" >/dev/null

# GV-1 started under the seeded version (155 days: within), GV-2 under
# the new one (30 days: 50 is late); the period ends under the new one.
req GET "/staff/goals/overview.csv?from=2003-01-01&to=2003-03-31" -b "$VJ"
expect_body 'grants.status;Statusrapporter behandlet inden for 155 dage;2;1;50,0;75,5;nej;' \
    "after: each case judged by its own version, the new target shown"
req GET "/staff/goals/grants.status?from=2003-01-01&to=2003-03-31" -b "$VJ"
expect_body 'Tallene blander 2 versioner af målet' "the drill-down says the figures mix two versions"

# The other tests see the goal as seeded.
sql "DELETE FROM goal_version WHERE goal_id = $GID AND valid_from = '2003-01-01'" >/dev/null
sql "DELETE FROM submission WHERE case_no IN ('GV-1', 'GV-2')" >/dev/null

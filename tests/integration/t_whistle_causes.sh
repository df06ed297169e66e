# The cause list is edited by staff and reaches the public form.

CJ=$TMP/causes.jar
staff_login demo "$DEMO_PW"
cp "$JAR" "$CJ"
req GET /staff/whistle/ -b "$CJ"
expect_body 'href="/staff/whistle/causes"' "the queue links to the cause list"
req GET /staff/whistle/causes -b "$CJ"
expect_status 200 "the cause list"
expect_body 'value="Pædagogik"' "the seeded causes are listed"
t=$(csrf)
req POST /staff/whistle/causes -b "$CJ" --data-urlencode "csrf=$t" \
    --data-urlencode action=add --data-urlencode "label=" --data-urlencode sort=70
expect_status 422 "a cause without a name is refused"
req GET /staff/whistle/causes -b "$CJ"
o=$(once_key)
expect "the form of a new cause carries a one-time key" [ -n "$o" ]
req POST /staff/whistle/causes -b "$CJ" --data-urlencode "csrf=$t" --data-urlencode "once=$o" \
    --data-urlencode action=add --data-urlencode "label=Magtanvendelse" --data-urlencode sort=70
expect_status 303 "staff add a cause"
# A double click: the same POST again.
req POST /staff/whistle/causes -b "$CJ" --data-urlencode "csrf=$t" --data-urlencode "once=$o" \
    --data-urlencode action=add --data-urlencode "label=Magtanvendelse" --data-urlencode sort=70
expect_status 303 "the same POST again"
expect_header '^Location: /staff/whistle/causes\?again=1' "is told it was done"
req GET /staff/whistle/causes?again=1 -b "$CJ"
expect_body 'årsagen er tilføjet én gang' "which the list says"
n=$(sql "SELECT count(*) FROM whistle_cause WHERE label = 'Magtanvendelse'")
expect "one cause, not two" [ "$n" = 1 ]
# Another form with the same name.
o=$(once_key)
req POST /staff/whistle/causes -b "$CJ" --data-urlencode "csrf=$t" --data-urlencode "once=$o" \
    --data-urlencode action=add --data-urlencode "label=Magtanvendelse" --data-urlencode sort=71
expect_status 409 "the same cause twice is refused"
expect_body 'findes allerede' "and the page says why"
n=$(sql "SELECT count(*) FROM whistle_audit WHERE action = 'cause_add' AND detail = 'Magtanvendelse'")
expect "adding a cause is audited" [ "$n" = 1 ]
sleep 1.2	# the form looks for changes once a second
req GET /whistleblower/
expect_body '>Magtanvendelse</option>' "the new cause is on the public form"
id=$(sql "SELECT id FROM whistle_cause WHERE label = 'Magtanvendelse'")
req POST /staff/whistle/causes -b "$CJ" --data-urlencode "csrf=$t" --data-urlencode action=save \
    --data-urlencode "id=$id" --data-urlencode "label=Magtanvendelse" --data-urlencode sort=70
expect_status 303 "staff deactivate a cause (no 'active' box)"
sleep 1.2
req GET /whistleblower/
expect_no_body '>Magtanvendelse</option>' "a deactivated cause leaves the form"
n=$(sql "SELECT count(*) FROM whistle_cause WHERE label = 'Magtanvendelse' AND NOT active")
expect "and stays in the table for old reports" [ "$n" = 1 ]
# Saving a cause that does not exist changes nothing, so nothing is audited.
none=$(sql "SELECT coalesce(max(id), 0) + 1000 FROM whistle_cause")
req POST /staff/whistle/causes -b "$CJ" --data-urlencode "csrf=$t" --data-urlencode action=save \
    --data-urlencode "id=$none" --data-urlencode "label=Spøgelsesårsag" --data-urlencode sort=80 \
    --data-urlencode active=1
expect_status 404 "saving a cause that does not exist is 404"
expect_body 'Årsagen findes ikke' "and the page says why"
n=$(sql "SELECT count(*) FROM whistle_audit WHERE action = 'cause_edit' AND detail = 'Spøgelsesårsag'")
expect "and is not audited" [ "$n" = 0 ]
n=$(sql "SELECT count(*) FROM whistle_cause WHERE label = 'Spøgelsesårsag'")
expect "nor made" [ "$n" = 0 ]

# Administrators change the rules' settings; others may not.

SJ=$TMP/settings.jar
new_staff nonadmin "Ikke-Admin-Kode-1"
staff_login nonadmin "Ikke-Admin-Kode-1"
req GET /staff/settings -b "$JAR"
expect_status 403 "only administrators see the settings"
expect_body 'Kun administratorer' "the refusal is explained"
staff_login demo "$DEMO_PW"
cp "$JAR" "$SJ"
req GET /staff/ -b "$SJ"
expect_body 'href="/staff/settings"' "administrators find the settings from the front page"
req GET /staff/settings -b "$SJ"
expect_status 200 "the settings page"
expect_body 'value="500.000,00"' "the auditor threshold is shown in kroner"
t=$(csrf)
form() {
	req POST /staff/settings -b "$SJ" --data-urlencode "csrf=$t" \
	    --data-urlencode "grants.auditor_threshold_ore=$1" \
	    --data-urlencode "grants.clock_limit_days=$2" \
	    --data-urlencode "grants.clock_pauses=$3" \
	    --data-urlencode "grants.deviation_permille=100" \
	    --data-urlencode "mail.digest_workdays=1" \
	    --data-urlencode "grants.risk_days=30" \
	    --data-urlencode "grants.obligations_soon_days=14" \
	    --data-urlencode "grants.payment_stop_days=30" \
	    --data-urlencode "grants.remind_before_days_1=14" \
	    --data-urlencode "grants.remind_before_days_2=3" \
	    --data-urlencode "grants.remind_overdue_every_days=7" \
	    --data-urlencode "grants.remind_overdue_max=4" \
	    --data-urlencode "grants.remind_working_days=0" \
	    --data-urlencode "whistle.max_failures_per_minute=60" \
	    --data-urlencode "whistle.retention_days=730"
}
form "500.000,00" 0 5
expect_status 422 "values outside their range are refused"
expect_body 'skal være mellem 1 og 3650' "the limit's range is named"
expect_body 'skal være mellem 0 og 1' "clock pauses are 0 or 1"
expect_body 'value="5"' "the typed values are kept"
n=$(sql "SELECT value FROM setting WHERE key = 'grants.clock_limit_days'")
expect "nothing is saved from a refused form" [ "$n" = 155 ]
form "250.000,00" 155 1
expect_status 303 "valid settings are saved"
n=$(sql "SELECT value FROM setting WHERE key = 'grants.auditor_threshold_ore'")
expect "the threshold is stored in øre" [ "$n" = 25000000 ]
n=$(sql "SELECT count(*) FROM audit WHERE entity = 'setting' AND action IN ('grants.auditor_threshold_ore', 'grants.clock_pauses')")
expect "each change is audited (2), unchanged ones are not" [ "$n" = 2 ]
n=$(sql "SELECT detail FROM audit WHERE entity = 'setting' AND action = 'grants.auditor_threshold_ore'")
expect "with the old and the new value" [ "$n" = "50000000 -> 25000000" ]
form "500.000,00" 155 0
n=$(sql "SELECT value FROM setting WHERE key = 'grants.clock_pauses'")
expect "and back" [ "$n" = 0 ]

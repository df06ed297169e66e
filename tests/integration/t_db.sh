# Database roles, migrations and outages.

out=$(sql_as portal "SELECT count(*) FROM staff")
expect "the portal role cannot read staff accounts" grep -q 'permission denied' <<<"$out"
out=$(sql_as portal "SELECT count(*) FROM staff_session")
expect "the portal role cannot read sessions" grep -q 'permission denied' <<<"$out"
out=$(sql_as portal "UPDATE pool SET name = 'x'")
expect "the portal role cannot change pools" grep -q 'permission denied' <<<"$out"
out=$(sql_as whistle "SELECT count(*) FROM pool")
expect "the whistleblower role cannot read pools" grep -q 'permission denied' <<<"$out"
out=$(sql_as whistle "SELECT count(*) FROM staff")
expect "the whistleblower role cannot read staff accounts" grep -q 'permission denied' <<<"$out"
out=$(sql_as staff "SELECT pw_hash FROM staff LIMIT 1")
expect "the staff role reads password hashes to log in" grep -q '^\$argon2id\$' <<<"$out"
out=$(sql_as staff "UPDATE staff SET pw_hash = 'x'")
expect "the staff role cannot overwrite password hashes" grep -q 'permission denied' <<<"$out"

# The lookups by owner and the session purges have their indexes (010).
for ix in attachment_application_idx attachment_submission_idx award_pool_idx \
    whistle_file_report_idx applicant_session_expires_idx \
    recipient_session_expires_idx staff_session_expires_idx; do
	n=$(sql "SELECT count(*) FROM pg_indexes WHERE indexname = '$ix'")
	expect "index $ix exists" [ "$n" = 1 ]
done
out=$(sql "UPDATE pool SET application_based = '' WHERE id = (SELECT min(id) FROM pool)" 2>&1)
expect "a pool cannot be stored without 'ansøgningsbaseret'" grep -q 'pool_application_based_check' <<<"$out"

# Migrations are recorded and a second setup changes nothing.
n=$(sql "SELECT count(*) FROM schema_migration")
m=$(ls "$SRC"/sql/[0-9]*.sql | wc -l)
expect "every migration is recorded once" [ "$n" = "$m" ]
out=$(sh "$SRC/tools/frist-ctl" setup 2>&1)
expect "a second setup applies nothing" bash -c "! grep -q applying <<<\"\$1\"" _ "$out"
n=$(sql "SELECT count(*) FROM pool")
expect "a second setup keeps the data (27 pools)" [ "$n" = 27 ]

# Outage: PostgreSQL stops.  Pages that need it answer 503 at once with a
# page; pages that do not still work; when it is back, the same worker
# processes reconnect by themselves.
pids_before=$(pgrep -f "$FRIST_VAR/app/portal.fcgi" | sort | tr '\n' ' ')
PGBIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin | sort -V | tail -n 1)
if [ "$(id -u)" -eq 0 ]; then asdb="setpriv --reuid=frist --regid=frist --init-groups --"; else asdb=""; fi
$asdb "$PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -m fast -w stop >/dev/null
for i in 1 2 3; do
	req GET /grants/
	expect_status 503 "database down, request $i"
done
expect_body 'midlertidigt utilgængelig' "503 page in Danish"
# The id the page shows finds the failure in the program's log.
rid=$(tr -d '\r' < "$HDRS" | sed -n 's/^X-Request-Id: //Ip')
expect "the 503 has a request id" [ -n "$rid" ]
expect "the program's log has the failed request by its id" \
    grep -q "warn: $rid GET /grants/ 503" "$FRIST_VAR/log/portal.log"
expect_header '^Retry-After: ' "503 says when to retry"
req GET /grants/pools/1
expect_status 503 "database down: pool page"
staff_login demo "$DEMO_PW"
expect_status 503 "database down: login"
req GET /whistleblower/
expect_status 200 "the report form needs no database"
$asdb "$PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -l "$FRIST_VAR/log/pg/postgresql.log" -w start >/dev/null
for i in 1 2 3 4; do
	req GET /grants/
	[ "$STATUS" = 200 ] && break
done
expect_status 200 "database back: the programs reconnect"
pids_after=$(pgrep -f "$FRIST_VAR/app/portal.fcgi" | sort | tr '\n' ' ')
expect "no program was restarted to reconnect" [ "$pids_before" = "$pids_after" ]

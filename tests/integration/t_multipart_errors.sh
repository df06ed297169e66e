# A multipart form refused after it was read says why it was refused (an
# unknown address, a bad CSRF token, the database down), never that it
# was badly encoded: http_parse_multipart leaves no reason behind.

req GET /whistleblower/
t=$(csrf) o=$(once_key)
mp_args=(-F "once=$o" -F "subject=Multipart" -F offer_type=voksen -F relation=ansat
    -F "description=Fejlbeskeder" -F anonymity=anonymous)

req POST /whistleblower/findes-ikke -F "csrf=$t" "${mp_args[@]}"
expect_status 404 "a multipart POST to an unknown address"
expect_body 'Adressen findes ikke' "says the address does not exist"
expect_no_body 'korrekt kodet' "not that the form was badly encoded"

req POST /whistleblower/ -F "csrf=forkert$t" "${mp_args[@]}"
expect_status 403 "a multipart report with a bad CSRF token"
expect_body 'Formularen var udløbet' "says the form had expired"
expect_no_body 'korrekt kodet' "not that it was badly encoded"

PGBIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin | sort -V | tail -n 1)
if [ "$(id -u)" -eq 0 ]; then asdb="setpriv --reuid=frist --regid=frist --init-groups --"; else asdb=""; fi
$asdb "$PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -m fast -w stop >/dev/null
req POST /whistleblower/ -F "csrf=$t" "${mp_args[@]}"
expect_status 503 "a multipart report with the database down"
expect_body 'intet af det, du har indsendt, er gemt' "says nothing was saved, try again"
expect_no_body 'korrekt kodet' "not that the form was badly encoded"
$asdb "$PGBIN/pg_ctl" -D "$FRIST_VAR/pg" -l "$FRIST_VAR/log/pg/postgresql.log" -w start >/dev/null
for _ in 1 2 3 4; do
	req GET /grants/
	[ "$STATUS" = 200 ] && break
done
expect_status 200 "the database is back"

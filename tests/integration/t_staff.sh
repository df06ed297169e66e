# Staff login, sessions, CSRF and throttling.

req GET /staff/
expect_status 303 "staff pages need a session"
expect_header '^Location: /staff/login' "strangers are sent to the login page"

req GET /staff/login -c "$JAR"
expect_status 200 "login page"
expect_body 'name="csrf"' "login form carries a CSRF token"
expect_no_header '^Set-Cookie' "no cookie before logging in"

staff_login demo "wrong-password"
expect_status 403 "wrong password"
expect_body 'Brugernavn eller adgangskode er forkert' "wrong password message"
expect_body 'value="demo"' "the typed username is kept in the form"
staff_login nosuchuser "x"
expect_status 403 "unknown user gets the same answer"
expect_body 'Brugernavn eller adgangskode er forkert' "unknown user message is the same"

staff_login "" ""
expect_status 400 "empty login form"
expect_body 'Udfyld feltet »Brugernavn«' "the empty field is named"

# POST without a token, with a forged token, and from another origin.
req POST /staff/login --data-urlencode username=demo --data-urlencode "password=$DEMO_PW"
expect_status 403 "login without a CSRF token"
req POST /staff/login --data-urlencode "csrf=1.deadbeef" --data-urlencode username=demo --data-urlencode "password=$DEMO_PW"
expect_status 403 "login with a forged CSRF token"
req GET /staff/login
t=$(csrf)
req POST /staff/login -H 'Origin: http://evil.example' --data-urlencode "csrf=$t" --data-urlencode username=demo --data-urlencode "password=$DEMO_PW"
expect_status 403 "login from a foreign Origin"
req POST /staff/login -H "Origin: $BASE" --data-urlencode "csrf=$t" --data-urlencode username=demo --data-urlencode "password=$DEMO_PW"
expect_status 303 "login from our own Origin"

staff_login demo "$DEMO_PW"
expect_status 303 "right password"
expect_header '^Location: /staff/' "login goes on to /staff/"
expect_header '^Set-Cookie: frist_staff=[A-Za-z0-9_-]{43}; Path=/staff/; .*HttpOnly; SameSite=Strict' "session cookie is HttpOnly and SameSite=Strict"
tok=$(awk '$6 == "frist_staff" { print $7 }' "$JAR")
n=$(sql "SELECT count(*) FROM staff_session WHERE token_hash = '$tok'")
expect "the raw session token is not stored" [ "$n" = 0 ]

req GET /staff/ -b "$JAR"
expect_status 200 "landing page with a session"
expect_body 'Velkommen, Demo Sagsbehandler' "landing page greets the user"
n=$(sql "SELECT count(*) FROM pool")
expect_body "$n puljer" "landing page reads the database"
# New whistleblower reports, counted in words that agree with the number.
wn=$(sql "SELECT count(*) FROM whistle_report WHERE status = 'received'")
if [ "$wn" = 1 ]; then
	expect_body '1 ny henvendelse venter på registrering' "one new report, in the singular"
else
	expect_body "$wn nye henvendelser venter på registrering" "new reports, in the plural"
fi
expect_no_body '1 nye henvendelser' "never \"1 nye henvendelser\""
expect_header '^Cache-Control: no-store' "staff pages are never cached"

# Logging out needs the token of this session.
req POST /staff/logout -b "$JAR" --data-urlencode "csrf=$t"
expect_status 403 "logout with another form's token is refused"
req GET /staff/ -b "$JAR"
lt=$(csrf)
req POST /staff/logout -b "$JAR" -c "$JAR" --data-urlencode "csrf=$lt"
expect_status 303 "logout"
req GET /staff/ -b "$JAR"
expect_status 303 "the session is gone after logout"

# Server-side expiry: an expired session is refused whatever the cookie says.
staff_login demo "$DEMO_PW"
sql "UPDATE staff_session SET expires = now() - interval '1 second'" >/dev/null
req GET /staff/ -b "$JAR"
expect_status 303 "an expired session is refused"

# Throttling (issue 10): after five failures from one client, its next
# attempt must wait (1 s, growing to at most a minute), even with the
# right password, and gets the answer every failure gets; nothing is
# locked, and the wait ends by itself (t_login_throttle.sh has the rest).
# (Eight failures: a loaded machine's slow answers still meet a wait.)
new_staff throttle "Rigtig-Kode-123"
for i in 1 2 3 4 5 6 7 8; do
	staff_login throttle "forkert$i"
	[ "$i" = 5 ] && expect_status 403 "fifth wrong password"
done
staff_login throttle "Rigtig-Kode-123"
expect_status 403 "right after, even the right password waits"
expect_body 'vent lidt, før du prøver igen' "the wait is explained in the text every failure gets"
expect_no_body 'spærret' "nothing says the account is locked"
until_status 303 70 staff_login throttle "Rigtig-Kode-123"
expect_status 303 "the account opens again by itself within a minute"
# A good login clears the count: four more failures and no wait.
for i in 1 2 3 4; do staff_login throttle "forkert$i"; done
staff_login throttle "Rigtig-Kode-123"
expect_status 303 "a good login resets the failure count"

# The menu shows the whistleblower channel only to those with the role.
req GET /staff/ -b "$JAR"
expect_no_body 'href="/staff/whistle/"' "no whistleblower link without the role"
staff_login demo "$DEMO_PW"
req GET /staff/ -b "$JAR"
expect_body 'href="/staff/whistle/">Whistleblower</a>' "the whistleblower link for the role's holders"

# Login throttling without lock-out (issue 10).  Before, five wrong
# passwords for an existing staff member (or codes for a real grant) gave
# a fast 429 "Kontoen er midlertidigt spærret" and locked it for an hour
# for everyone, while an unknown name never was: the answer told which
# accounts exist, and anyone could lock anyone out.  Now every failure
# gets one answer, and waits are per (name, client) and per client, in
# the programs' memory.  Other clients are other loopback addresses
# (curl --interface): nginx passes the login pages REMOTE_ADDR.
# Equal time is measured by make bench (bench/login.sh), not here.
#
# A wait starts at the failure that makes it, and an attempt made while
# it runs is held back and not counted.  So whether the n-th attempt of a
# series is held depends on how fast the machine answered the ones before
# (a fast CI machine let the 11th through).  Every "must wait" check
# below therefore comes right after exactly five failures of one (name,
# client): none of the five is held, the fifth starts the first wait
# (1 s), and the check is the next request, without an Argon2id in
# between.

# lt_staff ADDR USER PASSWORD: a staff login from the client ADDR.
lt_staff() {
	rm -f "$TMP/lt.jar"
	req GET /staff/login --interface "$1" -c "$TMP/lt.jar"
	t=$(csrf)
	req POST /staff/login --interface "$1" -b "$TMP/lt.jar" \
	    -c "$TMP/lt.jar" --data-urlencode "csrf=$t" \
	    --data-urlencode "username=$2" --data-urlencode "password=$3"
}
# lt_grant ADDR GRANT CODE: a grant recipient's login from ADDR.
lt_grant() {
	rm -f "$TMP/lt.jar"
	req GET /grants/login --interface "$1" -c "$TMP/lt.jar"
	t=$(csrf)
	req POST /grants/login --interface "$1" -b "$TMP/lt.jar" \
	    -c "$TMP/lt.jar" --data-urlencode "csrf=$t" \
	    --data-urlencode "grant_no=$2" --data-urlencode "code=$3"
}
# The answer without what differs by request (token, request id) or by
# the name typed into the form.
lt_norm() {
	sed -e 's/name="csrf" value="[^"]*"/name="csrf" value=""/' \
	    -e "s/value=\"$1\"/value=\"\"/g" -e 's/[0-9a-f]\{16,\}/ID/g' "$BODY"
	printf 'status %s\n' "$STATUS"
}

# --- known and unknown staff users: the same answers -------------------
new_staff lt_victim "Offerets-Kode-42"
same=1 locked=0
for i in 1 2 3 4 5 6 7 8 9 10; do
	lt_staff 127.0.0.3 lt_victim "forkert-$i"
	lt_norm lt_victim > "$TMP/lt_known"
	grep -q 'spærret' "$BODY" && locked=1
	[ "$STATUS" = 429 ] && locked=1
	lt_staff 127.0.0.3 lt_nobody "forkert-$i"
	lt_norm lt_nobody > "$TMP/lt_unknown"
	grep -q 'spærret' "$BODY" && locked=1
	if ! cmp -s "$TMP/lt_known" "$TMP/lt_unknown"; then
		same=0
		diff "$TMP/lt_known" "$TMP/lt_unknown" | head -n 8
	fi
done
expect "10 wrong passwords: a staff user and an unknown name get the same status and page each time" [ $same = 1 ]
expect "no 429 and no \"spærret\" for the existing user" [ $locked = 0 ]
expect_status 403 "the tenth attempt is refused like the first"
expect_body 'Brugernavn eller adgangskode er forkert' "with the one text every failure gets"

# --- a stranger cannot lock a staff member out ------------------------
for i in 1 2 3 4 5; do lt_staff 127.0.0.2 lt_victim "gæt-$i"; done
lt_staff 127.0.0.2 lt_victim "Offerets-Kode-42"
expect_status 403 "the stranger's own client has to wait, even with the right password"
expect_no_body 'spærret' "and is told to wait, not that the account is locked"
for i in 6 7 8 9 10; do lt_staff 127.0.0.2 lt_victim "gæt-$i"; done
lt_staff 127.0.0.1 lt_victim "Offerets-Kode-42"
expect_status 303 "the staff member logs in from another client right after the stranger's 10 attempts"

# --- grant numbers: a real one and one that does not exist ------------
G1=TS-2026-9001
G1CODE=$(sed -n "s/^Tilsagn $G1, adgangskode //p" "$FRIST_VAR/demo-credentials")
same=1 locked=0
for i in 1 2 3 4 5 6 7 8 9 10; do
	lt_grant 127.0.0.5 "$G1" "99998888777766$((10 + i))"
	lt_norm "$G1" > "$TMP/lt_known"
	grep -q 'spærret' "$BODY" && locked=1
	[ "$STATUS" = 429 ] && locked=1
	lt_grant 127.0.0.5 TS-2026-8888 "99998888777766$((10 + i))"
	lt_norm TS-2026-8888 > "$TMP/lt_unknown"
	grep -q 'spærret' "$BODY" && locked=1
	if ! cmp -s "$TMP/lt_known" "$TMP/lt_unknown"; then
		same=0
		diff "$TMP/lt_known" "$TMP/lt_unknown" | head -n 8
	fi
done
expect "10 wrong codes: a real grant and an unknown grant number get the same status and page each time" [ $same = 1 ]
expect "no 429 and no \"spærret\" for the real grant" [ $locked = 0 ]
for i in 1 2 3 4 5; do lt_grant 127.0.0.7 "$G1" "99998888777766$((60 + i))"; done
lt_grant 127.0.0.7 "$G1" "$G1CODE"
expect_status 403 "the guessing client waits, even with the right code"
lt_grant 127.0.0.1 "$G1" "$G1CODE"
expect_status 303 "the recipient logs in from another client right after"

# --- one's own typos: a short wait, then in ---------------------------
for i in 1 2 3 4 5; do lt_staff 127.0.0.6 lt_victim "tastefejl-$i"; done
lt_staff 127.0.0.6 lt_victim "Offerets-Kode-42"
expect_status 403 "after the typos the next attempt waits"
until_status 303 70 lt_staff 127.0.0.6 lt_victim "Offerets-Kode-42"
expect_status 303 "and within a minute the right password gets in: no hour's lock"

# Nothing about failed logins is written to the database any more.
n=$(sql "SELECT count(*) FROM information_schema.columns WHERE column_name IN ('failed_logins', 'locked_until', 'resume_failed', 'resume_locked')")
expect "no lock-out columns left ($n)" [ "$n" = 0 ]

# /staff/profile: each staff member sets their own e-mail address (where
# the alerts and the daily digest go) and turns the digest on or off.

PJ=$TMP/profile.jar
new_staff profil1 "Profil-Kode-1"
new_staff profil2 "Profil-Kode-2"
sql "UPDATE staff SET email = 'anden@frist.invalid' WHERE username = 'profil2'" >/dev/null
staff_login profil1 "Profil-Kode-1"
cp "$JAR" "$PJ"

req GET /staff/ -b "$PJ"
expect_body 'href="/staff/profile"' "every page links to the profile (the user's name)"
req GET /staff/profile -b "$PJ"
expect_status 200 "any staff member has a profile page"
expect_body 'Du har ingen e-mailadresse endnu' "no address yet is said"
expect_body 'id="digest" name="digest" value="1" checked' "the digest is on by default"
expect_body 'overskride 155 dage' "the digest's limit is the clock setting's"
t=$(csrf)
prof() {	# prof EMAIL [DIGEST]
	args=(--data-urlencode "csrf=$t" --data-urlencode "email=$1")
	[ $# -gt 1 ] && args+=(--data-urlencode "digest=$2")
	req POST /staff/profile -b "$PJ" "${args[@]}"
}
audits() { sql "SELECT count(*) FROM audit a JOIN staff s ON s.id = a.entity_id WHERE a.entity = 'staff' AND a.action = 'profile' AND s.username = 'profil1'"; }

prof 'ikke en adresse' 1
expect_status 422 "a wrong address is refused"
expect_body 'skal være en gyldig e-mailadresse' "and why, in Danish"
expect_body 'value="ikke en adresse"' "what was typed is kept"
expect_body 'aria-invalid="true"' "the field is marked"
prof 'søren@kø.dk' 1
expect_status 422 "an address with æ, ø or å is refused (mail goes to ASCII only)"
expect_body 'punycode' "the message says how to write such a domain"
expect_body 'value="søren@kø.dk"' "and keeps it"
prof 'a@b_c.dk' 1
expect_status 422 "a domain with a character the database refuses is refused by the form"
n=$(sql "SELECT email || '|' || digest FROM staff WHERE username = 'profil1'")
expect "nothing is saved from a refused form ($n)" [ "$n" = "|true" ]

prof '  Profil.En+frist@Styrelse.example.dk  ' 1
expect_status 303 "a valid address is saved"
expect "and back to the profile" [ "$(location)" = /staff/profile?saved=1 ]
n=$(sql "SELECT email || '|' || digest FROM staff WHERE username = 'profil1'")
expect "stored trimmed, the digest still on ($n)" [ "$n" = "Profil.En+frist@Styrelse.example.dk|true" ]
expect "the change is audited once" [ "$(audits)" = 1 ]
req GET /staff/profile?saved=1 -b "$PJ"
expect_body 'Din profil er gemt' "the page says it is saved"
expect_body 'value="Profil.En+frist@Styrelse.example.dk"' "and shows the address"
expect_no_body 'Du har ingen e-mailadresse' "no longer without an address"

t=$(csrf)
prof 'Profil.En+frist@Styrelse.example.dk' 1
expect_status 303 "the same POST again is harmless"
expect "and writes no second audit row" [ "$(audits)" = 1 ]

prof 'Profil.En+frist@Styrelse.example.dk'
expect_status 303 "the digest is turned off (an unticked box is not sent)"
n=$(sql "SELECT digest FROM staff WHERE username = 'profil1'")
expect "stored off" [ "$n" = f ]
expect "audited with before and after" [ "$(sql "SELECT detail FROM audit a JOIN staff s ON s.id = a.entity_id WHERE a.entity = 'staff' AND a.action = 'profile' AND s.username = 'profil1' ORDER BY a.id DESC LIMIT 1")" = "e-mail Profil.En+frist@Styrelse.example.dk -> Profil.En+frist@Styrelse.example.dk, oversigt til -> fra" ]
req GET /staff/profile -b "$PJ"
expect_body 'id="digest" name="digest" value="1">' "the page shows it off"
t=$(csrf)
prof '' 1
expect_status 303 "the address may be removed (no mail at all)"
n=$(sql "SELECT email || '|' || digest FROM staff WHERE username = 'profil1'")
expect "stored empty, the digest on again ($n)" [ "$n" = "|true" ]

n=$(sql "SELECT email || '|' || digest FROM staff WHERE username = 'profil2'")
expect "another staff member's row is untouched ($n)" [ "$n" = "anden@frist.invalid|true" ]
req POST /staff/profile -b "$PJ" --data-urlencode "csrf=wrong" --data-urlencode "email=x@frist.invalid" --data-urlencode "digest=1"
expect_status 403 "a POST without the right CSRF token is refused"
req POST /staff/profile -b "$PJ" --data-urlencode "email=x@frist.invalid"
expect_status 403 "and one without any"
n=$(sql "SELECT email FROM staff WHERE username = 'profil1'")
expect "and changes nothing" [ -z "$n" ]
req GET /staff/profile
expect_status 303 "without a session: to the login"
req POST /staff/profile --data-urlencode "email=x@frist.invalid"
expect "a POST without a session changes nothing" [ -z "$(sql "SELECT email FROM staff WHERE username = 'profil1'")" ]

n=$(sql "SELECT email FROM staff WHERE username = 'demo'")
expect "the demo user has an address ($n)" [ "$n" = demo@frist.invalid ]
n=$(sql_as staff "UPDATE staff SET email = 'x@frist.invalid' WHERE username = 'profil2' RETURNING 1" | head -n 1)
expect "the staff role may write the column (the program picks the row: $n)" [ "$n" = 1 ]
n=$(sql_as staff "UPDATE staff SET name = 'x' WHERE false")
expect "but not the other columns" grep -q 'permission denied' <<<"$n"
sql "UPDATE staff SET email = 'ikke-en-adresse' WHERE username = 'profil2'" >/tmp/profile.$$ 2>&1 || true
expect "the database refuses an address that is not one" grep -q 'violates check constraint' /tmp/profile.$$
rm -f /tmp/profile.$$

# The set-up tool sets an address the same way, audited.
out=$(sh "$SRC/tools/frist-ctl" staff-email profil2 'Ny.Adresse@frist.invalid' 2>&1)
n=$(sql "SELECT email FROM staff WHERE username = 'profil2'")
expect "frist-ctl staff-email sets an address ($out)" [ "$n" = Ny.Adresse@frist.invalid ]
n=$(sql "SELECT count(*) FROM audit a JOIN staff s ON s.id = a.entity_id WHERE a.entity = 'staff' AND s.username = 'profil2' AND a.detail = 'e-mail sat med frist-ctl: Ny.Adresse@frist.invalid'")
expect "and audits it" [ "$n" = 1 ]
if out=$(sh "$SRC/tools/frist-ctl" staff-email profil2 'søren@kø.dk' 2>&1); then
	fail "frist-ctl staff-email takes an address with æ, ø or å"
else
	expect "frist-ctl staff-email refuses an address with æ, ø or å, in Danish" grep -q 'punycode' <<<"$out"
fi
if out=$(sh "$SRC/tools/frist-ctl" staff-email profil2 'ikke en adresse' 2>&1); then
	fail "frist-ctl staff-email takes a wrong address"
else
	expect "and a wrong one" grep -q 'skal være en gyldig e-mailadresse' <<<"$out"
fi
n=$(sql "SELECT email FROM staff WHERE username = 'profil2'")
expect "leaving the address as it was" [ "$n" = Ny.Adresse@frist.invalid ]
if sh "$SRC/tools/frist-ctl" staff-email ingen-saadan 'a@frist.invalid' >/dev/null 2>&1; then
	fail "frist-ctl staff-email on an unknown user succeeds"
else
	pass "frist-ctl staff-email on an unknown user fails"
fi
sh "$SRC/tools/frist-ctl" staff-email profil2 '' >/dev/null 2>&1
expect "and removes an address with ''" [ -z "$(sql "SELECT email FROM staff WHERE username = 'profil2'")" ]

# The one address rule (sql/029): the database's email_plain() says of
# every line of tests/data/addrs.txt what the mailer and VT_EMAIL say
# (tests/unit/check_valid.c), and both address columns are held to it.
vals=$(sed -n -e '/^#/d' -e "s/'/''/g" \
    -e "s/^good \(.*\)$/(true, E'\1'),/p" -e "s/^bad \(.*\)$/(false, E'\1'),/p" \
    "$SRC/tests/data/addrs.txt")
want=$(grep -c -e '^good ' -e '^bad ' "$SRC/tests/data/addrs.txt")
n=$(sql "SELECT count(*) || '|' || coalesce(string_agg(a, ' ; ') FILTER (WHERE email_plain(a) IS DISTINCT FROM good), '') FROM (VALUES ${vals%,}) v(good, a)")
expect "email_plain() agrees with the table's $want addresses (${n#*|})" [ "$n" = "$want|" ]
n=$(sql "SELECT count(*) FROM pg_constraint WHERE conname IN ('staff_email_check', 'award_contact_email_check') AND pg_get_constraintdef(oid) LIKE '%email_plain(%'")
expect "staff.email and award.contact_email both check with it ($n)" [ "$n" = 2 ]
n=$(sql "UPDATE staff SET email = 'A.B+c_d!#\$%&''*/=?^\`{|}~@Sub-1.xn--k-0ga.dk' WHERE username = 'profil2' RETURNING email")
expect "the database takes an unusual but sendable address ($n)" [ "$n" = "A.B+c_d!#\$%&'*/=?^\`{|}~@Sub-1.xn--k-0ga.dk" ]
for a in 'a@b_c.dk' 'a..b@c.dk' 'a@b.1' 'a@-b.dk'; do
	if sql "UPDATE staff SET email = '$a' WHERE username = 'profil2'" >/dev/null 2>&1; then
		fail "the database takes $a for staff.email"
	else
		pass "the database refuses $a for staff.email, as the mailer does"
	fi
done
prof 'a..b@c.dk' 1
expect_status 422 "and so does the profile form"
expect_body 'skal være en gyldig e-mailadresse' "saying so in Danish"

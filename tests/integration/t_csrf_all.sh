# CSRF on every POST form of tests/security/forms.tsv (t_csrf.sh covers the
# headers browsers send; this covers every form): a foreign origin, no
# token, and a token from another session are refused with 403 and the
# Danish page, and nothing is written.  Then what "replayed" means here:
#  - the form token is signed and bound to the program and the session
#    (none for the public forms); it is not one-time, so within its age a
#    second POST with it passes the check: the session's end is what ends
#    it, and a POST from a logged-out session is refused (303 to the login,
#    nothing written);
#  - forms that create something carry a one-time key: the same POST again
#    gives the first result and creates nothing new.
# Also: the forms table is held to the templates and routes; sessions
# (fixation, logout, expiry).

. "$SRC/tests/security/lib.sh"
if sh "$SRC/tests/security/forms_check.sh"; then
	pass "forms.tsv lists every <form> of templates/ and every POST route"
else
	fail "forms.tsv is out of date (tests/security/forms_check.sh)"
fi
SEC_MAKE=0 sec_fixtures

# Everything stored but sessions, as one digest per table.
ca_digest() {
	q=$(sql "SELECT string_agg(format('SELECT %L || '':'' || count(*) || '':'' || md5(coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''')) FROM %I t', c.relname, c.relname), ' UNION ALL ' ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public' AND c.relname NOT LIKE '%session%'")
	sql "$q" | sort
}
ca_token() {	# ca_token LOGIN JAR PATH: a valid token for that session
	case $1 in
	staff)		req GET /staff/ -b "$2" ;;
	recipient)	req GET /grants/my/ -b "$2" ;;
	*)		req GET "$3" -b "$2" ;;
	esac
	csrf
}
ca_send() {	# ca_send PATH JAR FIELDS TOKEN CURL-ARGS...: the row's fields, urlencoded
	p=$1 j=$2 f=$3 tok=$4; shift 4
	args=()
	[ "$tok" = - ] || args+=(--data-urlencode "csrf=$tok")
	args+=(--data-urlencode "once=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')")
	for kv in $f; do
		[ "$kv" = - ] && continue
		k=${kv%%=*} k=${k%\*}
		args+=(--data-urlencode "$k=$(sec_fill "${kv#*=}")")
	done
	req POST "$p" -b "$j" "${args[@]}" "$@"
}
ca_refused() {	# ca_refused WHAT: 403 with the Danish page
	if [ "$STATUS" = 403 ] && grep -qF 'Adgang nægtet' "$BODY"; then
		pass "$1 (403)"
	else
		fail "$1: status $STATUS, expected 403 with »Adgang nægtet«"
	fi
}

# Second sessions, for their tokens; a token of the other program for the
# forms that need no login.
SEC_SJ2=$TMP/ca_staff2.jar SEC_RJ2=$TMP/ca_rcpt2.jar
sec_login_staff "$SEC_SJ2"
sec_login_recipient "$SEC_RJ2"
: > "$TMP/ca_none.jar"
req GET /staff/login; ca_stafftok=$(csrf)
req GET /grants/login; ca_portaltok=$(csrf)

ca_before=$(ca_digest)
ca_n=0
while IFS=$'\t' read -r id tpl m act paths enc login fields; do
	for path in $(printf '%s' "$paths" | tr '|' ' '); do
		path=$(sec_fill "$path")
		j=$(sec_jar "$login")
		tok=$(ca_token "$login" "$j" "$path")
		case $login in
		staff)		other=$(ca_token staff "$SEC_SJ2" "$path") ;;
		recipient)	other=$(ca_token recipient "$SEC_RJ2" "$path") ;;
		*)		case $path in
				/staff/*) other=$ca_portaltok ;;
				*) other=$ca_stafftok ;;
				esac ;;
		esac
		ca_send "$path" "$j" "$fields" "$tok" -H 'Origin: http://evil.example' -H 'Sec-Fetch-Site: cross-site'
		ca_refused "$id $path: from a foreign origin"
		ca_send "$path" "$j" "$fields" "$tok" -H 'Origin: http://evil.example'
		ca_refused "$id $path: with a foreign Origin alone"
		ca_send "$path" "$j" "$fields" -
		ca_refused "$id $path: without a token"
		ca_send "$path" "$j" "$fields" ""
		ca_refused "$id $path: with an empty token"
		ca_send "$path" "$j" "$fields" "$other"
		ca_refused "$id $path: with a token of another session or program"
		ca_send "$path" "$j" "$fields" "${tok%?}x"
		ca_refused "$id $path: with a token altered in its last character"
		ca_n=$((ca_n + 1))
	done
done < <(sec_rows '$3 == "post"')
expect "every POST form was tried ($ca_n paths)" [ "$ca_n" -ge 30 ]
ca_after=$(ca_digest)
if [ "$ca_before" = "$ca_after" ]; then
	pass "no refused POST wrote anything"
else
	fail "a refused POST wrote something:"
	diff <(echo "$ca_before") <(echo "$ca_after") | head -n 20
fi

# Replay after logout: the session's own token, its cookie, after the
# logout, for every staff and recipient form.
SEC_SJ3=$TMP/ca_staff3.jar SEC_RJ3=$TMP/ca_rcpt3.jar
sec_login_staff "$SEC_SJ3"
ca_stok=$(ca_token staff "$SEC_SJ3" /)
sec_login_recipient "$SEC_RJ3"
ca_rtok=$(ca_token recipient "$SEC_RJ3" /)
cp "$SEC_SJ3" "$TMP/ca_staff3.old"; cp "$SEC_RJ3" "$TMP/ca_rcpt3.old"
req POST /staff/logout -b "$SEC_SJ3" -c "$SEC_SJ3" --data-urlencode "csrf=$ca_stok"
expect_status 303 "staff logout"
req POST /grants/logout -b "$SEC_RJ3" -c "$SEC_RJ3" --data-urlencode "csrf=$ca_rtok"
expect_status 303 "recipient logout"
ca_before=$(ca_digest)
while IFS=$'\t' read -r id tpl m act paths enc login fields; do
	path=$(sec_fill "${paths%%|*}")
	if [ "$login" = staff ]; then
		ca_send "$path" "$TMP/ca_staff3.old" "$fields" "$ca_stok"
	else
		ca_send "$path" "$TMP/ca_rcpt3.old" "$fields" "$ca_rtok"
	fi
	case $STATUS in
	303|403) pass "$id: the logged-out session's token and cookie are refused ($STATUS)" ;;
	*) fail "$id: the logged-out session's token and cookie: status $STATUS" ;;
	esac
	if [ "$STATUS" = 303 ]; then
		expect "$id: and sent to the login" eval 'location | grep -q /login'
	fi
done < <(sec_rows '$3 == "post" && ($7 == "staff" || $7 == "recipient")')
ca_after=$(ca_digest)
if [ "$ca_before" = "$ca_after" ]; then
	pass "no POST of a logged-out session wrote anything"
else
	fail "a POST of a logged-out session wrote something:"
	diff <(echo "$ca_before") <(echo "$ca_after") | head -n 20
fi

# A replayed creating POST (same token, same one-time key): the first
# result again, nothing new.  A new pool by staff, a whistleblower report.
ca_pname="Gentaget pulje $RANDOM$RANDOM"
req GET /staff/pools/new -b "$SEC_SJ"
ca_t=$(csrf) ca_o=$(once_key)
ca_pool() {
	req POST /staff/pools/new -b "$SEC_SJ" --data-urlencode "csrf=$ca_t" \
	    --data-urlencode "once=$ca_o" --data-urlencode "name=$ca_pname" \
	    --data-urlencode theme=Test --data-urlencode purpose=Test \
	    --data-urlencode amount=1.000,00 --data-urlencode fin_year=2026 \
	    --data-urlencode opens=2026-01-01 --data-urlencode closes=2026-12-31 \
	    --data-urlencode application_based=1 --data-urlencode deadline=2026-12-31 \
	    --data-urlencode legal_basis=Test --data-urlencode status=draft
}
ca_pool; ca_l1=$(location) ca_s1=$STATUS
ca_pool; ca_l2=$(location)
expect "a new pool is made ($ca_s1)" [ "$ca_s1" = 303 ]
expect "the replayed POST gets the first answer ($ca_l2)" [ -n "$ca_l2" -a "${ca_l1%%\?*}" = "${ca_l2%%\?*}" ]
expect "and one pool is stored" [ "$(sql "SELECT count(*) FROM pool WHERE name = '$ca_pname'")" = 1 ]
sql "DELETE FROM pool WHERE name = '$ca_pname'" >/dev/null	# t_db.sh counts the pools
req GET /whistleblower/
ca_t=$(csrf) ca_o=$(once_key)
ca_wb() {
	req POST /whistleblower/ -F "csrf=$ca_t" -F "once=$ca_o" -F subject=Gentaget \
	    -F offer_type=voksen -F relation=ansat -F description=Gentaget-indberetning \
	    -F anonymity=anonymous
	sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY"
}
ca_n0=$(sql "SELECT count(*) FROM whistle_report")
ca_c1=$(ca_wb)
ca_c2=$(ca_wb)
expect "a replayed whistleblower report gets the same receipt code" [ -n "$ca_c1" -a "$ca_c1" = "$ca_c2" ]
expect "and one report is stored" [ "$(sql "SELECT count(*) FROM whistle_report")" = $((ca_n0 + 1)) ]

# Sessions.  Fixation: a cookie set before the login (chosen by an
# attacker, or a live session of someone) is not the one after it.
ca_hash() {	# ca_hash JAR COOKIE
	awk -v c="$2" '$6 == c { print $7 }' "$1" | tr -d '\n' | b2sum -l 256 | cut -d ' ' -f 1
}
ca_rows() {	# ca_rows TABLE HASH
	sql "SELECT count(*) FROM $1 WHERE token_hash = '$2'"
}
ca_j=$TMP/ca_fix.jar
printf '127.0.0.1\tFALSE\t/staff/\tFALSE\t0\tfrist_staff\tAngriberensValgteVaerdiAngriberensValgteV\n' > "$ca_j"
req GET /staff/login -b "$ca_j" -c "$ca_j"
t=$(csrf)
req POST /staff/login -b "$ca_j" -c "$ca_j" --data-urlencode "csrf=$t" \
    --data-urlencode username=demo --data-urlencode "password=$DEMO_PW"
expect_status 303 "staff login with a cookie set beforehand"
expect_header '^Set-Cookie: frist_staff=' "the login sets a new session cookie"
ca_v=$(awk '$6 == "frist_staff" { print $7 }' "$ca_j")
expect "the cookie after the login is not the one set before" [ -n "$ca_v" -a "$ca_v" != AngriberensValgteVaerdiAngriberensValgteV ]
req GET /staff/ -b "$ca_j"
expect_status 200 "and it is a live session"
ca_h1=$(ca_hash "$ca_j" frist_staff)
expect "and the value set before is no session" [ "$(sql "SELECT count(*) FROM staff_session WHERE token_hash = '$(printf AngriberensValgteVaerdiAngriberensValgteV | b2sum -l 256 | cut -d ' ' -f 1)'")" = 0 ]
printf '127.0.0.1\tFALSE\t/grants/\tFALSE\t0\tfrist_grant\tAngriberensValgteVaerdiAngriberensValgteV\n' > "$ca_j"
req GET /grants/login -b "$ca_j" -c "$ca_j"
t=$(csrf)
req POST /grants/login -b "$ca_j" -c "$ca_j" --data-urlencode "csrf=$t" \
    --data-urlencode grant_no=TS-2026-9001 --data-urlencode "code=$SEC_GCODE"
expect_status 303 "recipient login with a cookie set beforehand"
ca_v=$(awk '$6 == "frist_grant" { print $7 }' "$ca_j")
expect "the recipient's cookie after the login is not the one set before" [ -n "$ca_v" -a "$ca_v" != AngriberensValgteVaerdiAngriberensValgteV ]

# Logout deletes the session row.
sec_login_staff "$TMP/ca_out.jar"
ca_h=$(ca_hash "$TMP/ca_out.jar" frist_staff)
expect "a staff login stores its session" [ "$(ca_rows staff_session "$ca_h")" = 1 ]
t=$(ca_token staff "$TMP/ca_out.jar" /)
req POST /staff/logout -b "$TMP/ca_out.jar" -c "$TMP/ca_out.jar" --data-urlencode "csrf=$t"
expect "staff logout deletes the session row" [ "$(ca_rows staff_session "$ca_h")" = 0 ]
sec_login_recipient "$TMP/ca_out.jar"
ca_h=$(ca_hash "$TMP/ca_out.jar" frist_grant)
expect "a recipient login stores its session" [ "$(ca_rows recipient_session "$ca_h")" = 1 ]
t=$(ca_token recipient "$TMP/ca_out.jar" /)
req POST /grants/logout -b "$TMP/ca_out.jar" -c "$TMP/ca_out.jar" --data-urlencode "csrf=$t"
expect "recipient logout deletes the session row" [ "$(ca_rows recipient_session "$ca_h")" = 0 ]

# Expiry: a session idle past its expiry is refused, for GETs and for
# POSTs with its own valid token; the absolute limit caps the idle one.
sec_login_staff "$TMP/ca_exp.jar"
ca_h=$(ca_hash "$TMP/ca_exp.jar" frist_staff)
t=$(ca_token staff "$TMP/ca_exp.jar" /)
sql "UPDATE staff_session SET expires = now() - interval '1 second' WHERE token_hash = '$ca_h'" >/dev/null
n0=$(sql "SELECT count(*) FROM pool")
req POST /staff/pools/new -b "$TMP/ca_exp.jar" --data-urlencode "csrf=$t" \
    --data-urlencode "name=Udløbet" --data-urlencode theme=Test
expect "a POST of an expired staff session is refused ($STATUS)" [ "$STATUS" = 303 -o "$STATUS" = 403 ]
expect "and writes nothing" [ "$(sql "SELECT count(*) FROM pool")" = "$n0" ]
expect "and it goes to the login, saying so" eval 'location | grep -q "^/staff/login?expired=1"'
sec_login_staff "$TMP/ca_exp.jar"
ca_h=$(ca_hash "$TMP/ca_exp.jar" frist_staff)
sql "UPDATE staff_session SET expires = now() - interval '1 second' WHERE token_hash = '$ca_h'" >/dev/null
req GET /staff/cases/ -b "$TMP/ca_exp.jar"
expect_status 303 "a GET of an expired staff session is refused"
sec_login_staff "$TMP/ca_exp.jar"
ca_h=$(ca_hash "$TMP/ca_exp.jar" frist_staff)
sql "UPDATE staff_session SET absolute_expires = now() + interval '2 seconds' WHERE token_hash = '$ca_h'" >/dev/null
req GET /staff/cases/ -b "$TMP/ca_exp.jar"
expect_status 200 "a staff session just before its absolute limit is served"
sleep 3
req GET /staff/cases/ -b "$TMP/ca_exp.jar"
expect_status 303 "and refused after it, though it was used within the idle limit"
sec_login_recipient "$TMP/ca_exp.jar"
ca_h=$(ca_hash "$TMP/ca_exp.jar" frist_grant)
sql "UPDATE recipient_session SET expires = now() - interval '1 second' WHERE token_hash = '$ca_h'" >/dev/null
req GET /grants/my/ -b "$TMP/ca_exp.jar"
expect_status 303 "an expired recipient session is refused"

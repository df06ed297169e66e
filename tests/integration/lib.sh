# Helpers for the integration tests (sourced by run.sh).  Every request
# goes through nginx to the real programs and PostgreSQL.
#
# req METHOD PATH [curl args...] sets STATUS and writes $BODY and $HDRS.

BODY=$TMP/body
HDRS=$TMP/headers
JAR=$TMP/cookies

req() {
	m=$1 p=$2; shift 2
	# curl leaves the files alone when an answer has no body or none comes
	# (a timeout): never let a check read the answer before.
	: > "$BODY"; : > "$HDRS"
	STATUS=$(curl -s -X "$m" -o "$BODY" -D "$HDRS" -w '%{http_code}' \
	    --max-time 20 "$@" "$BASE$p") || STATUS=000
}

pass() { PASSED=$((PASSED + 1)); echo "ok - $*"; }
fail() { FAILED=$((FAILED + 1)); echo "not ok - $*"; }

# expect_status N what
expect_status() {
	if [ "$STATUS" = "$1" ]; then pass "$2 ($1)"; else
		fail "$2: status $STATUS, expected $1"; head -c 600 "$BODY"; echo; fi
}
# expect_body TEXT what  /  expect_no_body TEXT what  (fixed strings)
expect_body() {
	if grep -qF -- "$1" "$BODY"; then pass "$2"; else fail "$2: body lacks '$1'"; fi
}
expect_no_body() {
	if grep -qF -- "$1" "$BODY"; then fail "$2: body has '$1'"; else pass "$2"; fi
}
# expect_header REGEX what (case-insensitive, on the raw header lines)
expect_header() {
	if tr -d '\r' < "$HDRS" | grep -qiE -- "$1"; then pass "$2"; else
		fail "$2: no header matching '$1'"; tr -d '\r' < "$HDRS"; fi
}
expect_no_header() {
	if tr -d '\r' < "$HDRS" | grep -qiE -- "$1"; then fail "$2: header matches '$1'"; else pass "$2"; fi
}
# expect TEST-EXPRESSION... -- what
expect() {
	what=$1; shift
	if "$@"; then pass "$what"; else fail "$what"; fi
}

# The CSRF token of the form in the last body.
csrf() {
	sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$BODY" | head -n 1
}

# Admin SQL on the test cluster: sql "SELECT ..." prints unaligned rows
# (in Copenhagen time, the database's default: tools/frist-ctl).
sql() {
	sh "$SRC/tools/frist-ctl" psql -tA -c "$1"
}

# SQL as one of the program roles, with its own password.
sql_as() {
	role=$1; shift
	PGPASSWORD=$(cat "$FRIST_VAR/secrets/db-$role") psql -X -q -tA \
	    -h "$FRIST_VAR/run/pg" -U "frist_$role" -d frist -c "$1" 2>&1
}

# Logs in as user/password; the session cookie ends up in $JAR.
staff_login() {
	rm -f "$JAR"
	req GET /staff/login -c "$JAR"
	t=$(csrf)
	req POST /staff/login -b "$JAR" -c "$JAR" --data-urlencode "csrf=$t" \
	    --data-urlencode "username=$1" --data-urlencode "password=$2"
}

# A staff account made for one test: new_staff USERNAME PASSWORD
new_staff() {
	h=$(printf '%s\n' "$2" | "$SRC/build/frist-tool" pwhash)
	echo "INSERT INTO staff (username, name, pw_hash, roles) VALUES (:'u', 'Test ' || :'u', :'h', ARRAY['grants'])" |
	    sh "$SRC/tools/frist-ctl" psql -v u="$1" -v h="$h" >/dev/null
}

# Staff decisions ask first: presses "Bekræft" on the confirmation page in
# $BODY, sending back its hidden fields.
confirm_post() {	# confirm_post PATH JAR: presses "Bekræft" on the confirmation page in $BODY
	p=$1 j=$2
	args=()
	while IFS= read -r kv; do args+=(--data-urlencode "$kv"); done < <(
	    sed -n 's/.*<input type="hidden" name="\([^"]*\)" value="\([^"]*\)">.*/\1=\2/p' "$BODY" |
	    sed 's/&quot;/"/g; s/&#39;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g')
	req POST "$p" -b "$j" -c "$j" "${args[@]}" --data-urlencode step=confirm
}

# Forms: the one-time key of the form in $BODY, and POSTs that send it back
# with the CSRF token, as a browser does.
once_key() {	# the one-time key of the form in $BODY, if it has one
	sed -n 's/.*name="once" value="\([^"]*\)".*/\1/p' "$BODY" | head -n 1
}
form_post() {	# form_post PATH JAR field=value... (urlencoded, CSRF and once from $BODY)
	p=$1 j=$2; shift 2
	t=$(csrf) o=$(once_key)
	args=(--data-urlencode "csrf=$t")
	[ -n "$o" ] && args+=(--data-urlencode "once=$o")
	for kv in "$@"; do args+=(--data-urlencode "$kv"); done
	req POST "$p" -b "$j" -c "$j" "${args[@]}"
}
mp_post() {	# mp_post PATH JAR -F ... (multipart, CSRF and one-time key from $BODY)
	p=$1 j=$2; shift 2
	t=$(csrf) o=$(once_key)
	if [ -n "$o" ]; then set -- -F "once=$o" "$@"; fi
	req POST "$p" -b "$j" -c "$j" -F "csrf=$t" "$@"
}
field() {	# the text of <strong>..</strong> after a label in $BODY
	grep -A1 -F "$1" "$BODY" | sed -n 's/.*<strong[^>]*>\([^<]*\)<\/strong>.*/\1/p' | head -n 1
}
# The Location of the last answer.
location() {
	tr -d '\r' < "$HDRS" | sed -n 's/^Location: //Ip' | head -n 1
}
# until_status CODE SECONDS COMMAND...: runs COMMAND (a login) once a
# second until it answers CODE, for at most SECONDS; the login throttle's
# waits end by themselves, at the latest a minute after the last failure.
until_status() {
	want=$1 secs=$2; shift 2
	for _ in $(seq 1 "$secs"); do
		"$@"
		[ "$STATUS" = "$want" ] && return 0
		sleep 1
	done
	return 1
}
# outbox_file DEDUP: the smtp-sink's file of the outbox row with that
# key, found by the row's Message-ID (nothing if it has none or no file).
outbox_file() {
	ob_id=$(sql "SELECT message_id FROM outbox WHERE dedup = '$1'")
	[ -n "$ob_id" ] || return 0
	find "$FRIST_VAR/mail" -type f -print0 2>/dev/null |
	    xargs -0 -r grep -l -F -- "$ob_id" | head -n 1
}
# outbox_sent DEDUP: waits until the outbox row with that key is sent
# (10 s at most); the mailer is asynchronous.
outbox_sent() {
	ob_i=0
	while [ "$(sql "SELECT state FROM outbox WHERE dedup = '$1'")" != sent ]; do
		ob_i=$((ob_i + 1))
		[ $ob_i -le 100 ] || return 1
		sleep 0.1
	done
}

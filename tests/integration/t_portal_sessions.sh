# Sessions of applicants and grant recipients: a successful login (draft
# resume, recipient login) deletes the expired sessions, as a staff login
# does; live sessions are kept.

sess_hash() {	# sess_hash JAR COOKIE: the stored hash of the session's token
	awk -v c="$2" '$6 == c { print $7 }' "$1" | tr -d '\n' |
	    b2sum -l 256 | cut -d ' ' -f 1
}
sess_rows() {	# sess_rows TABLE HASH: how many rows the session has (0 or 1)
	sql "SELECT count(*) FROM $1 WHERE token_hash = '$2'"
}
sess_expired() {	# sess_expired TABLE: how many expired rows are stored
	sql "SELECT count(*) FROM $1 WHERE expires < now()"
}

# --- applicants: a draft of its own, in a pool that is not public -------
SCODE=4711471147114711
spool=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, status) VALUES ('Sessionstest', 'Test', 100, 2026, '2026-01-01', '2026-12-31', 'draft') RETURNING id" | head -n 1)
shash=$(printf '%s\n' "$SCODE" | "$SRC/build/frist-tool" pwhash)
sapp=$(echo "INSERT INTO application (pool_id, draft_no, resume_hash) VALUES (:'p', '98765432', :'h') RETURNING id" |
    sh "$SRC/tools/frist-ctl" psql -tA -v p="$spool" -v h="$shash" | head -n 1)

resume_as() {	# resume_as JAR: the draft resumed in a new browser
	rm -f "$1"
	req GET /grants/resume -b "$1" -c "$1"
	form_post /grants/resume "$1" draft_no=98765432 "code=$SCODE"
}
resume_as "$TMP/ps_a1.jar"
expect_status 303 "the test draft opens with its code"
resume_as "$TMP/ps_a2.jar"
a1=$(sess_hash "$TMP/ps_a1.jar" frist_draft)
a2=$(sess_hash "$TMP/ps_a2.jar" frist_draft)
expect "each resume has its session row" \
    [ "$(sess_rows applicant_session "$a1")" = 1 -a "$(sess_rows applicant_session "$a2")" = 1 ]
sql "UPDATE applicant_session SET expires = now() - interval '1 second' WHERE token_hash = '$a1'" >/dev/null
req GET /grants/application -b "$TMP/ps_a1.jar"
expect_status 303 "an expired applicant session is refused"
expect "its row stays until the next login" [ "$(sess_rows applicant_session "$a1")" = 1 ]
resume_as "$TMP/ps_a3.jar"
expect_status 303 "another resume"
expect "a draft resume deletes the expired applicant session" \
    [ "$(sess_rows applicant_session "$a1")" = 0 ]
expect "no expired applicant session is left" [ "$(sess_expired applicant_session)" = 0 ]
expect "a live applicant session is kept" [ "$(sess_rows applicant_session "$a2")" = 1 ]
req GET /grants/application -b "$TMP/ps_a2.jar"
expect_status 200 "and still opens the draft"
sql "DELETE FROM application WHERE id = $sapp" >/dev/null
sql "DELETE FROM pool WHERE id = $spool" >/dev/null

# --- recipients: the demo grant TS-2026-9002 ----------------------------
gcode=$(sed -n 's/^Tilsagn TS-2026-9002, adgangskode //p' "$FRIST_VAR/demo-credentials")
rlogin_as() {	# rlogin_as JAR: the recipient logs in in a new browser
	rm -f "$1"
	req GET /grants/login -b "$1" -c "$1"
	form_post /grants/login "$1" grant_no=TS-2026-9002 "code=$gcode"
}
rlogin_as "$TMP/ps_r1.jar"
expect_status 303 "the demo recipient logs in"
rlogin_as "$TMP/ps_r2.jar"
r1=$(sess_hash "$TMP/ps_r1.jar" frist_grant)
r2=$(sess_hash "$TMP/ps_r2.jar" frist_grant)
expect "each login has its session row" \
    [ "$(sess_rows recipient_session "$r1")" = 1 -a "$(sess_rows recipient_session "$r2")" = 1 ]
sql "UPDATE recipient_session SET expires = now() - interval '1 second' WHERE token_hash = '$r1'" >/dev/null
req GET /grants/my/ -b "$TMP/ps_r1.jar"
expect_status 303 "an expired recipient session is refused"
expect "its row stays until the next login" [ "$(sess_rows recipient_session "$r1")" = 1 ]
rlogin_as "$TMP/ps_r3.jar"
expect_status 303 "another recipient login"
expect "a recipient login deletes the expired recipient session" \
    [ "$(sess_rows recipient_session "$r1")" = 0 ]
expect "no expired recipient session is left" [ "$(sess_expired recipient_session)" = 0 ]
expect "a live recipient session is kept" [ "$(sess_rows recipient_session "$r2")" = 1 ]
req GET /grants/my/ -b "$TMP/ps_r2.jar"
expect_status 200 "and still shows the grant"

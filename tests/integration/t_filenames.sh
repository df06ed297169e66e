# Uploaded files' names (cgi/lib/fname.h) and what the logs may hold: a
# 5,000-character name is shortened with its extension kept (never a
# 503), bidi and control characters do not reach the database, and a
# statement that fails leaves no user data in the programs' logs nor in
# PostgreSQL's (var/log/pg), its DETAIL lines included.
FNC=fncanary$(date +%s%N)
printf 'bilag\n' > "$TMP/fn.txt"
fpool=$(sql "SELECT id FROM pool WHERE status = 'open' AND opens <= current_date AND closes >= current_date ORDER BY id LIMIT 1")
FJ=$TMP/fn.jar; rm -f "$FJ"
flong=$(head -c 5000 /dev/zero | tr '\0' x)
req GET "/grants/pools/$fpool/apply" -b "$FJ" -c "$FJ"
mp_post "/grants/pools/$fpool/apply" "$FJ" -F action=save -F "org_name=Forening $FNC" -F cvr=10150817 \
    -F "attachment=@$TMP/fn.txt;filename=$FNC$flong.pdf" \
    -F "attachment=@$TMP/fn.txt;filename=evil$(printf '\342\200\256')fdp.exe" \
    -F "attachment=@$TMP/fn.txt;filename=a$(printf '\001')b$(printf '\342\201\246').txt"
expect_status 200 "a 5,000-character file name does not stop the draft"
fdraft=$(field 'Kladdenummer')
fapp=$(sql "SELECT id FROM application WHERE draft_no = '$fdraft'")
expect "the typed data is saved with it" \
    [ "$(sql "SELECT org_name FROM application WHERE id = ${fapp:-0}")" = "Forening $FNC" ]
mapfile -t fnames < <(sql "SELECT filename FROM attachment WHERE application_id = ${fapp:-0} ORDER BY id")
expect "three files are stored" [ "${#fnames[@]}" = 3 ]
n=$(sql "SELECT length(filename) FROM attachment WHERE application_id = ${fapp:-0} ORDER BY id LIMIT 1")
expect "the long name is shortened to 120 characters ($n)" [ "${n:-0}" = 120 ]
expect "the long name keeps its start and its extension" \
    bash -c '[[ $1 == "$2"x*x.pdf ]]' _ "${fnames[0]:-}" "$FNC"
expect "the right-to-left override is dropped (evilfdp.exe)" [ "${fnames[1]:-}" = evilfdp.exe ]
expect "a control character becomes _ and an isolate goes (a_b.txt)" [ "${fnames[2]:-}" = a_b.txt ]
req GET /grants/application -b "$FJ"
expect_body 'evilfdp.exe' "the draft lists the clean name"

# A statement that fails on what was typed: the program says which
# statement, SQLSTATE and constraint, and no log holds the value.
sql "ALTER TABLE application ADD CONSTRAINT fn_canary_check CHECK (org_name NOT LIKE '%Kanariefugl%') NOT VALID" >/dev/null
mp_post /grants/application "$FJ" -F action=save -F "org_name=Kanariefugl $FNC" -F cvr=10150817
expect_status 503 "a constraint the database refuses gives the 503 page"
expect_body 'intet af det, du har indsendt, er gemt' "and it says nothing was saved"
sql "ALTER TABLE application DROP CONSTRAINT fn_canary_check" >/dev/null
expect "the portal's log names the statement, SQLSTATE and constraint" \
    grep -rqE 'db: APP_SAVE failed: sqlstate 23514 .*constraint fn_canary_check' "$FRIST_VAR/log"
# The database itself refuses values from a program role.
sql_as portal "SELECT '$FNC'::bigint" >/dev/null
sql_as portal "INSERT INTO attachment (application_id, filename, ctype, size, data) VALUES (${fapp:-0}, repeat('$FNC', 40), 'text/plain', 0, '')" >/dev/null
sql_as portal "INSERT INTO portal_once (hash) VALUES ('$FNC')" >/dev/null
sleep 1
expect "PostgreSQL's log is where the suite looks" [ -s "$FRIST_VAR/log/pg/postgresql.log" ]
if grep -rlF -- "$FNC" "$FRIST_VAR/log"; then
	fail "a log holds what was typed"
	grep -rF -- "$FNC" "$FRIST_VAR/log" | cut -c 1-300 | head -n 5
else
	pass "no log holds what was typed (programs, nginx, PostgreSQL)"
fi
expect "no log has a DETAIL or STATEMENT line" \
    bash -c '! grep -rqE "(DETAIL|STATEMENT|Failing row):? " "$1"' _ "$FRIST_VAR/log"
sql "DELETE FROM application WHERE id = ${fapp:-0}" >/dev/null

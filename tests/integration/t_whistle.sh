# The whistleblower channel, reporter's side: the form, anonymous and named
# reports, encryption at rest, the receipt-code mailbox both ways, wrong
# codes, the rate limit, and what the public program's role can do.

CANARY="KANARIE$RANDOM$RANDOM"
wb_submit() {	# wb_submit EXTRA-CURL-ARGS...: sets CODE from the receipt
	req GET /whistleblower/
	t=$(csrf) o=$(once_key)
	req POST /whistleblower/ -F "csrf=$t" -F "once=$o" "$@"
	CODE=$(sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY" | tr -d ' ')
}
wb_mailbox() {	# wb_mailbox CODE EXTRA-CURL-ARGS...
	c=$1; shift
	req GET /whistleblower/mailbox
	t=$(csrf)
	req POST /whistleblower/mailbox --data-urlencode "csrf=$t" --data-urlencode "code=$c" "$@"
}

req GET /whistleblower/
expect_status 200 "report form"
expect_body 'Indberet bekymrende forhold' "form heading"
expect_body 'name="csrf"' "form carries a signed token"
expect_body 'Ledelse – dårlig eller manglende' "the cause list comes from the reference table"
expect_no_header '^Set-Cookie' "no cookie on the whistleblower channel"
expect_header '^Referrer-Policy: same-origin' "no referrer leaves the site"
expect_header '^Cache-Control: no-store' "nothing is cached"
req GET /whistleblower
expect_status 301 "the bare path redirects to the form"

# Errors keep what was typed (and never the identity of an anonymous one).
wb_submit -F "subject=Bostedet Solstrålen" -F offer_type=voksen -F relation=paaroerende \
    -F "description=" -F anonymity=named -F "name="
expect_status 422 "an incomplete report is refused"
expect_body 'Udfyld feltet »Beskriv forholdene«' "the missing description is named"
expect_body 'Skriv dit navn, eller vælg at være anonym' "a named report needs a name"
expect_body 'value="Bostedet Solstrålen"' "the typed name of the offer is kept"
expect_no_header '^Set-Cookie' "still no cookie"

# An anonymous report: name typed but anonymity chosen, so it is dropped.
printf 'Bilag med %s indhold\n' "$CANARY" > "$TMP/bilag.txt"
cause=$(sql "SELECT id FROM whistle_cause WHERE label = 'Pædagogik'")
wb_submit -F "subject=Bostedet $CANARY" -F offer_type=voksen -F relation=ansat -F "cause=$cause" \
    -F "description=Beboerne får ikke deres medicin. $CANARY" -F anonymity=anonymous \
    -F "name=Hemmelig Hansen" -F "contact=hemmelig@example.dk" -F consent_name=1 \
    -F "attachment=@$TMP/bilag.txt;filename=notat-$CANARY.txt"
expect_status 200 "an anonymous report is received"
expect "the receipt code has 16 digits" [ ${#CODE} = 16 ]
ANON_CODE=$CODE
expect_no_header '^Set-Cookie' "the receipt sets no cookie"
expect_no_header '^Location' "the receipt is not a redirect to a page of its own"
n=$(sql "SELECT named::text || consent_name::text || offer_type || relation FROM whistle_report ORDER BY id DESC LIMIT 1")
expect "anonymous: no name, no consents kept" [ "$n" = "falsefalsevoksenansat" ]
n=$(sql "SELECT received = current_date FROM whistle_report ORDER BY id DESC LIMIT 1")
expect "only the day of submission is stored" [ "$n" = t ]
n=$(sql "SELECT count(*) FROM information_schema.columns WHERE table_name LIKE 'whistle%' AND data_type LIKE 'timestamp%' AND table_name NOT IN ('whistle_audit', 'whistle_attempt')")
expect "no report table has a time-of-day column" [ "$n" = 0 ]

# Encrypted at rest: the canary is nowhere in a dump of the database.
dump() {
	PGPASSWORD=$(cat "$FRIST_VAR/secrets/admin") pg_dump -h "$FRIST_VAR/run/pg" -U frist_admin frist
}
n=$(dump | grep -c "$CANARY")
expect "a database dump holds no report text, name or file (canary)" [ "$n" = 0 ]
n=$(dump | grep -c 'Hemmelig Hansen')
expect "a dropped name is not stored anywhere" [ "$n" = 0 ]
n=$(sql "SELECT count(*) FROM whistle_report WHERE content IS NOT NULL AND key_staff IS NOT NULL AND key_reporter IS NOT NULL")
expect "the report has its content and both sealed keys" [ "$n" -ge 1 ]

# A named report keeps the consents (§ 11 stk. 4).
wb_submit -F "subject=Plejefamilien Jensen" -F offer_type=plejefamilie -F relation=nabo \
    -F "description=Bekymret for børnene." -F anonymity=named -F "name=Åse Nabo" \
    -F "contact=12345678" -F consent_received=1 -F consent_content=1
expect_status 200 "a named report is received"
n=$(sql "SELECT named::text || consent_received::text || consent_name::text || consent_content::text FROM whistle_report ORDER BY id DESC LIMIT 1")
expect "named: the consents are kept one by one" [ "$n" = "truetruefalsetrue" ]

# The mailbox: a wrong code and a right one take the same time and size.
wrong=0000111122223333
s0=$(date +%s%N)
wb_mailbox "$wrong"
s1=$(date +%s%N)
expect_status 200 "a wrong code gets an ordinary page"
expect_body 'Koden blev ikke fundet' "a wrong code is explained"
wsize=$(stat -c %s "$BODY")
wtime=$(( (s1 - s0) / 1000000 ))
s0=$(date +%s%N)
wb_mailbox "$ANON_CODE"
s1=$(date +%s%N)
expect_status 200 "the right code opens the mailbox"
expect_body "Beboerne får ikke deres medicin. $CANARY" "the reporter reads the report back with the code"
expect_body 'Modtaget' "the mailbox shows the status"
expect_body "notat-$CANARY.txt" "and the reporter's file"
rsize=$(stat -c %s "$BODY")
rtime=$(( (s1 - s0) / 1000000 ))
expect "wrong and right codes answer with the same size ($wsize = $rsize)" [ "$wsize" = "$rsize" ]
expect "both answers take at least the held time ($wtime ms, $rtime ms)" [ "$wtime" -ge 1450 -a "$rtime" -ge 1450 ]
d=$(( wtime > rtime ? wtime - rtime : rtime - wtime ))
expect "and about the same time (differ by $d ms)" [ "$d" -lt 400 ]
req GET "/whistleblower/mailbox?code=$ANON_CODE"
expect_no_body "$CANARY" "a code in the URL opens nothing"

# The reporter answers, with a file; it is stored encrypted.
wb_mailbox "$ANON_CODE" --data-urlencode action=reply --data-urlencode "reply=Svar fra anmelder $CANARY-SVAR"
expect_body 'Dit svar er sendt' "the reporter replies"
expect_body "$CANARY-SVAR" "the reply is in the thread"
n=$(dump | grep -c "$CANARY")
expect "the reply is not stored in plain text" [ "$n" = 0 ]
fid=$(sed -n 's/.*name="file_id" value="\([0-9]*\)".*/\1/p' "$BODY" | head -n 1)
wb_mailbox "$ANON_CODE" --data-urlencode action=download --data-urlencode "file_id=$fid"
expect_status 200 "the reporter downloads the file"
expect_body "Bilag med $CANARY indhold" "the file comes back decrypted"
expect_header '^Content-Disposition: attachment' "as a download"

# The public program's database role reads nothing.
for tbl in whistle_report whistle_message whistle_file whistle_audit; do
	out=$(sql_as whistle "SELECT count(*) FROM $tbl")
	expect "the whistleblower role cannot read $tbl" grep -q 'permission denied' <<<"$out"
done
out=$(sql_as whistle "SELECT count(*) FROM whistle_mailbox(decode(repeat('00', 32), 'hex'))")
expect "the role's only way in needs a code's hash (none: 0 rows)" [ "$out" = 0 ]
out=$(sql_as whistle "SELECT whistle_purge()")
expect "the role cannot delete content" grep -q 'permission denied' <<<"$out"
out=$(sql_as portal "SELECT count(*) FROM whistle_report")
expect "the portal role cannot read reports" grep -q 'permission denied' <<<"$out"

# Rate limit: wrong codes are counted for everyone; past the limit even a
# right code waits.
sql "UPDATE setting SET value = '3' WHERE key = 'whistle.max_failures_per_minute'" >/dev/null
sql "DELETE FROM whistle_attempt" >/dev/null
# The count is per minute: start early enough in one (4 tries of 1.5 s).
while [ "$(date +%S | sed 's/^0//')" -ge 50 ]; do sleep 1; done
for i in 1 2 3; do wb_mailbox 9999888877776666; done
wb_mailbox "$ANON_CODE"
expect_status 429 "after the limit of wrong codes, nobody may try this minute"
expect_body 'for mange forsøg' "the pause is explained"
expect_no_body "$CANARY" "not even the right code opens the mailbox then"
sql "UPDATE setting SET value = '60' WHERE key = 'whistle.max_failures_per_minute'" >/dev/null
sql "DELETE FROM whistle_attempt" >/dev/null
wb_mailbox "$ANON_CODE"
expect_body "$CANARY" "after the pause the code works again"

# Nothing identifying reached the program or nginx's logs for this path.
n=$(grep -c 'whistleblower' "$FRIST_VAR/log/nginx-access.log")
expect "nginx keeps no access log for the whistleblower path" [ "$n" = 0 ]
# Nor when nginx answers alone, with its own error page (413).
n0=$(wc -l < "$FRIST_VAR/log/nginx-access.log")
head -c 30000000 /dev/zero > "$TMP/big"
req POST /whistleblower/ --data-binary "@$TMP/big" -H 'Content-Type: application/x-www-form-urlencoded'
rm -f "$TMP/big"
expect_status 413 "a body far too large is refused by nginx"
sleep 0.3
n1=$(wc -l < "$FRIST_VAR/log/nginx-access.log")
expect "and nginx's error page leaves no line in its access log ($n0 -> $n1)" [ "$n0" = "$n1" ]
n=$(grep -ciE 'mozilla|curl/|user-agent|referer' "$FRIST_VAR/log/whistle.log")
expect "the program's log has no user agent or referrer" [ "$n" = 0 ]
n=$(grep -c '/whistleblower' "$FRIST_VAR/log/whistle.log")
expect "nor does the program log any visit (path or time)" [ "$n" = 0 ]

# /staff/mails (issue 11): the outbox as staff see it, newest first, 50 a
# page.  Who sees what is mailkind.h's: an administrator every kind, the
# grants role the grant recipients' mails, the whistleblower role the
# channel's alerts, a role with neither a 403 and no link.  The filters
# (kind, state) and the page are GET; a bad value is a 400 that says
# what; a page past the last shows the last.  A mail's body is never on
# the page (a canary in every row's body), a subject and an address are
# escaped (an XSS payload in both).  The rows are made as admin, in states
# the stack's mailer leaves alone (sent, failed, or not due until
# tomorrow), and removed at the end.

ML_TAG="ml$$"
ML_CANARY="kanariefugl-ml-$$-brødtekst"
ML_XSS_SUBJECT="<script>alert('ml$$')</script>\"><img src=x onerror=alert(1)>"
ML_XSS_TO="x\"><svg onload=alert(2)>@example.dk"
ML_GRANT_KINDS="remind_before remind_due remind_overdue receipt case_returned case_approved case_rejected case_message"
ML_WB_KINDS="wb_new wb_reply wb_deadline"
ML_ADMIN_KINDS="test digest"

ml_add() {	# ml_add KIND TO SUBJECT STATE ATTEMPTS ERROR: the row's id
	sh "$SRC/tools/frist-ctl" psql -tA -v ON_ERROR_STOP=1 -v kind="$1" \
	    -v to="$2" -v subject="$3" -v state="$4" -v attempts="$5" \
	    -v err="$6" -v body="Hej. $ML_CANARY" -v dedup="ml:$ML_TAG:$1:$3" <<'SQL' | head -n 1
INSERT INTO outbox (kind, to_addr, subject, body, dedup, state, attempts,
    last_error, not_before, next_try, claimed_at, claimed_by, sent_at)
VALUES (:'kind', :'to', :'subject', :'body', :'dedup', :'state',
    :'attempts'::int, nullif(:'err', ''),
    now() + CASE :'state' WHEN 'queued' THEN interval '1 day' ELSE interval '0' END,
    now() + CASE :'state' WHEN 'queued' THEN interval '1 day' ELSE interval '0' END,
    CASE WHEN :'attempts'::int > 0 THEN now() END,
    CASE :'state' WHEN 'sending' THEN 'ml-test' END,
    CASE :'state' WHEN 'sent' THEN now() END)
RETURNING id;
SQL
}
# The row of mail ID in $BODY (one line of the table).
ml_row() { grep -F "id=\"mail-$1\">" "$BODY"; }
# The page's count ("N mails." / "1 mail.").
ml_count() { sed -n 's/.*<p>\([0-9]*\) mails\{0,1\}\. Side [0-9]* af [0-9]*\..*/\1/p' "$BODY" | head -n 1; }
ml_login() {	# ml_login USER ROLES-ARRAY JAR
	new_staff "$1" "Mail-Kode-$1"
	sql "UPDATE staff SET roles = $2 WHERE username = '$1'" >/dev/null
	staff_login "$1" "Mail-Kode-$1"
	cp "$JAR" "$3"
}
ml_sqlcount() {	# ml_sqlcount WHERE: outbox rows matching
	sql "SELECT count(*) FROM outbox WHERE $1"
}
ml_in() {	# ml_in "a b c": 'a','b','c'
	printf "'%s'," $1 | sed 's/,$//'
}

MJA=$TMP/mails-admin.jar MJG=$TMP/mails-grants.jar MJW=$TMP/mails-wb.jar
MJM=$TMP/mails-mgmt.jar MJB=$TMP/mails-both.jar
ml_login mladmin "ARRAY['admin']" "$MJA"
ml_login mlgrants "ARRAY['grants']" "$MJG"
ml_login mlwb "ARRAY['whistleblower']" "$MJW"
ml_login mlmgmt "ARRAY['management']" "$MJM"
ml_login mlboth "ARRAY['grants','whistleblower']" "$MJB"

# One row of every kind, queued for tomorrow; then the states.
declare -A MLID
for k in $ML_ADMIN_KINDS $ML_GRANT_KINDS $ML_WB_KINDS; do
	MLID[$k]=$(ml_add "$k" "ml-$k@example.dk" "$ML_TAG $k" queued 0 "")
done
ML_SENT=$(ml_add test ml-sent@example.dk "$ML_TAG sent" sent 1 "")
ML_FAILED=$(ml_add receipt ml-failed@example.dk "$ML_TAG failed" failed 5 "SMTP 550: modtager afvist")
ML_RETRY=$(ml_add case_message ml-retry@example.dk "$ML_TAG retry" queued 2 "Forbindelsen til relayet mislykkedes")
ML_SENDING=$(ml_add wb_reply ml-sending@example.dk "$ML_TAG sending" sending 1 "")
ML_XSS=$(ml_add case_approved "$ML_XSS_TO" "$ML_XSS_SUBJECT" sent 1 "")
expect "the test's rows are in the outbox" \
    [ "$(ml_sqlcount "dedup LIKE 'ml:$ML_TAG:%'")" = 18 ]

# --- who sees what ---------------------------------------------------------

req GET /staff/mails
expect_status 303 "without a session: to the login"
expect "and back here after it" grep -q 'next=%2Fstaff%2Fmails' <<<"$(location)"

req GET /staff/ -b "$MJA"
expect_body '<a href="/staff/mails">Mails</a>' "an administrator has the link in the navigation"
req GET /staff/mails -b "$MJA"
expect_status 200 "an administrator lists the mails"
expect_body '<h1>Udgående mails</h1>' "the page's heading, in Danish"
expect_body 'Du ser alle typer, fordi du er administrator.' "and says that every kind is shown"
n=0
for k in $ML_ADMIN_KINDS $ML_GRANT_KINDS $ML_WB_KINDS; do
	ml_row "${MLID[$k]}" | grep -q -F "<td>$ML_TAG $k</td>" && n=$((n + 1))
done
expect "an administrator sees all 13 kinds, the test mail and the digest too ($n)" [ "$n" = 13 ]
expect "the count is every row of the outbox ($(ml_count))" [ "$(ml_count)" = "$(ml_sqlcount true)" ]
expect "the kind's label is shown (Kvittering for modtagelse)" \
    grep -q -F '<td>Kvittering for modtagelse</td>' <<<"$(ml_row "${MLID[receipt]}")"
expect "the address is shown" grep -q -F '<td>ml-receipt@example.dk</td>' <<<"$(ml_row "${MLID[receipt]}")"
created=$(sql "SELECT to_char(created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') FROM outbox WHERE id = ${MLID[receipt]}")
expect "created in Danish time ($created)" grep -q -F "<td class=\"wide-only\">$created</td>" <<<"$(ml_row "${MLID[receipt]}")"
expect "a queued row: I kø, when it goes, not tried yet, 0 attempts" \
    grep -q -E 'tag-mail-queued">I kø</span><br><span class="hint">Sendes tidligst [0-9-]{10} [0-9:]{5}</span>.*Ikke forsøgt endnu.*<td class="num wide-only">0</td><td></td></tr>' <<<"$(ml_row "${MLID[receipt]}")"
sent_at=$(sql "SELECT to_char(sent_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') FROM outbox WHERE id = $ML_SENT")
expect "a sent row: Sendt, when ($sent_at), 1 attempt" \
    grep -q -E "tag-mail-sent\">Sendt</span></td><td>$sent_at</td><td class=\"num wide-only\">1</td>" <<<"$(ml_row "$ML_SENT")"
expect "a failed row: Fejlet, 5 attempts and why" \
    grep -q -E 'tag-mail-failed">Fejlet</span>.*<td class="num wide-only">5</td><td>SMTP 550: modtager afvist</td>' <<<"$(ml_row "$ML_FAILED")"
expect "a failed row is marked red (class over)" grep -q -F '<tr class="over"' <<<"$(ml_row "$ML_FAILED")"
expect "a row waiting for a retry: I kø, the next try, 2 attempts, the last error" \
    grep -q -E 'I kø</span><br><span class="hint">Næste forsøg [0-9-]{10} [0-9:]{5}</span>.*<td class="num wide-only">2</td><td>Forbindelsen til relayet mislykkedes</td>' <<<"$(ml_row "$ML_RETRY")"
expect "a row being sent: Sendes" grep -q -F 'tag-mail-sending">Sendes</span>' <<<"$(ml_row "$ML_SENDING")"
expect_no_body "$ML_CANARY" "no mail's body is on the page"
expect_no_body "Hej. " "nor its first words"

req GET /staff/ -b "$MJG"
expect_body '<a href="/staff/mails">Mails</a>' "the grants role has the link"
req GET /staff/mails -b "$MJG"
expect_status 200 "the grants role lists the mails"
expect_body 'Du ser de typer, din rolle giver adgang til.' "and is told that it sees its role's kinds"
n=0 bad=""
for k in $ML_GRANT_KINDS; do
	[ -n "$(ml_row "${MLID[$k]}")" ] && n=$((n + 1))
done
for k in $ML_ADMIN_KINDS $ML_WB_KINDS; do
	[ -n "$(ml_row "${MLID[$k]}")" ] && bad="$bad $k"
done
expect "the grants role sees the 8 grant kinds ($n)" [ "$n" = 8 ]
expect "and none of the others (${bad:-none})" [ -z "$bad" ]
expect "its count is the grant kinds' rows ($(ml_count))" \
    [ "$(ml_count)" = "$(ml_sqlcount "kind IN ($(ml_in "$ML_GRANT_KINDS"))")" ]
expect_no_body '<option value="wb_new">' "its kind filter offers no whistleblower kind"
expect_no_body '<option value="test">' "nor the test mail"
expect_body '<option value="receipt">Kvittering for modtagelse</option>' "but its own kinds"

req GET /staff/mails -b "$MJW"
expect_status 200 "the whistleblower role lists the mails"
n=0 bad=""
for k in $ML_WB_KINDS; do
	[ -n "$(ml_row "${MLID[$k]}")" ] && n=$((n + 1))
done
for k in $ML_ADMIN_KINDS $ML_GRANT_KINDS; do
	[ -n "$(ml_row "${MLID[$k]}")" ] && bad="$bad $k"
done
expect "the whistleblower role sees the 3 whistleblower kinds ($n)" [ "$n" = 3 ]
expect "and none of the others (${bad:-none})" [ -z "$bad" ]
expect "its count is the whistleblower kinds' rows ($(ml_count))" \
    [ "$(ml_count)" = "$(ml_sqlcount "kind IN ($(ml_in "$ML_WB_KINDS"))")" ]

req GET /staff/mails -b "$MJB"
expect "grants and whistleblower together see both groups ($(ml_count))" \
    [ "$(ml_count)" = "$(ml_sqlcount "kind IN ($(ml_in "$ML_GRANT_KINDS $ML_WB_KINDS"))")" ]
expect "but not the test mail" [ -z "$(ml_row "${MLID[test]}")" ]

req GET /staff/ -b "$MJM"
expect_status 200 "management alone logs in"
expect_no_body 'href="/staff/mails"' "management alone has no link to the mails"
req GET /staff/mails -b "$MJM"
expect_status 403 "and gets 403 on the page"
expect_body 'Du har ikke adgang til listen over mails.' "with a Danish reason"
expect_no_body "$ML_TAG" "and no row"

# --- filters ---------------------------------------------------------------

req GET "/staff/mails?kind=receipt&state=failed" -b "$MJA"
expect_status 200 "filter by kind and state"
expect "the failed receipt is listed" [ -n "$(ml_row "$ML_FAILED")" ]
expect "the queued receipt is not" [ -z "$(ml_row "${MLID[receipt]}")" ]
expect "the count is the filter's ($(ml_count))" \
    [ "$(ml_count)" = "$(ml_sqlcount "kind = 'receipt' AND state = 'failed'")" ]
expect_body '<option value="receipt" selected>' "the chosen kind stays chosen"
expect_body '<option value="failed" selected>Fejlet</option>' "and the chosen state"
req GET "/staff/mails?state=sending" -b "$MJA"
expect "state alone: the row being sent is listed" [ -n "$(ml_row "$ML_SENDING")" ]
expect "and no other state" bash -c '! grep -q -E "tag-mail-(queued|sent|failed)" "$1"' _ "$BODY"
req GET "/staff/mails?kind=wb_reply&state=" -b "$MJW"
expect_status 200 "an empty state means all"
expect "the whistleblower role filters its own kind" \
    [ "$(ml_count)" = "$(ml_sqlcount "kind = 'wb_reply'")" ]
req GET "/staff/mails?kind=digest&state=failed&side=1" -b "$MJA"
if [ "$(ml_sqlcount "kind = 'digest' AND state = 'failed'")" = 0 ]; then
	expect_body 'Ingen mails passer til filteret.' "a filter without rows says so"
else
	expect "a filter's count ($(ml_count))" [ "$(ml_count)" = "$(ml_sqlcount "kind = 'digest' AND state = 'failed'")" ]
fi

# --- bad parameters ----------------------------------------------------------

req GET "/staff/mails?kind=wb_new" -b "$MJG"
expect_status 400 "the grants role asking for a whistleblower kind"
expect_body 'Vælg en gyldig værdi i »Type«.' "is told the kind is not one it can choose"
expect_body 'aria-invalid="true" aria-describedby="kind-err"' "at the field"
expect_no_body "$ML_TAG wb_new" "and sees no row"
req GET "/staff/mails?kind=nope" -b "$MJA"
expect_status 400 "an unknown kind"
expect_body 'Listen kan ikke vises med de valg' "gets the error summary"
req GET "/staff/mails?state=delivered" -b "$MJA"
expect_status 400 "an unknown state"
expect_body 'Vælg en gyldig værdi i »Status«.' "is named"
for s in 0 -1 abc 1.5 100001; do
	req GET "/staff/mails?side=$s" -b "$MJA"
	expect_status 400 "page $s"
done
expect_body 'id="side" name="side" value="100001"' "the page typed is kept at its field"
expect_body '»Side«' "and the message names the field"
expect_no_body "$ML_TAG" "a refused filter lists nothing"

# --- pages -------------------------------------------------------------------

# 120 sent test mails in one statement: the same created_at, newest id first.
sql "INSERT INTO outbox (kind, to_addr, subject, body, dedup, state, attempts, sent_at, claimed_at)
    SELECT 'test', 'ml-page@example.dk', '$ML_TAG page ' || k, 'Hej. $ML_CANARY',
    'ml:$ML_TAG:page:' || k, 'sent', 1, now(), now() FROM generate_series(1, 120) k" >/dev/null
tot=$(ml_sqlcount "kind = 'test' AND state = 'sent'")
pages=$(( (tot + 49) / 50 ))
req GET "/staff/mails?kind=test&state=sent" -b "$MJA"
expect "page 1 begins with the newest (page 120)" grep -q -F "<td>$ML_TAG page 120</td>" "$BODY"
expect "and ends with the 50th (page 71)" grep -q -F "<td>$ML_TAG page 71</td>" "$BODY"
expect "page 70 is not on it" bash -c '! grep -q -F "$1" "$2"' _ "<td>$ML_TAG page 70</td>" "$BODY"
expect "50 rows on a page ($(grep -c 'id="mail-' "$BODY"))" [ "$(grep -c 'id="mail-' "$BODY")" = 50 ]
expect_body "Side 1 af $pages." "the page says which of how many ($tot rows)"
expect_body 'href="/staff/mails?kind=test&amp;state=sent&amp;side=2" rel="next"' "the next page keeps the filters"
expect_no_body 'rel="prev"' "the first page has no previous page"
req GET "/staff/mails?kind=test&state=sent&side=2" -b "$MJA"
expect_status 200 "page 2"
expect "page 2 has page 70 to page 21" bash -c 'grep -q -F "$1" "$3" && grep -q -F "$2" "$3"' _ \
    "<td>$ML_TAG page 70</td>" "<td>$ML_TAG page 21</td>" "$BODY"
expect "and not page 71 or page 20" bash -c '! grep -q -F -e "$1" -e "$2" "$3"' _ \
    "<td>$ML_TAG page 71</td>" "<td>$ML_TAG page 20</td>" "$BODY"
expect_body 'href="/staff/mails?kind=test&amp;state=sent&amp;side=1" rel="prev"' "page 2 links back to page 1"
req GET "/staff/mails?kind=test&state=sent&side=99999" -b "$MJA"
expect_status 200 "a page past the last"
expect_body "Side $pages af $pages." "shows the last page"
expect_no_body 'rel="next"' "which has no next page"
expect_no_body "$ML_CANARY" "no body on any page"

# --- escaping ------------------------------------------------------------------

req GET "/staff/mails?kind=case_approved" -b "$MJG"
row=$(ml_row "$ML_XSS")
expect "the XSS row is listed" [ -n "$row" ]
expect "its subject is escaped" grep -q -F "&lt;script&gt;alert(&#39;ml$$&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" <<<"$row"
expect "its address is escaped" grep -q -F 'x&quot;&gt;&lt;svg onload=alert(2)&gt;@example.dk' <<<"$row"
expect_no_body "<script>alert('ml$$')" "no script of the payload on the page"
expect_no_body '<img src=x' "no element of it"
expect_no_body '<svg onload' "nor of the address"
python3 "$SRC/tests/security/htmlcheck.py" "$BODY" > "$TMP/ml-html.txt" 2>&1
expect "the page has no script, handler or javascript: URL$(head -c 300 "$TMP/ml-html.txt" | tr '\n' ' ')" \
    [ ! -s "$TMP/ml-html.txt" ]

req POST /staff/mails -b "$MJA" --data-urlencode "csrf=x"
expect "a POST is not a way in ($STATUS)" [ "$STATUS" = 405 -o "$STATUS" = 403 ]

sql "DELETE FROM outbox WHERE dedup LIKE 'ml:$ML_TAG:%'" >/dev/null

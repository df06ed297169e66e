# The public grant portal as a browser meets it: corrections that start
# from the last version (and the versions kept), deviations named at
# their line, XML errors in Danish, precise CVR and date messages, grant
# numbers in any case, receipts for direct submissions, returned cases
# highlighted, narrow screens, POSTs that are safe to repeat, files lost
# after a failed validation, and the error pattern of cgi/lib/form.h on
# every form.  Everything here defines its own helpers (pb_*).

PB_TODAY=$(TZ=Europe/Copenhagen date +%F)	# the pages' day
PB_END=$(date -d '+365 days' +%F)

pb_case_id() {	# the case id of a redirect to /grants/my/cases/<id>
	location | sed -n 's/.*\/grants\/my\/cases\/\([0-9]*\).*/\1/p'
}
# Every form control in $BODY has an id and a <label for> (checks 11).
pb_labels() {
	bad=""
	while read -r tag; do
		id=$(printf '%s' "$tag" | sed -n 's/.* id="\([^"]*\)".*/\1/p')
		if [ -z "$id" ]; then bad="$bad [no id: $tag]"; continue; fi
		grep -qF "<label for=\"$id\"" "$BODY" || bad="$bad $id"
	done < <(grep -oE '<(input|textarea|select)[^>]*>' "$BODY" | grep -v 'type="hidden"')
	expect "$1: every control has a label${bad:+ (not:$bad)}" [ -z "$bad" ]
}
# Every aria-describedby points at an element that is there, and no id
# is used twice.
pb_aria() {
	bad=""
	for ref in $(grep -oE 'aria-describedby="[^"]*"' "$BODY" | sed 's/aria-describedby="\(.*\)"/\1/'); do
		grep -qF "id=\"$ref\"" "$BODY" || bad="$bad $ref"
	done
	dup=$(grep -oE ' id="[^"]*"' "$BODY" | sort | uniq -d | tr -d '\n')
	expect "$1: aria-describedby targets exist${bad:+ (missing:$bad)}" [ -z "$bad" ]
	expect "$1: no id twice${dup:+ ($dup)}" [ -z "$dup" ]
}
# The summary of form.h: role=alert, focusable, focused, links to fields.
pb_summary() {
	expect_body '<div class="error-summary" role="alert" tabindex="-1" autofocus>' "$1: the error summary takes the focus"
	n=$(grep -o '<a href="#[^"]*">' "$BODY" | sed 's/<a href="#\(.*\)">/\1/' | while read -r f; do
		grep -qF "id=\"$f\"" "$BODY" || echo "$f"; done | wc -l)
	expect "$1: each link of the summary leads to a field" [ "$n" = 0 ]
}
# Wide tables scroll inside the page: each <table> sits in a table-wrap
# (in $BODY, or in file $2).
pb_tables() {
	f=${2:-$BODY}
	t=$(grep -o '<table' "$f" | wc -l)
	w=$(grep -o '<div class="table-wrap" role="region" aria-label="[^"]*" tabindex="0"><table' "$f" | wc -l)
	w2=$(grep -A1 '<div class="table-wrap" role="region" aria-label="[^"]*" tabindex="0">$' "$f" | grep -c '^<table')
	expect "$1: every table scrolls in a table-wrap ($t tables)" [ "$t" = $((w + w2)) ]
}

# --- a pool, and an applicant --------------------------------------------
PB_POOL=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, status) VALUES ('Pulje til browsertest', 'Browser', 100000000, 2026, current_date - 1, current_date + 30, 'open') RETURNING id" | head -n 1)
PA=$TMP/pb_applicant.jar; rm -f "$PA"

# 11: the application form's labels and budget lines.
req GET "/grants/pools/$PB_POOL/apply" -b "$PA" -c "$PA"
expect_status 200 "application form"
pb_labels "application form"
expect_body '<label for="budget_amount_3">' "budget amounts have their own label"
expect_body '<label for="budget_text_3">' "budget texts have their own label"
# 8: amounts are typed in class="amount" inputs.
n=$(grep -oE '<input id="(requested|budget_amount_[0-9])"[^>]*>' "$BODY" | grep -vc 'class="amount"')
expect "every amount input of the application is class=amount" [ "$n" = 0 ]

# 4 + 10 + 11: a failed validation says what is wrong, keeps everything
# typed, and names the files that must be chosen again.
printf 'Projektplan\n' > "$TMP/plan.pdf"
printf 'Budget\n' > "$TMP/budget.xlsx"
mp_post "/grants/pools/$PB_POOL/apply" "$PA" -F action=save -F "org_name=Browserforeningen" \
    -F cvr=10150818 -F period_start=2027-02-30 -F period_end=2027-13-01 -F "title=Bred skærm" \
    -F "attachment=@$TMP/plan.pdf" -F "attachment=@$TMP/budget.xlsx"
expect_status 422 "a draft with a wrong check digit and a non-existent date is refused"
expect_body 'kontrolcifferet passer ikke' "an 8-digit CVR number with a wrong check digit is told so"
expect_no_body 'CVR-nummer (8 cifre).' "and is not told it needs 8 digits"
expect_body '2027-02-30 findes ikke – februar 2027 har 28 dage' "a date in the right form that does not exist is named"
expect_body '2027-13-01 findes ikke – måneden skal være 01-12' "a month that does not exist is named"
expect_no_body 'skal være en dato på formen' "and neither is asked for the form it has"
pb_summary "application with errors"
expect_body '<a href="#cvr">' "the summary links to the CVR field"
expect_body 'aria-invalid="true" aria-describedby="cvr-err"' "the CVR input is marked and described"
expect_body '<p class="field-error" id="cvr-err">' "the CVR message sits at the field"
expect_body 'aria-invalid="true" aria-describedby="period_start-err"' "the date input is marked and described"
pb_aria "application with errors"
pb_labels "application with errors"
expect_body 'value="Browserforeningen"' "the typed organisation is kept"
expect_body 'value="Bred skærm"' "the typed title is kept"
expect_body '<p class="field-error" id="attachment-err">Filerne »plan.pdf«, »budget.xlsx« blev ikke gemt, fordi formularen havde fejl. Vælg filerne igen.</p>' "the files that were not kept are named at the file field"
expect_body 'type="file" multiple aria-describedby="attachment-err"' "the file input is described by that message"
n=$(sql "SELECT count(*) FROM application WHERE org_name = 'Browserforeningen'")
expect "nothing is stored from a refused form" [ "$n" = 0 ]
mp_post "/grants/pools/$PB_POOL/apply" "$PA" -F action=submit -F "org_name=Browserforeningen" -F cvr=10150817 \
    -F "attachment=@$TMP/plan.pdf"
expect_status 422 "an incomplete application cannot be sent"
expect_body '<p class="field-error" id="attachment-err">Filen »plan.pdf« blev ikke gemt, fordi formularen havde fejl. Vælg filen igen.</p>' "one lost file is named in the singular"
expect_body '<fieldset id="budget"' "the budget is a group the summary can point to"
expect_body '<a href="#budget">Udfyld mindst én budgetlinje.</a>' "a budget error links to the budget"
pb_aria "incomplete application"

# 6 + 9: sent at once: only the receipt, and a repeat makes nothing new.
req GET "/grants/pools/$PB_POOL/apply" -b "$PA" -c "$PA"
PB_ONCE=$(once_key)
expect "the application form carries a one-time key" [ ${#PB_ONCE} = 43 ]
PB_CSRF=$(csrf)
pb_apply_direct() {	# the same direct submission, with the same key
	req POST "/grants/pools/$PB_POOL/apply" -b "$PA" -c "$PA" -F "csrf=$PB_CSRF" -F "once=$PB_ONCE" \
	    -F action=submit -F "org_name=Direkte Forening" -F cvr=10150817 -F "contact_name=Jens Hansen" \
	    -F "contact_email=jens@example.dk" -F "title=Direkte ansøgning" -F "description=Sendt med det samme." \
	    -F "period_start=$PB_TODAY" -F "period_end=$PB_END" -F "requested=100.000,00" \
	    -F "budget_text_1=Løn" -F "budget_amount_1=60.000,00" -F "budget_text_2=Husleje" \
	    -F "budget_amount_2=40.000,00" -F "attachment=@$TMP/plan.pdf"
}
pb_apply_direct
expect_status 303 "a direct submission redirects"
expect "to the receipt" [ "$(location)" = /grants/application/receipt ]
req GET /grants/application/receipt -b "$PA"
expect_body 'Kvittering for ansøgning' "the receipt is shown"
expect_body 'Hvad sker der nu?' "with what happens next"
expect_body 'Tak. Vi har modtaget din ansøgning med sagsnummer' "and the case number"
expect_body "Modtaget</dt><dd>$PB_TODAY" "and the date"
expect_no_body 'Kladdenummer' "a direct submission shows no draft number"
expect_no_body 'Fortsættelseskode' "nor a continuation code"
pb_apply_direct
expect_status 303 "sending the same form again (reload, back and send)"
expect "gets the same receipt" [ "$(location)" = /grants/application/receipt ]
n=$(sql "SELECT count(*) || ' ' || count(case_no) FROM application WHERE title = 'Direkte ansøgning'")
expect "one application, not two ($n)" [ "$n" = "1 1" ]
n=$(sql "SELECT count(*) FROM attachment t JOIN application a ON a.id = t.application_id WHERE a.title = 'Direkte ansøgning'")
expect "and one copy of its file ($n)" [ "$n" = 1 ]
# A double click: both requests at once.
req GET "/grants/pools/$PB_POOL/apply" -b "$PA" -c "$PA"
PB_ONCE=$(once_key) PB_CSRF=$(csrf)
for k in 1 2; do
	curl -s -o "$TMP/pb_race$k" -w '%{http_code}' -b "$PA" -F "csrf=$PB_CSRF" -F "once=$PB_ONCE" \
	    -F action=submit -F "org_name=Dobbeltklik" -F cvr=10150817 -F "contact_name=Jens" \
	    -F "contact_email=jens@example.dk" -F "title=Dobbeltklik" -F "description=To gange." \
	    -F "period_start=$PB_TODAY" -F "period_end=$PB_END" -F "requested=10,00" \
	    -F "budget_text_1=Kaffe" -F "budget_amount_1=10,00" "$BASE/grants/pools/$PB_POOL/apply" > "$TMP/pb_race$k.st" &
done
wait
expect "a double click is answered twice with the receipt ($(cat "$TMP/pb_race1.st") $(cat "$TMP/pb_race2.st"))" \
    [ "$(cat "$TMP/pb_race1.st")" = 303 -a "$(cat "$TMP/pb_race2.st")" = 303 ]
n=$(sql "SELECT count(*) FROM application WHERE title = 'Dobbeltklik'")
expect "and makes one application ($n)" [ "$n" = 1 ]

# 9: saving a new draft twice shows the same number and the same code,
# and that code opens the draft.
PD=$TMP/pb_draft.jar; rm -f "$PD"
req GET "/grants/pools/$PB_POOL/apply" -b "$PD" -c "$PD"
PB_ONCE=$(once_key) PB_CSRF=$(csrf)
pb_save_new() {
	req POST "/grants/pools/$PB_POOL/apply" -b "$PD" -c "$PD" -F "csrf=$PB_CSRF" -F "once=$PB_ONCE" \
	    -F action=save -F "org_name=Kladdeforeningen" -F "attachment=@$TMP/plan.pdf"
}
pb_save_new
expect_status 200 "a new draft is saved"
D1=$(field 'Kladdenummer') C1=$(field 'Fortsættelseskode' | tr -d ' ')
pb_save_new
expect_status 200 "saving the same form again"
D2=$(field 'Kladdenummer') C2=$(field 'Fortsættelseskode' | tr -d ' ')
expect "shows the same draft number ($D1, $D2)" [ -n "$D1" -a "$D1" = "$D2" ]
expect "and the same continuation code" [ ${#C1} = 16 -a "$C1" = "$C2" ]
n=$(sql "SELECT count(*) FROM application WHERE org_name = 'Kladdeforeningen'")
expect "one draft, not two ($n)" [ "$n" = 1 ]
n=$(sql "SELECT count(*) FROM attachment t JOIN application a ON a.id = t.application_id WHERE a.org_name = 'Kladdeforeningen'")
expect "with one copy of its file ($n)" [ "$n" = 1 ]
n=$(sql "SELECT count(*) FROM application WHERE org_name = 'Kladdeforeningen' AND resume_hash NOT LIKE '%$C1%'")
expect "the code is still stored only as a hash" [ "$n" = 1 ]
PR=$TMP/pb_resume.jar; rm -f "$PR"
req GET /grants/resume -b "$PR" -c "$PR"
pb_labels "resume form"
form_post /grants/resume "$PR" "draft_no=$D1" code=12
expect_status 422 "a short code is refused"
pb_summary "resume with errors"
expect_body 'aria-invalid="true" aria-describedby="code-err"' "the code input is marked"
pb_aria "resume with errors"
req GET /grants/resume -b "$PR" -c "$PR"
form_post /grants/resume "$PR" "draft_no=$D1" "code=$C2"
expect_status 303 "the code shown to the repeat opens the draft"
# Saving the draft page again does not attach its files twice.
req GET /grants/application -b "$PR"
pb_labels "draft form"
PB_ONCE=$(once_key) PB_CSRF=$(csrf)
for k in 1 2; do
	req POST /grants/application -b "$PR" -F "csrf=$PB_CSRF" -F "once=$PB_ONCE" -F action=save \
	    -F "org_name=Kladdeforeningen" -F "attachment=@$TMP/budget.xlsx"
	expect_status 303 "saving the draft page ($k)"
done
n=$(sql "SELECT count(*) FROM attachment t JOIN application a ON a.id = t.application_id WHERE a.org_name = 'Kladdeforeningen' AND t.filename = 'budget.xlsx'")
expect "a repeated save attaches the file once ($n)" [ "$n" = 1 ]
# A repeated submission of the draft: one case number, then the receipt.
req GET /grants/application -b "$PR"
PB_ONCE=$(once_key) PB_CSRF=$(csrf)
for k in 1 2; do
	req POST /grants/application -b "$PR" -F "csrf=$PB_CSRF" -F "once=$PB_ONCE" -F action=submit \
	    -F "org_name=Kladdeforeningen" -F cvr=10150817 -F "contact_name=Jens" -F "contact_email=j@example.dk" \
	    -F "title=Kladde sendt" -F "description=X" -F "period_start=$PB_TODAY" -F "period_end=$PB_END" \
	    -F "requested=1,00" -F "budget_text_1=Porto" -F "budget_amount_1=1,00"
	expect_status 303 "sending the draft ($k)"
	expect "goes to the receipt ($k)" [ "$(location)" = /grants/application/receipt ]
done
n=$(sql "SELECT count(*) FROM application WHERE org_name = 'Kladdeforeningen' AND status = 'submitted' AND case_no IS NOT NULL")
expect "the draft is sent once" [ "$n" = 1 ]

# --- staff award the direct application ----------------------------------
PS=$TMP/pb_staff.jar
staff_login demo "$DEMO_PW"
cp "$JAR" "$PS"
PB_AID=$(sql "SELECT id FROM application WHERE title = 'Direkte ansøgning'")
req GET "/staff/applications/$PB_AID" -b "$PS"
form_post "/staff/applications/$PB_AID" "$PS" decision=award "amount=100.000,00" \
    "period_start=$PB_TODAY" "period_end=$PB_END" status_every=6 accounting=1 accounts_after=3
expect_status 200 "the award asks for confirmation"
confirm_post "/staff/applications/$PB_AID" "$PS"
expect_status 200 "the application is awarded"
PB_GRANT=$(field 'Tilsagnsnummer') PB_CODE=$(field 'Adgangskode' | tr -d ' ')
expect "a grant number and an access code ($PB_GRANT)" [ -n "$PB_GRANT" -a ${#PB_CODE} = 16 ]

# --- 5: grant numbers in any case, only wrong codes count -----------------
PL=$TMP/pb_login.jar; rm -f "$PL"
PB_LOWER=$(printf '%s' "$PB_GRANT" | tr 'A-Z' 'a-z')
req GET /grants/login -b "$PL" -c "$PL"
pb_labels "login form"
form_post /grants/login "$PL" "grant_no=TS2026" "code=$PB_CODE"
expect_status 422 "a grant number of the wrong form is refused"
expect_body 'TS-2026-9001' "with an example of the right form"
pb_summary "login with errors"
expect_body 'aria-invalid="true" aria-describedby="grant_no-err"' "the grant number input is marked"
pb_aria "login with errors"
form_post /grants/login "$PL" "grant_no=  $PB_LOWER " code=1111222233334444
expect_status 403 "a wrong code for the grant in lower case is refused"
# Such codes count towards the throttle of that grant as written in
# capitals: after more of them the right code in capitals has to wait.
for i in 1 2 3 4 5 6 7; do
	req GET /grants/login -b "$PL" -c "$PL"
	form_post /grants/login "$PL" "grant_no=  $PB_LOWER " code=1111222233334444
done
req GET /grants/login -b "$PL" -c "$PL"
form_post /grants/login "$PL" "grant_no=$PB_GRANT" "code=$PB_CODE"
expect_status 403 "and counts towards the throttle of that grant"
pb_lower() {
	req GET /grants/login -b "$PL" -c "$PL"
	form_post /grants/login "$PL" "grant_no=  $PB_LOWER " "code=$PB_CODE"
}
until_status 303 70 pb_lower
expect_status 303 "the grant number in lower case with spaces logs in"
# The right code resets the count: four wrong ones, and no wait (in a
# jar of its own: the one above is logged in now).
PX=$TMP/pb_reset.jar; rm -f "$PX"
for i in 1 2 3 4; do
	req GET /grants/login -b "$PX" -c "$PX"
	form_post /grants/login "$PX" "grant_no=$PB_GRANT" code=1111222233334444
done
req GET /grants/login -b "$PX" -c "$PX"
form_post /grants/login "$PX" "grant_no=$PB_GRANT" "code=$PB_CODE"
expect_status 303 "and the right code resets the count"
# The rest uses a session of its own, so that each check stands alone.
PL=$TMP/pb_recipient.jar; rm -f "$PL"
req GET /grants/login -b "$PL" -c "$PL"
form_post /grants/login "$PL" "grant_no=$PB_GRANT" "code=$PB_CODE"
expect_status 303 "the recipient logs in"
req GET /grants/my/ -b "$PL"
expect_body "Tilsagn $PB_GRANT" "the recipient sees the grant"
pb_tables "the grant page"
PB_OS=$(sql "SELECT o.id FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$PB_GRANT' AND o.kind = 'status' AND o.seq = 1")
PB_OA=$(sql "SELECT o.id FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$PB_GRANT' AND o.kind = 'accounts'")

# --- a status report: once, returned, corrected, versions -----------------
printf 'Referat\n' > "$TMP/referat.txt"
printf 'Foto\n' > "$TMP/foto.txt"
printf 'Ny plan\n' > "$TMP/nyplan.txt"
req GET "/grants/my/obligations/$PB_OS" -b "$PL"
expect_status 200 "status report form"
pb_labels "status report form"
mp_post "/grants/my/obligations/$PB_OS" "$PL" -F "progress=" -F "milestones=Første møde." \
    -F "attachment=@$TMP/referat.txt"
expect_status 422 "a status report without progress is refused"
pb_summary "status report with errors"
expect_body 'aria-invalid="true" aria-describedby="progress-err"' "the progress field is marked"
expect_body 'Filen »referat.txt« blev ikke gemt' "the lost file is named"
pb_aria "status report with errors"
PB_ONCE=$(once_key) PB_CSRF=$(csrf)
pb_status_first() {
	req POST "/grants/my/obligations/$PB_OS" -b "$PL" -F "csrf=$PB_CSRF" -F "once=$PB_ONCE" \
	    -F "progress=Første version af fremdriften." -F "milestones=Første møde." \
	    -F "attachment=@$TMP/referat.txt" -F "attachment=@$TMP/foto.txt"
}
pb_status_first
expect_status 303 "the status report is sent"
PB_SR=$(pb_case_id)
pb_status_first
expect_status 303 "sending it again"
expect "goes to the same case" [ "$(pb_case_id)" = "$PB_SR" ]
n=$(sql "SELECT (SELECT count(*) FROM submission WHERE obligation_id = $PB_OS) || ' ' || (SELECT count(*) FROM attachment WHERE submission_id = $PB_SR) || ' ' || (SELECT count(*) FROM submission_version WHERE submission_id = $PB_SR)")
expect "one report, two files, one version ($n)" [ "$n" = "1 2 1" ]

# Staff return it.
req GET "/staff/cases/$PB_SR" -b "$PS"
form_post "/staff/cases/$PB_SR" "$PS" action=return "message=Tilføj datoen for mødet.
Og beskriv næste skridt."
expect_status 303 "staff return the report"

# 7: the returned case stands out on the grant page.
req GET /grants/my/ -b "$PL"
expect_body '<span class="tag tag-returned">Sendt retur til rettelse</span>' "the returned case has a tag"
expect_body 'id="to-correct"' "a notice at the top lists what must be corrected"
expect_body 'Tilføj datoen for mødet.' "with the caseworker's message"
expect_body "<a class=\"button\" href=\"/grants/my/obligations/$PB_OS\">Ret og indsend" "and a link to correct it"
expect "the notice comes before the grant's facts" [ "$(grep -n 'id="to-correct"' "$BODY" | cut -d: -f1)" -lt "$(grep -n '<dl class="facts">' "$BODY" | cut -d: -f1)" ]
pb_tables "the grant page with a returned case"

# 1: the correction starts from what was sent, below the message.
req GET "/grants/my/obligations/$PB_OS" -b "$PL"
expect_status 200 "the correction form"
expect_body 'Første version af fremdriften.</textarea>' "the progress text comes pre-filled"
expect_body 'Første møde.</textarea>' "the milestones come pre-filled"
expect_body 'Tilføj datoen for mødet.' "the caseworker's message is above the form"
expect "the message comes before the form" [ "$(grep -n 'Tilføj datoen' "$BODY" | head -n 1 | cut -d: -f1)" -lt "$(grep -n '<form' "$BODY" | head -n 1 | cut -d: -f1)" ]
PB_FREF=$(sql "SELECT id FROM attachment WHERE submission_id = $PB_SR AND filename = 'referat.txt'")
PB_FFOTO=$(sql "SELECT id FROM attachment WHERE submission_id = $PB_SR AND filename = 'foto.txt'")
expect_body "<input type=\"checkbox\" id=\"keep_$PB_FREF\" name=\"keep_$PB_FREF\" value=\"1\" checked>" "each file is listed, kept by default"
expect_body "<label for=\"keep_$PB_FFOTO\">Behold foto.txt" "with a label naming it"
pb_labels "the correction form"
pb_aria "the correction form"
# A failed correction keeps the choice of files.
mp_post "/grants/my/obligations/$PB_OS" "$PL" -F "progress=" -F "milestones=X" -F keep_shown=1 -F "keep_$PB_FREF=1"
expect_status 422 "a correction with errors is refused"
expect_body "id=\"keep_$PB_FFOTO\" name=\"keep_$PB_FFOTO\" value=\"1\">" "an unticked file stays unticked"
expect_body "id=\"keep_$PB_FREF\" name=\"keep_$PB_FREF\" value=\"1\" checked>" "a ticked one stays ticked"
PB_ONCE=$(once_key) PB_CSRF=$(csrf)
pb_status_again() {
	req POST "/grants/my/obligations/$PB_OS" -b "$PL" -F "csrf=$PB_CSRF" -F "once=$PB_ONCE" \
	    -F "progress=Anden version: mødet var 3. marts." -F "milestones=Første møde." \
	    -F keep_shown=1 -F "keep_$PB_FREF=1" -F "attachment=@$TMP/nyplan.txt"
}
pb_status_again
expect_status 303 "the corrected report is sent"
expect "to the same case" [ "$(pb_case_id)" = "$PB_SR" ]
pb_status_again
expect_status 303 "sending the correction again goes to the case"
n=$(sql "SELECT count(*) FROM submission_version WHERE submission_id = $PB_SR")
expect "two versions, not three ($n)" [ "$n" = 2 ]
n=$(sql "SELECT count(*) FROM case_event WHERE submission_id = $PB_SR AND kind = 'resubmitted'")
expect "one resubmission in the trail ($n)" [ "$n" = 1 ]
n=$(sql "SELECT progress FROM submission_version WHERE submission_id = $PB_SR AND version = 1")
expect "version 1 keeps what was sent first" [ "$n" = "Første version af fremdriften." ]
n=$(sql "SELECT progress FROM submission_version WHERE submission_id = $PB_SR AND version = 2")
expect "version 2 has the correction" [ "$n" = "Anden version: mødet var 3. marts." ]
n=$(sql "SELECT string_agg(a.filename, ',' ORDER BY a.filename) FROM submission_version_file f JOIN attachment a ON a.id = f.attachment_id WHERE f.submission_id = $PB_SR AND f.version = 1")
expect "version 1 had both files ($n)" [ "$n" = "foto.txt,referat.txt" ]
n=$(sql "SELECT string_agg(a.filename, ',' ORDER BY a.filename) FROM submission_version_file f JOIN attachment a ON a.id = f.attachment_id WHERE f.submission_id = $PB_SR AND f.version = 2")
expect "version 2 kept one, dropped one and added one ($n)" [ "$n" = "nyplan.txt,referat.txt" ]
n=$(sql "UPDATE submission_version SET progress = 'x' WHERE submission_id = $PB_SR" 2>&1)
expect "a version cannot be changed, not even by the owner" grep -q 'append-only' <<< "$n"
n=$(sql_as portal "DELETE FROM submission_version_file WHERE submission_id = $PB_SR")
expect "the portal cannot remove a version's files" grep -q 'permission denied' <<< "$n"
n=$(sql "SELECT progress FROM submission_version WHERE submission_id = $PB_SR AND version = 1")
expect "version 1 is unchanged" [ "$n" = "Første version af fremdriften." ]

# The recipient's case page: the current files, and every version.
req GET "/grants/my/cases/$PB_SR" -b "$PL"
expect_body 'Anden version: mødet var 3. marts.' "the case shows the current report"
sed -n '/<h2>Bilag<\/h2>/,/<h2>Versioner<\/h2>/p' "$BODY" > "$TMP/pb_files"
expect "the current files are referat and nyplan" grep -q 'nyplan.txt' "$TMP/pb_files"
expect "a dropped file is not among the current ones" bash -c "! grep -q 'foto.txt' '$TMP/pb_files'"
expect_body 'Version 2, sendt i formularen' "version 2 is listed"
expect_body 'Version 1, sendt i formularen' "version 1 is listed"
expect_body '(den gældende)' "the current version is marked"
expect_body 'Første version af fremdriften.' "version 1's content is shown"
expect_body 'foto.txt' "with its files"
# And the staff case page.
req GET "/staff/cases/$PB_SR" -b "$PS"
expect_status 200 "the staff case page"
expect_body '<h2>Versioner</h2>' "lists the versions"
expect_body 'Version 1, modtaget' "version 1"
expect_body 'Version 2, modtaget' "version 2"
expect_body 'Første version af fremdriften.' "with version 1's content"
expect_body "<a href=\"/staff/files/$PB_FFOTO\">foto.txt</a>" "and version 1's files"
sed -n '/<h2>Versioner<\/h2>/,/<h2>Handlinger<\/h2>/p' "$BODY" > "$TMP/pb_versions"
pb_tables "the staff case page's versions" "$TMP/pb_versions"
# Back and send again after a second return: still the first result.
req GET "/staff/cases/$PB_SR" -b "$PS"
form_post "/staff/cases/$PB_SR" "$PS" action=return "message=Endnu en rettelse."
pb_status_again
expect_status 303 "the old correction sent again after a new return"
expect "goes to the case" [ "$(pb_case_id)" = "$PB_SR" ]
n=$(sql "SELECT count(*) || ' ' || (SELECT status FROM submission WHERE id = $PB_SR) FROM submission_version WHERE submission_id = $PB_SR")
expect "and makes no third version ($n)" [ "$n" = "2 returned" ]

# A case sent before versions were kept (like the demo data): its last
# version is recorded, with all its files, before a correction replaces it.
PB_OS2=$(sql "SELECT o.id FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$PB_GRANT' AND o.kind = 'status' AND o.seq = 2")
PB_OLD=$(sql "INSERT INTO submission (case_no, kind, obligation_id, award_id, received, status, source, progress, milestones) SELECT 'SR-GAMMEL-1', 'status', o.id, o.award_id, '2026-01-05', 'returned', 'form', 'Gammel rapport.', 'Gammel milepæl.' FROM obligation o WHERE o.id = $PB_OS2 RETURNING id" | head -n 1)
sql "INSERT INTO case_event (submission_id, kind, by_recipient, at) VALUES ($PB_OLD, 'received', true, '2026-01-05 10:00+01'), ($PB_OLD, 'returned', false, '2026-01-20 09:00+01')" >/dev/null
sql "INSERT INTO attachment (submission_id, filename, ctype, size, data) VALUES ($PB_OLD, 'gammel.txt', 'text/plain', 3, 'abc')" >/dev/null
req GET "/grants/my/obligations/$PB_OS2" -b "$PL"
expect_body 'Gammel rapport.</textarea>' "an old case's correction starts from its text"
expect_body 'Behold gammel.txt' "and lists its file"
mp_post "/grants/my/obligations/$PB_OS2" "$PL" -F "progress=Ny rapport." -F "milestones=Ny milepæl."
expect_status 303 "the old case is corrected"
n=$(sql "SELECT string_agg(version || ':' || progress || ':' || to_char(submitted AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI'), ' | ' ORDER BY version) FROM submission_version WHERE submission_id = $PB_OLD")
expect "its old version is kept as it was, when it was sent ($n)" [ "${n%% | *}" = "1:Gammel rapport.:2026-01-05 10:00" ]
n=$(sql "SELECT string_agg(f.version || ':' || a.filename, ',' ORDER BY f.version) FROM submission_version_file f JOIN attachment a ON a.id = f.attachment_id WHERE f.submission_id = $PB_OLD")
expect "with its file, which the new version keeps ($n)" [ "$n" = "1:gammel.txt,2:gammel.txt" ]

# --- accounts by form: deviations at their line ---------------------------
req GET "/grants/my/obligations/$PB_OA" -b "$PL"
expect_status 200 "accounts form"
pb_labels "accounts form"
n=$(grep -oE '<input id="actual_[0-9]+"[^>]*>' "$BODY" | grep -vc 'class="amount"')
m=$(grep -oE '<input id="actual_[0-9]+"' "$BODY" | wc -l)
expect "every amount input of the accounts is class=amount ($m)" [ "$n" = 0 -a "$m" = 2 ]
mp_post "/grants/my/obligations/$PB_OA" "$PL" -F mode=form -F "actual_1=45.000,00" -F "actual_2=40.000,00" \
    -F "attachment=@$TMP/referat.txt"
expect_status 422 "a deviation without explanation is refused"
expect_body '<p class="field-error" id="explanation_1-err">»Løn« afviger 25,0 % fra budgettet (under)' "the error stands at the line's explanation and names the budget post"
expect_body '<a href="#explanation_1">»Løn« afviger 25,0 %' "the summary links to that field"
expect_body 'id="explanation_1" name="explanation_1" rows="2" maxlength="2000" aria-invalid="true" aria-describedby="explanation_1-err"' "the explanation is marked and described"
expect_body '<strong class="deviation">Afviger 25,0 % under budgettet</strong>' "the deviating line is marked with its percentage"
expect_no_body 'Afviger 0,0 %' "a line within the limit is not marked"
expect_body 'value="45.000,00"' "the typed amounts are kept"
expect_body 'Filen »referat.txt« blev ikke gemt' "the lost file is named"
pb_summary "accounts with errors"
pb_aria "accounts with errors"
pb_labels "accounts with errors"
mp_post "/grants/my/obligations/$PB_OA" "$PL" -F mode=form -F "actual_1=45.000,00" -F "actual_2=40.000,00" \
    -F "explanation_1=Færre timer.
Se bilag." -F "attachment=@$TMP/referat.txt"
expect_status 303 "the explained accounts are sent"
PB_RG=$(pb_case_id)
req GET "/grants/my/cases/$PB_RG" -b "$PL"
expect_body '25,0 % under budget' "the case page marks the deviation with its percentage"
pb_tables "the accounts case"
req GET "/staff/cases/$PB_RG" -b "$PS"
form_post "/staff/cases/$PB_RG" "$PS" action=return "message=Husleje er forkert."
expect_status 303 "staff return the accounts"

# 1: the accounts correction starts from the amounts and explanations.
req GET "/grants/my/obligations/$PB_OA" -b "$PL"
expect_status 200 "the accounts correction form"
expect_body 'id="actual_1" name="actual_1" class="amount" inputmode="decimal" value="45.000,00"' "line 1's amount is pre-filled"
expect_body 'value="40.000,00"' "line 2's amount is pre-filled"
expect_body 'Færre timer.
Se bilag.</textarea>' "the explanation is pre-filled with its line breaks"
expect_body 'Husleje er forkert.' "the message is above the form"
expect_body '<strong class="deviation">Afviger 25,0 % under budgettet</strong>' "the deviation of what was sent is marked"
expect_body 'Behold referat.txt' "the files are listed to keep"
pb_aria "the accounts correction form"
pb_labels "the accounts correction form"

# --- 3: XML errors in Danish, by line and element --------------------------
cat > "$TMP/pb_bad.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<regnskab xmlns="urn:frist:regnskab:1">
  <tilsagn>$PB_GRANT</tilsagn>
  <periode><fra>2027-02-30</fra><til>$PB_END</til></periode>
  <linje><tekst>Løn</tekst><budget>60000.00</budget><faktisk>45.000,00</faktisk></linje>
  <linje><tekst>Husleje</tekst><budget>40000.00</budget></linje>
</regnskab>
XML
mp_post "/grants/my/obligations/$PB_OA" "$PL" -F mode=xml -F "xml=@$TMP/pb_bad.xml;type=application/xml"
expect_status 422 "XML with three errors is refused"
expect_body '<p class="field-error" id="xml-err">Filen har 3 fejl; se listen nedenfor.</p>' "the file field says how many errors and where"
expect_body 'aria-describedby="xml-err xml-errors"' "the file input is described by the message and the list"
expect_body '<ol class="xml-errors" id="xml-errors"' "the errors are listed"
expect_body 'Linje 4: regnskab/periode/fra: »2027-02-30« findes ikke: februar 2027 har 28 dage.' "a wrong date is named by line and path"
expect_body 'Linje 5: regnskab/linje[1]/faktisk: »45.000,00« er ikke et gyldigt beløb.' "a wrong amount is named by line and path"
expect_body 'Linje 6: regnskab/linje[2]: &lt;faktisk&gt; mangler i &lt;linje&gt;.' "a missing element is named by line and path"
expect_no_body 'is not a valid value' "no English from libxml2"
expect_no_body 'Expected is' "not a word of it"
pb_summary "XML with errors"
pb_aria "XML with errors"
printf '<?xml version="1.0"?>\n<regnskab xmlns="urn:frist:regnskab:1">\n<tilsagn>%s</tilsagn>\n<linje>\n</regnskab>\n' "$PB_GRANT" > "$TMP/pb_nwf.xml"
mp_post "/grants/my/obligations/$PB_OA" "$PL" -F mode=xml -F "xml=@$TMP/pb_nwf.xml"
expect_status 422 "XML that is not well-formed is refused"
expect_body 'Filen har 1 fejl; se listen nedenfor.' "with one error"
expect_body 'Linje 5: Filen er ikke gyldig XML: &lt;linje&gt; fra linje 4 er ikke lukket' "said in Danish, by line"
printf '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<regnskab xmlns="urn:frist:regnskab:1"><tilsagn>&x;</tilsagn></regnskab>\n' > "$TMP/pb_xxe.xml"
mp_post "/grants/my/obligations/$PB_OA" "$PL" -F mode=xml -F "xml=@$TMP/pb_xxe.xml"
expect_status 422 "a DOCTYPE is still refused"
expect_body 'Linje 2: Filen må ikke indeholde en DOCTYPE-erklæring (DTD).' "and said so"
expect_no_body 'root:' "nothing of the file leaks"
xml_ok() {	# a valid account: line 1 as $1, with explanation $2 (XML)
	cat > "$TMP/pb_ok.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<regnskab xmlns="urn:frist:regnskab:1">
  <tilsagn>$PB_GRANT</tilsagn>
  <periode><fra>$PB_TODAY</fra><til>$PB_END</til></periode>
  <linje><tekst>Løn</tekst><budget>60000.00</budget><faktisk>$1</faktisk>$2</linje>
  <linje><tekst>Husleje</tekst><budget>40000.00</budget><faktisk>40000</faktisk></linje>
</regnskab>
XML
}
xml_ok 30000.00 ""
mp_post "/grants/my/obligations/$PB_OA" "$PL" -F mode=xml -F "xml=@$TMP/pb_ok.xml"
expect_status 422 "an unexplained deviation in XML is refused"
expect_body 'Linje 5: regnskab/linje[1]/forklaring mangler: »Løn« afviger 50,0 % fra budgettet (under)' "by line, element and budget post"
# 9: the XML correction sent twice at once: one version.
xml_ok 30000.00 "<forklaring>Halv tid.</forklaring>"
req GET "/grants/my/obligations/$PB_OA" -b "$PL"
PB_ONCE=$(once_key) PB_CSRF=$(csrf)
for k in 1 2; do
	curl -s -o /dev/null -D "$TMP/pb_h$k" -w '%{http_code}' -b "$PL" -F "csrf=$PB_CSRF" -F "once=$PB_ONCE" \
	    -F mode=xml -F keep_shown=1 -F "xml=@$TMP/pb_ok.xml;type=application/xml" \
	    "$BASE/grants/my/obligations/$PB_OA" > "$TMP/pb_x$k.st" &
done
wait
expect "both answers of a double click go on ($(cat "$TMP/pb_x1.st") $(cat "$TMP/pb_x2.st"))" \
    [ "$(cat "$TMP/pb_x1.st")" = 303 -a "$(cat "$TMP/pb_x2.st")" = 303 ]
n=$(sql "SELECT count(*) FROM submission_version WHERE submission_id = $PB_RG")
expect "the XML correction makes one new version ($n)" [ "$n" = 2 ]
n=$(sql "SELECT actual_ore FROM submission_version_line WHERE submission_id = $PB_RG AND version = 1 AND lineno = 1")
expect "version 1's lines are kept as sent (4500000)" [ "$n" = 4500000 ]
n=$(sql "SELECT actual_ore || ' ' || explanation FROM submission_version_line WHERE submission_id = $PB_RG AND version = 2 AND lineno = 1")
expect "version 2 has the XML's lines ($n)" [ "$n" = "3000000 Halv tid." ]
n=$(sql "SELECT source FROM submission_version WHERE submission_id = $PB_RG AND version = 2")
expect "and says it came as XML" [ "$n" = xml ]
n=$(sql "SELECT count(*) FROM submission_version_file WHERE submission_id = $PB_RG AND version = 2")
expect "a form that shows the boxes, none ticked, drops every file of version 1 ($n)" [ "$n" = 0 ]

# --- 8: the catalogue is a list, not a 790 px table ------------------------
req GET /grants/
expect_no_body '<table' "the catalogue has no table"
expect_body '<ul class="pool-list">' "it is a list of pools"
expect_body '<span class="tag tag-open">Åben for ansøgninger</span>' "each status is a tag with words"
req GET '/grants/?status=bogus'
expect_status 400 "a bad filter is refused"
pb_summary "the catalogue with a bad filter"
expect_body 'aria-invalid="true" aria-describedby="status-err"' "the filter is marked"
pb_aria "the catalogue with a bad filter"
pb_labels "the catalogue's filter"
req GET '/grants/?q=ingen+s%C3%A5dan+pulje'
expect_body '<p class="empty">Ingen puljer passer til søgningen.</p>' "an empty result says so"
expect_no_body '<ul class="pool-list">' "and shows no empty list"

# The pool closes while an applicant fills in the form: the answer says
# so, and everything typed is still there.
PB_POOL2=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, status) VALUES ('Pulje der lukker', 'Browser', 100000000, 2026, current_date - 1, current_date + 30, 'open') RETURNING id" | head -n 1)
rm -f "$TMP/pb_late.jar"
req GET "/grants/pools/$PB_POOL2/apply" -c "$TMP/pb_late.jar"
sql "UPDATE pool SET closes = current_date - 1 WHERE id = $PB_POOL2" >/dev/null
mp_post "/grants/pools/$PB_POOL2/apply" "$TMP/pb_late.jar" -F action=submit -F "org_name=Sen Forening" \
    -F cvr=10150817 -F "title=Projekt skrevet for sent" -F "description=Linje et"
expect_status 409 "a pool closed while the form was filled in"
expect_body 'Puljen er lukket for ansøgninger, mens du udfyldte formularen' "says so"
expect_body 'value="Sen Forening"' "keeps what was typed"
expect_body 'Projekt skrevet for sent' "all of it"
n=$(sql "SELECT count(*) FROM application WHERE org_name = 'Sen Forening'")
expect "and saves nothing" [ "$n" = 0 ]

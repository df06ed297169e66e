# The grant portal in English and in Danish: every page of the applicant
# and the recipient, walked once with ?lang=en (and the lang field the
# forms carry on their POSTs) and once in Danish.  Each page must be in
# its language only (no telltale word of the other in <main> or the
# title), every internal link, form and redirect must keep the language,
# and validation errors, XML errors and notices must be in it too.  Also:
# after logging out, the login page says so.  Helpers are pe_*.

PE_TODAY=$(date +%F)
PE_END=$(date -d '+365 days' +%F)

# Words that give a Danish text away on an English page, and the other
# way round.  The test data (pool, organisation, budget posts) is neither.
PE_DA_WORDS=(" og " "Indsend" "Ansøg" "ansøg" "skal" "påkrævet" "Udfyld"
    "kvitteringskode" "Kladde" "kladde" "Tilsagn" "Fortsæt" "Bilag"
    "Regnskab" "Statusrapport" "Beløb" "Frist" "Vælg" "fejl" "Sendt retur"
    "Modtaget" "Afgjort" "Hvad " " kr." "»" "«" "Filen" "Linje " "findes ikke"
    "mangler" "Tak." " ikke " " er " " på " " med " " til " " af " "Pulje"
    "Log ind" "Log ud" "Styrelsen" "Ret og")
PE_EN_WORDS=(" the " "The " " must " "Your " "Grant " "Apply" "Save " "Choose"
    "Attach" "Deadline" "DKK" "“" "”" " is " " and " " of " "Received"
    "Returned" "Log in " "Log out" "Status report" "Accounts" " you " "You "
    "Send the" "Fill in" "Show " "Thank")

pe_t() {	# pe_t ENGLISH DANISH: the text of the language under test
	if [ "$PE_LANG" = en ]; then printf '%s' "$1"; else printf '%s' "$2"; fi
}
# The page's own text: the title, and <main> without its tags but with
# its aria-labels.
pe_text() {
	{ sed -n 's/.*<title>\(.*\)<\/title>.*/\1/p' "$BODY"
	  sed -n '/<main/,/<\/main>/p' "$BODY" | grep -o 'aria-label="[^"]*"'
	  sed -n '/<main/,/<\/main>/p' "$BODY" | sed 's/<[^>]*>/ /g'
	} > "$TMP/pe_text"
}
# pe_page WHAT: $BODY is a page wholly in the language under test, and
# every internal link and form in it keeps that language.
pe_page() {
	pe_text
	found=""
	if [ "$PE_LANG" = en ]; then words=("${PE_DA_WORDS[@]}"); else words=("${PE_EN_WORDS[@]}"); fi
	for w in "${words[@]}"; do
		grep -qF -- "$w" "$TMP/pe_text" && found="$found [$w]"
	done
	expect "$PE_LANG $1: no word of the other language${found:+ (found:$found)}" [ -z "$found" ]
	expect_body "<html lang=\"$PE_LANG\">" "$PE_LANG $1: html lang=$PE_LANG"
	# Internal links; not the language switch, static files or downloads.
	bad=$(grep -v 'class="lang"' "$BODY" | grep -o 'href="/[^"]*"' | sed 's/^href="//; s/"$//' |
	    grep -v -e '^/static/' -e '^/staff/' -e '/files/' | while read -r u; do
		if [ "$PE_LANG" = en ]; then
			case "$u" in *'?lang=en'|*'&amp;lang=en') ;; *) echo "$u" ;; esac
		else
			case "$u" in *lang=*) echo "$u" ;; esac
		fi
	done | tr '\n' ' ')
	expect "$PE_LANG $1: every link keeps the language${bad:+ (not: $bad)}" [ -z "$bad" ]
	forms=$(grep -o '<form ' "$BODY" | wc -l)
	fields=$(grep -o '<input type="hidden" name="lang" value="en">' "$BODY" | wc -l)
	if [ "$PE_LANG" = en ]; then
		expect "$PE_LANG $1: every form carries lang=en ($fields of $forms)" [ "$forms" = "$fields" ]
	else
		expect "$PE_LANG $1: no form carries a language" [ "$fields" = 0 ]
	fi
}
# A redirect keeps the language: pe_redirect PATH WHAT (PATH without lang).
pe_redirect() {
	want=$1
	if [ "$PE_LANG" = en ]; then
		case "$want" in *\?*) want="$want&lang=en" ;; *) want="$want?lang=en" ;; esac
	fi
	expect "$PE_LANG $2: redirects to $want ($(location))" [ "$(location)" = "$want" ]
}
pe_says() {	# pe_says ENGLISH DANISH WHAT
	expect_body "$(pe_t "$1" "$2")" "$PE_LANG $3"
}
# POSTs send back the form's own lang field, as a browser does.
pe_lang_field() {
	sed -n 's/.*<input type="hidden" name="lang" value="\([^"]*\)">.*/\1/p' "$BODY" | head -n 1
}
pe_form() {	# pe_form PATH JAR field=value... (urlencoded)
	l=$(pe_lang_field)
	if [ -n "$l" ]; then form_post "$@" "lang=$l"; else form_post "$@"; fi
}
pe_mp() {	# pe_mp PATH JAR -F ... (multipart)
	l=$(pe_lang_field)
	if [ -n "$l" ]; then mp_post "$@" -F "lang=$l"; else mp_post "$@"; fi
}
pe_follow() {	# GET the Location of the last answer with jar $1
	req GET "$(location)" -b "$1" -c "$1"
}
pe_case_id() {
	location | sed -n 's/.*\/grants\/my\/cases\/\([0-9]*\).*/\1/p'
}

# One walk through everything, in the language $1 (en or da).
pe_flow() {
	PE_LANG=$1
	if [ "$1" = en ]; then PE_Q='?lang=en' PE_A='&lang=en'; else PE_Q='' PE_A=''; fi
	PE_JA=$TMP/pe_app_$1.jar PE_JR=$TMP/pe_rcpt_$1.jar PE_JS=$TMP/pe_staff.jar
	rm -f "$PE_JA" "$PE_JR"
	PE_POOL=$(sql "INSERT INTO pool (name, theme, purpose, amount_ore, fin_year, opens, closes, disbursement_deadline, legal_basis, status) VALUES ('Testpool PE-$1', 'PE', 'PE testpool 2026.', 100000000, 2026, current_date - 1, current_date + 30, current_date + 60, 'PE-1', 'open') RETURNING id" | head -n 1)

	# --- the catalogue and a pool ----------------------------------------
	req GET "/grants/$PE_Q"
	expect_status 200 "$1 catalogue"
	expect_body "$(pe_t '<option value="open">Open for applications</option>' '<option value="open">Åben for ansøgninger</option>')" "$1 the status filter is in the language"
	req GET "/grants/?q=PE-$1$PE_A"
	expect_status 200 "$1 catalogue searched"
	pe_page "catalogue"
	pe_says 'Showing 1 of ' '1 af ' "the count is in the language"
	pe_says 'Show all pools' 'Vis alle puljer' "a filtered list offers the whole list"
	expect_body "<form method=\"get\" action=\"/grants/\" class=\"form filter\" role=\"search\" aria-label=\"$(pe_t 'Search the pools' 'Søg i puljerne')\">" "$1 the search form is labelled"
	req GET "/grants/?status=bogus$PE_A"
	expect_status 400 "$1 an unknown status filter is refused"
	pe_page "catalogue with a bad filter"
	pe_says 'Choose one of the values offered for “Status”.' 'Vælg en gyldig værdi i »Status«.' "the filter error is in the language"
	req GET "/grants/?q=no+such+pool+PE$PE_A"
	pe_page "empty catalogue"
	pe_says '<p class="empty">No pools match the search.</p>' '<p class="empty">Ingen puljer passer til søgningen.</p>' "an empty result says so"
	req GET "/grants/feed.atom$PE_Q"
	expect_status 200 "$1 the Atom feed"
	expect "$1 the feed is well-formed XML" xmllint --noout "$BODY"
	expect_body "<title>$(pe_t 'New grant pools' 'Nye tilskudspuljer')</title>" "$1 the feed's title is in the language"
	expect_body "/grants/pools/$PE_POOL$PE_Q\"" "$1 the feed's links lead to pages in the language"
	req GET "/grants/pools/$PE_POOL$PE_Q"
	expect_status 200 "$1 pool page"
	pe_page "pool page"
	pe_says '<dd>yes</dd>' '<dd>ja</dd>' "the usual answer of 'application based' is in the language"
	pe_says 'Open for applications' 'Åben for ansøgninger' "the pool's status is in the language"

	# --- applying: errors, a draft, resuming, sending ------------------------
	req GET "/grants/pools/$PE_POOL/apply$PE_Q" -b "$PE_JA" -c "$PE_JA"
	expect_status 200 "$1 application form"
	pe_page "application form"
	pe_says '<label for="cvr">CVR number * (8 digits: the Danish business registration number)</label>' '<label for="cvr">CVR-nummer * (8 cifre)</label>' "the CVR label"
	pe_says '<label for="budget_amount_2">Budget line 2, amount in DKK</label>' '<label for="budget_amount_2">Budgetlinje 2, beløb i kr.</label>' "a budget line's label names its line"
	printf 'PE plan\n' > "$TMP/pe-plan.pdf"
	pe_mp "/grants/pools/$PE_POOL/apply" "$PE_JA" -F action=save -F "org_name=Acme PE" \
	    -F cvr=10150818 -F period_start=2027-02-30 -F "budget_amount_1=12x" -F "attachment=@$TMP/pe-plan.pdf"
	expect_status 422 "$1 a draft with errors is refused"
	pe_page "application with errors"
	pe_says '“CVR number” is not a valid CVR number: the check digit does not match.' '»CVR-nummer« er ikke et gyldigt CVR-nummer' "the CVR error uses the field's label"
	pe_says '“Project start”: 2027-02-30 does not exist – February 2027 has 28 days.' '»Projektstart«: 2027-02-30 findes ikke – februar 2027 har 28 dage.' "the date error"
	pe_says '“Budget line 1, amount in DKK” must be an amount in kroner' '»Budgetlinje 1, beløb i kr.« skal være et beløb i kroner' "a budget line's error names its line"
	pe_says 'The file “pe-plan.pdf” was not saved because the form had errors. Choose the file again.' 'Filen »pe-plan.pdf« blev ikke gemt, fordi formularen havde fejl. Vælg filen igen.' "the lost file is named"
	pe_says '<h2>The application has errors</h2>' '<h2>Ansøgningen har fejl</h2>' "the error summary"
	expect_body 'value="Acme PE"' "$1 what was typed is kept"
	pe_mp "/grants/pools/$PE_POOL/apply" "$PE_JA" -F action=submit -F "org_name=Acme PE" -F cvr=10150817 \
	    -F "contact_name=Kim Berg" -F "contact_email=kim@example.dk" -F "title=Projekt PE" -F "description=PE." \
	    -F "period_start=$PE_END" -F "period_end=$PE_TODAY" -F "requested=2.000.000,00" \
	    -F "budget_text_1=PE-A" -F "budget_amount_1=100,00" -F "budget_text_2=PE-B"
	expect_status 422 "$1 an application that does not add up is refused"
	pe_page "application that does not add up"
	pe_says 'The project end must come after the project start.' 'Projektslut skal ligge efter projektstart.' "the period error"
	pe_says "The amount applied for can be at most the pool&#39;s amount, 1.000.000,00 DKK." 'Det ansøgte beløb kan højst være puljens beløb, 1.000.000,00 kr.' "the pool's amount"
	pe_says 'Budget line 2 needs both an item and an amount.' 'Budgetlinje 2 skal have både tekst og beløb.' "a half budget line"
	pe_says 'The budget lines add up to 100,00 DKK, but the amount applied for is 2.000.000,00 DKK.' 'Budgetlinjerne giver 100,00 kr., men det ansøgte beløb er 2.000.000,00 kr.' "the budget's sum"
	pe_mp "/grants/pools/$PE_POOL/apply" "$PE_JA" -F action=save -F "org_name=Acme PE" -F "attachment=@$TMP/pe-plan.pdf"
	expect_status 200 "$1 a draft is saved"
	pe_page "saved draft"
	PE_DRAFT=$(field "$(pe_t 'Draft number' 'Kladdenummer')")
	PE_CODE=$(field "$(pe_t 'Continuation code' 'Fortsættelseskode')" | tr -d ' ')
	expect "$1 the draft number and code are shown ($PE_DRAFT)" [ ${#PE_DRAFT} = 8 -a ${#PE_CODE} = 16 ]
	req GET "/grants/application$PE_Q" -b "$PE_JA"
	expect_status 200 "$1 the draft page"
	pe_page "draft page"
	pe_says 'Attached: pe-plan.pdf (1 kB)' 'Vedhæftet: pe-plan.pdf (1 kB)' "the draft's file is listed"
	pe_mp /grants/application "$PE_JA" -F action=save -F "org_name=Acme PE"
	expect_status 303 "$1 saving the draft page"
	pe_redirect "/grants/application?saved=1" "saving the draft"
	pe_follow "$PE_JA"
	pe_page "draft page after saving"
	pe_says '<p class="notice success" role="status">The draft is saved.</p>' '<p class="notice success" role="status">Kladden er gemt.</p>' "the draft says it is saved"
	# Resuming from another browser.
	PE_JA2=$TMP/pe_app2_$1.jar; rm -f "$PE_JA2"
	req GET "/grants/application$PE_Q" -b "$PE_JA2"
	expect_status 303 "$1 the draft page needs the draft"
	pe_redirect /grants/resume "without it"
	pe_follow "$PE_JA2"
	expect_status 200 "$1 resume page"
	pe_page "resume page"
	pe_form /grants/resume "$PE_JA2" "draft_no=$PE_DRAFT" code=12
	expect_status 422 "$1 a short code is refused"
	pe_page "resume with errors"
	pe_says '“Continuation code” must be at least 16 characters.' '»Fortsættelseskode« skal være mindst 16 tegn.' "the code error"
	pe_form /grants/resume "$PE_JA2" "draft_no=$PE_DRAFT" code=0000000000000000
	expect_status 403 "$1 a wrong code is refused"
	pe_page "resume with a wrong code"
	pe_says 'The draft number or the code is wrong.' 'Kladdenummer eller kode er forkert.' "the wrong code"
	pe_form /grants/resume "$PE_JA2" "draft_no=$PE_DRAFT" "code=$PE_CODE"
	expect_status 303 "$1 the right code opens the draft"
	pe_redirect /grants/application "resuming"
	pe_follow "$PE_JA2"
	expect_body 'value="Acme PE"' "$1 the resumed draft has what was saved"
	pe_mp /grants/application "$PE_JA2" -F action=submit -F "org_name=Acme PE" -F cvr=10150817 \
	    -F "contact_name=Kim Berg" -F "contact_email=kim@example.dk" -F "title=Projekt PE" -F "description=PE." \
	    -F "period_start=$PE_TODAY" -F "period_end=$PE_END" -F "requested=600.000,00" \
	    -F "budget_text_1=PE-A" -F "budget_amount_1=400.000,00" -F "budget_text_2=PE-B" -F "budget_amount_2=200.000,00"
	expect_status 303 "$1 the draft is sent"
	pe_redirect /grants/application/receipt "sending"
	pe_follow "$PE_JA2"
	expect_status 200 "$1 receipt"
	pe_page "receipt"
	pe_says 'Received – awaiting a decision' 'Modtaget – afventer afgørelse' "the application's status"
	pe_says 'What happens now?' 'Hvad sker der nu?' "what happens next"
	req GET "/grants/application$PE_Q" -b "$PE_JA2"
	expect_status 303 "$1 a sent application cannot be edited"
	pe_redirect /grants/application/receipt "the sent draft"
	# A closed pool.
	PE_CLOSED=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, status) VALUES ('Testpool PE-closed-$1', 'PE', 100, 2026, current_date - 30, current_date - 1, 'open') RETURNING id" | head -n 1)
	req GET "/grants/pools/$PE_CLOSED/apply$PE_Q" -b "$PE_JA"
	expect_status 409 "$1 a closed pool takes no application"
	pe_page "closed pool"
	pe_says 'The pool is not open for applications.' 'Puljen er ikke åben for ansøgninger.' "the error page says why"
	req GET "/grants/pools/999999$PE_Q"
	expect_status 404 "$1 an unknown pool"
	pe_page "unknown pool"

	# --- staff award the application (staff pages are Danish only) -----------
	PE_AID=$(sql "SELECT id FROM application WHERE draft_no = '$PE_DRAFT'")
	req GET "/staff/applications/$PE_AID" -b "$PE_JS"
	form_post "/staff/applications/$PE_AID" "$PE_JS" decision=award "amount=600.000,00" \
	    "period_start=$PE_TODAY" "period_end=$PE_END" status_every=6 accounting=1 accounts_after=3
	confirm_post "/staff/applications/$PE_AID" "$PE_JS"
	expect_status 200 "$1 staff award the application"
	PE_GRANT=$(field 'Tilsagnsnummer') PE_GCODE=$(field 'Adgangskode' | tr -d ' ')
	expect "$1 a grant and its code ($PE_GRANT)" [ -n "$PE_GRANT" -a ${#PE_GCODE} = 16 ]
	req GET "/grants/application/receipt$PE_Q" -b "$PE_JA2"
	pe_page "receipt of an awarded application"
	pe_says '<dd>Granted</dd>' '<dd>Bevilget</dd>' "the decision"

	# --- the recipient: login, the grant, a status report ---------------------
	req GET "/grants/my/$PE_Q" -b "$PE_JR"
	expect_status 303 "$1 the grant page needs a login"
	pe_redirect /grants/login "the grant page"
	pe_follow "$PE_JR"
	expect_status 200 "$1 login page"
	pe_page "login page"
	expect_no_body 'role="status"' "$1 a plain login page has no notice"
	pe_form /grants/login "$PE_JR" "grant_no=TS2026-9001" "code=$PE_GCODE"
	expect_status 422 "$1 a grant number of the wrong form is refused"
	pe_page "login with errors"
	pe_says 'Write the “Grant number” as in the award letter' '»Tilsagnsnummer« skal skrives som i tilsagnsbrevet' "the grant number's form"
	pe_form /grants/login "$PE_JR" "grant_no=$PE_GRANT" code=1111222233334444
	expect_status 403 "$1 a wrong access code is refused"
	pe_page "login with a wrong code"
	pe_says 'The grant number or the access code is wrong.' 'Tilsagnsnummer eller adgangskode er forkert.' "the wrong code"
	pe_form /grants/login "$PE_JR" "grant_no=$PE_GRANT" "code=$PE_GCODE"
	expect_status 303 "$1 the recipient logs in"
	pe_redirect /grants/my/ "logging in"
	pe_follow "$PE_JR"
	expect_status 200 "$1 the grant page"
	pe_page "grant page"
	pe_says "Grant $PE_GRANT" "Tilsagn $PE_GRANT" "the grant's heading"
	pe_says "Accounts are required, with an auditor's statement" 'Regnskabspligtigt tilskud, med revisorerklæring' "the accounting duty"
	pe_says '>Send the status report (deadline ' '>Indsend statusrapport (frist ' "what to send"
	PE_OS=$(sql "SELECT o.id FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$PE_GRANT' AND o.kind = 'status' AND o.seq = 1")
	PE_OA=$(sql "SELECT o.id FROM obligation o JOIN award w ON w.id = o.award_id WHERE w.grant_no = '$PE_GRANT' AND o.kind = 'accounts'")
	req GET "/grants/my/obligations/$PE_OS$PE_Q" -b "$PE_JR"
	expect_status 200 "$1 status report form"
	pe_page "status report form"
	printf 'PE notes\n' > "$TMP/pe-notes.txt"
	pe_mp "/grants/my/obligations/$PE_OS" "$PE_JR" -F "progress=" -F "milestones=PE 1." -F "attachment=@$TMP/pe-notes.txt"
	expect_status 422 "$1 a report without progress is refused"
	pe_page "status report with errors"
	pe_says 'Fill in “Progress”.' 'Udfyld feltet »Fremdrift«.' "the missing field is named"
	pe_says 'The file “pe-notes.txt” was not saved' 'Filen »pe-notes.txt« blev ikke gemt' "the lost file"
	pe_mp "/grants/my/obligations/$PE_OS" "$PE_JR" -F "progress=PE 0." -F "milestones=PE 1." -F "attachment=@$TMP/pe-notes.txt"
	expect_status 303 "$1 the status report is sent"
	PE_SR=$(pe_case_id)
	pe_redirect "/grants/my/cases/$PE_SR?receipt=1" "sending the report"
	pe_follow "$PE_JR"
	pe_page "case page with its receipt"
	pe_says 'Thank you. We have received what you sent.' 'Tak. Vi har modtaget det, du sendte.' "the receipt"
	pe_says "<h1>Status report " "<h1>Statusrapport " "the case's kind"
	req GET "/grants/my/obligations/$PE_OS$PE_Q" -b "$PE_JR"
	expect_status 303 "$1 a sent report goes to its case"
	pe_redirect "/grants/my/cases/$PE_SR" "the sent report"
	# Returned, corrected, and its versions.
	req GET "/staff/cases/$PE_SR" -b "$PE_JS"
	form_post "/staff/cases/$PE_SR" "$PE_JS" action=return "message=PE 2."
	expect_status 303 "$1 staff return the report"
	req GET "/grants/my/$PE_Q" -b "$PE_JR"
	pe_page "grant page with a returned case"
	pe_says 'A case has been returned to you' 'En sag er sendt retur til dig' "the returned case stands out"
	pe_says '<span class="tag tag-returned">Returned</span>' '<span class="tag tag-returned">Sendt retur</span>' "with a tag"
	req GET "/grants/my/obligations/$PE_OS$PE_Q" -b "$PE_JR"
	expect_status 200 "$1 the correction form"
	pe_page "correction form"
	pe_says 'The agency has returned ' 'Styrelsen har sendt ' "the return is explained"
	pe_says '>Keep pe-notes.txt (1 kB)</label>' '>Behold pe-notes.txt (1 kB)</label>' "the files to keep"
	pe_mp "/grants/my/obligations/$PE_OS" "$PE_JR" -F "progress=PE 3." -F "milestones=PE 1."
	expect_status 303 "$1 the correction is sent"
	pe_follow "$PE_JR"
	pe_page "case page with two versions"
	pe_says 'Version 2, sent using the form, ' 'Version 2, sendt i formularen ' "the versions are listed"
	pe_says '(the current one)' '(den gældende)' "the current one is marked"
	pe_says 'Sent again after correction' 'Indsendt igen efter rettelse' "the history"

	# --- accounts: by form, then as XML ---------------------------------------
	req GET "/grants/my/obligations/$PE_OA$PE_Q" -b "$PE_JR"
	expect_status 200 "$1 accounts form"
	pe_page "accounts form"
	pe_mp "/grants/my/obligations/$PE_OA" "$PE_JR" -F mode=form -F "actual_1=300.000,00" -F "actual_2=2x"
	expect_status 422 "$1 accounts with errors are refused"
	pe_page "accounts with errors"
	pe_says '“PE-A” differs from its budget by 25,0 % (under), more than the 10 % allowed without an explanation.' '»PE-A« afviger 25,0 % fra budgettet (under), mere end de 10 %, der kan afvige uden forklaring.' "the deviation is named by its budget post"
	pe_says '“Actual spending in DKK (PE-B)” must be an amount in kroner' '»Faktisk forbrug i kr. (PE-B)« skal være et beløb i kroner' "a wrong amount names its budget post"
	pe_says "This grant needs an auditor&#39;s statement. Attach it." 'Tilskuddet kræver en revisorerklæring. Vedhæft den.' "the auditor's statement"
	pe_says '<strong class="deviation">Differs 25,0 % under the budget</strong>' '<strong class="deviation">Afviger 25,0 % under budgettet</strong>' "the deviating line is marked"
	pe_xml() {	# pe_xml FILE: accounts for this grant, line 1 as $2, with $3 (XML)
		cat > "$1" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<regnskab xmlns="urn:frist:regnskab:1">
  <tilsagn>$PE_GRANT</tilsagn>
  <periode><fra>$PE_TODAY</fra><til>$PE_END</til></periode>
  <linje><tekst>PE-A</tekst><budget>400000.00</budget><faktisk>$2</faktisk>$3</linje>
  <linje><tekst>PE-B</tekst><budget>200000.00</budget><faktisk>200000</faktisk></linje>
</regnskab>
XML
	}
	cat > "$TMP/pe-bad.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<regnskab xmlns="urn:frist:regnskab:1">
  <tilsagn>$PE_GRANT</tilsagn>
  <periode><fra>2027-02-30</fra><til>$PE_END</til></periode>
  <linje><tekst>PE-A</tekst><budget>400000.00</budget><faktisk>45.000,00</faktisk></linje>
  <linje><tekst>PE-B</tekst><budget>200000.00</budget></linje>
</regnskab>
XML
	pe_mp "/grants/my/obligations/$PE_OA" "$PE_JR" -F mode=xml -F "xml=@$TMP/pe-bad.xml;type=application/xml" \
	    -F "auditor_file=@$TMP/pe-notes.txt"
	expect_status 422 "$1 XML with three errors is refused"
	pe_page "XML with errors"
	pe_says 'The file has 3 errors; see the list below.' 'Filen har 3 fejl; se listen nedenfor.' "the count of errors"
	pe_says 'Line 4: regnskab/periode/fra: “2027-02-30” does not exist: February 2027 has 28 days.' 'Linje 4: regnskab/periode/fra: »2027-02-30« findes ikke: februar 2027 har 28 dage.' "a wrong date, by line and path"
	pe_says 'Line 5: regnskab/linje[1]/faktisk: “45.000,00” is not a valid amount.' 'Linje 5: regnskab/linje[1]/faktisk: »45.000,00« er ikke et gyldigt beløb.' "a wrong amount, by line and path"
	pe_says 'Line 6: regnskab/linje[2]: &lt;faktisk&gt; is missing in &lt;linje&gt;.' 'Linje 6: regnskab/linje[2]: &lt;faktisk&gt; mangler i &lt;linje&gt;.' "a missing element, by line and path"
	pe_says 'aria-label="Errors in the XML file"' 'aria-label="Fejl i XML-filen"' "the list is labelled"
	pe_says 'The file “pe-notes.txt” was not saved' 'Filen »pe-notes.txt« blev ikke gemt' "the lost auditor's statement"
	printf '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<regnskab xmlns="urn:frist:regnskab:1"><tilsagn>&x;</tilsagn></regnskab>\n' > "$TMP/pe-xxe.xml"
	pe_mp "/grants/my/obligations/$PE_OA" "$PE_JR" -F mode=xml -F "xml=@$TMP/pe-xxe.xml"
	expect_status 422 "$1 a DOCTYPE is refused"
	pe_page "XML with a DOCTYPE"
	pe_says 'Line 2: The file must not contain a DOCTYPE declaration (DTD).' 'Linje 2: Filen må ikke indeholde en DOCTYPE-erklæring (DTD).' "the DOCTYPE"
	printf '<?xml version="1.0"?>\n<regnskab xmlns="urn:frist:regnskab:1">\n<tilsagn>%s</tilsagn>\n<linje>\n</regnskab>\n' "$PE_GRANT" > "$TMP/pe-nwf.xml"
	pe_mp "/grants/my/obligations/$PE_OA" "$PE_JR" -F mode=xml -F "xml=@$TMP/pe-nwf.xml"
	pe_page "XML that is not well-formed"
	pe_says 'The file has 1 error; see the list below.' 'Filen har 1 fejl; se listen nedenfor.' "one error"
	pe_says 'Line 5: The file is not valid XML: &lt;linje&gt; from line 4 is not closed with &lt;/linje&gt; before &lt;/regnskab&gt; comes (at regnskab/linje[1]).' 'Linje 5: Filen er ikke gyldig XML: &lt;linje&gt; fra linje 4 er ikke lukket med &lt;/linje&gt;, før &lt;/regnskab&gt; kommer (ved regnskab/linje[1]).' "the well-formedness error"
	pe_xml "$TMP/pe-other.xml" 300000 ""
	sed -i "s/<tilsagn>$PE_GRANT</<tilsagn>TS-2020-0001</" "$TMP/pe-other.xml"
	pe_mp "/grants/my/obligations/$PE_OA" "$PE_JR" -F mode=xml -F "xml=@$TMP/pe-other.xml"
	pe_page "XML for another grant"
	pe_says "regnskab/tilsagn: The file is for grant TS-2020-0001, but you are logged in to $PE_GRANT." "regnskab/tilsagn: Filen gælder tilsagn TS-2020-0001, men du er logget ind på $PE_GRANT." "the wrong grant"
	pe_xml "$TMP/pe-dev.xml" 300000 ""
	pe_mp "/grants/my/obligations/$PE_OA" "$PE_JR" -F mode=xml -F "xml=@$TMP/pe-dev.xml" -F "auditor_file=@$TMP/pe-notes.txt"
	pe_page "XML with an unexplained deviation"
	pe_says 'Line 5: regnskab/linje[1]/forklaring is missing: “PE-A” differs from its budget by 25,0 % (under)' 'Linje 5: regnskab/linje[1]/forklaring mangler: »PE-A« afviger 25,0 % fra budgettet (under)' "the deviation in XML"
	pe_xml "$TMP/pe-ok.xml" 300000 "<forklaring>PE 4.</forklaring>"
	pe_mp "/grants/my/obligations/$PE_OA" "$PE_JR" -F mode=xml -F "xml=@$TMP/pe-ok.xml" -F "auditor_file=@$TMP/pe-notes.txt"
	expect_status 303 "$1 valid XML accounts are accepted"
	PE_RG=$(pe_case_id)
	pe_redirect "/grants/my/cases/$PE_RG?receipt=1" "sending the accounts"
	n=$(sql "SELECT message FROM case_event WHERE submission_id = $PE_RG AND kind = 'received'")
	expect "$1 the staff's trail says in Danish that it came as XML ($n)" [ "$n" = 'Indsendt som XML-fil.' ]
	req GET "/staff/cases/$PE_RG" -b "$PE_JS"
	form_post "/staff/cases/$PE_RG" "$PE_JS" action=repayment "amount=12.500,00" "message=PE 5."
	confirm_post "/staff/cases/$PE_RG" "$PE_JS"
	expect_status 303 "$1 staff demand a repayment"
	req GET "/grants/my/cases/$PE_RG$PE_Q" -b "$PE_JR"
	pe_page "accounts case"
	pe_says 'Sent as an XML file.' 'Indsendt som XML-fil.' "the recipient's own event"
	pe_says 'The agency demands repayment of 12.500,00 DKK.' 'Styrelsen kræver 12.500,00 kr. tilbagebetalt.' "the repayment"
	pe_says 'Repayment demanded: 12.500,00 DKK' 'Krav om tilbagebetaling: 12.500,00 kr.' "the history"
	pe_says '25,0 % under budget' '25,0 % under budget' "the deviation"
	pe_says 'Version 1, sent as an XML file, ' 'Version 1, sendt som XML-fil ' "the version"

	# --- logging out, and the lock-out --------------------------------------
	req GET "/grants/my/$PE_Q" -b "$PE_JR"
	pe_form /grants/logout "$PE_JR"
	expect_status 303 "$1 the recipient logs out"
	pe_redirect "/grants/login?out=1" "logging out"
	pe_follow "$PE_JR"
	expect_status 200 "$1 the login page after logging out"
	pe_page "login page after logging out"
	pe_says '<p class="notice success" role="status">You are logged out.</p>' '<p class="notice success" role="status">Du er logget ud.</p>' "the login page says the recipient is logged out"
	req GET "/grants/my/$PE_Q" -b "$PE_JR"
	expect_status 303 "$1 after logging out the grant needs a login again"
	req GET "/grants/login$PE_Q" -b "$PE_JR"
	pe_form /grants/logout "$PE_JR"
	expect_status 403 "$1 a POST without a session is refused"
	pe_page "refused POST"
	# Eight: a loaded machine's slow answers still meet a wait.
	for i in 1 2 3 4 5 6 7 8; do
		req GET "/grants/login$PE_Q"
		pe_form /grants/login "$TMP/pe_x.jar" "grant_no=$PE_GRANT" code=9999888877776666
	done
	req GET "/grants/login$PE_Q"
	pe_form /grants/login "$TMP/pe_x.jar" "grant_no=$PE_GRANT" "code=$PE_GCODE"
	expect_status 403 "$1 after the wrong codes even the right one waits"
	pe_page "held-back login"
	pe_says 'there must be a short time (at most a minute) between attempts, so wait a little before you try again.' 'skal der gå lidt tid (højst et minut) mellem forsøgene, så vent lidt, før du prøver igen.' "the wait is explained"
	pe_right() {
		rm -f "$TMP/pe_x.jar"
		req GET "/grants/login$PE_Q"
		pe_form /grants/login "$TMP/pe_x.jar" "grant_no=$PE_GRANT" "code=$PE_GCODE"
	}
	until_status 303 70 pe_right
	expect_status 303 "$1 within a minute the right code logs in by itself"
}

staff_login demo "$DEMO_PW"
cp "$JAR" "$TMP/pe_staff.jar"
pe_flow en
pe_flow da

# The grant's contact e-mail (issue 11, sql/028): it comes from the
# application, the recipient sees and changes it at /grants/my/contact
# (validation, CSRF, POST/redirect/GET, audit), another grant's address is
# not touched, and staff see it on the application and the case.

# --- from the application ------------------------------------------------
n=$(sql "SELECT contact_email FROM award WHERE grant_no = 'TS-2026-9001'")
expect "a demo grant has its application's address ($n)" [ "$n" = mette@example.dk ]
n=$(sql "SELECT count(*) FROM award w JOIN application a ON a.id = w.application_id WHERE w.contact_email <> a.contact_email")
expect "every grant with an application has its address" [ "$n" = 0 ]

# --- two grants of this test, one imported without an address -------------
CT_CODE=5151626273738484
ct_hash=$(printf '%s\n' "$CT_CODE" | "$SRC/build/frist-tool" pwhash)
ct_pool=$(sql "SELECT min(id) FROM pool")
ct_award() {	# ct_award GRANT_NO EMAIL: a grant with the test's access code
	echo "INSERT INTO award (grant_no, pool_id, org_name, title, amount_ore, period_start, period_end, accounting, auditor, access_hash, contact_email) VALUES (:'g', :'p', 'Kontaktforeningen', 'Kontaktprojekt', 10000000, current_date - 10, current_date + 300, false, false, :'h', :'e') RETURNING id" |
	    sh "$SRC/tools/frist-ctl" psql -tA -v g="$1" -v p="$ct_pool" -v h="$ct_hash" -v e="$2" | head -n 1
}
CTA=$(ct_award TS-2026-7801 '')
CTB=$(ct_award TS-2026-7802 anden@example.dk)
ct_audits() { sql "SELECT count(*) FROM audit WHERE entity = 'award' AND entity_id = $CTA"; }

CJ=$TMP/contact.jar; rm -f "$CJ"
req GET /grants/my/contact -b "$CJ"
expect_status 303 "the contact page needs a recipient login"
req GET /grants/login -b "$CJ" -c "$CJ"
form_post /grants/login "$CJ" grant_no=TS-2026-7801 "code=$CT_CODE"
expect_status 303 "the test recipient logs in"

req GET /grants/my/ -b "$CJ"
expect_body 'Ingen e-mailadresse endnu' "/grants/my/ says the grant has no address yet"
expect_body '<a href="/grants/my/contact">Ret e-mailadresse</a>' "and links to the contact page"
req GET /grants/my/contact -b "$CJ" -c "$CJ"
expect_status 200 "the contact page"
expect_body 'Ingen adresse endnu, så der sendes ingen påmindelser.' "it says no address is set"
expect_body 'value=""' "the field is empty"

# --- bad addresses: 422, the value kept, nothing saved ---------------------
form_post /grants/my/contact "$CJ" contact_email=jens@
expect_status 422 "an address without a domain is refused"
expect_body 'class="error-summary" role="alert"' "with the error summary"
expect_body '<a href="#contact_email">»Ny e-mailadresse« skal være en gyldig e-mailadresse.</a>' "that names the field"
expect_body 'value="jens@"' "the typed value is kept"
expect_body 'aria-invalid="true"' "the field is marked invalid"
form_post /grants/my/contact "$CJ" 'contact_email=søren@kø.dk'
expect_status 422 "an address with æ, ø or å is refused"
expect_body 'må kun indeholde tegn fra det engelske alfabet (ASCII)' "the message says ASCII only"
expect_body 'value="søren@kø.dk"' "and keeps what was typed"
form_post /grants/my/contact "$CJ" 'contact_email="><b>x</b>@x.dk'
expect_status 422 "markup is refused"
expect_body 'value="&quot;&gt;&lt;b&gt;x&lt;/b&gt;@x.dk"' "and shown escaped"
form_post /grants/my/contact "$CJ" contact_email=
expect_status 422 "an empty address is refused"
n=$(sql "SELECT contact_email || '|' FROM award WHERE id = $CTA")
expect "nothing was saved ($n)" [ "$n" = '|' ]

# --- CSRF --------------------------------------------------------------------
req POST /grants/my/contact -b "$CJ" --data-urlencode contact_email=csrf@example.dk
expect_status 403 "a POST without the CSRF token is refused"
req POST /grants/my/contact -b "$CJ" --data-urlencode csrf=AAAA --data-urlencode contact_email=csrf@example.dk
expect_status 403 "a POST with a forged token is refused"
req GET /grants/my/contact -b "$CJ"
t=$(csrf)
req POST /grants/my/contact -b "$CJ" -H 'Origin: http://evil.example' -H 'Sec-Fetch-Site: cross-site' \
    --data-urlencode "csrf=$t" --data-urlencode contact_email=csrf@example.dk
expect_status 403 "a cross-site POST with the right token is refused"
n=$(sql "SELECT count(*) FROM award WHERE contact_email = 'csrf@example.dk'")
expect "no refused POST changed an address" [ "$n" = 0 ]

# --- a good address: saved, confirmed, audited once ------------------------
req GET /grants/my/contact -b "$CJ"
t=$(csrf)
form_post /grants/my/contact "$CJ" 'contact_email=  Ny.Adresse+frist@forening.dk '
expect_status 303 "a good address is saved"
expect "and the answer goes back to the page with a confirmation ($(location))" \
    [ "$(location)" = /grants/my/contact?saved=1 ]
n=$(sql "SELECT contact_email FROM award WHERE id = $CTA")
expect "the address is stored trimmed, as typed ($n)" [ "$n" = Ny.Adresse+frist@forening.dk ]
req GET /grants/my/contact?saved=1 -b "$CJ"
expect_body '<p class="notice success" role="status">E-mailadressen er gemt.</p>' "the page confirms it in Danish"
expect_body '<strong id="current-email">Ny.Adresse+frist@forening.dk</strong>' "and shows the new address"
expect "the change is audited once ($(ct_audits))" [ "$(ct_audits)" = 1 ]
n=$(sql "SELECT coalesce(staff_id::text, 'null') || '|' || action || '|' || detail FROM audit WHERE entity = 'award' AND entity_id = $CTA")
expect "as the recipient's, from the old to the new address ($n)" \
    [ "$n" = 'null|contact_email|recipient:  -> Ny.Adresse+frist@forening.dk' ]
req POST /grants/my/contact -b "$CJ" --data-urlencode "csrf=$t" \
    --data-urlencode 'contact_email=  Ny.Adresse+frist@forening.dk '
expect_status 303 "the same POST again (reload, double click) is answered the same"
expect "and changes nothing: still one audit row" [ "$(ct_audits)" = 1 ]
req GET /grants/my/ -b "$CJ"
expect_body 'Ny.Adresse+frist@forening.dk <a href="/grants/my/contact">Ret e-mailadresse</a>' \
    "/grants/my/ shows the address with the link"
n=$(sql "SELECT contact_email FROM award WHERE id = $CTB")
expect "the other grant's address is untouched ($n)" [ "$n" = anden@example.dk ]
n=$(sql "SELECT contact_email FROM award WHERE grant_no = 'TS-2026-9001'")
expect "and so is the demo grant's ($n)" [ "$n" = mette@example.dk ]

# --- English -----------------------------------------------------------------
req GET '/grants/my/contact?lang=en' -b "$CJ"
expect_body "The grant's e-mail address" "the page in English"
form_post '/grants/my/contact?lang=en' "$CJ" lang=en 'contact_email=å@example.dk'
expect_status 422 "an English POST with å is refused"
expect_body 'can only contain ASCII characters' "in English"
form_post '/grants/my/contact?lang=en' "$CJ" lang=en contact_email=en@example.dk
expect "an English save goes back in English ($(location))" \
    [ "$(location)" = '/grants/my/contact?saved=1&lang=en' ]
req GET '/grants/my/contact?saved=1&lang=en' -b "$CJ"
expect_body 'The e-mail address is saved.' "and confirms in English"

# --- the database holds the rest ---------------------------------------------
out=$(sql_as portal "UPDATE award SET contact_email = 'ikke en adresse' WHERE id = $CTA")
expect "the database refuses an address that is not a plain one" grep -q 'award_contact_email_check' <<<"$out"
out=$(sql_as portal "UPDATE award SET contact_email = 'x@kø.dk' WHERE id = $CTA")
expect "or that is not ASCII" grep -q 'award_contact_email_check' <<<"$out"
out=$(sql_as portal "UPDATE award SET title = 'x' WHERE id = $CTA")
expect "the portal cannot change another column of a grant" grep -q 'permission denied' <<<"$out"
out=$(sql_as portal "INSERT INTO audit (entity, action) VALUES ('award', 'x')")
expect "nor write the audit itself" grep -q 'permission denied' <<<"$out"

# --- staff see it ------------------------------------------------------------
CSJ=$TMP/contact_staff.jar
staff_login demo "$DEMO_PW"; cp "$JAR" "$CSJ"
ct_app=$(sql "SELECT application_id FROM award WHERE grant_no = 'TS-2026-9001'")
req GET "/staff/applications/$ct_app" -b "$CSJ"
expect_body 'Påmindelser og kvitteringer sendes til <strong>mette@example.dk</strong>' \
    "the staff's application page shows the grant's address"
ct_case=$(sql "SELECT s.id FROM submission s JOIN award w ON w.id = s.award_id WHERE w.grant_no = 'TS-2026-9001' ORDER BY s.id LIMIT 1")
req GET "/staff/cases/$ct_case" -b "$CSJ"
expect_body '<dt>Tilsagnets e-mail</dt><dd>mette@example.dk</dd>' "and so does the case page"

sql "DELETE FROM audit WHERE entity = 'award' AND entity_id IN ($CTA, $CTB)" >/dev/null
sql "DELETE FROM award WHERE id IN ($CTA, $CTB)" >/dev/null

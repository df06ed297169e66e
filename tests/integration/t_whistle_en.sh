# The whistleblower channel in English (?lang=en, or the form field lang
# on POSTs): every public page and answer of the flow, the language kept
# through every link, form and error, validation in English, no Danish
# left on the English pages and no English on the Danish ones; and the
# mailbox never shows a typed code again.

EN_CANARY="ENGLISH$RANDOM$RANDOM"
EJ=$TMP/whistle-en.jar

en_main() {	# the visible text of <main> in the last body, one line
	sed -n '/<main/,/<\/main>/p' "$BODY" | sed 's/<[^>]*>/ /g' | tr '\n' ' '
}
en_code() {	# the receipt code in the last body
	sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY" | tr -d ' '
}
# en_page WHAT: the page in $BODY is English, without a Danish word left,
# and every internal link and form keeps the language.
en_page() {
	expect_body '<html lang="en">' "$1: html lang is en"
	m=$(en_main)
	for w in ' og ' 'Indsend' 'skal' 'påkrævet' 'Udfyld' 'kvitteringskode' 'Kvitteringskode' \
	    'Bekymring' 'bekymr' 'Indberet' 'henvendelse' 'Henvendelse' 'postkasse' 'Postkasse' \
	    'Vælg' 'feltet' 'Ingen ' ' ikke ' ' har ' 'Modtaget' 'Afsluttet' 'Under behandling' \
	    ' svar' 'Svar ' 'Hent ' 'Filer' 'Tilbud' 'Beskriv' 'Dit ' 'Din ' ' du ' ' vi ' \
	    'Plejefamilie' 'Pædagogik' 'Ledelse' 'Koden' 'Ret det'; do
		if [[ $m == *"$w"* ]]; then
			fail "$1: Danish '$w' left in <main>"
			return
		fi
	done
	pass "$1: no Danish word left in <main>"
	expect_no_body 'WB_' "$1: no string-table key left unreplaced"
	bad=$(grep -o 'href="/[^"]*"' "$BODY" | grep -v '^href="/static/' |
	    grep -v 'lang=en' | grep -v '^href="/staff/"' |
	    grep -vxF "href=\"$(sed -n 's/.*<a class="lang" href="\([^"]*\)".*/\1/p' "$BODY")\"")
	expect "$1: every internal link keeps the language (${bad:-all do})" [ -z "$bad" ]
	nf=$(grep -c '<form' "$BODY")
	nl=$(grep -o '<input type="hidden" name="lang" value="en">' "$BODY" | wc -l)
	expect "$1: every form carries the language ($nf forms, $nl fields)" [ "$nf" = "$nl" ]
	na=$(grep -o '<form[^>]*action="[^"]*"' "$BODY" | grep -vc 'lang=en')
	expect "$1: every form's address keeps the language too" [ "$na" = 0 ]
}
# da_page WHAT: the Danish page in $BODY has no English left.
da_page() {
	expect_body '<html lang="da">' "$1: html lang is da"
	m=$(en_main)
	for w in ' the ' 'The ' ' and ' 'Your ' 'your ' 'report' 'Report' 'mailbox' 'Mailbox' \
	    'Choose' 'Fill in' 'Send the' 'Attach' 'Receipt' 'receipt' 'Status:' 'Closed' \
	    'Received' 'answer' 'Answer' 'Download' 'No files' 'No messages'; do
		if [[ $m == *"$w"* ]]; then
			fail "$1: English '$w' left in <main>"
			return
		fi
	done
	pass "$1: no English word left in <main>"
	expect_no_body 'WB_' "$1: no string-table key left unreplaced"
	n=$(grep -o 'lang=en' "$BODY" | wc -l)
	expect "$1: nothing but the language switch points to English ($n)" [ "$n" -le 1 ]
	expect_no_body 'name="lang"' "$1: no form carries a language"
}
en_mailbox() {	# en_mailbox CODE [curl args...]: opens the mailbox in English
	c=$1; shift
	req GET '/whistleblower/mailbox?lang=en'
	t=$(csrf)
	req POST '/whistleblower/mailbox?lang=en' --data-urlencode "csrf=$t" --data-urlencode lang=en \
	    --data-urlencode action=open --data-urlencode "code=$c" "$@"
}

# --- the form -------------------------------------------------------------------
req GET '/whistleblower/?lang=en'
expect_status 200 "the English report form"
en_page "form"
expect_body '<title>Report a concern · ' "the page title is English"
expect_body 'Your report goes to <strong>Socialtilsyn Demo</strong>' "it names the receiving authority"
expect_body 'no later than 1 working day' "registered within 1 working day"
expect_body 'Within 7 days' "acknowledged within 7 days"
expect_body 'Within 3 months' "feedback within 3 months"
expect_body 'call 112' "call 112 if someone is in danger"
expect_body 'Fields marked with * are required.' "the asterisk is explained"
expect_body '<option value="plejefamilie">Foster family</option>' "offer types in English (from the code table)"
expect_body '<option value="paaroerende">I am a relative</option>' "relations in English"
expect_body '>Management – poor or lacking</option>' "the created causes in English"
expect_body '<label for="subject">Name of the care service or foster family *</label>' "labels in English"
expect_body '<a href="/whistleblower/mailbox?lang=en">Go to your mailbox</a>' "the link to the mailbox keeps the language"
expect_body '<a class="lang" href="/whistleblower/" lang="da" hreflang="da">Dansk</a>' "the switch leads to the Danish form"
req GET '/whistleblower/'
expect_status 200 "the Danish form"
da_page "Danish form"
expect_body '<option value="plejefamilie">Plejefamilie</option>' "offer types in Danish"
expect_body '>Ledelse – dårlig eller manglende</option>' "the causes in Danish"
expect_body '<a href="/whistleblower/mailbox">Gå til din postkasse</a>' "Danish links carry no language"
# A cause the authority adds has no translation: shown as written, marked Danish.
sql "INSERT INTO whistle_cause (label, sort) VALUES ('Engelsktest-årsag', 905)" >/dev/null
sleep 1.1
req GET '/whistleblower/?lang=en'
expect_body ' lang="da">Engelsktest-årsag</option>' "an added cause keeps its Danish label, marked lang=da"
sql "UPDATE whistle_cause SET active = false WHERE label = 'Engelsktest-årsag'" >/dev/null
sleep 1.1

# --- validation in English, everything typed kept ------------------------------------
req GET '/whistleblower/?lang=en'
t=$(csrf) o=$(once_key)
printf 'lost file %s\n' "$EN_CANARY" > "$TMP/en-lost.txt"
req POST '/whistleblower/?lang=en' -F "csrf=$t" -F "once=$o" -F lang=en \
    -F "subject=Sunny Home $EN_CANARY" -F offer_type=nonsense -F relation=nabo \
    -F "description=" -F anonymity=named -F "name=" -F "attachment=@$TMP/en-lost.txt;filename=evidence.txt"
expect_status 422 "an incomplete English report is refused"
en_page "form with errors"
expect_body 'Your report has not been sent. Please correct the following:' "the error summary is English"
expect_body 'Fill in “Describe the situation”.' "the missing description, named by its English label"
expect_body 'Choose one of the values offered for “Type”.' "a value not offered, named in English"
expect_body 'Write your name, or choose to be anonymous.' "a named report needs a name (English)"
expect_body 'The file “evidence.txt” was not saved, because the form had errors. Please choose the file again.' \
    "the lost file is named in English"
expect_body "value=\"Sunny Home $EN_CANARY\"" "what was typed is kept"
expect_body '<option value="nabo" selected>Neighbour or acquaintance</option>' "the chosen relation is kept"
# The same in Danish: Danish messages with the Danish label.
req GET '/whistleblower/'
t=$(csrf) o=$(once_key)
req POST '/whistleblower/' -F "csrf=$t" -F "once=$o" -F "subject=Solhjem" -F offer_type=voksen \
    -F relation=nabo -F "description=" -F anonymity=anonymous
expect_status 422 "an incomplete Danish report is refused"
da_page "Danish form with errors"
expect_body 'Udfyld feltet »Beskriv forholdene«.' "the Danish message names the Danish label"
expect_body '<option value="voksen" selected>Voksentilbud</option>' "the chosen offer type is kept"

# --- the receipt ----------------------------------------------------------------------
req GET '/whistleblower/?lang=en'
t=$(csrf) o=$(once_key)
printf 'English file %s\n' "$EN_CANARY" > "$TMP/en-file.txt"
form=(-F "csrf=$t" -F "once=$o" -F lang=en -F "subject=Sunny Home $EN_CANARY" -F offer_type=voksen
    -F relation=paaroerende -F "description=Residents do not get their medicine. $EN_CANARY"
    -F anonymity=anonymous -F "attachment=@$TMP/en-file.txt;filename=note-$EN_CANARY.txt")
req POST '/whistleblower/?lang=en' "${form[@]}"
expect_status 200 "an English report is received"
en_page "anonymous receipt"
EC=$(en_code)
expect "the receipt has a 16-digit code" [ ${#EC} = 16 ]
expect_body '<title>Thank you for your report · ' "the receipt's title is English"
expect_body 'Socialtilsyn Demo has received your report.' "the receipt says who received it"
expect_body 'without us learning who you are' "the anonymous receipt promises anonymity"
expect_body '<a href="/whistleblower/mailbox?lang=en">your mailbox</a>' "the receipt links to the English mailbox"
req POST '/whistleblower/?lang=en' "${form[@]}"
expect "a reload of the English receipt gives the same code" [ "$(en_code)" = "$EC" ]
ER=$(sql "SELECT max(id) FROM whistle_report")
# The language from the form field alone (a form posted to the bare address).
req GET '/whistleblower/?lang=en'
t=$(csrf) o=$(once_key)
req POST '/whistleblower/' -F "csrf=$t" -F "once=$o" -F lang=en -F "subject=Foster family Smith" \
    -F offer_type=plejefamilie -F relation=nabo -F "description=Worried about the children." \
    -F anonymity=named -F "name=Anne Neighbour" -F "contact=12345678" -F consent_received=1
expect_status 200 "a named English report is received (lang from the form field)"
en_page "named receipt"
expect_body 'You have given your name' "the named receipt says so"
EN_NAMED=$(en_code)

# --- the mailbox: the code form and wrong codes ---------------------------------------------
req GET '/whistleblower/mailbox?lang=en'
expect_status 200 "the English code form"
en_page "code form"
expect_body '<title>Your mailbox · ' "its title is English"
expect_body '<label for="code">Receipt code (16 digits)</label>' "the code field's label"
expect_body '<a href="/whistleblower/?lang=en">send a report</a>' "the link to the form keeps the language"
t=$(csrf)
req POST '/whistleblower/mailbox?lang=en' --data-urlencode "csrf=$t" --data-urlencode lang=en \
    --data-urlencode action=open --data-urlencode code=5555666677778888
expect_status 200 "a wrong code (English)"
en_page "wrong code"
expect_body 'The code was not found. Check that you have typed all 16 digits correctly.' "a wrong code is explained in English"
expect_no_body '5555666677778888' "the typed code is not in the answer"
expect_no_body '5555 6666' "not even in groups"
req POST '/whistleblower/mailbox?lang=en' --data-urlencode "csrf=$t" --data-urlencode lang=en \
    --data-urlencode action=open --data-urlencode code=12345
expect_status 422 "a code of the wrong length (English)"
en_page "short code"
expect_body 'Receipt code' "the message names the field in English"
expect_no_body 'value="12345"' "the short code is not shown again"
req POST '/whistleblower/mailbox?lang=en' --data-urlencode "csrf=$t" --data-urlencode lang=en \
    --data-urlencode action=open --data-urlencode code=12ab34
expect_status 422 "a code with letters (English)"
expect_body '“Receipt code” can only contain digits.' "explained in English"
expect_no_body '12ab34' "and not shown again"
# Danish: the same, and the code is not echoed either.
req GET /whistleblower/mailbox
da_page "Danish code form"
t=$(csrf)
req POST /whistleblower/mailbox --data-urlencode "csrf=$t" --data-urlencode action=open \
    --data-urlencode code=5555666677779999
expect_body 'Koden blev ikke fundet.' "a wrong code is explained in Danish"
expect_no_body '5555666677779999' "the typed code is not in the Danish answer either"
da_page "Danish wrong code"

# --- the mailbox itself ----------------------------------------------------------------
en_mailbox "$EC"
expect_status 200 "the right code opens the English mailbox"
en_page "mailbox"
expect_body "Residents do not get their medicine. $EN_CANARY" "the report is shown"
expect_body '<strong>Received</strong>' "the state in English (from the code table)"
expect_body '<p class="empty">No messages yet.</p>' "no messages yet, in English"
expect_body "note-$EN_CANARY.txt" "the reporter's file is listed"
# A reply, with the language from the form field.
t=$(csrf) o=$(once_key)
req POST '/whistleblower/mailbox?lang=en' -F "csrf=$t" -F "once=$o" -F lang=en -F "code=$EC" \
    -F action=reply -F "reply="
expect_status 422 "an empty English reply is refused"
en_page "empty reply"
expect_body 'Your reply has not been sent. Please correct the following:' "the reply's error summary is English"
expect_body 'Write a reply, or attach a file.' "and says what is missing"
req POST '/whistleblower/mailbox' -F "csrf=$t" -F "once=$o" -F lang=en -F "code=$EC" \
    -F action=reply -F "reply=More details $EN_CANARY-REPLY"
expect_status 200 "an English reply is sent"
en_page "reply sent"
expect_body 'Your reply has been sent to Socialtilsyn Demo.' "the reply is confirmed in English"
expect_body "$EN_CANARY-REPLY" "and shown in the thread"
expect_body '<strong>From you</strong>' "from the reporter"
fid=$(sed -n 's/.*name="file_id" value="\([0-9]*\)".*/\1/p' "$BODY" | head -n 1)
t=$(csrf)
req POST '/whistleblower/mailbox' --data-urlencode "csrf=$t" --data-urlencode lang=en \
    --data-urlencode "code=$EC" --data-urlencode action=download --data-urlencode "file_id=$fid"
expect_status 200 "the reporter downloads the file from the English mailbox"
expect_body "English file $EN_CANARY" "the file comes back"

# Staff answer and close the report; the reporter reads it in English.
staff_login demo "$DEMO_PW"
cp "$JAR" "$EJ"
en_staff() {	# en_staff field=value...: a staff form on the report page
	req GET "/staff/whistle/$ER" -b "$EJ"
	t=$(csrf) o=$(once_key)
	args=(--data-urlencode "csrf=$t" --data-urlencode "once=$o")
	for kv in "$@"; do args+=(--data-urlencode "$kv"); done
	req POST "/staff/whistle/$ER" -b "$EJ" -c "$EJ" "${args[@]}"
}
en_staff action=message "message=Thank you, we are looking into it. $EN_CANARY-STAFF"
expect_status 303 "staff send a message (the staff pages stay Danish)"
expect "staff's redirect has no language ($(location))" [ "$(location | grep -c lang=)" = 0 ]
en_mailbox "$EC"
expect_body '<strong>From Socialtilsyn Demo</strong>' "the authority's message is marked as from it, in English"
en_mailbox "$EN_NAMED"
expect_status 200 "the named report's mailbox"
en_page "named mailbox"
paed=$(sql "SELECT id FROM whistle_cause WHERE label = 'Pædagogik'")
en_staff action=register "reg_name=Sunny Home" reg_offer_type=voksen "reg_cause=$paed" risk=lav "risk_reason=Lav"
expect_status 303 "staff register the report"
en_staff action=close closing_reason=udenfor_kompetence
expect_status 303 "staff close the report"
req GET "/staff/whistle/$ER" -b "$EJ"
expect_body '<html lang="da">' "the staff page stays Danish"
en_mailbox "$EC"
expect_status 200 "the closed report's mailbox"
en_page "closed mailbox"
expect_body '<strong>Closed</strong>' "the state is Closed"
expect_body 'The case is closed' "it says the case is closed"
expect_body 'What you told us about is outside what we supervise.' "and why, in English (from the code table)"
expect_body '<a href="/whistleblower/?lang=en">send a new report</a>' "the link to a new report keeps the language"
expect_no_body 'name="action" value="reply"' "there is no reply form"
t=$(csrf)
req POST '/whistleblower/mailbox?lang=en' -F "csrf=$t" -F "once=EngelskGammelSide0123456789abcdefghij" -F lang=en \
    -F "code=$EC" -F action=reply -F "reply=Too late $EN_CANARY-LATE"
expect_status 409 "an English reply to a closed report is refused"
en_page "reply to a closed report"
expect_body 'Your reply was not sent, because the case has been closed.' "and says why in English"
expect_body "Too late $EN_CANARY-LATE" "and gives the text back"
bo_mailbox_da() {
	req GET /whistleblower/mailbox
	t=$(csrf)
	req POST /whistleblower/mailbox --data-urlencode "csrf=$t" --data-urlencode "code=$1"
}
bo_mailbox_da "$EC"
da_page "Danish closed mailbox"
expect_body 'Afsluttet' "the Danish state"
expect_body 'ligger uden for det, vi fører tilsyn med' "the Danish closing reason"

# --- error pages keep the language -------------------------------------------------------
req GET '/whistleblower/nothing-here?lang=en'
expect_status 404 "an unknown whistleblower page"
expect_body '<html lang="en">' "the 404 page is English"
expect_body 'Page not found' "and says so in English"
req POST '/whistleblower/mailbox?lang=en' --data-urlencode "csrf=forged" --data-urlencode lang=en \
    --data-urlencode code=1234123412341234
expect_status 403 "a forged form token (English)"
expect_body '<html lang="en">' "the 403 page is English"
expect_body 'The form had expired' "and explains in English"
expect_no_body '1234123412341234' "without the code"
req POST '/whistleblower/mailbox' --data-urlencode "csrf=forged" --data-urlencode lang=en \
    --data-urlencode code=1234123412341234
expect_status 403 "a forged token with the language only in the form field"
expect_body '<html lang="en">' "is English too"
# The bare address is redirected by nginx, with the language.
req GET '/whistleblower?lang=en'
expect_status 301 "the bare /whistleblower?lang=en is redirected"
expect_header '^Location: .*/whistleblower/\?lang=en$' "to the English page"
req GET '/whistleblower'
expect_header '^Location: .*/whistleblower/$' "and the bare address to the Danish one"

# The rate limit's message in English (wrong codes counted for everyone).
sql "UPDATE setting SET value = '1' WHERE key = 'whistle.max_failures_per_minute'" >/dev/null
sql "DELETE FROM whistle_attempt" >/dev/null
while [ "$(date +%S | sed 's/^0//')" -ge 52 ]; do sleep 1; done
en_mailbox 9999888877776661
en_mailbox 9999888877776662
en_mailbox "$EC"
expect_status 429 "past the limit of wrong codes (English)"
en_page "too many attempts"
expect_body 'There have been too many attempts with wrong codes just now.' "the pause is explained in English"
expect_no_body "$EN_CANARY" "and the mailbox is not opened"
sql "UPDATE setting SET value = '60' WHERE key = 'whistle.max_failures_per_minute'" >/dev/null
sql "DELETE FROM whistle_attempt" >/dev/null

# CSRF as browsers meet it, and the security headers once per response.
#
# Every form POST was once refused in Chromium while these tests passed,
# because curl sent no Origin and Chromium sent "Origin: null" (the page's
# Referrer-Policy was no-referrer).  So here each POST is sent with exactly
# the headers Chromium 156 sends for a same-origin form submission; the
# browser suite (tests/e2e) then does the same with the real browser.

UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'
# chromium_post PATH REFERER-PATH ORIGIN SITE CURL-ARGS...: a form POST as
# Chromium sends it (ORIGIN "-" leaves the header out, SITE "-" too).
chromium_post() {
	p=$1 ref=$2 o=$3 site=$4; shift 4
	set -- -H "User-Agent: $UA" \
	    -H 'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8' \
	    -H 'Accept-Language: da-DK,da;q=0.9' -H 'Cache-Control: max-age=0' \
	    -H 'Upgrade-Insecure-Requests: 1' -H 'Sec-Fetch-Mode: navigate' \
	    -H 'Sec-Fetch-User: ?1' -H 'Sec-Fetch-Dest: document' \
	    -H 'sec-ch-ua-mobile: ?0' -H 'sec-ch-ua-platform: "Linux"' \
	    -H "Referer: $BASE$ref" "$@"
	[ "$o" = - ] || set -- -H "Origin: $o" "$@"
	[ "$site" = - ] || set -- -H "Sec-Fetch-Site: $site" "$@"
	req POST "$p" "$@"
}

# The policy that makes browsers send the real Origin, on every program.
for p in / /grants/ /whistleblower/ /staff/login; do
	req GET "$p"
	expect_header '^Referrer-Policy: same-origin' "$p: Referrer-Policy same-origin"
done

# Staff login: what Chromium sends passes; what it sent under the old
# policy (Origin: null), a foreign origin and a cross-site request fail.
rm -f "$JAR"
req GET /staff/login -c "$JAR"
t=$(csrf)
login_as() {	# login_as ORIGIN SITE
	chromium_post /staff/login /staff/login "$1" "$2" -b "$JAR" -c "$JAR" \
	    --data-urlencode "csrf=$t" --data-urlencode username=demo \
	    --data-urlencode "password=$DEMO_PW"
}
login_as null same-origin
expect_status 403 "staff login with Origin: null (old no-referrer policy) is refused"
login_as http://evil.example cross-site
expect_status 403 "staff login from a foreign site is refused"
login_as "$BASE" cross-site
expect_status 403 "staff login with Sec-Fetch-Site: cross-site is refused"
login_as "$BASE" same-site
expect_status 403 "staff login from a sibling site (same-site) is refused"
login_as "https://127.0.0.1:$PORT" same-origin
expect_status 403 "staff login with the right host but another scheme is refused"
login_as "$BASE.evil.example" -
expect_status 403 "staff login from a look-alike origin is refused"
login_as "$BASE" same-origin
expect_status 303 "staff login exactly as Chromium sends it passes"
rm -f "$JAR"
req GET /staff/login -c "$JAR"
t=$(csrf)
login_as "$BASE" -
expect_status 303 "staff login with Origin only (older browsers) passes"

# The whistleblower form and the mailbox, as Chromium posts them.
req GET /whistleblower/
t=$(csrf)
chromium_post /whistleblower/ /whistleblower/ null same-origin -F "csrf=$t" \
    -F subject=X -F offer_type=voksen -F relation=ansat -F description=Y -F anonymity=anonymous
expect_status 403 "whistleblower form with Origin: null is refused"
chromium_post /whistleblower/ /whistleblower/ http://evil.example cross-site -F "csrf=$t" \
    -F subject=X -F offer_type=voksen -F relation=ansat -F description=Y -F anonymity=anonymous
expect_status 403 "whistleblower form from a foreign site is refused"
n0=$(sql "SELECT count(*) FROM whistle_report")
chromium_post /whistleblower/ /whistleblower/ "$BASE" same-origin -F "csrf=$t" \
    -F subject=X -F offer_type=voksen -F relation=ansat -F description=Y -F anonymity=anonymous
expect_status 200 "whistleblower form exactly as Chromium sends it passes"
expect_body 'id="receipt"' "and the receipt is shown"
n1=$(sql "SELECT count(*) FROM whistle_report")
expect "and one report is stored" [ "$n1" = $((n0 + 1)) ]
req GET /whistleblower/mailbox
t=$(csrf)
chromium_post /whistleblower/mailbox /whistleblower/mailbox null same-origin \
    --data-urlencode "csrf=$t" --data-urlencode code=1234123412341234 --data-urlencode action=open
expect_status 403 "mailbox with Origin: null is refused"
chromium_post /whistleblower/mailbox /whistleblower/mailbox "$BASE" same-origin \
    --data-urlencode "csrf=$t" --data-urlencode code=1234123412341234 --data-urlencode action=open
expect_status 200 "mailbox exactly as Chromium sends it passes"

# The portal: recipient login and a new application.
req GET /grants/login
t=$(csrf)
chromium_post /grants/login /grants/login null same-origin \
    --data-urlencode "csrf=$t" --data-urlencode grant_no=TS-2026-9001 --data-urlencode code=1
expect_status 403 "recipient login with Origin: null is refused"
chromium_post /grants/login /grants/login "$BASE" same-origin \
    --data-urlencode "csrf=$t" --data-urlencode grant_no=TS-2026-9001 --data-urlencode code=1
expect "recipient login exactly as Chromium sends it reaches the check ($STATUS)" [ "$STATUS" != 403 ]
pool=$(sql "SELECT id FROM pool WHERE status = 'open' AND current_date BETWEEN opens AND closes ORDER BY id LIMIT 1")
req GET "/grants/pools/$pool/apply"
t=$(csrf)
chromium_post "/grants/pools/$pool/apply" "/grants/pools/$pool/apply" null same-origin \
    -F "csrf=$t" -F action=save -F org_name=X
expect_status 403 "application with Origin: null is refused"
chromium_post "/grants/pools/$pool/apply" "/grants/pools/$pool/apply" "$BASE" same-origin \
    -F "csrf=$t" -F action=save -F org_name=X
expect_status 200 "application exactly as Chromium sends it passes"

# Every security header exactly once: program pages, static files, and
# what nginx answers alone (its 404, 413 and a program that is down).
count_headers() {	# count_headers WHAT: each header must occur once
	for h in Content-Security-Policy X-Content-Type-Options X-Frame-Options \
	    Referrer-Policy Cross-Origin-Opener-Policy Cross-Origin-Resource-Policy \
	    Permissions-Policy; do
		n=$(tr -d '\r' < "$HDRS" | grep -ci "^$h:")
		expect "$1: $h once ($n)" [ "$n" = 1 ]
	done
}
req GET /grants/
count_headers "a program page"
req GET /staff/login
count_headers "the staff login"
req POST /whistleblower/ -F x=1
count_headers "a program's error page"
req GET /static/frist.css
count_headers "a static file"
req GET /static/nosuchfile.css
count_headers "nginx's 404"
head -c 30000000 /dev/zero > "$TMP/big"
req POST /grants/login --data-binary "@$TMP/big" -H 'Content-Type: application/x-www-form-urlencoded'
count_headers "nginx's 413"
rm -f "$TMP/big"

# Behind a proxy that ends TLS, browsers send the public https origin and
# nginx sees plain http: with public_origin configured (FRIST_PUBLIC_ORIGIN),
# that origin passes and any other, the plain-http one included, fails.
sh "$SRC/tools/frist-ctl" stop >/dev/null 2>&1
FRIST_PUBLIC_ORIGIN=https://tilskud.example sh "$SRC/tools/frist-ctl" start >/dev/null 2>&1
rm -f "$JAR"
req GET /staff/login -c "$JAR"
t=$(csrf)
login_as "$BASE" same-origin
expect_status 403 "behind TLS: the plain-http origin is refused"
login_as https://tilskud.example same-origin
expect_status 303 "behind TLS: the configured public origin passes"
sh "$SRC/tools/frist-ctl" stop >/dev/null 2>&1
sh "$SRC/tools/frist-ctl" start >/dev/null 2>&1
req GET /staff/login
expect_status 200 "the stack is back as it was"

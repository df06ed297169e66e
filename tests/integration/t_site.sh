# The site's address comes from the configuration, never from the Host
# header (issue 10).  Before, Secure was dropped for any Host starting
# with "127.0.0.1" or "localhost" (Host: localhost.evil.example), and the
# Atom feed, publicly cacheable, built its links from Host.  Now
# base_url (frist-ctl: FRIST_BASE_URL, the local demo http://127.0.0.1:
# PORT) decides both, with cookie_secure to say otherwise.

# si_login HOST: a staff login with that Host header; $HDRS has the cookie.
si_login() {
	rm -f "$TMP/si.jar"
	req GET /staff/login -H "Host: $1" -c "$TMP/si.jar"
	t=$(csrf)
	req POST /staff/login -H "Host: $1" -b "$TMP/si.jar" -c "$TMP/si.jar" \
	    --data-urlencode "csrf=$t" --data-urlencode username=demo \
	    --data-urlencode "password=$DEMO_PW"
}
# si_no_host WHAT: no header and no body of the last answer names evil.example.
si_no_host() {
	if grep -qi 'evil\.example' "$HDRS" "$BODY"; then
		fail "$1: evil.example in the answer"; grep -i 'evil\.example' "$HDRS" "$BODY" | head -n 3
	else pass "$1"; fi
}

# --- the local demo: plain http, as configured -------------------------
for h in "127.0.0.1:$PORT" localhost.evil.example tilskud.example.dk; do
	si_login "$h"
	expect_status 303 "login with Host: $h"
	expect_header '^Set-Cookie: frist_staff=[^;]+;.*HttpOnly; SameSite=Strict' "a session cookie with Host: $h"
	expect_no_header '^Set-Cookie:.*Secure' "no Secure with Host: $h: the configured base is plain http"
done

req GET /grants/feed.atom -H 'Host: evil.example'
expect_status 200 "the feed with Host: evil.example"
si_no_host "the feed holds no link to the Host a client sent"
expect_body "<link rel=\"self\" href=\"http://127.0.0.1:$PORT/grants/feed.atom\"/>" "its self link is the configured base URL's"
expect_body "href=\"http://127.0.0.1:$PORT/grants/pools/" "and so are its entries' links"
expect_header '^Cache-Control: public, max-age=300' "the same for everyone, so publicly cacheable"
req GET '/grants/feed.atom?lang=en' -H 'Host: evil.example'
si_no_host "the English feed neither"
for p in /staff/ /grants/my/ /grants/application /staff/whistle/; do
	req GET "$p" -H 'Host: evil.example'
	expect_header '^Location: /' "$p redirects to a path of this site"
	si_no_host "$p: no Location or body with the Host a client sent"
done
si_login evil.example
expect_header '^Location: /staff/' "the login redirects to a path"
si_no_host "the login's answer has no Host a client sent"

# --- in production: an https base, whatever the Host ------------------
sh "$SRC/tools/frist-ctl" stop >/dev/null 2>&1
FRIST_BASE_URL=https://tilskud.example sh "$SRC/tools/frist-ctl" start >/dev/null 2>&1
for h in "127.0.0.1:$PORT" localhost.evil.example localhost "[::1]"; do
	si_login "$h"
	expect_status 303 "https base: login with Host: $h"
	expect_header '^Set-Cookie: frist_staff=.*; Secure' "https base: Secure with Host: $h"
done
req GET /grants/feed.atom -H 'Host: evil.example'
expect_body '<link rel="self" href="https://tilskud.example/grants/feed.atom"/>' "https base: the feed's links start with it"
si_no_host "https base: and never with the Host sent"
# cookie_secure says otherwise where TLS is not at hand at all.
sh "$SRC/tools/frist-ctl" stop >/dev/null 2>&1
FRIST_BASE_URL=https://tilskud.example FRIST_COOKIE_SECURE=no sh "$SRC/tools/frist-ctl" start >/dev/null 2>&1
si_login localhost.evil.example
expect_no_header '^Set-Cookie:.*Secure' "cookie_secure = no: no Secure"
sh "$SRC/tools/frist-ctl" stop >/dev/null 2>&1
sh "$SRC/tools/frist-ctl" start >/dev/null 2>&1
req GET /staff/login
expect_status 200 "the stack is back as it was"

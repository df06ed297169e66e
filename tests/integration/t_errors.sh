# Bad input gets a clear 4xx page that says what was wrong.

req POST /grants/ -d x=1
expect_status 405 "POST where only GET is allowed"
expect_header '^Allow: GET, HEAD' "405 says what is allowed"
expect_body 'Metoden er ikke tilladt' "405 page in Danish"

req PUT /grants/ -d x=1
expect_status 405 "unknown method PUT"
req BREW /grants/
expect_status 405 "made-up method"
expect_body 'metoden »BREW«' "405 page names the method"

req GET '/grants/?q=%C3%28'
expect_status 400 "invalid UTF-8 in the query string"
expect_body 'gyldig UTF-8' "400 page says it is not UTF-8"
req GET '/grants/?q=%zz'
expect_status 400 "malformed percent escape"
expect_body '%-kodning' "400 page names the encoding error"
req GET '/grants/?q=%00'
expect_status 400 "NUL byte in the query string"

req POST /staff/login --data-binary $'csrf=x&username=\xff\xfe' -H 'Content-Type: application/x-www-form-urlencoded'
expect_status 400 "invalid UTF-8 in a form body"
expect_body 'gyldig UTF-8' "the page says so"

req POST /staff/login --data-binary 'a=1' -H 'Content-Type: text/plain'
expect_status 415 "unknown body encoding"
expect_body 'ukendt kodning' "415 page says so"

req POST /staff/login --data-binary $'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n' -H 'Content-Type: multipart/form-data; boundary=XyZ'
expect_status 400 "truncated multipart body"
expect_body 'multipart' "400 page names the multipart error"
# A well-formed multipart form refused for another reason is told that
# reason, not a multipart error that the parsing left behind.
req POST /whistleblower/ -F csrf=forged -F description=x
expect_status 403 "a multipart form with a forged token"
expect_body 'Formularen var udløbet' "is told the form had expired"
expect_no_body 'multipart' "not that it was badly encoded"

# Refused while being read, in the language of the address: English
# pages send their forms to ?lang=en.
req POST '/grants/login?lang=en' --data-binary $'csrf=x&grant_no=\xff\xfe' -H 'Content-Type: application/x-www-form-urlencoded'
expect_status 400 "invalid UTF-8 in an English form"
expect_body '<html lang="en">' "the error page is English"
expect_body 'not valid UTF-8' "and says what was wrong in English"
req GET '/grants/login?lang=en'
expect_body 'action="/grants/login?lang=en"' "English forms post to ?lang=en"

# The program's limit (10 MiB) answers first with its own page ...
head -c $((10 * 1024 * 1024 + 100)) /dev/zero | tr '\0' 'a' > "$TMP/big"
req POST /staff/login --data-binary @"$TMP/big" -H 'Content-Type: application/x-www-form-urlencoded'
expect_status 413 "body over the program's limit"
expect_body 'for stort' "413 page from the program says why"
# ... and nginx's, a little higher, stops anything larger.
head -c $((12 * 1024 * 1024)) /dev/zero > "$TMP/big"
req POST /staff/login --data-binary @"$TMP/big" -H 'Content-Type: application/x-www-form-urlencoded'
expect_status 413 "body over nginx's limit"
expect_body 'større end det tilladte' "nginx's 413 page is frist's Danish page"
rm -f "$TMP/big"

# A field longer than 64 KiB.
head -c 70000 /dev/zero | tr '\0' 'a' > "$TMP/long"
req POST /staff/login --data-binary "username=$(cat "$TMP/long")" -H 'Content-Type: application/x-www-form-urlencoded'
expect_status 413 "a single field over the field limit"
rm -f "$TMP/long"

# The language link of a page whose address has an encoded "?" keeps it
# encoded (the path is decoded by then).
req GET '/grants/x%3Fy'
expect_status 404 "an address with an encoded question mark"
expect_body 'href="/grants/x%3Fy?lang=en"' "its language link is the same address"

# The whistleblower channel's first page.

req GET /whistleblower/
expect_status 200 "report form"
expect_body 'Indberet bekymrende forhold' "form heading"
expect_body 'name="csrf"' "form carries a signed token"
expect_no_header '^Set-Cookie' "no cookie on the whistleblower channel"
expect_header '^Referrer-Policy: no-referrer' "no referrer leaves the page"
req GET /whistleblower
expect_status 301 "the bare path redirects to the form"

# The public portal: front page, pool catalogue and pool pages.

req GET /
expect_status 200 "front page"
expect_body 'href="/grants/"' "front page links to the grant portal"
expect_body 'href="/whistleblower/"' "front page links to the whistleblower channel"
expect_body 'href="/staff/"' "front page links to the staff application"
expect_header "^Content-Security-Policy: .*default-src 'none'" "CSP header"
expect_header "^Content-Security-Policy: .*frame-ancestors 'none'" "CSP forbids framing"
expect_no_header "^Content-Security-Policy: .*unsafe-inline" "CSP allows no inline script"
expect_header '^X-Content-Type-Options: nosniff' "nosniff header"
expect_header '^Referrer-Policy: same-origin' "Referrer-Policy header"
expect_header '^Content-Type: text/html; charset=utf-8' "HTML in UTF-8"

req GET /grants/
expect_status 200 "pool catalogue"
# Each request is in nginx's access log with the program's request id
# (the programs themselves log only failures).
rid=$(tr -d '\r' < "$HDRS" | sed -n 's/^X-Request-Id: //Ip')
sleep 0.2
expect "nginx's access log has the request by its id" \
    grep -q "$rid \"GET /grants/\" 200" "$FRIST_VAR/log/nginx-access.log"
expect "the program does not log a request that went well" \
    sh -c "! grep -q ' $rid ' '$FRIST_VAR/log/portal.log'"
n=$(sql "SELECT count(*) FROM pool WHERE status <> 'draft'")
expect_body "$n af $n offentliggjorte puljer vises" "every published pool is listed"
n=$(grep -c 'href="/grants/pools/' "$BODY")
m=$(sql "SELECT count(*) FROM pool WHERE status <> 'draft'")
expect "one row per published pool ($m)" [ "$n" = "$m" ]
expect_body 'Togfonden DK' "a pool name from puljer.csv"
expect_body '13.000.000.000,00' "amounts in Danish format, exact (13.000 mio. kr.)"
expect_header '^Cache-Control: no-store' "dynamic pages are not cached"

id=$(sql "SELECT id FROM pool WHERE name LIKE 'Færgepulje%'")
req GET "/grants/pools/$id"
expect_status 200 "one pool's page"
expect_body '<h1>Færgepulje</h1>' "pool page shows the pool"
expect_body '100.000.000,00 kr.' "pool page shows the amount"

req GET /grants/pools/999999
expect_status 404 "unknown pool"
expect_body 'Siden findes ikke' "404 page in Danish"
req GET /grants/pools/abc
expect_status 404 "non-numeric pool id"
req GET /no/such/page
expect_status 404 "unknown path is answered by frist"

# A draft pool is not public.
did=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, status) VALUES ('Kladdepulje', 'Test', 100, 2026, '2026-01-01', '2026-12-31', 'draft') RETURNING id" | head -n 1)
req GET "/grants/pools/$did"
expect_status 404 "a draft pool is not shown"
req GET /grants/
expect_no_body 'Kladdepulje' "a draft pool is not listed"

# Values from the database are escaped by the templates.
xid=$(sql "INSERT INTO pool (name, theme, amount_ore, fin_year, opens, closes, status) VALUES ('<script>alert(1)</script>', 'Test', 100, 2026, '2026-01-01', '2026-12-31', 'open') RETURNING id" | head -n 1)
req GET "/grants/pools/$xid"
expect_body '&lt;script&gt;alert(1)&lt;/script&gt;' "HTML in data is escaped"
expect_no_body '<script>' "no raw script tag reaches the page"
sql "DELETE FROM pool WHERE id IN ($did, $xid)" >/dev/null

# Each worker caches the catalogue; a change in the database must show at
# once, whichever worker answers.
for i in 1 2 3 4; do req GET /grants/; done
sql "UPDATE pool SET name = 'Færgepulje (omdøbt)' WHERE name = 'Færgepulje'" >/dev/null
ok_all=1
for i in 1 2 3 4 5 6; do
	req GET /grants/
	grep -qF 'Færgepulje (omdøbt)' "$BODY" || ok_all=0
done
expect "a renamed pool shows at once in every worker's catalogue" [ "$ok_all" = 1 ]
sql "UPDATE pool SET name = 'Færgepulje' WHERE name = 'Færgepulje (omdøbt)'" >/dev/null
sql "UPDATE pool SET status = 'draft' WHERE name = 'Færgepulje'" >/dev/null
req GET /grants/
expect_no_body 'Færgepulje' "a pool put back to draft leaves the catalogue at once"
sql "UPDATE pool SET status = 'open' WHERE name = 'Færgepulje'" >/dev/null
req GET /grants/
expect_body 'Færgepulje' "and comes back when published again"

req GET /static/frist.css
expect_status 200 "static files from htdocs"
expect_header '^X-Content-Type-Options: nosniff' "static files carry nosniff"

# Slow bodies: 200 connections from one client, each sending a POST body at
# 4 bytes a second (tests/integration/slowpost.py, python3).  nginx lets
# one client have FRIST_BODY_CONN (16) requests with a body in flight and
# answers the rest 429 at once, then drops them within lingering_time.
# Meanwhile the pages are served to everyone, and a POST from another
# client (127.0.0.2: the whole of 127/8 is this machine) reaches the
# programs, while the same POST from the slow client is refused.  The
# stack runs with nginx's default limit here (the test stack raises it
# for the suites that post in parallel).

sh "$SRC/tools/frist-ctl" stop > /dev/null 2>&1
env -u FRIST_BODY_CONN sh "$SRC/tools/frist-ctl" start > /dev/null 2>&1
expect "nginx runs with the default limit of 16" \
    grep -q 'limit_conn bodies 16;' "$FRIST_VAR/etc/nginx.conf"

acc0=$(grep -c . "$FRIST_VAR/log/nginx-access.log")
rm -f "$TMP/slow.ready"
python3 "$SRC/tests/integration/slowpost.py" "$PORT" 200 25 "$TMP/slow.ready" \
    /grants/login,/whistleblower/ > "$TMP/slow.out" 2>&1 &
slowpid=$!
for _ in $(seq 1 100); do [ -f "$TMP/slow.ready" ] && break; sleep 0.1; done
expect "200 slow bodies are being sent" [ -f "$TMP/slow.ready" ]
sleep 1

req GET /whistleblower/
expect_status 200 "the report form is served during the slow bodies"
req GET /grants/
expect_status 200 "the grant portal is served too"
# Another client's POSTs reach the programs (which refuse the token).
req POST /grants/login --interface 127.0.0.2 -d csrf=forged -d grant_no=x
expect_status 403 "another client's POST reaches the portal"
expect_body 'Formularen var udløbet' "and gets the program's answer"
req POST /whistleblower/ --interface 127.0.0.2 -F csrf=forged -F description=x
expect_status 403 "another client's report reaches the whistle program"
# The slow client itself is at its limit.
req POST /grants/login -d csrf=forged -d grant_no=x
expect_status 429 "the slow client's next POST is refused"
expect_body 'For mange forespørgsler' "with nginx's Danish 429 page"
expect_body 'Too many requests' "which says it in English too"
req POST /whistleblower/ -F csrf=forged -F description=x
expect_status 429 "also on the whistleblower channel"
expect_body 'For mange forespørgsler' "with the same page"
# GETs have no body and are never counted.
req GET /staff/login
expect_status 200 "the staff login is served"

wait "$slowpid"
out=$(cat "$TMP/slow.out")
echo "# slowpost: $out"
val() { echo "$out" | sed -n "s/.*$1=\([0-9]*\).*/\1/p"; }
expect "at least 184 of the 200 were refused at once ($(val refused))" \
    [ "$(val refused)" -ge 184 ]
expect "and nginx dropped them within the run ($(val refused_closed))" \
    [ "$(val refused_closed)" -ge 184 ]
expect "at most 16 were held ($(val open) open, $(val cut) cut)" \
    [ $(($(val open) + $(val cut))) -le 16 ]
n=$(tail -n +"$((acc0 + 1))" "$FRIST_VAR/log/nginx-access.log" | grep -c -e whistleblower -e /errors/wb/)
expect "the channel's refusals left no access-log line ($n)" [ "$n" = 0 ]
n=$(grep -c 'limiting connections by zone "bodies"' "$FRIST_VAR/log/nginx-error.log")
expect "the operator sees the refusals in nginx-error.log ($n)" [ "$n" -ge 1 ]
f=$(grep -rlE '127\.0\.0\.[12]' "$FRIST_VAR/log" | tr '\n' ' ')
expect "no log holds either client's address ($f)" [ -z "$f" ]
kill "$slowpid" 2> /dev/null

# Back to the test stack's own settings.
sh "$SRC/tools/frist-ctl" stop > /dev/null 2>&1
sh "$SRC/tools/frist-ctl" start > /dev/null 2>&1
req GET /grants/
expect_status 200 "the stack is back as it was"

# The demo data that `make run` loads: grants with access codes, and
# reports in the queue.

code=$(sed -n 's/^Tilsagn TS-2026-9001, adgangskode //p' "$FRIST_VAR/demo-credentials")
expect "the demo credentials list a grant's access code" [ ${#code} = 16 ]
DJ=$TMP/demo.jar; rm -f "$DJ"
req GET /grants/login -c "$DJ"
t=$(csrf)
req POST /grants/login -b "$DJ" -c "$DJ" --data-urlencode "csrf=$t" \
    --data-urlencode grant_no=TS-2026-9001 --data-urlencode "code=$code"
expect_status 303 "the demo grant's access code works"
req GET /grants/my/ -b "$DJ"
expect_body 'Sikre skoleveje' "the demo recipient sees the grant"
staff_login demo "$DEMO_PW"
req GET /staff/cases/ -b "$JAR"
expect_body 'SR-DEMO-000001' "the demo reports are in the queue"
expect_body '140</td><td class="num">15</td>' "a report received 140 days ago has 15 of 155 days left"

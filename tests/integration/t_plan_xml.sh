# The results plan as XML (/staff/plans/<year>/plan.xml): the plan page's
# figures, verdicts and points for the plan's year and the two before,
# valid against etc/schemas/plan.xsd; who may fetch it; a year without a
# plan; a bad as-of day.

XJ=$TMP/planxml.jar
XSD=$SRC/etc/schemas/plan.xsd
new_staff planxmlnobody "Plan-Xml-Ingen-1"
staff_login planxmlnobody "Plan-Xml-Ingen-1"
req GET /staff/plans/2024/plan.xml -b "$JAR"
expect_status 403 "a caseworker does not get the plan as XML"

staff_login leder "$DEMO_PW"
cp "$JAR" "$XJ"
req GET /staff/plans/2024 -b "$XJ"
expect_body 'href="/staff/plans/2024/plan.xml?asof=' "the plan links to its XML"
expect_body 'href="/static/schemas/plan.xsd"' "and to its schema"
req GET "/staff/plans/2024/plan.xml?asof=2024-12-31" -b "$XJ"
expect_status 200 "the 2024 plan as XML"
expect_header '^Content-Type: application/xml; charset=utf-8' "as XML"
expect_header '^Content-Disposition: attachment; filename="resultatplan-2024.xml"' "as a download"
if xmllint --noout --schema "$XSD" "$BODY" 2>"$TMP/planxml.err"; then
	pass "the XML is valid against etc/schemas/plan.xsd"
else
	fail "the XML is not valid: $(head -c 600 "$TMP/planxml.err")"
fi
X=$TMP/plan.xml
cp "$BODY" "$X"
# XPath by local name: the document has a default namespace.
xp() { xmllint --xpath "string($1)" "$X" 2>/dev/null; }
G21='//*[local-name()="goal"][@number="2.1"]'
expect_body '<plan xmlns="urn:frist:plan:1" year="2024" as-of="2024-12-31">' "the plan's year, namespace and as-of day"
expect "14 goals" [ "$(xmllint --xpath 'count(//*[local-name()="goal"])' "$X")" = 14 ]
expect "2.1 not met in 2022" [ "$(xp "$G21/*[local-name()=\"year\"][@year=\"2022\"]/@verdict")" = not_met ]
expect "nor in 2023" [ "$(xp "$G21/*[local-name()=\"year\"][@year=\"2023\"]/@verdict")" = not_met ]
expect "2.1 gets no points in 2022" [ "$(xp "$G21/*[local-name()=\"year\"][@year=\"2022\"]/@points")" = 0.00 ]
expect "the 2022 score is 21,43" [ "$(xp '//*[local-name()="score"][@year="2022"]/@text')" = 21,43 ]
expect "in hundredths 2143" [ "$(xp '//*[local-name()="score"][@year="2022"]/@hundredths')" = 2143 ]
expect "3 of 14 met in 2022" [ "$(xp '//*[local-name()="score"][@year="2022"]/@met')" = 3 ]
C21="$G21/*[local-name()=\"subgoal\"][@letter=\"c\"]/*[local-name()=\"year\"][@year=\"2022\"]"
expect "2.1 c's 2022 deviation is negative: -15" [ "$(xp "$C21/*[local-name()=\"result\"]")" = -15 ]
expect "in per cent" [ "$(xp "$C21/*[local-name()=\"result\"]/@unit")" = % ]
expect "with its target 10" [ "$(xp "$C21/*[local-name()=\"target\"]")" = 10 ]
expect "2.1 c is in group 2" [ "$(xp "$G21/*[local-name()=\"subgoal\"][@letter=\"c\"]/@group")" = 2 ]
expect_body '<figure>Ingen afsluttede sager' "what frist found itself for a service-time sub-goal"
req GET /static/schemas/plan.xsd
expect_status 200 "the schema is published"
req GET /staff/plans/2023/plan.xml -b "$XJ"
expect_status 404 "no plan for 2023"
req GET /staff/plans/2024/plan.xml?asof=31.12.2024 -b "$XJ"
expect_status 400 "a bad as-of day"

# Shared by make security (tests/security/run.sh) and the integration
# files t_xss.sh and t_csrf_all.sh: the rows of forms.tsv, and the things
# their paths name, made or found on the running stack.  Needs
# tests/integration/lib.sh (req, sql, csrf, ...) sourced first.

SEC_FORMS=$SRC/tests/security/forms.tsv

# sec_rows [FILTER-AWK]: the table's rows without comments, optionally
# filtered (e.g. '$3 == "post"').
sec_rows() {
	grep -v '^#' "$SEC_FORMS" | awk -F'\t' "NF == 8 ${1:+&& ($1)}"
}

# The placeholders of a path (or a field value) filled in.
sec_fill() {
	printf '%s' "$1" | sed "s#{pool}#$SEC_POOL#g; s#{app}#$SEC_APP#g;
	    s#{case}#$SEC_CASE#g; s#{obl}#$SEC_OBL#g; s#{obla}#$SEC_OBLA#g;
	    s#{wb}#$SEC_WB#g; s#{goal}#$SEC_GOAL#g; s#{year}#$SEC_YEAR#g;
	    s#{pgoal}#$SEC_PGOAL#g; s#{wbcode}#$SEC_WBCODE#g;
	    s#{wbfile}#$SEC_WBFILE#g; s#{award}#$SEC_AWARD#g"
}

# The jar of the login a row needs (none: an empty jar of its own).
sec_jar() {
	case $1 in
	staff)		echo "$SEC_SJ" ;;
	recipient)	echo "$SEC_RJ" ;;
	*)		echo "$TMP/sec_none.jar" ;;
	esac
}

# sec_login_staff JAR / sec_login_recipient JAR: a fresh session in JAR.
sec_login_staff() {
	rm -f "$1"
	req GET /staff/login -c "$1"
	t=$(csrf)
	req POST /staff/login -b "$1" -c "$1" --data-urlencode "csrf=$t" \
	    --data-urlencode username=demo --data-urlencode "password=$DEMO_PW"
}
sec_login_recipient() {
	rm -f "$1"
	req GET /grants/login -c "$1"
	t=$(csrf)
	req POST /grants/login -b "$1" -c "$1" --data-urlencode "csrf=$t" \
	    --data-urlencode grant_no=TS-2026-9001 --data-urlencode "code=$SEC_GCODE"
}

# Finds or makes what the rows' paths name; logs in staff and recipient.
sec_fixtures() {
	SEC_GCODE=$(sed -n 's/^Tilsagn TS-2026-9001, adgangskode //p' "$FRIST_VAR/demo-credentials")
	SEC_SJ=$TMP/sec_staff.jar SEC_RJ=$TMP/sec_rcpt.jar
	: > "$TMP/sec_none.jar"
	sec_login_staff "$SEC_SJ"
	sec_login_recipient "$SEC_RJ"
	SEC_POOL=$(sql "SELECT id FROM pool WHERE status = 'open' AND current_date BETWEEN opens AND closes ORDER BY id LIMIT 1")
	# An application and a whistleblower report of our own, for the forms
	# that decide or answer them (SEC_MAKE=0: any, for t_csrf_all.sh, whose
	# POSTs never reach a handler).
	if [ "${SEC_MAKE:-1}" = 1 ]; then
		aj=$TMP/sec_app.jar
		rm -f "$aj"
		req GET "/grants/pools/$SEC_POOL/apply" -c "$aj"
		mp_post "/grants/pools/$SEC_POOL/apply" "$aj" -F action=submit \
		    -F "org_name=Sikkerhedsforeningen" -F cvr=10150817 \
		    -F "contact_name=Karen Jensen" -F "contact_email=karen@example.dk" \
		    -F "title=Sikkerhedstest" -F "description=Til make security." \
		    -F "period_start=$(date +%F)" -F "period_end=$(date -d '+365 days' +%F)" \
		    -F "requested=1.000,00" -F "budget_text_1=Løn" -F "budget_amount_1=1.000,00"
		SEC_APP=$(sql "SELECT max(id) FROM application WHERE status = 'submitted'")
		# With a file, so that the mailbox's download form has one to name.
		printf 'Bilag til make security.\n' > "$TMP/sec_wb.txt"
		req GET /whistleblower/
		t=$(csrf) o=$(once_key)
		req POST /whistleblower/ -F "csrf=$t" -F "once=$o" -F subject=Sikkerhedstest \
		    -F offer_type=voksen -F relation=ansat -F description=Til-make-security \
		    -F anonymity=anonymous -F "attachment=@$TMP/sec_wb.txt;filename=bilag.txt"
		SEC_WBCODE=$(sed -n 's/.*<strong class="code" id="receipt">\([0-9 ]*\)<\/strong>.*/\1/p' "$BODY" | tr -d ' ')
		SEC_WB=$(sql "SELECT max(id) FROM whistle_report")
		SEC_WBFILE=$(sql "SELECT max(id) FROM whistle_file WHERE report_id = $SEC_WB")
	else
		SEC_APP=$(sql "SELECT min(id) FROM application")
		SEC_WB=$(sql "SELECT coalesce(max(id), 1) FROM whistle_report")
		SEC_WBCODE=1234123412341234
	fi
	: "${SEC_WBFILE:=1}"
	SEC_CASE=$(sql "SELECT min(id) FROM submission WHERE status IN ('received', 'processing')")
	SEC_OBL=$(sql "SELECT min(o.id) FROM obligation o JOIN award a ON a.id = o.award_id WHERE a.grant_no = 'TS-2026-9001' AND o.kind = 'status' AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.obligation_id = o.id)")
	SEC_OBLA=$(sql "SELECT min(o.id) FROM obligation o JOIN award a ON a.id = o.award_id WHERE a.grant_no = 'TS-2026-9001' AND o.kind = 'accounts' AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.obligation_id = o.id)")
	SEC_AWARD=$(sql "SELECT id FROM award WHERE grant_no = 'TS-2026-9001'")
	: "${SEC_OBL:=1}" "${SEC_OBLA:=1}" "${SEC_CASE:=1}" "${SEC_AWARD:=1}"
	SEC_GOAL=grants.status
	SEC_YEAR=2024
	SEC_PGOAL=$(sql "SELECT min(number) FROM plan_goal WHERE plan_year = 2024")
}

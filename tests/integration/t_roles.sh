# What each program role (and frist-mailer's, sql/025_outbox.sql, and
# frist-remind's, sql/031_remind.sql) may do
# in the database (sql/022_role_grants.sql and before), as one list: every table, column, sequence and SECURITY
# DEFINER function of the schema is compared with ROLES_MAY, so a new grant
# shows here; and as each role, everything else it must not do on a table
# or a column (SELECT, INSERT, UPDATE of each column; DELETE, TRUNCATE) is
# tried and must be refused with 42501.  Then the portal's state changes
# that a column grant cannot pin.
#
# A line is: role object privilege what, where what is "*" (every column)
# or the columns it may touch.
ROLES_MAY=$(cat <<'LIST'
mailer outbox SELECT *
mailer outbox UPDATE attempts,claimed_at,claimed_by,last_error,message_id,next_try,sent_at,state
portal account_line DELETE *
portal account_line INSERT *
portal account_line SELECT *
portal applicant_session DELETE *
portal applicant_session INSERT *
portal applicant_session SELECT *
portal applicant_session UPDATE expires
portal application INSERT draft_no,pool_id,resume_hash
portal application SELECT *
portal application UPDATE case_no,contact_email,contact_name,contact_phone,cvr,description,org_name,period_end,period_start,requested_ore,status,submitted,title,updated
portal application_budget DELETE *
portal application_budget INSERT *
portal application_budget SELECT *
portal application_no_seq USAGE sequence
portal attachment INSERT application_id,ctype,data,filename,purpose,size,submission_id
portal attachment SELECT *
portal award SELECT access_hash,accounting,amount_ore,auditor,conditions,contact_email,grant_no,id,org_name,payment_stop,payment_stop_at,payment_stop_reason,period_end,period_start,pool_id,title
portal award UPDATE contact_email
portal award_budget SELECT *
portal case_event INSERT by_recipient,kind,message,submission_id
portal case_event SELECT *
portal case_pause SELECT *
portal case_pause UPDATE ended
portal obligation SELECT *
portal outbox INSERT body,dedup,kind,not_before,subject,to_addr
portal outbox SELECT dedup
portal outbox_id_seq USAGE sequence
portal pool SELECT *
portal portal_once INSERT *
portal portal_once SELECT *
portal portal_once UPDATE application_id,submission_id
portal recipient_session DELETE *
portal recipient_session INSERT *
portal recipient_session SELECT *
portal recipient_session UPDATE expires
portal setting SELECT *
portal submission INSERT award_id,case_no,deviations,kind,milestones,obligation_id,progress,received,source
portal submission SELECT *
portal submission UPDATE deviations,milestones,progress,source,status,updated,version
portal submission_no_seq USAGE sequence
portal submission_version INSERT *
portal submission_version SELECT *
portal submission_version_file INSERT *
portal submission_version_file SELECT *
portal submission_version_line INSERT *
portal submission_version_line SELECT *
remind award SELECT contact_email,grant_no,id
remind case_pause SELECT *
remind obligation SELECT *
remind outbox INSERT body,dedup,kind,subject,to_addr
remind outbox SELECT dedup
remind outbox_id_seq USAGE sequence
remind setting SELECT key,value
remind staff SELECT active,digest,email,id,name,roles
remind submission SELECT award_id,case_no,decided,external_grant,handler_id,id,obligation_id,received
remind whistle_report SELECT acknowledged,closed,feedback,id,received,registered
staff account_line INSERT *
staff account_line SELECT *
staff application SELECT *
staff application UPDATE decided,decided_by,reject_reason,status
staff application_budget SELECT *
staff attachment SELECT *
staff audit INSERT *
staff audit SELECT *
staff award INSERT *
staff award SELECT *
staff award UPDATE payment_stop,payment_stop_at,payment_stop_by,payment_stop_reason
staff award_budget INSERT *
staff award_budget SELECT *
staff award_no_seq USAGE sequence
staff case_event INSERT *
staff case_event SELECT *
staff case_pause INSERT *
staff case_pause SELECT *
staff case_pause UPDATE *
staff goal INSERT active,code,name,population,sort
staff goal SELECT *
staff goal UPDATE active,name,sort
staff goal_done SELECT *
staff goal_open_at(p text, a date) EXECUTE definer
staff goal_version INSERT *
staff goal_version SELECT *
staff import_batch INSERT *
staff import_batch SELECT *
staff obligation INSERT *
staff obligation SELECT *
staff outbox INSERT body,dedup,kind,not_before,subject,to_addr
staff outbox SELECT attempts,claimed_at,created_at,dedup,id,kind,last_error,message_id,next_try,not_before,sent_at,state,subject,to_addr
staff outbox_id_seq USAGE sequence
staff plan INSERT *
staff plan SELECT *
staff plan UPDATE deadline_days,merge_q1
staff plan_followup INSERT *
staff plan_followup SELECT *
staff plan_followup UPDATE *
staff plan_goal INSERT name,number,plan_year,rule,sort
staff plan_goal SELECT *
staff plan_goal UPDATE name,rule
staff plan_result INSERT *
staff plan_result SELECT *
staff plan_result UPDATE *
staff plan_subgoal INSERT cmp,deadline,description,goal_code,goal_id,grp,kind,letter,pool_id,sort
staff plan_subgoal SELECT *
staff plan_subgoal UPDATE description,grp
staff plan_verdict INSERT *
staff plan_verdict SELECT *
staff plan_verdict UPDATE *
staff pool INSERT *
staff pool SELECT *
staff pool UPDATE *
staff setting SELECT *
staff setting UPDATE value
staff staff SELECT active,digest,email,id,name,pw_hash,roles,username
staff staff UPDATE digest,email,last_login
staff staff_once INSERT *
staff staff_once SELECT *
staff staff_once UPDATE ref
staff staff_session DELETE *
staff staff_session INSERT *
staff staff_session SELECT *
staff staff_session UPDATE expires
staff submission INSERT *
staff submission SELECT *
staff submission UPDATE decided,handler_id,repayment_ore,status,updated
staff submission_no_seq USAGE sequence
staff submission_version SELECT *
staff submission_version_file SELECT *
staff submission_version_line SELECT *
staff whistle_audit INSERT *
staff whistle_audit SELECT *
staff whistle_cause INSERT *
staff whistle_cause SELECT *
staff whistle_cause UPDATE active,label,sort
staff whistle_file INSERT *
staff whistle_file SELECT *
staff whistle_message INSERT *
staff whistle_message SELECT *
staff whistle_once INSERT *
staff whistle_once SELECT *
staff whistle_purge() EXECUTE definer
staff whistle_report SELECT *
staff whistle_report UPDATE acknowledged,actions,closed,closing_reason,feedback,reg_cause_id,reg_offer_type,registered,risk,status,triage
whistle whistle_add_file(p_lookup bytea, p_name bytea, p_data bytea, p_size integer) EXECUTE definer
whistle whistle_cause SELECT *
whistle whistle_failed() EXECUTE definer
whistle whistle_file_get(p_lookup bytea, p_id bigint) EXECUTE definer
whistle whistle_mailbox(p_lookup bytea) EXECUTE definer
whistle whistle_reply_once(p_lookup bytea, p_key_hash text, p_body bytea) EXECUTE definer
whistle whistle_submit(p_lookup bytea, p_offer_type text, p_relation text, p_cause integer, p_named boolean, p_c_received boolean, p_c_name boolean, p_c_content boolean, p_key_staff bytea, p_key_reporter bytea, p_content bytea) EXECUTE definer
whistle whistle_throttled() EXECUTE definer
LIST
)

roles_actual() {	# the same list, as the database has it
	sql "
WITH r(role) AS (VALUES ('portal'), ('whistle'), ('staff'), ('mailer'), ('remind')),
t AS (SELECT c.oid, c.relname, c.relkind FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')),
cols AS (SELECT t.oid, t.relname, a.attname FROM t JOIN pg_attribute a
    ON a.attrelid = t.oid WHERE a.attnum > 0 AND NOT a.attisdropped),
p(priv) AS (VALUES ('SELECT'), ('INSERT'), ('UPDATE')),
cp AS (SELECT r.role, cols.relname, p.priv, count(*) AS ncol,
    array_agg(cols.attname::text ORDER BY cols.attname) FILTER (WHERE
    has_column_privilege('frist_' || r.role, cols.oid, cols.attname, p.priv)) AS may
    FROM r, cols, p GROUP BY 1, 2, 3)
SELECT role || ' ' || relname || ' ' || priv || ' ' ||
    CASE WHEN cardinality(may) = ncol THEN '*' ELSE array_to_string(may, ',') END
    FROM cp WHERE may IS NOT NULL
UNION ALL
SELECT r.role || ' ' || t.relname || ' ' || p.priv || ' *'
    FROM r, t, (VALUES ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(priv)
    WHERE t.relkind <> 'S' AND has_table_privilege('frist_' || r.role, t.oid, p.priv)
UNION ALL
SELECT r.role || ' ' || c.relname || ' ' || p.priv || ' sequence'
    FROM r, pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
    (VALUES ('USAGE'), ('SELECT'), ('UPDATE')) p(priv)
    WHERE n.nspname = 'public' AND c.relkind = 'S'
    AND has_sequence_privilege('frist_' || r.role, c.oid, p.priv)
UNION ALL
SELECT r.role || ' ' || f.proname || '(' || pg_get_function_identity_arguments(f.oid) || ') EXECUTE definer'
    FROM r, pg_proc f JOIN pg_namespace n ON n.oid = f.pronamespace
    WHERE n.nspname = 'public' AND f.prosecdef
    AND has_function_privilege('frist_' || r.role, f.oid, 'EXECUTE')
ORDER BY 1" | sed 's/ \{1,\}/ /g'
}

role_psql() {	# role_psql ROLE [VERBOSITY]: SQL on stdin as the role
	PGPASSWORD=$(cat "$FRIST_VAR/secrets/db-$1") psql -X -q -tA \
	    -v VERBOSITY="${2:-sqlstate}" -h "$FRIST_VAR/run/pg" -U "frist_$1" -d frist 2>&1
}

actual=$(roles_actual)
if [ "$actual" = "$ROLES_MAY" ]; then
	pass "each role may do exactly what ROLES_MAY lists ($(grep -c . <<<"$ROLES_MAY") lines)"
else
	fail "the roles' grants differ from ROLES_MAY (< the list, > the database)"
	diff <(echo "$ROLES_MAY") <(echo "$actual") | head -n 40
fi

# As each role: every table and column privilege not in the list is tried
# (on no rows, and rolled back) and must be refused with 42501.
for role in portal whistle staff mailer remind; do
	allow=$(awk -v r="$role" '$1 == r && $4 != "sequence" && $4 != "definer" {
	    n = split($4, c, ","); for (i = 1; i <= n; i++)
	    printf "%s'\''%s|%s|%s'\''", (k++ ? "," : ""), $2, $3, c[i] }' <<<"$ROLES_MAY")
	out=$(role_psql "$role" terse <<SQL
BEGIN;
DO \$do\$
DECLARE
	allow	text[] := ARRAY[$allow]::text[];
	rec	record;
	s	text;
	n	integer := 0;
	bad	integer := 0;
BEGIN
	FOR rec IN SELECT c.relname::text AS rel, a.attname::text AS col, p.priv
	    FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
	    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
	    AND NOT a.attisdropped, (VALUES ('SELECT'), ('INSERT'), ('UPDATE')) p(priv)
	    WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p')
	    UNION ALL SELECT c.relname::text, NULL, p.priv
	    FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace,
	    (VALUES ('DELETE'), ('TRUNCATE')) p(priv)
	    WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p')
	    ORDER BY 1, 3, 2
	LOOP
		CONTINUE WHEN rec.rel || '|' || rec.priv || '|*' = ANY (allow) OR
		    rec.rel || '|' || rec.priv || '|' || coalesce(rec.col, '') = ANY (allow);
		s := CASE rec.priv
		    WHEN 'SELECT' THEN format('SELECT %I FROM %I WHERE false', rec.col, rec.rel)
		    WHEN 'INSERT' THEN format('INSERT INTO %I (%I) OVERRIDING SYSTEM VALUE SELECT NULL WHERE false', rec.rel, rec.col)
		    WHEN 'UPDATE' THEN format('UPDATE %I SET %I = DEFAULT WHERE false', rec.rel, rec.col)
		    WHEN 'DELETE' THEN format('DELETE FROM %I WHERE false', rec.rel)
		    ELSE format('TRUNCATE %I', rec.rel) END;
		BEGIN
			EXECUTE s;
			RAISE EXCEPTION USING ERRCODE = 'P0009', MESSAGE = 'allowed';
		EXCEPTION
			WHEN insufficient_privilege THEN
				n := n + 1;
			WHEN others THEN
				bad := bad + 1;
				RAISE WARNING 'not refused (%): %', SQLSTATE, s;
		END;
	END LOOP;
	RAISE NOTICE 'refused % of %', n, n + bad;
END
\$do\$;
ROLLBACK;
SQL
)
	tried=$(sed -n 's/.*refused \([0-9]*\) of \([0-9]*\).*/\1 \2/p' <<<"$out")
	if [ -n "$tried" ] && [ "${tried% *}" = "${tried#* }" ] && [ "${tried% *}" -gt 50 ]; then
		pass "the $role role is refused (42501) all ${tried% *} things it must not do"
	else
		fail "the $role role: ${tried:-nothing} refused"
		grep -v '^$' <<<"$out" | head -n 20
	fi
done
out=$(role_psql whistle <<<"SELECT count(*) FROM whistle_report")
expect "the whistle role cannot read any report ($out)" grep -q '^ERROR: *42501' <<<"$out"
# The scheduler reads a report's days, never its content or keys, nor a
# grant's access hash or a case's text.
for q in "SELECT count(content) FROM whistle_report" \
    "SELECT count(triage) FROM whistle_report" \
    "SELECT count(access_hash) FROM award" \
    "SELECT count(progress) FROM submission" \
    "SELECT count(pw_hash) FROM staff" \
    "SELECT count(body) FROM outbox"; do
	out=$(role_psql remind <<<"$q")
	expect "the remind role: $q is refused" grep -q '^ERROR: *42501' <<<"$out"
done

# The portal's state changes, which a column grant cannot pin.
rsub=$(sql "SELECT id FROM application WHERE status <> 'draft' ORDER BY id LIMIT 1")
rdraft=$(sql "INSERT INTO application (pool_id, draft_no, resume_hash) SELECT min(id), '61616161', '\$argon2id\$x' FROM pool RETURNING id" | head -n 1)
rcase=$(sql "SELECT id FROM submission WHERE status IN ('received', 'processing') AND award_id IS NOT NULL ORDER BY id LIMIT 1")
role_refused() {	# role_refused WHAT SQL: the portal is refused with 42501
	out=$(role_psql portal <<<"BEGIN; $2; ROLLBACK;")
	expect "the portal cannot $1" grep -q '^ERROR: *42501' <<<"$out"
}
role_refused "mark an application awarded" \
    "UPDATE application SET status = 'awarded' WHERE id = ${rdraft:-0}"
role_refused "send a sent application again" \
    "UPDATE application SET status = 'submitted', submitted = current_date WHERE id = ${rsub:-0}"
role_refused "change a sent application" \
    "UPDATE application SET title = 'x' WHERE id = ${rsub:-0}"
role_refused "set who decided" \
    "UPDATE application SET decided_by = NULL WHERE id = ${rsub:-0}"
role_refused "approve a case" \
    "UPDATE submission SET status = 'approved' WHERE id = ${rcase:-0}"
role_refused "resubmit a case that was not returned" \
    "UPDATE submission SET status = 'received', version = version + 1 WHERE id = ${rcase:-0}"
role_refused "file a case for another grant" \
    "INSERT INTO submission (case_no, kind, obligation_id, award_id, received, source) SELECT 'X-1', o.kind, o.id, (SELECT max(id) FROM award) + 1, current_date, 'form' FROM obligation o LIMIT 1"
role_refused "delete a file" "DELETE FROM attachment WHERE false"
sql "DELETE FROM application WHERE id = ${rdraft:-0}" >/dev/null

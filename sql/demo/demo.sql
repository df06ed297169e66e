-- Demo data for `make run`: the 27 pools of Infrastrukturplan 2035 and a
-- staff account.  psql variables: csv (path of puljer.csv), pwhash.
-- Application windows are placed around today, so the catalogue shows
-- open, upcoming and closed pools whenever it is run.

CREATE TEMP TABLE demo_pool (tema text, nr int, navn text, ansoegning text, mio_kr numeric);
-- Server-side COPY (we are the cluster's superuser here); psql does not
-- expand variables inside \copy.
SELECT format('COPY demo_pool FROM %L WITH (FORMAT csv, HEADER true)', :'csv') \gexec

INSERT INTO pool (name, theme, purpose, amount_ore, fin_year, opens, closes,
    application_based, disbursement_deadline, legal_basis, status)
SELECT navn, tema,
       'Pulje under Infrastrukturplan 2035, tema ' || tema || '.',
       (mio_kr * 100000000)::bigint,
       extract(year FROM current_date)::int,
       CASE nr % 3 WHEN 0 THEN current_date + 30
                   WHEN 1 THEN current_date - 30
                   ELSE current_date - 120 END,
       CASE nr % 3 WHEN 0 THEN current_date + 90
                   WHEN 1 THEN current_date + 45 + nr
                   ELSE current_date - 10 END,
       coalesce(nullif(ansoegning, ''), 'ikke oplyst'),
       make_date(extract(year FROM current_date)::int, 12, 31),
       'Aftale om Infrastrukturplan 2035',
       CASE nr % 3 WHEN 2 THEN 'closed' ELSE 'open' END
FROM demo_pool ORDER BY nr;

-- Their addresses are in the reserved .invalid domain: the local mail
-- sink takes everything, and nothing can reach a real mailbox.
INSERT INTO staff (username, name, pw_hash, roles, email)
VALUES ('demo', 'Demo Sagsbehandler', :'pwhash',
        ARRAY['grants', 'whistleblower', 'goals', 'admin'],
        'demo@frist.invalid');
-- A head of office: management sees every goal (/staff/goals/), and the
-- grants role opens the grant cases behind them; the same password as demo.
INSERT INTO staff (username, name, pw_hash, roles, email)
VALUES ('leder', 'Demo Leder', :'pwhash', ARRAY['management', 'grants'],
        'leder@frist.invalid');

-- Two grants in the first open pool, each with its access code (psql
-- variables code1hash, code2hash; the codes are in var/demo-credentials),
-- and a few reports in the processing queue, received some days ago.
WITH p AS (SELECT id FROM pool WHERE status = 'open' AND opens <= current_date
           AND closes >= current_date ORDER BY id LIMIT 1),
a AS (
	INSERT INTO application (pool_id, draft_no, resume_hash, case_no, status,
	    org_name, cvr, contact_name, contact_email, title, description,
	    period_start, period_end, requested_ore, submitted, decided)
	SELECT p.id, v.draft, :'code1hash', v.case_no, 'awarded', v.org, '10150817',
	    v.contact, v.email, v.title, v.descr, current_date - 200,
	    current_date + 165, v.amount, current_date - 230, current_date - 210
	FROM p, (VALUES
	    ('10000001', 'ANS-DEMO-000001', 'Cykelforeningen Nord', 'Mette Holm',
	     'mette@example.dk', 'Sikre skoleveje', 'Trafiksikre ruter til skolerne.', 60000000::bigint),
	    ('10000002', 'ANS-DEMO-000002', 'Lokalbanen A/S', 'Per Lund',
	     'per@example.dk', 'Trygge perroner', 'Lys og kameraer på små stationer.', 30000000::bigint)
	) AS v(draft, case_no, org, contact, email, title, descr, amount)
	RETURNING id, case_no, org_name, title, requested_ore, pool_id, contact_email
),
b AS (
	INSERT INTO application_budget (application_id, lineno, text, amount_ore)
	SELECT id, 1, 'Løn', requested_ore * 2 / 3 FROM a
	UNION ALL
	SELECT id, 2, 'Materialer', requested_ore - requested_ore * 2 / 3 FROM a
	RETURNING application_id
)
INSERT INTO award (grant_no, application_id, pool_id, org_name, title, amount_ore,
    conditions, period_start, period_end, accounting, auditor, access_hash,
    contact_email)
SELECT CASE a.case_no WHEN 'ANS-DEMO-000001' THEN 'TS-2026-9001' ELSE 'TS-2026-9002' END,
    a.id, a.pool_id, a.org_name, a.title, a.requested_ore, 'Standardvilkår.',
    current_date - 200, current_date + 165, true, a.requested_ore >= 50000000,
    CASE a.case_no WHEN 'ANS-DEMO-000001' THEN :'code1hash' ELSE :'code2hash' END,
    a.contact_email
FROM a;

INSERT INTO award_budget (award_id, lineno, text, amount_ore)
SELECT w.id, b.lineno, b.text, b.amount_ore
FROM award w JOIN application_budget b ON b.application_id = w.application_id
WHERE w.grant_no IN ('TS-2026-9001', 'TS-2026-9002');

INSERT INTO obligation (award_id, kind, seq, due)
SELECT id, 'status', 1, period_start + 182 FROM award WHERE grant_no IN ('TS-2026-9001', 'TS-2026-9002')
UNION ALL
SELECT id, 'status', 2, period_end FROM award WHERE grant_no IN ('TS-2026-9001', 'TS-2026-9002')
UNION ALL
SELECT id, 'accounts', 1, period_end + 91 FROM award WHERE grant_no IN ('TS-2026-9001', 'TS-2026-9002');

-- The first status reports came in 140 and 20 days ago.
INSERT INTO submission (case_no, kind, obligation_id, award_id, received, source,
    progress, milestones)
SELECT 'SR-DEMO-00000' || row_number() OVER (ORDER BY w.grant_no), 'status', o.id, w.id,
    CASE w.grant_no WHEN 'TS-2026-9001' THEN current_date - 140 ELSE current_date - 20 END,
    'form', 'Projektet følger planen.', 'Første milepæl er nået.'
FROM award w JOIN obligation o ON o.award_id = w.id AND o.kind = 'status' AND o.seq = 1
WHERE w.grant_no IN ('TS-2026-9001', 'TS-2026-9002');

INSERT INTO case_event (submission_id, kind, by_recipient)
SELECT id, 'received', true FROM submission WHERE case_no LIKE 'SR-DEMO-%';

-- The two results plans of the seeds (plan.sql).
\ir plan.sql

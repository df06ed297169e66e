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

INSERT INTO staff (username, name, pw_hash, roles)
VALUES ('demo', 'Demo Sagsbehandler', :'pwhash',
        ARRAY['grants', 'whistleblower', 'goals', 'admin']);

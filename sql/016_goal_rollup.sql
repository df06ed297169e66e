-- The goals overview over a million grant cases (issue 9, "Speed"):
-- rollups the overview reads instead of every case, kept right by
-- triggers.  The figures are goal.h's: cgi/lib/goal.c's goal_eval_rollup
-- computes them from these rows exactly as goal_eval from the cases
-- (tests/unit/check_goalroll.c), and tests/integration/t_goal_rollup.sh
-- holds the tables against a full recomputation and the overview
-- against frist-tool goal-eval.
--
-- A case stopped by a day A is judged the same as of A as of its stop
-- day (goal.h, goal_done_of), so a closed case is judged once, when it
-- is decided: goal_done holds the closed cases of each goal summed by
-- (stop day, version, judged elapsed), once per day (lvl 0), once per
-- month (lvl 1, day = the first of the month) and once per quarter (lvl
-- 2, its first day), so that a period reads its whole quarters, the
-- whole months around them and the days of at most two part months.  The
-- cases open at a day A are the rest: goal_open holds the cases open
-- now by start day, goal_snap the cases open at the end of a quarter
-- (made on first use, then kept by the triggers).  Open cases are
-- grouped by start day without their pauses: the overview takes this
-- path for goals whose versions are all gross (goal.h: an open case's
-- gross figures depend on its start alone); others, and the
-- whistleblower populations (a few hundred reports a year), are judged
-- case by case as before.
--
-- The portal (submission, case_pause's end, application) and the staff
-- program write the cases: the trigger functions are SECURITY DEFINER
-- with a fixed search_path, so neither role needs (or gains) any access
-- to these tables; only frist_staff reads them, through the statements
-- of cgi/staff/sql_goals.h.

CREATE TABLE goal_done (
	goal_id		bigint NOT NULL REFERENCES goal ON DELETE CASCADE,
	lvl		smallint NOT NULL CHECK (lvl BETWEEN 0 AND 2),
	day		date NOT NULL,
	version_id	bigint NOT NULL,
	elapsed		integer NOT NULL,
	n		bigint NOT NULL,
	paused_n	bigint NOT NULL,	-- of them with a paused day
	paused_days	bigint NOT NULL,
	PRIMARY KEY (goal_id, lvl, day, version_id, elapsed)
);

-- Population codes as goal.population.
CREATE TABLE goal_open (
	pop		text NOT NULL,
	start_day	date NOT NULL,
	n		bigint NOT NULL,
	PRIMARY KEY (pop, start_day)
);

CREATE TABLE goal_snap_day (
	pop		text NOT NULL,
	asof_day	date NOT NULL,
	PRIMARY KEY (pop, asof_day)
);

CREATE TABLE goal_snap (
	pop		text NOT NULL,
	asof_day	date NOT NULL,
	start_day	date NOT NULL,
	n		bigint NOT NULL,
	PRIMARY KEY (pop, asof_day, start_day),
	FOREIGN KEY (pop, asof_day) REFERENCES goal_snap_day ON DELETE CASCADE
);

-- Applications decided after a day, for the cases open at it.
CREATE INDEX application_decided_idx ON application (decided)
	WHERE decided IS NOT NULL;

-- --- the cases of a population --------------------------------------------

-- start, stop (NULL while open) of every case of a grant population, as
-- the goals pages read them (GOAL_SUBS_SQL, GOAL_APPS_SQL).
CREATE FUNCTION goal_pop_cases(p text)
RETURNS TABLE (id bigint, start date, stop date)
LANGUAGE sql STABLE AS $$
	SELECT s.id, s.received, s.decided FROM submission AS s
	WHERE p IN ('status', 'accounts') AND s.kind = p
	UNION ALL
	SELECT a.id, a.submitted, a.decided FROM application AS a
	WHERE p = 'applications' AND a.status <> 'draft' AND
	    a.submitted IS NOT NULL
$$;

CREATE FUNCTION goal_sub_pauses(sid bigint) RETURNS daterange[]
LANGUAGE sql STABLE AS $$
	SELECT ARRAY(SELECT daterange(p.started, p.ended) FROM case_pause AS p
	    WHERE p.submission_id = sid)
$$;

-- --- keeping the rows right ------------------------------------------------

-- Writers share this lock; goal_snap_make takes it alone while it makes
-- a quarter's snapshot, so that no change falls between its count and
-- the triggers that keep it.
CREATE FUNCTION goal_lock_key() RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT 7716016016::bigint $$;

-- Adds (sgn 1) or takes away (-1) one closed case of population p in
-- the rows of every goal of p, judged as of its stop (goal_done_of).
CREATE FUNCTION goal_done_put(p text, start date, stop date,
    pauses daterange[], sgn integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
	g record;
	st goal_case_state;
	m date := date_trunc('month', stop)::date;
	q date := date_trunc('quarter', stop)::date;
	pd integer;
BEGIN
	IF start IS NULL OR stop IS NULL OR stop < start THEN
		RETURN;
	END IF;
	PERFORM pg_advisory_xact_lock_shared(goal_lock_key());
	FOR g IN SELECT x.id, goal_rules(x.id) AS rules,
	    ARRAY(SELECT v.id FROM goal_version AS v WHERE v.goal_id = x.id
		ORDER BY v.valid_from, v.id) AS vids
	    FROM goal AS x WHERE x.population = p LOOP
		CONTINUE WHEN g.rules IS NULL;
		st := goal_case_eval(g.rules, start, stop, pauses, stop);
		CONTINUE WHEN st.state NOT IN ('met', 'missed');
		pd := st.paused_days;
		INSERT INTO goal_done AS d VALUES
		    (g.id, 0, stop, g.vids[st.version], st.elapsed, sgn,
		     sgn * (pd > 0)::integer, sgn * pd),
		    (g.id, 1, m, g.vids[st.version], st.elapsed, sgn,
		     sgn * (pd > 0)::integer, sgn * pd),
		    (g.id, 2, q, g.vids[st.version], st.elapsed, sgn,
		     sgn * (pd > 0)::integer, sgn * pd)
		ON CONFLICT (goal_id, lvl, day, version_id, elapsed) DO UPDATE
		SET n = d.n + EXCLUDED.n, paused_n = d.paused_n +
		    EXCLUDED.paused_n, paused_days = d.paused_days +
		    EXCLUDED.paused_days;
		DELETE FROM goal_done AS d WHERE d.goal_id = g.id AND
		    d.day IN (stop, m, q) AND d.version_id = g.vids[st.version] AND
		    d.elapsed = st.elapsed AND d.n = 0;
	END LOOP;
END $$;

-- Adds or takes away one case of p (start, stop NULL while open): the
-- closed rows, the open ones and the quarters' snapshots it lies in.
CREATE FUNCTION goal_case_put(p text, start date, stop date,
    pauses daterange[], sgn integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	IF start IS NULL OR stop < start THEN
		RETURN;
	END IF;
	PERFORM pg_advisory_xact_lock_shared(goal_lock_key());
	IF stop IS NULL THEN
		INSERT INTO goal_open AS o VALUES (p, start, sgn)
		ON CONFLICT (pop, start_day) DO UPDATE SET n = o.n + EXCLUDED.n;
		DELETE FROM goal_open AS o WHERE o.pop = p AND
		    o.start_day = start AND o.n = 0;
	ELSE
		PERFORM goal_done_put(p, start, stop, pauses, sgn);
	END IF;
	INSERT INTO goal_snap AS s
	SELECT p, d.asof_day, start, sgn FROM goal_snap_day AS d
	WHERE d.pop = p AND d.asof_day >= start AND
	    (stop IS NULL OR d.asof_day < stop)
	ON CONFLICT (pop, asof_day, start_day) DO UPDATE SET n = s.n + EXCLUDED.n;
	DELETE FROM goal_snap AS s WHERE s.pop = p AND s.start_day = start AND
	    s.n = 0;
END $$;

-- submission: a case is (kind, received, decided) with its pauses.  Its
-- old form goes before a delete (while its pauses are still there; the
-- cascade then finds no submission), its new after an insert or update.
CREATE FUNCTION goal_sub_gone() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	PERFORM goal_case_put(OLD.kind, OLD.received, OLD.decided,
	    goal_sub_pauses(OLD.id), -1);
	RETURN OLD;
END $$;

CREATE FUNCTION goal_sub_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
	pz daterange[] := goal_sub_pauses(NEW.id);
BEGIN
	IF TG_OP = 'UPDATE' THEN
		IF (OLD.kind, OLD.received, OLD.decided) IS NOT DISTINCT FROM
		    (NEW.kind, NEW.received, NEW.decided) THEN
			RETURN NULL;
		END IF;
		PERFORM goal_case_put(OLD.kind, OLD.received, OLD.decided, pz, -1);
	END IF;
	PERFORM goal_case_put(NEW.kind, NEW.received, NEW.decided, pz, 1);
	RETURN NULL;
END $$;

CREATE TRIGGER goal_sub_gone BEFORE DELETE ON submission
	FOR EACH ROW EXECUTE FUNCTION goal_sub_gone();
CREATE TRIGGER goal_sub_changed AFTER INSERT OR UPDATE OF kind, received,
	decided ON submission FOR EACH ROW EXECUTE FUNCTION goal_sub_changed();

-- case_pause: per statement, from its transition tables (o: rows as they
-- were, n: as they are), so that a statement changing several pauses of
-- one case takes away the case as it was before the statement: the
-- pauses then were those now, less the new rows, plus the old ones (the
-- key is (submission_id, started)).  Only closed cases: an open case's
-- rows have no pauses.
CREATE FUNCTION goal_pause_change(o case_pause[], n case_pause[])
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
	s record;
	was daterange[];
BEGIN
	FOR s IN SELECT x.id, x.kind, x.received, x.decided FROM submission AS x
	    WHERE x.decided IS NOT NULL AND x.id IN (SELECT (y).submission_id
		FROM unnest(coalesce(o, '{}') || coalesce(n, '{}')) AS y) LOOP
		was := ARRAY(SELECT daterange(p.started, p.ended)
		    FROM case_pause AS p WHERE p.submission_id = s.id AND
		    p.started NOT IN (SELECT y.started FROM unnest(n) AS y
			WHERE y.submission_id = s.id)) ||
		    ARRAY(SELECT daterange(y.started, y.ended)
		    FROM unnest(o) AS y WHERE y.submission_id = s.id);
		PERFORM goal_done_put(s.kind, s.received, s.decided, was, -1);
		PERFORM goal_done_put(s.kind, s.received, s.decided,
		    goal_sub_pauses(s.id), 1);
	END LOOP;
END $$;

CREATE FUNCTION goal_pause_ins() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	PERFORM goal_pause_change('{}', ARRAY(SELECT ROW(x.*)::case_pause FROM n AS x));
	RETURN NULL;
END $$;
CREATE FUNCTION goal_pause_upd() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	PERFORM goal_pause_change(ARRAY(SELECT ROW(x.*)::case_pause FROM o AS x),
	    ARRAY(SELECT ROW(x.*)::case_pause FROM n AS x));
	RETURN NULL;
END $$;
CREATE FUNCTION goal_pause_del() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	PERFORM goal_pause_change(ARRAY(SELECT ROW(x.*)::case_pause FROM o AS x), '{}');
	RETURN NULL;
END $$;
CREATE TRIGGER goal_pause_ins AFTER INSERT ON case_pause
	REFERENCING NEW TABLE AS n
	FOR EACH STATEMENT EXECUTE FUNCTION goal_pause_ins();
CREATE TRIGGER goal_pause_upd AFTER UPDATE ON case_pause
	REFERENCING OLD TABLE AS o NEW TABLE AS n
	FOR EACH STATEMENT EXECUTE FUNCTION goal_pause_upd();
CREATE TRIGGER goal_pause_del AFTER DELETE ON case_pause
	REFERENCING OLD TABLE AS o
	FOR EACH STATEMENT EXECUTE FUNCTION goal_pause_del();

-- application: a case once submitted (not a draft), submitted -> decided.
CREATE FUNCTION goal_app_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND (OLD.status = 'draft', OLD.submitted,
	    OLD.decided) IS NOT DISTINCT FROM (NEW.status = 'draft',
	    NEW.submitted, NEW.decided) THEN
		RETURN NULL;
	END IF;
	IF TG_OP <> 'INSERT' AND OLD.status <> 'draft' THEN
		PERFORM goal_case_put('applications', OLD.submitted,
		    OLD.decided, '{}', -1);
	END IF;
	IF TG_OP <> 'DELETE' AND NEW.status <> 'draft' THEN
		PERFORM goal_case_put('applications', NEW.submitted,
		    NEW.decided, '{}', 1);
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER goal_app_changed AFTER INSERT OR DELETE OR UPDATE OF status,
	submitted, decided ON application
	FOR EACH ROW EXECUTE FUNCTION goal_app_changed();

-- --- rebuilding ------------------------------------------------------------

-- Goal gid's closed rows from scratch, set-based.  A goal whose versions
-- all count calendar days needs no PL/pgSQL per case: the version in
-- force on the start (the first reaching back), elapsed stop - start
-- less the paused days if net, the paused days those of the merged
-- pauses (s, e] within (start, stop] (a pause ending after the stop, or
-- not at all, runs to the stop), as goal.c counts them.  Others judge
-- every case with goal_case_eval.  t_goal_rollup.sh holds both against
-- the triggers' rows.
CREATE FUNCTION goal_done_rebuild(gid bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
-- Hash joins whatever the statistics say (right after a bulk load they
-- know nothing, and a nested loop over a million cases never ends).
SET enable_nestloop = off AS $$
DECLARE
	p text := (SELECT population FROM goal WHERE id = gid);
	rules goal_rule[] := goal_rules(gid);
	vids bigint[] := ARRAY(SELECT v.id FROM goal_version AS v
	    WHERE v.goal_id = gid ORDER BY v.valid_from, v.id);
BEGIN
	PERFORM pg_advisory_xact_lock(goal_lock_key());
	DELETE FROM goal_done WHERE goal_id = gid;
	IF rules IS NULL OR p NOT IN ('status', 'accounts', 'applications') THEN
		RETURN;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM goal_version AS v WHERE v.goal_id = gid
	    AND v.unit <> 'days') THEN
		INSERT INTO goal_done
		WITH v AS (
			SELECT v.id, v.pauses, daterange(CASE WHEN row_number()
			    OVER w > 1 THEN v.valid_from END,
			    lead(v.valid_from) OVER w) AS r
			FROM goal_version AS v WHERE v.goal_id = gid
			WINDOW w AS (ORDER BY v.valid_from, v.id)
		), c AS (
			SELECT k.id, k.start, k.stop FROM goal_pop_cases(p) AS k
			WHERE k.stop IS NOT NULL AND k.stop >= k.start
		), pm AS (
			SELECT c.id, c.start, c.stop, range_agg(daterange(x.started,
			    CASE WHEN x.ended IS NULL OR x.ended > c.stop
			    THEN c.stop ELSE x.ended END, '(]')) AS m
			FROM c JOIN case_pause AS x ON x.submission_id = c.id
			WHERE p <> 'applications' AND x.started < c.stop
			GROUP BY c.id, c.start, c.stop
		), pz AS (
			SELECT pm.id, (SELECT coalesce(sum(upper(r) - lower(r)), 0)
			    FROM unnest(pm.m * datemultirange(daterange(pm.start,
				pm.stop, '(]'))) AS r)::integer AS pd
			FROM pm
		), j AS (
			SELECT v.id AS vid, c.stop, coalesce(pz.pd, 0) AS pd,
			    c.stop - c.start - CASE WHEN v.pauses = 'net' THEN
			    coalesce(pz.pd, 0) ELSE 0 END AS el
			FROM c JOIN v ON v.r @> c.start
			LEFT JOIN pz ON pz.id = c.id
		)
		SELECT gid, l.lvl, CASE l.lvl WHEN 0 THEN j.stop
		    WHEN 1 THEN date_trunc('month', j.stop)::date
		    ELSE date_trunc('quarter', j.stop)::date END, j.vid, j.el,
		    count(*), count(*) FILTER (WHERE j.pd > 0), sum(j.pd)
		FROM j, (VALUES (0::smallint), (1::smallint), (2::smallint)) AS l (lvl)
		GROUP BY 2, 3, 4, 5;
	ELSE
		INSERT INTO goal_done
		WITH j AS (
			SELECT c.stop, vids[st.version] AS vid, st.elapsed AS el,
			    st.paused_days AS pd
			FROM goal_pop_cases(p) AS c,
			    goal_case_eval(rules, c.start, c.stop,
				CASE WHEN p = 'applications' THEN '{}'
				ELSE goal_sub_pauses(c.id) END, c.stop) AS st
			WHERE c.stop IS NOT NULL AND c.stop >= c.start AND
			    st.state IN ('met', 'missed')
		)
		SELECT gid, l.lvl, CASE l.lvl WHEN 0 THEN j.stop
		    WHEN 1 THEN date_trunc('month', j.stop)::date
		    ELSE date_trunc('quarter', j.stop)::date END, j.vid, j.el,
		    count(*), count(*) FILTER (WHERE j.pd > 0), sum(j.pd)
		FROM j, (VALUES (0::smallint), (1::smallint), (2::smallint)) AS l (lvl)
		GROUP BY 2, 3, 4, 5;
	END IF;
END $$;

-- Every rollup from scratch (after this migration, after a bulk load
-- with the triggers off): the closed rows of every goal, the open cases,
-- and no snapshots (they are made again on first use).
CREATE FUNCTION goal_rollup_rebuild() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
	g bigint;
BEGIN
	PERFORM pg_advisory_xact_lock(goal_lock_key());
	FOR g IN SELECT id FROM goal LOOP
		PERFORM goal_done_rebuild(g);
	END LOOP;
	DELETE FROM goal_open;
	INSERT INTO goal_open
	SELECT p.pop, c.start, count(*)
	FROM (VALUES ('status'), ('accounts'), ('applications')) AS p (pop),
	    goal_pop_cases(p.pop) AS c
	WHERE c.stop IS NULL
	GROUP BY 1, 2;
	DELETE FROM goal_snap_day;
END $$;

-- A new or changed version changes how the goal's cases are judged.
CREATE FUNCTION goal_version_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		PERFORM goal_done_rebuild(OLD.goal_id);
	END IF;
	IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR
	    NEW.goal_id <> OLD.goal_id) THEN
		PERFORM goal_done_rebuild(NEW.goal_id);
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER goal_version_changed AFTER INSERT OR UPDATE OR DELETE
	ON goal_version FOR EACH ROW EXECUTE FUNCTION goal_version_changed();

-- --- reading ---------------------------------------------------------------

-- The cases of p open at the end of day a (started by a, not stopped by
-- it), as (start_day, n).  At a quarter's end from its snapshot, made
-- here on first use under the lock, so that no write falls between the
-- count and the triggers that keep it from then on; on any other day
-- (today, a custom period's end) from the open rows and the cases
-- decided after a.
CREATE FUNCTION goal_snap_make(p text, a date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM goal_snap_day AS d WHERE d.pop = p AND
	    d.asof_day = a) THEN
		RETURN;
	END IF;
	PERFORM pg_advisory_xact_lock(goal_lock_key());
	-- Made meanwhile by another request?
	IF EXISTS (SELECT 1 FROM goal_snap_day AS d WHERE d.pop = p AND
	    d.asof_day = a) THEN
		RETURN;
	END IF;
	INSERT INTO goal_snap_day VALUES (p, a);
	INSERT INTO goal_snap
	SELECT p, a, c.start, count(*) FROM goal_pop_cases(p) AS c
	WHERE c.start <= a AND (c.stop IS NULL OR c.stop > a)
	GROUP BY c.start;
END $$;

CREATE FUNCTION goal_open_at(p text, a date)
RETURNS TABLE (start_day date, n bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
	IF p NOT IN ('status', 'accounts', 'applications') THEN
		RETURN;
	END IF;
	IF a = (date_trunc('quarter', a) + interval '3 months' -
	    interval '1 day')::date THEN
		PERFORM goal_snap_make(p, a);
		RETURN QUERY SELECT s.start_day, s.n FROM goal_snap AS s
		    WHERE s.pop = p AND s.asof_day = a;
		RETURN;
	END IF;
	RETURN QUERY SELECT x.d, sum(x.k)::bigint FROM (
		SELECT o.start_day, o.n FROM goal_open AS o
		WHERE o.pop = p AND o.start_day <= a
		UNION ALL
		SELECT s.received, 1 FROM submission AS s
		WHERE p IN ('status', 'accounts') AND s.kind = p AND
		    s.status IN ('approved', 'rejected') AND s.decided > a AND
		    s.received <= a
		UNION ALL
		SELECT t.submitted, 1 FROM application AS t
		WHERE p = 'applications' AND t.decided IS NOT NULL AND
		    t.decided > a AND t.status <> 'draft' AND
		    t.submitted <= a
	) AS x (d, k) GROUP BY x.d;
END $$;

REVOKE ALL ON FUNCTION goal_pop_cases, goal_sub_pauses, goal_lock_key,
    goal_done_put, goal_case_put, goal_sub_gone, goal_sub_changed,
    goal_pause_change, goal_pause_ins, goal_pause_upd, goal_pause_del,
    goal_app_changed, goal_done_rebuild, goal_rollup_rebuild,
    goal_version_changed, goal_snap_make, goal_open_at FROM PUBLIC;
GRANT EXECUTE ON FUNCTION goal_open_at TO frist_staff;
GRANT SELECT ON goal_done TO frist_staff;

SELECT goal_rollup_rebuild();

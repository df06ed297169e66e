-- Service-time figures in SQL (issue 9): the same figures as
-- cgi/lib/goal.c, so that the dashboard can count in the database what
-- the C module defines.  Every definition is goal.h's and cal.h's; the
-- comments here say only how SQL gets there.  tests/integration/
-- t_goal_sql.sh holds these functions against `frist-tool goal-eval` on
-- ten thousand generated cases, and dk_holiday against cal.c for every
-- day of 2000-2100.
--
-- Days are dates.  Pauses are daterange(started, ended) as case_pause
-- stores them, [started, ended), upper bound open while the pause lasts;
-- a pause takes the days started < d <= ended off the clock.  Versions
-- of a goal's rule are goal_rule values in an array, in the order of
-- goal.h's versions (of equal valid_from the later one wins).
--
-- The dashboard's call: goal_eval(goal_rules(goal.id), cases, from, to,
-- asof), cases from goal_submission_cases(kind) or any goal_case[].  A
-- case costs some 20 us in calendar days or months and 60 us in working
-- days (PL/pgSQL, one case at a time): right for a period's figures of
-- thousands of cases; a million need rollups on top.

-- --- Danish holidays and working days (cal.c) ---------------------------

-- Easter Sunday: cal.c's Gregorian computus, digit for digit (years >= 1,
-- where integer / and % are floor division and modulo as cal.c needs).
CREATE FUNCTION dk_easter(y integer) RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	a integer := y % 19;
	b integer := y / 100;
	c integer := y % 100;
	d integer := b / 4;
	e integer := b % 4;
	f integer := (b + 8) / 25;
	g integer := (b - f + 1) / 3;
	h integer := (19 * a + b - d - g + 15) % 30;
	i integer := c / 4;
	k integer := c % 4;
	l integer := (32 + 2 * e + 2 * i - h - k) % 7;
	m integer := (a + 11 * h + 22 * l) / 451;
BEGIN
	RETURN make_date(y, (h + l - 7 * m + 114) / 31,
	    (h + l - 7 * m + 114) % 31 + 1);
END $$;

-- The holidays of year y with their Danish names, as cal.c's table:
-- fixed dates and days from Easter; Store bededag only until 2023.
CREATE FUNCTION dk_holidays(y integer) RETURNS TABLE (day date, name text)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT CASE WHEN h.easter THEN dk_easter(y) + h.off
	    ELSE make_date(y, h.m, h.d) END, h.name
	FROM (VALUES
		(false, 0, 1, 1, NULL, 'Nytårsdag'),
		(true, -3, 0, 0, NULL, 'Skærtorsdag'),
		(true, -2, 0, 0, NULL, 'Langfredag'),
		(true, 0, 0, 0, NULL, 'Påskedag'),
		(true, 1, 0, 0, NULL, '2. påskedag'),
		(true, 26, 0, 0, 2023, 'Store bededag'),
		(true, 39, 0, 0, NULL, 'Kristi himmelfartsdag'),
		(true, 49, 0, 0, NULL, 'Pinsedag'),
		(true, 50, 0, 0, NULL, '2. pinsedag'),
		(false, 0, 12, 25, NULL, 'Juledag'),
		(false, 0, 12, 26, NULL, '2. juledag')
	) AS h (easter, off, m, d, until, name)
	WHERE h.until IS NULL OR y <= h.until
	ORDER BY 1
$$;

-- The holiday's name on day d, NULL if d is none (cal_holiday).
CREATE FUNCTION dk_holiday_name(d date) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT h.name FROM dk_holidays(extract(year FROM d)::integer) h
	WHERE h.day = d
$$;

CREATE FUNCTION dk_holiday(d date) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT dk_holiday_name(d) IS NOT NULL
$$;

-- The days off of year y as an array, for counting: its holidays (the
-- same days as dk_holidays, whose names cost a set-returning function
-- per call), and with flags & 1 (cal.h's CAL_WD_STATE) Grundlovsdag, 24
-- and 31 December, each day once (Grundlovsdag was 2. pinsedag in 2017).
CREATE FUNCTION dk_offdays(y integer, flags integer DEFAULT 0)
RETURNS date[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	e date := dk_easter(y);
	r date[];
BEGIN
	r := ARRAY[make_date(y, 1, 1), e - 3, e - 2, e, e + 1, e + 39, e + 49,
	    e + 50, make_date(y, 12, 25), make_date(y, 12, 26)];
	IF y <= 2023 THEN
		r := r || (e + 26);
	END IF;
	IF flags & 1 <> 0 THEN
		IF NOT make_date(y, 6, 5) = ANY (r) THEN
			r := r || make_date(y, 6, 5);
		END IF;
		r := r || make_date(y, 12, 24) || make_date(y, 12, 31);
	END IF;
	RETURN r;
END $$;

-- Monday to Friday and not a day off (cal_is_workday).
CREATE FUNCTION dk_workday(d date, flags integer DEFAULT 0) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
	IF extract(isodow FROM d) > 5 THEN
		RETURN false;
	END IF;
	RETURN NOT d = ANY (dk_offdays(extract(year FROM d)::integer, flags));
END $$;

-- Mondays to Fridays up to and including d, counted from Monday
-- 0001-01-01, so that every count is of non-negative numbers.
CREATE FUNCTION dk_weekdays_upto(d date) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT 5 * ((d - DATE '0001-01-01') / 7) +
	    least((d - DATE '0001-01-01') % 7 + 1, 5)
$$;

-- Working days in (a, b], negative if b < a (cal_workdays_between):
-- the weekdays less the days off on weekdays, year by year.  PL/pgSQL
-- loops rather than a query: this is called for every case and pause.
CREATE FUNCTION dk_workdays_after(a date, b date, flags integer DEFAULT 0)
RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	lo date := least(a, b);
	hi date := greatest(a, b);
	n integer;
	y integer;
	o date;
BEGIN
	n := dk_weekdays_upto(hi) - dk_weekdays_upto(lo);
	FOR y IN extract(year FROM lo + 1)::integer ..
	    extract(year FROM hi)::integer LOOP
		FOREACH o IN ARRAY dk_offdays(y, flags) LOOP
			IF o > lo AND o <= hi AND extract(isodow FROM o) <= 5 THEN
				n := n - 1;
			END IF;
		END LOOP;
	END LOOP;
	RETURN CASE WHEN b < a THEN -n ELSE n END;
END $$;

-- The n-th working day after d (n > 0), before it (n < 0), d for n = 0
-- (cal_add_workdays): jumps whole weeks while many remain, never past
-- the answer (a week holds at most 5), then walks the rest.
CREATE FUNCTION dk_add_workdays(d date, n integer, flags integer DEFAULT 0)
RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	cur date := d;
	rem integer := n;
	m integer;
BEGIN
	WHILE rem > 10 LOOP
		m := 7 * ((rem - 1) / 5);
		rem := rem - dk_workdays_after(cur, cur + m, flags);
		cur := cur + m;
	END LOOP;
	WHILE rem < -10 LOOP
		m := 7 * ((-rem - 1) / 5);
		rem := rem + dk_workdays_after(cur - m - 1, cur - 1, flags);
		cur := cur - m;
	END LOOP;
	WHILE rem > 0 LOOP
		cur := cur + 1;
		IF dk_workday(cur, flags) THEN
			rem := rem - 1;
		END IF;
	END LOOP;
	WHILE rem < 0 LOOP
		cur := cur - 1;
		IF dk_workday(cur, flags) THEN
			rem := rem + 1;
		END IF;
	END LOOP;
	RETURN cur;
END $$;

-- --- one case (goal.h "one case") ---------------------------------------

-- One version of a goal's rule: goal_version's columns (codes of
-- goaldef.h) and the working-day flags (cal.h; the seeded goals use 0).
CREATE TYPE goal_rule AS (
	valid_from	date,
	unit		text,		-- days | workdays | months
	wdflags		integer,	-- 1: CAL_WD_STATE
	limit_n		integer,
	target_permille	integer,
	pauses		text,		-- gross | net
	period_rule	text		-- decided | breach
);

-- A case for goal_eval(): the clock's start and stop (NULL while open)
-- and its pauses.
CREATE TYPE goal_case AS (
	start		date,
	stop		date,
	pauses		daterange[]
);

-- What goal_case_eval() finds (struct goal_case_state); version is the
-- 1-based index into the rules.
CREATE TYPE goal_case_state AS (
	state		text,		-- none | open | breached | met | missed
	version		integer,
	gross		integer,
	net		integer,
	elapsed		integer,
	breach		date,
	paused		boolean,
	paused_days	integer
);

-- The version in force on day d (goal_version_at): the greatest
-- valid_from <= d, else the earliest; of equal ones the later entry.
CREATE FUNCTION goal_version_at(rules goal_rule[], d date) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	i integer;
	best integer;
	first integer := 1;
BEGIN
	FOR i IN 1 .. coalesce(array_length(rules, 1), 0) LOOP
		IF rules[i].valid_from <= rules[first].valid_from THEN
			first := i;
		END IF;
		IF rules[i].valid_from <= d AND (best IS NULL OR
		    rules[i].valid_from >= rules[best].valid_from) THEN
			best := i;
		END IF;
	END LOOP;
	RETURN coalesce(best, first);
END $$;

-- The days off the clock as known at asof, as one set of days: a pause
-- begun after asof does not exist yet, one ending after asof still
-- lasts, one without a start or ending on its first day takes nothing.
-- (s, e] is written daterange(s, e, '(]'); the multirange merges
-- overlapping and touching pauses as goal.c's stretches do.
CREATE FUNCTION goal_paused(pauses daterange[], asof date)
RETURNS datemultirange
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT coalesce(range_agg(daterange(lower(p),
	    CASE WHEN upper_inf(p) OR upper(p) > asof THEN NULL
	    ELSE upper(p) END, '(]')), '{}')
	FROM unnest(pauses) AS p
	WHERE NOT isempty(p) AND NOT lower_inf(p) AND lower(p) <= asof
$$;

-- Counting days (every day, or working days with wd) of the set p that
-- lie in (a, b].
CREATE FUNCTION goal_paused_in(p datemultirange, a date, b date,
    wd boolean, flags integer)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT coalesce(sum(CASE WHEN wd THEN
	    dk_workdays_after(lower(r) - 1, upper(r) - 1, flags)
	    ELSE upper(r) - lower(r) END), 0)::integer
	FROM unnest(p * datemultirange(daterange(a, greatest(a, b), '(]'))) AS r
$$;

-- The least m >= 0 with x <= start + m months (clamped to the month's
-- end, as PostgreSQL's date + interval and cal_add_months do): from the
-- months between them, one more if the day of the month is past.
CREATE FUNCTION goal_months_ceil(start date, x date) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT CASE WHEN x <= start THEN 0 ELSE m +
	    CASE WHEN (start + make_interval(months => m))::date < x THEN 1
	    ELSE 0 END END
	FROM (SELECT ((extract(year FROM x) - extract(year FROM start)) * 12 +
	    extract(month FROM x) - extract(month FROM start))::integer) AS t (m)
$$;

-- Elapsed time in the rule's unit from start to e (the stop, or asof),
-- without the days of p ('{}' for gross time): goal_elapsed().
CREATE FUNCTION goal_elapsed(r goal_rule, start date, e date,
    p datemultirange)
RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	x date := e;
BEGIN
	IF e <= start THEN
		RETURN 0;
	END IF;
	IF r.unit = 'months' THEN
		-- Read the clock at start + net calendar days.
		RETURN goal_months_ceil(start, start + (e - start) -
		    goal_paused_in(p, start, e, false, 0));
	END IF;
	IF r.unit = 'days' THEN
		RETURN (e - start) - goal_paused_in(p, start, e, false, 0);
	END IF;
	-- A stop on a day off counts on the next working day.
	IF NOT dk_workday(x, r.wdflags) THEN
		x := dk_add_workdays(x, 1, r.wdflags);
	END IF;
	RETURN dk_workdays_after(start, x, r.wdflags) -
	    goal_paused_in(p, start, x, true, r.wdflags);
END $$;

-- The breach day (goal_breach_day): the k-th counting day after start
-- outside p, k the limit + 1 (months: the calendar days to the clamped
-- deadline + 1), walking from stretch to stretch of p as goal.c's
-- nth_day; NULL while a lasting pause comes first.  For working days the
-- day after the last working day before that one.
CREATE FUNCTION goal_breach_day(r goal_rule, start date, p datemultirange)
RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	wd boolean := r.unit = 'workdays';
	k integer;
	cur date := start;
	s date;
	e date;
	avail integer;
	w date;
	q daterange;
BEGIN
	IF r.unit = 'months' THEN
		k := (start + make_interval(months => r.limit_n))::date -
		    start + 1;
	ELSE
		k := r.limit_n + 1;
	END IF;
	-- A range [l, u) of p is the stretch (l - 1, u - 1].
	FOR q IN SELECT x FROM unnest(p) AS x ORDER BY lower(x) LOOP
		s := lower(q) - 1;
		e := upper(q) - 1;		-- NULL: lasting
		CONTINUE WHEN e IS NOT NULL AND e <= cur;
		s := greatest(s, cur);
		avail := CASE WHEN wd THEN dk_workdays_after(cur, s, r.wdflags)
		    ELSE s - cur END;
		EXIT WHEN k <= avail;
		k := k - avail;
		IF e IS NULL THEN
			RETURN NULL;
		END IF;
		cur := e;
	END LOOP;
	w := CASE WHEN wd THEN dk_add_workdays(cur, k, r.wdflags)
	    ELSE cur + k END;
	IF wd THEN
		w := greatest(dk_add_workdays(w, -1, r.wdflags) + 1, start + 1);
	END IF;
	RETURN w;
END $$;

-- One case as of asof (goal_case_eval): the version in force on its
-- start judges it; gross and net elapsed, the breach day, a pause
-- lasting at asof, and the calendar days paused by the stop (or asof).
CREATE FUNCTION goal_case_eval(rules goal_rule[], start date, stop date,
    pauses daterange[], asof date)
RETURNS goal_case_state
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
	st goal_case_state;
	r goal_rule;
	p datemultirange;
	stopped boolean := stop IS NOT NULL AND stop <= asof;
	e date;
BEGIN
	st.state := 'none';
	IF start IS NULL OR asof IS NULL OR start > asof OR stop < start THEN
		RETURN st;
	END IF;
	st.version := goal_version_at(rules, start);
	r := rules[st.version];
	e := CASE WHEN stopped THEN stop ELSE asof END;
	p := goal_paused(pauses, asof);
	st.gross := goal_elapsed(r, start, e, '{}');
	st.net := goal_elapsed(r, start, e, p);
	st.elapsed := CASE WHEN r.pauses = 'net' THEN st.net ELSE st.gross END;
	st.breach := goal_breach_day(r, start,
	    CASE WHEN r.pauses = 'net' THEN p ELSE '{}' END);
	st.paused_days := goal_paused_in(p, start, e, false, 0);
	st.paused := false;
	IF stopped THEN
		st.state := CASE WHEN st.elapsed <= r.limit_n THEN 'met'
		    ELSE 'missed' END;
	ELSE
		-- Only a lasting pause has no end.
		st.paused := upper_inf(p);
		st.state := CASE WHEN st.breach <= asof THEN 'breached'
		    ELSE 'open' END;
	END IF;
	RETURN st;
END $$;

-- --- a period (goal.h "a period") ---------------------------------------

-- struct goal_figures; a share, percentile or average of nothing is
-- NULL (GOAL_NOVALUE), a verdict on nothing too (GOAL_NODATA).  versions
-- and open_versions are the 1-based indexes of the rules used.
CREATE TYPE goal_figures AS (
	date_from	date,
	date_to		date,
	asof		date,		-- A = least(asof, to)
	finished	boolean,
	version		integer,	-- in force on date_to
	target_permille	integer,
	limit_n		integer,
	unit		text,
	completed	bigint,
	within		bigint,
	extra		bigint,
	share_num	bigint,
	share_den	bigint,
	share_pm	integer,
	met		boolean,
	breached	bigint,
	at_risk		bigint,
	worst_num	bigint,
	worst_den	bigint,
	worst_pm	integer,
	worst_met	boolean,
	best_num	bigint,
	best_den	bigint,
	best_pm		integer,
	best_met	boolean,
	p50		integer,
	p90		integer,
	p95		integer,
	open		bigint,
	open_within	bigint,
	age_p50		integer,
	age_p90		integer,
	age_p95		integer,
	paused_cases	bigint,
	paused_days	bigint,
	paused_avg_tenths integer,
	versions	integer[],
	open_versions	integer[],
	mixed_units	boolean,
	ignored		bigint
);

-- A share in per mille rounded down (goal_pm), NULL of nothing.
CREATE FUNCTION goal_pm(num bigint, den bigint) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT CASE WHEN den > 0 THEN (num * 1000 / den)::integer END
$$;

-- Met against a target in per mille (goal_verdict_of), NULL of nothing:
-- exact in integers, so 899.6 per mille is not 900.
CREATE FUNCTION goal_met(num bigint, den bigint, target integer)
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT CASE WHEN den > 0 THEN num * 1000 >= target::bigint * den END
$$;

-- The nearest-rank percentile p of sorted values: v[ceil(p * n / 100)]
-- in integers (goal_rank), not percentile_disc's float fraction; NULL of
-- nothing (the index 0 of a SQL array is NULL).
CREATE FUNCTION goal_rank_value(sorted integer[], p integer) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT sorted[(coalesce(cardinality(sorted), 0) * p + 99) / 100]
$$;

-- The figures of [date_from, date_to] as of asof (goal_eval): every case
-- judged as of A = least(asof, date_to) by its own version, then counted
-- as goal.h says, one FILTER per figure.  NULL if the period is empty
-- (to < from), as goal_eval refuses it.
CREATE FUNCTION goal_eval(rules goal_rule[], cases goal_case[],
    date_from date, date_to date, asof date)
RETURNS goal_figures
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	WITH a AS (
		SELECT least(asof, date_to) AS seen, asof > date_to AS finished,
		    goal_version_at(rules, date_to) AS vto
	), cs AS (
		SELECT c.start, c.stop, s.*,
		    (rules[s.version]).period_rule = 'breach' AS servicedesk,
		    (rules[s.version]).unit || '/' ||
		    (rules[s.version]).pauses AS kind
		FROM unnest(cases) AS c, a,
		    goal_case_eval(rules, c.start, c.stop, c.pauses, a.seen) AS s
	), n AS (
		SELECT
		    count(*) FILTER (WHERE state IN ('met', 'missed') AND
			stop >= date_from) AS completed,
		    count(*) FILTER (WHERE state = 'met' AND
			stop >= date_from) AS within,
		    -- The service desk's misses still running.
		    count(*) FILTER (WHERE state = 'breached' AND servicedesk AND
			breach >= date_from) AS extra,
		    count(*) FILTER (WHERE state = 'breached') AS breached,
		    count(*) FILTER (WHERE state = 'open' AND NOT a.finished AND
			breach <= date_to) AS at_risk,
		    -- At risk, and still able to be decided in time within it.
		    count(*) FILTER (WHERE state = 'open' AND NOT a.finished AND
			breach <= date_to AND breach > date_from) AS savable,
		    count(*) FILTER (WHERE state IN ('open', 'breached')) AS open,
		    count(*) FILTER (WHERE state = 'open') AS open_within,
		    array_agg(elapsed ORDER BY elapsed) FILTER (WHERE
			state IN ('met', 'missed') AND stop >= date_from)
			AS times,
		    array_agg(elapsed ORDER BY elapsed) FILTER (WHERE
			state IN ('open', 'breached')) AS ages,
		    count(*) FILTER (WHERE state IN ('met', 'missed') AND
			stop >= date_from AND paused_days > 0) AS paused_cases,
		    coalesce(sum(paused_days) FILTER (WHERE
			state IN ('met', 'missed') AND stop >= date_from), 0)
			AS paused_days,
		    array_agg(DISTINCT version) FILTER (WHERE
			(state IN ('met', 'missed') AND stop >= date_from) OR
			(state = 'breached' AND servicedesk AND
			breach >= date_from)) AS versions,
		    count(DISTINCT kind) FILTER (WHERE
			(state IN ('met', 'missed') AND stop >= date_from) OR
			(state = 'breached' AND servicedesk AND
			breach >= date_from)) AS kinds,
		    array_agg(DISTINCT version) FILTER (WHERE
			state IN ('open', 'breached')) AS open_versions,
		    count(*) FILTER (WHERE state = 'none' AND (start IS NULL OR
			stop < start)) AS ignored
		FROM cs, a
	), r AS (
		SELECT n.*, a.*,
		    n.within AS share_num, n.completed + n.extra AS share_den,
		    n.within AS worst_num,
		    CASE WHEN a.finished THEN n.completed + n.extra
		    ELSE n.completed + n.breached + n.at_risk END AS worst_den,
		    n.within + n.savable AS best_num,
		    n.completed + n.extra + n.savable AS best_den,
		    (rules[a.vto]).target_permille AS target
		FROM n, a
	)
	SELECT date_from, date_to, r.seen, r.finished, r.vto, r.target,
	    (rules[r.vto]).limit_n, (rules[r.vto]).unit,
	    r.completed, r.within, r.extra, r.share_num, r.share_den,
	    goal_pm(r.share_num, r.share_den),
	    goal_met(r.share_num, r.share_den, r.target),
	    r.breached, r.at_risk, r.worst_num, r.worst_den,
	    goal_pm(r.worst_num, r.worst_den),
	    goal_met(r.worst_num, r.worst_den, r.target),
	    r.best_num, r.best_den,
	    goal_pm(r.best_num, r.best_den),
	    goal_met(r.best_num, r.best_den, r.target),
	    goal_rank_value(r.times, 50), goal_rank_value(r.times, 90),
	    goal_rank_value(r.times, 95),
	    r.open, r.open_within,
	    goal_rank_value(r.ages, 50), goal_rank_value(r.ages, 90),
	    goal_rank_value(r.ages, 95),
	    r.paused_cases, r.paused_days,
	    -- Tenths of a day, rounded half up.
	    CASE WHEN r.paused_cases > 0 THEN ((r.paused_days * 20 +
		r.paused_cases) / (2 * r.paused_cases))::integer END,
	    coalesce(r.versions, '{}'), coalesce(r.open_versions, '{}'),
	    r.kinds > 1, r.ignored
	FROM r
	WHERE date_to >= date_from
$$;

-- --- the database's goals and cases -------------------------------------

-- A goal's versions as rules, oldest first.  goal_version has no working-
-- day flags: its working days have the national holidays only.
CREATE FUNCTION goal_rules(gid bigint) RETURNS goal_rule[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
	SELECT array_agg(ROW(v.valid_from, v.unit, 0, v.limit_n,
	    v.target_permille, v.pauses, v.period_rule)::goal_rule
	    ORDER BY v.valid_from, v.id)
	FROM goal_version AS v
	WHERE v.goal_id = gid
$$;

-- The grant cases of a kind (status, accounts): received to decided,
-- with the days returned for correction, as goal_eval takes them.
--   SELECT (goal_eval(goal_rules(g.id), goal_submission_cases('accounts'),
--       $1, $2, current_date)).* FROM goal AS g WHERE g.code = ...
CREATE FUNCTION goal_submission_cases(k text) RETURNS goal_case[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
	SELECT coalesce(array_agg(ROW(s.received, s.decided, ARRAY(
	    SELECT daterange(p.started, p.ended) FROM case_pause AS p
	    WHERE p.submission_id = s.id))::goal_case), '{}')
	FROM submission AS s
	WHERE s.kind = k
$$;

-- Only the staff program counts goals.
REVOKE ALL ON FUNCTION dk_easter, dk_holidays, dk_holiday_name, dk_holiday,
    dk_offdays, dk_workday, dk_weekdays_upto, dk_workdays_after,
    dk_add_workdays, goal_version_at, goal_paused, goal_paused_in,
    goal_months_ceil, goal_elapsed, goal_breach_day, goal_case_eval,
    goal_pm, goal_met, goal_rank_value, goal_eval, goal_rules,
    goal_submission_cases FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dk_easter, dk_holidays, dk_holiday_name, dk_holiday,
    dk_offdays, dk_workday, dk_weekdays_upto, dk_workdays_after,
    dk_add_workdays, goal_version_at, goal_paused, goal_paused_in,
    goal_months_ceil, goal_elapsed, goal_breach_day, goal_case_eval,
    goal_pm, goal_met, goal_rank_value, goal_eval, goal_rules,
    goal_submission_cases TO frist_staff;

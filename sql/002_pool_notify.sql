-- Any change to the pools tells the listening portal workers to drop
-- their cached catalogue (cgi/portal/page_grants.c).
CREATE FUNCTION pool_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('pool_changed', '');
	RETURN NULL;
END;
$$;

CREATE TRIGGER pool_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pool
	FOR EACH STATEMENT EXECUTE FUNCTION pool_changed();

/*
 * frist-mailer: sends the outbox (sql/025_outbox.sql) over SMTP.
 *
 *	frist-mailer -c CONFIG
 *
 * CONFIG has "key = value" lines (tools/frist-ctl writes var/etc/
 * mailer.conf): db (libpq conninfo, role frist_mailer), smtp_url
 * (smtp://host:port[/helo-name] or smtps://...), smtp_starttls (1: STARTTLS
 * is required, CURLUSESSL_ALL), smtp_user and smtp_password (optional),
 * smtp_timeout (seconds, 30), from and from_name (the From header), bounce
 * (the envelope sender, MAIL FROM; default from), retry_base_seconds (60),
 * max_attempts (5), lease_seconds (600), claim (rows per claim, 10), and
 * name (claimed_by; default host:pid).
 *
 * It waits on LISTEN outbox (and select() on the socket until the next
 * row is due), claims rows with FOR UPDATE SKIP LOCKED, so any number of
 * mailers may run, sends each with libcurl, and records it as sent, as
 * queued again with a backoff (1, 5, 30, 120 x retry_base_seconds) or,
 * after max_attempts or a 5xx answer, as failed.  A row left in
 * 'sending' longer than the lease (a mailer killed mid-send; the lease
 * must exceed (claim + 1) x smtp_timeout) is queued again: the one case where a mail can go twice is a mailer that dies
 * between the relay's acceptance and its UPDATE; the Message-ID is made
 * once per row, so receivers can tell.  A mailer that keeps running
 * through a lost database connection remembers what it sent and records
 * it after the reconnect, so a PostgreSQL restart sends nothing twice.
 *
 * The log has a line per delivery: the row's id, kind and state, never an
 * address, subject or body.  SIGTERM ends it after the current message.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "conf.h"
#include "db.h"
#include "log.h"
#include "mailmsg.h"
#include "util.h"

/* --- statements ---------------------------------------------------------- */

enum stmt {
	STMT_REQUEUE_STALE,
	STMT_REQUEUE_MINE,
	STMT_CLAIM,
	STMT_SENT,
	STMT_RETRY,
	STMT_FAILED,
	STMT_NEXT_DUE,
	STMT__N
};

/* Rows some mailer claimed longer than the lease ago ($1 seconds). */
#define REQUEUE_STALE_SQL						\
	"UPDATE outbox SET state = 'queued', next_try = now(),"		\
	" claimed_by = NULL WHERE state = 'sending'"			\
	" AND claimed_at < now() - make_interval(secs => $1::int)"
/* This mailer's claimed rows it did not send (stopping, reconnected). */
#define REQUEUE_MINE_SQL						\
	"UPDATE outbox SET state = 'queued', next_try = now(),"		\
	" claimed_by = NULL WHERE state = 'sending' AND claimed_by = $1"
/*
 * The Message-ID is made at the first claim and kept: a mail sent again
 * after a crash has the same one.  $1 claimed_by, $2 rows, $3 the domain.
 */
#define CLAIM_SQL							\
	"UPDATE outbox SET state = 'sending', claimed_at = now(),"	\
	" claimed_by = $1, attempts = attempts + 1,"			\
	" message_id = coalesce(message_id, '<' ||"			\
	" replace(gen_random_uuid()::text, '-', '') || '@' || $3 || '>')" \
	" WHERE id IN (SELECT id FROM outbox WHERE state = 'queued'"	\
	" AND next_try <= now() AND not_before <= now() ORDER BY id"	\
	" FOR UPDATE SKIP LOCKED LIMIT $2::int)"			\
	" RETURNING id, kind, to_addr, subject, body, attempts,"	\
	" message_id, floor(extract(epoch FROM created_at))::bigint AS created"
#define CLAIM_COLS(C, s) C(s, id) C(s, kind) C(s, to_addr) C(s, subject) \
	C(s, body) C(s, attempts) C(s, message_id) C(s, created)
DB_COLUMNS(CLAIM);
/* Also a row queued again meanwhile: it went, it must not go again. */
#define SENT_SQL							\
	"UPDATE outbox SET state = 'sent', sent_at = now(),"		\
	" last_error = NULL, claimed_by = NULL"				\
	" WHERE id = $1 AND state <> 'sent'"
#define RETRY_SQL							\
	"UPDATE outbox SET state = 'queued', claimed_by = NULL,"	\
	" next_try = now() + make_interval(secs => $2::int),"		\
	" last_error = $3 WHERE id = $1 AND state = 'sending'"
#define FAILED_SQL							\
	"UPDATE outbox SET state = 'failed', claimed_by = NULL,"	\
	" last_error = $2 WHERE id = $1 AND state = 'sending'"
/* Seconds until the next queued row is due (NULL: none). */
#define NEXT_DUE_SQL							\
	"SELECT ceil(extract(epoch FROM min(greatest(next_try,"		\
	" not_before)) - now()))::int AS wait"				\
	" FROM outbox WHERE state = 'queued'"
#define NEXT_DUE_COLS(C, s) C(s, wait)
DB_COLUMNS(NEXT_DUE);

static const struct db_stmt mailer_stmts[STMT__N] = {
	[STMT_REQUEUE_STALE] = DB_NOROWS(REQUEUE_STALE, 1, 0),
	[STMT_REQUEUE_MINE] = DB_NOROWS(REQUEUE_MINE, 1, 0),
	[STMT_CLAIM] = DB_STMT(CLAIM, 3, 0),
	[STMT_SENT] = DB_NOROWS(SENT, 1, 0),
	[STMT_RETRY] = DB_NOROWS(RETRY, 3, 0),
	[STMT_FAILED] = DB_NOROWS(FAILED, 2, 0),
	[STMT_NEXT_DUE] = DB_STMT(NEXT_DUE, 0, 0),
};

/* --- configuration ------------------------------------------------------- */

static const char *
mc_str(const char *key, const char *def)
{
	const char	*v = conf_get(key, def);

	return v != NULL && *v == '\0' ? def : v;
}

static long
mc_long(const char *key, long def, long min, long max)
{
	const char	*v = mc_str(key, NULL);
	int64_t		 n;

	if (v == NULL || str_to_i64(v, min, max, &n) == -1) {
		if (v != NULL)
			log_warn("config: %s must be %ld..%ld; %ld used", key,
			    min, max, def);
		return def;
	}
	return (long)n;
}

static struct {
	const char	*url, *user, *password, *from, *from_name, *bounce;
	const char	*domain;	/* of from: the Message-IDs' */
	int		 starttls;
	long		 timeout, base, max_attempts, lease, claim;
	char		 name[128];	/* claimed_by */
	char		 mail_from[MAILMSG_ADDR_MAX + 3];	/* <bounce> */
} mc;

static int
mc_setup(void)
{
	const char	*n = mc_str("name", NULL);
	char		 host[64];
	int		 ok;

	mc.url = mc_str("smtp_url", "smtp://127.0.0.1:25");
	mc.user = mc_str("smtp_user", NULL);
	mc.password = mc_str("smtp_password", NULL);
	mc.starttls = mc_long("smtp_starttls", 0, 0, 1) == 1;
	mc.timeout = mc_long("smtp_timeout", 30, 1, 600);
	mc.from = mc_str("from", NULL);
	mc.from_name = mc_str("from_name", NULL);
	mc.bounce = mc_str("bounce", mc.from);
	mc.base = mc_long("retry_base_seconds", 60, 1, 86400);
	mc.max_attempts = mc_long("max_attempts", 5, 1, 100);
	mc.lease = mc_long("lease_seconds", 600, 2, 86400);
	mc.claim = mc_long("claim", 10, 1, 1000);
	if (gethostname(host, sizeof(host)) != 0)
		snprintf(host, sizeof(host), "mailer");
	host[sizeof(host) - 1] = '\0';
	if (n != NULL)
		snprintf(mc.name, sizeof(mc.name), "%s", n);
	else
		snprintf(mc.name, sizeof(mc.name), "%s:%ld", host, (long)getpid());
	ok = mailmsg_addr_ok(mc.from) && mailmsg_addr_ok(mc.bounce) &&
	    (mc.from_name == NULL || mailmsg_text_ok(mc.from_name)) &&
	    mc_str("db", NULL) != NULL;
	if (!ok)
		log_err("config: db, and from and bounce as valid addresses, are needed");
	/*
	 * A live mailer's claim must be sent before its rows look abandoned:
	 * the last row of a claim may wait for all the others' timeouts.
	 */
	if (ok && mc.lease <= (mc.claim + 1) * mc.timeout) {
		log_err("config: lease_seconds must exceed (claim + 1) x smtp_timeout");
		ok = 0;
	}
	if (ok) {
		mc.domain = strchr(mc.from, '@') + 1;
		snprintf(mc.mail_from, sizeof(mc.mail_from), "<%s>", mc.bounce);
	}
	return ok ? 0 : -1;
}

/* --- sending ------------------------------------------------------------- */

static volatile sig_atomic_t	 mc_stop;

static void
mc_signal(int sig)
{
	(void)sig;
	mc_stop = 1;
}

struct mc_upload {
	const char	*p;
	size_t		 left;
};

static size_t
mc_read(char *buf, size_t size, size_t nitems, void *arg)
{
	struct mc_upload	*u = arg;
	size_t			 n = size * nitems;

	if (n > u->left)
		n = u->left;
	memcpy(buf, u->p, n);
	u->p += n;
	u->left -= n;
	return n;
}

enum mc_result { MC_SENT, MC_RETRY, MC_FAILED };

/* Sends one message; err gets a short reason without content. */
static enum mc_result
mc_smtp(const char *to, const char *msg, size_t len, char *err, size_t errsz)
{
	struct mc_upload	 u = { msg, len };
	struct curl_slist	*rcpt = NULL;
	char			 rcptbuf[MAILMSG_ADDR_MAX + 3];
	CURL			*c;
	CURLcode		 rc = CURLE_FAILED_INIT;
	long			 code = 0;
	enum mc_result		 res = MC_RETRY;

	snprintf(rcptbuf, sizeof(rcptbuf), "<%s>", to);
	if ((c = curl_easy_init()) != NULL &&
	    (rcpt = curl_slist_append(NULL, rcptbuf)) != NULL) {
		curl_easy_setopt(c, CURLOPT_URL, mc.url);
		curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
		curl_easy_setopt(c, CURLOPT_MAIL_FROM, mc.mail_from);
		curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
		curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
		curl_easy_setopt(c, CURLOPT_READFUNCTION, mc_read);
		curl_easy_setopt(c, CURLOPT_READDATA, &u);
		curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
		curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
		curl_easy_setopt(c, CURLOPT_TIMEOUT, mc.timeout);
		curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, mc.timeout);
		if (mc.starttls)
			curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
		if (mc.user != NULL) {
			curl_easy_setopt(c, CURLOPT_USERNAME, mc.user);
			curl_easy_setopt(c, CURLOPT_PASSWORD,
			    mc.password != NULL ? mc.password : "");
		}
		rc = curl_easy_perform(c);
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	}
	if (rc == CURLE_OK)
		res = MC_SENT;
	else if (code >= 500 && code < 600)
		res = MC_FAILED;	/* refused for good: no retry helps */
	snprintf(err, errsz, "curl %d: %s (smtp %ld)", (int)rc,
	    curl_easy_strerror(rc), code);
	curl_slist_free_all(rcpt);
	if (c != NULL)
		curl_easy_cleanup(c);
	return res;
}

/* --- the queue ----------------------------------------------------------- */

/*
 * Results that could not be recorded because the connection went: kept
 * and recorded first after the reconnect, so that a row that was sent is
 * not sent again.
 */
#define MC_PENDING	1024

struct mc_done {
	char		 id[24];
	enum mc_result	 res;
	long		 wait;
	char		 err[200];
};

static struct mc_done	 mc_pending[MC_PENDING];
static size_t		 mc_npending;

/* Records a result; -1 if the database could not be told. */
static int
mc_record(const struct mc_done *d)
{
	char		 wait[24];
	const char	*p[3];
	int		 n = -1;

	p[0] = d->id;
	switch (d->res) {
	case MC_SENT:
		n = db_count(STMT_SENT, p);
		break;
	case MC_RETRY:
		snprintf(wait, sizeof(wait), "%ld", d->wait);
		p[1] = wait;
		p[2] = d->err;
		n = db_count(STMT_RETRY, p);
		break;
	case MC_FAILED:
		p[1] = d->err;
		n = db_count(STMT_FAILED, p);
		break;
	}
	return n < 0 ? -1 : 0;
}

/* The backoff before attempt n + 1: 1, 5, 30, 120 x base. */
static long
mc_backoff(long attempts)
{
	static const long	 steps[] = { 1, 5, 30, 120 };
	size_t			 i = attempts < 1 ? 0 : (size_t)attempts - 1;

	if (i >= sizeof(steps) / sizeof(steps[0]))
		i = sizeof(steps) / sizeof(steps[0]) - 1;
	return steps[i] * mc.base;
}

/* Sends row i of a claim; the result in d. */
static void
mc_send_row(const PGresult *res, int i, struct mc_done *d)
{
	struct mailmsg		 m;
	enum mailmsg_err	 e;
	const char		*msgid = db_val(res, i, CLAIM_message_id);
	char			 rid[MAILMSG_ID_MAX + 1], built[MAILMSG_MSGID_MAX];
	char			*msg = NULL;
	size_t			 len = 0, n;
	int64_t			 created = 0, attempts = 1;

	snprintf(d->id, sizeof(d->id), "%s", db_val(res, i, CLAIM_id));
	str_to_i64(db_val(res, i, CLAIM_attempts), 0, INT32_MAX, &attempts);
	str_to_i64(db_val(res, i, CLAIM_created), 0, INT64_MAX, &created);
	/* The random part of the stored <id@domain>. */
	n = msgid[0] == '<' ? strcspn(msgid + 1, "@") : 0;
	snprintf(rid, sizeof(rid), "%.*s", (int)(n <= MAILMSG_ID_MAX ? n : 0),
	    msgid + 1);
	memset(&m, 0, sizeof(m));
	m.from = mc.from;
	m.from_name = mc.from_name;
	m.to = db_val(res, i, CLAIM_to_addr);
	m.subject = db_val(res, i, CLAIM_subject);
	m.body = db_val(res, i, CLAIM_body);
	m.date = (time_t)created;
	m.id = rid;
	e = mailmsg_build(&m, &msg, &len, built);
	if (e != MAILMSG_OK) {
		d->res = MC_FAILED;	/* the same row will never build */
		snprintf(d->err, sizeof(d->err), "%s", mailmsg_strerror(e));
	} else
		d->res = mc_smtp(m.to, msg, len, d->err, sizeof(d->err));
	free(msg);
	if (d->res == MC_RETRY && attempts >= mc.max_attempts)
		d->res = MC_FAILED;
	d->wait = mc_backoff((long)attempts);
	if (d->res == MC_SENT)
		log_info("mail %s %s sent", d->id, db_val(res, i, CLAIM_kind));
	else if (d->res == MC_RETRY)
		log_warn("mail %s %s queued, attempt %ld, again in %ld s: %s",
		    d->id, db_val(res, i, CLAIM_kind), (long)attempts, d->wait,
		    d->err);
	else
		log_warn("mail %s %s failed, attempt %ld: %s", d->id,
		    db_val(res, i, CLAIM_kind), (long)attempts, d->err);
}

/* Records the pending results; -1 if the database is gone again. */
static int
mc_flush(void)
{
	size_t	 i = 0;
	int	 rc = 0;

	while (rc == 0 && i < mc_npending) {
		if (mc_record(&mc_pending[i]) == 0)
			i++;
		else
			rc = -1;
	}
	memmove(mc_pending, mc_pending + i, (mc_npending - i) * sizeof(mc_pending[0]));
	mc_npending -= i;
	return rc;
}

/* Claims and sends one batch: the number of rows it took, -1 on a lost
 * connection. */
static int
mc_batch(void)
{
	PGresult	*res;
	char		 lim[24];
	const char	*p[3] = { mc.name, lim, mc.domain };
	struct mc_done	 d;
	int		 i, n = -1;

	snprintf(lim, sizeof(lim), "%ld", mc.claim);
	if ((res = db_exec(STMT_CLAIM, p)) != NULL) {
		n = PQntuples(res);
		for (i = 0; i < n && !mc_stop; i++) {
			memset(&d, 0, sizeof(d));
			mc_send_row(res, i, &d);
			if (mc_record(&d) == -1) {
				if (mc_npending < MC_PENDING)
					mc_pending[mc_npending++] = d;
				n = -1;		/* the rest stay claimed */
				break;
			}
		}
		PQclear(res);
	}
	return n;
}

/* After a (re)connect: what was sent meanwhile, then this mailer's and
 * abandoned rows queued again.  -1 if the database went again. */
static int
mc_resume(void)
{
	char		 lease[24];
	const char	*p[1];
	int		 rc = mc_flush();

	snprintf(lease, sizeof(lease), "%ld", mc.lease);
	p[0] = mc.name;
	if (rc == 0 && db_count(STMT_REQUEUE_MINE, p) < 0)
		rc = -1;
	p[0] = lease;
	if (rc == 0 && db_count(STMT_REQUEUE_STALE, p) < 0)
		rc = -1;
	return rc;
}

/* Seconds to wait for a notification: until the next row is due, at most
 * half a lease (abandoned rows are looked for that often) and 60. */
static long
mc_wait(void)
{
	PGresult	*res;
	int64_t		 w;
	long		 wait = mc.lease / 2 < 60 ? mc.lease / 2 : 60;

	if ((res = db_exec(STMT_NEXT_DUE, NULL)) != NULL) {
		if (PQntuples(res) == 1 && !db_isnull(res, 0, NEXT_DUE_wait) &&
		    str_to_i64(db_val(res, 0, NEXT_DUE_wait), INT32_MIN,
		    INT32_MAX, &w) == 0 && w < wait)
			wait = w < 0 ? 0 : (long)w;
		PQclear(res);
	}
	return wait;
}

static void
mc_sleep(long secs)
{
	struct timespec	 ts = { secs, 0 };

	while (!mc_stop && nanosleep(&ts, &ts) == -1 && errno == EINTR)
		continue;
}

static void
mc_loop(void)
{
	struct timeval	 tv;
	fd_set		 rd;
	time_t		 stale_at = 0;
	long		 retry = 1, wait;
	int		 fd, n, connected = 0;
	char		 lease[24];
	const char	*p[1] = { lease };

	snprintf(lease, sizeof(lease), "%ld", mc.lease);
	while (!mc_stop) {
		if (!connected || db_lost()) {
			connected = 0;
			if (db_ensure() == -1 || mc_resume() == -1) {
				log_warn("db: not connected; trying again in %ld s",
				    retry);
				mc_sleep(retry);
				retry = retry < 8 ? retry * 2 : 10;
				continue;
			}
			log_info("connected as %s", mc.name);
			connected = 1;
			retry = 1;
			stale_at = time(NULL) + mc.lease / 2;
		}
		if (time(NULL) >= stale_at) {
			db_count(STMT_REQUEUE_STALE, p);
			stale_at = time(NULL) + mc.lease / 2;
		}
		/* Notifications that came meanwhile are read (and dropped)
		 * now: the claim below sees their rows. */
		db_poll();
		/* Results the database refused to record (not a lost
		 * connection): again, a second apart, before anything new. */
		if (mc_npending > 0 && !db_lost() && mc_flush() == -1) {
			mc_sleep(1);
			continue;
		}
		if ((n = mc_batch()) == -1 || db_lost()) {
			if (!db_lost())
				mc_sleep(1);	/* an error, not a busy loop */
			continue;
		}
		if (n >= mc.claim)
			continue;	/* more may wait */
		wait = mc_wait();
		if ((fd = db_socket()) < 0 || (wait == 0 && n > 0))
			continue;
		FD_ZERO(&rd);
		FD_SET(fd, &rd);
		/* Due rows that another mailer holds this instant: a moment. */
		tv.tv_sec = wait;
		tv.tv_usec = wait == 0 ? 100000 : 0;
		if (select(fd + 1, &rd, NULL, NULL, &tv) == -1 && errno != EINTR)
			log_warn("select: %s", strerror(errno));
	}
	/* Rows claimed and not sent go back for another mailer. */
	if (connected && !db_lost())
		mc_resume();
	db_close();
}

int
main(int argc, char *argv[])
{
	struct sigaction	 sa;
	const char		*conf = NULL;
	int			 c, rc = 1;

	log_setup("frist-mailer");
	while ((c = getopt(argc, argv, "c:")) != -1)
		if (c == 'c')
			conf = optarg;
	if (conf == NULL) {
		fprintf(stderr, "usage: frist-mailer -c CONFIG\n");
		return 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = mc_signal;	/* no SA_RESTART: select() returns */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (conf_load(conf) == 0 && mc_setup() == 0 &&
	    curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK) {
		db_setup(mc_str("db", NULL), mailer_stmts, STMT__N);
		db_listen("LISTEN outbox");
		log_info("started: %s, claim %ld, base %ld s, %ld attempts, lease %ld s",
		    mc.name, mc.claim, mc.base, mc.max_attempts, mc.lease);
		mc_loop();
		curl_global_cleanup();
		log_info("stopped");
		rc = 0;
	}
	return rc;
}

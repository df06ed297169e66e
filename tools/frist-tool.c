/*
 * frist-tool: small jobs for the set-up scripts that need libsodium.
 *   frist-tool keygen FILE	new 32-byte secret key file, mode 0600
 *   frist-tool random N	N random base64url characters (N <= 43)
 *   frist-tool digits N	N random decimal digits (N <= 64)
 *   frist-tool pwhash		Argon2id hash of the password on stdin
 *   frist-tool whistle-keygen PUB SEC
 *				the authority's key pair for whistleblower reports
 *   frist-tool salt FILE	16 random bytes (the receipt-code salt), 0600
 *   frist-tool email-ok ADDRESS
 *				0 if ADDRESS ('' for none) is one a staff member's
 *				mail may go to, as /staff/profile checks it;
 *				else 1 and the Danish message (frist-ctl
 *				staff-email)
 * and two for tests/integration/t_goal_sql.sh, the C side of the SQL
 * of sql/014_goal_eval.sql:
 *   frist-tool holidays FROM TO
 *				"YYYY-MM-DD;name" for each Danish holiday
 *   frist-tool goal-eval UNIT LIMIT TARGET_PM PAUSE PERIOD FROM TO ASOF
 *	    [VALID_FROM:UNIT:LIMIT:TARGET_PM:PAUSE:PERIOD ...]
 *				goal_eval() over the cases on stdin, one
 *				"start;stop;pauses" a line, as name=value
 */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alerts.h"
#include "cal.h"
#include "crypto.h"
#include "goal.h"
#include "goaldef.h"
#include "grant.h"
#include "wb.h"

#define TOOL_MAXPAUSES	64	/* pauses a case line may have */

static int	 usage(void);

static const char tool_oom[] = "out of memory";

static int
tool_error(const char *what, const char *msg)
{
	fprintf(stderr, "frist-tool: %s: %s\n", what, msg);
	return 2;
}

/* A whole decimal number in lo..hi; 0, or -1 if s is not one. */
static int
tool_int(const char *s, int lo, int hi, int *out)
{
	char	*end;
	long	 v;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < lo || v > hi)
		return -1;
	*out = (int)v;
	return 0;
}

/*
 * A version from its codes as goaldef.h has them; UNIT may end in
 * "+state" for working days with the state's days off (CAL_WD_STATE).
 */
static int
tool_version(const char *unit, const char *limit, const char *target,
    const char *pause, const char *period, struct goal_version *v)
{
	char	 u[32];
	size_t	 len;
	int	 x;

	memset(v, 0, sizeof(*v));
	if ((len = strlen(unit)) >= sizeof(u))
		return -1;
	memcpy(u, unit, len + 1);
	if (len > 6 && strcmp(u + len - 6, "+state") == 0) {
		u[len - 6] = '\0';
		v->wdflags = CAL_WD_STATE;
	}
	if ((x = goaldef_unit(u)) == -1)
		return -1;
	v->unit = (enum goal_unit)x;
	if (v->wdflags != 0 && v->unit != GOAL_WORKDAYS)
		return -1;
	if (tool_int(limit, 0, v->unit == GOAL_MONTHS ? GOAL_MAXLIMIT / 30 :
	    GOAL_MAXLIMIT, &v->limit) == -1 ||
	    tool_int(target, 0, 1000, &v->target_pm) == -1)
		return -1;
	if ((x = goaldef_pause(pause)) == -1)
		return -1;
	v->pause = (enum goal_pause)x;
	if ((x = goaldef_period(period)) == -1)
		return -1;
	v->period = (enum goal_period)x;
	return 0;
}

/* "VALID_FROM:UNIT:LIMIT:TARGET_PM:PAUSE:PERIOD" */
static int
tool_version_arg(const char *arg, struct goal_version *v)
{
	char	 buf[128], *f[6], *p;
	size_t	 i;

	if (strlen(arg) >= sizeof(buf))
		return -1;
	memcpy(buf, arg, strlen(arg) + 1);
	for (i = 0, p = buf; i < 6; i++) {
		f[i] = p;
		if ((p = strchr(p, ':')) != NULL)
			*p++ = '\0';
		else if (i < 5)
			return -1;
	}
	if (p != NULL)
		return -1;
	if (tool_version(f[1], f[2], f[3], f[4], f[5], v) == -1 ||
	    cal_parse(f[0], &v->valid_from) == -1)
		return -1;
	return 0;
}

static const char *
tool_pause_err(enum grant_pause_err e)
{
	switch (e) {
	case GPE_OK:
		break;
	case GPE_TOO_MANY:
		return "too many pauses";
	case GPE_NO_SLASH:
		return "a pause without '/'";
	case GPE_BAD_DATE:
		return "a pause with a bad date";
	case GPE_BEFORE_RECEIVED:
		return "a pause before the start";
	case GPE_END_BEFORE_START:
		return "a pause ending before it begins";
	case GPE_AFTER_DECISION:
		return "a pause ending after the stop";
	case GPE_OPEN_DECIDED:
		return "an open pause in a stopped case";
	}
	return "bad pauses";
}

/*
 * One line "start;stop;pauses" into c, its pauses appended to *pp (of
 * *np, room for *pmax).  NULL, or what is wrong with the line.
 */
static const char *
tool_case(char *line, struct goal_case *c, struct grant_pause **pp,
    size_t *np, size_t *pmax)
{
	struct grant_pause	 tmp[TOOL_MAXPAUSES], *np_;
	enum grant_pause_err	 e;
	char			*stop, *pauses;
	size_t			 n;

	if ((stop = strchr(line, ';')) == NULL ||
	    (pauses = strchr(stop + 1, ';')) == NULL ||
	    strchr(pauses + 1, ';') != NULL)
		return "not start;stop;pauses";
	*stop++ = '\0';
	*pauses++ = '\0';
	if (cal_parse(line, &c->start) == -1)
		return "a bad start date";
	c->stop = GOAL_NODAY;
	if (*stop != '\0' && cal_parse(stop, &c->stop) == -1)
		return "a bad stop date";
	if (c->stop != GOAL_NODAY && c->stop < c->start)
		return "a stop before the start";
	if (strspn(pauses, "0123456789-/,") != strlen(pauses))
		return "a bad character in the pauses";
	e = grant_pauses_parse(pauses, ",", c->start, c->stop, tmp,
	    TOOL_MAXPAUSES, &n);
	if (e != GPE_OK)
		return tool_pause_err(e);
	if (*np + n > *pmax) {
		*pmax = (*pmax + n) * 2;
		if ((np_ = reallocarray(*pp, *pmax, sizeof(**pp))) == NULL)
			return tool_oom;
		*pp = np_;
	}
	memcpy(*pp + *np, tmp, n * sizeof(tmp[0]));
	/* An offset until every line is read: the array may still move. */
	c->pauses = NULL;
	c->npauses = n;
	*np += n;
	return NULL;
}

static void
tool_print_opt(const char *name, int v)
{
	if (v == GOAL_NOVALUE)
		printf("%s=\n", name);
	else
		printf("%s=%d\n", name, v);
}

static void
tool_print_verdict(const char *name, enum goal_verdict v)
{
	printf("%s=%s\n", name, v == GOAL_MET ? "1" : v == GOAL_NOTMET ?
	    "0" : "");
}

/* The version indexes of a mask, "0,2"; "" for none. */
static void
tool_print_mask(const char *name, uint64_t m)
{
	const char	*sep = "";
	int		 i;

	printf("%s=", name);
	for (i = 0; i < GOAL_MAXVERSIONS; i++)
		if (m & ((uint64_t)1 << i)) {
			printf("%s%d", sep, i);
			sep = ",";
		}
	printf("\n");
}

static void
tool_print_figures(const struct goal_figures *f)
{
	printf("finished=%d\n", f->finished);
	printf("target_pm=%d\n", f->target_pm);
	printf("completed=%lld\nwithin=%lld\nextra=%lld\n", f->completed,
	    f->within, f->extra);
	printf("share_num=%lld\nshare_den=%lld\n", f->share.num, f->share.den);
	tool_print_opt("share_pm", f->share_pm);
	tool_print_verdict("met", f->met);
	printf("breached=%lld\nat_risk=%lld\n", f->breached, f->at_risk);
	printf("worst_num=%lld\nworst_den=%lld\n", f->worst.num, f->worst.den);
	tool_print_opt("worst_pm", f->worst_pm);
	tool_print_verdict("worst_met", f->worst_met);
	printf("best_num=%lld\nbest_den=%lld\n", f->best.num, f->best.den);
	tool_print_opt("best_pm", f->best_pm);
	tool_print_verdict("best_met", f->best_met);
	tool_print_opt("p50", f->p50);
	tool_print_opt("p90", f->p90);
	tool_print_opt("p95", f->p95);
	printf("open=%lld\nopen_within=%lld\n", f->open, f->open_within);
	tool_print_opt("age_p50", f->age_p50);
	tool_print_opt("age_p90", f->age_p90);
	tool_print_opt("age_p95", f->age_p95);
	printf("paused_cases=%lld\npaused_days=%lld\n", f->paused_cases,
	    f->paused_days);
	tool_print_opt("paused_avg_tenths", f->paused_avg_tenths);
	tool_print_mask("versions", f->versions);
	tool_print_mask("open_versions", f->open_versions);
	printf("mixed_units=%d\n", f->mixed_units);
}

/*
 * goal-eval: argv holds UNIT LIMIT TARGET_PM PAUSE PERIOD FROM TO ASOF
 * and more versions.  The first version reaches back to every case.
 */
static int
tool_goal_eval(int argc, char *argv[])
{
	struct goal_version	 v[GOAL_MAXVERSIONS];
	struct goal_figures	 f;
	struct goal_case	*cases = NULL, *nc;
	struct grant_pause	*pauses = NULL;
	struct goal		 g;
	const char		*err;
	char			*line = NULL, what[64];
	size_t			 i, n = 0, cmax = 0, np = 0, pmax = 0, off, linesz = 0;
	ssize_t			 len;
	cal_day			 from, to, asof;
	int			*work = NULL, rc = 2, k;
	long long		 lineno = 0;

	if (argc < 8 || argc - 8 + 1 > GOAL_MAXVERSIONS) {
		rc = usage();
		goto out;
	}
	if (tool_version(argv[0], argv[1], argv[2], argv[3], argv[4],
	    &v[0]) == -1) {
		rc = tool_error("goal-eval", "bad version");
		goto out;
	}
	v[0].valid_from = cal_from_ymd(1900, 1, 1);
	for (k = 8; k < argc; k++)
		if (tool_version_arg(argv[k], &v[k - 7]) == -1) {
			rc = tool_error(argv[k], "bad version");
			goto out;
		}
	if (cal_parse(argv[5], &from) == -1 || cal_parse(argv[6], &to) == -1 ||
	    cal_parse(argv[7], &asof) == -1 || to < from) {
		rc = tool_error("goal-eval", "bad period");
		goto out;
	}
	g.population = "tool";
	g.versions = v;
	g.nversions = (size_t)(argc - 7);

	while ((len = getline(&line, &linesz, stdin)) != -1) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		snprintf(what, sizeof(what), "line %lld", lineno);
		if (strlen(line) != (size_t)len) {
			rc = tool_error(what, "a NUL byte");
			goto out;
		}
		if (n == cmax) {
			cmax = cmax == 0 ? 1024 : cmax * 2;
			if ((nc = reallocarray(cases, cmax, sizeof(*cases))) ==
			    NULL) {
				tool_error(what, tool_oom);
				rc = 1;
				goto out;
			}
			cases = nc;
		}
		if ((err = tool_case(line, &cases[n], &pauses, &np, &pmax)) !=
		    NULL) {
			/* A bad line is 2, as usage; running out of memory 1. */
			tool_error(what, err);
			rc = err == tool_oom ? 1 : 2;
			goto out;
		}
		n++;
	}
	if (ferror(stdin)) {
		tool_error("stdin", "read error");
		rc = 1;
		goto out;
	}
	for (i = 0, off = 0; i < n; off += cases[i++].npauses)
		cases[i].pauses = cases[i].npauses > 0 ? pauses + off : NULL;
	if (n > 0 && (work = calloc(n, sizeof(*work))) == NULL) {
		tool_error("goal-eval", tool_oom);
		rc = 1;
		goto out;
	}
	if (goal_eval(&g, cases, n, from, to, asof, work, &f) == -1) {
		tool_error("goal-eval", "goal_eval failed");
		rc = 1;
		goto out;
	}
	tool_print_figures(&f);
	rc = fflush(stdout) == 0 ? 0 : 1;
out:
	free(work);
	free(cases);
	free(pauses);
	free(line);
	return rc;
}

/* holidays FROM TO: every day of [FROM, TO] that cal_holiday() knows. */
static int
tool_holidays(const char *a, const char *b)
{
	const char	*name;
	char		 buf[11];
	cal_day		 from, to, d;

	if (cal_parse(a, &from) == -1 || cal_parse(b, &to) == -1 || to < from)
		return tool_error("holidays", "bad period");
	for (d = from; d <= to; d++)
		if (cal_holiday(d, &name)) {
			cal_format(d, buf);
			printf("%s;%s\n", buf, name);
		}
	return fflush(stdout) == 0 ? 0 : 1;
}

/* email-ok ADDRESS: the profile's own field and check (alerts.h). */
static int
tool_email_ok(const char *addr)
{
	static const struct valid_field	 f[1] = { ALERT_EMAIL_FIELD };
	struct valid_value		 v[1];
	struct valid_msgbuf		 m[1];
	struct kv			 pair;
	struct kvlist			 l = { &pair, 1, 1 };
	char				 key[] = "email", *val;
	int				 rc = 1;

	if ((val = strdup(addr)) == NULL)
		return 1;
	pair = (struct kv){ key, val, strlen(val) };
	if (!utf8_valid(val, strlen(val)))
		fprintf(stderr, "frist-tool: email-ok: not UTF-8\n");
	else if (valid_form(f, 1, &l, v, m) > 0)
		fprintf(stderr, "frist-tool: %s\n", v[0].err);
	else
		rc = 0;
	free(val);
	return rc;
}

static int
usage(void)
{
	fprintf(stderr, "usage: frist-tool keygen FILE | random N | digits N | pwhash |\n"
	    "       whistle-keygen PUB SEC | salt FILE | holidays FROM TO |\n"
	    "       email-ok ADDRESS |\n"
	    "       goal-eval UNIT LIMIT TARGET_PM PAUSE PERIOD FROM TO ASOF\n"
	    "           [VALID_FROM:UNIT:LIMIT:TARGET_PM:PAUSE:PERIOD ...] < cases\n");
	return 2;
}

int
main(int argc, char *argv[])
{
	char	 buf[CRYPTO_PWHASH_MAX], pw[512], tok[CRYPTO_TOKEN_CHARS + 1];
	long	 n;

	if (argc < 2)
		return usage();
	/* Pure calendar and goal work: no keys, no libsodium. */
	if (strcmp(argv[1], "holidays") == 0 && argc == 4)
		return tool_holidays(argv[2], argv[3]);
	if (strcmp(argv[1], "goal-eval") == 0)
		return tool_goal_eval(argc - 2, argv + 2);
	if (strcmp(argv[1], "email-ok") == 0 && argc == 3)
		return tool_email_ok(argv[2]);
	if (crypto_init() == -1)
		return 1;
	if (strcmp(argv[1], "keygen") == 0 && argc == 3) {
		if (crypto_make_key(argv[2]) == -1) {
			perror(argv[2]);
			return 1;
		}
		return 0;
	}
	if (strcmp(argv[1], "random") == 0 && argc == 3) {
		n = strtol(argv[2], NULL, 10);
		if (n < 1 || n > CRYPTO_TOKEN_CHARS)
			return usage();
		crypto_token(tok);
		printf("%.*s\n", (int)n, tok);
		return 0;
	}
	if (strcmp(argv[1], "whistle-keygen") == 0 && argc == 4) {
		if (wb_keygen(argv[2], argv[3]) == -1) {
			perror("whistle-keygen");
			return 1;
		}
		return 0;
	}
	if (strcmp(argv[1], "salt") == 0 && argc == 3) {
		unsigned char	 salt[WB_SALT];
		FILE		*f;
		int		 fd;

		crypto_random(salt, sizeof(salt));
		if ((fd = open(argv[2], O_WRONLY | O_CREAT | O_EXCL, 0600)) == -1 ||
		    (f = fdopen(fd, "w")) == NULL) {
			perror(argv[2]);
			return 1;
		}
		if (fwrite(salt, 1, sizeof(salt), f) != sizeof(salt) ||
		    fclose(f) != 0) {
			perror(argv[2]);
			return 1;
		}
		return 0;
	}
	if (strcmp(argv[1], "digits") == 0 && argc == 3) {
		char	 d[65];

		n = strtol(argv[2], NULL, 10);
		if (n < 1 || n > 64)
			return usage();
		crypto_digits(d, (size_t)n);
		printf("%s\n", d);
		return 0;
	}
	if (strcmp(argv[1], "pwhash") == 0 && argc == 2) {
		if (fgets(pw, sizeof(pw), stdin) == NULL)
			return 1;
		pw[strcspn(pw, "\r\n")] = '\0';
		if (crypto_pw_hash(pw, buf) == -1)
			return 1;
		printf("%s\n", buf);
		return 0;
	}
	return usage();
}

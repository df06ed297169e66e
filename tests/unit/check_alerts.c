/*
 * Unit tests for alerts.[ch]: the whistleblower deadline alerts and the
 * daily digest, on chosen days (a Friday evening, a Saturday, Easter,
 * Christmas, month ends) and exhaustively over every day of 2023-2028
 * against a reference written here without the module's helpers.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "alertmail.h"
#include "alerts.h"
#include "srcfile.h"
#include "ckday.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define NONE		ALERT_NODAY
#define ALL		(AW_BIT(AW_UNREGISTERED) | AW_BIT(AW_ACK) | \
			    AW_BIT(AW_FEEDBACK))

Suite	*alerts_suite(void);

static unsigned
due_on(const char *received, const char *today)
{
	struct alert_report	 r = { day_of(received), NONE, NONE, NONE, NONE };

	return alert_wb_due(&r, day_of(today));
}

/* --- reference, from the rule's words ---------------------------------- */

/* A working day: Monday-Friday and no public holiday (cal_holiday). */
static int
ref_workday(cal_day d)
{
	return cal_weekday(d) <= 5 && !cal_holiday(d, NULL);
}

/* The first day after received on which the "not registered" alert is
 * due: the day after the first working day after received. */
static cal_day
ref_unregistered(cal_day received)
{
	cal_day	 d = received + 1;

	while (!ref_workday(d))
		d++;
	return d + 1;
}

/* Three months after received, on the same day of the month or the
 * month's last day. */
static cal_day
ref_three_months(cal_day received)
{
	int	 y, m, d, last;

	cal_to_ymd(received, &y, &m, &d);
	m += 3;
	if (m > 12) {
		m -= 12;
		y++;
	}
	last = cal_days_in_month(y, m);
	return cal_from_ymd(y, m, d < last ? d : last);
}

static unsigned
ref_due(cal_day received, cal_day today)
{
	unsigned	 due = 0;

	if (today >= ref_unregistered(received))
		due |= AW_BIT(AW_UNREGISTERED);
	if (today >= received + 7 - 2)
		due |= AW_BIT(AW_ACK);
	if (today >= ref_three_months(received) - 15)
		due |= AW_BIT(AW_FEEDBACK);
	return due;
}

/* --- whistleblower alerts, chosen days --------------------------------- */

static const struct {
	const char	*received, *today;
	unsigned	 due;
	const char	*why;
} chosen[] = {
	/* Friday 4 December 2026: registered by Monday 7th. */
	{ "2026-12-04", "2026-12-04", 0, "received today" },
	{ "2026-12-04", "2026-12-07", 0, "Monday is its working day" },
	{ "2026-12-04", "2026-12-08", AW_BIT(AW_UNREGISTERED),
	  "Tuesday: not registered by the end of Monday" },
	{ "2026-12-04", "2026-12-08", AW_BIT(AW_UNREGISTERED), "(same)" },
	{ "2026-12-04", "2026-12-09", AW_BIT(AW_UNREGISTERED) |
	  AW_BIT(AW_ACK), "ack due 11th, from 2 days before" },
	/* Saturday 5 December: registered by Monday, alert Tuesday. */
	{ "2026-12-05", "2026-12-07", 0, "Saturday's report on Monday" },
	{ "2026-12-05", "2026-12-08", AW_BIT(AW_UNREGISTERED),
	  "Saturday's report on Tuesday" },
	{ "2026-12-05", "2026-12-09", AW_BIT(AW_UNREGISTERED),
	  "ack due 12th: not yet" },
	{ "2026-12-05", "2026-12-10", AW_BIT(AW_UNREGISTERED) |
	  AW_BIT(AW_ACK), "ack from the 10th" },
	/* Easter 2026 (Sunday 5 April): Wednesday 1 April's report has
	 * Tuesday 7 April as its working day. */
	{ "2026-04-01", "2026-04-02", 0, "Maundy Thursday" },
	{ "2026-04-01", "2026-04-06", AW_BIT(AW_ACK),
	  "Easter Monday: ack due 8th, registration not yet" },
	{ "2026-04-01", "2026-04-07", AW_BIT(AW_ACK),
	  "Tuesday after Easter is the registration day" },
	{ "2026-04-01", "2026-04-08", AW_BIT(AW_UNREGISTERED) |
	  AW_BIT(AW_ACK), "Wednesday after Easter" },
	/* Christmas 2026: 24/12 is a working day by law (Thursday). */
	{ "2026-12-23", "2026-12-24", 0, "23rd's working day is the 24th" },
	{ "2026-12-23", "2026-12-25", AW_BIT(AW_UNREGISTERED),
	  "alerts go out on calendar days, Christmas Day too" },
	{ "2026-12-24", "2026-12-28", 0, "24th's working day is the 28th" },
	{ "2026-12-24", "2026-12-29", AW_BIT(AW_UNREGISTERED) |
	  AW_BIT(AW_ACK), "29th: both (ack due 31st)" },
	/* Feedback: 3 months, minus 15 days, month ends clamped. */
	{ "2026-11-30", "2027-02-12", AW_BIT(AW_UNREGISTERED) |
	  AW_BIT(AW_ACK), "feedback due 28 Feb 2027: not on the 12th" },
	{ "2026-11-30", "2027-02-13", ALL, "feedback from 13 Feb" },
	{ "2027-11-30", "2028-02-14", ALL, "a leap year: due 29 Feb" },
	{ "2027-11-30", "2028-02-13", AW_BIT(AW_UNREGISTERED) |
	  AW_BIT(AW_ACK), "... from 14 Feb" },
	{ "2026-01-31", "2026-04-15", ALL, "31 Jan: due 30 Apr, from 15th" },
	{ "2026-01-31", "2026-04-14", AW_BIT(AW_UNREGISTERED) |
	  AW_BIT(AW_ACK), "... not on the 14th" },
	{ "2026-12-04", "2026-12-01", 0, "before it was received" },
};

START_TEST(test_wb_chosen)
{
	unsigned	 got = due_on(chosen[_i].received, chosen[_i].today);

	ck_assert_msg(got == chosen[_i].due, "%s on %s: %#x, expected %#x (%s)",
	    chosen[_i].received, chosen[_i].today, got, chosen[_i].due,
	    chosen[_i].why);
}
END_TEST

START_TEST(test_wb_friday_evening)
{
	/* 23:30 on a Friday in Copenhagen (22:30 UTC in December) is that
	 * Friday; half past midnight is Saturday.  Both are registered by
	 * Monday; the alert comes on Tuesday. */
	time_t	 fri = 1796423400;	/* 2026-12-04 22:30:00 UTC */
	cal_day	 a = cal_local_day(fri, NULL);
	cal_day	 b = cal_local_day(fri + 3600, NULL);
	char	 buf[11];

	cal_format(a, buf);
	ck_assert_str_eq(buf, "2026-12-04");
	cal_format(b, buf);
	ck_assert_str_eq(buf, "2026-12-05");
	ck_assert_int_eq(alert_wb_from(AW_UNREGISTERED, a),
	    day_of("2026-12-08"));
	ck_assert_int_eq(alert_wb_from(AW_UNREGISTERED, b),
	    day_of("2026-12-08"));
	ck_assert_int_eq(alert_wb_from(AW_ACK, a), day_of("2026-12-09"));
	ck_assert_int_eq(alert_wb_from(AW_ACK, b), day_of("2026-12-10"));
}
END_TEST

START_TEST(test_wb_done_or_closed)
{
	struct alert_report	 r;
	cal_day			 rec = day_of("2026-12-04");
	cal_day			 late = day_of("2027-06-01");

	r = (struct alert_report){ rec, rec + 1, NONE, NONE, NONE };
	ck_assert_uint_eq(alert_wb_due(&r, late),
	    AW_BIT(AW_ACK) | AW_BIT(AW_FEEDBACK));
	r.acknowledged = late + 10;	/* a day later than today: still done */
	ck_assert_uint_eq(alert_wb_due(&r, late), AW_BIT(AW_FEEDBACK));
	r.feedback = rec + 20;
	ck_assert_uint_eq(alert_wb_due(&r, late), 0);
	r = (struct alert_report){ rec, NONE, NONE, NONE, rec + 2 };
	ck_assert_uint_eq(alert_wb_due(&r, late), 0);
	r = (struct alert_report){ NONE, NONE, NONE, NONE, NONE };
	ck_assert_uint_eq(alert_wb_due(&r, late), 0);
}
END_TEST

/* Every report received 2023-2028, every day from the day before to 120
 * days after: the module against the reference, and each step's alert
 * gone once the step is done. */
START_TEST(test_wb_every_day)
{
	cal_day			 rec, t, from = day_of("2023-01-01");
	cal_day			 to = day_of("2028-12-31");
	struct alert_report	 r;
	unsigned		 got, want;
	long			 n = 0;

	for (rec = from; rec <= to; rec++)
		for (t = rec - 1; t <= rec + 120; t++) {
			r = (struct alert_report){ rec, NONE, NONE, NONE, NONE };
			got = alert_wb_due(&r, t);
			want = ref_due(rec, t);
			if (got != want) {
				char	 a[11], b[11];

				cal_format(rec, a);
				cal_format(t, b);
				ck_abort_msg("received %s, today %s: %#x, "
				    "expected %#x", a, b, got, want);
			}
			r.registered = rec;
			ck_assert_uint_eq(alert_wb_due(&r, t),
			    want & ~AW_BIT(AW_UNREGISTERED));
			r.acknowledged = t;
			ck_assert_uint_eq(alert_wb_due(&r, t),
			    want & AW_BIT(AW_FEEDBACK));
			r.closed = t;
			ck_assert_uint_eq(alert_wb_due(&r, t), 0);
			n++;
		}
	ck_assert_int_gt(n, 200000);
}
END_TEST

/*
 * A scheduler that runs on only some days (every day, every third day,
 * working days only) and sends what is due under its dedup key: each
 * step's alert goes out exactly once, and a step done before the first
 * run that finds it due sends nothing.
 */
START_TEST(test_wb_once_ever)
{
	static const int	 every[] = { 1, 3, 7 };
	char			 sent[AW__MAX][32], key[32];
	int			 nsent[AW__MAX], a, k;
	cal_day			 rec, t, start = day_of("2026-03-01");
	struct alert_report	 r;
	unsigned		 due;

	for (rec = start; rec < start + 400; rec++)
		for (k = 0; k < (int)NELEM(every); k++) {
			memset(nsent, 0, sizeof(nsent));
			r = (struct alert_report){ rec, NONE, NONE, NONE, NONE };
			for (t = rec; t <= rec + 200; t++) {
				/* Acknowledged on day 6 when received on an
				 * odd day: its alert may or may not be sent. */
				if ((rec & 1) && t == rec + 6)
					r.acknowledged = t;
				if ((t - rec) % every[k] != 0)
					continue;
				due = alert_wb_due(&r, t);
				for (a = 0; a < AW__MAX; a++) {
					if (!(due & AW_BIT(a)))
						continue;
					ck_assert_int_eq(alert_wb_dedup(key,
					    sizeof(key), 42, (enum alert_wb)a),
					    0);
					if (nsent[a] > 0 &&
					    strcmp(sent[a], key) == 0)
						continue;	/* the outbox's
								   ON CONFLICT */
					ck_assert_int_eq(nsent[a], 0);
					strcpy(sent[a], key);
					nsent[a]++;
				}
			}
			ck_assert_int_eq(nsent[AW_UNREGISTERED], 1);
			ck_assert_int_eq(nsent[AW_FEEDBACK], 1);
			if (!(rec & 1))
				ck_assert_int_eq(nsent[AW_ACK], 1);
			else if (every[k] == 1)
				/* due from day 5, done on day 6 */
				ck_assert_int_eq(nsent[AW_ACK], 1);
			else if (every[k] == 7)
				/* first run after day 0 is day 7 */
				ck_assert_int_eq(nsent[AW_ACK], 0);
		}
}
END_TEST

START_TEST(test_wb_keys)
{
	char	 buf[40];

	ck_assert_str_eq(alert_wb_key(AW_UNREGISTERED), "unregistered");
	ck_assert_str_eq(alert_wb_key(AW_ACK), "ack");
	ck_assert_str_eq(alert_wb_key(AW_FEEDBACK), "feedback");
	ck_assert_ptr_null(alert_wb_key(AW__MAX));
	ck_assert_ptr_nonnull(strstr(alert_wb_label(AW_ACK), "7 dage"));
	ck_assert_ptr_nonnull(strstr(alert_wb_label(AW_FEEDBACK), "3 måneder"));
	ck_assert_ptr_nonnull(strstr(alert_wb_label(AW_UNREGISTERED),
	    "1 arbejdsdag"));
	ck_assert_int_eq(alert_wb_dedup(buf, sizeof(buf), 123, AW_ACK), 0);
	ck_assert_str_eq(buf, "wb:123:ack");
	ck_assert_int_eq(alert_wb_dedup(buf, sizeof(buf), 9, AW_UNREGISTERED),
	    0);
	ck_assert_str_eq(buf, "wb:9:unregistered");
	ck_assert_int_eq(alert_wb_dedup(buf, sizeof(buf),
	    9223372036854775807LL, AW_FEEDBACK), 0);
	ck_assert_str_eq(buf, "wb:9223372036854775807:feedback");
	ck_assert_int_eq(alert_wb_dedup(buf, 10, 123, AW_ACK), -1);
	ck_assert_int_eq(alert_wb_dedup(buf, 11, 123, AW_ACK), 0);
	ck_assert_int_eq(alert_wb_dedup(buf, sizeof(buf), 1, AW__MAX), -1);
}
END_TEST

/* --- the digest -------------------------------------------------------- */

static struct alert_case
mkcase(long long id, const char *received, const char *decided)
{
	struct alert_case	 c;

	memset(&c, 0, sizeof(c));
	c.id = id;
	c.case_no = "S";
	c.grant_no = "G";
	c.clock.received = day_of(received);
	c.clock.decided = decided != NULL ? day_of(decided) : GRANT_NODAY;
	return c;
}

START_TEST(test_digest_select)
{
	struct alert_case	 c[7];
	struct grant_pause	 p = { 0, 0 };
	cal_day			 today = day_of("2026-12-04");
	size_t			 n;

	c[0] = mkcase(1, "2026-11-01", NULL);	/* 33 days: 122 left */
	c[1] = mkcase(2, "2026-08-01", NULL);	/* 125: 30 left */
	c[2] = mkcase(3, "2026-07-31", NULL);	/* 126: 29 left */
	c[3] = mkcase(4, "2026-06-01", NULL);	/* 186: -31 */
	c[4] = mkcase(5, "2026-08-02", NULL);	/* 124: 31 left, out */
	c[5] = mkcase(6, "2026-01-01", "2026-06-30");	/* decided: out */
	c[6] = mkcase(7, "2026-07-31", NULL);	/* 29 left, like id 3 */
	n = alert_digest_select(c, NELEM(c), today, 155, GRANT_NEAR_DAYS);
	ck_assert_uint_eq(n, 4);
	ck_assert_int_eq(c[0].id, 4);
	ck_assert_int_eq(c[0].left, -31);
	ck_assert_int_eq(c[1].id, 3);
	ck_assert_int_eq(c[1].left, 29);
	ck_assert_int_eq(c[2].id, 7);		/* the same: by id */
	ck_assert_int_eq(c[3].id, 2);
	ck_assert_int_eq(c[3].left, 30);	/* the window's edge: in */

	/* Pauses count only when the setting says so (grant_clock). */
	c[0] = mkcase(1, "2026-07-01", NULL);	/* 156 days: -1 */
	p.start = day_of("2026-09-01");
	p.end = day_of("2026-11-01");		/* 61 days paused */
	c[0].clock.pauses = &p;
	c[0].clock.npauses = 1;
	ck_assert_uint_eq(alert_digest_select(c, 1, today, 155, 30), 1);
	ck_assert_int_eq(c[0].left, -1);
	c[0].clock.pauses_stop_clock = 1;	/* 95 days: 60 left */
	ck_assert_uint_eq(alert_digest_select(c, 1, today, 155, 30), 0);
	ck_assert_int_eq(c[0].left, 60);
	ck_assert_uint_eq(alert_digest_select(c, 1, today, 155, 60), 1);
	ck_assert_uint_eq(alert_digest_select(c, 0, today, 155, 30), 0);
}
END_TEST

/* Every day of 2023-2028 for a case received on each of them: in the
 * digest exactly when 155 - elapsed <= 30, i.e. from day 125 on. */
START_TEST(test_digest_every_day)
{
	struct alert_case	 c;
	cal_day			 rec, t;

	for (rec = day_of("2023-01-01"); rec <= day_of("2024-12-31"); rec++)
		for (t = rec; t <= rec + 200; t++) {
			c = mkcase(1, "2023-01-01", NULL);
			c.clock.received = rec;
			ck_assert_uint_eq(alert_digest_select(&c, 1, t, 155, 30),
			    t - rec >= 125);
			ck_assert_int_eq(c.left, 155 - (t - rec));
		}
}
END_TEST

START_TEST(test_digest_due)
{
	cal_day	 fri = day_of("2026-12-04"), sat = fri + 1;

	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 1, fri, 1), 1);
	ck_assert_int_eq(alert_digest_due(0, "a@b.dk", 1, fri, 1), 0);
	ck_assert_int_eq(alert_digest_due(1, "", 1, fri, 1), 0);
	ck_assert_int_eq(alert_digest_due(1, NULL, 1, fri, 1), 0);
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 0, fri, 1), 0);
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 1, sat, 1), 0);
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 1, sat, 0), 1);
	/* The state's own days off and the holidays. */
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 3,
	    day_of("2026-12-24"), 1), 0);
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 3,
	    day_of("2026-12-31"), 1), 0);
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 3,
	    day_of("2026-06-05"), 1), 0);
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 3,
	    day_of("2026-04-06"), 1), 0);	/* Easter Monday */
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 3,
	    day_of("2026-04-07"), 1), 1);
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 3,
	    day_of("2026-04-06"), 0), 1);
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 3,
	    day_of("2023-05-05"), 1), 0);	/* Store bededag 2023 */
	ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 3,
	    day_of("2024-04-26"), 1), 1);	/* ... abolished 2024 */
}
END_TEST

START_TEST(test_digest_due_every_day)
{
	cal_day	 t;
	int	 y, m, d, want, nwork = 0;

	for (t = day_of("2023-01-01"); t <= day_of("2028-12-31"); t++) {
		cal_to_ymd(t, &y, &m, &d);
		want = cal_weekday(t) <= 5 && !cal_holiday(t, NULL) &&
		    !(m == 6 && d == 5) && !(m == 12 && (d == 24 || d == 31));
		nwork += want;
		ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 1, t, 1), want);
		ck_assert_int_eq(alert_digest_due(1, "a@b.dk", 1, t, 0), 1);
	}
	/* About 250 working days a year. */
	ck_assert_int_gt(nwork, 6 * 245);
	ck_assert_int_lt(nwork, 6 * 255);
}
END_TEST

START_TEST(test_digest_keys)
{
	char	 buf[48];

	ck_assert_int_eq(alert_digest_dedup(buf, sizeof(buf), 7,
	    day_of("2026-12-04")), 0);
	ck_assert_str_eq(buf, "digest:7:2026-12-04");
	ck_assert_int_eq(alert_digest_dedup(buf, 19, 7, day_of("2026-12-04")),
	    -1);
	ck_assert_int_eq(alert_digest_dedup(buf, 20, 7, day_of("2026-12-04")),
	    0);
}
END_TEST

/* --- the mails --------------------------------------------------------- */

#define BASE	"https://tilskud.example.dk"
#define FOOT	"\n-- \nDenne mail er sendt automatisk. Du kan ikke svare på den.\n"

/* The whistleblower mails word for word: nothing else can be in them. */
START_TEST(test_mail_wb)
{
	struct alert_mail	 m;

	src_templates();
	ck_assert_int_eq(alertmail_wb_deadline(BASE, 4711, AW_ACK, &m), 0);
	ck_assert_str_eq(m.subject, "Frist i whistleblowerordningen");
	ck_assert_str_eq(m.body,
	    "En indberetning i whistleblowerordningen har en frist, der er "
	    "overskredet eller nærmer sig:\n\n"
	    "Indberetteren har ikke fået en bekræftelse, og fristen på 7 dage "
	    "nærmer sig.\n\n"
	    "Log ind og se indberetningen her: " BASE "/staff/whistle/4711\n\n"
	    "Mailen siger med vilje ikke mere, af hensyn til indberetteren.\n"
	    FOOT);
	alertmail_free(&m);
	ck_assert_int_eq(alertmail_wb_deadline(BASE, 1, AW_UNREGISTERED, &m), 0);
	ck_assert_ptr_nonnull(strstr(m.body, "ikke registreret inden for 1 "
	    "arbejdsdag.\n"));
	alertmail_free(&m);
	ck_assert_int_eq(alertmail_wb_deadline(BASE, 1, AW_FEEDBACK, &m), 0);
	ck_assert_ptr_nonnull(strstr(m.body, "feedback, og fristen på 3 "
	    "måneder nærmer sig.\n"));
	alertmail_free(&m);
	ck_assert_int_eq(alertmail_wb_deadline(BASE, 1, AW__MAX, &m), -1);
}
END_TEST

START_TEST(test_mail_digest)
{
	struct alert_case	 c[4];
	struct alert_mail	 m;

	src_templates();
	memset(c, 0, sizeof(c));
	c[0] = (struct alert_case){ .id = 12, .case_no = "S-2026-0012",
	    .grant_no = "TS-2026-9001", .left = -3 };
	c[1] = (struct alert_case){ .id = 7, .case_no = "S-2026-0007",
	    .grant_no = "TS-2026-9002", .left = -1 };
	c[2] = (struct alert_case){ .id = 8, .case_no = "S&<2>\"'",
	    .grant_no = "&amp;lt;", .left = 0 };
	c[3] = (struct alert_case){ .id = 9, .case_no = "S-2026-0009",
	    .grant_no = "TS-2026-9003", .left = 1 };
	ck_assert_int_eq(alertmail_digest(BASE, "Jens & Søn <x>", 155, 30, c, 4,
	    &m), 0);
	ck_assert_str_eq(m.subject,
	    "Daglig oversigt: 4 sager tæt på fristen på 155 dage");
	ck_assert_str_eq(m.body,
	    "Kære Jens & Søn <x>\n\n"
	    "Disse sager, som du behandler, har 30 dage eller mindre tilbage "
	    "af fristen på 155 dage, eller har overskredet den. Den med "
	    "færrest dage tilbage står først.\n"
	    "\nSag S-2026-0012, tilsagn TS-2026-9001: 3 dage over fristen\n"
	    BASE "/staff/cases/12\n"
	    "\nSag S-2026-0007, tilsagn TS-2026-9002: 1 dag over fristen\n"
	    BASE "/staff/cases/7\n"
	    "\nSag S&<2>\"', tilsagn &amp;lt;: fristen er i dag\n"
	    BASE "/staff/cases/8\n"
	    "\nSag S-2026-0009, tilsagn TS-2026-9003: 1 dag tilbage\n"
	    BASE "/staff/cases/9\n"
	    "\nHele sagskøen: " BASE "/staff/cases/\n\n"
	    "Du får oversigten, fordi den er slået til i din profil. Slå den "
	    "fra her: " BASE "/staff/profile\n"
	    FOOT);
	alertmail_free(&m);
	c[0].left = 12;
	ck_assert_int_eq(alertmail_digest(BASE, "A", 155, 30, c, 1, &m), 0);
	ck_assert_str_eq(m.subject,
	    "Daglig oversigt: 1 sag tæt på fristen på 155 dage");
	ck_assert_ptr_nonnull(strstr(m.body, "\nDenne sag, som du behandler"));
	ck_assert_ptr_nonnull(strstr(m.body, ": 12 dage tilbage\n"));
	alertmail_free(&m);
	ck_assert_int_eq(alertmail_digest(BASE, "A", 155, 30, c, 0, &m), -1);
}
END_TEST

/* The recipient's receipt: status report or accounts, a corrected
 * version, values as they were (no &amp;), the link from the base URL. */
START_TEST(test_mail_receipt)
{
	struct alert_mail	 m;

	src_templates();
	ck_assert_int_eq(alertmail_receipt(BASE, 0, "TS-2026-1", "SR-2026-7",
	    "42", 1, &m), 0);
	ck_assert_str_eq(m.subject,
	    "Kvittering: statusrapport modtaget for tilsagn TS-2026-1");
	ck_assert_str_eq(m.body,
	    "Vi har modtaget statusrapporten for tilsagn TS-2026-1. "
	    "Sagen har nummer SR-2026-7.\n\n"
	    "Se sagen her, når du er logget ind: " BASE
	    "/grants/my/cases/42\n\n"
	    "Du får mailen, fordi adressen er tilsagnets kontaktadresse. "
	    "Ret den her: " BASE "/grants/my/contact\n"
	    FOOT);
	alertmail_free(&m);
	ck_assert_int_eq(alertmail_receipt(BASE, 1, "A&B", "RG-1", "9", 3,
	    &m), 0);
	ck_assert_str_eq(m.subject,
	    "Kvittering: regnskab modtaget for tilsagn A&B");
	ck_assert_ptr_nonnull(strstr(m.body, "Vi har modtaget regnskabet for "
	    "tilsagn A&B i en rettet udgave (version 3). Sagen har nummer "
	    "RG-1."));
	alertmail_free(&m);
}
END_TEST

/* The caseworker's steps: one template each, an unknown kind refused. */
START_TEST(test_mail_case)
{
	struct alert_mail	 m;

	src_templates();
	ck_assert_int_eq(alertmail_case(BASE, "rejected", "TS-2026-1",
	    "SR-2026-7", "42", &m), 0);
	ck_assert_str_eq(m.subject, "Afvist: sag SR-2026-7, tilsagn TS-2026-1");
	ck_assert_ptr_nonnull(strstr(m.body, BASE "/grants/my/cases/42\n"));
	alertmail_free(&m);
	ck_assert_int_eq(alertmail_case(BASE, "message", "A&B", "RG-1", "9",
	    &m), 0);
	ck_assert_str_eq(m.subject, "Ny besked i sag RG-1, tilsagn A&B");
	alertmail_free(&m);
	ck_assert_int_eq(alertmail_case(BASE, "taken", "A", "B", "1", &m), -1);
	ck_assert_ptr_null(m.buf);
}
END_TEST

/* Every mail's own text (each file in templates/mail/) has no '&' (so
 * reversing the escaping gives each value back exactly, tpl.h), no HTML,
 * and is in the form "pragma, subject, blank line, body". */
START_TEST(test_mail_templates)
{
	struct dirent	**de;
	char		 dir[PATH_MAX], rel[PATH_MAX], *text, *subj;
	size_t		 len;
	int		 i, n, ntpl = 0;

	snprintf(dir, sizeof(dir), "%s/templates/mail", src_dir());
	ck_assert_msg((n = scandir(dir, &de, NULL, alphasort)) >= 0,
	    "cannot read %s", dir);
	for (i = 0; i < n; i++) {
		len = strlen(de[i]->d_name);
		if (len > 4 && strcmp(de[i]->d_name + len - 4, ".tpl") == 0) {
			snprintf(rel, sizeof(rel), "templates/mail/%s",
			    de[i]->d_name);
			text = src_read(rel);
			ck_assert_msg(strchr(text, '&') == NULL,
			    "%s has a '&'", rel);
			ck_assert_msg(strchr(text, '<') == NULL,
			    "%s has a '<'", rel);
			ck_assert_msg(strstr(text, ":none") == NULL, "%s", rel);
			subj = strchr(text, '\n');
			ck_assert_ptr_nonnull(subj);
			ck_assert_msg(strncmp(strchr(subj + 1, '\n'), "\n\n",
			    2) == 0, "%s: no blank line after the subject", rel);
			free(text);
			ntpl++;
		}
		free(de[i]);
	}
	free(de);
	/* The ten of issue 11: case mails, receipt, reminders, alerts. */
	ck_assert_int_ge(ntpl, 10);
}
END_TEST

Suite *
alerts_suite(void)
{
	Suite	*s = suite_create("alerts");
	TCase	*tc = tcase_create("alerts");

	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_wb_chosen, 0, NELEM(chosen));
	tcase_add_test(tc, test_wb_friday_evening);
	tcase_add_test(tc, test_wb_done_or_closed);
	tcase_add_test(tc, test_wb_every_day);
	tcase_add_test(tc, test_wb_once_ever);
	tcase_add_test(tc, test_wb_keys);
	tcase_add_test(tc, test_digest_select);
	tcase_add_test(tc, test_digest_every_day);
	tcase_add_test(tc, test_digest_due);
	tcase_add_test(tc, test_digest_due_every_day);
	tcase_add_test(tc, test_digest_keys);
	suite_add_tcase(s, tc);
	/* src_templates() freezes the cache: in the forked child of each. */
	tc = tcase_create("mail");
	tcase_add_test(tc, test_mail_wb);
	tcase_add_test(tc, test_mail_receipt);
	tcase_add_test(tc, test_mail_case);
	tcase_add_test(tc, test_mail_digest);
	tcase_add_test(tc, test_mail_templates);
	suite_add_tcase(s, tc);
	return s;
}

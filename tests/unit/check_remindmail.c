/*
 * Unit tests for the reminders' mails and keys (remindset.[ch],
 * alertmail_remind): the outbox key of each reminder, and the three
 * templates word for word, with the link to the obligation and nothing
 * that could log in (no access code is ever given to them).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "alertmail.h"
#include "remindset.h"
#include "srcfile.h"
#include "ckday.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define BASE		"https://tilskud.example.dk"
#define FOOT		"\n-- \nDenne mail er sendt automatisk. Du kan ikke " \
			"svare på den.\n"
#define TAIL(verb)	"Har du allerede indsendt " verb ", kan du se bort " \
			"fra denne mail.\n\nDu får mailen, fordi adressen er " \
			"tilsagnets kontaktadresse. Ret den her: " BASE \
			"/grants/my/contact\n" FOOT

Suite	*remindmail_suite(void);

START_TEST(test_dedup)
{
	char	 buf[64];

	ck_assert_int_eq(remindset_dedup(buf, sizeof(buf), 12, "d-14"), 0);
	ck_assert_str_eq(buf, "remind:obl:12:d-14");
	ck_assert_int_eq(remindset_dedup(buf, sizeof(buf), 4711, "o3"), 0);
	ck_assert_str_eq(buf, "remind:obl:4711:o3");
	ck_assert_int_eq(strncmp(buf, REMINDSET_PREFIX,
	    strlen(REMINDSET_PREFIX)), 0);
	/* "remind:obl:12:d0" is 16 characters and a NUL. */
	ck_assert_int_eq(remindset_dedup(buf, 16, 12, "d0"), -1);
	ck_assert_int_eq(remindset_dedup(buf, 17, 12, "d0"), 0);
	ck_assert_int_eq(remindset_dedup(buf, sizeof(buf), 12, ""), -1);
	ck_assert_int_eq(remindset_dedup(buf, sizeof(buf), 12, NULL), -1);
}
END_TEST

/* Every key remind_list() makes fits the outbox's dedup column. */
START_TEST(test_dedup_keys_fit)
{
	struct remind_cfg	 c = remind_defaults;
	struct remind		 all[REMIND_MAX];
	char			 buf[201];
	size_t			 n, k;

	c.days_before[0] = 365;
	c.days_before[1] = 364;
	c.overdue_max = REMIND_OVERDUE_LIMIT;
	n = remind_list(day_of("2026-12-04"), &c, all, REMIND_MAX);
	ck_assert_uint_eq(n, REMIND_MAX);
	for (k = 0; k < n; k++)
		ck_assert_int_eq(remindset_dedup(buf, sizeof(buf),
		    INT64_MAX, all[k].key), 0);
	ck_assert_str_eq(buf, "remind:obl:9223372036854775807:o52");
}
END_TEST

START_TEST(test_mail_before)
{
	struct alert_mail	 m;

	src_templates();
	ck_assert_int_eq(alertmail_remind(BASE, REMIND_BEFORE, 0, 1,
	    "TS-2026-9001", 42, day_of("2026-12-18"), day_of("2026-12-04"),
	    &m), 0);
	ck_assert_str_eq(m.subject, "Påmindelse: statusrapport 1 for tilsagn "
	    "TS-2026-9001 skal indsendes senest 18. december 2026");
	ck_assert_str_eq(m.body, "Statusrapport 1 for tilsagn TS-2026-9001 "
	    "skal indsendes senest 18. december 2026, om 14 dage.\n\n"
	    "Indsend den her, når du er logget ind: " BASE
	    "/grants/my/obligations/42\n\n" TAIL("den"));
	alertmail_free(&m);
	/* One day left; the accounts; a value as it was (no &amp;). */
	ck_assert_int_eq(alertmail_remind(BASE, REMIND_BEFORE, 1, 1, "A&B",
	    7, day_of("2026-12-05"), day_of("2026-12-04"), &m), 0);
	ck_assert_str_eq(m.subject, "Påmindelse: regnskabet for tilsagn A&B "
	    "skal indsendes senest 5. december 2026");
	ck_assert_ptr_nonnull(strstr(m.body, "Regnskabet for tilsagn A&B skal "
	    "indsendes senest 5. december 2026, om 1 dag.\n\nIndsend det her"));
	ck_assert_ptr_nonnull(strstr(m.body, TAIL("det")));
	alertmail_free(&m);
}
END_TEST

START_TEST(test_mail_due)
{
	struct alert_mail	 m;

	src_templates();
	ck_assert_int_eq(alertmail_remind(BASE, REMIND_DUE, 1, 1,
	    "TS-2026-9002", 43, day_of("2026-12-04"), day_of("2026-12-04"),
	    &m), 0);
	ck_assert_str_eq(m.subject,
	    "Frist i dag: regnskabet for tilsagn TS-2026-9002");
	ck_assert_str_eq(m.body, "Regnskabet for tilsagn TS-2026-9002 skal "
	    "indsendes i dag, 4. december 2026.\n\n"
	    "Indsend det her, når du er logget ind: " BASE
	    "/grants/my/obligations/43\n\n" TAIL("det"));
	alertmail_free(&m);
}
END_TEST

START_TEST(test_mail_overdue)
{
	struct alert_mail	 m;

	src_templates();
	ck_assert_int_eq(alertmail_remind(BASE, REMIND_OVERDUE, 0, 2,
	    "TS-2026-9001", 44, day_of("2026-12-03"), day_of("2026-12-04"),
	    &m), 0);
	ck_assert_str_eq(m.subject,
	    "Frist overskredet: statusrapport 2 for tilsagn TS-2026-9001");
	ck_assert_str_eq(m.body, "Statusrapport 2 for tilsagn TS-2026-9001 "
	    "skulle have været indsendt senest 3. december 2026 og er nu 1 dag "
	    "forsinket.\n\n"
	    "Indsend den hurtigst muligt her, når du er logget ind: " BASE
	    "/grants/my/obligations/44\n\n" TAIL("den"));
	alertmail_free(&m);
	/* The accounts: a late account can stop the payments. */
	ck_assert_int_eq(alertmail_remind(BASE, REMIND_OVERDUE, 1, 1, "X",
	    45, day_of("2026-11-26"), day_of("2026-12-04"), &m), 0);
	ck_assert_ptr_nonnull(strstr(m.body, "og er nu 8 dage forsinket. Et "
	    "forsinket regnskab kan føre til, at udbetalingerne af tilskuddet "
	    "bliver stoppet.\n"));
	alertmail_free(&m);
	ck_assert_int_eq(alertmail_remind(BASE, REMIND_NONE, 0, 1, "X", 1,
	    day_of("2026-12-04"), day_of("2026-12-04"), &m), -1);
	ck_assert_ptr_null(m.buf);
}
END_TEST

/* Each reminder links to its obligation (check_alerts.c's
 * test_mail_templates holds every mail template to its form). */
START_TEST(test_mail_links)
{
	static const char *const files[] = { "remind_before", "remind_due",
	    "remind_overdue" };
	char		 rel[64], *text;
	size_t		 i;

	for (i = 0; i < NELEM(files); i++) {
		snprintf(rel, sizeof(rel), "templates/mail/%s.tpl", files[i]);
		text = src_read(rel);
		ck_assert_msg(strstr(text, "/grants/my/obligations/{{OID}}") !=
		    NULL, "%s: no link to the obligation", rel);
		free(text);
	}
}
END_TEST

Suite *
remindmail_suite(void)
{
	Suite	*s = suite_create("remindmail");
	TCase	*tc = tcase_create("keys");

	tcase_add_test(tc, test_dedup);
	tcase_add_test(tc, test_dedup_keys_fit);
	tcase_add_test(tc, test_mail_links);
	suite_add_tcase(s, tc);
	/* src_templates() freezes the cache: in the forked child of each. */
	tc = tcase_create("mail");
	tcase_add_test(tc, test_mail_before);
	tcase_add_test(tc, test_mail_due);
	tcase_add_test(tc, test_mail_overdue);
	suite_add_tcase(s, tc);
	return s;
}

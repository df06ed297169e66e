/*
 * Unit tests for session.c without a server: the role list of a session
 * (the cookie and database paths are driven through nginx by
 * tests/integration/t_staff.sh and t_portal.sh).
 */
#include <stddef.h>

#include <check.h>

#include "session.h"

Suite	*session_suite(void);

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const struct {
	const char	*roles, *role;
	int		 want;
} rolecases[] = {
	{ "grants", "grants", 1 },
	{ "grants,admin", "admin", 1 },
	{ "admin,grants", "admin", 1 },
	{ "a,admin,b", "admin", 1 },
	{ "superadmin", "admin", 0 },
	{ "adminx", "admin", 0 },
	{ "grants,superadmin,adminx", "admin", 0 },
	{ "superadmin,admin", "admin", 1 },
	{ "", "admin", 0 },
	{ NULL, "admin", 0 },
	{ "admin", "", 0 },
	{ ",", "", 0 },
	{ "whistleblower", "whistle", 0 },
	{ "whistle,whistleblower", "whistleblower", 1 },
};

START_TEST(test_has_role)
{
	ck_assert_msg(session_has_role(rolecases[_i].roles, rolecases[_i].role)
	    == rolecases[_i].want, "\"%s\" has \"%s\"",
	    rolecases[_i].roles != NULL ? rolecases[_i].roles : "(null)",
	    rolecases[_i].role);
}
END_TEST

Suite *
session_suite(void)
{
	Suite	*s = suite_create("session");
	TCase	*tc = tcase_create("roles");

	tcase_add_loop_test(tc, test_has_role, 0, (int)NELEM(rolecases));
	suite_add_tcase(s, tc);
	return s;
}

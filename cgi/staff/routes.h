/*
 * staff: the route table, as an X-macro: STAFF_ROUTES(R) is one
 * R(pattern, methods, handler, flags) per route.  main.c makes the table
 * of it (APP_ROUTE); tests/unit/check_route.c checks it without the pages.
 * The order does not matter: the most specific pattern wins (app.h).
 *
 * The flags are only expanded where the table is made, after staff.h
 * (R_GRANTS, R_WHISTLE, R_ADMIN, R_MANAGEMENT, R_GOALS,
 * R_PLAN).  /staff/mails has none of them: who may list which kinds is
 * mailkind.h's, and the page refuses (403) a user who may list none.
 */
#ifndef FRIST_STAFF_ROUTES_H
#define FRIST_STAFF_ROUTES_H

#include "app.h"

/* The flags of most pages: a session with the role of their section. */
#define GRANTS	(R_DB | R_SESSION | R_GRANTS)
#define WHISTLE	(R_DB | R_SESSION | R_WHISTLE)
#define GOALS	(R_DB | R_SESSION | R_GOALS)
#define PLAN	(R_DB | R_SESSION | R_PLAN)

#define STAFF_ROUTES(R) \
	R("/staff/login",	HTTP_GET | HTTP_POST, page_login,  R_DB) \
	R("/staff/logout",	HTTP_POST,	      page_logout, R_DB | R_SESSION) \
	R("/staff/",		HTTP_GET,	      page_home,   R_DB | R_SESSION) \
	R("/staff/pools/",	HTTP_GET,	      page_pools,  GRANTS) \
	R("/staff/pools/new",	HTTP_GET | HTTP_POST, page_pool_edit, GRANTS) \
	R("/staff/pools/*",	HTTP_GET,	      page_pool,   GRANTS) \
	R("/staff/pools/*/edit", HTTP_GET | HTTP_POST, page_pool_edit, GRANTS) \
	R("/staff/applications/*", HTTP_GET | HTTP_POST, page_application, \
	  GRANTS) \
	R("/staff/cases/",	HTTP_GET,	      page_cases,  GRANTS) \
	R("/staff/cases/*",	HTTP_GET | HTTP_POST, page_case,   GRANTS) \
	R("/staff/obligations/", HTTP_GET,	      page_obligations, GRANTS) \
	R("/staff/obligations.csv", HTTP_GET,	      page_obligations_csv, \
	  GRANTS) \
	R("/staff/obligations/stop", HTTP_GET | HTTP_POST, page_payment_stop, \
	  GRANTS) \
	R("/staff/import",	HTTP_GET | HTTP_POST, page_import, GRANTS) \
	R("/staff/files/*",	HTTP_GET,	      page_file,   GRANTS) \
	R("/staff/settings",	HTTP_GET | HTTP_POST, page_settings, \
	  R_DB | R_SESSION | R_ADMIN) \
	R("/staff/profile",	HTTP_GET | HTTP_POST, page_profile, \
	  R_DB | R_SESSION) \
	R("/staff/mails",	HTTP_GET,	      page_mails, \
	  R_DB | R_SESSION) \
	R("/staff/goals/",	HTTP_GET,	      page_goals,  GOALS) \
	R("/staff/goals/overview.csv", HTTP_GET,      page_goals_csv, GOALS) \
	R("/staff/goals/admin",	HTTP_GET | HTTP_POST, page_goals_admin, \
	  R_DB | R_SESSION | R_ADMIN) \
	R("/staff/goals/overview.xml", HTTP_GET,      page_goals_xml, GOALS) \
	R("/staff/goals/report", HTTP_GET,	      page_goals_report, GOALS) \
	R("/staff/goals/*/cases.csv", HTTP_GET,	      page_goal_cases_csv, GOALS) \
	R("/staff/goals/*/trend.csv", HTTP_GET,	      page_goal_trend_csv, GOALS) \
	R("/staff/goals/*/histogram.csv", HTTP_GET,   page_goal_hist_csv, GOALS) \
	R("/staff/goals/*/tables.xml", HTTP_GET,      page_goal_tables_xml, GOALS) \
	R("/staff/goals/*",	HTTP_GET,	      page_goal,   GOALS) \
	R("/staff/goals/*/versions", HTTP_GET | HTTP_POST, page_goal_versions, \
	  R_DB | R_SESSION | R_ADMIN) \
	R("/staff/plans/",	HTTP_GET,	      page_plans,  PLAN) \
	R("/staff/plans/new",	HTTP_GET | HTTP_POST, page_plan_new, \
	  R_DB | R_SESSION | R_ADMIN) \
	R("/staff/plans/*",	HTTP_GET,	      page_plan,   PLAN) \
	R("/staff/plans/*/plan.csv", HTTP_GET,	      page_plan_csv, PLAN) \
	R("/staff/plans/*/plan.xml", HTTP_GET,	      page_plan_xml, PLAN) \
	R("/staff/plans/*/results", HTTP_GET | HTTP_POST, page_plan_results, \
	  PLAN) \
	R("/staff/plans/*/*",	HTTP_GET | HTTP_POST, page_plan_quarter, PLAN) \
	R("/staff/plans/*/*/report", HTTP_GET,	      page_plan_quarter, PLAN) \
	R("/staff/plans/*/goals/*", HTTP_GET | HTTP_POST, page_plan_goal, \
	  R_DB | R_SESSION | R_ADMIN) \
	R("/staff/plans/*/settings", HTTP_GET | HTTP_POST, page_plan_settings, \
	  R_DB | R_SESSION | R_ADMIN) \
	R("/staff/whistle/",	HTTP_GET,	      page_whistle_queue, WHISTLE) \
	R("/staff/whistle/stats", HTTP_GET,	      page_whistle_stats, WHISTLE) \
	R("/staff/whistle/causes", HTTP_GET | HTTP_POST, page_whistle_causes, \
	  WHISTLE) \
	R("/staff/whistle/files/*", HTTP_GET,	      page_whistle_file, WHISTLE) \
	R("/staff/whistle/*",	HTTP_GET | HTTP_POST, page_whistle_report, \
	  WHISTLE)

#endif

/* staff: the agency's own application (/staff/). */
#ifndef FRIST_STAFF_H
#define FRIST_STAFF_H

#include "app.h"
#include "crypto.h"
#include "grant.h"
#include "session.h"
#include "settings.h"
#include "sql.h"
#include "valid.h"
#include "wb.h"

/* The staff program's prepared statements: enum stmt and their SQL and
 * columns in sql.h, the table in main.c. */

/* The logged-in user of this request (set by the before hook). */
struct staff_user {
	const char	*id;
	const char	*name;
	const char	*username;
	const char	*roles;		/* comma-separated */
};

extern struct staff_user	 staff_user;
extern const struct session_def	 staff_session;

/* Route flags of this program. */
#define R_GRANTS	0x100	/* needs the "grants" role */
#define R_WHISTLE	0x200	/* needs the "whistleblower" role */
#define R_ADMIN		0x400	/* needs the "admin" role */
#define R_MANAGEMENT	0x800	/* needs the "management" role */
/* The goals (/staff/goals/): a role that sees at least one goal: grants
 * or whistleblower (their own goals), or management (all). */
#define R_GOALS		0x1000
/* The results plan (/staff/plans/): management or admin. */
#define R_PLAN		0x2000

int	 page_login(struct http_req *);
int	 page_logout(struct http_req *);
int	 page_home(struct http_req *);
int	 page_pools(struct http_req *);
int	 page_pool(struct http_req *);
int	 page_pool_edit(struct http_req *);
int	 page_application(struct http_req *);
int	 page_cases(struct http_req *);
int	 page_case(struct http_req *);
int	 page_import(struct http_req *);
int	 page_obligations(struct http_req *);
int	 page_obligations_csv(struct http_req *);	/* page_obligations.c */
int	 page_payment_stop(struct http_req *);	/* page_obligations.c */
int	 page_file(struct http_req *);
int	 page_whistle_queue(struct http_req *);
int	 page_whistle_report(struct http_req *);
int	 page_whistle_file(struct http_req *);
int	 page_whistle_stats(struct http_req *);
int	 page_whistle_causes(struct http_req *);
int	 page_settings(struct http_req *);
int	 page_profile(struct http_req *);
int	 page_goals(struct http_req *);
int	 page_goals_csv(struct http_req *);
int	 page_goals_xml(struct http_req *);		/* page_goals_xml.c */
int	 page_goal_cases_csv(struct http_req *);	/* page_goals_xml.c */
int	 page_goal_trend_csv(struct http_req *);	/* page_goal_tables.c */
int	 page_goal_hist_csv(struct http_req *);	/* page_goal_tables.c */
int	 page_goal_tables_xml(struct http_req *);	/* page_goal_tables.c */
int	 page_goals_report(struct http_req *);
int	 page_goal(struct http_req *);
int	 page_goal_versions(struct http_req *);
int	 page_goals_admin(struct http_req *);
int	 page_plans(struct http_req *);
int	 page_plan(struct http_req *);
int	 page_plan_csv(struct http_req *);
int	 page_plan_xml(struct http_req *);		/* page_plan_xml.c */
int	 page_plan_results(struct http_req *);
int	 page_plan_quarter(struct http_req *);
int	 page_plan_settings(struct http_req *);
int	 page_plan_new(struct http_req *);		/* page_plan_new.c */
int	 page_plan_goal(struct http_req *);	/* page_plan_goal.c */
int	 page_mails(struct http_req *);
/* Whether this request's user may list any kind of mail (mailkind.h's
 * roles): the page and its link in the navigation (page_mails.c). */
int	 staff_mails_visible(void);

/* Whether this request's user holds role. */
int	 staff_has_role(const char *role);

/* The disbursement state input of row i of STMT_POOLS_PROGRESS
 * (POOLS_PROGRESS_COLS). */
void	 pool_state(const PGresult *, int, struct grant_pool_state *);
/* Fills a pool row of STMT_POOLS_PROGRESS into d: phase, state and the
 * numbers (page_pools.c); returns the state. */
enum grant_disb	 pool_fill(struct tpl_dict *d, const PGresult *, int,
		    cal_day today, int risk_days);
/*
 * Days a case has run by today (by its decision, if decided), from the
 * text columns received, decided ("" if open) and pauses ("start/end,..."
 * as STMT_QUEUE gives them).  0, or -1 if received is not a date.
 */
int	 staff_clock(const char *received, const char *decided,
	    const char *pauses, cal_day today, int pauses_stop, int *elapsed);
/* "2026-01-05/2026-01-20,2026-03-01/" -> pauses (end GRANT_NODAY while
 * ongoing); at most max. */
size_t	 staff_pauses(const char *, struct grant_pause *, size_t max);
/*
 * The versions of a case as they were sent (sql/006), newest first, into
 * the dictionary of templates/staff/case_versions.tpl (versions.c).
 * Returns how many, -1 on a database error.
 */
int	 staff_case_versions(struct http_req *, struct tpl_dict *,
	    const char *sid, int permille);
/* Setting s (settings.h) from the setting table. */
#define staff_setting(s)	setting_get(STMT_SETTINGS, (s))
/* Appends to the audit table; -1 on a database error. */
/* Whether the route table sends path to fn. */
int	 staff_route_is(const char *path, int (*fn)(struct http_req *));
int	 staff_audit(const char *entity, const char *id, const char *action,
	    const char *detail);

/*
 * One-time form keys (once.c).  Every form whose POST creates something
 * carries app_once_new() in a hidden field "once" (staff_once_field);
 * staff_once_claim() stores the hash of kind, key and content, in the
 * caller's transaction: 1 if this is the first POST, 0 if it is a repeat
 * (then staff_once_ref() gives what the first one recorded with
 * staff_once_set()), -1 on a database error.
 */
#define STAFF_ONCE_FIELD { "once", "Formularens engangsnøgle", VT_TOKEN, \
	VF_REQUIRED, CRYPTO_TOKEN_CHARS, CRYPTO_TOKEN_CHARS, NULL }
#define STAFF_ONCE_STALE "Formularen er ufuldstændig eller for gammel. " \
	"Genindlæs siden, og prøv igen."
int		 staff_once_claim(struct http_req *, const char *kind,
		    const char *key, const char *content, const char *ref,
		    char hash[CRYPTO_HASHHEX]);
int		 staff_once_set(const char *hash, const char *ref);
/* The hash staff_once_claim() stores, to look a claim up without one. */
void		 staff_once_hash(struct http_req *, const char *kind,
		    const char *key, const char *content,
		    char hash[CRYPTO_HASHHEX]);
const char	*staff_once_ref(struct http_req *, const char *hash);

/*
 * Confirmation pages (confirm.c).  A decision's form has a field "step"
 * (VT_ENUM of staff_steps): absent, the valid POST shows the page
 * staff_confirm() starts, with section kind shown and every posted field
 * of f[0..n-1] in a hidden field; "confirm" carries the decision out;
 * "edit" shows the form again as typed.
 */
enum { STEP_CONFIRM, STEP_EDIT };
extern const char *const staff_steps[];
struct tpl_dict	*staff_confirm(struct http_req *, struct page *,
		    const char *title, const char *action, const char *kind,
		    const struct valid_field *f, size_t n);

/*
 * The address of this GET request (path and query) for returning to it
 * after a login, or NULL; staff_local_path() says whether such an
 * address may be returned to (only /staff/ pages: no open redirect).
 */
const char	*staff_here(struct http_req *);
int		 staff_local_path(const char *);
/* A query parameter, or "" if absent. */
const char	*staff_query(struct http_req *, const char *key);
/* Percent-encodes s for a query value. */
const char	*staff_urlenc(struct http_req *, const char *s);
/*
 * The pager under a paged list (templates/staff/pager.tpl, included as
 * PAGER into d when there is more than one page): first, previous,
 * "Side page af pages", next and last, each link url(r, v, n), the same
 * list with the same filters (pager.c).
 */
typedef const char	*(*staff_page_url)(struct http_req *,
			    const struct valid_value *, long page);
void		 staff_pager(struct http_req *, struct tpl_dict *,
		    staff_page_url url, const struct valid_value *v, long page,
		    long pages);


/*
 * The whistleblower channel (whistle.c).  The code lists are made from
 * wbcodes.h (whose test holds them against the schema's CHECKs),
 * NULL-terminated; whistle_label() gives the Danish label of a code in one
 * of them (or the code itself).
 */
extern const char *const whistle_statuses[];
extern const char *const whistle_offer_types[];
extern const char *const whistle_relations[];
extern const char *const whistle_risks[];
extern const char *const whistle_actions[];
extern const char *const whistle_closings[];
const char	*whistle_label(const char *const *codes, const char *code);
/* Loads the authority's key pair (config whistle_secret); -1 if it cannot. */
int		 whistle_init(void);
/* Appends to whistle_audit for this request's user; -1 on a database error. */
int		 whistle_audit(const char *report, const char *action,
		    const char *detail);
/* A bytea column as bytes in the arena; NULL if NULL or undecodable. */
unsigned char	*whistle_bytea(struct arena *, const PGresult *, int row,
		    int col, size_t *len);
/* The report key K from a key_staff column; -1 if absent or it won't open. */
int		 whistle_key(struct arena *, const PGresult *, int row, int col,
		    unsigned char k[WB_KEY]);
/* Opens a wb_seal_fields column into f[0..n-1] ("" each on failure: -1). */
int		 whistle_open(struct arena *, const unsigned char k[WB_KEY],
		    const PGresult *, int row, int col, const char **f,
		    size_t n);
/*
 * The three deadlines from the received day and the days they were met
 * ("" if not), and whether the report is closed: REG_, ACK_ and FB_ DUE,
 * DONE, STATE (words) and CLASS (due-over, due-soon, due-later,
 * due-met); AGE in working days (with AGE_ONE or AGE_MANY).  -1 if
 * received is not a date.
 */
int		 whistle_deadlines(struct http_req *, struct tpl_dict *,
		    const char *received, const char *registered,
		    const char *acknowledged, const char *feedback, int closed,
		    cal_day today);
/* Shows section KEY_ONE if n is 1, else KEY_MANY (for "1 henvendelse",
 * "2 henvendelser": the words are in the template). */
void		 whistle_plural(struct tpl_dict *, const char *key, long long n);

#endif

/*
 * The kinds of mail frist sends, once: the code (outbox.kind, whose CHECK
 * in sql/025_outbox.sql has the same codes: tests/unit/check_mailmsg.c
 * holds the two together), the staff's Danish label for the listing, and
 * the staff role whose members may list the kind's rows (/staff/mails,
 * cgi/staff/page_mails.c): "grants" for the grant recipients' mails,
 * "whistleblower" for the staff alerts about the channel, "admin" for the
 * rest.  Administrators see every kind.
 *
 *	X(id, code, label, role)
 */
#ifndef FRIST_MAILKIND_H
#define FRIST_MAILKIND_H

#define MAIL_KINDS(X)							\
	X(MAIL_TEST, "test", "Prøvemail", "admin")			\
	X(MAIL_REMIND_BEFORE, "remind_before", "Påmindelse før frist",	\
	  "grants")							\
	X(MAIL_REMIND_DUE, "remind_due", "Påmindelse på fristen", "grants") \
	X(MAIL_REMIND_OVERDUE, "remind_overdue", "Frist overskredet",	\
	  "grants")							\
	X(MAIL_RECEIPT, "receipt", "Kvittering for modtagelse", "grants") \
	X(MAIL_CASE_RETURNED, "case_returned", "Sendt retur til rettelse", \
	  "grants")							\
	X(MAIL_CASE_APPROVED, "case_approved", "Godkendt", "grants")	\
	X(MAIL_CASE_REJECTED, "case_rejected", "Afvist", "grants")	\
	X(MAIL_CASE_MESSAGE, "case_message", "Besked i sagen", "grants") \
	X(MAIL_WB_NEW, "wb_new", "Ny whistleblowerindberetning",	\
	  "whistleblower")						\
	X(MAIL_WB_REPLY, "wb_reply", "Svar fra indberetter", "whistleblower") \
	X(MAIL_WB_DEADLINE, "wb_deadline", "Whistleblowerfrist nærmer sig", \
	  "whistleblower")						\
	X(MAIL_DIGEST, "digest", "Daglig oversigt", "admin")

#define MAIL_KIND_ENUM(id, code, label, role)	id,
enum mail_kind {
	MAIL_KINDS(MAIL_KIND_ENUM)
	MAIL_KIND__N
};

/* The role that sees every kind. */
#define MAILKIND_ADMIN	"admin"

/*
 * The delivery states of a row (outbox.state, whose CHECK has the same
 * codes) with the staff's Danish label: frist-mailer moves a row from
 * queued to sending when it claims it, then to sent, back to queued
 * (a retry) or to failed.
 *
 *	X(id, code, label)
 */
#define MAIL_STATES(X)							\
	X(MAIL_QUEUED, "queued", "I kø")				\
	X(MAIL_SENDING, "sending", "Sendes")				\
	X(MAIL_SENT, "sent", "Sendt")					\
	X(MAIL_FAILED, "failed", "Fejlet")

#define MAIL_STATE_ENUM(id, code, label)	id,
enum mail_state {
	MAIL_STATES(MAIL_STATE_ENUM)
	MAIL_STATE__N
};

/* The code of kind k ("test"), or NULL out of range. */
const char	*mailkind_code(enum mail_kind);
/* The staff's label of a stored code, or NULL for an unknown one. */
const char	*mailkind_label(const char *code);
/* The role whose members may list kind k ("grants"), or NULL. */
const char	*mailkind_role(enum mail_kind);
/*
 * Whether a staff member may list the rows of kind k: has_role(role) says
 * whether they hold a role.  Administrators (MAILKIND_ADMIN) see every
 * kind, the others the kinds of their roles.
 */
int		 mailkind_visible(enum mail_kind, int (*has_role)(const char *));

/* The code of state s ("queued"), or NULL out of range. */
const char	*mailstate_code(enum mail_state);
/* The Danish label of a stored state ("I kø"), or NULL for an unknown one. */
const char	*mailstate_label(const char *code);

#endif

/*
 * The kinds of mail frist sends, once: the code (outbox.kind, whose CHECK
 * in sql/025_outbox.sql has the same codes: tests/unit/check_mailmsg.c
 * holds the two together) and the staff's Danish label for the listing.
 *
 *	X(id, code, label)
 */
#ifndef FRIST_MAILKIND_H
#define FRIST_MAILKIND_H

#define MAIL_KINDS(X)							\
	X(MAIL_TEST, "test", "Prøvemail")				\
	X(MAIL_REMIND_BEFORE, "remind_before", "Påmindelse før frist")	\
	X(MAIL_REMIND_DUE, "remind_due", "Påmindelse på fristen")	\
	X(MAIL_REMIND_OVERDUE, "remind_overdue", "Frist overskredet")	\
	X(MAIL_RECEIPT, "receipt", "Kvittering for modtagelse")		\
	X(MAIL_CASE_RETURNED, "case_returned", "Sendt retur til rettelse") \
	X(MAIL_CASE_APPROVED, "case_approved", "Godkendt")		\
	X(MAIL_CASE_REJECTED, "case_rejected", "Afvist")		\
	X(MAIL_CASE_MESSAGE, "case_message", "Besked i sagen")		\
	X(MAIL_WB_NEW, "wb_new", "Ny whistleblowerindberetning")	\
	X(MAIL_WB_REPLY, "wb_reply", "Svar fra indberetter")		\
	X(MAIL_WB_DEADLINE, "wb_deadline", "Whistleblowerfrist nærmer sig") \
	X(MAIL_DIGEST, "digest", "Daglig oversigt")

#define MAIL_KIND_ENUM(id, code, label)	id,
enum mail_kind {
	MAIL_KINDS(MAIL_KIND_ENUM)
	MAIL_KIND__N
};

/* The code of kind k ("test"), or NULL out of range. */
const char	*mailkind_code(enum mail_kind);
/* The staff's label of a stored code, or NULL for an unknown one. */
const char	*mailkind_label(const char *code);

#endif

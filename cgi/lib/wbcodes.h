/*
 * The whistleblower channel's code lists, each once: its codes (as stored,
 * and the choices of the form fields) beside their labels.  X-macros, so
 * that each user takes the columns it needs:
 *
 *	X(code, key, staff)	a list the reporter sees: key is the key of
 *				the reporter's label in the string tables
 *				(templates/i18n/<lang>/whistle.txt), staff
 *				the staff program's Danish label
 *	X(code, staff)		a list only staff see
 *
 * The offer types have a fourth column, the plural of Tabel 7 of the
 * annual report (the statistics page's names); the anonymity choice and
 * the seeded causes have only a key.  WB_CODE_OF takes the code (or
 * label) of any list.
 *
 * tests/unit/check_wbcodes.c checks these against the CHECK constraints
 * of sql/ (the same codes as each SQL list), the string tables (every key
 * in both languages), and the options the templates spell out: the
 * report form's (templates/whistle/form.tpl: a section per option would
 * cost more than the rest of the page) and the staff's report page
 * (templates/staff/whistle_report.tpl), in this order, with these labels.
 */
#ifndef FRIST_WBCODES_H
#define FRIST_WBCODES_H

#define WB_CODE_OF(c, ...)	c,

/* What the report is about (whistle_report.offer_type, reg_offer_type). */
#define WB_OFFERS(X)							\
	X("plejefamilie", "WB_OFFER_PLEJEFAMILIE", "Plejefamilie",	\
	  "Plejefamilier")						\
	X("boern_unge", "WB_OFFER_BOERN_UNGE", "Børne- og ungetilbud",	\
	  "Børne- og ungetilbud")					\
	X("voksen", "WB_OFFER_VOKSEN", "Voksentilbud", "Voksentilbud")	\
	X("kombineret", "WB_OFFER_KOMBINERET", "Kombineret tilbud",	\
	  "Kombinerede børne-/unge- og voksentilbud")
/* Who reports (whistle_report.relation). */
#define WB_RELATIONS(X)							\
	X("ansat", "WB_REL_ANSAT", "Ansat")				\
	X("tidligere_ansat", "WB_REL_TIDLIGERE_ANSAT", "Tidligere ansat") \
	X("paaroerende", "WB_REL_PAAROERENDE", "Pårørende")		\
	X("beboer", "WB_REL_BEBOER", "Borger/beboer")			\
	X("bisidder", "WB_REL_BISIDDER", "Bisidder")			\
	X("nabo", "WB_REL_NABO", "Nabo/bekendt")			\
	X("fagperson", "WB_REL_FAGPERSON", "Fagperson")			\
	X("myndighed", "WB_REL_MYNDIGHED", "Anden myndighed")		\
	X("andet", "WB_REL_ANDET", "Andet")
/* The states of a report (whistle_report.status). */
#define WB_STATES(X)							\
	X("received", "WB_STATUS_RECEIVED", "Modtaget")			\
	X("treatment", "WB_STATUS_TREATMENT", "Under behandling")	\
	X("closed", "WB_STATUS_CLOSED", "Lukket")
/* Why a report was closed (whistle_report.closing_reason). */
#define WB_REASONS(X)							\
	X("udenfor_kompetence", "WB_REASON_UDENFOR_KOMPETENCE",		\
	  "Udenfor socialtilsynets kompetenceområde")			\
	X("videre_undersoegelse", "WB_REASON_VIDERE_UNDERSOEGELSE",	\
	  "Anden videre undersøgelse")					\
	X("uanmeldt_tilsyn", "WB_REASON_UANMELDT_TILSYN",		\
	  "Uanmeldt tilsynsbesøg")					\
	X("opkald", "WB_REASON_OPKALD", "Opkald til tilbuddet")		\
	X("andet", "WB_REASON_ANDET", "Andet")
/* The reporter's choice on the form: X(code, key).  The second is
 * being named (whistle_report.named). */
#define WB_ANONYMITY(X)							\
	X("anonymous", "WB_ANONYMOUS")					\
	X("named", "WB_NAMED")

/* The triage's risk assessment (whistle_report.risk). */
#define WB_RISKS(X)							\
	X("hoej", "Høj")						\
	X("middel", "Middel")						\
	X("lav", "Lav")
/* The triage's planned actions (whistle_report.actions, an array whose
 * elements sql/019 holds to these), each a checkbox "act_<code>". */
#define WB_ACTIONS(X)							\
	X("naeste_tilsyn", "Inddrag i næste tilsyn")			\
	X("redegoerelse", "Anmod om redegørelse")			\
	X("uanmeldt_besoeg", "Uanmeldt tilsynsbesøg")			\
	X("opkald", "Opkald til tilbuddet")				\
	X("henvisning_stps", "Henvis til Styrelsen for Patientsikkerhed") \
	X("henvisning_at", "Henvis til Arbejdstilsynet")		\
	X("henvisning_anden", "Henvis til anden myndighed")

/*
 * The causes sql/004_whistle.sql creates, by their Danish label, with
 * the key of the label in the string tables: X(label, key).  The cause
 * list is reference data the authority edits, so a cause it adds or
 * renames has no translation and is shown as written.
 */
#define WB_SEEDED_CAUSES(X)						\
	X("Ledelse – dårlig eller manglende", "WB_CAUSE_LEDELSE")	\
	X("Socialfaglige kompetencer – dårlige eller manglende",	\
	  "WB_CAUSE_SOCIALFAGLIG")					\
	X("Pædagogik", "WB_CAUSE_PAEDAGOGIK")				\
	X("Økonomi", "WB_CAUSE_OEKONOMI")				\
	X("Misbrug", "WB_CAUSE_MISBRUG")				\
	X("Omgangstone", "WB_CAUSE_OMGANGSTONE")			\
	X("Andet", "WB_CAUSE_ANDET")

#endif

/*
 * The whistleblower channel's code lists, each once: its codes (as stored,
 * and the choices of the form fields) beside the keys of their labels in
 * the string tables (templates/i18n/<lang>/whistle.txt).  X-macros, so
 * that each user takes the column it needs: X(code, key).
 *
 * The report form lists the offer types and relations as plain options
 * in templates/whistle/form.tpl (a section per option would cost more than
 * the rest of the page); tests/unit/check_wbcodes.c checks that the
 * options there are these codes, in this order, with these keys.
 */
#ifndef FRIST_WBCODES_H
#define FRIST_WBCODES_H

#define WB_OFFERS(X)							\
	X("plejefamilie", "WB_OFFER_PLEJEFAMILIE")			\
	X("boern_unge", "WB_OFFER_BOERN_UNGE")				\
	X("voksen", "WB_OFFER_VOKSEN")					\
	X("kombineret", "WB_OFFER_KOMBINERET")
#define WB_RELATIONS(X)							\
	X("ansat", "WB_REL_ANSAT")					\
	X("tidligere_ansat", "WB_REL_TIDLIGERE_ANSAT")			\
	X("paaroerende", "WB_REL_PAAROERENDE")				\
	X("beboer", "WB_REL_BEBOER")					\
	X("bisidder", "WB_REL_BISIDDER")				\
	X("nabo", "WB_REL_NABO")					\
	X("fagperson", "WB_REL_FAGPERSON")				\
	X("myndighed", "WB_REL_MYNDIGHED")				\
	X("andet", "WB_REL_ANDET")
#define WB_STATES(X)							\
	X("received", "WB_STATUS_RECEIVED")				\
	X("treatment", "WB_STATUS_TREATMENT")				\
	X("closed", "WB_STATUS_CLOSED")
#define WB_REASONS(X)							\
	X("udenfor_kompetence", "WB_REASON_UDENFOR_KOMPETENCE")		\
	X("videre_undersoegelse", "WB_REASON_VIDERE_UNDERSOEGELSE")	\
	X("uanmeldt_tilsyn", "WB_REASON_UANMELDT_TILSYN")		\
	X("opkald", "WB_REASON_OPKALD")					\
	X("andet", "WB_REASON_ANDET")

#endif

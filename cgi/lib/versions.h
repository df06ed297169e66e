/*
 * The versions of a grant case as the recipient sent them (sql/006:
 * submission_version, its lines and its files), shown alike on the
 * recipient's case page and the staff case page.  Each program runs the
 * three statements below from its own statement table (its own role:
 * DB_STMT(VER_LIST, 1, DB_IDEMPOTENT) and so on), and versions_fill()
 * reads their rows by the column names beside them.
 */
#ifndef FRIST_VERSIONS_H
#define FRIST_VERSIONS_H

#include <stdint.h>

#include <libpq-fe.h>

#include "db.h"
#include "http.h"
#include "tpl.h"

/* $1 the submission; newest version first. */
#define VER_LIST_SQL \
	"SELECT v.version, to_char(v.submitted, 'YYYY-MM-DD HH24:MI') AS at, " \
	"v.source, v.progress, v.milestones, v.deviations, " \
	"v.version = s.version AS is_current FROM submission_version v " \
	"JOIN submission s ON s.id = v.submission_id " \
	"WHERE v.submission_id = $1 ORDER BY v.version DESC"
#define VER_LIST_COLS(C, s) \
	C(s, version) C(s, at) C(s, source) C(s, progress) C(s, milestones) \
	C(s, deviations) C(s, is_current)
DB_COLUMNS(VER_LIST);

#define VER_LINES_SQL \
	"SELECT version, lineno, text, budget_ore, actual_ore, explanation " \
	"FROM submission_version_line WHERE submission_id = $1 " \
	"ORDER BY version DESC, lineno"
#define VER_LINES_COLS(C, s) \
	C(s, version) C(s, lineno) C(s, text) C(s, budget_ore) \
	C(s, actual_ore) C(s, explanation)
DB_COLUMNS(VER_LINES);

#define VER_FILES_SQL \
	"SELECT f.version, a.id, a.filename, a.size, a.purpose " \
	"FROM submission_version_file f " \
	"JOIN attachment a ON a.id = f.attachment_id " \
	"WHERE f.submission_id = $1 ORDER BY f.version DESC, a.id"
#define VER_FILES_COLS(C, s) \
	C(s, version) C(s, id) C(s, filename) C(s, size) C(s, purpose)
DB_COLUMNS(VER_FILES);

/*
 * A VERSION section in d per version: NO, AT, SOURCE (in the request's
 * language), CURRENT; TEXTS (PROGRESS, MILESTONES, DEVIATIONS) or LINES
 * with a LINE per account line (TEXT, BUDGET, ACTUAL, EXPLANATION,
 * DEVIATION); VFILES with a VFILE per file (ID, NAME, KB, IS_AUDITOR) or
 * NO_VFILES.  Returns how many versions.
 */
int	 versions_fill(struct http_req *, struct tpl_dict *d,
	    const PGresult *ver, const PGresult *lines, const PGresult *files,
	    int permille);

/*
 * If an account line deviates by more than permille from its budget
 * (grant_deviates), section sect in d with PCT and OVER or UNDER, or
 * NO_BUDGET; returns 1 if it deviates.
 */
int	 versions_deviation(struct tpl_dict *d, const char *sect,
	    int64_t budget, int64_t actual, int permille);

#endif

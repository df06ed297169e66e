/*
 * The versions of a grant case as the recipient sent them (sql/006:
 * submission_version, its lines and its files), shown alike on the
 * recipient's case page and the staff case page.  Each program runs the
 * three statements below from its own statement table (its own role),
 * and versions_fill() reads their rows by the column names beside them.
 */
#ifndef FRIST_VERSIONS_H
#define FRIST_VERSIONS_H

#include <stdint.h>

#include <libpq-fe.h>

#include "http.h"
#include "tpl.h"

/* $1 the submission; newest version first. */
#define VERSIONS_SQL_LIST \
	"SELECT v.version, to_char(v.submitted, 'YYYY-MM-DD HH24:MI'), " \
	"v.source, v.progress, v.milestones, v.deviations, " \
	"v.version = s.version FROM submission_version v " \
	"JOIN submission s ON s.id = v.submission_id " \
	"WHERE v.submission_id = $1 ORDER BY v.version DESC"
enum versions_col {
	VER_NO, VER_AT, VER_SOURCE, VER_PROGRESS, VER_MILESTONES,
	VER_DEVIATIONS, VER_CURRENT
};

#define VERSIONS_SQL_LINES \
	"SELECT version, lineno, text, budget_ore, actual_ore, explanation " \
	"FROM submission_version_line WHERE submission_id = $1 " \
	"ORDER BY version DESC, lineno"
enum versions_line_col {
	VLINE_NO, VLINE_LINENO, VLINE_TEXT, VLINE_BUDGET, VLINE_ACTUAL,
	VLINE_EXPLANATION
};

#define VERSIONS_SQL_FILES \
	"SELECT f.version, a.id, a.filename, a.size, a.purpose " \
	"FROM submission_version_file f " \
	"JOIN attachment a ON a.id = f.attachment_id " \
	"WHERE f.submission_id = $1 ORDER BY f.version DESC, a.id"
enum versions_file_col {
	VFILE_NO, VFILE_ID, VFILE_NAME, VFILE_SIZE, VFILE_PURPOSE
};

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

/*
 * The statements of the staff program's whistleblower pages (STMT_WB_*),
 * included by sql.h: their SQL and result columns (see DB_COLUMNS).
 */
#ifndef FRIST_STAFF_SQL_WHISTLE_H
#define FRIST_STAFF_SQL_WHISTLE_H

#endif

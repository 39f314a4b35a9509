/**
 * `now()` truncated to milliseconds, for rows written in raw SQL: keyset cursors carry JavaScript dates
 * (millisecond precision), so a microsecond timestamp would make paging skip or repeat rows.
 */
export const SQL_NOW_MS = `date_trunc('milliseconds', now())`;

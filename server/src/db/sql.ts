/**
 * The current time truncated to milliseconds, for rows written in raw SQL: keyset cursors carry JavaScript
 * dates (millisecond precision), so a microsecond timestamp would make paging skip or repeat rows. The wall
 * clock, not now(): inside a long transaction now() is the transaction's start, which would misorder
 * histories written by SQL and by the ORM.
 */
export const SQL_NOW_MS = `date_trunc('milliseconds', clock_timestamp())`;

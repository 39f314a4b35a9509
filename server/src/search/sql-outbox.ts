/**
 * For changes made in raw SQL (which the ORM subscriber does not see): a CTE fragment that enqueues the ids
 * returned by `source` (a CTE name with an `id` column) for reindexing, in the same statement.
 */
export function enqueueFromCte(entityType: 'challenge' | 'capability', source: string): string {
  return `insert into search_outbox (entity_type, entity_id) select '${entityType}', id from ${source}`;
}

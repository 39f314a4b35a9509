import type { EntityManager } from '@mikro-orm/postgresql';
import { flattenTaxonomy } from './field-taxonomy';

/** Upserts the taxonomy from code; fields removed from code stay (data may refer to them). Idempotent. */
export async function syncFieldTaxonomy(em: EntityManager): Promise<void> {
  const rows = flattenTaxonomy();
  await em.getConnection().execute(
    `insert into tech_field (code, name, parent_code, sort_order)
       select * from unnest(?::text[], ?::text[], ?::text[], ?::int[])
     on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code, sort_order = excluded.sort_order`,
    [rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.parentCode), rows.map((r) => r.sortOrder)],
  );
}

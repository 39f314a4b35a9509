import type { EntityManager } from '@mikro-orm/postgresql';
import { flattenTaxonomy } from './field-taxonomy';
import { TechField } from './tech-field.entity';

/** Upserts the taxonomy from code; fields removed from code stay (data may refer to them). Idempotent. */
export async function syncFieldTaxonomy(em: EntityManager): Promise<void> {
  await em.upsertMany(TechField, flattenTaxonomy(), {
    onConflictFields: ['code'],
    onConflictAction: 'merge',
    onConflictMergeFields: ['name', 'parentCode', 'sortOrder'],
  });
}

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Capability } from '../capability/capability.entity';

/** Loaders for the records search and matching return; one SQL statement per batch, results in key order. */
export function createSearchLoaders(em: EntityManager) {
  return {
    capabilityById: new DataLoader<string, Capability | null>(async (ids) => {
      const rows = await em.find(Capability, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

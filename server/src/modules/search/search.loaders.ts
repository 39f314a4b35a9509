import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey } from '../../graphql/group-by';
import { Capability } from '../capability/capability.entity';

/** Loaders for the records search and matching return; one SQL statement per batch, results in key order. */
export function createSearchLoaders(em: EntityManager) {
  return {
    capabilityById: new DataLoader<string, Capability | null>(async (ids) => byKey(ids, await em.find(Capability, { id: { $in: [...ids] } }), (row) => row.id)),
  };
}

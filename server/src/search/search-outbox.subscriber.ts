import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { Capability } from '../modules/capability/capability.entity';
import { Challenge } from '../modules/challenge/challenge.entity';
import { SearchOutbox, type SearchEntityType } from './search-outbox.entity';

const INDEXED: Array<[Function, SearchEntityType]> = [
  [Challenge, 'challenge'],
  [Capability, 'capability'],
];

/**
 * Writes an outbox row for every created, updated or deleted challenge and capability, inside the flush's
 * own transaction: the index can lag behind PostgreSQL but never miss a committed change.
 */
export class SearchOutboxSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const seen = new Set<string>();
    for (const changeSet of uow.getChangeSets()) {
      const match = INDEXED.find(([type]) => changeSet.entity instanceof type);
      if (!match) continue;
      if (![ChangeSetType.CREATE, ChangeSetType.UPDATE, ChangeSetType.DELETE].includes(changeSet.type)) continue;
      const entityId = (changeSet.entity as { id: string }).id;
      const key = `${match[1]}:${entityId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = em.create(SearchOutbox, { entityType: match[1], entityId });
      uow.computeChangeSet(row);
    }
  }
}

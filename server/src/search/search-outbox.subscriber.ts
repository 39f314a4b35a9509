import { ChangeSetType, type EntityManager, type EventSubscriber, type FlushEventArgs, type TransactionEventArgs } from '@mikro-orm/core';
import { Capability } from '../modules/capability/capability.entity';
import { Challenge } from '../modules/challenge/challenge.entity';
import { Organization } from '../modules/organization/organization.entity';
import { SearchOutbox, type SearchEntityType } from './search-outbox.entity';

const INDEXED: Array<[Function, SearchEntityType]> = [
  [Challenge, 'challenge'],
  [Capability, 'capability'],
];

/** Organization fields copied into documents (ownerName; organizationName and regionCode of capabilities). */
const ORGANIZATION_FIELDS_INDEXED = ['name', 'regionCode'];

/** Enqueues every challenge and capability of the given organizations (their documents carry its name). */
const ENQUEUE_ORGANIZATIONS_SQL = `insert into search_outbox (entity_type, entity_id)
  select 'challenge', id from challenge where owner_organization_id in (?)
  union all select 'capability', id from capability where organization_id in (?)`;

/**
 * Writes an outbox row for every created, updated or deleted challenge and capability, inside the flush's
 * own transaction: the index can lag behind PostgreSQL but never miss a committed change. An organization
 * renamed (or moved to another region) enqueues all its challenges and capabilities, in the same transaction.
 */
export class SearchOutboxSubscriber implements EventSubscriber {
  /** Entity managers whose transaction wrote outbox rows and has not ended yet. */
  private readonly writing = new WeakSet<EntityManager>();
  private readonly listeners = new Set<() => void>();
  /** Organizations renamed by a flush that ran outside a transaction: enqueued just before its own commit. */
  private readonly renamed = new WeakMap<EntityManager, Set<string>>();

  /**
   * Calls `listener` after a transaction that wrote outbox rows committed, so this process's outbox worker drains
   * at once instead of at its next poll. (A wake-up hint only: changes made in raw SQL or by other server
   * instances are found by polling. Rows written inside a nested transaction may also go unnoticed here.)
   */
  onCommitted(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  afterTransactionCommit({ em }: TransactionEventArgs): void {
    if (!this.writing.delete(em)) return;
    for (const listener of this.listeners) listener();
  }

  async beforeTransactionCommit({ em, transaction }: TransactionEventArgs): Promise<void> {
    const organizationIds = this.renamed.get(em);
    if (!organizationIds) return;
    this.renamed.delete(em);
    await em.getConnection().execute(ENQUEUE_ORGANIZATIONS_SQL, [[...organizationIds], [...organizationIds]], 'run', transaction);
  }

  afterTransactionRollback({ em }: TransactionEventArgs): void {
    this.writing.delete(em);
    this.renamed.delete(em);
  }

  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const seen = new Set<string>();
    const renamed = new Set<string>();
    for (const changeSet of uow.getChangeSets()) {
      if (
        changeSet.entity instanceof Organization &&
        changeSet.type === ChangeSetType.UPDATE &&
        ORGANIZATION_FIELDS_INDEXED.some((field) => field in changeSet.payload)
      ) {
        renamed.add(changeSet.entity.id);
        continue;
      }
      const match = INDEXED.find(([type]) => changeSet.entity instanceof type);
      if (!match) continue;
      if (![ChangeSetType.CREATE, ChangeSetType.UPDATE, ChangeSetType.DELETE].includes(changeSet.type)) continue;
      const entityId = (changeSet.entity as { id: string }).id;
      const key = `${match[1]}:${entityId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = em.create(SearchOutbox, { entityType: match[1], entityId });
      uow.computeChangeSet(row);
      this.writing.add(em);
    }
    if (renamed.size) {
      this.writing.add(em);
      // Inside a transaction already (em.transactional): enqueue in it now. Otherwise the flush opens its own
      // transaction after this hook: enqueue in that one, just before it commits.
      const transaction = em.isInTransaction() ? em.getTransactionContext() : undefined;
      if (transaction) await em.getConnection().execute(ENQUEUE_ORGANIZATIONS_SQL, [[...renamed], [...renamed]], 'run', transaction);
      else this.renamed.set(em, new Set([...(this.renamed.get(em) ?? []), ...renamed]));
    }
  }
}

import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export type SearchEntityType = 'challenge' | 'capability';

/**
 * The transactional outbox of the search indexes: a row is written in the same transaction as the change of
 * a challenge or capability (search-outbox.subscriber.ts, or in SQL where SQL changes them), and the outbox
 * worker applies it to Meilisearch afterwards, retrying until it succeeds. Rows are deleted once applied.
 */
@Entity()
@Index({ properties: ['nextAttemptAt', 'id'] })
export class SearchOutbox {
  [OptionalProps]?: 'createdAt' | 'attempts' | 'nextAttemptAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  entityType!: SearchEntityType;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'datetime', defaultRaw: 'clock_timestamp()' })
  createdAt: Date = new Date();

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'clock_timestamp()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;
}

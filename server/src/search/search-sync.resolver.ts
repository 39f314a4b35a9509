import type { EntityManager } from '@mikro-orm/postgresql';
import { Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../context';
import { Role } from '../graphql/auth-checker';
import { backoffSecondsSql, REINDEX_LOCK } from './outbox-worker';

export enum SearchSyncEntityType {
  CHALLENGE = 'challenge',
  CAPABILITY = 'capability',
}
registerEnumType(SearchSyncEntityType, { name: 'SearchSyncEntityType', description: 'What an outbox row asks to reindex.' });

@ObjectType({ description: 'A change that Meilisearch has not accepted yet; it is retried with exponential backoff.' })
export class SearchSyncFailure {
  @Field(() => SearchSyncEntityType)
  entityType!: SearchSyncEntityType;

  @Field(() => ID)
  entityId!: string;

  @Field(() => Int, { description: 'Attempts that failed so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, { description: 'When the last attempt failed (derived from the retry schedule).' })
  lastAttemptAt!: Date;

  @Field(() => Date, { description: 'When the next attempt is due.' })
  nextAttemptAt!: Date;
}

@ObjectType({ description: 'How far the search indexes lag behind PostgreSQL (the search outbox).' })
export class SearchSyncStatus {
  @Field(() => Int, { description: 'Changes not yet applied to the indexes, due now or waiting for a retry.' })
  pending!: number;

  @Field(() => Float, { nullable: true, description: 'Age in seconds of the oldest pending change; null when none is pending.' })
  oldestPendingAgeSeconds!: number | null;

  @Field(() => Int, { description: 'Pending changes whose application failed at least once.' })
  failing!: number;

  @Field(() => Boolean, { description: 'An index is being rebuilt (npm run reindex): changes wait until its swap.' })
  reindexing!: boolean;

  @Field(() => [SearchSyncFailure], { description: 'Up to 20 failing changes, the most recently attempted first.' })
  recentFailures!: SearchSyncFailure[];
}

/** next_attempt_at was set to the failure time plus the backoff of the attempts before it. */
const LAST_ATTEMPT_SQL = `next_attempt_at - ${backoffSecondsSql('attempts - 1')} * interval '1 second'`;

export async function searchSyncStatus(em: EntityManager): Promise<SearchSyncStatus> {
  const connection = em.getConnection();
  const [summary] = await connection.execute(
    `select count(*)::int as pending,
            extract(epoch from clock_timestamp() - min(created_at))::float8 as oldest,
            (count(*) filter (where attempts > 0))::int as failing,
            exists (select 1 from pg_locks
                     where locktype = 'advisory' and granted and mode = 'ExclusiveLock' and objsubid = 2
                       and classid = ? and objid = ?
                       and database = (select oid from pg_database where datname = current_database())) as reindexing
       from search_outbox`,
    [...REINDEX_LOCK],
  );
  const failures = await connection.execute(
    `select entity_type, entity_id::text as entity_id, attempts, last_error, next_attempt_at, ${LAST_ATTEMPT_SQL} as last_attempt_at
       from search_outbox
      where attempts > 0
      order by last_attempt_at desc, id desc
      limit 20`,
  );
  return {
    pending: summary.pending,
    oldestPendingAgeSeconds: summary.oldest == null ? null : Number(summary.oldest),
    failing: summary.failing,
    reindexing: summary.reindexing,
    recentFailures: failures.map((row: any) => ({
      entityType: row.entity_type,
      entityId: row.entity_id,
      attempts: row.attempts,
      lastError: row.last_error,
      lastAttemptAt: new Date(row.last_attempt_at),
      nextAttemptAt: new Date(row.next_attempt_at),
    })),
  };
}

@Resolver()
export class SearchSyncResolver {
  @Authorized(Role.BUREAU)
  @Query(() => SearchSyncStatus, { description: 'Bureau only: whether the search indexes are in step with PostgreSQL.' })
  async searchSyncStatus(@Ctx() { em }: Context): Promise<SearchSyncStatus> {
    return searchSyncStatus(em);
  }
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ENTITY_TYPES, INDEXES_OF, indexDocument, loadDocuments, type SearchDocument } from './document-source';
import type { IndexName } from './indexes';
import type { Search } from './meili';
import type { SearchEntityType } from './search-outbox.entity';
import { SearchOutboxSubscriber } from './search-outbox.subscriber';

/**
 * Retry schedule of a row that failed `attempts` times before: 1 s × 2^attempts, at most 5 minutes. An SQL
 * expression over the row's `attempts` column, before it is incremented (see also search-sync.resolver.ts).
 */
export const BACKOFF_BASE_SECONDS = 1;
export const BACKOFF_MAX_SECONDS = 300;
export const backoffSecondsSql = (attempts: string) => `least(${BACKOFF_MAX_SECONDS}, ${BACKOFF_BASE_SECONDS} * power(2, least(${attempts}, 30)))`;

/**
 * The reindex lock (two-int advisory key, so it can never meet the one-bigint per-entity keys below). A drain
 * holds it shared for its transaction, a rebuild exclusively (reindex.ts): while an index is rebuilt from
 * PostgreSQL nothing is drained into the index about to be replaced, and what changed meanwhile stays in the
 * outbox and is applied to the new index after the swap.
 */
export const REINDEX_LOCK = [74_697_105, 1] as const;

/** SQL of a per-entity advisory key: one worker at a time loads and sends a given entity (see drainOutbox). */
const ENTITY_KEY_SQL = `hashtextextended(entity_type || ':' || entity_id::text, 0)`;

/** Documents per Meilisearch request; Meilisearch batches consecutive tasks of an index by itself. */
const DOCUMENTS_PER_REQUEST = 1000;
const MAX_ERROR_LENGTH = 2000;

export interface DrainOptions {
  /** Rows claimed at most in one transaction. */
  batchSize?: number;
  logger?: Logger;
  /** How long to wait for a Meilisearch task before counting it failed (it is then retried). */
  taskTimeoutMs?: number;
}

export interface DrainResult {
  /** Outbox rows applied to Meilisearch and deleted. */
  applied: number;
  /** Outbox rows kept for a later attempt (Meilisearch unreachable, task failed), with attempts and last_error. */
  failed: number;
  /** Rows claimed but left due: another worker is applying the same entity right now. */
  skipped: number;
  /** Documents sent: upserts plus deletions, after coalescing rows per entity. */
  documents: number;
}

interface ClaimedRow {
  id: string;
  entity_type: string;
  entity_id: string;
  locked: boolean;
}

/** An entity of the claimed rows and the document to send (null: it no longer exists, delete it). */
interface Change {
  key: string;
  type: SearchEntityType;
  id: string;
  rowIds: string[];
  document: SearchDocument | null;
}

class TaskFailedError extends Error {
  override name = 'MeilisearchTaskFailed';
}

/**
 * Applies due outbox rows to Meilisearch, in one PostgreSQL transaction:
 *
 * 1. claims up to `batchSize` due rows in id order with `FOR UPDATE SKIP LOCKED`, so concurrent workers (other
 *    server instances) never take the same rows;
 * 2. coalesces them per entity and takes a per-entity advisory lock (try-lock: an entity another worker is
 *    sending right now is skipped and stays due). This keeps the index from going back in time: without it, a
 *    worker could load version 1, another load and send version 2, and the first send version 1 last;
 * 3. loads the entities' current state from PostgreSQL (not what the rows say: a row only says "look again"),
 *    sends upserts and deletions per index, and waits for every Meilisearch task;
 * 4. deletes the rows whose entities were applied; keeps the others with attempts + 1, last_error and an
 *    exponential next_attempt_at. A change is never dropped: only a task that succeeded deletes its rows.
 *
 * While an index is being rebuilt (reindex.ts) it does nothing and returns zeros. Throws only when PostgreSQL
 * fails (the transaction rolls back and the rows stay due).
 */
export async function drainOutbox(orm: MikroORM, search: Search, options: DrainOptions = {}): Promise<DrainResult> {
  const { batchSize = 500, logger, taskTimeoutMs = 30_000 } = options;
  const started = Date.now();
  const result: DrainResult = { applied: 0, failed: 0, skipped: 0, documents: 0 };

  await orm.em.fork().transactional(async (tx) => {
    const sql = <T = any>(query: string, params: unknown[] = []): Promise<T[]> =>
      tx.getConnection().execute(query, params, 'all', tx.getTransactionContext());

    const [{ free }] = await sql<{ free: boolean }>(`select pg_try_advisory_xact_lock_shared(?, ?) as free`, [...REINDEX_LOCK]);
    if (!free) {
      logger?.debug('search outbox: an index is being rebuilt; draining after the swap');
      return;
    }

    // The entity try-locks are taken once per entity (a materialized CTE), after the rows are ours.
    const rows = await sql<ClaimedRow>(
      `with claimed as (
         select id, entity_type, entity_id from search_outbox
          where next_attempt_at <= now()
          order by id
          limit ?
            for update skip locked
       ), entities as materialized (
         select entity_type, entity_id, pg_try_advisory_xact_lock(${ENTITY_KEY_SQL}) as locked
           from (select distinct entity_type, entity_id from claimed) e
       )
       select c.id::text as id, c.entity_type, c.entity_id::text as entity_id, e.locked
         from claimed c join entities e using (entity_type, entity_id)
        order by c.id`,
      [batchSize],
    );
    if (!rows.length) return;

    const changes = new Map<string, Change>();
    const unknown: string[] = [];
    for (const row of rows) {
      if (!row.locked) {
        result.skipped++;
        continue;
      }
      if (!(row.entity_type in INDEXES_OF)) {
        unknown.push(row.id);
        continue;
      }
      const key = `${row.entity_type}:${row.entity_id}`;
      const change = changes.get(key) ?? { key, type: row.entity_type as SearchEntityType, id: row.entity_id, rowIds: [], document: null };
      change.rowIds.push(row.id);
      changes.set(key, change);
    }

    // The current state, read after the entity locks: whatever a concurrent worker sent before is older.
    for (const type of ENTITY_TYPES) {
      const ofType = [...changes.values()].filter((change) => change.type === type);
      const documents = await loadDocuments(tx, type, ofType.map((change) => change.id));
      for (const change of ofType) change.document = documents.get(change.id) ?? null;
    }

    const errors = await applyChanges(search, [...changes.values()], taskTimeoutMs);
    result.documents = changes.size;

    const appliedRowIds = [...changes.values()].filter((change) => !errors.has(change.key)).flatMap((change) => change.rowIds);
    const failedByError = new Map<string, string[]>();
    for (const change of changes.values()) {
      const error = errors.get(change.key);
      if (error !== undefined) failedByError.set(error, [...(failedByError.get(error) ?? []), ...change.rowIds]);
    }
    if (unknown.length) failedByError.set('unknown entity type', [...(failedByError.get('unknown entity type') ?? []), ...unknown]);

    if (appliedRowIds.length) {
      const deleted = await sql(`delete from search_outbox where id in (?) returning id`, [appliedRowIds]);
      if (deleted.length !== appliedRowIds.length) {
        // Cannot happen while the rows are locked by us; if it ever does, say so rather than count wrong.
        logger?.warn({ claimed: appliedRowIds.length, deleted: deleted.length }, 'search outbox: applied rows vanished before deletion');
      }
      result.applied = deleted.length;
    }
    for (const [error, rowIds] of failedByError) {
      await sql(
        `update search_outbox
            set attempts = attempts + 1, last_error = ?,
                next_attempt_at = clock_timestamp() + ${backoffSecondsSql('attempts')} * interval '1 second'
          where id in (?)`,
        [error.slice(0, MAX_ERROR_LENGTH), rowIds],
      );
      result.failed += rowIds.length;
    }
  });

  if (result.failed) {
    logger?.warn({ ...result, ms: Date.now() - started }, 'search outbox: changes not applied, retrying with backoff');
  } else if (result.applied) {
    logger?.debug({ ...result, ms: Date.now() - started }, 'search outbox drained');
  }
  return result;
}

/**
 * Sends the changes to Meilisearch (all requests enqueued at once, so Meilisearch can batch them) and waits for
 * every task. A change counts as applied only when every index of its entity type took it (a capability goes to
 * two: document-source.ts `INDEXES_OF`); otherwise it is retried in all of them, which is harmless: an upsert or a
 * deletion applied twice leaves the same index. Returns the error message per change key that was not applied.
 */
async function applyChanges(search: Search, changes: Change[], taskTimeoutMs: number): Promise<Map<string, string>> {
  const errors = new Map<string, string>();
  const work: Array<Promise<void>> = [];
  const byIndex = new Map<IndexName, { upserts: Change[]; deletions: Change[] }>();
  for (const change of changes) {
    for (const index of INDEXES_OF[change.type]) {
      const entry = byIndex.get(index) ?? { upserts: [], deletions: [] };
      (change.document ? entry.upserts : entry.deletions).push(change);
      byIndex.set(index, entry);
    }
  }
  for (const [name, { upserts, deletions }] of byIndex) {
    const index = search.client.index(search.indexUid(name));
    const send = async (batch: Change[], kind: 'upsert' | 'delete'): Promise<void> => {
      try {
        const pending =
          kind === 'upsert'
            ? index.addDocuments(batch.map((change) => indexDocument(name, change.document!)), { primaryKey: 'id' })
            : index.deleteDocuments(batch.map((change) => change.id));
        const task = await pending.waitTask({ timeout: taskTimeoutMs, interval: 10 });
        if (task.status !== 'succeeded') {
          throw new TaskFailedError(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
        }
      } catch (error) {
        // A failed task fails all its documents: split it to find the one Meilisearch refuses, so the others
        // are not held back with it. (An unreachable Meilisearch fails every half alike: no splitting then.)
        if (error instanceof TaskFailedError && batch.length > 1) {
          const half = Math.ceil(batch.length / 2);
          await send(batch.slice(0, half), kind);
          await send(batch.slice(half), kind);
          return;
        }
        const message = describe(error);
        for (const change of batch) errors.set(change.key, message);
      }
    };
    for (let i = 0; i < upserts.length; i += DOCUMENTS_PER_REQUEST) work.push(send(upserts.slice(i, i + DOCUMENTS_PER_REQUEST), 'upsert'));
    for (let i = 0; i < deletions.length; i += DOCUMENTS_PER_REQUEST) work.push(send(deletions.slice(i, i + DOCUMENTS_PER_REQUEST), 'delete'));
  }
  await Promise.all(work);
  return errors;
}

/** The error and its causes in one line, e.g. "MeilisearchRequestError: Request to … has failed ← Error: connect ECONNREFUSED …". */
function describe(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current != null && depth < 5; depth++) {
    if (current instanceof Error) {
      const message = current.message;
      if (!parts.some((part) => part.includes(message))) parts.push(`${current.name}: ${message}`);
      current = current.cause;
    } else {
      // A Meilisearch API error's cause is its response body: { message, code, type, link }.
      const code = (current as { code?: unknown }).code;
      if (typeof code === 'string') parts.push(`code ${code}`);
      break;
    }
  }
  return parts.join(' ← ');
}

export interface OutboxWorker {
  /** Stops the loop; resolves once the drain in progress (if any) has finished. */
  stop(): Promise<void>;
  /** Drains now instead of at the end of the current pause. */
  wake(): void;
}

/**
 * Drains the outbox continuously: at once after a transaction of this process wrote outbox rows (see
 * SearchOutboxSubscriber.onCommitted) or while full batches come out, otherwise every `intervalMs` (changes made
 * by other instances or in raw SQL); never overlapping itself. Safe to run in every server instance (see
 * drainOutbox). After a PostgreSQL error it pauses longer and longer, up to maxErrorPauseMs.
 */
export function startOutboxWorker(
  orm: MikroORM,
  search: Search,
  logger?: Logger,
  { intervalMs = 250, batchSize = 500, maxErrorPauseMs = 30_000 }: { intervalMs?: number; batchSize?: number; maxErrorPauseMs?: number } = {},
): OutboxWorker {
  let stopped = false;
  let signalled = false;
  let wakeUp: (() => void) | null = null;
  let consecutiveErrors = 0;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wakeUp = null;
        resolve();
      }, ms);
      timer.unref();
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      };
    });
  const wake = () => {
    signalled = true;
    wakeUp?.();
  };
  const subscriber = [...orm.config.get('subscribers')].find((s): s is SearchOutboxSubscriber => s instanceof SearchOutboxSubscriber);
  const unsubscribe = subscriber?.onCommitted(wake);

  const loop = (async () => {
    while (!stopped) {
      signalled = false;
      let again = false;
      try {
        const { applied, failed, skipped } = await drainOutbox(orm, search, { batchSize, logger });
        consecutiveErrors = 0;
        again = applied + failed > 0 && applied + failed + skipped >= batchSize;
      } catch (error) {
        consecutiveErrors++;
        logger?.error({ err: error }, 'search outbox drain failed (PostgreSQL); the rows stay and are retried');
      }
      if (stopped) break;
      if (consecutiveErrors) await pause(Math.min(maxErrorPauseMs, intervalMs * 2 ** consecutiveErrors));
      else if (!again && !signalled) await pause(intervalMs);
    }
  })();

  return {
    async stop() {
      stopped = true;
      unsubscribe?.();
      wakeUp?.();
      await loop;
    },
    wake,
  };
}

/** For tests and tools: drains until nothing is due (bounded), returning the totals. */
export async function drainAll(orm: MikroORM, search: Search, options: DrainOptions & { maxRounds?: number } = {}): Promise<DrainResult> {
  const total: DrainResult = { applied: 0, failed: 0, skipped: 0, documents: 0 };
  for (let round = 0; round < (options.maxRounds ?? 1000); round++) {
    const result = await drainOutbox(orm, search, options);
    total.applied += result.applied;
    total.failed += result.failed;
    total.skipped += result.skipped;
    total.documents += result.documents;
    if (result.applied + result.failed + result.skipped === 0) return total;
    if (result.applied + result.failed === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return total;
}

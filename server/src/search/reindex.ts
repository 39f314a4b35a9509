import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { documentPage, ENTITY_OF, ENTITY_TYPES, indexDocument } from './document-source';
import { applyIndexSettings, INDEX_NAMES } from './index-admin';
import { INDEX_SETTINGS, type IndexName } from './indexes';
import { settle, type Search } from './meili';
import { REINDEX_LOCK } from './outbox-worker';
import type { SearchEntityType } from './search-outbox.entity';

const TABLE_OF: Record<SearchEntityType, string> = { challenge: 'challenge', capability: 'capability' };

/** The uid an index is rebuilt under before it is swapped with the live one. */
export const rebuildUid = (search: Search, name: IndexName) => `${search.indexUid(name)}_rebuild`;

export interface ReindexOptions {
  /** The indexes to rebuild; all by default. */
  indexes?: IndexName[];
  /** Documents per Meilisearch request (and rows per PostgreSQL page). */
  batchSize?: number;
  logger?: Logger;
}

/**
 * Rebuilds indexes from PostgreSQL with zero downtime: each is built under `<uid>_rebuild` with the settings of
 * INDEX_SETTINGS, filled page by page, swapped with the live index in one Meilisearch task (searches go on
 * against the old one until then), and the old one is deleted. The indexes of one entity type (a capability's
 * search and matching indexes) are filled from the same PostgreSQL pages and swapped together. Returns the
 * documents indexed per index.
 *
 * Holds the reindex lock exclusively (waiting for drains in progress to finish): no worker drains into an index
 * that is about to be replaced. A change committed during the rebuild keeps its outbox row, which the workers
 * apply to the new index after the swap, so nothing written meanwhile is lost (entities already read are
 * merely sent twice).
 */
export async function reindexAll(
  orm: MikroORM,
  search: Search,
  onProgress?: (done: number, total: number, index: IndexName) => void,
  { indexes = INDEX_NAMES, batchSize = 5000, logger }: ReindexOptions = {},
): Promise<Record<IndexName, number>> {
  const counts = {} as Record<IndexName, number>;
  await orm.em.fork().transactional(async (tx) => {
    const sql = <T = any>(query: string, params: unknown[] = []): Promise<T[]> =>
      tx.getConnection().execute(query, params, 'all', tx.getTransactionContext());
    await sql(`select pg_advisory_xact_lock(?, ?)`, [...REINDEX_LOCK]);

    for (const type of ENTITY_TYPES) {
      const names = INDEX_NAMES.filter((name) => ENTITY_OF[name] === type && indexes.includes(name));
      if (!names.length) continue;
      const started = Date.now();
      for (const name of names) {
        const temp = rebuildUid(search, name);
        // A rebuild cut short (crash, Ctrl-C) leaves its index behind: start from scratch.
        await search.client.deleteIndex(temp).waitTask({ timeout: 60_000 });
        await settle(search.client.createIndex(temp, { primaryKey: 'id' }));
        await settle(search.client.index(temp).updateSettings(INDEX_SETTINGS[name]));
      }

      const [{ total }] = await sql<{ total: number }>(`select count(*)::int as total from "${TABLE_OF[type]}"`);
      let done = 0;
      for (const name of names) onProgress?.(done, total, name);
      // Each page is enqueued as soon as it is read (awaiting only its upload), and the tasks are awaited
      // afterwards: Meilisearch batches enqueued additions together, and a few large batches index far faster
      // than many small ones (at 100k: pages of 1,000 with 4 in flight took 116 s; README, "Speed").
      const enqueued: Array<{ pending: Array<ReturnType<ReturnType<typeof search.client.index>['addDocuments']>>; count: number }> = [];
      let afterId: string | null = null;
      for (;;) {
        const documents = await documentPage(tx, type, afterId, batchSize);
        if (!documents.length) break;
        afterId = documents[documents.length - 1].id;
        const pending = names.map((name) =>
          search.client.index(rebuildUid(search, name)).addDocuments(
            documents.map((document) => indexDocument(name, document)),
            { primaryKey: 'id' },
          ),
        );
        await Promise.all(pending);
        enqueued.push({ pending, count: documents.length });
      }
      for (const { pending, count } of enqueued) {
        for (const task of pending) await settle(task, 30 * 60_000);
        done += count;
        for (const name of names) onProgress?.(done, Math.max(total, done), name);
      }

      for (const name of names) {
        const live = search.indexUid(name);
        if (!(await search.client.getIndex(live).catch(() => null))) await settle(search.client.createIndex(live, { primaryKey: 'id' }));
      }
      await settle(search.client.swapIndexes(names.map((name) => ({ indexes: [search.indexUid(name), rebuildUid(search, name)] as [string, string], rename: false }))));
      for (const name of names) {
        await settle(search.client.deleteIndex(rebuildUid(search, name)));
        counts[name] = done;
        logger?.info({ index: search.indexUid(name), documents: done, ms: Date.now() - started }, 'search index rebuilt');
      }
    }
  });
  return counts;
}

/**
 * At start-up: creates the indexes and applies their settings, then rebuilds every index that is empty while
 * PostgreSQL has rows for it (a first start, a new Meilisearch, a lost volume). Returns the indexes rebuilt.
 */
export async function prepareSearchIndexes(orm: MikroORM, search: Search, logger?: Logger): Promise<IndexName[]> {
  await applyIndexSettings(search);
  const empty: IndexName[] = [];
  for (const name of INDEX_NAMES) {
    const { numberOfDocuments } = await search.client.index(search.indexUid(name)).getStats();
    if (numberOfDocuments > 0) continue;
    const [{ any }] = await orm.em.getConnection().execute(`select exists (select 1 from "${TABLE_OF[ENTITY_OF[name]]}") as any`);
    if (any) empty.push(name);
  }
  if (empty.length) {
    logger?.info({ indexes: empty }, 'search indexes empty while PostgreSQL has rows: rebuilding them');
    await reindexAll(orm, search, undefined, { indexes: empty, logger });
  }
  return empty;
}

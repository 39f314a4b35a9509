import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { warmCorpusStats } from '../modules/search/matching.service';
import type { Search } from './meili';
import { startOutboxWorker, type OutboxWorker } from './outbox-worker';
import { prepareSearchIndexes } from './reindex';

export interface SearchStartup {
  /** Settles once the first attempt is over, whether it succeeded or not. */
  firstAttempt: Promise<void>;
  /** Settles when the indexes are prepared and the outbox worker runs (never, if stopped before). */
  ready: Promise<void>;
  isReady(): boolean;
  stop(): Promise<void>;
}

/**
 * Gets search going without holding up the rest of the server: index settings and the rebuild of empty indexes
 * (prepareSearchIndexes), then the IDF statistics and the outbox worker. While Meilisearch does not answer (an
 * external one restarting, a wrong URL) it retries with backoff, from `firstDelayMs` doubling to `maxDelayMs`;
 * meanwhile everything but search works, searches answer SERVICE_UNAVAILABLE, and changes wait in the outbox.
 *
 * The outbox worker starts only after the indexes are prepared: sending documents first would let Meilisearch
 * create the indexes without their settings, and the rebuild of empty indexes would then skip them.
 */
export function startSearch(
  orm: MikroORM,
  search: Search,
  logger: Logger,
  { firstDelayMs = 1000, maxDelayMs = 30_000 }: { firstDelayMs?: number; maxDelayMs?: number } = {},
): SearchStartup {
  let stopped = false;
  let worker: OutboxWorker | null = null;
  let wake: (() => void) | null = null;
  let markFirstAttempt!: () => void;
  const firstAttempt = new Promise<void>((resolve) => (markFirstAttempt = resolve));

  const ready = (async () => {
    for (let attempt = 0, delay = firstDelayMs; ; attempt++, delay = Math.min(maxDelayMs, delay * 2)) {
      try {
        await prepareSearchIndexes(orm, search, logger);
        break;
      } catch (error) {
        logger.warn({ err: error, attempt: attempt + 1, retryInMs: delay }, 'search indexes not prepared (is Meilisearch up?); searches are unavailable until they are');
      } finally {
        if (attempt === 0) markFirstAttempt();
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        timer.unref();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      if (stopped) return new Promise<void>(() => undefined);
    }
    if (stopped) return new Promise<void>(() => undefined);
    // Not awaited: matching waits for the statistics only if asked within the first seconds.
    warmCorpusStats(orm.em, search).catch((error) => logger.warn({ err: error }, 'IDF statistics not computed at start-up'));
    worker = startOutboxWorker(orm, search, logger);
    logger.info('search ready: indexes prepared, outbox worker running');
  })();

  return {
    firstAttempt,
    ready,
    isReady: () => worker !== null,
    async stop() {
      stopped = true;
      wake?.();
      await worker?.stop();
    },
  };
}

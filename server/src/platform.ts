import type { Server } from 'node:http';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { initOrm, migrate } from './db/orm';
import { createApp } from './http/app';
import { persistentDevSecret } from './infra/dev-secrets';
import { startEmbeddedMeilisearch } from './infra/embedded-meilisearch';
import { startEmbeddedPostgres } from './infra/embedded-postgres';
import { Search } from './search/meili';
import { startSearch } from './search/search-startup';
import { startChallengeScheduler } from './modules/challenge/challenge-scheduler';
import { loadDemoDataIfEmpty } from '../../seeds/demo.seeder';

export interface Platform {
  url: string;
  config: Config;
  orm: MikroORM;
  search: Search;
  /** What was started embedded, for the start-up banner. */
  embedded: { postgres?: string; meilisearch?: string };
  demoDataLoaded: boolean;
  stop(): Promise<void>;
}

/**
 * Starts everything `npm start` runs: embedded PostgreSQL and Meilisearch unless URLs are configured,
 * migrations, demo data on an empty database, and the HTTP server. On failure, stops what it started.
 */
export async function startPlatform(config: Config, logger: Logger): Promise<Platform> {
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse().splice(0)) {
      await stop().catch((error) => logger.error({ err: error }, 'error while stopping'));
    }
  };

  try {
    const embedded: Platform['embedded'] = {};
    if (!config.jwt.secret) config.jwt.secret = persistentDevSecret(config.dataDir, 'jwt-secret');

    let databaseUrl = config.database.url;
    if (!databaseUrl) {
      logger.info('DATABASE_URL is not set: starting embedded PostgreSQL');
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, 'postgres'),
        port: config.database.embeddedPort,
        database: 'jiebang',
        log: (line) => logger.debug({ service: 'postgres' }, line),
      });
      stops.push(() => postgres.stop());
      databaseUrl = embedded.postgres = postgres.url;
    }

    let meiliUrl = config.meili.url;
    let meiliKey = config.meili.masterKey;
    if (!meiliUrl) {
      logger.info('MEILI_URL is not set: starting the bundled Meilisearch');
      const meili = await startEmbeddedMeilisearch({
        dataDir: path.join(config.dataDir, 'meilisearch'),
        port: config.meili.embeddedPort,
        log: (line) => logger.debug({ service: 'meilisearch' }, line),
      });
      stops.push(() => meili.stop());
      meiliUrl = embedded.meilisearch = meili.url;
      meiliKey = meili.masterKey;
    }

    const orm = await initOrm({ databaseUrl, logger });
    stops.push(() => orm.close());
    const applied = await migrate(orm);
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');

    const demoDataLoaded = config.seedDemoData && (await loadDemoDataIfEmpty(orm));
    if (demoDataLoaded) logger.info('loaded demo data');

    stops.push(startChallengeScheduler(orm, logger));

    const search = new Search({ url: meiliUrl, masterKey: meiliKey, indexPrefix: config.meili.indexPrefix });
    // Index settings are code; an empty index while PostgreSQL has rows (first start) is rebuilt from PostgreSQL.
    // Then the outbox worker. A Meilisearch that does not answer yet does not keep the server from starting:
    // search-startup.ts retries in the background.
    const searchStartup = startSearch(orm, search, logger);
    stops.push(() => searchStartup.stop());
    await searchStartup.firstAttempt;
    const { app, apollo } = await createApp({ config, orm, search, logger, searchReady: searchStartup.isReady });
    stops.push(() => apollo.stop());

    const server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.port, config.host, () => resolve(listening));
      listening.once('error', reject);
    });
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }),
    );

    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return { url: `http://${host}:${port}`, config, orm, search, embedded, demoDataLoaded, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

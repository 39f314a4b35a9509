import 'reflect-metadata';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../../server/src/config';
import { initOrm, migrate } from '../../server/src/db/orm';
import { createApp } from '../../server/src/http/app';
import { startEmbeddedMeilisearch } from '../../server/src/infra/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../server/src/infra/embedded-postgres';
import { createLogger } from '../../server/src/logger';
import { applyIndexSettings, deleteIndexes } from '../../server/src/search/index-admin';
import { Search } from '../../server/src/search/meili';

export interface BenchEnvironment {
  config: Config;
  orm: MikroORM;
  search: Search;
  /** The full HTTP app on a random port, for measurements through GraphQL. */
  url: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: unknown[] }>;
  stop(): Promise<void>;
}

/**
 * A throw-away platform for a benchmark: a fresh database (on DATABASE_URL's server, or an embedded PostgreSQL
 * in a temporary directory), Meilisearch (MEILI_URL, or the bundled binary) with a fresh index prefix, migrations
 * and index settings applied, and the HTTP app listening. Nothing of it survives `stop()`.
 */
export async function startBenchEnvironment(): Promise<BenchEnvironment> {
  const stops: Array<() => Promise<void>> = [];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiebang-bench-'));
  fs.chmodSync(scratch, 0o755); // embedded PostgreSQL runs as the postgres user when we are root
  stops.push(async () => fs.rmSync(scratch, { recursive: true, force: true }));
  const stopAll = async () => {
    for (const stop of stops.reverse().splice(0)) await stop().catch((error) => console.error(error));
  };
  try {
    const database = `jiebang_bench_${Date.now().toString(36)}`;
    let databaseUrl: string;
    if (process.env.DATABASE_URL) {
      const admin = new URL(process.env.DATABASE_URL);
      admin.pathname = '/postgres';
      const client = new Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`create database "${database}"`);
      await client.end();
      stops.push(async () => {
        const cleanup = new Client({ connectionString: admin.toString() });
        await cleanup.connect();
        await cleanup.query(`drop database if exists "${database}" with (force)`);
        await cleanup.end();
      });
      const url = new URL(process.env.DATABASE_URL);
      url.pathname = `/${database}`;
      databaseUrl = url.toString();
    } else {
      const postgres = await startEmbeddedPostgres({ dataDir: path.join(scratch, 'postgres'), database });
      stops.push(() => postgres.stop());
      databaseUrl = postgres.url;
    }

    let meiliUrl = process.env.MEILI_URL;
    let meiliKey = process.env.MEILI_MASTER_KEY;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({ dataDir: path.join(scratch, 'meilisearch') });
      stops.push(() => meili.stop());
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
    }

    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
      DATABASE_URL: databaseUrl,
      MEILI_URL: meiliUrl,
      MEILI_MASTER_KEY: meiliKey,
      MEILI_INDEX_PREFIX: `${database}_`,
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
      // Benchmarks sign in many times from one address.
      LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
    });
    const logger = createLogger(config.logLevel);
    const orm = await initOrm({ databaseUrl, logger, poolMax: 20 });
    stops.push(() => orm.close());
    await migrate(orm);
    const search = new Search({ url: meiliUrl, masterKey: meiliKey, indexPrefix: config.meili.indexPrefix });
    await applyIndexSettings(search);
    stops.push(() => deleteIndexes(search));

    const { app, apollo } = await createApp({ config, orm, search, logger });
    stops.push(() => apollo.stop());
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    return { config, orm, search, url, gql, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

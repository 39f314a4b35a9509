import type { Server } from 'node:http';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../../server/src/config';
import { initOrm, migrate } from '../../server/src/db/orm';
import { createApp } from '../../server/src/http/app';
import { createLogger } from '../../server/src/logger';
import { Search, settle } from '../../server/src/search/meili';
import { AccountsSeeder, DemoSeeder } from '../../seeds/demo.seeder';
import { DEMO_PASSWORD } from '../../seeds/demo-data';
import { adminUrl, databaseUrl, templateDatabase } from './databases';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestPlatform {
  url: string;
  config: Config;
  orm: MikroORM;
  search: Search;
  /** SQL statements run since the last reset (all connections of this file's ORM). */
  sql: { statements: string[]; reset(): void };
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  /** Row count of a table, to prove that a refused mutation wrote nothing. */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

let fileCounter = 0;

/**
 * The demo data takes seconds to load through the services: it is loaded once per test run into a template
 * (cloned from the migrated one) that `seed: 'demo'` files clone in a fraction of a second.
 */
async function ensureDemoTemplateDatabase(admin: Client): Promise<string> {
  const template = `${templateDatabase()}_demo`;
  await admin.query(`select pg_advisory_lock(hashtext($1))`, [template]);
  try {
    const { rowCount } = await admin.query(`select 1 from pg_database where datname = $1`, [template]);
    if (rowCount) return template;
    await admin.query(`create database "${template}" template "${templateDatabase()}"`);
    try {
      const orm = await initOrm({ databaseUrl: databaseUrl(template) });
      try {
        await orm.getSeeder().seed(DemoSeeder);
      } finally {
        await orm.close();
      }
    } catch (error) {
      await admin.query(`drop database if exists "${template}" with (force)`);
      throw error;
    }
    return template;
  } finally {
    await admin.query(`select pg_advisory_unlock(hashtext($1))`, [template]);
  }
}

/**
 * Creates the migrated template database once per test run; concurrent test files wait on an advisory
 * lock instead of racing to create it.
 */
async function ensureTemplateDatabase(admin: Client): Promise<void> {
  const template = templateDatabase();
  await admin.query(`select pg_advisory_lock(hashtext($1))`, [template]);
  try {
    const { rowCount } = await admin.query(`select 1 from pg_database where datname = $1`, [template]);
    if (rowCount) return;
    await admin.query(`create database "${template}"`);
    const orm = await initOrm({ databaseUrl: databaseUrl(template) });
    await migrate(orm);
    await orm.close();
  } finally {
    await admin.query(`select pg_advisory_unlock(hashtext($1))`, [template]);
  }
}

/**
 * A real server for one test file: its own database cloned from the migrated template, its own Meilisearch
 * index prefix, the full HTTP app listening on a random port. Seeds the demo accounts by default, the whole demo
 * with `seed: 'demo'`, nothing with `seed: false`.
 */
export async function startTestPlatform(
  options: { seed?: 'accounts' | 'demo' | false; env?: Record<string, string> } = {},
): Promise<TestPlatform> {
  const name = `jiebang_test_${process.env.TEST_RUN_ID}_${process.env.JEST_WORKER_ID}_${process.pid}_${++fileCounter}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await ensureTemplateDatabase(admin);
  const seed = options.seed ?? 'accounts';
  const source = seed === 'demo' ? await ensureDemoTemplateDatabase(admin) : templateDatabase();
  await admin.query(`create database "${name}" template "${source}"`);
  await admin.end();

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl(name),
    MEILI_URL: process.env.MEILI_URL,
    MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY,
    MEILI_INDEX_PREFIX: `${name}_`,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    ...options.env,
  });
  const logger = createLogger(config.logLevel);
  const statements: string[] = [];
  const orm = await initOrm({ databaseUrl: config.database.url!, logger, onQuery: (sql) => statements.push(sql) });
  if (seed === 'accounts') await orm.getSeeder().seed(AccountsSeeder);
  const search = new Search({ url: config.meili.url!, masterKey: config.meili.masterKey, indexPrefix: config.meili.indexPrefix });
  const { app, apollo } = await createApp({ config, orm, search, logger });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status };
  };

  return {
    url,
    config,
    orm,
    search,
    sql: { statements, reset: () => void statements.splice(0) },
    gql,
    async login(email, password = DEMO_PASSWORD) {
      const result = await gql<any>(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password } });
      if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async count(table) {
      const rows = await orm.em.getConnection().execute(`select count(*)::int as n from "${table}"`);
      return rows[0].n;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      await orm.close();
      // A worker runs files one after another with the same name (the counter restarts per file): a file must not
      // find the previous file's documents (an outbox drain, a browser test's new challenge) in "its" indexes.
      // (A file may run its platform against an unreachable Meilisearch on purpose: nothing to delete then.)
      const { results } = await search.client.getIndexes({ limit: 1000 }).catch(() => ({ results: [] as Array<{ uid: string }> }));
      await Promise.all(results.filter((index) => index.uid.startsWith(config.meili.indexPrefix)).map((index) => settle(search.client.deleteIndex(index.uid))));
      const cleanup = new Client({ connectionString: adminUrl() });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}

/** The first error's code, for compact assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

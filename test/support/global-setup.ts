import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedMeilisearch } from '../../server/src/infra/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../server/src/infra/embedded-postgres';

/**
 * Runs once before all test files: uses DATABASE_URL / MEILI_URL when set, otherwise starts embedded
 * PostgreSQL and Meilisearch in a temporary directory. The migrated template database is made by the first
 * test file that needs it (harness.ts): loading MikroORM here, in jest's parent process, would clash with
 * the copy loaded inside a test when jest runs a single file in-band.
 */
export default async function globalSetup(): Promise<void> {
  const stops: Array<() => Promise<void>> = [];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiebang-test-'));
  // Postgres runs as the "postgres" OS user when we are root: it must be able to enter the folder.
  fs.chmodSync(scratch, 0o755);

  if (!process.env.DATABASE_URL) {
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(scratch, 'postgres'), database: 'postgres' });
    stops.push(() => postgres.stop());
    process.env.DATABASE_URL = postgres.url;
  }
  if (!process.env.MEILI_URL) {
    const meili = await startEmbeddedMeilisearch({ dataDir: path.join(scratch, 'meilisearch') });
    stops.push(() => meili.stop());
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
  }

  // A run id keeps parallel runs on a shared server (e.g. CI and a developer) out of each other's way.
  process.env.TEST_RUN_ID = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  (globalThis as Record<string, unknown>).__JIEBANG_TEST__ = { stops, scratch };
}

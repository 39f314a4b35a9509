import fs from 'node:fs';
import { Client } from 'pg';
import { adminUrl } from './databases';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__JIEBANG_TEST__ as
    | { stops: Array<() => Promise<void>>; scratch: string; template: string }
    | undefined;
  if (!state) return;
  // Databases of this run only; an embedded server is thrown away whole anyway.
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
    `jiebang_test_${process.env.TEST_RUN_ID}%`,
  ]);
  for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  await admin.end();
  for (const stop of state.stops.reverse()) await stop();
  fs.rmSync(state.scratch, { recursive: true, force: true });
}

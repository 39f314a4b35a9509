/**
 * Loads the demo data into the database: `npm run seed`. Idempotent: a database that already has accounts is
 * left alone. Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (stop `npm start` first: one
 * PostgreSQL per data directory).
 */
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { initOrm, migrate } from '../server/src/db/orm';
import { startEmbeddedPostgres } from '../server/src/infra/embedded-postgres';
import { loadDemoDataIfEmpty } from '../seeds/demo.seeder';

async function main() {
  const config = loadConfig();
  const embedded = config.database.url
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), port: config.database.embeddedPort, database: 'jiebang' });
  const orm = await initOrm({ databaseUrl: config.database.url ?? embedded!.url });
  try {
    await migrate(orm);
    const started = Date.now();
    if (await loadDemoDataIfEmpty(orm)) console.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    else console.log('The database already has accounts: demo data not loaded again (nothing changed).');
  } finally {
    await orm.close();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

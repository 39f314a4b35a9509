/**
 * Rebuilds the search indexes from PostgreSQL with zero downtime: `npm run reindex`. Uses DATABASE_URL and
 * MEILI_URL / MEILI_MASTER_KEY, or the embedded services under DATA_DIR (stop `npm start` first: one PostgreSQL
 * and one Meilisearch per data directory). Safe while servers run against the same services: their outbox
 * workers pause for the rebuild and apply what changed meanwhile after the swap.
 */
import 'reflect-metadata';
import path from 'node:path';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { loadConfig } from '../server/src/config';
import { initOrm } from '../server/src/db/orm';
import { startEmbeddedMeilisearch } from '../server/src/infra/embedded-meilisearch';
import { startEmbeddedPostgres } from '../server/src/infra/embedded-postgres';
import { applyIndexSettings } from '../server/src/search/index-admin';
import { Search } from '../server/src/search/meili';
import { reindexAll } from '../server/src/search/reindex';

async function main() {
  const config = loadConfig();
  const stops: Array<() => Promise<void>> = [];
  try {
    let databaseUrl = config.database.url;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), port: config.database.embeddedPort, database: 'jiebang' });
      stops.unshift(() => postgres.stop());
      databaseUrl = postgres.url;
    }
    let meiliUrl = config.meili.url;
    let meiliKey = config.meili.masterKey;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({ dataDir: path.join(config.dataDir, 'meilisearch'), port: config.meili.embeddedPort });
      stops.unshift(() => meili.stop());
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
    }
    const orm = await initOrm({ databaseUrl });
    stops.unshift(() => orm.close());
    const pending = await orm.getMigrator().getPendingMigrations();
    if (pending.length) {
      throw new Error(`The database has ${pending.length} migration(s) to apply: start the server once (npm start) first.`);
    }

    const search = new Search({ url: meiliUrl, masterKey: meiliKey, indexPrefix: config.meili.indexPrefix });
    if (!(await search.isHealthy())) throw new Error(`Meilisearch does not answer at ${meiliUrl}.`);
    await applyIndexSettings(search);

    const bars = new MultiBar(
      {
        format: ' {index} |{bar}| {percentage}% | {value}/{total} documents | {duration_formatted}',
        hideCursor: true,
        clearOnComplete: false,
        // Piped or in CI: still print the bars, a line per second, instead of nothing.
        noTTYOutput: true,
        notTTYSchedule: 1000,
      },
      Presets.shades_classic,
    );
    const barOf = new Map<string, SingleBar>();
    const started = Date.now();
    let counts: Record<string, number>;
    try {
      counts = await reindexAll(orm, search, (done, total, index) => {
        const label = index.padEnd(12);
        let bar = barOf.get(index);
        if (!bar) barOf.set(index, (bar = bars.create(total, done, { index: label })));
        bar.setTotal(total);
        bar.update(done, { index: label });
        if (done >= total) bar.stop(); // its duration stops too
      });
    } finally {
      bars.stop();
    }
    const summary = Object.entries(counts).map(([index, n]) => `${index} ${n}`).join(', ');
    console.log(`Reindexed ${summary} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    for (const stop of stops) await stop().catch((error) => console.error(error));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

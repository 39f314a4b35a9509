import type { MikroORM } from '@mikro-orm/postgresql';
import type { Search } from '../search/meili';

export interface Readiness {
  ready: boolean;
  checks: { postgres: string; migrations: string; meilisearch: string; searchIndexes: string };
}

/** Ready = PostgreSQL answers, every migration is applied, Meilisearch is available and its indexes prepared. */
export async function checkReadiness(orm: MikroORM, search: Search, searchReady: () => boolean = () => true): Promise<Readiness> {
  const checks = { postgres: 'ok', migrations: 'ok', meilisearch: 'ok', searchIndexes: searchReady() ? 'ok' : 'preparing' };
  try {
    await orm.em.getConnection().execute('select 1');
    const pending = await orm.getMigrator().getPendingMigrations();
    if (pending.length) checks.migrations = `${pending.length} pending`;
  } catch (error) {
    checks.postgres = `unreachable: ${(error as Error).message}`;
    checks.migrations = 'unknown';
  }
  if (!(await search.isHealthy())) checks.meilisearch = 'unreachable';
  return { ready: Object.values(checks).every((c) => c === 'ok'), checks };
}

import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import type { Logger } from 'pino';
import { entities } from './entities';
import { SearchOutboxSubscriber } from '../search/search-outbox.subscriber';
import { syncFieldTaxonomy } from '../modules/field/tech-field.sync';
import { migrationsList } from './migrations';
import { MIGRATIONS_SOURCE_DIR } from '../paths';

export interface OrmOptions {
  databaseUrl: string;
  logger?: Logger;
  /** Called with every SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

/** MikroORM configuration shared by the server, scripts and tests. */
export function ormConfig({ databaseUrl, logger, onQuery, poolMax }: OrmOptions): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    // Metadata comes from decorators + emitted type metadata; no folder scanning, so dist and ts behave alike.
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: poolMax ?? 10 },
    forceUtcTimezone: true,
    extensions: [Migrator, SeedManager],
    subscribers: [new SearchOutboxSubscriber()],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList,
      // Only the create-migration script writes files; it writes TypeScript next to the others.
      path: MIGRATIONS_SOURCE_DIR,
      pathTs: MIGRATIONS_SOURCE_DIR,
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    debug: onQuery ? ['query'] : false,
    loggerFactory: (options) => ({
      log: (namespace, message) => {
        if (namespace === 'query' && onQuery) onQuery(message);
        else if (namespace !== 'query') logger?.debug({ namespace }, message);
      },
      error: (namespace, message) => logger?.error({ namespace }, message),
      warn: (namespace, message) => logger?.warn({ namespace }, message),
      logQuery: (context) => {
        if (onQuery && context.query) onQuery(context.query);
      },
      setDebugMode: () => undefined,
      isEnabled: (namespace) => namespace === 'query' ? Boolean(onQuery) : Boolean(options.debugMode),
    }),
  });
}

export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies pending migrations and syncs reference data kept in code; returns the migrations applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  await syncFieldTaxonomy(orm.em.fork());
  return applied.map((m) => m.name);
}

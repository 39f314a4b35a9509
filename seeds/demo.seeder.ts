import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { EntityManager as PgEntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { User } from '../server/src/modules/user/user.entity';
import { seedAllAccounts, seedDemoAccounts } from './seed-accounts';
import { seedCapabilities } from './seed-capabilities';
import { seedChallenges } from './seed-challenges';
import { seedContracts } from './seed-contracts';
import { seedDeals } from './seed-deals';

/** The README's demo accounts, one per role, and their organizations: the starting point of most tests. */
export class AccountsSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await seedDemoAccounts(em);
  }
}

/**
 * The whole demo: ~30 organizations, experts, 160+ capabilities and 60+ challenges in every state with bids,
 * scores and outcomes. One transaction: a failure leaves the database as it was.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await em.transactional(async (tx) => {
      const accounts = await seedAllAccounts(tx);
      await seedCapabilities(tx, accounts);
      await seedChallenges(tx as PgEntityManager, accounts);
      await seedContracts(tx as PgEntityManager, accounts);
      await seedDeals(tx as PgEntityManager, accounts);
    });
  }
}

/** True when the database holds no account yet, i.e. demo data may be loaded without clobbering anything. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(User, {})) === 0;
}

/** Loads the demo into an empty database; leaves any other alone. Returns whether it loaded. Idempotent. */
export async function loadDemoDataIfEmpty(orm: MikroORM): Promise<boolean> {
  if (!(await isDatabaseEmpty(orm.em.fork()))) return false;
  await orm.getSeeder().seed(DemoSeeder);
  return true;
}

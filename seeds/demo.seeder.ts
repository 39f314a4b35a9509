import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { hashPassword } from '../server/src/modules/auth/password';
import { Membership, MembershipRole } from '../server/src/modules/organization/membership.entity';
import { Organization } from '../server/src/modules/organization/organization.entity';
import { User } from '../server/src/modules/user/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

/** Demo organizations and accounts, one per role. Used by `npm start` on an empty database and by tests. */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const organizations = new Map(
      DEMO_ORGANIZATIONS.map(({ key, ...data }) => [key, em.create(Organization, data)] as const),
    );
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of DEMO_USERS) {
      const user = em.create(User, {
        email: demo.email,
        displayName: demo.displayName,
        passwordHash,
        isExpert: demo.isExpert ?? false,
        isBroker: demo.isBroker ?? false,
      });
      const organization = demo.organizationKey ? organizations.get(demo.organizationKey) : undefined;
      if (organization) em.create(Membership, { user, organization, role: MembershipRole.ADMIN });
    }
    await em.flush();
  }
}

/** True when the database holds no account yet, i.e. demo data may be loaded without clobbering anything. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(User, {})) === 0;
}

import type { EntityManager } from '@mikro-orm/core';
import { hashPassword } from '../server/src/modules/auth/password';
import { Membership, MembershipRole } from '../server/src/modules/organization/membership.entity';
import { Organization, OrganizationKind } from '../server/src/modules/organization/organization.entity';
import { User } from '../server/src/modules/user/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { SEED_ORGANIZATIONS } from './data/organizations';

/** Reviewers besides expert@jiebang.demo, so that challenges can have panels without conflicts of interest. */
export const SEED_EXPERTS = [
  { email: 'expert2@jiebang.demo', displayName: '吴教授' },
  { email: 'expert3@jiebang.demo', displayName: '郑研究员' },
  { email: 'expert4@jiebang.demo', displayName: '冯高工' },
  { email: 'expert5@jiebang.demo', displayName: '褚教授' },
];

export interface SeededAccounts {
  organizationIds: Map<string, string>;
  /** The admin account of each organization, by organization key. */
  adminOfOrganization: Map<string, string>;
  userIdByEmail: Map<string, string>;
  expertIds: string[];
  bureauUserId: string;
}

/** The demo accounts of the README (one per role) and their organizations; what tests start from. */
export async function seedDemoAccounts(em: EntityManager, passwordHash?: string): Promise<SeededAccounts> {
  const hash = passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const organizationIds = new Map<string, string>();
  const adminOfOrganization = new Map<string, string>();
  const userIdByEmail = new Map<string, string>();
  for (const { key, ...data } of DEMO_ORGANIZATIONS) organizationIds.set(key, em.create(Organization, data).id);
  for (const demo of DEMO_USERS) {
    const user = em.create(User, {
      email: demo.email,
      displayName: demo.displayName,
      passwordHash: hash,
      isExpert: demo.isExpert ?? false,
      isBroker: demo.isBroker ?? false,
    });
    userIdByEmail.set(user.email, user.id);
    if (demo.organizationKey) {
      em.create(Membership, { user, organization: organizationIds.get(demo.organizationKey)!, role: MembershipRole.ADMIN });
      adminOfOrganization.set(demo.organizationKey, user.id);
    }
  }
  await em.flush();
  const expertIds = DEMO_USERS.filter((u) => u.isExpert).map((u) => userIdByEmail.get(u.email)!);
  return { organizationIds, adminOfOrganization, userIdByEmail, expertIds, bureauUserId: userIdByEmail.get('bureau@jiebang.demo')! };
}

/** The demo accounts plus about 25 more organizations along the city's industry chains and more experts. */
export async function seedAllAccounts(em: EntityManager): Promise<SeededAccounts> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const accounts = await seedDemoAccounts(em, hash);
  for (const seed of SEED_ORGANIZATIONS) {
    const organization = em.create(Organization, {
      kind: seed.kind as OrganizationKind,
      name: seed.name,
      creditCode: seed.creditCode,
      regionCode: seed.regionCode,
      tags: seed.tags,
      description: seed.description,
    });
    const admin = em.create(User, { email: seed.memberEmail, displayName: seed.memberName, passwordHash: hash });
    em.create(Membership, { user: admin, organization, role: MembershipRole.ADMIN });
    accounts.organizationIds.set(seed.key, organization.id);
    accounts.adminOfOrganization.set(seed.key, admin.id);
    accounts.userIdByEmail.set(admin.email, admin.id);
  }
  for (const expert of SEED_EXPERTS) {
    const user = em.create(User, { ...expert, passwordHash: hash, isExpert: true });
    accounts.userIdByEmail.set(user.email, user.id);
    accounts.expertIds.push(user.id);
  }
  await em.flush();
  return accounts;
}

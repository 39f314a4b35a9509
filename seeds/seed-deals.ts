import type { EntityManager } from '@mikro-orm/postgresql';
import { Viewer } from '../server/src/modules/auth/viewer';
import { hashPassword } from '../server/src/modules/auth/password';
import { BrokerProfileService } from '../server/src/modules/broker/broker-profile.service';
import { DealActivity, DealActivityKind } from '../server/src/modules/broker/deal-activity.entity';
import { DealStage } from '../server/src/modules/broker/deal-stage';
import { Deal } from '../server/src/modules/broker/deal.entity';
import { DealService } from '../server/src/modules/broker/deal.service';
import { Capability } from '../server/src/modules/capability/capability.entity';
import { CapabilityVisibility } from '../server/src/modules/capability/capability.types';
import { Challenge } from '../server/src/modules/challenge/challenge.entity';
import { PUBLIC_STATUSES } from '../server/src/modules/challenge/challenge-status';
import { addDays, cityToday } from '../server/src/modules/contract/contract-dates';
import { TechContract } from '../server/src/modules/contract/contract.entity';
import { Membership, MembershipRole } from '../server/src/modules/organization/membership.entity';
import { User } from '../server/src/modules/user/user.entity';
import { SEED_CONTRACTS } from './data/contracts';
import { SEED_BROKERS, SEED_DEALS, type SeedDeal } from './data/deals';
import { DEMO_PASSWORD } from './demo-data';
import type { SeededAccounts } from './seed-accounts';

const DAY_MS = 86_400_000;
/** An instant `days` before now, at a plausible working hour. */
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

/**
 * Certified brokers and their deals over the demo year, through the services the API uses (profiles, deals, moves,
 * contract links, activities); then the dates are set back to when each step happened, since services stamp "now".
 * Runs after the contracts seed: signed deals link the demo contracts that credit broker@jiebang.demo.
 */
export async function seedDeals(em: EntityManager, accounts: SeededAccounts): Promise<void> {
  const today = cityToday();
  const year = Number(today.slice(0, 4));
  const hash = await hashPassword(DEMO_PASSWORD);
  const profiles = new BrokerProfileService(em);
  const userIdByEmail = new Map(accounts.userIdByEmail);

  for (const broker of SEED_BROKERS) {
    const organizationId = accounts.organizationIds.get(broker.organizationKey)!;
    let userId = userIdByEmail.get(broker.email);
    if (!userId) {
      const user = em.create(User, { email: broker.email, displayName: broker.displayName!, passwordHash: hash });
      em.create(Membership, { user, organization: organizationId, role: MembershipRole.MEMBER });
      await em.flush();
      userId = user.id;
      userIdByEmail.set(broker.email, userId);
    }
    // Courses of early January would fall into last year on a demo loaded in January: clamp to this year.
    const certifiedOn = broker.certifiedLastYear
      ? `${year - 1}-${broker.certifiedLastYear}`
      : [addDays(today, -broker.certifiedDaysAgo!), `${year}-01-01`].sort().at(-1)!;
    await profiles.save({ userId, organizationId, certificateNumber: broker.certificateNumber.replace('THIS', String(year)).replace('LAST', String(year - 1)), fieldCodes: broker.fieldCodes, certifiedOn });
  }

  const contractByTitle = new Map(SEED_CONTRACTS.map((c) => [c.key, c.title]));
  const deals = new DealService(em);
  for (const seed of SEED_DEALS) {
    em.clear();
    const viewer = (await Viewer.load(em, userIdByEmail.get(seed.brokerEmail)!))!;
    await seedDeal(em, deals, viewer, seed, accounts, contractByTitle);
  }
}

async function seedDeal(em: EntityManager, deals: DealService, viewer: Viewer, seed: SeedDeal, accounts: SeededAccounts, contractTitles: Map<string, string>) {
  const buyerId = accounts.organizationIds.get(seed.buyerKey)!;
  const sellerId = accounts.organizationIds.get(seed.sellerKey)!;
  const challenge = seed.aboutChallenge
    ? await em.findOne(Challenge, { ownerOrganization: buyerId, status: { $in: PUBLIC_STATUSES } }, { orderBy: { createdAt: 'asc' } })
    : null;
  const capability = seed.aboutCapability
    ? await em.findOne(Capability, { organization: sellerId, visibility: CapabilityVisibility.PUBLIC }, { orderBy: { createdAt: 'asc' } })
    : null;
  const open = !seed.steps.some((s) => ['SIGNED', 'REGISTERED', 'LOST'].includes(s.stage));
  const deal = await deals.create(viewer, {
    title: seed.title,
    description: seed.description,
    buyerId,
    sellerId,
    challengeId: challenge?.id ?? null,
    capabilityId: capability?.id ?? null,
    expectedValue: seed.expectedValue ?? null,
    nextActionOn: open && seed.nextActionInDays != null ? addDays(cityToday(), seed.nextActionInDays) : null,
    nextAction: open ? (seed.nextAction ?? null) : null,
  });
  for (const activity of seed.activities) {
    await deals.addActivity(viewer, { dealId: deal.id, kind: activity.kind as DealActivityKind, body: activity.body, occurredAt: daysAgo(activity.daysAgo) });
  }
  let contractId: string | null = null;
  if (seed.contractKey) {
    const contract = await em.findOne(TechContract, { title: contractTitles.get(seed.contractKey)! });
    if (!contract) throw new Error(`seed deal ${seed.title}: no demo contract ${seed.contractKey}`);
    contractId = contract.id;
  }
  for (const step of seed.steps) {
    await deals.move(viewer, deal.id, step.stage as DealStage, step.reason ?? null, step.stage === 'SIGNED' ? contractId : null);
  }

  // Back to when things happened: the services stamped every step "now".
  const connection = em.getConnection();
  const last = seed.steps.at(-1);
  const signed = seed.steps.find((s) => s.stage === 'SIGNED');
  await em.nativeUpdate(Deal, { id: deal.id }, {
    createdAt: daysAgo(seed.openedDaysAgo),
    stageChangedAt: daysAgo(last?.daysAgo ?? seed.openedDaysAgo),
    wonAt: signed ? daysAgo(signed.daysAgo) : null,
  });
  await em.nativeUpdate(DealActivity, { deal: deal.id, kind: DealActivityKind.STAGE_CHANGE, toStage: DealStage.LEAD }, { occurredAt: daysAgo(seed.openedDaysAgo), createdAt: daysAgo(seed.openedDaysAgo) });
  for (const step of seed.steps) {
    await em.nativeUpdate(DealActivity, { deal: deal.id, kind: DealActivityKind.STAGE_CHANGE, toStage: step.stage as DealStage }, { occurredAt: daysAgo(step.daysAgo), createdAt: daysAgo(step.daysAgo) });
  }
  if (signed) {
    await em.nativeUpdate(DealActivity, { deal: deal.id, kind: DealActivityKind.CONTRACT_LINKED }, { occurredAt: daysAgo(signed.daysAgo), createdAt: daysAgo(signed.daysAgo) });
  }
  await connection.execute(`update deal_activity set created_at = occurred_at where deal_id = ? and kind not in ('STAGE_CHANGE', 'CONTRACT_LINKED')`, [deal.id]);
}

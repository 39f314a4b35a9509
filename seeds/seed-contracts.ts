import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Viewer } from '../server/src/modules/auth/viewer';
import { Challenge } from '../server/src/modules/challenge/challenge.entity';
import { ChallengeStatus } from '../server/src/modules/challenge/challenge-status';
import { ContractRegistrationService } from '../server/src/modules/contract/contract-registration.service';
import { ContractService } from '../server/src/modules/contract/contract.service';
import { addDays, addMonths, cityToday } from '../server/src/modules/contract/contract-dates';
import type { ContractData, ContractPartyData, HistoricalContractData } from '../server/src/modules/contract/contract-validation';
import type { IpType, PartyType, PlanSource } from '../server/src/modules/contract/contract.types';
import { TargetService } from '../server/src/modules/target/target.service';
import { AmountBasis, FlowBasis, TargetMetric } from '../server/src/modules/target/target.types';
import { User } from '../server/src/modules/user/user.entity';
import { SEED_CONTRACTS, type SeedContract } from './data/contracts';
import { generateContractYear, type GeneratedParty } from './data/contracts-year';
import type { SeededAccounts } from './seed-accounts';

/** Generated registered contracts a year: this year's rate (its share so far is generated) and last year's. */
export const DEMO_CONTRACT_YEAR = { current: 570, previous: 400 };

/**
 * Targets (2022 from the city's plan; the demo's last and current year), contracts from the awarded demo
 * challenges, the hand-written contracts of data/contracts.ts in every registration state, and a generated year
 * of registered contracts — all through the services the API uses, so rollups and histories are real.
 */
export async function seedContracts(em: EntityManager, accounts: SeededAccounts): Promise<void> {
  const today = cityToday();
  const year = Number(today.slice(0, 4));
  const targets = new TargetService(em);
  await targets.set({ year: 2022, metric: TargetMetric.CONTRACT_TURNOVER, targetValue: '35000000000', amountBasis: AmountBasis.CONTRACT_AMOUNT, flowBasis: FlowBasis.OUTFLOW, note: '2022年青岛市科技工作要点：技术合同成交额达350亿元' });
  await targets.set({ year: 2022, metric: TargetMetric.NEW_BROKERS, targetValue: '100', note: '2022年青岛市科技工作要点：新增技术转移人才100人以上' });
  for (const y of [year - 1, year]) {
    await targets.set({ year: y, metric: TargetMetric.CONTRACT_TURNOVER, targetValue: '35000000000', amountBasis: AmountBasis.CONTRACT_AMOUNT, flowBasis: FlowBasis.OUTFLOW, note: '演示数据：沿用2022年工作要点的目标' });
    await targets.set({ year: y, metric: TargetMetric.NEW_BROKERS, targetValue: '100', note: '演示数据：沿用2022年工作要点的目标' });
  }

  const viewers = new Map<string, Viewer>();
  const viewerOf = async (userId: string) => {
    if (!viewers.has(userId)) viewers.set(userId, (await Viewer.load(em, userId))!);
    return viewers.get(userId)!;
  };
  const adminOfOrganizationId = new Map([...accounts.organizationIds].map(([key, id]) => [id, accounts.adminOfOrganization.get(key)!]));
  const bureau = await viewerOf(accounts.bureauUserId);
  const brokerIds = (await em.find(User, { isBroker: true }, { orderBy: { email: 'asc' } })).map((u) => u.id);
  const contracts = new ContractService(em);
  const registrations = new ContractRegistrationService(em);
  let serial = 900_000;
  const nextNumber = (on: string) => `${on.slice(0, 4)}370202${String(++serial)}`;

  // 揭榜 → 合同: every contracted or completed challenge, and every other awarded one, registered today.
  const awarded = await em.find(Challenge, { status: { $in: [ChallengeStatus.AWARDED, ChallengeStatus.CONTRACTED, ChallengeStatus.COMPLETED] } }, { orderBy: { title: 'asc' } });
  for (const [i, challenge] of awarded.entries()) {
    if (challenge.status === ChallengeStatus.AWARDED && i % 2 === 1) continue; // left for the demo's "turn award into contract"
    const owner = await viewerOf(adminOfOrganizationId.get(challenge.ownerOrganization.id)!);
    const draft = await contracts.createFromAward(owner, challenge.id);
    const seller = await viewerOf(adminOfOrganizationId.get(draft.sellerOrganization!.id)!);
    await registrations.submit(seller, draft.id);
    if (challenge.status !== ChallengeStatus.AWARDED) await registrations.register(bureau, { contractId: draft.id, registrationNumber: nextNumber(today), registeredOn: today });
  }

  for (const seed of SEED_CONTRACTS) {
    em.clear();
    await seedOne(seed);
  }

  async function seedOne(seed: SeedContract) {
    const buyerId = accounts.organizationIds.get(seed.buyerKey)!;
    const sellerId = accounts.organizationIds.get(seed.sellerKey)!;
    const seller = await viewerOf(adminOfOrganizationId.get(sellerId)!);
    const signedOn = addDays(today, -seed.signedDaysAgo);
    const data: ContractData = {
      title: seed.title, description: seed.description, categoryCode: seed.categoryCode, fieldCode: seed.fieldCode,
      ipType: seed.ipType as IpType, planSource: seed.planSource as PlanSource,
      buyer: { organizationId: buyerId }, seller: { organizationId: sellerId },
      contractAmount: seed.contractAmount, techTransactionAmount: seed.techTransactionAmount,
      signedOn, validFrom: signedOn, validTo: addDays(addMonths(signedOn, seed.validMonths), -1),
      milestones: milestonesOf(seed.contractAmount, seed.milestones, signedOn, today),
      brokerIds: seed.brokered && brokerIds.length ? [brokerIds[0]] : [],
    };
    const contract = await contracts.create(seller, data);
    if (seed.story === 'DRAFT') return;
    await registrations.submit(seller, contract.id);
    if (seed.story === 'SUBMITTED') return;
    if (seed.story === 'REJECTED') {
      await registrations.reject(bureau, contract.id, seed.rejectReason!);
      return;
    }
    const registeredOn = addDays(today, -seed.registeredDaysAgo!);
    await registrations.register(bureau, { contractId: contract.id, registrationNumber: nextNumber(registeredOn), registeredOn });
    if (seed.change) {
      await registrations.submitChange(seller, {
        contractId: contract.id, contractAmount: seed.change.contractAmount, techTransactionAmount: seed.change.techTransactionAmount,
        validTo: addDays(addMonths(signedOn, seed.validMonths + seed.change.extraMonths), -1),
        milestones: milestonesOf(seed.change.contractAmount, seed.milestones, signedOn, today), reason: seed.change.reason,
      });
      if (seed.story === 'CHANGED') await registrations.register(bureau, { contractId: contract.id, registeredOn: addDays(today, -seed.change.daysAgo) });
    }
    if (seed.termination) {
      await registrations.submitTermination(seller, { contractId: contract.id, terminatedOn: addDays(today, -seed.termination.daysAgo), ...seed.termination });
      await registrations.register(bureau, { contractId: contract.id, registeredOn: addDays(today, -seed.termination.daysAgo) });
    }
  }

  // A year of registered contracts, imported in one batch as the bureau would from its registration system.
  em.clear();
  const party = (p: GeneratedParty): ContractPartyData =>
    p.organizationKey ? { organizationId: accounts.organizationIds.get(p.organizationKey)! } : { name: p.name, creditCode: p.creditCode, regionCode: p.regionCode, partyType: p.partyType as PartyType };
  const generated = generateContractYear(today, DEMO_CONTRACT_YEAR);
  const items: HistoricalContractData[] = generated.map((c, i) => ({
    ...c, ipType: c.ipType as IpType, planSource: c.planSource as PlanSource, buyer: party(c.buyer), seller: party(c.seller),
    milestones: [], brokerIds: c.brokered && brokerIds.length ? [brokerIds[i % brokerIds.length]] : [],
  }));
  await registrations.importHistorical(items, accounts.bureauUserId);
}

/** Milestones with exact shares of the amount (the last takes the remainder), paid when due by today. */
function milestonesOf(amount: string, plan: SeedContract['milestones'], signedOn: string, today: string) {
  let rest = new Decimal(amount);
  return plan.map((m, i) => {
    const value = i === plan.length - 1 ? rest : new Decimal(amount).times(m.share).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    rest = rest.minus(value);
    const dueOn = addDays(signedOn, m.dueDaysAfterSigning);
    return { title: m.title, dueOn, amount: value.toFixed(2), paidOn: m.paid && dueOn <= today ? dueOn : null };
  });
}

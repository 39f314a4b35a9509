import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import { CommonError } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { Bid } from '../bid/bid.entity';
import { BidOutcome } from '../bid/bid.types';
import { Challenge } from '../challenge/challenge.entity';
import { ChallengeStatus, PUBLIC_STATUSES } from '../challenge/challenge-status';
import { canSeeContract, contractRelation, visibleContractsCondition } from './contract-access';
import { ContractCategory } from './contract-category.entity';
import { addDays, addMonths, cityToday } from './contract-dates';
import { ContractMilestone } from './contract-milestone.entity';
import { brokerIdsOf, newContract, withLockedContract, writeContract } from './contract-store';
import { checkContract, ContractReferences, type ContractData } from './contract-validation';
import { TechContract } from './contract.entity';
import { ContractError } from './contract.errors';
import { EDITABLE_CONTRACT_STATUSES, IpType, PlanSource, type ContractStatus } from './contract.types';

/** Challenge states in which the award may still become a contract. */
const CONTRACTABLE_CHALLENGE_STATUSES = [ChallengeStatus.AWARDED, ChallengeStatus.CONTRACTED, ChallengeStatus.COMPLETED];

/** The category a 揭榜 task agreement is registered under: the enterprise commissions the development. */
export const AWARD_CONTRACT_CATEGORY = 'DEVELOPMENT.COMMISSIONED';

export interface ContractFilter {
  statuses?: ContractStatus[] | null;
  /** Contracts first registered in this year. */
  registeredYear?: number | null;
  /** Contracts where this organization is the buyer or the seller. */
  organizationId?: string | null;
  categoryCodes?: string[] | null;
}

/** Drafting technology contracts: by hand, or in one step from an awarded challenge; reading them with access rules. */
export class ContractService {
  constructor(private readonly em: EntityManager) {}

  /** A contract the viewer may see; NOT_FOUND otherwise (existence does not leak). */
  async get(viewer: Viewer, id: string): Promise<TechContract> {
    const contract = await this.em.findOne(TechContract, { id });
    if (!contract) throw CommonError.notFound('Contract', id);
    if (!canSeeContract(contractRelation(viewer, contract, await brokerIdsOf(this.em, id)))) throw CommonError.notFound('Contract', id);
    return contract;
  }

  /** Contracts the viewer may see (the bureau: all), newest first. */
  async list(viewer: Viewer, filter: ContractFilter, first: number, after?: string | null): Promise<ConnectionShape<TechContract>> {
    const where: FilterQuery<TechContract>[] = [(await visibleContractsCondition(this.em, viewer)) as FilterQuery<TechContract>];
    if (filter.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter.registeredYear) where.push({ registeredOn: { $gte: `${filter.registeredYear}-01-01`, $lt: `${filter.registeredYear + 1}-01-01` } });
    if (filter.organizationId) where.push({ $or: [{ buyerOrganization: filter.organizationId }, { sellerOrganization: filter.organizationId }] });
    if (filter.categoryCodes?.length) {
      // A group (技术服务) stands for its subcategories too.
      const all = await this.categories();
      const codes = all.filter((c) => filter.categoryCodes!.some((code) => c.code === code || c.parentCode === code)).map((c) => c.code);
      where.push({ category: { $in: codes.length ? codes : filter.categoryCodes } });
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(TechContract, { $and: [...where, afterCursorCondition(after, 'desc')] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      this.em.count(TechContract, { $and: where }),
    ]);
    return toConnection(rows, first, totalCount);
  }

  private assertActsForAParty(viewer: Viewer, data: ContractData) {
    const ids = [data.buyer?.organizationId, data.seller?.organizationId].filter(Boolean) as string[];
    if (!ids.some((id) => viewer.isMemberOf(id))) throw ContractError.notAParty();
  }

  /** Creates a draft; the viewer must belong to the buyer or the seller. Every problem of the input is reported at once. */
  async create(viewer: Viewer, data: ContractData): Promise<TechContract> {
    this.assertActsForAParty(viewer, data);
    const { problems, checked } = await checkContract(new ContractReferences(this.em), data);
    if (!checked) throw ContractError.invalid(problems);
    return this.em.transactional(async (tx) => {
      const contract = newContract(tx, viewer.id);
      await writeContract(tx, contract, checked);
      await tx.flush();
      return contract;
    });
  }

  /** Replaces a draft or rejected contract's content; a registered one changes only through a registered change. */
  async update(viewer: Viewer, id: string, data: ContractData): Promise<TechContract> {
    return withLockedContract(this.em, viewer, id, async (tx, contract, relation) => {
      if (!relation.buyer && !relation.seller) throw ContractError.notAParty();
      if (!EDITABLE_CONTRACT_STATUSES.includes(contract.status)) throw ContractError.notEditable(contract.status);
      const { problems, checked } = await checkContract(new ContractReferences(tx), data);
      if (!checked) throw ContractError.invalid(problems);
      // The parties are who they are: an edit cannot hand the contract to other organizations.
      const keepsParties =
        checked.buyer.creditCode === contract.buyerCreditCode && checked.seller.creditCode === contract.sellerCreditCode;
      if (!keepsParties) throw ContractError.invalid([{ field: 'buyer', message: 'and seller cannot be replaced; create a new contract instead' }]);
      await writeContract(tx, contract, checked);
      await tx.flush();
      return contract;
    });
  }

  /**
   * 揭榜 → 合同 in one step: a draft prefilled from the awarded challenge and its winning bid (the enterprise buys,
   * the winning institute sells, the bid price is the amount, the challenge's field, plan source 揭榜). Only the
   * owner or the winner may do it, once per challenge.
   */
  async createFromAward(viewer: Viewer, challengeId: string): Promise<TechContract> {
    return this.em.transactional(async (tx) => {
      const challenge = await tx.findOne(Challenge, { id: challengeId }, { populate: ['ownerOrganization', 'field'] });
      const visible = challenge && (viewer.isBureau || viewer.isMemberOf(challenge.ownerOrganization.id) || PUBLIC_STATUSES.includes(challenge.status));
      if (!challenge || !visible) throw CommonError.notFound('Challenge', challengeId);
      const bid = await tx.findOne(Bid, { challenge, outcome: BidOutcome.AWARDED }, { populate: ['organization'] });
      const isOwner = viewer.isMemberOf(challenge.ownerOrganization.id);
      const isWinner = Boolean(bid && viewer.isMemberOf(bid.organization.id));
      if (!isOwner && !isWinner) throw ContractError.notAParty();
      if (!CONTRACTABLE_CHALLENGE_STATUSES.includes(challenge.status) || !bid) throw ContractError.notAwarded(challenge.status);
      const existing = await tx.findOne(TechContract, { challenge }, { fields: ['id'] });
      if (existing) throw ContractError.alreadyContracted(existing.id);

      const today = cityToday();
      const data: ContractData = {
        title: challenge.title,
        description: challenge.summary,
        categoryCode: AWARD_CONTRACT_CATEGORY,
        fieldCode: challenge.field.code,
        ipType: IpType.NONE,
        planSource: PlanSource.JIEBANG,
        buyer: { organizationId: challenge.ownerOrganization.id },
        seller: { organizationId: bid.organization.id },
        contractAmount: bid.price,
        techTransactionAmount: bid.price,
        signedOn: today,
        validFrom: today,
        validTo: addDays(addMonths(today, bid.durationMonths), -1),
        milestones: [],
        brokerIds: [],
      };
      const { problems, checked } = await checkContract(new ContractReferences(tx), data);
      if (!checked) throw ContractError.invalid(problems);
      const contract = newContract(tx, viewer.id, { challenge, bid });
      await writeContract(tx, contract, checked);
      try {
        await tx.flush();
      } catch (error) {
        // Two parties pressing the button at once: the unique index lets one through.
        if (error instanceof UniqueConstraintViolationException) throw ContractError.alreadyContracted('');
        throw error;
      }
      return contract;
    });
  }

  /** A party records when a milestone payment arrived (or clears it with null); payments are facts, not amounts. */
  async recordMilestonePayment(viewer: Viewer, milestoneId: string, paidOn: string | null): Promise<ContractMilestone> {
    const milestone = await this.em.findOne(ContractMilestone, { id: milestoneId });
    if (!milestone) throw CommonError.notFound('Milestone', milestoneId);
    return withLockedContract(this.em, viewer, milestone.contract.id, async (tx, _contract, relation) => {
      if (!relation.buyer && !relation.seller) throw ContractError.notAParty();
      if (paidOn && paidOn > cityToday()) throw CommonError.badInput('paidOn', 'must not be in the future');
      const row = await tx.findOneOrFail(ContractMilestone, { id: milestoneId });
      row.paidOn = paidOn;
      await tx.flush();
      return row;
    });
  }

  /** Every category, groups first then their children, in the form's order. */
  async categories(): Promise<ContractCategory[]> {
    return this.em.find(ContractCategory, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
  }

  /** Bureau: adds a category the city uses (e.g. 作价投资), top-level or under an existing group. */
  async defineCategory(input: { code: string; name: string; parentCode?: string | null; sortOrder?: number | null }): Promise<ContractCategory> {
    const code = input.code.trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)?$/.test(code)) {
      throw CommonError.badInput('code', 'must be like EQUITY or SERVICE.TESTING (capitals, digits, _; one optional dot)');
    }
    if (!input.name.trim()) throw CommonError.badInput('name', 'is required');
    const parentCode = input.parentCode?.trim() || null;
    if (parentCode) {
      const parent = await this.em.findOne(ContractCategory, { code: parentCode });
      if (!parent || parent.parentCode) throw CommonError.badInput('parentCode', 'must be an existing top-level category');
      if (!code.startsWith(`${parentCode}.`)) throw CommonError.badInput('code', `must start with its parent code ${parentCode}.`);
      // A group with contracts of its own cannot gain children: those contracts would sit on a non-leaf.
      if ((await this.em.count(TechContract, { category: parentCode })) > 0) {
        throw CommonError.badInput('parentCode', 'already has contracts of its own and cannot become a group');
      }
    } else if (code.includes('.')) throw CommonError.badInput('code', 'of a top-level category has no dot');
    if (await this.em.findOne(ContractCategory, { code })) throw ContractError.categoryExists(code);
    const [last] = await this.em.find(ContractCategory, {}, { orderBy: { sortOrder: 'desc' }, limit: 1 });
    const category = this.em.create(ContractCategory, { code, name: input.name.trim(), parentCode, sortOrder: input.sortOrder ?? (last?.sortOrder ?? 0) + 10 });
    await this.em.flush();
    return category;
  }
}

import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { Capability } from '../capability/capability.entity';
import { visibleCapabilities } from '../capability/capability.service';
import { Challenge } from '../challenge/challenge.entity';
import { PUBLIC_STATUSES } from '../challenge/challenge-status';
import { cityToday } from '../contract/contract-dates';
import { TechContract } from '../contract/contract.entity';
import { Organization } from '../organization/organization.entity';
import { BrokerProfile } from './broker-profile.entity';
import { BrokerError } from './broker.errors';
import type { AddDealActivityInput, CreateDealInput, DealContentInput } from './broker.inputs';
import { canSeeDeal } from './deal-access';
import { DealActivity, DealActivityKind } from './deal-activity.entity';
import { isContractRegistered, loadLinkableContract } from './deal-contract';
import { DEAL_TRANSITIONS, DealStage, OPEN_STAGES } from './deal-stage';
import { Deal } from './deal.entity';

const CLOSED_STAGES = [DealStage.REGISTERED];

/** Opening deals, editing them, logging activities and moving them between stages; only their broker writes. */
export class DealService {
  constructor(private readonly em: EntityManager) {}

  /** Opens a LEAD for the signed-in broker, in the organization of their profile. */
  async create(viewer: Viewer, input: CreateDealInput): Promise<Deal> {
    const profile = await this.em.findOne(BrokerProfile, { user: viewer.id });
    if (!profile || !viewer.user.isBroker) throw BrokerError.profileRequired();
    return this.em.transactional(async (tx) => {
      const deal = tx.create(Deal, { broker: viewer.id, organization: profile.organization, title: input.title.trim() });
      await this.applyContent(tx, viewer, deal, input);
      tx.create(DealActivity, {
        deal,
        author: viewer.id,
        kind: DealActivityKind.STAGE_CHANGE,
        body: '新建线索',
        occurredAt: new Date(),
        toStage: DealStage.LEAD,
      });
      return deal;
    });
  }

  /** Edits what the deal is about; parties and subject are frozen once the deal is registered. */
  async update(viewer: Viewer, dealId: string, input: DealContentInput): Promise<Deal> {
    return this.withOwnDeal(viewer, dealId, async (tx, deal) => {
      const touchesParties = ['buyerId', 'sellerId', 'challengeId', 'capabilityId'].some((key) => input[key as keyof DealContentInput] !== undefined);
      if (touchesParties && CLOSED_STAGES.includes(deal.stage)) throw BrokerError.dealClosed(deal.stage);
      // The linked contract was checked against the parties: keep them consistent.
      if (touchesParties && deal.contract) throw BrokerError.partiesFixedByContract();
      await this.applyContent(tx, viewer, deal, input);
      return deal;
    });
  }

  /**
   * Moves a deal to another stage (a drag between kanban columns). Illegal moves are CONFLICT naming the current
   * stage; LOST needs a reason; SIGNED needs a signed contract (linked before or given now as contractId);
   * REGISTERED needs that contract registered. Moving to the current stage changes nothing.
   */
  async move(viewer: Viewer, dealId: string, to: DealStage, reason?: string | null, contractId?: string | null): Promise<Deal> {
    const why = reason?.trim() || null;
    if (to === DealStage.LOST && !why) throw CommonError.badInput('reason', 'is required when a deal is lost');
    if (why && why.length > 500) throw CommonError.badInput('reason', 'must be at most 500 characters long');
    return this.withOwnDeal(viewer, dealId, async (tx, deal) => {
      const from = deal.stage;
      if (from === to && !contractId) return deal;
      const allowed = DEAL_TRANSITIONS[from];
      if (from !== to && !allowed.includes(to)) throw BrokerError.illegalMove(from, to, allowed);
      if (contractId && contractId !== deal.contract?.id) {
        if (to !== DealStage.SIGNED && to !== DealStage.REGISTERED) throw CommonError.badInput('contractId', 'can be given only when moving a deal to SIGNED or REGISTERED');
        // Replacing the contract of a signed deal would rewrite what was won.
        if (from === DealStage.SIGNED) throw BrokerError.dealClosed(from);
        await this.link(tx, viewer, deal, contractId);
      }
      if (to === DealStage.SIGNED || to === DealStage.REGISTERED) {
        if (!deal.contract) throw BrokerError.contractRequired(from);
      }
      if (to === DealStage.REGISTERED) {
        const contract = await tx.findOneOrFail(TechContract, { id: deal.contract!.id });
        if (!isContractRegistered(contract)) throw BrokerError.contractNotRegistered(from, contract.status);
      }
      if (from === to) return deal;
      deal.stage = to;
      deal.stageChangedAt = new Date();
      if (to === DealStage.SIGNED) deal.wonAt = deal.stageChangedAt;
      if (to === DealStage.LOST) deal.lostReason = why;
      else if (OPEN_STAGES.includes(to)) {
        // Reopened: the old reason no longer applies.
        deal.lostReason = null;
      }
      tx.create(DealActivity, {
        deal,
        author: viewer.id,
        kind: DealActivityKind.STAGE_CHANGE,
        body: why ?? '',
        occurredAt: deal.stageChangedAt,
        fromStage: from,
        toStage: to,
      });
      return deal;
    });
  }

  /** Links the signed contract without moving the deal (e.g. while it waits in NEGOTIATING for signatures). */
  async linkContract(viewer: Viewer, dealId: string, contractId: string): Promise<Deal> {
    return this.withOwnDeal(viewer, dealId, async (tx, deal) => {
      if (deal.contract?.id === contractId) return deal;
      if (deal.stage === DealStage.REGISTERED || deal.stage === DealStage.LOST) throw BrokerError.dealClosed(deal.stage);
      if (deal.stage === DealStage.SIGNED) {
        // Replacing the contract of a signed deal would rewrite what was won.
        throw BrokerError.dealClosed(deal.stage);
      }
      await this.link(tx, viewer, deal, contractId);
      return deal;
    });
  }

  /** Logs a call, meeting, visit, email or note; may set the next action at the same time. */
  async addActivity(viewer: Viewer, input: AddDealActivityInput): Promise<DealActivity> {
    const occurredAt = input.occurredAt ?? new Date();
    if (Number.isNaN(occurredAt.getTime())) throw CommonError.badInput('occurredAt', 'is not a valid date-time');
    // A minute of tolerance for clocks a little ahead.
    if (occurredAt.getTime() > Date.now() + 60_000) throw CommonError.badInput('occurredAt', 'cannot be in the future: plan it as the next action instead');
    return this.withOwnDeal(viewer, input.dealId, async (tx, deal) => {
      if (input.nextActionOn !== undefined) deal.nextActionOn = this.checkNextActionOn(input.nextActionOn, deal);
      if (input.nextAction !== undefined) deal.nextAction = input.nextAction?.trim() || null;
      return tx.create(DealActivity, { deal, author: viewer.id, kind: input.kind, body: input.body.trim(), occurredAt });
    });
  }

  private async link(tx: EntityManager, viewer: Viewer, deal: Deal, contractId: string) {
    const contract = await loadLinkableContract(tx, viewer, deal, contractId);
    if (await tx.count(Deal, { broker: deal.broker.id, contract: contract.id, id: { $ne: deal.id } })) throw BrokerError.contractAlreadyLinked();
    deal.contract = contract;
    tx.create(DealActivity, {
      deal,
      author: viewer.id,
      kind: DealActivityKind.CONTRACT_LINKED,
      body: contract.title,
      occurredAt: new Date(),
    });
  }

  /** Runs `work` in a transaction holding the deal's row lock, so two drags of one card apply one after the other. */
  private async withOwnDeal<T>(viewer: Viewer, dealId: string, work: (tx: EntityManager, deal: Deal) => Promise<T>): Promise<T> {
    try {
      return await this.em.transactional(async (tx) => {
        const deal = await tx.findOne(Deal, { id: dealId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!deal || !canSeeDeal(viewer, deal)) throw CommonError.notFound('Deal', dealId);
        if (deal.broker.id !== viewer.id) throw BrokerError.notYourDeal();
        return work(tx, deal);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw BrokerError.contractAlreadyLinked();
      throw error;
    }
  }

  private checkNextActionOn(value: string | null | undefined, deal: Deal): string | null {
    if (!value) return null;
    // Yesterday's date is refused only when it changes: an overdue action stays as it is on other edits.
    if (value < cityToday() && value !== deal.nextActionOn) throw CommonError.badInput('nextActionOn', 'cannot be in the past');
    return value;
  }

  private async applyContent(tx: EntityManager, viewer: Viewer, deal: Deal, input: DealContentInput) {
    if (input.title != null) deal.title = input.title.trim();
    if (input.description !== undefined) deal.description = input.description?.trim() ?? '';
    if (input.expectedValue !== undefined) deal.expectedValue = input.expectedValue;
    if (input.nextActionOn !== undefined) deal.nextActionOn = this.checkNextActionOn(input.nextActionOn, deal);
    if (input.nextAction !== undefined) deal.nextAction = input.nextAction?.trim() || null;
    if (input.buyerId !== undefined) deal.buyer = input.buyerId ? await this.organization(tx, input.buyerId, 'buyerId') : null;
    if (input.sellerId !== undefined) deal.seller = input.sellerId ? await this.organization(tx, input.sellerId, 'sellerId') : null;
    if (deal.buyer && deal.seller && deal.buyer.id === deal.seller.id) throw CommonError.badInput('sellerId', 'must differ from the buyer');
    if (input.challengeId !== undefined) deal.challenge = input.challengeId ? await this.challenge(tx, viewer, input.challengeId) : null;
    if (input.capabilityId !== undefined) deal.capability = input.capabilityId ? await this.capability(tx, viewer, input.capabilityId) : null;
  }

  private async organization(tx: EntityManager, id: string, field: string): Promise<Organization> {
    const organization = await tx.findOne(Organization, { id });
    if (!organization) throw CommonError.badInput(field, 'is not an existing organization');
    return organization;
  }

  /** The broker may attach only what they can see: published challenges, or their own organization's. */
  private async challenge(tx: EntityManager, viewer: Viewer, id: string): Promise<Challenge> {
    const challenge = await tx.findOne(Challenge, { id });
    const visible = challenge && (viewer.isBureau || viewer.isMemberOf(challenge.ownerOrganization.id) || PUBLIC_STATUSES.includes(challenge.status));
    if (!challenge || !visible) throw CommonError.badInput('challengeId', 'is not a challenge visible to you');
    return challenge;
  }

  private async capability(tx: EntityManager, viewer: Viewer, id: string): Promise<Capability> {
    const capability = await tx.findOne(Capability, { $and: [{ id }, visibleCapabilities(viewer)] });
    if (!capability) throw CommonError.badInput('capabilityId', 'is not a capability visible to you');
    return capability;
  }
}

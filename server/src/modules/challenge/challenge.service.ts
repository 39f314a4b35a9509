import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { assertFieldCodesExist } from '../field/tech-field.service';
import { TechField } from '../field/tech-field.entity';
import { Bid } from '../bid/bid.entity';
import { BidStatus } from '../bid/bid.types';
import { NotificationKind } from '../notification/notification.entity';
import { notifyOrganizations } from '../notification/notification.service';
import { OrganizationKind } from '../organization/organization.entity';
import { cleanLabels } from '../../graphql/validation';
import { ChallengeTransition } from './challenge-transition.entity';
import { Challenge } from './challenge.entity';
import { ChallengeStatus, EDITABLE_STATUSES } from './challenge-status';
import { ChallengeError } from './challenge.errors';
import type { CreateChallengeInput, CriterionInput, UpdateChallengeInput } from './challenge.inputs';
import { transition, withLockedChallenge } from './challenge-lock';
import { NdaAcceptance } from './nda-acceptance.entity';
import { CommonError } from '../../errors';

const DAY_MS = 24 * 3600 * 1000;

function assertDeadlineAhead(deadline: Date, field = 'deadline') {
  if (deadline.getTime() < Date.now() + DAY_MS) throw ChallengeError.deadlineTooSoon(field);
}

function assertOwner(viewer: Viewer, challenge: Challenge) {
  if (!viewer.isMemberOf(challenge.ownerOrganization.id)) throw ChallengeError.notOwner();
}

function assertOwnerOrBureau(viewer: Viewer, challenge: Challenge) {
  if (!viewer.isBureau && !viewer.isMemberOf(challenge.ownerOrganization.id)) throw ChallengeError.notOwner();
}

/** Organizations that submitted (and did not withdraw) a bid: they hear about cancellations. */
async function bidderOrganizationIds(tx: EntityManager, challenge: Challenge): Promise<string[]> {
  const bids = await tx.find(Bid, { challenge, status: BidStatus.SUBMITTED }, { fields: ['organization'] });
  return bids.map((bid) => bid.organization.id);
}

/** The brief and lifecycle of challenges: drafting, review by the bureau, publication, cancellation, closing. */
export class ChallengeService {
  constructor(
    private readonly em: EntityManager,
    /** Applies deadlines before anything is read or written (see challenge-clock.ts). */
    private readonly applyDeadlines: () => Promise<unknown>,
  ) {}

  private enterpriseOf(viewer: Viewer, organizationId?: string | null): string {
    const enterprises = viewer.memberships.filter((m) => m.organizationKind === OrganizationKind.ENTERPRISE);
    if (organizationId) {
      const chosen = viewer.memberships.find((m) => m.organizationId === organizationId);
      if (!chosen) throw CommonError.forbidden('You are not a member of that organization.');
      if (chosen.organizationKind !== OrganizationKind.ENTERPRISE) throw ChallengeError.notAnEnterprise();
      return chosen.organizationId;
    }
    if (enterprises.length === 0) throw ChallengeError.notAnEnterprise();
    if (enterprises.length > 1) throw ChallengeError.organizationRequired();
    return enterprises[0].organizationId;
  }

  /** Creates a draft for one of the viewer's enterprises, with the default review criteria. */
  async create(viewer: Viewer, input: CreateChallengeInput): Promise<Challenge> {
    const ownerId = this.enterpriseOf(viewer, input.organizationId);
    await assertFieldCodesExist(this.em, [input.fieldCode], 'fieldCode');
    assertDeadlineAhead(input.deadline);
    const challenge = this.em.create(Challenge, {
      ownerOrganization: ownerId,
      createdBy: viewer.id,
      title: input.title.trim(),
      summary: input.summary.trim(),
      statement: input.statement.trim(),
      indicators: input.indicators.map(({ name, target, unit }) => ({ name: name.trim(), target: target.trim(), unit: unit.trim() })),
      bounty: input.bounty,
      deadline: input.deadline,
      field: this.em.getReference(TechField, input.fieldCode),
      keywords: cleanLabels(input.keywords),
      targetTrl: input.targetTrl,
      regionCode: input.regionCode,
      confidentiality: input.confidentiality,
      ipTerms: input.ipTerms.trim(),
      contact: { name: input.contact.name.trim(), phone: input.contact.phone.trim(), email: input.contact.email.trim() },
    });
    this.em.create(ChallengeTransition, { challenge, actor: viewer.id, fromStatus: null, toStatus: ChallengeStatus.DRAFT });
    await this.em.flush();
    return challenge;
  }

  /** Edits the brief of a draft or a rejected challenge. */
  async update(viewer: Viewer, id: string, input: UpdateChallengeInput): Promise<Challenge> {
    await this.applyDeadlines();
    if (input.fieldCode != null) await assertFieldCodesExist(this.em, [input.fieldCode], 'fieldCode');
    if (input.deadline != null) assertDeadlineAhead(input.deadline);
    return withLockedChallenge(this.em, viewer, id, async (tx, challenge) => {
      assertOwner(viewer, challenge);
      if (!EDITABLE_STATUSES.includes(challenge.status)) throw ChallengeError.notEditable(challenge.status);
      if (input.title != null) challenge.title = input.title.trim();
      if (input.summary != null) challenge.summary = input.summary.trim();
      if (input.statement != null) challenge.statement = input.statement.trim();
      if (input.indicators != null) challenge.indicators = input.indicators.map(({ name, target, unit }) => ({ name, target, unit }));
      if (input.bounty != null) challenge.bounty = input.bounty;
      if (input.deadline != null) challenge.deadline = input.deadline;
      if (input.fieldCode != null) challenge.field = tx.getReference(TechField, input.fieldCode);
      if (input.keywords != null) challenge.keywords = cleanLabels(input.keywords);
      if (input.targetTrl != null) challenge.targetTrl = input.targetTrl;
      if (input.regionCode != null) challenge.regionCode = input.regionCode;
      if (input.confidentiality != null) challenge.confidentiality = input.confidentiality;
      if (input.ipTerms != null) challenge.ipTerms = input.ipTerms.trim();
      if (input.contact != null) challenge.contact = { ...input.contact };
      return challenge;
    });
  }

  /** Replaces the review criteria; the owner may adjust them until the challenge is published. */
  async setCriteria(viewer: Viewer, id: string, criteria: CriterionInput[]): Promise<Challenge> {
    if (criteria.length < 1 || criteria.length > 8) throw ChallengeError.invalidCriteria('Give between 1 and 8 criteria.');
    if (new Set(criteria.map((c) => c.key)).size !== criteria.length) throw ChallengeError.invalidCriteria('Criterion keys must be unique.');
    const total = criteria.reduce((sum, c) => sum + c.weight, 0);
    if (total !== 100) throw ChallengeError.invalidCriteria(`The weights must add up to 100 (they add up to ${total}).`);
    return withLockedChallenge(this.em, viewer, id, async (_tx, challenge) => {
      assertOwner(viewer, challenge);
      if (![...EDITABLE_STATUSES, ChallengeStatus.SUBMITTED].includes(challenge.status)) {
        throw ChallengeError.illegalTransition(challenge.status, 'change the review criteria after publication');
      }
      challenge.criteria = criteria.map(({ key, name, weight }) => ({ key, name: name.trim(), weight }));
      return challenge;
    });
  }

  /** Sends a draft (or a revised rejected challenge) to the bureau for review. */
  async submit(viewer: Viewer, id: string): Promise<Challenge> {
    return withLockedChallenge(this.em, viewer, id, async (tx, challenge) => {
      assertOwner(viewer, challenge);
      transition(tx, challenge, ChallengeStatus.SUBMITTED, viewer.id, 'submit it for review');
      assertDeadlineAhead(challenge.deadline);
      return challenge;
    });
  }

  /** Bureau: publishes a submitted challenge (发榜); bidding opens until the deadline. */
  async publish(viewer: Viewer, id: string): Promise<Challenge> {
    if (!viewer.isBureau) throw CommonError.forbidden('Only the science bureau publishes challenges.');
    return withLockedChallenge(this.em, viewer, id, async (tx, challenge) => {
      transition(tx, challenge, ChallengeStatus.PUBLISHED, viewer.id, 'publish it');
      if (challenge.deadline.getTime() <= Date.now()) {
        throw ChallengeError.illegalTransition(challenge.status, 'publish it: its deadline has passed; reject it so the owner can set a new one');
      }
      challenge.publishedAt = new Date();
      await notifyOrganizations(tx, [challenge.ownerOrganization.id], {
        kind: NotificationKind.CHALLENGE_REVIEWED,
        title: `已发榜：${challenge.title}`,
        body: 'The bureau approved and published your challenge; institutes can now bid until the deadline.',
        challengeId: challenge.id,
      });
      return challenge;
    });
  }

  /** Bureau: rejects a submitted challenge (驳回) with a reason; the owner may revise and resubmit. */
  async reject(viewer: Viewer, id: string, reason: string): Promise<Challenge> {
    if (!viewer.isBureau) throw CommonError.forbidden('Only the science bureau reviews challenges.');
    return withLockedChallenge(this.em, viewer, id, async (tx, challenge) => {
      transition(tx, challenge, ChallengeStatus.REJECTED, viewer.id, 'reject it', reason.trim());
      await notifyOrganizations(tx, [challenge.ownerOrganization.id], {
        kind: NotificationKind.CHALLENGE_REVIEWED,
        title: `未通过审核：${challenge.title}`,
        body: `The bureau returned your challenge: ${reason.trim()} You can revise it and submit it again.`,
        challengeId: challenge.id,
      });
      return challenge;
    });
  }

  /** Owner or bureau: cancels an open challenge with a reason; bidders are told. */
  async cancel(viewer: Viewer, id: string, reason: string): Promise<Challenge> {
    await this.applyDeadlines();
    return withLockedChallenge(this.em, viewer, id, async (tx, challenge) => {
      assertOwnerOrBureau(viewer, challenge);
      transition(tx, challenge, ChallengeStatus.CANCELLED, viewer.id, 'cancel it', reason.trim());
      const concerned = await bidderOrganizationIds(tx, challenge);
      if (viewer.isBureau && !viewer.isMemberOf(challenge.ownerOrganization.id)) concerned.push(challenge.ownerOrganization.id);
      await notifyOrganizations(tx, concerned, {
        kind: NotificationKind.CHALLENGE_CANCELLED,
        title: `榜单已取消：${challenge.title}`,
        body: `The challenge was cancelled: ${reason.trim()}`,
        challengeId: challenge.id,
      });
      return challenge;
    });
  }

  /** Owner or bureau: the awarded team signed its task agreement or contract (签约). */
  async markContracted(viewer: Viewer, id: string): Promise<Challenge> {
    return withLockedChallenge(this.em, viewer, id, async (tx, challenge) => {
      assertOwnerOrBureau(viewer, challenge);
      transition(tx, challenge, ChallengeStatus.CONTRACTED, viewer.id, 'mark it contracted');
      return challenge;
    });
  }

  /** Owner or bureau: the work passed final acceptance (验收). */
  async markCompleted(viewer: Viewer, id: string, note: string | null): Promise<Challenge> {
    return withLockedChallenge(this.em, viewer, id, async (tx, challenge) => {
      assertOwnerOrBureau(viewer, challenge);
      transition(tx, challenge, ChallengeStatus.COMPLETED, viewer.id, 'mark it completed', note?.trim() || null);
      return challenge;
    });
  }

  /** Accepts a confidential challenge's NDA for one of the viewer's organizations; idempotent. */
  async acceptNda(viewer: Viewer, id: string, organizationId?: string | null): Promise<Challenge> {
    await this.applyDeadlines();
    const membership = organizationId
      ? viewer.memberships.find((m) => m.organizationId === organizationId)
      : viewer.memberships.length === 1 ? viewer.memberships[0] : undefined;
    if (!membership) {
      if (organizationId) throw CommonError.forbidden('You are not a member of that organization.');
      if (viewer.memberships.length === 0) throw CommonError.forbidden('Join an organization first: NDAs are accepted on behalf of one.');
      throw ChallengeError.organizationRequired();
    }
    return withLockedChallenge(this.em, viewer, id, async (tx, challenge) => {
      if (challenge.confidentiality !== 'NDA') throw ChallengeError.ndaNotRequired();
      if (challenge.ownerOrganization.id === membership.organizationId) return challenge;
      const existing = await tx.count(NdaAcceptance, { challenge, organization: membership.organizationId });
      if (!existing) tx.create(NdaAcceptance, { challenge, organization: membership.organizationId, acceptedBy: viewer.id });
      return challenge;
    });
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { withLockedChallenge } from '../challenge/challenge-lock';
import type { Challenge } from '../challenge/challenge.entity';
import { ChallengeStatus } from '../challenge/challenge-status';
import { Confidentiality } from '../challenge/challenge.types';
import { NdaAcceptance } from '../challenge/nda-acceptance.entity';
import { OrganizationKind } from '../organization/organization.entity';
import { Bid } from './bid.entity';
import { BidError } from './bid.errors';
import type { BidContentInput, SubmitBidInput } from './bid.inputs';
import { BidStatus } from './bid.types';

const BIDDER_KINDS = [OrganizationKind.INSTITUTE, OrganizationKind.UNIVERSITY];
const REQUIRED_ON_SUBMIT = ['approach', 'teamLead', 'price', 'durationMonths'] as const;

/** Bidding is open while the challenge is published and its deadline has not passed (checked under the row lock). */
function assertBiddingOpen(challenge: Challenge) {
  if (challenge.status !== ChallengeStatus.PUBLISHED) throw BidError.biddingClosed(challenge.status);
  if (challenge.deadline.getTime() <= Date.now()) throw BidError.biddingClosed('past its deadline');
}

function applyContent(bid: Bid, input: BidContentInput) {
  if (input.approach != null) bid.approach = input.approach.trim();
  if (input.teamLead != null) bid.teamLead = { ...input.teamLead };
  if (input.teamMembers != null) bid.teamMembers = input.teamMembers.map((m) => ({ ...m }));
  if (input.price != null) bid.price = input.price;
  if (input.durationMonths != null) bid.durationMonths = input.durationMonths;
  if (input.milestones != null) bid.milestones = input.milestones.map((m) => ({ ...m })).sort((a, b) => a.month - b.month);
  if (input.attachments != null) bid.attachments = input.attachments.map((a) => ({ ...a }));
}

/** Submitting, editing and withdrawing proposals (揭榜), until the deadline. */
export class BidService {
  constructor(
    private readonly em: EntityManager,
    private readonly applyDeadlines: () => Promise<unknown>,
  ) {}

  private bidderOf(viewer: Viewer, organizationId?: string | null): string {
    const candidates = viewer.memberships.filter((m) => BIDDER_KINDS.includes(m.organizationKind));
    if (organizationId) {
      const chosen = viewer.memberships.find((m) => m.organizationId === organizationId);
      if (!chosen) throw CommonError.forbidden('You are not a member of that organization.');
      if (!BIDDER_KINDS.includes(chosen.organizationKind)) throw BidError.notABidder();
      return chosen.organizationId;
    }
    if (candidates.length === 0) throw BidError.notABidder();
    if (candidates.length > 1) throw CommonError.badInput('organizationId', 'is required when you belong to several institutes');
    return candidates[0].organizationId;
  }

  /** Submits the organization's bid; one per organization and challenge (a withdrawn one may be resubmitted). */
  async submit(viewer: Viewer, input: SubmitBidInput): Promise<Bid> {
    await this.applyDeadlines();
    const organizationId = this.bidderOf(viewer, input.organizationId);
    const missing = REQUIRED_ON_SUBMIT.filter((field) => input[field] == null);
    if (missing.length) {
      throw CommonError.badInput(missing[0], 'is required to submit a bid');
    }
    return withLockedChallenge(this.em, viewer, input.challengeId, async (tx, challenge) => {
      assertBiddingOpen(challenge);
      if (challenge.ownerOrganization.id === organizationId) throw BidError.ownChallenge();
      if (challenge.confidentiality === Confidentiality.NDA && !(await tx.count(NdaAcceptance, { challenge, organization: organizationId }))) {
        throw BidError.ndaRequired();
      }
      const existing = await tx.findOne(Bid, { challenge, organization: organizationId });
      if (existing?.status === BidStatus.SUBMITTED) throw BidError.alreadyBid();
      const bid =
        existing ??
        tx.create(Bid, {
          challenge,
          organization: organizationId,
          submittedBy: viewer.id,
          approach: '',
          teamLead: { name: '', title: '', role: '' },
          price: '0',
          durationMonths: 1,
        });
      applyContent(bid, input);
      bid.status = BidStatus.SUBMITTED;
      bid.withdrawnAt = null;
      bid.submittedBy = tx.getReference('User', viewer.id) as Bid['submittedBy'];
      return bid;
    });
  }

  private async loadOwnBid(viewer: Viewer, bidId: string): Promise<Bid> {
    const bid = await this.em.findOne(Bid, { id: bidId });
    if (!bid) throw CommonError.notFound('Bid', bidId);
    if (!viewer.isMemberOf(bid.organization.id)) {
      // Sealed: others must not learn that the bid exists.
      throw CommonError.notFound('Bid', bidId);
    }
    return bid;
  }

  /** Edits a submitted bid before the deadline. */
  async update(viewer: Viewer, bidId: string, input: BidContentInput): Promise<Bid> {
    await this.applyDeadlines();
    const { challenge } = await this.loadOwnBid(viewer, bidId);
    return withLockedChallenge(this.em, viewer, challenge.id, async (tx, lockedChallenge) => {
      assertBiddingOpen(lockedChallenge);
      const bid = await tx.findOneOrFail(Bid, { id: bidId });
      if (bid.status === BidStatus.WITHDRAWN) throw BidError.withdrawn();
      applyContent(bid, input);
      return bid;
    });
  }

  /** Withdraws a bid before the deadline; the owner will never see it. */
  async withdraw(viewer: Viewer, bidId: string): Promise<Bid> {
    await this.applyDeadlines();
    const { challenge } = await this.loadOwnBid(viewer, bidId);
    return withLockedChallenge(this.em, viewer, challenge.id, async (tx, lockedChallenge) => {
      assertBiddingOpen(lockedChallenge);
      const bid = await tx.findOneOrFail(Bid, { id: bidId });
      if (bid.status === BidStatus.WITHDRAWN) throw BidError.withdrawn();
      bid.status = BidStatus.WITHDRAWN;
      bid.withdrawnAt = new Date();
      return bid;
    });
  }

  /** The bids of the viewer's organizations, newest first. */
  async mine(viewer: Viewer, first: number, after?: string | null): Promise<ConnectionShape<Bid>> {
    await this.applyDeadlines();
    const where = { organization: { $in: viewer.memberships.map((m) => m.organizationId) } };
    const [rows, totalCount] = await Promise.all([
      this.em.find(Bid, { $and: [where, afterCursorCondition(after, 'desc')] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      this.em.count(Bid, where),
    ]);
    return toConnection(rows, first, totalCount);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { Bid } from '../bid/bid.entity';
import { BidStatus } from '../bid/bid.types';
import { withLockedChallenge } from '../challenge/challenge-lock';
import { Challenge } from '../challenge/challenge.entity';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import { ChallengeStatus } from '../challenge/challenge-status';
import { ChallengeError } from '../challenge/challenge.errors';
import { NotificationKind } from '../notification/notification.entity';
import { notifyUsers } from '../notification/notification.service';
import { Membership } from '../organization/membership.entity';
import { User } from '../user/user.entity';
import { ExpertAssignment } from './expert-assignment.entity';
import { ReviewScore } from './review-score.entity';
import { ReviewError } from './review.errors';
import type { AssignExpertsInput, ScoreBidInput } from './review.inputs';

const ASSIGNABLE = [ChallengeStatus.SUBMITTED, ChallengeStatus.PUBLISHED, ChallengeStatus.EVALUATING];

/** Expert review: assignment by the bureau, blind scoring per criterion, closing and ranking. */
export class ReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly applyDeadlines: () => Promise<unknown>,
  ) {}

  /** Bureau: the users who may be assigned as reviewers, by name. */
  async experts(viewer: Viewer): Promise<User[]> {
    if (!viewer.isBureau) throw CommonError.forbidden('Only the science bureau assigns experts.');
    return this.em.find(User, { isExpert: true }, { orderBy: { displayName: 'asc', id: 'asc' } });
  }

  /** Expert: the challenges they are assigned to review, newest assignment first. */
  async assignedChallenges(viewer: Viewer, first: number, after?: string | null): Promise<ConnectionShape<Challenge>> {
    await this.applyDeadlines();
    // An expert's assignments are a handful (one per reviewed challenge), so their ids are read first.
    const assigned = await this.em.find(ExpertAssignment, { expert: viewer.id }, { fields: ['challenge'] });
    const where = { id: { $in: assigned.map((a) => a.challenge.id) } };
    const [rows, totalCount] = await Promise.all([
      this.em.find(Challenge, { $and: [where, afterCursorCondition(after, 'desc')] }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      this.em.count(Challenge, where),
    ]);
    return toConnection(rows, first, totalCount);
  }

  /** Bureau: assigns experts to a challenge, refusing anyone tied to the owner or a bidder. */
  async assignExperts(viewer: Viewer, input: AssignExpertsInput): Promise<Challenge> {
    if (!viewer.isBureau) throw CommonError.forbidden('Only the science bureau assigns experts.');
    await this.applyDeadlines();
    return withLockedChallenge(this.em, viewer, input.challengeId, async (tx, challenge) => {
      if (!ASSIGNABLE.includes(challenge.status) || challenge.reviewClosedAt) {
        throw ChallengeError.illegalTransition(challenge.status, 'assign experts');
      }
      const experts = await tx.find(User, { id: { $in: input.expertIds } });
      for (const id of input.expertIds) {
        if (!experts.some((e) => e.id === id && e.isExpert)) throw ReviewError.notAnExpert(id);
      }
      const bidders = await tx.find(Bid, { challenge, status: BidStatus.SUBMITTED }, { fields: ['organization'] });
      const interested = [challenge.ownerOrganization.id, ...bidders.map((b) => b.organization.id)];
      const ties = await tx.find(Membership, { user: { $in: input.expertIds }, organization: { $in: interested } });
      if (ties.length) throw ReviewError.conflictOfInterest(experts.find((e) => e.id === ties[0].user.id)!.displayName);

      const existing = await tx.find(ExpertAssignment, { challenge });
      const added = experts.filter((e) => !existing.some((a) => a.expert.id === e.id));
      for (const expert of added) tx.create(ExpertAssignment, { challenge, expert, assignedBy: viewer.id });
      await notifyUsers(tx, added.map((e) => e.id), {
        kind: NotificationKind.REVIEW_ASSIGNED,
        title: `评审邀请：${challenge.title}`,
        body:
          challenge.status === ChallengeStatus.EVALUATING
            ? 'You are assigned to review this challenge; its bids are ready to score.'
            : 'You are assigned to review this challenge; you can score its bids once bidding closes.',
        challengeId: challenge.id,
      });
      return challenge;
    });
  }

  /** Bureau: removes an expert (and their scores) before the review closes. */
  async unassignExpert(viewer: Viewer, challengeId: string, expertId: string): Promise<Challenge> {
    if (!viewer.isBureau) throw CommonError.forbidden('Only the science bureau assigns experts.');
    return withLockedChallenge(this.em, viewer, challengeId, async (tx, challenge) => {
      if (challenge.reviewClosedAt) throw ReviewError.reviewClosed();
      const assignment = await tx.findOne(ExpertAssignment, { challenge, expert: expertId });
      if (!assignment) throw CommonError.notFound('Assignment of expert', expertId);
      await tx.nativeDelete(ReviewScore, { expert: expertId, bid: { challenge: challenge.id } });
      tx.remove(assignment);
      return challenge;
    });
  }

  /** An assigned expert scores one bid on every criterion; re-scoring replaces the sheet until the review closes. */
  async scoreBid(viewer: Viewer, input: ScoreBidInput): Promise<Bid> {
    await this.applyDeadlines();
    const bid = await this.em.findOne(Bid, { id: input.bidId });
    // A withdrawn bid is sealed from the experts like from everyone else: it does not exist for them.
    if (!bid || bid.status !== BidStatus.SUBMITTED) throw CommonError.notFound('Bid', input.bidId);
    const assigned = await this.em.count(ExpertAssignment, { challenge: bid.challenge.id, expert: viewer.id });
    if (!assigned) throw CommonError.notFound('Bid', input.bidId);
    return withLockedChallenge(this.em, viewer, bid.challenge.id, async (tx, challenge) => {
      if (challenge.status !== ChallengeStatus.EVALUATING) throw ReviewError.notEvaluating(challenge.status);
      if (challenge.reviewClosedAt) throw ReviewError.reviewClosed();
      const keys = challenge.criteria.map((c) => c.key);
      const given = input.scores.map((s) => s.criterionKey);
      const unknown = given.filter((k) => !keys.includes(k));
      const missing = keys.filter((k) => !given.includes(k));
      if (unknown.length || missing.length || new Set(given).size !== given.length) {
        throw ReviewError.scoresIncomplete(
          `Score each criterion exactly once (${keys.join(', ')})` +
            (missing.length ? `; missing: ${missing.join(', ')}` : '') +
            (unknown.length ? `; unknown: ${unknown.join(', ')}` : '') +
            '.',
        );
      }
      const existing = await tx.find(ReviewScore, { bid: bid.id, expert: viewer.id });
      for (const { criterionKey, score, comment } of input.scores) {
        const row = existing.find((e) => e.criterionKey === criterionKey);
        if (row) Object.assign(row, { score, comment: comment.trim() });
        else tx.create(ReviewScore, { bid: bid.id, expert: viewer.id, criterionKey, score, comment: comment.trim() });
      }
      return tx.findOneOrFail(Bid, { id: bid.id });
    });
  }

  /** Owner or bureau: closes the review, revealing every expert's scores and the ranking to those who may see bids. */
  async closeReview(viewer: Viewer, challengeId: string): Promise<Challenge> {
    await this.applyDeadlines();
    return withLockedChallenge(this.em, viewer, challengeId, async (_tx, challenge) => {
      if (!viewer.isBureau && !viewer.isMemberOf(challenge.ownerOrganization.id)) throw ChallengeError.notOwner();
      if (challenge.status !== ChallengeStatus.EVALUATING) throw ReviewError.notEvaluating(challenge.status);
      if (challenge.reviewClosedAt) throw ReviewError.reviewClosed();
      challenge.reviewClosedAt = new Date();
      return challenge;
    });
  }
}

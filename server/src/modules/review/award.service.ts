import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { Bid } from '../bid/bid.entity';
import { BidOutcome, BidStatus } from '../bid/bid.types';
import { transition, withLockedChallenge } from '../challenge/challenge-lock';
import type { Challenge } from '../challenge/challenge.entity';
import { CLOSED_FOR_BIDDING_STATUSES, ChallengeStatus } from '../challenge/challenge-status';
import { ChallengeError } from '../challenge/challenge.errors';
import { NotificationKind } from '../notification/notification.entity';
import { notifyOrganizations } from '../notification/notification.service';
import { ReviewError } from './review.errors';
import type { AwardInput, BidFeedbackInput, NoWinnerInput } from './review.inputs';

const OUTCOME_TEXT: Record<BidOutcome, string> = {
  [BidOutcome.AWARDED]: '恭喜，您的揭榜方案已中选（挂帅）',
  [BidOutcome.NOT_SELECTED]: '您的揭榜方案未中选',
  [BidOutcome.PENDING]: '',
};

/**
 * The owner's decision: award exactly one bid (挂帅) or declare no winner (流标). Exactly-once under
 * concurrency: the challenge row is locked and its state re-checked, and a partial unique index forbids a
 * second AWARDED bid even if the application were wrong. Every bidder is told its outcome.
 */
export class AwardService {
  constructor(
    private readonly em: EntityManager,
    private readonly applyDeadlines: () => Promise<unknown>,
  ) {}

  private async decide(
    viewer: Viewer,
    challengeId: string,
    to: ChallengeStatus.AWARDED | ChallengeStatus.NO_WINNER,
    winnerId: string | null,
    feedback: BidFeedbackInput[],
    reason: string | null,
  ): Promise<Challenge> {
    await this.applyDeadlines();
    return withLockedChallenge(this.em, viewer, challengeId, async (tx, challenge) => {
      if (!viewer.isMemberOf(challenge.ownerOrganization.id)) throw ChallengeError.notOwner();
      transition(tx, challenge, to, viewer.id, to === ChallengeStatus.AWARDED ? 'award it' : 'declare no winner', reason);
      const bids = await tx.find(Bid, { challenge, status: BidStatus.SUBMITTED });
      if (winnerId && !bids.some((b) => b.id === winnerId)) throw ReviewError.bidNotInChallenge(winnerId);
      for (const item of feedback) {
        if (!bids.some((b) => b.id === item.bidId)) throw ReviewError.bidNotInChallenge(item.bidId);
      }
      for (const bid of bids) {
        bid.outcome = bid.id === winnerId ? BidOutcome.AWARDED : BidOutcome.NOT_SELECTED;
        const written = feedback.find((f) => f.bidId === bid.id)?.feedback.trim();
        if (written) bid.feedback = written;
        else if (!bid.feedback && reason) bid.feedback = reason;
      }
      challenge.reviewClosedAt ??= new Date();
      await tx.flush();
      for (const bid of bids) {
        await notifyOrganizations(tx, [bid.organization.id], {
          kind: NotificationKind.BID_OUTCOME,
          title: `揭榜结果：${challenge.title}`,
          body: `${OUTCOME_TEXT[bid.outcome]}。${bid.feedback ? `反馈：${bid.feedback}` : ''}`,
          challengeId: challenge.id,
          bidId: bid.id,
        });
      }
      return challenge;
    });
  }

  /** Awards one bid; the others are not selected. */
  async award(viewer: Viewer, input: AwardInput): Promise<Challenge> {
    return this.decide(viewer, input.challengeId, ChallengeStatus.AWARDED, input.bidId, input.feedback ?? [], null);
  }

  /** No bid qualified (流标): every bid is not selected, with the reason as default feedback. */
  async declareNoWinner(viewer: Viewer, input: NoWinnerInput): Promise<Challenge> {
    return this.decide(viewer, input.challengeId, ChallengeStatus.NO_WINNER, null, input.feedback ?? [], input.reason.trim());
  }

  /** The owner writes (or rewrites) feedback for one bidder, during evaluation or after the decision. */
  async setFeedback(viewer: Viewer, input: BidFeedbackInput): Promise<Bid> {
    const bid = await this.em.findOne(Bid, { id: input.bidId }, { populate: ['challenge'] });
    if (!bid || bid.status !== BidStatus.SUBMITTED) throw CommonError.notFound('Bid', input.bidId);
    // Sealed until bidding closes: before that the owner cannot know the bid exists.
    const ownerMaySee = viewer.isMemberOf(bid.challenge.ownerOrganization.id) && CLOSED_FOR_BIDDING_STATUSES.includes(bid.challenge.status);
    if (!ownerMaySee) throw CommonError.notFound('Bid', input.bidId);
    bid.feedback = input.feedback.trim();
    await this.em.flush();
    return bid;
  }
}

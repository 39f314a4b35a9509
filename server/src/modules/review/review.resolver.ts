import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import { ChallengeConnection } from '../challenge/challenge.resolver';
import type { Context } from '../../context';
import { Role } from '../../graphql/auth-checker';
import { Bid } from '../bid/bid.entity';
import { canReadBid } from '../bid/bid-access';
import { canReadOthersBids, type ChallengeRelation } from '../challenge/challenge-access';
import { challengeRelation } from '../challenge/challenge-relation';
import { Challenge } from '../challenge/challenge.entity';
import { User } from '../user/user.entity';
import { BidStatus } from '../bid/bid.types';
import { rankBids } from './ranking';
import { ReviewScore } from './review-score.entity';
import { AssignExpertsInput, AwardInput, BidFeedbackInput, NoWinnerInput, ScoreBidInput } from './review.inputs';

@ObjectType({ description: "A bid's place in the weighted ranking of the expert review." })
export class BidRanking {
  @Field(() => Bid)
  bid!: Bid;

  @Field(() => Float, { nullable: true, description: "Mean of the experts' weighted totals (0–100); null when unscored." })
  averageScore!: number | null;

  @Field(() => Int, { description: 'Experts who scored every criterion.' })
  expertCount!: number;

  @Field(() => Int, { nullable: true, description: '1 is best; equal scores share a rank.' })
  rank!: number | null;
}

/** Scores and rankings are blind: each expert sees their own until the review closes; then everyone who may read the bids. */
function canSeeAllScores(challenge: Challenge, r: ChallengeRelation): boolean {
  return r.isBureau || (challenge.reviewClosedAt != null && canReadOthersBids(challenge, r));
}

@Resolver(() => Challenge)
export class ChallengeReviewResolver {
  @FieldResolver(() => [User], { nullable: true, description: 'Assigned experts; for the bureau only (owners must not lobby them).' })
  async experts(@Root() challenge: Challenge, @Ctx() { viewer, loaders }: Context): Promise<User[] | null> {
    if (!viewer?.isBureau) return null;
    const assignments = await loaders.assignmentsByChallenge.load(challenge.id);
    return (await loaders.userById.loadMany(assignments.map((a) => a.expert.id))).filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => [BidRanking], { nullable: true, description: 'The weighted ranking, once the review is closed (the bureau: always).' })
  async ranking(@Root() challenge: Challenge, @Ctx() context: Context): Promise<BidRanking[] | null> {
    if (!canSeeAllScores(challenge, await challengeRelation(context, challenge))) return null;
    // Through loaders, so that ranking a page of challenges costs the same few queries as ranking one.
    const bids = (await context.loaders.bidsByChallenge.load(challenge.id)).filter((bid) => bid.status === BidStatus.SUBMITTED);
    const scores = (await context.loaders.scoresByBid.loadMany(bids.map((bid) => bid.id))).flatMap((list) => (Array.isArray(list) ? list : []));
    const ranks = rankBids(
      bids.map((bid) => bid.id),
      challenge.criteria,
      scores.map((s) => ({ bidId: s.bid.id, expertId: s.expert.id, criterionKey: s.criterionKey, score: s.score })),
    );
    return ranks.map((rank) => ({ ...rank, bid: bids.find((bid) => bid.id === rank.bidId)! }));
  }

  @Authorized(Role.BUREAU)
  @Query(() => [User], { name: 'experts', description: 'Bureau: everyone who may be assigned as a reviewer (评审专家), by name.' })
  async expertList(@Ctx() { services, viewer }: Context): Promise<User[]> {
    return services.reviews.experts(viewer!);
  }

  @Authorized(Role.EXPERT)
  @Query(() => ChallengeConnection, { description: 'Expert: the challenges you are assigned to review (评审任务), newest assignment first.' })
  async reviewAssignments(@Args() { first, after }: PageArgs, @Ctx() { services, viewer }: Context): Promise<ChallengeConnection> {
    return services.reviews.assignedChallenges(viewer!, first, after);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => Challenge, { description: 'Bureau: assigns experts to review a challenge.' })
  async assignExperts(@Arg('input') input: AssignExpertsInput, @Ctx() { services, viewer }: Context) {
    return services.reviews.assignExperts(viewer!, input);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => Challenge, { description: 'Bureau: removes an expert and their scores before the review closes.' })
  async unassignExpert(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('expertId', () => ID) expertId: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.reviews.unassignExpert(viewer!, challengeId, expertId);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: "Owner or bureau: closes the review, revealing all experts' scores and the ranking." })
  async closeReview(@Arg('challengeId', () => ID) challengeId: string, @Ctx() { services, viewer }: Context) {
    return services.reviews.closeReview(viewer!, challengeId);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Owner: awards exactly one bid (挂帅); every bidder is told its outcome.' })
  async awardChallenge(@Arg('input') input: AwardInput, @Ctx() { services, viewer }: Context) {
    return services.awards.award(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Owner: no bid qualified (流标); every bidder is told, with the reason.' })
  async declareNoWinner(@Arg('input') input: NoWinnerInput, @Ctx() { services, viewer }: Context) {
    return services.awards.declareNoWinner(viewer!, input);
  }
}

@Resolver(() => Bid)
export class BidReviewResolver {
  @Authorized(Role.EXPERT)
  @Mutation(() => Bid, { description: 'Assigned expert: scores a bid on every criterion (0–100) with comments; blind to other experts.' })
  async scoreBid(@Arg('input') input: ScoreBidInput, @Ctx() { services, viewer }: Context) {
    return services.reviews.scoreBid(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Bid, { description: 'Owner: writes the feedback a bidder reads with its outcome.' })
  async setBidFeedback(@Arg('input') input: BidFeedbackInput, @Ctx() { services, viewer }: Context) {
    return services.awards.setFeedback(viewer!, input);
  }

  @FieldResolver(() => [ReviewScore], {
    nullable: true,
    description: "Experts' scores: an assigned expert sees their own; everyone who may read the bids sees all once the review closed.",
  })
  async scores(@Root() bid: Bid, @Ctx() context: Context): Promise<ReviewScore[] | null> {
    const { viewer, loaders } = context;
    if (!viewer || !(await canReadBid(context, bid))) return null;
    const challenge = (await loaders.challengeById.load(bid.challenge.id))!;
    const relation = await challengeRelation(context, challenge);
    const scores = await loaders.scoresByBid.load(bid.id);
    if (canSeeAllScores(challenge, relation)) return scores;
    if (relation.isAssignedExpert) return scores.filter((s) => s.expert.id === viewer.id);
    return null;
  }
}

@Resolver(() => ReviewScore)
export class ReviewScoreResolver {
  @FieldResolver(() => String, { description: 'The expert’s name.' })
  async expertName(@Root() score: ReviewScore, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.userById.load(score.expert.id))?.displayName ?? '';
  }
}

import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../../graphql/auth-checker';
import { Connection, PageArgs } from '../../graphql/connection';
import { Bid } from '../bid/bid.entity';
import { readableBids } from '../bid/bid-access';
import { BidStatus } from '../bid/bid.types';
import { TechField } from '../field/tech-field.entity';
import { Organization } from '../organization/organization.entity';
import { canSeeChallenge, canSeeDetails, canSeeHistory, canReadOthersBids } from './challenge-access';
import { challengeRelation } from './challenge-relation';
import { ChallengeTransition } from './challenge-transition.entity';
import { Challenge } from './challenge.entity';
import { ChallengeStatus } from './challenge-status';
import { Contact, Indicator } from './challenge.types';
import { ChallengeFilter, ChallengeSort, CreateChallengeInput, CriterionInput, ReasonInput, UpdateChallengeInput } from './challenge.inputs';

@ObjectType()
export class ChallengeConnection extends Connection(Challenge) {}

@ObjectType({ description: 'The confidential part of a brief: visible to all for PUBLIC challenges, after the NDA for NDA ones.' })
export class ChallengeDetails {
  @Field()
  statement!: string;

  @Field(() => [Indicator])
  indicators!: Indicator[];

  @Field()
  ipTerms!: string;

  @Field(() => Contact)
  contact!: Contact;
}

@Resolver(() => Challenge)
export class ChallengeResolver {
  @Query(() => Challenge, { nullable: true, description: 'A challenge, or null when it does not exist or is not visible to you.' })
  async challenge(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Challenge | null> {
    await context.services.applyDeadlines();
    const challenge = await context.loaders.challengeById.load(id);
    if (!challenge || !canSeeChallenge(challenge, await challengeRelation(context, challenge))) return null;
    return challenge;
  }

  @Query(() => ChallengeConnection, { description: '榜单大厅: published challenges (plus your own, or all for the bureau).' })
  async challenges(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => ChallengeFilter, { nullable: true }) filter: ChallengeFilter | null,
    @Arg('sort', () => ChallengeSort, { defaultValue: ChallengeSort.NEWEST }) sort: ChallengeSort,
    @Ctx() { services, viewer }: Context,
  ): Promise<ChallengeConnection> {
    return services.challengeQueries.list(viewer, filter ?? {}, sort, first, after);
  }

  @Authorized()
  @Query(() => ChallengeConnection, { description: "Your organizations' challenges, in every state." })
  async myChallenges(
    @Args() { first, after }: PageArgs,
    @Arg('statuses', () => [ChallengeStatus], { nullable: true }) statuses: ChallengeStatus[] | null,
    @Arg('sort', () => ChallengeSort, { defaultValue: ChallengeSort.NEWEST }) sort: ChallengeSort,
    @Ctx() { services, viewer }: Context,
  ): Promise<ChallengeConnection> {
    return services.challengeQueries.mine(viewer!, statuses, sort, first, after);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Creates a draft (草稿) for your enterprise.' })
  async createChallenge(@Arg('input') input: CreateChallengeInput, @Ctx() { services, viewer }: Context) {
    return services.challenges.create(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Edits a draft or a rejected challenge.' })
  async updateChallenge(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateChallengeInput, @Ctx() { services, viewer }: Context) {
    return services.challenges.update(viewer!, id, input);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Replaces the review criteria (weights add up to 100); until publication.' })
  async setChallengeCriteria(
    @Arg('id', () => ID) id: string,
    @Arg('criteria', () => [CriterionInput]) criteria: CriterionInput[],
    @Ctx() { services, viewer }: Context,
  ) {
    return services.challenges.setCriteria(viewer!, id, criteria);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Sends a draft or a revised rejected challenge to the bureau.' })
  async submitChallenge(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    return services.challenges.submit(viewer!, id);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => Challenge, { description: 'Bureau: publishes a submitted challenge (发榜).' })
  async publishChallenge(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    return services.challenges.publish(viewer!, id);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => Challenge, { description: 'Bureau: returns a submitted challenge with a reason (驳回).' })
  async rejectChallenge(@Arg('input') input: ReasonInput, @Ctx() { services, viewer }: Context) {
    return services.challenges.reject(viewer!, input.challengeId, input.reason);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Owner or bureau: cancels an open challenge with a reason.' })
  async cancelChallenge(@Arg('input') input: ReasonInput, @Ctx() { services, viewer }: Context) {
    return services.challenges.cancel(viewer!, input.challengeId, input.reason);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Owner or bureau: the awarded team signed (签约).' })
  async markChallengeContracted(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    return services.challenges.markContracted(viewer!, id);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: 'Owner or bureau: the work passed final acceptance (验收).' })
  async markChallengeCompleted(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.challenges.markCompleted(viewer!, id, note);
  }

  @Authorized()
  @Mutation(() => Challenge, { description: "Accepts a confidential challenge's NDA for your organization; then its details are visible." })
  async acceptNda(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.challenges.acceptNda(viewer!, challengeId, organizationId);
  }

  @FieldResolver(() => Organization)
  async ownerOrganization(@Root() challenge: Challenge, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.organizationById.load(challenge.ownerOrganization.id))!;
  }

  @FieldResolver(() => String)
  fieldCode(@Root() challenge: Challenge): string {
    return challenge.field.code;
  }

  @FieldResolver(() => TechField)
  async field(@Root() challenge: Challenge, @Ctx() { loaders }: Context): Promise<TechField> {
    return (await loaders.techFieldByCode.load(challenge.field.code))!;
  }

  @FieldResolver(() => Boolean, { description: 'True when you may read the details (public, or NDA accepted, or yours).' })
  async detailsVisible(@Root() challenge: Challenge, @Ctx() context: Context): Promise<boolean> {
    return canSeeDetails(challenge, await challengeRelation(context, challenge));
  }

  @FieldResolver(() => ChallengeDetails, { nullable: true, description: 'Null unless detailsVisible.' })
  async details(@Root() challenge: Challenge, @Ctx() context: Context): Promise<ChallengeDetails | null> {
    if (!canSeeDetails(challenge, await challengeRelation(context, challenge))) return null;
    const { statement, indicators, ipTerms, contact } = challenge;
    return { statement, indicators, ipTerms, contact };
  }

  @FieldResolver(() => Boolean, { description: 'Whether one of your organizations accepted the NDA.' })
  async ndaAccepted(@Root() challenge: Challenge, @Ctx() context: Context): Promise<boolean> {
    return (await challengeRelation(context, challenge)).ndaAccepted;
  }

  @FieldResolver(() => [ChallengeTransition], { nullable: true, description: 'Lifecycle history; for the owner and the bureau.' })
  async history(@Root() challenge: Challenge, @Ctx() context: Context): Promise<ChallengeTransition[] | null> {
    if (!canSeeHistory(await challengeRelation(context, challenge))) return null;
    return context.loaders.transitionsByChallenge.load(challenge.id);
  }

  @FieldResolver(() => [Bid], {
    description: "Sealed: your own organization's bid; every live bid for the owner and assigned experts once bidding closed; all for the bureau.",
  })
  async bids(@Root() challenge: Challenge, @Ctx() context: Context): Promise<Bid[]> {
    if (!context.viewer) return [];
    return readableBids(context, await context.loaders.bidsByChallenge.load(challenge.id));
  }

  @FieldResolver(() => Bid, { nullable: true, description: "Your organization's bid on this challenge, if any." })
  async myBid(@Root() challenge: Challenge, @Ctx() { viewer, loaders }: Context): Promise<Bid | null> {
    if (!viewer) return null;
    const bids = await loaders.bidsByChallenge.load(challenge.id);
    return bids.find((bid) => viewer.isMemberOf(bid.organization.id)) ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Number of live bids; for those who may read them (null otherwise).' })
  async bidCount(@Root() challenge: Challenge, @Ctx() context: Context): Promise<number | null> {
    if (!canReadOthersBids(challenge, await challengeRelation(context, challenge))) return null;
    const bids = await context.loaders.bidsByChallenge.load(challenge.id);
    return bids.filter((bid) => bid.status === BidStatus.SUBMITTED).length;
  }
}

@Resolver(() => ChallengeTransition)
export class ChallengeTransitionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who acted; null when the platform did (deadline).' })
  async actorName(@Root() transition: ChallengeTransition, @Ctx() { loaders }: Context): Promise<string | null> {
    if (!transition.actor) return null;
    return (await loaders.userById.load(transition.actor.id))?.displayName ?? null;
  }
}

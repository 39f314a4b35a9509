import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../graphql/connection';
import { Challenge } from '../challenge/challenge.entity';
import { Organization } from '../organization/organization.entity';
import { canReadBid } from './bid-access';
import { Bid } from './bid.entity';
import { BidContentInput, SubmitBidInput } from './bid.inputs';
import { BidOutcome } from './bid.types';

@ObjectType()
export class BidConnection extends Connection(Bid) {}

@Resolver(() => Bid)
export class BidResolver {
  @Query(() => Bid, { nullable: true, description: 'A bid, or null when it does not exist or is sealed from you.' })
  async bid(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Bid | null> {
    await context.services.applyDeadlines();
    const bid = await context.loaders.bidById.load(id);
    return bid && (await canReadBid(context, bid)) ? bid : null;
  }

  @Authorized()
  @Query(() => BidConnection, { description: "Your organizations' bids, newest first, with their outcomes." })
  async myBids(@Args() { first, after }: PageArgs, @Ctx() { services, viewer }: Context): Promise<BidConnection> {
    return services.bids.mine(viewer!, first, after);
  }

  @Authorized()
  @Mutation(() => Bid, { description: '揭榜: submits your institute’s proposal; one per organization and challenge, until the deadline.' })
  async submitBid(@Arg('input') input: SubmitBidInput, @Ctx() { services, viewer }: Context) {
    return services.bids.submit(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Bid, { description: 'Edits your bid until the deadline.' })
  async updateBid(@Arg('id', () => ID) id: string, @Arg('input') input: BidContentInput, @Ctx() { services, viewer }: Context) {
    return services.bids.update(viewer!, id, input);
  }

  @Authorized()
  @Mutation(() => Bid, { description: 'Withdraws your bid until the deadline; the owner never sees it.' })
  async withdrawBid(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    return services.bids.withdraw(viewer!, id);
  }

  @FieldResolver(() => Challenge)
  async challenge(@Root() bid: Bid, @Ctx() { loaders }: Context): Promise<Challenge> {
    return (await loaders.challengeById.load(bid.challenge.id))!;
  }

  @FieldResolver(() => Organization, { description: 'The bidding institute or university.' })
  async organization(@Root() bid: Bid, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.organizationById.load(bid.organization.id))!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The owner's feedback: the bidder reads it once the outcome is decided; the owner and the bureau always.",
  })
  async feedback(@Root() bid: Bid, @Ctx() { viewer, loaders }: Context): Promise<string | null> {
    if (!viewer || !bid.feedback) return null;
    if (viewer.isBureau) return bid.feedback;
    const challenge = await loaders.challengeById.load(bid.challenge.id);
    if (challenge && viewer.isMemberOf(challenge.ownerOrganization.id)) return bid.feedback;
    if (viewer.isMemberOf(bid.organization.id) && bid.outcome !== BidOutcome.PENDING) return bid.feedback;
    return null;
  }
}

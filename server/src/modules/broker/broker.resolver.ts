import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../../graphql/auth-checker';
import { Connection, PageArgs } from '../../graphql/connection';
import { Capability } from '../capability/capability.entity';
import { CapabilityVisibility } from '../capability/capability.types';
import { canSeeChallenge } from '../challenge/challenge-access';
import { challengeRelation } from '../challenge/challenge-relation';
import { Challenge } from '../challenge/challenge.entity';
import { canSeeContract, contractRelation } from '../contract/contract-access';
import { TechContract } from '../contract/contract.entity';
import { TechField } from '../field/tech-field.entity';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { BrokerProfile } from './broker-profile.entity';
import { AddDealActivityInput, CreateDealInput, DealContentInput, DealFilter, SaveBrokerProfileInput } from './broker.inputs';
import { BrokerKpis, DealPipeline, NewBrokersProgress } from './broker.types';
import { DealActivity } from './deal-activity.entity';
import { MAX_PER_STAGE } from './deal-query.service';
import { DEAL_TRANSITIONS, DealStage } from './deal-stage';
import { Deal } from './deal.entity';

@ObjectType()
export class BrokerProfileConnection extends Connection(BrokerProfile) {}

@ObjectType()
export class DealConnection extends Connection(Deal) {}

@InputType()
export class BrokerFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Works in this field (or one of its sub-fields).' })
  @IsOptional()
  fieldCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Certified in this year.' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  certifiedYear?: number | null;
}

@ArgsType()
export class PipelineArgs {
  @Field(() => ID, { nullable: true, description: "One broker's board; by default your own if you are a broker, else every deal you may see." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  brokerId?: string | null;

  @Field(() => ID, { nullable: true, description: "The board of one broker organization's brokers." })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => [DealStage], { nullable: true, description: 'Only these columns.' })
  @IsOptional()
  stages?: DealStage[] | null;

  @Field(() => Int, { description: `Cards per column, 1 to ${MAX_PER_STAGE}.` })
  @Min(1)
  @Max(MAX_PER_STAGE)
  perStage: number = 50;
}

@Resolver(() => BrokerProfile)
export class BrokerProfileResolver {
  @Authorized()
  @Query(() => BrokerProfile, { nullable: true, description: "A user's broker profile, or null when they have none." })
  async brokerProfile(@Arg('userId', () => ID) userId: string, @Ctx() { loaders }: Context): Promise<BrokerProfile | null> {
    return loaders.brokerProfileByUser.load(userId);
  }

  @Authorized()
  @Query(() => BrokerProfileConnection, { description: 'Certified brokers (技术经纪人) holding the role.' })
  async brokers(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => BrokerFilter, { nullable: true }) filter: BrokerFilter | null,
    @Ctx() { services }: Context,
  ): Promise<BrokerProfileConnection> {
    return services.brokerProfiles.list(filter ?? {}, first, after);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => BrokerProfile, { description: 'Records (or updates) a certified broker and grants the BROKER role. Bureau only.' })
  async saveBrokerProfile(@Arg('input') input: SaveBrokerProfileInput, @Ctx() { services }: Context): Promise<BrokerProfile> {
    return services.brokerProfiles.save(input);
  }

  @FieldResolver(() => User)
  async user(@Root() profile: BrokerProfile, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(profile.user.id))!;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() profile: BrokerProfile, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.organizationById.load(profile.organization.id))!;
  }

  @FieldResolver(() => [TechField])
  async fields(@Root() profile: BrokerProfile, @Ctx() { loaders }: Context): Promise<TechField[]> {
    const fields = await loaders.techFieldByCode.loadMany(profile.fieldCodes);
    return fields.filter((field): field is TechField => field instanceof TechField);
  }

  @FieldResolver(() => Int, { description: 'The year of certification: the year the broker counts as new.' })
  certifiedYear(@Root() profile: BrokerProfile): number {
    return Number(profile.certifiedOn.slice(0, 4));
  }
}

@Resolver(() => User)
export class UserBrokerProfileResolver {
  @FieldResolver(() => BrokerProfile, { nullable: true, description: 'The broker profile, for certified brokers.' })
  async brokerProfile(@Root() user: User, @Ctx() { loaders, viewer }: Context): Promise<BrokerProfile | null> {
    return viewer ? loaders.brokerProfileByUser.load(user.id) : null;
  }
}

@Resolver(() => Deal)
export class DealResolver {
  @Authorized()
  @Query(() => Deal, { description: 'A deal: NOT_FOUND unless you are its broker, in its broker organization, or the bureau.' })
  async deal(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context): Promise<Deal> {
    return services.dealQueries.get(viewer!, id);
  }

  @Authorized()
  @Query(() => DealConnection, { description: 'The deals you may see, most recently opened first.' })
  async deals(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => DealFilter, { nullable: true }) filter: DealFilter | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<DealConnection> {
    return services.dealQueries.list(viewer!, filter ?? {}, first, after);
  }

  @Authorized()
  @Query(() => DealPipeline, { description: 'The pipeline board: one column per stage, in board order.' })
  async dealPipeline(@Args() args: PipelineArgs, @Ctx() { services, viewer }: Context): Promise<DealPipeline> {
    const ownByDefault = !args.brokerId && !args.organizationId && viewer!.user.isBroker;
    return services.dealQueries.pipeline(viewer!, { ...args, brokerId: ownByDefault ? viewer!.id : args.brokerId }, args.perStage);
  }

  @Authorized(Role.BROKER)
  @Mutation(() => Deal, { description: 'Opens a deal as a LEAD of yours (needs a broker profile).' })
  async createDeal(@Arg('input') input: CreateDealInput, @Ctx() { services, viewer }: Context): Promise<Deal> {
    return services.deals.create(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Deal, { description: 'Edits your deal; null clears a field.' })
  async updateDeal(@Arg('id', () => ID) id: string, @Arg('input') input: DealContentInput, @Ctx() { services, viewer }: Context): Promise<Deal> {
    return services.deals.update(viewer!, id, input);
  }

  @Authorized()
  @Mutation(() => Deal, {
    description:
      'Moves your deal to another stage (a drag on the board). CONFLICT with currentStatus for an illegal move; LOST needs a reason; ' +
      'SIGNED needs the signed contract (contractId, or linked before); REGISTERED needs it registered.',
  })
  async moveDeal(
    @Arg('id', () => ID) id: string,
    @Arg('stage', () => DealStage) stage: DealStage,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Arg('contractId', () => ID, { nullable: true }) contractId: string | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<Deal> {
    return services.deals.move(viewer!, id, stage, reason, contractId);
  }

  @Authorized()
  @Mutation(() => Deal, { description: "Links the signed contract to your open deal: between the deal's parties, or crediting you as its broker." })
  async linkDealContract(
    @Arg('dealId', () => ID) dealId: string,
    @Arg('contractId', () => ID) contractId: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Deal> {
    return services.deals.linkContract(viewer!, dealId, contractId);
  }

  @Authorized()
  @Mutation(() => DealActivity, { description: 'Logs a call, meeting, visit, email or note on your deal.' })
  async addDealActivity(@Arg('input') input: AddDealActivityInput, @Ctx() { services, viewer }: Context): Promise<DealActivity> {
    return services.deals.addActivity(viewer!, input);
  }

  @FieldResolver(() => User)
  async broker(@Root() deal: Deal, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(deal.broker.id))!;
  }

  @FieldResolver(() => Organization, { description: "The broker's organization when the deal was opened." })
  async organization(@Root() deal: Deal, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.organizationById.load(deal.organization.id))!;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '买方' })
  async buyer(@Root() deal: Deal, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return deal.buyer ? loaders.organizationById.load(deal.buyer.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '卖方' })
  async seller(@Root() deal: Deal, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return deal.seller ? loaders.organizationById.load(deal.seller.id) : null;
  }

  @FieldResolver(() => Challenge, { nullable: true, description: 'The challenge, when you may see it.' })
  async challenge(@Root() deal: Deal, @Ctx() context: Context): Promise<Challenge | null> {
    if (!deal.challenge) return null;
    const challenge = await context.loaders.challengeById.load(deal.challenge.id);
    return challenge && canSeeChallenge(challenge, await challengeRelation(context, challenge)) ? challenge : null;
  }

  @FieldResolver(() => Capability, { nullable: true, description: 'The capability, when you may see it.' })
  async capability(@Root() deal: Deal, @Ctx() { loaders, viewer }: Context): Promise<Capability | null> {
    if (!deal.capability) return null;
    const capability = await loaders.capabilityById.load(deal.capability.id);
    if (!capability || !viewer) return null;
    const visible = capability.visibility !== CapabilityVisibility.PRIVATE || viewer.isBureau || viewer.isMemberOf(capability.organization.id);
    return visible ? capability : null;
  }

  @FieldResolver(() => TechContract, { nullable: true, description: 'The signed contract, when you may see it (its parties, attributed brokers, the bureau).' })
  async contract(@Root() deal: Deal, @Ctx() { loaders, viewer }: Context): Promise<TechContract | null> {
    if (!deal.contract || !viewer) return null;
    const [contract, brokerIds] = await Promise.all([
      loaders.dealContractById.load(deal.contract.id),
      loaders.attributedBrokerIdsByContract.load(deal.contract.id),
    ]);
    return contract && canSeeContract(contractRelation(viewer, contract, brokerIds)) ? contract : null;
  }

  @FieldResolver(() => [DealActivity], { description: 'The activity log, newest first (stage changes included).' })
  async activities(@Root() deal: Deal, @Ctx() { loaders }: Context): Promise<DealActivity[]> {
    return loaders.activitiesByDeal.load(deal.id);
  }

  @FieldResolver(() => [DealStage], { description: 'The stages this deal may be moved to now (the board enables these columns).' })
  allowedStages(@Root() deal: Deal): DealStage[] {
    return DEAL_TRANSITIONS[deal.stage];
  }
}

@Resolver(() => DealActivity)
export class DealActivityResolver {
  @FieldResolver(() => User)
  async author(@Root() activity: DealActivity, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(activity.author.id))!;
  }
}

@Resolver(() => BrokerKpis)
export class BrokerKpiResolver {
  @Authorized()
  @Query(() => BrokerKpis, { description: "A broker's KPIs for a year (yours by default): yours, your organization's brokers', or anyone's for the bureau." })
  async brokerKpis(
    @Arg('year', () => Int) year: number,
    @Arg('brokerId', () => ID, { nullable: true }) brokerId: string | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<BrokerKpis> {
    return services.brokerKpis.kpis(viewer!, brokerId ?? viewer!.id, year);
  }

  @Authorized()
  @Query(() => NewBrokersProgress, { description: 'New technology-transfer professionals (brokers certified) in a year against the target.' })
  async newBrokersProgress(@Arg('year', () => Int) year: number, @Ctx() { services }: Context): Promise<NewBrokersProgress> {
    return services.brokerKpis.newBrokersProgress(year);
  }

  @FieldResolver(() => User)
  async broker(@Root() kpis: BrokerKpis, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(kpis.brokerId))!;
  }
}

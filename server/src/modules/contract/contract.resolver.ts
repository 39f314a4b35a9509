import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Role } from '../../graphql/auth-checker';
import { MoneyScalar } from '../../graphql/money';
import { Connection, PageArgs } from '../../graphql/connection';
import { CommonError } from '../../errors';
import { Bid } from '../bid/bid.entity';
import { canReadBid } from '../bid/bid-access';
import { Challenge } from '../challenge/challenge.entity';
import { canSeeChallenge } from '../challenge/challenge-access';
import { challengeRelation } from '../challenge/challenge-relation';
import { TechField } from '../field/tech-field.entity';
import { Organization } from '../organization/organization.entity';
import { regionName } from '../organization/regions';
import { User } from '../user/user.entity';
import { inCity } from '../target/contract-rollup';
import { canSeeContract, contractRelation } from './contract-access';
import { ContractCategory } from './contract-category.entity';
import { ContractMilestone } from './contract-milestone.entity';
import { ContractRegistration } from './contract-registration.entity';
import { TechContract } from './contract.entity';
import {
  ContractChangeInput, ContractFilterInput, ContractInput, ContractTerminationInput, DefineContractCategoryInput, RegisterContractInput, RejectContractInput,
} from './contract.inputs';
import { PartyType, RegistrationStatus } from './contract.types';

@ObjectType()
export class TechContractConnection extends Connection(TechContract) {}

@ObjectType()
export class ContractRegistrationConnection extends Connection(ContractRegistration) {}

@ObjectType({ description: 'A party as on the registration form (snapshotted when the contract was made).' })
export class ContractParty {
  organizationId!: string | null;

  @Field()
  name!: string;

  @Field({ description: '统一社会信用代码' })
  creditCode!: string;

  @Field()
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'District name when in the city.' })
  regionName!: string | null;

  @Field({ description: 'Whether the party is in the city (its region code starts with 3702).' })
  inCity!: boolean;

  @Field(() => PartyType)
  partyType!: PartyType;
}

@ObjectType({ description: 'How you relate to a contract (what the client may offer you).' })
export class ContractViewerRelation {
  @Field() buyer!: boolean;
  @Field() seller!: boolean;
  @Field() broker!: boolean;
  @Field() bureau!: boolean;
}

@ObjectType({ description: 'A milestone as recorded in a registration version.' })
export class RegisteredMilestone {
  @Field() title!: string;
  @Field(() => LocalDateResolver) dueOn!: string;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => LocalDateResolver, { nullable: true }) paidOn!: string | null;
}

function party(contract: TechContract, side: 'buyer' | 'seller'): ContractParty {
  const regionCode = contract[`${side}RegionCode`];
  return {
    organizationId: contract[`${side}Organization`]?.id ?? null,
    name: contract[`${side}Name`],
    creditCode: contract[`${side}CreditCode`],
    regionCode,
    regionName: regionName(regionCode),
    inCity: inCity(regionCode),
    partyType: contract[`${side}PartyType`],
  };
}

/** A contract reached through another path (a challenge, the queue) is shown only to those who may see it. */
async function visibleOrNull(context: Context, contract: TechContract | null): Promise<TechContract | null> {
  if (!contract) return null;
  const relation = contractRelation(context.viewer, contract, await context.loaders.brokerIdsByContract.load(contract.id));
  return canSeeContract(relation) ? contract : null;
}

@Resolver(() => TechContract)
export class ContractResolver {
  @Authorized()
  @Query(() => TechContract, { description: 'A contract; NOT_FOUND unless you are a party, an attributed broker or the bureau.' })
  async contract(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context): Promise<TechContract> {
    return services.contracts.get(viewer!, id);
  }

  @Authorized()
  @Query(() => TechContractConnection, { description: 'Contracts you may see (your organizations’, your brokered ones; all for the bureau), newest first.' })
  async contracts(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => ContractFilterInput, { nullable: true }) filter: ContractFilterInput | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<TechContractConnection> {
    return services.contracts.list(viewer!, filter ?? {}, first, after);
  }

  @Authorized()
  @Query(() => TechContract, { nullable: true, description: 'The contract made from an awarded challenge, if any and visible to you.' })
  async contractOfChallenge(@Arg('challengeId', () => ID) challengeId: string, @Ctx() context: Context): Promise<TechContract | null> {
    return visibleOrNull(context, await context.loaders.contractByChallenge.load(challengeId));
  }

  @Query(() => [ContractCategory], { description: 'Contract categories (合同类别): groups and their subcategories; contracts use leaves.' })
  async contractCategories(@Ctx() { services }: Context): Promise<ContractCategory[]> {
    return services.contracts.categories();
  }

  @Authorized(Role.BUREAU)
  @Query(() => ContractRegistrationConnection, { description: 'Bureau: filings waiting for a decision (登记, 变更, 终止), oldest first.' })
  async contractRegistrationQueue(@Args() { first, after }: PageArgs, @Ctx() { services }: Context): Promise<ContractRegistrationConnection> {
    return services.contractRegistrations.queue(first, after);
  }

  @Authorized()
  @Mutation(() => TechContract, { description: 'A draft contract; you must belong to the buyer or the seller.' })
  async createContract(@Arg('input') input: ContractInput, @Ctx() { services, viewer }: Context) {
    return services.contracts.create(viewer!, input);
  }

  @Authorized()
  @Mutation(() => TechContract, { description: '揭榜 → 合同: a draft prefilled from an awarded challenge and its winning bid; owner or winner, once.' })
  async createContractFromAward(@Arg('challengeId', () => ID) challengeId: string, @Ctx() { services, viewer }: Context) {
    return services.contracts.createFromAward(viewer!, challengeId);
  }

  @Authorized()
  @Mutation(() => TechContract, { description: 'Replaces a draft or rejected contract’s content (parties stay).' })
  async updateContract(@Arg('id', () => ID) id: string, @Arg('input') input: ContractInput, @Ctx() { services, viewer }: Context) {
    return services.contracts.update(viewer!, id, input);
  }

  @Authorized()
  @Mutation(() => TechContract, { description: 'Seller: files the contract for registration (认定登记).' })
  async submitContract(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    return services.contractRegistrations.submit(viewer!, id);
  }

  @Authorized()
  @Mutation(() => TechContract, { description: 'Seller: files a change (变更) of a registered contract.' })
  async submitContractChange(@Arg('input') input: ContractChangeInput, @Ctx() { services, viewer }: Context) {
    return services.contractRegistrations.submitChange(viewer!, input);
  }

  @Authorized()
  @Mutation(() => TechContract, { description: 'Seller: files a termination (终止) with the amounts actually performed.' })
  async submitContractTermination(@Arg('input') input: ContractTerminationInput, @Ctx() { services, viewer }: Context) {
    return services.contractRegistrations.submitTermination(viewer!, input);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => TechContract, { description: 'Bureau: registers the pending filing (the first one with its 16-digit number).' })
  async registerContract(@Arg('input') input: RegisterContractInput, @Ctx() { services, viewer }: Context) {
    return services.contractRegistrations.register(viewer!, input);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => TechContract, { description: 'Bureau: does not register the pending filing (不予登记), with a reason.' })
  async rejectContract(@Arg('input') input: RejectContractInput, @Ctx() { services, viewer }: Context) {
    return services.contractRegistrations.reject(viewer!, input.contractId, input.reason);
  }

  @Authorized()
  @Mutation(() => ContractMilestone, { description: 'A party records when a milestone was paid (null: not paid).' })
  async recordMilestonePayment(
    @Arg('milestoneId', () => ID) milestoneId: string,
    @Arg('paidOn', () => LocalDateResolver, { nullable: true }) paidOn: string | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.contracts.recordMilestonePayment(viewer!, milestoneId, paidOn);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => ContractCategory, { description: 'Bureau: adds a contract category the city uses, e.g. 作价投资.' })
  async defineContractCategory(@Arg('input') input: DefineContractCategoryInput, @Ctx() { services }: Context) {
    return services.contracts.defineCategory(input);
  }

  @FieldResolver(() => String)
  categoryCode(@Root() contract: TechContract): string {
    return contract.category.code;
  }

  @FieldResolver(() => ContractCategory)
  async category(@Root() contract: TechContract, @Ctx() { loaders }: Context): Promise<ContractCategory> {
    return (await loaders.contractCategoryByCode.load(contract.category.code))!;
  }

  @FieldResolver(() => String)
  fieldCode(@Root() contract: TechContract): string {
    return contract.field.code;
  }

  @FieldResolver(() => TechField)
  async field(@Root() contract: TechContract, @Ctx() { loaders }: Context): Promise<TechField> {
    return (await loaders.techFieldByCode.load(contract.field.code))!;
  }

  @FieldResolver(() => ContractParty, { description: '买方 (technology buyer, 吸纳方).' })
  buyer(@Root() contract: TechContract): ContractParty {
    return party(contract, 'buyer');
  }

  @FieldResolver(() => ContractParty, { description: '卖方 (technology seller, 输出方): files the registration.' })
  seller(@Root() contract: TechContract): ContractParty {
    return party(contract, 'seller');
  }

  @FieldResolver(() => [ContractMilestone])
  async milestones(@Root() contract: TechContract, @Ctx() { loaders }: Context): Promise<ContractMilestone[]> {
    return loaders.milestonesByContract.load(contract.id);
  }

  @FieldResolver(() => [User], { description: 'Brokers credited with the contract.' })
  async brokers(@Root() contract: TechContract, @Ctx() { loaders }: Context): Promise<User[]> {
    const ids = await loaders.brokerIdsByContract.load(contract.id);
    return (await loaders.userById.loadMany(ids)).filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => [ContractRegistration], { description: 'Registration history: every filing, registered versions and rejections, oldest first.' })
  async registrations(@Root() contract: TechContract, @Ctx() { loaders }: Context): Promise<ContractRegistration[]> {
    return loaders.registrationsByContract.load(contract.id);
  }

  @FieldResolver(() => ContractRegistration, { nullable: true, description: 'The filing waiting for the bureau, if any.' })
  async pendingRegistration(@Root() contract: TechContract, @Ctx() { loaders }: Context): Promise<ContractRegistration | null> {
    return (await loaders.registrationsByContract.load(contract.id)).find((r) => r.status === RegistrationStatus.SUBMITTED) ?? null;
  }

  @FieldResolver(() => ContractViewerRelation)
  async viewerRelation(@Root() contract: TechContract, @Ctx() { viewer, loaders }: Context): Promise<ContractViewerRelation> {
    return contractRelation(viewer, contract, await loaders.brokerIdsByContract.load(contract.id));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The buyer organization on the platform, if it has an account.' })
  async buyerOrganization(@Root() contract: TechContract, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return contract.buyerOrganization ? loaders.organizationById.load(contract.buyerOrganization.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The seller organization on the platform, if it has an account.' })
  async sellerOrganization(@Root() contract: TechContract, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return contract.sellerOrganization ? loaders.organizationById.load(contract.sellerOrganization.id) : null;
  }

  @FieldResolver(() => Challenge, { nullable: true, description: 'The 揭榜 challenge the contract came from.' })
  async challenge(@Root() contract: TechContract, @Ctx() context: Context): Promise<Challenge | null> {
    if (!contract.challenge) return null;
    const challenge = await context.loaders.challengeById.load(contract.challenge.id);
    return challenge && canSeeChallenge(challenge, await challengeRelation(context, challenge)) ? challenge : null;
  }

  @FieldResolver(() => Bid, { nullable: true, description: 'The winning bid, for those who may read it (sealed-bid rules).' })
  async bid(@Root() contract: TechContract, @Ctx() context: Context): Promise<Bid | null> {
    if (!contract.bid) return null;
    const bid = await context.loaders.bidById.load(contract.bid.id);
    return bid && (await canReadBid(context, bid)) ? bid : null;
  }
}

@Resolver(() => ContractRegistration)
export class ContractRegistrationResolver {
  @FieldResolver(() => [RegisteredMilestone])
  milestones(@Root() registration: ContractRegistration): RegisteredMilestone[] {
    return registration.milestones;
  }

  @FieldResolver(() => TechContract, { description: 'The contract filed (for the registration queue).' })
  async contract(@Root() registration: ContractRegistration, @Ctx() context: Context): Promise<TechContract> {
    const contract = await visibleOrNull(context, await context.loaders.contractById.load(registration.contract.id));
    if (!contract) throw CommonError.notFound('Contract', registration.contract.id);
    return contract;
  }

  @FieldResolver(() => User, { nullable: true })
  async submittedBy(@Root() registration: ContractRegistration, @Ctx() { loaders }: Context): Promise<User | null> {
    return registration.submittedBy ? loaders.userById.load(registration.submittedBy.id) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  async decidedBy(@Root() registration: ContractRegistration, @Ctx() { loaders }: Context): Promise<User | null> {
    return registration.decidedBy ? loaders.userById.load(registration.decidedBy.id) : null;
  }
}

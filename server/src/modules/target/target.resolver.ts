import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Role } from '../../graphql/auth-checker';
import { CommonError } from '../../errors';
import { DecimalScalar } from '../../graphql/decimal';
import { Organization } from '../organization/organization.entity';
import { CITY_CODE, regionName } from '../organization/regions';
import { User } from '../user/user.entity';
import { PartyType } from '../contract/contract.types';
import { BreakdownLevel, type BrokerRow, type PartyRow } from './dashboard.service';
import { AmountBasis, FlowBasis, TargetMetric } from './target.types';
import { YearlyTarget } from './yearly-target.entity';

registerEnumType(BreakdownLevel, { name: 'BreakdownLevel', description: 'TOP: groups (技术开发, 海洋科技...); LEAF: their subdivisions.' });

@InputType()
export class SetYearlyTargetInput {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => TargetMetric)
  metric!: TargetMetric;

  @Field(() => DecimalScalar, { description: 'Yuan (350亿元 = "35000000000") or people.' })
  targetValue!: string;

  @Field(() => AmountBasis, { nullable: true })
  amountBasis?: AmountBasis | null;

  @Field(() => FlowBasis, { nullable: true })
  flowBasis?: FlowBasis | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType({ description: 'Where the year stands against its turnover target. Amounts in yuan, shares as fractions ("0.4235").' })
export class TargetProgress {
  @Field(() => DecimalScalar, { description: 'Registered amount counted so far this year.' }) value!: string;
  @Field(() => Int) contracts!: number;
  @Field(() => DecimalScalar, { nullable: true }) target!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'value / target.' }) share!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Where a straight line from 0 on 1 January to the target on 31 December is today.' }) paceValue!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) paceShare!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'value − paceValue (negative: behind).' }) aheadOfPace!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'The year end if the year goes on at its pace so far.' }) projectedYearEnd!: string | null;
  @Field(() => LocalDateResolver) asOf!: string;
  @Field(() => Int) elapsedDays!: number;
  @Field(() => Int) daysInYear!: number;
}

@ObjectType()
export class MonthlyAmount {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) contracts!: number;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar) cumulative!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Straight-line pace to the target at the end of the month.' }) paceCumulative!: string | null;
}

@ObjectType()
export class BreakdownItem {
  @Field({ description: 'Category or field code, district region code, or party type.' }) key!: string;
  @Field() label!: string;
  @Field(() => Int) contracts!: number;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Share of the year total.' }) share!: string | null;
}

@ObjectType({ description: 'A seller or buyer with its counted contracts of the year.' })
export class PartyTotal {
  organizationId!: string | null;
  @Field() name!: string;
  @Field() creditCode!: string;
  @Field() regionCode!: string;
  @Field(() => PartyType) partyType!: PartyType;
  @Field(() => Int) contracts!: number;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType({ description: 'A broker with the counted contracts credited to them (each with the whole amount).' })
export class BrokerContribution {
  brokerId!: string;
  @Field(() => Int) contracts!: number;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType({ description: 'The target dashboard of a year: aggregates of registered contracts only.' })
export class ContractDashboard {
  @Field(() => Int) year!: number;
  @Field(() => AmountBasis) amountBasis!: AmountBasis;
  @Field(() => FlowBasis) flowBasis!: FlowBasis;
  @Field({ description: 'The city (GB/T 2260) whose outflow / inflow is counted.' }) cityCode!: string;
  @Field(() => YearlyTarget, { nullable: true, description: 'The year’s turnover target, if set.' }) target!: YearlyTarget | null;
}

const basisOf = (d: ContractDashboard) => ({ amountBasis: d.amountBasis, flowBasis: d.flowBasis });

@Resolver(() => ContractDashboard)
export class ContractDashboardResolver {
  @Authorized()
  @Query(() => ContractDashboard, { description: 'The target dashboard for a year, counted by the year’s target basis unless you choose another.' })
  async contractDashboard(
    @Arg('year', () => Int) year: number,
    @Arg('amountBasis', () => AmountBasis, { nullable: true }) amountBasis: AmountBasis | null,
    @Arg('flowBasis', () => FlowBasis, { nullable: true }) flowBasis: FlowBasis | null,
    @Ctx() { services }: Context,
  ): Promise<ContractDashboard> {
    if (year < 1985 || year > 2100) throw CommonError.badInput('year', 'must be between 1985 and 2100');
    const basis = await services.dashboard.basis(year, { amountBasis: amountBasis ?? undefined, flowBasis: flowBasis ?? undefined });
    return { year, ...basis, cityCode: CITY_CODE, target: await services.dashboard.target(year) };
  }

  @FieldResolver(() => TargetProgress)
  async progress(@Root() d: ContractDashboard, @Ctx() { services }: Context): Promise<TargetProgress> {
    return services.dashboard.progress(d.year, basisOf(d));
  }

  @FieldResolver(() => [MonthlyAmount])
  async byMonth(@Root() d: ContractDashboard, @Ctx() { services }: Context): Promise<MonthlyAmount[]> {
    return services.dashboard.byMonth(d.year, basisOf(d));
  }

  @FieldResolver(() => [BreakdownItem])
  async byCategory(
    @Root() d: ContractDashboard,
    @Arg('level', () => BreakdownLevel, { defaultValue: BreakdownLevel.TOP }) level: BreakdownLevel,
    @Ctx() { services }: Context,
  ): Promise<BreakdownItem[]> {
    return services.dashboard.byCategory(d.year, basisOf(d), level);
  }

  @FieldResolver(() => [BreakdownItem])
  async byField(
    @Root() d: ContractDashboard,
    @Arg('level', () => BreakdownLevel, { defaultValue: BreakdownLevel.TOP }) level: BreakdownLevel,
    @Ctx() { services }: Context,
  ): Promise<BreakdownItem[]> {
    return services.dashboard.byField(d.year, basisOf(d), level);
  }

  @FieldResolver(() => [BreakdownItem], { description: 'By district of the in-city party.' })
  async byDistrict(@Root() d: ContractDashboard, @Ctx() { services }: Context): Promise<BreakdownItem[]> {
    return services.dashboard.byDistrict(d.year, basisOf(d));
  }

  @FieldResolver(() => [BreakdownItem], { description: 'By legal-person type of the in-city party.' })
  async byPartyType(@Root() d: ContractDashboard, @Ctx() { services }: Context): Promise<BreakdownItem[]> {
    return services.dashboard.byPartyType(d.year, basisOf(d));
  }

  @FieldResolver(() => [PartyTotal])
  async topSellers(@Root() d: ContractDashboard, @Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() { services }: Context): Promise<PartyRow[]> {
    return services.dashboard.topParties('seller', d.year, basisOf(d), Math.min(Math.max(first, 1), 100));
  }

  @FieldResolver(() => [PartyTotal])
  async topBuyers(@Root() d: ContractDashboard, @Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() { services }: Context): Promise<PartyRow[]> {
    return services.dashboard.topParties('buyer', d.year, basisOf(d), Math.min(Math.max(first, 1), 100));
  }

  @FieldResolver(() => [BrokerContribution])
  async brokers(@Root() d: ContractDashboard, @Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() { services }: Context): Promise<BrokerRow[]> {
    return services.dashboard.brokers(d.year, basisOf(d), Math.min(Math.max(first, 1), 100));
  }
}

@Resolver(() => PartyTotal)
export class PartyTotalResolver {
  @FieldResolver(() => String, { nullable: true })
  regionName(@Root() row: PartyTotal): string | null {
    return regionName(row.regionCode);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization on the platform, if it has an account.' })
  async organization(@Root() row: PartyTotal, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return row.organizationId ? loaders.organizationById.load(row.organizationId) : null;
  }
}

@Resolver(() => BrokerContribution)
export class BrokerContributionResolver {
  @FieldResolver(() => User)
  async broker(@Root() row: BrokerContribution, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(row.brokerId))!;
  }
}

@Resolver(() => YearlyTarget)
export class YearlyTargetResolver {
  @Authorized()
  @Query(() => [YearlyTarget], { description: 'Yearly targets (all years, or one).' })
  async yearlyTargets(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() { services }: Context): Promise<YearlyTarget[]> {
    return services.targets.list(year);
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => YearlyTarget, { description: 'Bureau: sets a year’s target and how it is counted.' })
  async setYearlyTarget(@Arg('input') input: SetYearlyTargetInput, @Ctx() { services }: Context): Promise<YearlyTarget> {
    return services.targets.set(input);
  }
}

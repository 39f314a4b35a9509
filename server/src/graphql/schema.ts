import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './auth-checker';
import { UserResolver } from '../modules/user/user.resolver';
import { MembershipResolver, OrganizationResolver } from '../modules/organization/organization.resolver';
import { CapabilityResolver } from '../modules/capability/capability.resolver';
import { TechFieldResolver } from '../modules/field/tech-field.resolver';
import { ChallengeResolver, ChallengeTransitionResolver } from '../modules/challenge/challenge.resolver';
import { BidResolver } from '../modules/bid/bid.resolver';
import { BidReviewResolver, ChallengeReviewResolver, ReviewScoreResolver } from '../modules/review/review.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { MatchExplanationResolver, SearchResolver } from '../modules/search/search.resolver';
import { SearchSyncResolver } from '../search/search-sync.resolver';
import { ContractRegistrationResolver, ContractResolver } from '../modules/contract/contract.resolver';
import { BrokerContributionResolver, ContractDashboardResolver, PartyTotalResolver, YearlyTargetResolver } from '../modules/target/target.resolver';
import { BrokerKpiResolver, BrokerProfileResolver, DealActivityResolver, DealResolver, UserBrokerProfileResolver } from '../modules/broker/broker.resolver';

export const resolvers = [
  UserResolver,
  OrganizationResolver,
  MembershipResolver,
  CapabilityResolver,
  TechFieldResolver,
  ChallengeResolver,
  ChallengeTransitionResolver,
  ChallengeReviewResolver,
  BidResolver,
  BidReviewResolver,
  ReviewScoreResolver,
  NotificationResolver,
  SearchResolver,
  MatchExplanationResolver,
  SearchSyncResolver,
  BrokerProfileResolver,
  UserBrokerProfileResolver,
  DealResolver,
  DealActivityResolver,
  BrokerKpiResolver,
  ContractResolver,
  ContractRegistrationResolver,
  ContractDashboardResolver,
  PartyTotalResolver,
  BrokerContributionResolver,
  YearlyTargetResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process since type-graphql metadata is global anyway. */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    // Validate every input with class-validator, and reject properties the input type does not declare.
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  return cached;
}

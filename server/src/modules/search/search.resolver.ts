import type { ComplexityEstimator } from 'graphql-query-complexity';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import {
  MATCH_MAX,
  MatchCapabilitiesArgs,
  MatchChallengesArgs,
  SEARCH_PAGE_MAX,
  SearchCapabilitiesArgs,
  SearchChallengesArgs,
} from './search.inputs';
import { CapabilityMatches, CapabilitySearchConnection, ChallengeMatches, ChallengeSearchConnection, MatchExplanation, RankingRuleScore } from './search.types';

/**
 * Cost of a page for the query cost limit: the page size counts only up to what the argument accepts, so an
 * absurd `first` is answered by argument validation (BAD_USER_INPUT naming `first`), not as an expensive query.
 */
const pageCost =
  (max: number): ComplexityEstimator =>
  ({ args, childComplexity }) =>
    1 + Math.min(Math.max(Number(args.first) || 1, 1), max) * Math.max(childComplexity, 1);

@Resolver()
export class SearchResolver {
  @Query(() => ChallengeSearchConnection, {
    complexity: pageCost(SEARCH_PAGE_MAX),
    description: 'Full-text search of challenges you may see, with filters, facet counts and highlights; without text it browses.',
  })
  async searchChallenges(@Args() args: SearchChallengesArgs, @Ctx() { services, viewer, loaders }: Context): Promise<ChallengeSearchConnection> {
    return services.search.searchChallenges(viewer, args, loaders);
  }

  @Query(() => CapabilitySearchConnection, {
    complexity: pageCost(SEARCH_PAGE_MAX),
    description: 'Full-text search of capabilities you may see, with filters, facet counts and highlights; without text it browses.',
  })
  async searchCapabilities(@Args() args: SearchCapabilitiesArgs, @Ctx() { services, viewer, loaders }: Context): Promise<CapabilitySearchConnection> {
    return services.search.searchCapabilities(viewer, args, loaders);
  }

  @Query(() => CapabilityMatches, {
    complexity: pageCost(MATCH_MAX),
    description: 'The capabilities that best answer a challenge you may see, each with why it was matched.',
  })
  async matchCapabilities(@Args() { challengeId, first }: MatchCapabilitiesArgs, @Ctx() { services, viewer, loaders }: Context): Promise<CapabilityMatches> {
    return services.matching.matchCapabilities(viewer, challengeId, first, loaders);
  }

  @Query(() => ChallengeMatches, {
    complexity: pageCost(MATCH_MAX),
    description: 'The open challenges that best fit a capability, or all capabilities of an institute, each with why it was matched.',
  })
  async matchChallenges(@Args() { capabilityId, organizationId, first }: MatchChallengesArgs, @Ctx() { services, viewer, loaders }: Context): Promise<ChallengeMatches> {
    return services.matching.matchChallenges(viewer, { capabilityId, organizationId }, first, loaders);
  }
}

@Resolver(() => MatchExplanation)
export class MatchExplanationResolver {
  @FieldResolver(() => [RankingRuleScore], { description: 'The ranking score per rule, in rule order.' })
  async rankingScoreDetails(@Root() explanation: MatchExplanation, @Ctx() { services }: Context): Promise<RankingRuleScore[]> {
    return services.matching.rankingScoreDetails(explanation);
  }
}

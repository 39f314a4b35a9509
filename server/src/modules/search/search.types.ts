import type { ComplexityEstimator } from 'graphql-query-complexity';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';
import type { RankingDetailsKey } from './ranking-details';
import { Capability } from '../capability/capability.entity';
import { Challenge } from '../challenge/challenge.entity';

const HTML = 'HTML: the text escaped, matched words in <em>.';

/** For the query cost limit: this list is the page whose size (`first`) the query's own estimate multiplies by. */
const ONE_PAGE: ComplexityEstimator = ({ childComplexity }) => 1 + childComplexity;

@ObjectType()
export class FacetValue {
  @Field()
  value!: string;

  @Field(() => String, { nullable: true, description: 'Display name: the field or region name.' })
  label!: string | null;

  @Field(() => Int, { description: 'Hits with this value among everything that matches (and that you may see).' })
  count!: number;
}

@ObjectType()
export class SearchFacet {
  @Field({ description: 'The facet asked for, e.g. FIELD.' })
  name!: string;

  @Field(() => [FacetValue], { description: 'Most frequent first.' })
  values!: FacetValue[];
}

@ObjectType({ description: `Where the text matched. ${HTML}` })
export class ChallengeHighlight {
  @Field()
  title!: string;

  @Field({ description: 'Cropped around the best match.' })
  summary!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => String, { nullable: true, description: 'A cropped snippet of the statement where it matched; never for NDA challenges.' })
  statement!: string | null;

  @Field(() => [String], { description: 'Technical indicators that matched; never for NDA challenges.' })
  indicators!: string[];
}

@ObjectType({ description: `Where the text matched. ${HTML}` })
export class CapabilityHighlight {
  @Field()
  title!: string;

  @Field({ description: 'Cropped around the best match.' })
  summary!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => [String], { description: 'Patent titles that matched.' })
  patentTitles!: string[];

  @Field(() => String, { nullable: true, description: 'A cropped snippet of the facilities where they matched.' })
  facilities!: string | null;
}

@ObjectType()
export class ChallengeSearchEdge {
  @Field(() => Challenge)
  node!: Challenge;

  @Field()
  cursor!: string;

  @Field(() => ChallengeHighlight)
  highlight!: ChallengeHighlight;

  @Field(() => Float, { nullable: true, description: "Meilisearch's relevance, 0 to 1 (absent when browsing)." })
  rankingScore!: number | null;
}

@ObjectType()
export class CapabilitySearchEdge {
  @Field(() => Capability)
  node!: Capability;

  @Field()
  cursor!: string;

  @Field(() => CapabilityHighlight)
  highlight!: CapabilityHighlight;

  @Field(() => Float, { nullable: true, description: "Meilisearch's relevance, 0 to 1 (absent when browsing)." })
  rankingScore!: number | null;
}

@ObjectType()
export class ChallengeSearchConnection {
  @Field(() => [ChallengeSearchEdge])
  edges!: ChallengeSearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All hits you may see, on every page.' })
  totalCount!: number;

  @Field(() => [SearchFacet], { description: 'The facets asked for, in the order asked.' })
  facets!: SearchFacet[];
}

@ObjectType()
export class CapabilitySearchConnection {
  @Field(() => [CapabilitySearchEdge])
  edges!: CapabilitySearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All hits you may see, on every page.' })
  totalCount!: number;

  @Field(() => [SearchFacet], { description: 'The facets asked for, in the order asked.' })
  facets!: SearchFacet[];
}

export enum RegionRelation {
  SAME_DISTRICT = 'SAME_DISTRICT',
  SAME_CITY = 'SAME_CITY',
  SAME_PROVINCE = 'SAME_PROVINCE',
  ELSEWHERE = 'ELSEWHERE',
}
registerEnumType(RegionRelation, {
  name: 'RegionRelation',
  description: "Where the challenge's work is to be done relative to the capability's organization (GB/T 2260 codes).",
});

@ObjectType({ description: 'One key term of the source text and its weight in the matching query.' })
export class MatchTerm {
  @Field()
  term!: string;

  @Field(() => Float, { description: 'Weighted frequency (sublinear) × IDF over the searched records.' })
  weight!: number;

  @Field({ description: 'Whether one of the searches was led by this term.' })
  anchor!: boolean;
}

@ObjectType({ description: "One of Meilisearch's ranking rules and how the hit scored on it (showRankingScoreDetails)." })
export class RankingRuleScore {
  @Field({ description: 'words, typo, proximity, attribute, exactness...' })
  rule!: string;

  @Field(() => Int, { description: 'Position of the rule: earlier rules decide first.' })
  order!: number;

  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: 'words: query words found in the hit.' })
  matchingWords!: number | null;

  @Field(() => Int, { nullable: true, description: 'words: query words that could have been found.' })
  maxMatchingWords!: number | null;

  @Field(() => Int, { nullable: true, description: 'typo: typos needed.' })
  typoCount!: number | null;

  @Field(() => String, { nullable: true, description: 'exactness: e.g. matchesStart, noExactMatch.' })
  matchType!: string | null;
}

@ObjectType({ description: `A place in the matched record where key terms occur. ${HTML}` })
export class MatchSnippet {
  @Field({ description: 'title, keywords, summary, statement, indicators, patentTitles, facilities.' })
  field!: string;

  @Field()
  text!: string;
}

@ObjectType({ description: 'Why a record was matched, in terms a user can check.' })
export class MatchExplanation {
  @Field(() => [String], { description: 'Key terms of the source that occur in the matched record, most important first.' })
  matchedTerms!: string[];

  @Field(() => [MatchSnippet], { description: 'Where they occur.' })
  snippets!: MatchSnippet[];

  @Field({ description: 'The key term that led the search in which the record ranked best.' })
  anchorTerm!: string;

  @Field(() => Float, { description: "Meilisearch's ranking score (0 to 1) in that search." })
  rankingScore!: number;

  /** Resolved by MatchExplanationResolver: fetched only when asked for (ranking-details.ts). */
  rankingScoreDetails?: RankingRuleScore[];

  /** Which search ranked the record best, to fetch its ranking details (never exposed). */
  rankingDetailsKey!: RankingDetailsKey;

  @Field(() => Int, { description: 'How many of the searches found the record…' })
  foundBy!: number;

  @Field(() => Int, { description: '…out of how many.' })
  searches!: number;

  @Field(() => Float, { description: 'Reciprocal rank fusion of the searches (k = 60).' })
  fusedScore!: number;

  @Field(() => Float, { description: 'Character-bigram BM25 of title, keywords and summary against the key terms (the final order).' })
  rerankScore!: number;

  @Field(() => [String], { description: 'The most specific technology fields both sides share.' })
  sharedFieldCodes!: string[];

  @Field(() => RegionRelation)
  region!: RegionRelation;
}

@ObjectType()
export class CapabilityMatch {
  @Field(() => Int, { description: '1 for the best match.' })
  rank!: number;

  @Field(() => Capability)
  capability!: Capability;

  @Field(() => MatchExplanation)
  explanation!: MatchExplanation;
}

@ObjectType()
export class ChallengeMatch {
  @Field(() => Int, { description: '1 for the best match.' })
  rank!: number;

  @Field(() => Challenge)
  challenge!: Challenge;

  @Field(() => Capability, { nullable: true, description: 'For a whole profile: the capability of the profile this challenge fits best.' })
  viaCapability!: Capability | null;

  @Field(() => MatchExplanation)
  explanation!: MatchExplanation;
}

@ObjectType()
export class CapabilityMatches {
  @Field(() => [MatchTerm], { description: 'The key terms taken from the challenge (only from the parts you may read).' })
  queryTerms!: MatchTerm[];

  @Field(() => [CapabilityMatch], { complexity: ONE_PAGE })
  matches!: CapabilityMatch[];
}

@ObjectType()
export class ChallengeMatches {
  @Field(() => [MatchTerm], { description: 'The key terms taken from the capability or profile.' })
  queryTerms!: MatchTerm[];

  @Field(() => [ChallengeMatch], { complexity: ONE_PAGE, description: 'Open challenges (PUBLISHED, still taking bids), best first.' })
  matches!: ChallengeMatch[];
}

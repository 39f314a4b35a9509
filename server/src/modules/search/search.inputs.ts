import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, Validate, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { MoneyScalar } from '../../graphql/money';
import { RegionCodeConstraint } from '../../graphql/validation';
import { CapabilityKind, CooperationMode } from '../capability/capability.types';
import { ChallengeStatus } from '../challenge/challenge-status';

export const SEARCH_TEXT_MAX_LENGTH = 200;
export const SEARCH_PAGE_MAX = 50;
/** Meilisearch's pagination.maxTotalHits (indexes.ts): no hit beyond it can be reached. */
export const SEARCH_MAX_OFFSET = 10_000;
export const MATCH_MAX = 20;

export enum ChallengeSearchFacet {
  FIELD = 'FIELD',
  REGION = 'REGION',
  STATUS = 'STATUS',
}
registerEnumType(ChallengeSearchFacet, {
  name: 'ChallengeSearchFacet',
  description: 'FIELD: technology field codes (a challenge counts under its field and every ancestor); REGION: region codes; STATUS.',
});

export enum CapabilitySearchFacet {
  FIELD = 'FIELD',
  REGION = 'REGION',
  KIND = 'KIND',
  TRL = 'TRL',
  COOPERATION_MODE = 'COOPERATION_MODE',
}
registerEnumType(CapabilitySearchFacet, {
  name: 'CapabilitySearchFacet',
  description: "FIELD (with ancestors), REGION (the organization's), KIND, TRL, COOPERATION_MODE.",
});

export enum ChallengeSearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  DEADLINE_SOONEST = 'DEADLINE_SOONEST',
  BOUNTY_HIGHEST = 'BOUNTY_HIGHEST',
}
registerEnumType(ChallengeSearchSort, {
  name: 'ChallengeSearchSort',
  description:
    'RELEVANCE to the text (the default with a text); NEWEST created first (the default without); DEADLINE_SOONEST; BOUNTY_HIGHEST. ' +
    'With a text, a sort orders hits that are equally relevant (Meilisearch applies it after its word, typo, proximity and attribute rules).',
});

export enum CapabilitySearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  TRL_HIGHEST = 'TRL_HIGHEST',
}
registerEnumType(CapabilitySearchSort, {
  name: 'CapabilitySearchSort',
  description:
    'RELEVANCE to the text (the default with a text); NEWEST first (the default without); TRL_HIGHEST. ' +
    'With a text, a sort orders hits that are equally relevant.',
});

const TRL_MESSAGE = { message: 'must be between 1 and 9' };

@InputType({ description: 'Every condition given must hold; a list matches any of its values.' })
export class ChallengeSearchFilter {
  @Field(() => [String], { nullable: true, description: 'Technology field codes; a code includes its sub-fields.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'may name at most 20 technology fields' })
  fieldCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A district code, or a city code (370200) for the city and all its districts.' })
  @IsOptional()
  @Validate(RegionCodeConstraint)
  regionCode?: string | null;

  @Field(() => [ChallengeStatus], { nullable: true, description: 'Among the states you may see.' })
  @IsOptional()
  statuses?: ChallengeStatus[] | null;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  minBounty?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  maxBounty?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  deadlineFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  deadlineTo?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, TRL_MESSAGE)
  @Max(9, TRL_MESSAGE)
  minTargetTrl?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, TRL_MESSAGE)
  @Max(9, TRL_MESSAGE)
  maxTargetTrl?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  ownerOrganizationId?: string | null;
}

@InputType({ description: 'Every condition given must hold; a list matches any of its values.' })
export class CapabilitySearchFilter {
  @Field(() => [String], { nullable: true, description: 'Technology field codes; a code includes its sub-fields.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'may name at most 20 technology fields' })
  fieldCodes?: string[] | null;

  @Field(() => [CapabilityKind], { nullable: true })
  @IsOptional()
  kinds?: CapabilityKind[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, TRL_MESSAGE)
  @Max(9, TRL_MESSAGE)
  minTrl?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, TRL_MESSAGE)
  @Max(9, TRL_MESSAGE)
  maxTrl?: number | null;

  @Field(() => [CooperationMode], { nullable: true, description: 'Offers any of these modes.' })
  @IsOptional()
  cooperationModes?: CooperationMode[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: "The organization's district, or a city code (370200) for all its districts." })
  @IsOptional()
  @Validate(RegionCodeConstraint)
  regionCode?: string | null;
}

/** Text and paging shared by both searches. */
@ArgsType()
export class SearchArgs {
  @Field(() => String, { nullable: true, description: `Words to look for, up to ${SEARCH_TEXT_MAX_LENGTH} characters; empty or absent browses everything visible.` })
  @IsOptional()
  @MaxLength(SEARCH_TEXT_MAX_LENGTH, { message: `must be at most ${SEARCH_TEXT_MAX_LENGTH} characters long` })
  text?: string | null;

  @Field(() => Int, { description: `Page size, 1 to ${SEARCH_PAGE_MAX}.` })
  @IsInt()
  @Min(1, { message: `must be between 1 and ${SEARCH_PAGE_MAX}` })
  @Max(SEARCH_PAGE_MAX, { message: `must be between 1 and ${SEARCH_PAGE_MAX}` })
  first: number = 20;

  @Field(() => Int, { nullable: true, description: 'Hits to skip (instead of after), e.g. for numbered pages.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(SEARCH_MAX_OFFSET, { message: `must be at most ${SEARCH_MAX_OFFSET}` })
  offset?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page (instead of offset).' })
  @IsOptional()
  after?: string | null;
}

@ArgsType()
export class SearchChallengesArgs extends SearchArgs {
  @Field(() => ChallengeSearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ChallengeSearchFilter | null;

  @Field(() => [ChallengeSearchFacet], { nullable: true, description: 'Counts to compute over all hits (not just this page).' })
  @IsOptional()
  facets?: ChallengeSearchFacet[] | null;

  @Field(() => ChallengeSearchSort, { nullable: true })
  @IsOptional()
  sort?: ChallengeSearchSort | null;
}

@ArgsType()
export class SearchCapabilitiesArgs extends SearchArgs {
  @Field(() => CapabilitySearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CapabilitySearchFilter | null;

  @Field(() => [CapabilitySearchFacet], { nullable: true, description: 'Counts to compute over all hits (not just this page).' })
  @IsOptional()
  facets?: CapabilitySearchFacet[] | null;

  @Field(() => CapabilitySearchSort, { nullable: true })
  @IsOptional()
  sort?: CapabilitySearchSort | null;
}

@ArgsType()
export class MatchCapabilitiesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a challenge id' })
  challengeId!: string;

  @Field(() => Int, { description: `How many, 1 to ${MATCH_MAX}.` })
  @IsInt()
  @Min(1, { message: `must be between 1 and ${MATCH_MAX}` })
  @Max(MATCH_MAX, { message: `must be between 1 and ${MATCH_MAX}` })
  first: number = 5;
}

@ArgsType()
export class MatchChallengesArgs {
  @Field(() => ID, { nullable: true, description: 'Challenges for this capability…' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a capability id' })
  capabilityId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or for all capabilities of this institute or university that you may see.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => Int, { description: `How many, 1 to ${MATCH_MAX}.` })
  @IsInt()
  @Min(1, { message: `must be between 1 and ${MATCH_MAX}` })
  @Max(MATCH_MAX, { message: `must be between 1 and ${MATCH_MAX}` })
  first: number = 5;
}

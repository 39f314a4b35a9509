import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { MoneyScalar } from '../../graphql/money';
import { RegionCodeConstraint } from '../../graphql/validation';
import { ChallengeStatus } from './challenge-status';
import { Confidentiality } from './challenge.types';

export const STATEMENT_MAX_LENGTH = 20_000;

@InputType()
export class IndicatorInput {
  @Field()
  @Length(1, 60, { message: 'name must be 1 to 60 characters long' })
  name!: string;

  @Field({ description: 'e.g. ≥ 6000' })
  @Length(1, 60, { message: 'target must be 1 to 60 characters long' })
  target!: string;

  @Field({ description: 'e.g. m, %, h; may be empty' })
  @MaxLength(20)
  unit!: string;
}

@InputType()
export class ContactInput {
  @Field()
  @Length(1, 40)
  name!: string;

  @Field()
  @Matches(/^[0-9+\-() ]{7,20}$/, { message: 'must be a phone number like 0532-88886666 or 13800000000' })
  phone!: string;

  @Field()
  @IsEmail({}, { message: 'must be a valid email address' })
  email!: string;
}

/** Fields of a brief; all required on creation, all optional on update. */
@InputType()
export class CreateChallengeInput {
  @Field(() => ID, { nullable: true, description: 'The posting enterprise; required when you belong to several organizations.' })
  @IsOptional()
  organizationId?: string;

  @Field()
  @Length(4, 60, { message: 'must be between 4 and 60 characters long' })
  title!: string;

  @Field({ description: 'Public summary, shown to everyone (also for NDA challenges).' })
  @Length(10, 500, { message: 'must be between 10 and 500 characters long' })
  summary!: string;

  @Field({ description: 'The full problem statement: background, bottleneck, what was tried, what is wanted.' })
  @Length(20, STATEMENT_MAX_LENGTH, { message: `must be between 20 and ${STATEMENT_MAX_LENGTH} characters long` })
  statement!: string;

  @Field(() => [IndicatorInput])
  @ArrayMinSize(1, { message: 'must list at least one technical indicator' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  indicators!: IndicatorInput[];

  @Field(() => MoneyScalar, { description: 'Bounty or budget in yuan.' })
  bounty!: string;

  @Field()
  deadline!: Date;

  @Field({ description: 'A technology field code (see techFields).' })
  @Length(1, 60)
  fieldCode!: string;

  @Field(() => [String])
  @ArrayMaxSize(20, { message: 'may have at most 20 keywords' })
  @Length(1, 30, { each: true, message: 'each keyword must be 1 to 30 characters long' })
  keywords!: string[];

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be between 1 and 9' })
  @Max(9, { message: 'must be between 1 and 9' })
  targetTrl!: number;

  @Field()
  @Validate(RegionCodeConstraint)
  regionCode!: string;

  @Field(() => Confidentiality)
  confidentiality!: Confidentiality;

  @Field({ description: 'Intellectual property terms.' })
  @MaxLength(2000)
  ipTerms!: string;

  @Field(() => ContactInput)
  @ValidateNested()
  contact!: ContactInput;
}

@InputType({ description: 'Only the fields given (not null) are changed.' })
export class UpdateChallengeInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(4, 60, { message: 'must be between 4 and 60 characters long' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(10, 500, { message: 'must be between 10 and 500 characters long' })
  summary?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(20, STATEMENT_MAX_LENGTH, { message: `must be between 20 and ${STATEMENT_MAX_LENGTH} characters long` })
  statement?: string;

  @Field(() => [IndicatorInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must list at least one technical indicator' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  indicators?: IndicatorInput[];

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  bounty?: string;

  @Field({ nullable: true })
  @IsOptional()
  deadline?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 60)
  fieldCode?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'may have at most 20 keywords' })
  @Length(1, 30, { each: true, message: 'each keyword must be 1 to 30 characters long' })
  keywords?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be between 1 and 9' })
  @Max(9, { message: 'must be between 1 and 9' })
  targetTrl?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Validate(RegionCodeConstraint)
  regionCode?: string;

  @Field(() => Confidentiality, { nullable: true })
  @IsOptional()
  confidentiality?: Confidentiality;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  ipTerms?: string;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput;
}

@InputType()
export class CriterionInput {
  @Field({ description: 'Stable key, e.g. ADVANCEMENT; letters, digits and _.' })
  @Matches(/^[A-Z][A-Z0-9_]{0,29}$/, { message: 'must be upper-case letters, digits and _, e.g. ADVANCEMENT' })
  key!: string;

  @Field()
  @Length(1, 30)
  name!: string;

  @Field(() => Int, { description: 'Percent; the weights must add up to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}

@InputType()
export class ReasonInput {
  @Field(() => ID)
  challengeId!: string;

  @Field({ description: 'Shown to the people concerned; be specific.' })
  @Length(2, 2000, { message: 'must be between 2 and 2000 characters long' })
  reason!: string;
}

export enum ChallengeSort {
  NEWEST = 'NEWEST',
  DEADLINE_SOONEST = 'DEADLINE_SOONEST',
  BOUNTY_HIGHEST = 'BOUNTY_HIGHEST',
}
registerEnumType(ChallengeSort, {
  name: 'ChallengeSort',
  description: 'NEWEST first (default), DEADLINE_SOONEST first, BOUNTY_HIGHEST first.',
});

@InputType()
export class ChallengeFilter {
  @Field(() => [ChallengeStatus], { nullable: true })
  @IsOptional()
  statuses?: ChallengeStatus[];

  @Field(() => [String], { nullable: true, description: 'Field codes; a code includes its sub-fields.' })
  @IsOptional()
  @ArrayMaxSize(20)
  fieldCodes?: string[];

  @Field({ nullable: true, description: 'A district code, or the city code 370200 for all its districts.' })
  @IsOptional()
  @Validate(RegionCodeConstraint)
  regionCode?: string;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  minBounty?: string;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  maxBounty?: string;

  @Field({ nullable: true })
  @IsOptional()
  deadlineFrom?: Date;

  @Field({ nullable: true })
  @IsOptional()
  deadlineTo?: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  ownerOrganizationId?: string;

  @Field({ nullable: true, description: 'Contained in the title, summary or keywords.' })
  @IsOptional()
  @MaxLength(100)
  text?: string;
}

import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { MoneyScalar } from '../../graphql/money';
import { DealActivityKind } from './deal-activity.entity';
import { DealStage } from './deal-stage';

@InputType({ description: 'The bureau records a certified broker; saving again updates the profile.' })
export class SaveBrokerProfileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;

  @Field({ description: '技术经纪人证书编号: 4 to 40 characters without spaces.' })
  @Matches(/^\S{4,40}$/, { message: 'must be 4 to 40 characters without spaces' })
  certificateNumber!: string;

  @Field(() => ID, { description: 'The organization the broker works for; the broker must be one of its members.' })
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId!: string;

  @Field(() => [String], { description: 'Technology field codes, at most 10.' })
  @ArrayMaxSize(10, { message: 'may name at most 10 technology fields' })
  fieldCodes!: string[];

  @Field(() => LocalDateResolver, { description: 'Date of certification, not in the future.' })
  certifiedOn!: string;
}

/** What a deal is about; all optional on update (null clears a field, an absent field stays as it is). */
@InputType()
export class DealContentInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100, { message: 'must be 2 to 100 characters long' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: '买方 organization.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  buyerId?: string | null;

  @Field(() => ID, { nullable: true, description: '卖方 organization.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  sellerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The challenge the deal is about.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a challenge id' })
  challengeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The capability the deal is about.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a capability id' })
  capabilityId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Expected contract amount in yuan.' })
  @IsOptional()
  expectedValue?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  nextActionOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  nextAction?: string | null;
}

@InputType({ description: 'A new deal, as a LEAD of the signed-in broker.' })
export class CreateDealInput extends DealContentInput {
  @Field()
  @Length(2, 100, { message: 'must be 2 to 100 characters long' })
  override title!: string;
}

const LOGGABLE_KINDS = [DealActivityKind.NOTE, DealActivityKind.CALL, DealActivityKind.MEETING, DealActivityKind.VISIT, DealActivityKind.EMAIL];

@InputType()
export class AddDealActivityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a deal id' })
  dealId!: string;

  @Field(() => DealActivityKind, { description: 'NOTE, CALL, MEETING, VISIT or EMAIL.' })
  @IsIn(LOGGABLE_KINDS, { message: 'must be NOTE, CALL, MEETING, VISIT or EMAIL (the platform writes the others)' })
  kind!: DealActivityKind;

  @Field()
  @Length(1, 2000, { message: 'must be 1 to 2000 characters long' })
  body!: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; now when absent; not in the future.' })
  @IsOptional()
  occurredAt?: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Also sets the deal’s next action date.' })
  @IsOptional()
  nextActionOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Also sets the deal’s next action.' })
  @IsOptional()
  @MaxLength(200)
  nextAction?: string | null;
}

@InputType()
export class DealFilter {
  @Field(() => ID, { nullable: true, description: "One broker's deals." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  brokerId?: string | null;

  @Field(() => ID, { nullable: true, description: "The deals of one broker organization's brokers." })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => [DealStage], { nullable: true })
  @IsOptional()
  stages?: DealStage[] | null;
}

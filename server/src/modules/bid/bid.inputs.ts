import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyScalar } from '../../graphql/money';

@InputType()
export class TeamMemberInput {
  @Field()
  @Length(1, 40)
  name!: string;

  @Field()
  @MaxLength(40)
  title!: string;

  @Field()
  @MaxLength(60)
  role!: string;
}

@InputType()
export class MilestoneInput {
  @Field()
  @Length(1, 100)
  title!: string;

  @Field(() => Int, { description: 'Months after signing, 1–120.' })
  @IsInt()
  @Min(1)
  @Max(120)
  month!: number;

  @Field()
  @Length(1, 500)
  deliverable!: string;
}

@InputType()
export class AttachmentInput {
  @Field()
  @Length(1, 200)
  fileName!: string;

  @Field(() => Int, { description: 'At most 100 MB.' })
  @IsInt()
  @Min(1)
  @Max(100 * 1024 * 1024, { message: 'must be at most 100 MB' })
  sizeBytes!: number;

  @Field()
  @Length(3, 100)
  mimeType!: string;
}

/** The content of a proposal; all of it on submission, any part of it on update. */
@InputType()
export class BidContentInput {
  @Field({ nullable: true, description: 'Technical approach (技术路线), 50 to 20000 characters.' })
  @IsOptional()
  @Length(50, 20_000, { message: 'must be between 50 and 20000 characters long' })
  approach?: string;

  @Field(() => TeamMemberInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  teamLead?: TeamMemberInput;

  @Field(() => [TeamMemberInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  teamMembers?: TeamMemberInput[];

  @Field(() => MoneyScalar, { nullable: true, description: 'Quoted price in yuan.' })
  @IsOptional()
  price?: string;

  @Field(() => Int, { nullable: true, description: '1 to 120 months.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be between 1 and 120 months' })
  @Max(120, { message: 'must be between 1 and 120 months' })
  durationMonths?: number;

  @Field(() => [MilestoneInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  milestones?: MilestoneInput[];

  @Field(() => [AttachmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  attachments?: AttachmentInput[];
}

@InputType()
export class SubmitBidInput extends BidContentInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => ID, { nullable: true, description: 'The bidding institute; required when you belong to several.' })
  @IsOptional()
  organizationId?: string;
}

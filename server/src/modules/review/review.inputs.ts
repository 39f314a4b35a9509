import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CriterionScoreInput {
  @Field()
  @Length(1, 30)
  criterionKey!: string;

  @Field(() => Int, { description: '0 to 100.' })
  @IsInt()
  @Min(0, { message: 'must be between 0 and 100' })
  @Max(100, { message: 'must be between 0 and 100' })
  score!: number;

  @Field({ description: 'Why this score; shown to the owner and the other experts once the review closes.' })
  @MaxLength(2000)
  comment!: string;
}

@InputType()
export class ScoreBidInput {
  @Field(() => ID)
  bidId!: string;

  @Field(() => [CriterionScoreInput], { description: "One score for each of the challenge's criteria." })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  scores!: CriterionScoreInput[];
}

@InputType()
export class BidFeedbackInput {
  @Field(() => ID)
  bidId!: string;

  @Field({ description: 'What the bidder will read with its outcome.' })
  @Length(1, 2000, { message: 'must be between 1 and 2000 characters long' })
  feedback!: string;
}

@InputType()
export class AwardInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => ID, { description: 'The winning bid (挂帅).' })
  bidId!: string;

  @Field(() => [BidFeedbackInput], { nullable: true, description: 'Feedback per bid, for the winner and the others.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  feedback?: BidFeedbackInput[];
}

@InputType()
export class NoWinnerInput {
  @Field(() => ID)
  challengeId!: string;

  @Field({ description: 'Why no bid qualified (流标); every bidder reads it.' })
  @Length(2, 2000, { message: 'must be between 2 and 2000 characters long' })
  reason!: string;

  @Field(() => [BidFeedbackInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  feedback?: BidFeedbackInput[];
}

@InputType()
export class AssignExpertsInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  expertIds!: string[];
}

import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal';
import { DealStage } from './deal-stage';
import { Deal } from './deal.entity';

@ObjectType({ description: 'One column of the pipeline board.' })
export class PipelineColumn {
  @Field(() => DealStage)
  stage!: DealStage;

  @Field(() => Int, { description: 'All deals in this stage, including those beyond `deals`.' })
  count!: number;

  @Field(() => DecimalScalar, { description: 'Sum of the expected values of all deals in this stage, in yuan.' })
  expectedValueTotal!: string;

  @Field(() => [Deal], { description: 'The first deals of the column: next action soonest first (none last), then most recently moved.' })
  deals!: Deal[];

  @Field({ description: 'More deals than `perStage` are in this stage.' })
  hasMore!: boolean;
}

@ObjectType({ description: 'A pipeline board: one column per stage, in board order.' })
export class DealPipeline {
  @Field(() => [PipelineColumn])
  columns!: PipelineColumn[];

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class StageCount {
  @Field(() => DealStage)
  stage!: DealStage;

  @Field(() => Int)
  count!: number;

  @Field(() => DecimalScalar, { description: 'Sum of expected values, in yuan.' })
  expectedValue!: string;
}

@ObjectType({ description: 'New technology-transfer professionals (新增技术转移人才) of a year against its target.' })
export class NewBrokersProgress {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Brokers certified in the year who still hold the role.' })
  count!: number;

  @Field(() => Int, { nullable: true, description: 'The NEW_BROKERS target of the year, if one is set.' })
  target!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'count / target, 4 decimals (e.g. "0.4200").' })
  share!: string | null;
}

@ObjectType({ description: "A broker's figures for a year." })
export class BrokerKpis {
  brokerId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [StageCount], { description: 'All the broker’s deals by current stage, in board order (whatever the year).' })
  dealsByStage!: StageCount[];

  @Field(() => Int, { description: 'Deals signed in the year (reached SIGNED; registered since or not).' })
  won!: number;

  @Field(() => Int, { description: 'Deals lost in the year.' })
  lost!: number;

  @Field(() => Float, { nullable: true, description: 'won / (won + lost) in the year; null without either.' })
  winRate!: number | null;

  @Field(() => Int, { description: 'Contracts attributed to the broker and first registered in the year.' })
  registeredContracts!: number;

  @Field(() => DecimalScalar, { description: '成交额 of those contracts (current registered versions), in yuan.' })
  registeredContractAmount!: string;

  @Field(() => DecimalScalar, { description: '技术交易额 of those contracts, in yuan.' })
  registeredTechTransactionAmount!: string;

  @Field(() => NewBrokersProgress, { description: 'City-wide: brokers certified in the year against the target.' })
  newBrokers!: NewBrokersProgress;
}

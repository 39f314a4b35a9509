import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { DecimalScalar } from '../../graphql/decimal';
import { AmountBasis, FlowBasis, TargetMetric } from './target.types';

/**
 * A yearly target of the city's work plan (e.g. 2022: 技术合同成交额 350亿元), with its counting basis as data: which
 * amount counts and whether contracts count by seller (输出), buyer (吸纳) or either being in the city.
 */
@ObjectType({ description: 'A yearly target (年度目标) and how it is counted.' })
@Entity()
@Unique({ properties: ['year', 'metric'] })
@Check({ name: 'yearly_target_value_check', expression: 'target_value > 0' })
export class YearlyTarget extends BaseEntity<'amountBasis' | 'flowBasis' | 'note'> {
  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => TargetMetric)
  @Enum({ items: () => TargetMetric, nativeEnumName: 'target_metric' })
  metric!: TargetMetric;

  @Field(() => DecimalScalar, { description: 'Yuan for CONTRACT_TURNOVER (350亿元 = "35000000000.00"), people for NEW_BROKERS.' })
  @Property({ type: 'decimal', precision: 20, scale: 2 })
  targetValue!: string;

  @Field(() => AmountBasis, { description: 'For CONTRACT_TURNOVER: which amount counts.' })
  @Enum({ items: () => AmountBasis, nativeEnumName: 'amount_basis' })
  amountBasis: AmountBasis = AmountBasis.CONTRACT_AMOUNT;

  @Field(() => FlowBasis, { description: 'For CONTRACT_TURNOVER: outflow, inflow or both.' })
  @Enum({ items: () => FlowBasis, nativeEnumName: 'flow_basis' })
  flowBasis: FlowBasis = FlowBasis.OUTFLOW;

  @Field({ description: 'Where the target comes from, e.g. 2022年青岛市科技工作要点.' })
  @Property({ type: 'text', default: '' })
  note: string = '';
}

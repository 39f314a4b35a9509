import { Check, Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { MoneyScalar } from '../../graphql/money';
import { TechContract } from './contract.entity';

/** A milestone of a contract with its payment (付款节点); the sum of milestone amounts never exceeds 成交额. */
@ObjectType({ description: 'A milestone with its payment: due date, amount, and when it was paid.' })
@Entity()
@Unique({ properties: ['contract', 'position'] })
@Check({ name: 'contract_milestone_amount_check', expression: 'amount >= 0' })
export class ContractMilestone extends BaseEntity<'paidOn'> {
  @ManyToOne(() => TechContract, { deleteRule: 'cascade' })
  contract!: Rel<TechContract>;

  @Field(() => Int, { description: 'Order within the contract, from 1.' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the payment was received; null while unpaid.' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null = null;
}

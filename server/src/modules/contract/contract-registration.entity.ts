import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { MoneyScalar } from '../../graphql/money';
import { User } from '../user/user.entity';
import { TechContract } from './contract.entity';
import { RegistrationKind, RegistrationStatus } from './contract.types';

/** A milestone as recorded in a registration version (a snapshot, so history shows what was registered). */
export interface MilestoneSnapshot {
  title: string;
  dueOn: string;
  amount: string;
  paidOn: string | null;
}

/**
 * One filing with the bureau: the first registration (登记), a change (变更) or a termination (终止), with the
 * amounts it asks for. Registered rows are the contract's versions, so the table is the registration history;
 * rejected rows stay with their reason. At most one filing per contract is pending at a time.
 */
@ObjectType({ description: "A filing with the bureau (登记, 变更, 终止): one row of a contract's registration history." })
@Entity()
@Index({
  name: 'contract_registration_one_pending',
  expression: `create unique index "contract_registration_one_pending" on "contract_registration" ("contract_id") where "status" = 'SUBMITTED'`,
})
@Index({ properties: ['status', 'createdAt'] })
@Check({ name: 'contract_registration_amounts_check', expression: 'contract_amount >= 0 and tech_transaction_amount >= 0 and tech_transaction_amount <= contract_amount' })
export class ContractRegistration extends BaseEntity<'status' | 'milestones'> {
  @Index()
  @ManyToOne(() => TechContract, { deleteRule: 'cascade' })
  contract!: Rel<TechContract>;

  @Field(() => RegistrationKind)
  @Enum({ items: () => RegistrationKind, nativeEnumName: 'registration_kind' })
  kind!: RegistrationKind;

  @Field(() => RegistrationStatus)
  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  status: RegistrationStatus = RegistrationStatus.SUBMITTED;

  @Field(() => Int, { nullable: true, description: 'The version this filing became once registered (1 = first registration).' })
  @Property({ type: 'integer', nullable: true })
  version?: number | null;

  @Field(() => MoneyScalar, { description: '成交额 of this version; for a termination, the amount actually performed.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  contractAmount!: string;

  @Field(() => MoneyScalar, { description: '技术交易额 of this version; for a termination, the part actually performed.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  techTransactionAmount!: string;

  @Field(() => LocalDateResolver, { description: 'End of validity in this version.' })
  @Property({ type: 'date' })
  validTo!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For a termination: the day the contract ended.' })
  @Property({ type: 'date', nullable: true })
  terminatedOn?: string | null;

  /** Milestones of this version; exposed by the resolver. */
  @Property({ type: 'json' })
  milestones: MilestoneSnapshot[] = [];

  @Field(() => String, { nullable: true, description: 'Why the change or termination is filed.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: "The bureau's reason for not registering (不予登记)." })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'varchar', length: 16, nullable: true })
  registrationNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  registeredOn?: string | null;

  /** Null for imported historical registrations. */
  @ManyToOne(() => User, { nullable: true })
  submittedBy?: Rel<User> | null;

  @ManyToOne(() => User, { nullable: true })
  decidedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;
}

import { Check, Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { MoneyScalar } from '../../graphql/money';
import { Capability } from '../capability/capability.entity';
import { Challenge } from '../challenge/challenge.entity';
import { TechContract } from '../contract/contract.entity';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { DealStage } from './deal-stage';

/**
 * A deal a broker is working on: bringing a buyer and a seller together around a challenge or a capability, up
 * to a signed and registered technology contract. Visible to its broker, the broker's organization and the bureau
 * (deal-access.ts). Relations are resolved through loaders, so they are not exposed as plain fields.
 */
@ObjectType({ description: "A broker's deal (技术经纪项目), one card on the pipeline board." })
@Entity()
@Index({ properties: ['broker', 'stage'] })
// A broker keeps one deal per contract; another broker credited with the same contract may have their own.
@Unique({ properties: ['broker', 'contract'] })
@Check({ name: 'deal_expected_value_check', expression: 'expected_value is null or expected_value >= 0' })
@Check({ name: 'deal_parties_differ_check', expression: 'buyer_id is null or seller_id is null or buyer_id <> seller_id' })
@Check({ name: 'deal_contract_check', expression: "stage not in ('SIGNED', 'REGISTERED') or contract_id is not null" })
@Check({ name: 'deal_lost_reason_check', expression: "stage <> 'LOST' or lost_reason is not null" })
export class Deal extends BaseEntity<'stage' | 'description' | 'stageChangedAt'> {
  @ManyToOne(() => User)
  broker!: Rel<User>;

  /** The broker's organization when the deal was opened: its members follow the deal even if the broker leaves. */
  @Index()
  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  /** 买方 (technology buyer, usually an enterprise); may be unknown while the deal is a lead. */
  @Index()
  @ManyToOne(() => Organization, { nullable: true })
  buyer?: Rel<Organization> | null;

  /** 卖方 (technology seller, usually an institute or university). */
  @Index()
  @ManyToOne(() => Organization, { nullable: true })
  seller?: Rel<Organization> | null;

  @Index()
  @ManyToOne(() => Challenge, { nullable: true })
  challenge?: Rel<Challenge> | null;

  @Index()
  @ManyToOne(() => Capability, { nullable: true })
  capability?: Rel<Capability> | null;

  @Field(() => DealStage)
  @Enum({ items: () => DealStage, nativeEnumName: 'deal_stage' })
  stage: DealStage = DealStage.LEAD;

  @Field(() => Date, { description: 'When the deal entered its current stage.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  stageChangedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When a contract was signed (the deal reached SIGNED); kept if it is lost later.' })
  @Property({ type: 'datetime', nullable: true })
  wonAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the deal was lost (required for LOST).' })
  @Property({ type: 'text', nullable: true })
  lostReason?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Expected contract amount in yuan (预计成交额).' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  expectedValue?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the next planned action.' })
  @Index()
  @Property({ type: 'date', nullable: true })
  nextActionOn?: string | null;

  /** The signed contract (SIGNED and REGISTERED deals have one); exposed through a resolver with the contract's access rule. */
  @Index()
  @ManyToOne(() => TechContract, { nullable: true })
  contract?: Rel<TechContract> | null;

  @Field(() => String, { nullable: true, description: 'What the next action is, e.g. 约企业技术总监现场交流.' })
  @Property({ type: 'text', nullable: true })
  nextAction?: string | null;
}

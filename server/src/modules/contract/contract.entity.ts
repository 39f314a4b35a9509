import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { MoneyScalar } from '../../graphql/money';
import { Bid } from '../bid/bid.entity';
import { Challenge } from '../challenge/challenge.entity';
import { TechField } from '../field/tech-field.entity';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { ContractCategory } from './contract-category.entity';
import { ContractStatus, IpType, PartyType, PlanSource } from './contract.types';

/**
 * A technology contract (技术合同) between a buyer (买方) and a seller (卖方). Each party is a snapshot of the
 * registration form's columns (name, credit code, region code, 法人类型) taken when the contract is made, plus
 * the platform organization when there is one (members of it see the contract); historical imports may name
 * parties that have no account. Once registered, `contractAmount` and `techTransactionAmount` are the amounts of
 * the current registered version and change only through a registered change (contract-registration.entity.ts).
 */
@ObjectType({ description: 'A technology contract (技术合同) and where it is in registration (认定登记).' })
@Entity()
@Index({ properties: ['status', 'registeredOn'] })
@Index({ properties: ['sellerCreditCode'] })
@Index({ properties: ['buyerCreditCode'] })
// One contract per 揭榜 challenge: an award becomes a contract once.
@Index({
  name: 'tech_contract_one_per_challenge',
  expression: `create unique index "tech_contract_one_per_challenge" on "tech_contract" ("challenge_id") where "challenge_id" is not null`,
})
@Index({
  name: 'tech_contract_registration_number_unique',
  expression: `create unique index "tech_contract_registration_number_unique" on "tech_contract" ("registration_number") where "registration_number" is not null`,
})
@Check({ name: 'tech_contract_amounts_check', expression: 'contract_amount >= 0 and tech_transaction_amount >= 0 and tech_transaction_amount <= contract_amount' })
@Check({ name: 'tech_contract_validity_check', expression: 'valid_from <= valid_to' })
export class TechContract extends BaseEntity<'status' | 'registeredVersion' | 'description'> {
  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'What the contract is about (技术内容摘要).' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  /** Exposed as `category` and `categoryCode` by the resolver. */
  @Index()
  @ManyToOne(() => ContractCategory, { fieldName: 'category_code' })
  category!: Rel<ContractCategory>;

  /** Exposed as `field` and `fieldCode` by the resolver. */
  @Index()
  @ManyToOne(() => TechField, { fieldName: 'field_code' })
  field!: Rel<TechField>;

  @Field(() => IpType)
  @Enum({ items: () => IpType, nativeEnumName: 'ip_type' })
  ipType!: IpType;

  @Field(() => PlanSource)
  @Enum({ items: () => PlanSource, nativeEnumName: 'plan_source' })
  planSource!: PlanSource;

  /** The 揭榜 challenge and winning bid the contract came from; exposed through resolvers with access checks. */
  @ManyToOne(() => Challenge, { nullable: true })
  challenge?: Rel<Challenge> | null;

  @ManyToOne(() => Bid, { nullable: true })
  bid?: Rel<Bid> | null;

  // Buyer (买方, 技术吸纳方)
  @Index()
  @ManyToOne(() => Organization, { nullable: true })
  buyerOrganization?: Rel<Organization> | null;

  @Property({ type: 'text' })
  buyerName!: string;

  @Property({ type: 'varchar', length: 18 })
  buyerCreditCode!: string;

  @Property({ type: 'varchar', length: 6 })
  buyerRegionCode!: string;

  @Enum({ items: () => PartyType, nativeEnumName: 'party_type' })
  buyerPartyType!: PartyType;

  // Seller (卖方, 技术输出方): registers the contract.
  @Index()
  @ManyToOne(() => Organization, { nullable: true })
  sellerOrganization?: Rel<Organization> | null;

  @Property({ type: 'text' })
  sellerName!: string;

  @Property({ type: 'varchar', length: 18 })
  sellerCreditCode!: string;

  @Property({ type: 'varchar', length: 6 })
  sellerRegionCode!: string;

  @Enum({ items: () => PartyType, nativeEnumName: 'party_type' })
  sellerPartyType!: PartyType;

  @Field(() => MoneyScalar, { description: '成交额: the whole contract amount in yuan.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  contractAmount!: string;

  @Field(() => MoneyScalar, { description: '技术交易额: 成交额 minus non-technical costs (equipment, parts, materials); ≤ 成交额.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  techTransactionAmount!: string;

  @Field(() => LocalDateResolver, { description: 'Signing date (签订日期).' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Field(() => LocalDateResolver, { description: 'Start of the validity period (合同有效期).' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDateResolver, { description: 'End of the validity period.' })
  @Property({ type: 'date' })
  validTo!: string;

  @Field(() => ContractStatus)
  @Enum({ items: () => ContractStatus, nativeEnumName: 'contract_status' })
  status: ContractStatus = ContractStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Registration number (登记编号), 16 digits: year, registering office region code, serial.' })
  @Property({ type: 'varchar', length: 16, nullable: true })
  registrationNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the first registration: the day the contract counts on.' })
  @Property({ type: 'date', nullable: true })
  registeredOn?: string | null;

  @Field(() => Int, { description: 'Number of the current registered version (0 before registration; +1 per registered change or termination).' })
  @Property({ type: 'integer', default: 0 })
  registeredVersion: number = 0;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the contract ended early (终止), once the termination is registered.' })
  @Property({ type: 'date', nullable: true })
  terminatedOn?: string | null;

  @ManyToOne(() => User, { nullable: true })
  createdBy?: Rel<User> | null;
}

import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyScalar } from '../../graphql/money';
import type { ChangeInput, RegisterInput, TerminationInput } from './contract-registration.service';
import type { ContractData, ContractMilestoneData, ContractPartyData } from './contract-validation';
import { ContractStatus, IpType, PartyType, PlanSource } from './contract.types';

@InputType({ description: 'A party: an organization on the platform (organizationId), or the form columns for one without an account.' })
export class ContractPartyInput implements ContractPartyData {
  @Field(() => ID, { nullable: true, description: 'The organization; its name, credit code, region and type are copied from it.' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: 'GB/T 2260 region code' })
  regionCode?: string | null;

  @Field(() => PartyType, { nullable: true })
  partyType?: PartyType | null;
}

@InputType()
export class ContractMilestoneInput implements ContractMilestoneData {
  @Field()
  @MaxLength(200)
  title!: string;

  @Field(() => LocalDateResolver)
  dueOn!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  paidOn?: string | null;
}

@InputType({ description: 'Everything a technology contract states; checked as a whole, every problem reported at once.' })
export class ContractInput implements ContractData {
  @Field()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field({ description: 'A leaf contract category, e.g. DEVELOPMENT.COMMISSIONED (see contractCategories).' })
  categoryCode!: string;

  @Field()
  fieldCode!: string;

  @Field(() => IpType)
  ipType!: IpType;

  @Field(() => PlanSource)
  planSource!: PlanSource;

  @Field(() => ContractPartyInput)
  buyer!: ContractPartyInput;

  @Field(() => ContractPartyInput)
  seller!: ContractPartyInput;

  @Field(() => MoneyScalar, { description: '成交额' })
  contractAmount!: string;

  @Field(() => MoneyScalar, { description: '技术交易额, ≤ 成交额' })
  techTransactionAmount!: string;

  @Field(() => LocalDateResolver)
  signedOn!: string;

  @Field(() => LocalDateResolver)
  validFrom!: string;

  @Field(() => LocalDateResolver)
  validTo!: string;

  @Field(() => [ContractMilestoneInput], { nullable: true, description: 'Payment milestones; their amounts add up to at most 成交额.' })
  @IsOptional()
  @ArrayMaxSize(50)
  milestones?: ContractMilestoneInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Brokers (users with the BROKER role) credited with the contract.' })
  @IsOptional()
  @ArrayMaxSize(10)
  brokerIds?: string[] | null;
}

@InputType()
export class RegisterContractInput implements RegisterInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => String, { nullable: true, description: '登记编号 for the first registration (16 digits); omitted for changes and terminations.' })
  registrationNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Defaults to today.' })
  registeredOn?: string | null;
}

@InputType()
export class RejectContractInput {
  @Field(() => ID)
  contractId!: string;

  @Field()
  @MaxLength(2000)
  reason!: string;
}

@InputType({ description: 'A change (变更) of a registered contract; it counts once the bureau registers it.' })
export class ContractChangeInput implements ChangeInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => MoneyScalar)
  contractAmount!: string;

  @Field(() => MoneyScalar)
  techTransactionAmount!: string;

  @Field(() => LocalDateResolver)
  validTo!: string;

  @Field(() => [ContractMilestoneInput], { nullable: true, description: 'The new milestones; omitted = unchanged.' })
  @IsOptional()
  @ArrayMaxSize(50)
  milestones?: ContractMilestoneInput[] | null;

  @Field()
  @MaxLength(2000)
  reason!: string;
}

@InputType({ description: 'A termination (终止): what was actually performed keeps counting.' })
export class ContractTerminationInput implements TerminationInput {
  @Field(() => ID)
  contractId!: string;

  @Field(() => LocalDateResolver)
  terminatedOn!: string;

  @Field(() => MoneyScalar, { description: '成交额 actually performed, at most the registered one.' })
  performedContractAmount!: string;

  @Field(() => MoneyScalar, { description: '技术交易额 actually performed.' })
  performedTechTransactionAmount!: string;

  @Field()
  @MaxLength(2000)
  reason!: string;
}

@InputType()
export class ContractFilterInput {
  @Field(() => [ContractStatus], { nullable: true })
  statuses?: ContractStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'First registered in this year.' })
  registeredYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'Where this organization is the buyer or the seller.' })
  organizationId?: string | null;

  @Field(() => [String], { nullable: true })
  categoryCodes?: string[] | null;
}

@InputType()
export class DefineContractCategoryInput {
  @Field({ description: 'e.g. EQUITY (top level) or SERVICE.TESTING (under SERVICE).' })
  @MaxLength(60)
  code!: string;

  @Field()
  @MaxLength(60)
  name!: string;

  @Field(() => String, { nullable: true })
  parentCode?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Registered amounts per month × category × field × where the parties are, kept exact in the same transaction as
 * every registration (contract-rollup.ts). Progress, by-month, by-category and by-field read it instead of the
 * contracts: a year is at most a few thousand rows whatever the number of contracts. The month is the month of
 * the first registration, and amounts are those of the current registered version.
 */
@Entity({ tableName: 'contract_rollup_monthly' })
export class ContractRollupMonthly {
  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  categoryCode!: string;

  @PrimaryKey({ type: 'text' })
  fieldCode!: string;

  @PrimaryKey({ type: 'boolean' })
  sellerInCity!: boolean;

  @PrimaryKey({ type: 'boolean' })
  buyerInCity!: boolean;

  @Property({ type: 'integer', default: 0 })
  contracts!: number;

  @Property({ type: 'decimal', precision: 20, scale: 2, default: 0 })
  contractAmount!: string;

  @Property({ type: 'decimal', precision: 20, scale: 2, default: 0 })
  techTransactionAmount!: string;
}

/**
 * The same registered amounts per month × side (SELLER or BUYER) × the party's district (its region code when in
 * the city, '' outside) × party type × whether the other party is in the city: by-district and by-party-type.
 */
@Entity({ tableName: 'contract_party_rollup_monthly' })
export class ContractPartyRollupMonthly {
  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'text' })
  side!: string;

  @PrimaryKey({ type: 'text' })
  regionCode!: string;

  @PrimaryKey({ type: 'text' })
  partyType!: string;

  @PrimaryKey({ type: 'boolean' })
  otherInCity!: boolean;

  @Property({ type: 'integer', default: 0 })
  contracts!: number;

  @Property({ type: 'decimal', precision: 20, scale: 2, default: 0 })
  contractAmount!: string;

  @Property({ type: 'decimal', precision: 20, scale: 2, default: 0 })
  techTransactionAmount!: string;
}

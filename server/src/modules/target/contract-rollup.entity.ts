import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** What a rollup row counts by. Monthly dimensions have `period` = the first of the month, yearly ones 1 January. */
export enum RollupDimension {
  TOTAL = 'TOTAL',
  CATEGORY = 'CATEGORY',
  FIELD = 'FIELD',
  SELLER_DISTRICT = 'SELLER_DISTRICT',
  BUYER_DISTRICT = 'BUYER_DISTRICT',
  SELLER_TYPE = 'SELLER_TYPE',
  BUYER_TYPE = 'BUYER_TYPE',
  SELLER = 'SELLER',
  BUYER = 'BUYER',
  BROKER = 'BROKER',
}

export const YEARLY_DIMENSIONS = [RollupDimension.SELLER, RollupDimension.BUYER, RollupDimension.BROKER];

/**
 * Registered amounts per dimension × period × key × where the parties are, kept exact in the same transaction as
 * every registration (contract-rollup.ts). Each dashboard query reads one dimension of one year: dozens to a few
 * thousand rows, whatever the number of contracts. The period is that of the first registration; the amounts
 * are those of the current registered version. Keys: '' for TOTAL, the leaf category or field code, the party's
 * region code (when in the city, else ''), the party type, the party's credit code, or the broker's user id.
 */
@Entity({ tableName: 'contract_rollup' })
export class ContractRollup {
  @PrimaryKey({ type: 'text' })
  dimension!: RollupDimension;

  @PrimaryKey({ type: 'date' })
  period!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

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

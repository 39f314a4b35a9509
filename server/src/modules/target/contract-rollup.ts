import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CITY_CODE, regionPrefix } from '../organization/regions';
import { monthOf } from '../contract/contract-dates';
import { COUNTED_STATUSES } from '../contract/contract.types';
import { RollupDimension } from './contract-rollup.entity';

/** The region-code prefix of the city (3702 for 青岛市): a party is "in the city" when its code starts with it. */
export const CITY_PREFIX = regionPrefix(CITY_CODE)!;

export const inCity = (regionCode: string) => regionCode.startsWith(CITY_PREFIX);

/** What the rollups need to know about a registered contract. */
export interface RollupSource {
  registeredOn: string;
  categoryCode: string;
  fieldCode: string;
  sellerRegionCode: string;
  buyerRegionCode: string;
  sellerPartyType: string;
  buyerPartyType: string;
  sellerCreditCode: string;
  buyerCreditCode: string;
  brokerIds: readonly string[];
}

export interface RollupDelta {
  contracts: number;
  contractAmount: string;
  techTransactionAmount: string;
}

/** The change a registration makes: from the previously counted amounts (null if none) to the new ones. */
export function rollupDelta(before: { contractAmount: string; techTransactionAmount: string } | null, after: { contractAmount: string; techTransactionAmount: string }): RollupDelta {
  return {
    contracts: before ? 0 : 1,
    contractAmount: new Decimal(after.contractAmount).minus(before?.contractAmount ?? 0).toFixed(2),
    techTransactionAmount: new Decimal(after.techTransactionAmount).minus(before?.techTransactionAmount ?? 0).toFixed(2),
  };
}

/** The rollup cells (dimension, period, key) a contract adds to. */
function cellsOf(source: RollupSource): Array<[RollupDimension, string, string]> {
  const month = monthOf(source.registeredOn);
  const year = `${source.registeredOn.slice(0, 4)}-01-01`;
  const D = RollupDimension;
  return [
    [D.TOTAL, month, ''],
    [D.CATEGORY, month, source.categoryCode],
    [D.FIELD, month, source.fieldCode],
    [D.SELLER_DISTRICT, month, inCity(source.sellerRegionCode) ? source.sellerRegionCode : ''],
    [D.BUYER_DISTRICT, month, inCity(source.buyerRegionCode) ? source.buyerRegionCode : ''],
    [D.SELLER_TYPE, month, source.sellerPartyType],
    [D.BUYER_TYPE, month, source.buyerPartyType],
    [D.SELLER, year, source.sellerCreditCode],
    [D.BUYER, year, source.buyerCreditCode],
    ...[...new Set(source.brokerIds)].map((id): [RollupDimension, string, string] => [D.BROKER, year, id]),
  ];
}

/**
 * Adds registrations' deltas to the rollup. Must run in the registration's transaction: the rollup is exact
 * because it changes exactly when, and only when, registered amounts do. Upserts with increments, so concurrent
 * registrations touching the same cell serialize on its row instead of losing an update.
 */
export async function applyToRollups(tx: EntityManager, items: Array<{ source: RollupSource; delta: RollupDelta }>): Promise<void> {
  // Merge deltas per cell first: one statement, and no "row affected twice" in a batch.
  const cells = new Map<string, { values: unknown[]; delta: RollupDelta }>();
  for (const { source, delta } of items) {
    const flags = [inCity(source.sellerRegionCode), inCity(source.buyerRegionCode)];
    for (const cell of cellsOf(source)) {
      const values = [...cell, ...flags];
      const key = JSON.stringify(values);
      const existing = cells.get(key);
      if (!existing) cells.set(key, { values, delta: { ...delta } });
      else {
        existing.delta.contracts += delta.contracts;
        existing.delta.contractAmount = new Decimal(existing.delta.contractAmount).plus(delta.contractAmount).toFixed(2);
        existing.delta.techTransactionAmount = new Decimal(existing.delta.techTransactionAmount).plus(delta.techTransactionAmount).toFixed(2);
      }
    }
  }
  // Sorted cells: concurrent batches lock rows in the same order and cannot deadlock.
  const sorted = [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell);
  for (let start = 0; start < sorted.length; start += 2000) {
    const chunk = sorted.slice(start, start + 2000);
    const params = chunk.flatMap(({ values, delta }) => [...values, delta.contracts, delta.contractAmount, delta.techTransactionAmount]);
    await tx.execute(
      `insert into "contract_rollup" ("dimension", "period", "key", "seller_in_city", "buyer_in_city", "contracts", "contract_amount", "tech_transaction_amount")
       values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       on conflict ("dimension", "period", "key", "seller_in_city", "buyer_in_city") do update set
         "contracts" = "contract_rollup"."contracts" + excluded."contracts",
         "contract_amount" = "contract_rollup"."contract_amount" + excluded."contract_amount",
         "tech_transaction_amount" = "contract_rollup"."tech_transaction_amount" + excluded."tech_transaction_amount"`,
      params,
    );
  }
}

const COUNTED_SQL = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');

/** The statement that fills an empty rollup from the contracts. */
export function rollupFillSql(): string {
  const seller = `c.seller_region_code like '${CITY_PREFIX}%'`;
  const buyer = `c.buyer_region_code like '${CITY_PREFIX}%'`;
  const month = `date_trunc('month', c.registered_on)::date`;
  const year = `date_trunc('year', c.registered_on)::date`;
  const D = RollupDimension;
  const dimensions: Array<[RollupDimension, string, string]> = [
    [D.TOTAL, month, `''`],
    [D.CATEGORY, month, 'c.category_code'],
    [D.FIELD, month, 'c.field_code'],
    [D.SELLER_DISTRICT, month, `case when ${seller} then c.seller_region_code else '' end`],
    [D.BUYER_DISTRICT, month, `case when ${buyer} then c.buyer_region_code else '' end`],
    [D.SELLER_TYPE, month, 'c.seller_party_type::text'],
    [D.BUYER_TYPE, month, 'c.buyer_party_type::text'],
    [D.SELLER, year, 'c.seller_credit_code'],
    [D.BUYER, year, 'c.buyer_credit_code'],
  ];
  const selects = dimensions.map(
    ([dimension, period, key]) => `select '${dimension}' as dimension, ${period} as period, ${key} as key, ${seller} as s, ${buyer} as b, c.contract_amount, c.tech_transaction_amount
       from tech_contract c where c.status in (${COUNTED_SQL})`,
  );
  selects.push(`select '${D.BROKER}', ${year}, cb.broker_id::text, ${seller}, ${buyer}, c.contract_amount, c.tech_transaction_amount
       from tech_contract c join (select distinct contract_id, broker_id from contract_broker) cb on cb.contract_id = c.id where c.status in (${COUNTED_SQL})`);
  return `insert into "contract_rollup" ("dimension", "period", "key", "seller_in_city", "buyer_in_city", "contracts", "contract_amount", "tech_transaction_amount")
      select dimension, period, key, s, b, count(*), sum(contract_amount), sum(tech_transaction_amount)
      from (${selects.join('\n union all ')}) as cells
      group by 1, 2, 3, 4, 5`;
}

/**
 * Recomputes the rollup from the contracts (bulk loads, and the proof that the incremental rollup is exact): the
 * same numbers the incremental path keeps, from scratch, in one statement.
 */
export async function rebuildRollups(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute(`delete from "contract_rollup"`);
    await tx.execute(rollupFillSql());
  });
}

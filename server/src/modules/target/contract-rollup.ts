import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CITY_CODE, regionPrefix } from '../organization/regions';
import { monthOf } from '../contract/contract-dates';
import { COUNTED_STATUSES } from '../contract/contract.types';

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

/**
 * Adds a registration's delta to both rollups. Must run in the registration's transaction: the rollups are exact
 * because they change exactly when, and only when, registered amounts do. Upserts with increments, so concurrent
 * registrations of different contracts in the same cell serialize on the row instead of losing an update.
 */
export async function applyToRollups(tx: EntityManager, items: Array<{ source: RollupSource; delta: RollupDelta }>): Promise<void> {
  if (!items.length) return;
  // Merge deltas per cell first: one statement per table, and no "row affected twice" error in a batch.
  const cells = new Map<string, { values: unknown[]; delta: RollupDelta }>();
  const partyCells = new Map<string, { values: unknown[]; delta: RollupDelta }>();
  const add = (map: typeof cells, values: unknown[], delta: RollupDelta) => {
    const key = JSON.stringify(values);
    const cell = map.get(key);
    if (!cell) map.set(key, { values, delta: { ...delta } });
    else {
      cell.delta.contracts += delta.contracts;
      cell.delta.contractAmount = new Decimal(cell.delta.contractAmount).plus(delta.contractAmount).toFixed(2);
      cell.delta.techTransactionAmount = new Decimal(cell.delta.techTransactionAmount).plus(delta.techTransactionAmount).toFixed(2);
    }
  };
  for (const { source, delta } of items) {
    const month = monthOf(source.registeredOn);
    const sellerIn = inCity(source.sellerRegionCode);
    const buyerIn = inCity(source.buyerRegionCode);
    add(cells, [month, source.categoryCode, source.fieldCode, sellerIn, buyerIn], delta);
    add(partyCells, [month, 'SELLER', sellerIn ? source.sellerRegionCode : '', source.sellerPartyType, buyerIn], delta);
    add(partyCells, [month, 'BUYER', buyerIn ? source.buyerRegionCode : '', source.buyerPartyType, sellerIn], delta);
  }
  await upsert(tx, 'contract_rollup_monthly', ['month', 'category_code', 'field_code', 'seller_in_city', 'buyer_in_city'], [...cells.values()]);
  await upsert(tx, 'contract_party_rollup_monthly', ['month', 'side', 'region_code', 'party_type', 'other_in_city'], [...partyCells.values()]);
}

async function upsert(tx: EntityManager, table: string, keyColumns: string[], cells: Array<{ values: unknown[]; delta: RollupDelta }>) {
  const columns = [...keyColumns, 'contracts', 'contract_amount', 'tech_transaction_amount'];
  const params: unknown[] = [];
  const rows = cells.map(({ values, delta }) => {
    params.push(...values, delta.contracts, delta.contractAmount, delta.techTransactionAmount);
    return `(${columns.map(() => '?').join(', ')})`;
  });
  // Sorted keys: concurrent batches lock cells in the same order and cannot deadlock.
  rows.sort();
  await tx.execute(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${rows.join(', ')}
     on conflict (${keyColumns.map((c) => `"${c}"`).join(', ')}) do update set
       "contracts" = "${table}"."contracts" + excluded."contracts",
       "contract_amount" = "${table}"."contract_amount" + excluded."contract_amount",
       "tech_transaction_amount" = "${table}"."tech_transaction_amount" + excluded."tech_transaction_amount"`,
    params,
  );
}

const COUNTED_SQL = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * Recomputes both rollups from the contracts (bulk loads, and a check that the incremental rollups are exact):
 * the same numbers the incremental path keeps, from scratch.
 */
export async function rebuildRollups(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute(`delete from "contract_rollup_monthly"`);
    await tx.execute(`delete from "contract_party_rollup_monthly"`);
    await tx.execute(`
      insert into "contract_rollup_monthly" ("month", "category_code", "field_code", "seller_in_city", "buyer_in_city", "contracts", "contract_amount", "tech_transaction_amount")
      select date_trunc('month', registered_on)::date, category_code, field_code,
             seller_region_code like '${CITY_PREFIX}%', buyer_region_code like '${CITY_PREFIX}%',
             count(*), sum(contract_amount), sum(tech_transaction_amount)
      from "tech_contract" where status in (${COUNTED_SQL})
      group by 1, 2, 3, 4, 5`);
    await tx.execute(`
      insert into "contract_party_rollup_monthly" ("month", "side", "region_code", "party_type", "other_in_city", "contracts", "contract_amount", "tech_transaction_amount")
      select month, side, region_code, party_type, other_in_city, count(*), sum(contract_amount), sum(tech_transaction_amount)
      from (
        select date_trunc('month', registered_on)::date as month, 'SELLER' as side,
               case when seller_region_code like '${CITY_PREFIX}%' then seller_region_code else '' end as region_code,
               seller_party_type::text as party_type, buyer_region_code like '${CITY_PREFIX}%' as other_in_city,
               contract_amount, tech_transaction_amount
        from "tech_contract" where status in (${COUNTED_SQL})
        union all
        select date_trunc('month', registered_on)::date, 'BUYER',
               case when buyer_region_code like '${CITY_PREFIX}%' then buyer_region_code else '' end,
               buyer_party_type::text, seller_region_code like '${CITY_PREFIX}%',
               contract_amount, tech_transaction_amount
        from "tech_contract" where status in (${COUNTED_SQL})
      ) as sides
      group by 1, 2, 3, 4, 5`);
  });
}

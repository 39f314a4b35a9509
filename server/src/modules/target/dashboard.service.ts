import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TechField } from '../field/tech-field.entity';
import { regionName } from '../organization/regions';
import { ContractCategory } from '../contract/contract-category.entity';
import { cityToday, dayOfYear, daysInYear } from '../contract/contract-dates';
import { COUNTED_STATUSES, type PartyType } from '../contract/contract.types';
import { flowConditionSql, TargetService, type CountingBasis } from './target.service';
import { AmountBasis, FlowBasis, TargetMetric } from './target.types';

export interface Progress {
  value: string;
  contracts: number;
  target: string | null;
  share: string | null;
  paceValue: string | null;
  paceShare: string | null;
  aheadOfPace: string | null;
  projectedYearEnd: string | null;
  asOf: string;
  elapsedDays: number;
  daysInYear: number;
}

export interface MonthRow {
  month: string;
  contracts: number;
  amount: string;
  cumulative: string;
  paceCumulative: string | null;
}

export interface BreakdownRow {
  key: string;
  label: string;
  contracts: number;
  amount: string;
  share: string | null;
}

export interface PartyRow {
  name: string;
  creditCode: string;
  regionCode: string;
  partyType: PartyType;
  organizationId: string | null;
  contracts: number;
  amount: string;
}

export interface BrokerRow {
  brokerId: string;
  contracts: number;
  amount: string;
}

export enum BreakdownLevel {
  TOP = 'TOP',
  LEAF = 'LEAF',
}

type SumRow = { key: string; contracts: string | number; amount: string | null };

const COUNTED_SQL = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');

const amountColumn = (basis: CountingBasis, alias = '') =>
  `${alias}${basis.amountBasis === AmountBasis.TECH_TRANSACTION_AMOUNT ? 'tech_transaction_amount' : 'contract_amount'}`;

/** The monthly rollup's condition for a flow basis. */
function rollupFlowSql(flow: FlowBasis): string {
  if (flow === FlowBasis.OUTFLOW) return 'seller_in_city';
  if (flow === FlowBasis.INFLOW) return 'buyer_in_city';
  return '(seller_in_city or buyer_in_city)';
}

/**
 * The party rollup's rows for a flow basis: the in-city party of each counted contract, once. Under BOTH a
 * contract with both parties in the city is the seller's (输出 first), so districts add up to the total.
 */
function partyFlowSql(flow: FlowBasis): string {
  if (flow === FlowBasis.OUTFLOW) return `side = 'SELLER' and region_code <> ''`;
  if (flow === FlowBasis.INFLOW) return `side = 'BUYER' and region_code <> ''`;
  return `((side = 'SELLER' and region_code <> '') or (side = 'BUYER' and region_code <> '' and not other_in_city))`;
}

const yearRange = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`];
const ratio = (part: Decimal.Value, whole: Decimal.Value | null) => (whole && !new Decimal(whole).isZero() ? new Decimal(part).div(whole).toDecimalPlaces(4).toFixed(4) : null);

/**
 * The target dashboard: aggregates of registered contracts only (no contract is ever listed), exact decimals in
 * yuan. Progress, months, categories, fields, districts and party types read the rollups; top parties and brokers
 * read the contracts of one year through the (status, registered_on) index.
 */
export class DashboardService {
  constructor(private readonly em: EntityManager) {}

  private targets() {
    return new TargetService(this.em);
  }

  /** The basis to count a year by: the given one, else the year's target's, else the default. */
  async basis(year: number, override?: Partial<CountingBasis> | null): Promise<CountingBasis> {
    const base = await this.targets().basisFor(year);
    return { amountBasis: override?.amountBasis ?? base.amountBasis, flowBasis: override?.flowBasis ?? base.flowBasis };
  }

  private async sumRollup(year: number, basis: CountingBasis, groupBy: string | null): Promise<SumRow[]> {
    const key = groupBy ?? `''`;
    return this.em.execute<SumRow[]>(
      `select ${key} as key, sum(contracts) as contracts, sum(${amountColumn(basis)}) as amount from contract_rollup_monthly
       where month >= ? and month < ? and ${rollupFlowSql(basis.flowBasis)} ${groupBy ? `group by ${groupBy}` : ''}`,
      yearRange(year),
    );
  }

  /** Value so far, share of the target, where a straight-line pace would be today, and the year end at this pace. */
  async progress(year: number, basis: CountingBasis, today = cityToday()): Promise<Progress> {
    const [target, [row]] = await Promise.all([this.targets().find(year, TargetMetric.CONTRACT_TURNOVER), this.sumRollup(year, basis, null)]);
    const value = new Decimal(row?.amount ?? 0);
    const total = daysInYear(year);
    const thisYear = Number(today.slice(0, 4));
    const elapsed = year < thisYear ? total : year > thisYear ? 0 : dayOfYear(today);
    const targetValue = target ? new Decimal(target.targetValue) : null;
    const pace = targetValue ? targetValue.times(elapsed).div(total).toDecimalPlaces(2) : null;
    return {
      value: value.toFixed(2),
      contracts: Number(row?.contracts ?? 0),
      target: targetValue?.toFixed(2) ?? null,
      share: targetValue ? ratio(value, targetValue) : null,
      paceValue: pace?.toFixed(2) ?? null,
      paceShare: pace && targetValue ? ratio(pace, targetValue) : null,
      aheadOfPace: pace ? value.minus(pace).toFixed(2) : null,
      projectedYearEnd: elapsed > 0 ? value.times(total).div(elapsed).toDecimalPlaces(2).toFixed(2) : null,
      asOf: year === thisYear ? today : year < thisYear ? `${year}-12-31` : `${year}-01-01`,
      elapsedDays: elapsed,
      daysInYear: total,
    };
  }

  /** Twelve months with amount, running total and (with a target) the straight-line pace at each month's end. */
  async byMonth(year: number, basis: CountingBasis): Promise<MonthRow[]> {
    const [target, rows] = await Promise.all([
      this.targets().find(year, TargetMetric.CONTRACT_TURNOVER),
      this.sumRollup(year, basis, `to_char(month, 'YYYY-MM')`),
    ]);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    let cumulative = new Decimal(0);
    const total = daysInYear(year);
    return Array.from({ length: 12 }, (_, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`;
      const row = byKey.get(month);
      cumulative = cumulative.plus(row?.amount ?? 0);
      const monthEnd = new Date(Date.UTC(year, i + 1, 0)).toISOString().slice(0, 10);
      return {
        month,
        contracts: Number(row?.contracts ?? 0),
        amount: new Decimal(row?.amount ?? 0).toFixed(2),
        cumulative: cumulative.toFixed(2),
        paceCumulative: target ? new Decimal(target.targetValue).times(dayOfYear(monthEnd)).div(total).toDecimalPlaces(2).toFixed(2) : null,
      };
    });
  }

  private async rollUp(rows: SumRow[], level: BreakdownLevel, nodes: Array<{ code: string; name: string; parentCode: string | null }>) {
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    const topOf = (code: string) => {
      let node = byCode.get(code);
      while (node?.parentCode && byCode.get(node.parentCode)) node = byCode.get(node.parentCode);
      return node?.code ?? code;
    };
    const merged = new Map<string, { contracts: number; amount: Decimal }>();
    for (const row of rows) {
      const key = level === BreakdownLevel.TOP ? topOf(row.key) : row.key;
      const cell = merged.get(key) ?? { contracts: 0, amount: new Decimal(0) };
      cell.contracts += Number(row.contracts);
      cell.amount = cell.amount.plus(row.amount ?? 0);
      merged.set(key, cell);
    }
    return this.toBreakdown([...merged].map(([key, cell]) => ({ key, label: byCode.get(key)?.name ?? key, contracts: cell.contracts, amount: cell.amount })));
  }

  private toBreakdown(rows: Array<{ key: string; label: string; contracts: number; amount: Decimal.Value }>): BreakdownRow[] {
    const total = rows.reduce((sum, r) => sum.plus(r.amount), new Decimal(0));
    return rows
      .map((r) => ({ key: r.key, label: r.label, contracts: r.contracts, amount: new Decimal(r.amount).toFixed(2), share: ratio(r.amount, total) }))
      .sort((a, b) => new Decimal(b.amount).cmp(a.amount) || a.key.localeCompare(b.key));
  }

  /** By contract category: the top level (技术开发, 技术转让...) or the leaf categories. */
  async byCategory(year: number, basis: CountingBasis, level: BreakdownLevel): Promise<BreakdownRow[]> {
    const [rows, categories] = await Promise.all([this.sumRollup(year, basis, 'category_code'), this.em.find(ContractCategory, {})]);
    return this.rollUp(rows, level, categories);
  }

  /** By technology field: top-level fields (海洋科技...) or the leaf fields. */
  async byField(year: number, basis: CountingBasis, level: BreakdownLevel): Promise<BreakdownRow[]> {
    const [rows, fields] = await Promise.all([this.sumRollup(year, basis, 'field_code'), this.em.find(TechField, {})]);
    return this.rollUp(rows, level, fields);
  }

  private async sumParties(year: number, basis: CountingBasis, groupBy: string): Promise<SumRow[]> {
    return this.em.execute<SumRow[]>(
      `select ${groupBy} as key, sum(contracts) as contracts, sum(${amountColumn(basis)}) as amount from contract_party_rollup_monthly
       where month >= ? and month < ? and ${partyFlowSql(basis.flowBasis)} group by ${groupBy}`,
      yearRange(year),
    );
  }

  /** By district of the in-city party (the seller for outflow, the buyer for inflow). */
  async byDistrict(year: number, basis: CountingBasis): Promise<BreakdownRow[]> {
    const rows = await this.sumParties(year, basis, 'region_code');
    return this.toBreakdown(rows.map((r) => ({ key: r.key, label: regionName(r.key) ?? r.key, contracts: Number(r.contracts), amount: r.amount ?? 0 })));
  }

  /** By legal-person type of the in-city party (enterprise, institute, university...). */
  async byPartyType(year: number, basis: CountingBasis): Promise<BreakdownRow[]> {
    const rows = await this.sumParties(year, basis, 'party_type');
    return this.toBreakdown(rows.map((r) => ({ key: r.key, label: r.key, contracts: Number(r.contracts), amount: r.amount ?? 0 })));
  }

  /** The largest sellers or buyers among the counted contracts of the year, by credit code. */
  async topParties(side: 'seller' | 'buyer', year: number, basis: CountingBasis, first: number): Promise<PartyRow[]> {
    const rows = await this.em.execute<Array<Record<string, string | null>>>(
      `select c.${side}_credit_code as credit_code, max(c.${side}_name) as name, max(c.${side}_region_code) as region_code,
              max(c.${side}_party_type::text) as party_type, max(c.${side}_organization_id::text) as organization_id,
              count(*) as contracts, sum(${amountColumn(basis, 'c.')}) as amount
       from tech_contract c
       where c.status in (${COUNTED_SQL}) and c.registered_on >= ? and c.registered_on < ? and ${flowConditionSql(basis.flowBasis)}
       group by c.${side}_credit_code order by amount desc, credit_code limit ?`,
      [...yearRange(year), first],
    );
    return rows.map((r) => ({
      name: r.name!, creditCode: r.credit_code!, regionCode: r.region_code!, partyType: r.party_type as PartyType,
      organizationId: r.organization_id, contracts: Number(r.contracts), amount: new Decimal(r.amount ?? 0).toFixed(2),
    }));
  }

  /** Brokers by registered value of the counted contracts credited to them (each broker with the whole amount). */
  async brokers(year: number, basis: CountingBasis, first: number): Promise<BrokerRow[]> {
    const rows = await this.em.execute<Array<{ broker_id: string; contracts: string; amount: string }>>(
      `select b.broker_id, count(*) as contracts, sum(${amountColumn(basis, 'c.')}) as amount
       from contract_broker b join tech_contract c on c.id = b.contract_id
       where c.status in (${COUNTED_SQL}) and c.registered_on >= ? and c.registered_on < ? and ${flowConditionSql(basis.flowBasis)}
       group by b.broker_id order by amount desc, b.broker_id limit ?`,
      [...yearRange(year), first],
    );
    return rows.map((r) => ({ brokerId: r.broker_id, contracts: Number(r.contracts), amount: new Decimal(r.amount).toFixed(2) }));
  }
}

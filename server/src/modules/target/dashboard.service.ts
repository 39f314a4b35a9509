import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TechField } from '../field/tech-field.entity';
import { regionName } from '../organization/regions';
import { ContractCategory } from '../contract/contract-category.entity';
import { cityToday, dayOfYear, daysInYear } from '../contract/contract-dates';
import type { PartyType } from '../contract/contract.types';
import { RollupDimension } from './contract-rollup.entity';
import { TargetService, type CountingBasis } from './target.service';
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

const amountColumn = (basis: CountingBasis) => (basis.amountBasis === AmountBasis.TECH_TRANSACTION_AMOUNT ? 'tech_transaction_amount' : 'contract_amount');

/** The rollup's condition for a flow basis. */
function flowSql(flow: FlowBasis): string {
  if (flow === FlowBasis.OUTFLOW) return 'seller_in_city';
  if (flow === FlowBasis.INFLOW) return 'buyer_in_city';
  return '(seller_in_city or buyer_in_city)';
}

/**
 * The in-city party of each counted contract, once: for districts and party types. Under BOTH a contract with
 * both parties in the city is the seller's (输出 first), so the rows add up to the total.
 */
function inCityPartySql(flow: FlowBasis, kind: 'DISTRICT' | 'TYPE'): string {
  const seller = `(dimension = 'SELLER_${kind}' and seller_in_city)`;
  const buyer = `(dimension = 'BUYER_${kind}' and buyer_in_city)`;
  if (flow === FlowBasis.OUTFLOW) return seller;
  if (flow === FlowBasis.INFLOW) return buyer;
  return `(${seller} or (${buyer} and not seller_in_city))`;
}

const yearRange = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`];
const ratio = (part: Decimal.Value, whole: Decimal.Value | null) => (whole && !new Decimal(whole).isZero() ? new Decimal(part).div(whole).toDecimalPlaces(4).toFixed(4) : null);

/**
 * The target dashboard: aggregates of registered contracts only (no contract is ever listed), exact decimals in
 * yuan. Every query reads one dimension of one year of the rollup (contract-rollup.ts), never the contracts; top
 * parties then read the names of at most `first` parties.
 */
export class DashboardService {
  private readonly targetService: TargetService;

  constructor(private readonly em: EntityManager) {
    this.targetService = new TargetService(em);
  }

  private targets() {
    return this.targetService;
  }

  /** The year's turnover target, if set (read once per request). */
  async target(year: number) {
    return this.targetService.find(year, TargetMetric.CONTRACT_TURNOVER);
  }

  /** The basis to count a year by: the given one, else the year's target's, else the default. */
  async basis(year: number, override?: Partial<CountingBasis> | null): Promise<CountingBasis> {
    const base = await this.targets().basisFor(year);
    return { amountBasis: override?.amountBasis ?? base.amountBasis, flowBasis: override?.flowBasis ?? base.flowBasis };
  }

  /** Sums of one rollup dimension of a year, grouped by key (or in total), under a counting basis. */
  private async sumRollup(year: number, basis: CountingBasis, dimension: RollupDimension | string, groupBy: 'key' | 'month' | null, where = flowSql(basis.flowBasis)): Promise<SumRow[]> {
    const key = groupBy === 'month' ? `to_char(period, 'YYYY-MM')` : groupBy === 'key' ? 'key' : `''`;
    const dimensionSql = dimension.startsWith('(') ? dimension : `dimension = '${dimension}'`;
    return this.em.execute<SumRow[]>(
      `select ${key} as key, sum(contracts) as contracts, sum(${amountColumn(basis)}) as amount from contract_rollup
       where ${dimensionSql} and period >= ? and period < ? and ${where} ${groupBy ? 'group by 1' : ''}`,
      yearRange(year),
    );
  }

  /** Value so far, share of the target, where a straight-line pace would be today, and the year end at this pace. */
  async progress(year: number, basis: CountingBasis, today = cityToday()): Promise<Progress> {
    const [target, [row]] = await Promise.all([this.targets().find(year, TargetMetric.CONTRACT_TURNOVER), this.sumRollup(year, basis, RollupDimension.TOTAL, null)]);
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
      this.sumRollup(year, basis, RollupDimension.TOTAL, 'month'),
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
    const [rows, categories] = await Promise.all([this.sumRollup(year, basis, RollupDimension.CATEGORY, 'key'), this.em.find(ContractCategory, {})]);
    return this.rollUp(rows, level, categories);
  }

  /** By technology field: top-level fields (海洋科技...) or the leaf fields. */
  async byField(year: number, basis: CountingBasis, level: BreakdownLevel): Promise<BreakdownRow[]> {
    const [rows, fields] = await Promise.all([this.sumRollup(year, basis, RollupDimension.FIELD, 'key'), this.em.find(TechField, {})]);
    return this.rollUp(rows, level, fields);
  }

  /** By district of the in-city party (the seller for outflow, the buyer for inflow). */
  async byDistrict(year: number, basis: CountingBasis): Promise<BreakdownRow[]> {
    const rows = await this.sumRollup(year, basis, `(${inCityPartySql(basis.flowBasis, 'DISTRICT')})`, 'key', 'true');
    return this.toBreakdown(rows.map((r) => ({ key: r.key, label: regionName(r.key) ?? r.key, contracts: Number(r.contracts), amount: r.amount ?? 0 })));
  }

  /** By legal-person type of the in-city party (enterprise, institute, university...). */
  async byPartyType(year: number, basis: CountingBasis): Promise<BreakdownRow[]> {
    const rows = await this.sumRollup(year, basis, `(${inCityPartySql(basis.flowBasis, 'TYPE')})`, 'key', 'true');
    return this.toBreakdown(rows.map((r) => ({ key: r.key, label: r.key, contracts: Number(r.contracts), amount: r.amount ?? 0 })));
  }

  /** The largest sellers or buyers among the counted contracts of the year, by credit code. */
  async topParties(side: 'seller' | 'buyer', year: number, basis: CountingBasis, first: number): Promise<PartyRow[]> {
    const dimension = side === 'seller' ? RollupDimension.SELLER : RollupDimension.BUYER;
    const top = await this.em.execute<Array<{ key: string; contracts: string; amount: string }>>(
      `select key, sum(contracts) as contracts, sum(${amountColumn(basis)}) as amount from contract_rollup
       where dimension = ? and period = ? and ${flowSql(basis.flowBasis)} group by key order by amount desc, key limit ?`,
      [dimension, `${year}-01-01`, first],
    );
    if (!top.length) return [];
    // The party as on its latest contract of the year (names can change between contracts).
    const parties = await this.em.execute<Array<Record<string, string | null>>>(
      `select distinct on (c.${side}_credit_code) c.${side}_credit_code as credit_code, c.${side}_name as name, c.${side}_region_code as region_code,
              c.${side}_party_type::text as party_type, c.${side}_organization_id::text as organization_id
       from tech_contract c where c.${side}_credit_code in (${top.map(() => '?').join(', ')})
       order by c.${side}_credit_code, c.registered_on desc nulls last, c.created_at desc`,
      top.map((row) => row.key),
    );
    const byCode = new Map(parties.map((p) => [p.credit_code, p]));
    return top.map((row) => {
      const party = byCode.get(row.key);
      return {
        name: party?.name ?? row.key, creditCode: row.key, regionCode: party?.region_code ?? '', partyType: (party?.party_type ?? 'OTHER') as PartyType,
        organizationId: party?.organization_id ?? null, contracts: Number(row.contracts), amount: new Decimal(row.amount).toFixed(2),
      };
    });
  }

  /** Brokers by registered value of the counted contracts credited to them (each broker with the whole amount). */
  async brokers(year: number, basis: CountingBasis, first: number): Promise<BrokerRow[]> {
    const rows = await this.em.execute<Array<{ key: string; contracts: string; amount: string }>>(
      `select key, sum(contracts) as contracts, sum(${amountColumn(basis)}) as amount from contract_rollup
       where dimension = ? and period = ? and ${flowSql(basis.flowBasis)} group by key order by amount desc, key limit ?`,
      [RollupDimension.BROKER, `${year}-01-01`, first],
    );
    return rows.map((r) => ({ brokerId: r.key, contracts: Number(r.contracts), amount: new Decimal(r.amount).toFixed(2) }));
  }
}

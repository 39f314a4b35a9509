import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import { COUNTED_STATUSES } from '../contract/contract.types';
import { AmountBasis, FlowBasis, TargetMetric } from './target.types';
import { YearlyTarget } from './yearly-target.entity';
import { CITY_PREFIX } from './contract-rollup';

export interface CountingBasis {
  amountBasis: AmountBasis;
  flowBasis: FlowBasis;
}

/** Without a target for the year, dashboards count 成交额 of contracts the city's sellers registered (输出). */
export const DEFAULT_BASIS: CountingBasis = { amountBasis: AmountBasis.CONTRACT_AMOUNT, flowBasis: FlowBasis.OUTFLOW };

export interface SetTargetInput {
  year: number;
  metric: TargetMetric;
  targetValue: string;
  amountBasis?: AmountBasis | null;
  flowBasis?: FlowBasis | null;
  note?: string | null;
}

export interface AttributedValue {
  contracts: number;
  contractAmount: string;
  techTransactionAmount: string;
}

const COUNTED_SQL = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');

/** SQL condition on tech_contract columns (alias `c`) for a flow basis; null means no condition. */
export function flowConditionSql(flow: FlowBasis | null | undefined, alias = 'c'): string {
  const seller = `${alias}.seller_region_code like '${CITY_PREFIX}%'`;
  const buyer = `${alias}.buyer_region_code like '${CITY_PREFIX}%'`;
  if (flow === FlowBasis.OUTFLOW) return seller;
  if (flow === FlowBasis.INFLOW) return buyer;
  if (flow === FlowBasis.BOTH) return `(${seller} or ${buyer})`;
  return 'true';
}

/** Yearly targets as data, and what other modules (broker KPIs, Excel reports) ask of registered contracts. */
export class TargetService {
  /** Targets read during this request: a dashboard asks for the same year's target from several fields. */
  private readonly found = new Map<string, Promise<YearlyTarget | null>>();

  constructor(private readonly em: EntityManager) {}

  /** Targets, newest year first; of one year when given. */
  async list(year?: number | null): Promise<YearlyTarget[]> {
    return this.em.find(YearlyTarget, year ? { year } : {}, { orderBy: { year: 'desc', metric: 'asc' } });
  }

  /** The target of a year and metric, or null. Broker KPIs read NEW_BROKERS from here. */
  async find(year: number, metric: TargetMetric): Promise<YearlyTarget | null> {
    const key = `${year}/${metric}`;
    if (!this.found.has(key)) this.found.set(key, this.em.findOne(YearlyTarget, { year, metric }));
    return this.found.get(key)!;
  }

  /** The counting basis of a year's turnover target (or the default when the year has none). */
  async basisFor(year: number): Promise<CountingBasis> {
    const target = await this.find(year, TargetMetric.CONTRACT_TURNOVER);
    return target ? { amountBasis: target.amountBasis, flowBasis: target.flowBasis } : DEFAULT_BASIS;
  }

  /** Bureau: sets (creates or replaces) a year's target and its counting basis. */
  async set(input: SetTargetInput): Promise<YearlyTarget> {
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw CommonError.badInput('year', 'must be a year between 2000 and 2100');
    let value: Decimal;
    try {
      value = new Decimal(input.targetValue);
    } catch {
      throw CommonError.badInput('targetValue', 'must be a decimal number');
    }
    if (!value.gt(0)) throw CommonError.badInput('targetValue', 'must be greater than zero');
    if (value.decimalPlaces() > 2 || value.gte('1e18')) throw CommonError.badInput('targetValue', 'must have at most two decimals and fewer than 19 digits before the point');
    if (input.metric === TargetMetric.NEW_BROKERS && !value.isInteger()) throw CommonError.badInput('targetValue', 'counts people: a whole number');
    this.found.clear();
    const existing = await this.em.findOne(YearlyTarget, { year: input.year, metric: input.metric });
    const target = existing ?? this.em.create(YearlyTarget, { year: input.year, metric: input.metric, targetValue: value.toFixed(2) });
    target.targetValue = value.toFixed(2);
    if (input.amountBasis) target.amountBasis = input.amountBasis;
    if (input.flowBasis) target.flowBasis = input.flowBasis;
    if (input.note != null) target.note = input.note.trim();
    await this.em.flush();
    return target;
  }

  /**
   * Registered value attributed to a broker in a year (by first registration date), with the amounts of the current
   * registered versions. `flow` restricts to the city's outflow/inflow; by default every registered contract counts.
   */
  async registeredValueAttributedTo(brokerUserId: string, year: number, flow: FlowBasis | null = null): Promise<AttributedValue> {
    const [row] = await this.em.execute<Array<{ contracts: string; contract_amount: string | null; tech_transaction_amount: string | null }>>(
      `select count(*) as contracts, coalesce(sum(c.contract_amount), 0) as contract_amount, coalesce(sum(c.tech_transaction_amount), 0) as tech_transaction_amount
       from tech_contract c join contract_broker b on b.contract_id = c.id
       where b.broker_id = ? and c.status in (${COUNTED_SQL}) and c.registered_on >= ? and c.registered_on < ? and ${flowConditionSql(flow)}`,
      [brokerUserId, `${year}-01-01`, `${year + 1}-01-01`],
    );
    return {
      contracts: Number(row.contracts),
      contractAmount: new Decimal(row.contract_amount ?? 0).toFixed(2),
      techTransactionAmount: new Decimal(row.tech_transaction_amount ?? 0).toFixed(2),
    };
  }
}

import Decimal from 'decimal.js';
import { DEMO_CONTRACT_YEAR } from '../../seeds/seed-contracts';
import { ok } from '../support/challenge-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { thisYear } from './contract-fixtures';

describe('demo contracts', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
    for (const role of ['bureau', 'enterprise', 'broker']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
  });
  afterAll(() => platform.close());

  it('holds contracts in every registration state, a queue for the bureau, and awards still to turn into contracts', async () => {
    const rows = await platform.orm.em.getConnection().execute(`select status, count(*)::int as n from tech_contract group by status`);
    const byStatus = Object.fromEntries(rows.map((r: any) => [r.status, r.n]));
    expect(Object.keys(byStatus).sort()).toEqual(['CHANGE_SUBMITTED', 'DRAFT', 'REGISTERED', 'REJECTED', 'SUBMITTED', 'TERMINATED']);
    expect(byStatus.REGISTERED).toBeGreaterThan(DEMO_CONTRACT_YEAR.previous);
    const queue = await ok(platform, `{ contractRegistrationQueue(first: 50) { totalCount edges { node { kind contract { title seller { name } } } } } }`, {}, tokens.bureau);
    expect(queue.totalCount).toBeGreaterThanOrEqual(3);
    expect(queue.edges.map((e: any) => e.node.kind)).toEqual(expect.arrayContaining(['INITIAL', 'CHANGE']));
    const [{ n }] = await platform.orm.em.getConnection().execute(
      `select count(*)::int as n from challenge c where c.status = 'AWARDED' and not exists (select 1 from tech_contract t where t.challenge_id = c.id)`);
    expect(n).toBeGreaterThan(0);
    const mine = await ok(platform, `{ contracts(filter: { statuses: [REGISTERED] }) { totalCount } }`, {}, tokens.enterprise);
    expect(mine.totalCount).toBeGreaterThan(0);
  });

  it('shows a year of progress against the 350亿 target, with breakdowns that add up to the total', async () => {
    const year = thisYear();
    const d = await ok(platform, `{ contractDashboard(year: ${year}) { target { targetValue note } progress { value contracts share paceShare }
      byMonth { amount } byCategory { key amount } byField { amount } byDistrict { amount } byPartyType { amount } topSellers { name amount } brokers { amount } } }`, {}, tokens.broker);
    expect(d.target.targetValue).toBe('35000000000.00');
    expect(d.progress.contracts).toBeGreaterThan(0);
    expect(Number(d.progress.share)).toBeGreaterThan(0);
    const total = (rows: Array<{ amount: string }>) => rows.reduce((sum, r) => sum.plus(r.amount), new Decimal(0)).toFixed(2);
    for (const rows of [d.byMonth, d.byCategory, d.byField, d.byDistrict, d.byPartyType]) expect(total(rows)).toBe(d.progress.value);
    expect(d.byCategory.map((r: any) => r.key)).toEqual(expect.arrayContaining(['SERVICE', 'DEVELOPMENT', 'TRANSFER', 'LICENSE', 'CONSULTING']));
    expect(d.topSellers).toHaveLength(10);
    expect(d.brokers.length).toBeGreaterThan(0);
    const targets = await ok(platform, `{ yearlyTargets(year: 2022) { metric targetValue amountBasis flowBasis } }`, {}, tokens.broker);
    expect(targets).toEqual([
      { metric: 'CONTRACT_TURNOVER', targetValue: '35000000000.00', amountBasis: 'CONTRACT_AMOUNT', flowBasis: 'OUTFLOW' },
      { metric: 'NEW_BROKERS', targetValue: '100.00', amountBasis: 'CONTRACT_AMOUNT', flowBasis: 'OUTFLOW' },
    ]);
  });
});

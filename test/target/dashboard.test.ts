import Decimal from 'decimal.js';
import { ContractRegistrationService } from '../../server/src/modules/contract/contract-registration.service';
import type { HistoricalContractData } from '../../server/src/modules/contract/contract-validation';
import { IpType, PartyType, PlanSource } from '../../server/src/modules/contract/contract.types';
import { TargetService } from '../../server/src/modules/target/target.service';
import { FlowBasis } from '../../server/src/modules/target/target.types';
import { creditCode } from '../../seeds/demo-data';
import { ok } from '../support/challenge-fixtures';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { cityToday, contractInput, organizationIdOf, thisYear } from '../contract/contract-fixtures';

const PARTIES = {
  laoshan: { name: '崂山卖方公司', creditCode: creditCode('91370212MA01C3K71'), regionCode: '370212', partyType: PartyType.INSTITUTE },
  jimo: { name: '即墨买方公司', creditCode: creditCode('91370215MA01C3K72'), regionCode: '370215', partyType: PartyType.ENTERPRISE },
  beijing: { name: '北京公司', creditCode: creditCode('91110108MA01C3K73'), regionCode: '110108', partyType: PartyType.ENTERPRISE },
  shanghai: { name: '上海研究院', creditCode: creditCode('12310115MA01C3K74'), regionCode: '310115', partyType: PartyType.UNIVERSITY },
};

describe('target dashboard: counting basis and breakdowns', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};
  const year = thisYear() - 1;
  let serial = 0;

  const historical = (seller: keyof typeof PARTIES, buyer: keyof typeof PARTIES, amount: string, tech: string, month: number, categoryCode = 'SERVICE.GENERAL'): HistoricalContractData => ({
    title: `${seller}→${buyer}`, categoryCode, fieldCode: seller === 'beijing' ? 'ENERGY.HYDROGEN' : 'MARINE.INFO', ipType: IpType.NONE, planSource: PlanSource.NONE,
    seller: PARTIES[seller], buyer: PARTIES[buyer], contractAmount: amount, techTransactionAmount: tech,
    signedOn: `${year}-01-01`, validFrom: `${year}-01-01`, validTo: `${year}-12-31`,
    registrationNumber: `${year}370212${String(++serial).padStart(6, '0')}`, registeredOn: `${year}-${String(month).padStart(2, '0')}-10`,
  });

  const dashboard = (flow: string, amountBasis = 'CONTRACT_AMOUNT', y = year) =>
    ok(platform, `{ contractDashboard(year: ${y}, flowBasis: ${flow}, amountBasis: ${amountBasis}) { flowBasis amountBasis
      progress { value contracts target share paceValue paceShare aheadOfPace projectedYearEnd asOf elapsedDays daysInYear }
      byMonth { month amount cumulative paceCumulative } byCategory { key label amount share } byCategoryLeaf: byCategory(level: LEAF) { key amount }
      byField { key amount } byDistrict { key label amount } byPartyType { key amount } topSellers { name amount contracts } topBuyers { name amount } } }`, {}, tokens.enterprise);

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const role of ['enterprise', 'bureau', 'institute']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
    await new ContractRegistrationService(platform.orm.em.fork()).importHistorical([
      historical('laoshan', 'beijing', '1000.00', '900.00', 1),            // outflow only
      historical('beijing', 'jimo', '200.00', '150.00', 3),                // inflow only
      historical('laoshan', 'jimo', '30.00', '30.00', 3, 'CONSULTING'),    // both in the city
      historical('shanghai', 'beijing', '5000.00', '5000.00', 5),          // neither: never counts
    ]);
  });
  afterAll(() => platform.close());

  it('counts outflow, inflow or both, by 成交额 or 技术交易额, as chosen', async () => {
    const values = async (flow: string, basis?: string) => {
      const d = await dashboard(flow, basis);
      return [d.progress.value, d.progress.contracts];
    };
    expect(await values('OUTFLOW')).toEqual(['1030.00', 2]);
    expect(await values('INFLOW')).toEqual(['230.00', 2]);
    expect(await values('BOTH')).toEqual(['1230.00', 3]);
    expect(await values('OUTFLOW', 'TECH_TRANSACTION_AMOUNT')).toEqual(['930.00', 2]);
    expect(await values('BOTH', 'TECH_TRANSACTION_AMOUNT')).toEqual(['1080.00', 3]);
  });

  it('breaks the count down by month, category, field, district, party type and party', async () => {
    const d = await dashboard('BOTH');
    expect(d.byMonth.map((m: any) => m.amount).slice(0, 5)).toEqual(['1000.00', '0.00', '230.00', '0.00', '0.00']);
    expect(d.byMonth[11]).toMatchObject({ month: `${year}-12`, cumulative: '1230.00', paceCumulative: null });
    expect(d.byCategory).toEqual([
      { key: 'SERVICE', label: '技术服务', amount: '1200.00', share: '0.9756' },
      { key: 'CONSULTING', label: '技术咨询', amount: '30.00', share: '0.0244' },
    ]);
    expect(d.byCategoryLeaf).toEqual([{ key: 'SERVICE.GENERAL', amount: '1200.00' }, { key: 'CONSULTING', amount: '30.00' }]);
    expect(d.byField).toEqual([{ key: 'MARINE', amount: '1030.00' }, { key: 'ENERGY', amount: '200.00' }]);
    // Under BOTH a contract with both parties in the city counts once, in the seller's district.
    expect(d.byDistrict).toEqual([{ key: '370212', label: '崂山区', amount: '1030.00' }, { key: '370215', label: '即墨区', amount: '200.00' }]);
    expect(d.byPartyType).toEqual([{ key: 'INSTITUTE', amount: '1030.00' }, { key: 'ENTERPRISE', amount: '200.00' }]);
    expect(d.topSellers).toEqual([{ name: '崂山卖方公司', amount: '1030.00', contracts: 2 }, { name: '北京公司', amount: '200.00', contracts: 1 }]);
    expect(d.topBuyers).toEqual([{ name: '北京公司', amount: '1000.00' }, { name: '即墨买方公司', amount: '230.00' }]);
    const inflow = await dashboard('INFLOW');
    expect(inflow.byDistrict).toEqual([{ key: '370215', label: '即墨区', amount: '230.00' }]);
    expect(inflow.byPartyType).toEqual([{ key: 'ENTERPRISE', amount: '230.00' }]);
  });

  it('uses the year’s target and its basis, with share, pace and projection', async () => {
    const SET = `mutation($i: SetYearlyTargetInput!) { setYearlyTarget(input: $i) { year metric targetValue amountBasis flowBasis } }`;
    expect(await ok(platform, SET, { i: { year, metric: 'CONTRACT_TURNOVER', targetValue: '2460', amountBasis: 'TECH_TRANSACTION_AMOUNT', flowBasis: 'BOTH' } }, tokens.bureau))
      .toEqual({ year, metric: 'CONTRACT_TURNOVER', targetValue: '2460.00', amountBasis: 'TECH_TRANSACTION_AMOUNT', flowBasis: 'BOTH' });
    const d = await ok(platform, `{ contractDashboard(year: ${year}) { flowBasis amountBasis progress { value target share paceValue aheadOfPace projectedYearEnd elapsedDays } byMonth { paceCumulative } } }`, {}, tokens.institute);
    expect(d).toMatchObject({ flowBasis: 'BOTH', amountBasis: 'TECH_TRANSACTION_AMOUNT' });
    // A past year is over: the pace is the whole target and the projection is the value.
    expect(d.progress).toEqual({ value: '1080.00', target: '2460.00', share: '0.4390', paceValue: '2460.00', aheadOfPace: '-1380.00', projectedYearEnd: '1080.00', elapsedDays: d.progress.elapsedDays });
    expect(d.byMonth[11].paceCumulative).toBe('2460.00');
    expect(d.byMonth[0].paceCumulative).toBe(new Decimal(2460).times(31).div(d.progress.elapsedDays).toDecimalPlaces(2).toFixed(2));

    // This year: a straight line from 1 January to today.
    const current = thisYear();
    await ok(platform, SET, { i: { year: current, metric: 'CONTRACT_TURNOVER', targetValue: '35000000000' } }, tokens.bureau);
    const now = await ok(platform, `{ contractDashboard(year: ${current}) { progress { value paceValue asOf elapsedDays daysInYear projectedYearEnd } } }`, {}, tokens.institute);
    const today = cityToday();
    const dayOfYear = (Date.parse(today) - Date.parse(`${current}-01-01`)) / 86_400_000 + 1;
    expect(now.progress).toEqual({
      value: '0.00', asOf: today, elapsedDays: dayOfYear, daysInYear: now.progress.daysInYear, projectedYearEnd: '0.00',
      paceValue: new Decimal('35000000000').times(dayOfYear).div(now.progress.daysInYear).toDecimalPlaces(2).toFixed(2),
    });
  });

  it('refuses bad targets and writes nothing', async () => {
    const SET = `mutation($i: SetYearlyTargetInput!) { setYearlyTarget(input: $i) { id } }`;
    const before = await platform.count('yearly_target');
    for (const i of [
      { year: 2030, metric: 'CONTRACT_TURNOVER', targetValue: '0' },
      { year: 2030, metric: 'CONTRACT_TURNOVER', targetValue: '1.234' },
      { year: 2030, metric: 'NEW_BROKERS', targetValue: '100.5' },
      { year: 1900, metric: 'NEW_BROKERS', targetValue: '100' },
      { year: 2030, metric: 'CONTRACT_TURNOVER', targetValue: 'lots' },
    ]) {
      expect(errorCode(await platform.gql(SET, { i }, tokens.bureau))).toBe('BAD_USER_INPUT');
    }
    expect(await platform.count('yearly_target')).toBe(before);
  });

  it('lets the city add a category such as 作价投资, which contracts then use and the dashboard reports', async () => {
    const DEFINE = `mutation($i: DefineContractCategoryInput!) { defineContractCategory(input: $i) { code name parentCode } }`;
    expect(await ok(platform, DEFINE, { i: { code: 'EQUITY', name: '技术作价投资' } }, tokens.bureau)).toEqual({ code: 'EQUITY', name: '技术作价投资', parentCode: null });
    expect(errorCode(await platform.gql(DEFINE, { i: { code: 'EQUITY', name: '重复' } }, tokens.bureau))).toBe('CONFLICT');
    expect(errorCode(await platform.gql(DEFINE, { i: { code: 'SERVICE.TESTING', name: '检测', parentCode: 'CONSULTING' } }, tokens.bureau))).toBe('BAD_USER_INPUT');
    expect(errorCode(await platform.gql(DEFINE, { i: { code: 'X', name: 'x' } }, tokens.enterprise))).toBe('FORBIDDEN');
    const categories = await ok(platform, `{ contractCategories { code parentCode } }`, {});
    expect(categories.map((c: any) => c.code)).toEqual(expect.arrayContaining(['DEVELOPMENT', 'DEVELOPMENT.COMMISSIONED', 'SERVICE.BROKERAGE', 'EQUITY']));

    const [buyerId, sellerId] = [await organizationIdOf(platform, tokens.enterprise), await organizationIdOf(platform, tokens.institute)];
    const contract = await ok(platform, `mutation($input: ContractInput!) { createContract(input: $input) { id categoryCode category { name } } }`,
      { input: contractInput(buyerId, sellerId, { categoryCode: 'EQUITY', milestones: [] }) }, tokens.institute);
    expect(contract).toMatchObject({ categoryCode: 'EQUITY', category: { name: '技术作价投资' } });
    await ok(platform, `mutation { submitContract(id: "${contract.id}") { status } }`, {}, tokens.institute);
    await ok(platform, `mutation($i: RegisterContractInput!) { registerContract(input: $i) { status } }`, { i: { contractId: contract.id, registrationNumber: `${thisYear()}370212000777` } }, tokens.bureau);
    const d = await ok(platform, `{ contractDashboard(year: ${thisYear()}) { byCategory { key label amount } } }`, {}, tokens.enterprise);
    expect(d.byCategory).toEqual([{ key: 'EQUITY', label: '技术作价投资', amount: '800000.00' }]);
  });

  it('credits brokers with the registered value of their contracts, for KPIs and the dashboard alike', async () => {
    const broker = await ok(platform, `{ viewer { id } }`, {}, await platform.login('broker@jiebang.demo'));
    const y = thisYear() - 2;
    await new ContractRegistrationService(platform.orm.em.fork()).importHistorical([
      { ...historical('laoshan', 'beijing', '100.10', '90.00', 2), registeredOn: `${y}-02-10`, signedOn: `${y}-01-01`, validFrom: `${y}-01-01`, validTo: `${y}-12-31`, registrationNumber: `${y}370212000001`, brokerIds: [broker.id] },
      { ...historical('beijing', 'jimo', '0.20', '0.10', 4), registeredOn: `${y}-04-10`, signedOn: `${y}-01-01`, validFrom: `${y}-01-01`, validTo: `${y}-12-31`, registrationNumber: `${y}110108000001`, brokerIds: [broker.id] },
      { ...historical('laoshan', 'jimo', '7.00', '7.00', 4), registeredOn: `${y}-04-11`, signedOn: `${y}-01-01`, validFrom: `${y}-01-01`, validTo: `${y}-12-31`, registrationNumber: `${y}370212000002` },
    ]);
    const targets = new TargetService(platform.orm.em.fork());
    expect(await targets.registeredValueAttributedTo(broker.id, y)).toEqual({ contracts: 2, contractAmount: '100.30', techTransactionAmount: '90.10' });
    expect(await targets.registeredValueAttributedTo(broker.id, y, FlowBasis.OUTFLOW)).toEqual({ contracts: 1, contractAmount: '100.10', techTransactionAmount: '90.00' });
    expect(await targets.registeredValueAttributedTo(broker.id, y - 1)).toEqual({ contracts: 0, contractAmount: '0.00', techTransactionAmount: '0.00' });
    const d = await ok(platform, `{ contractDashboard(year: ${y}, flowBasis: BOTH) { brokers { broker { id } contracts amount } } }`, {}, tokens.enterprise);
    expect(d.brokers).toEqual([{ broker: { id: broker.id }, contracts: 2, amount: '100.30' }]);
  });

  it('lists contracts with a number of SQL statements that does not grow with the page size', async () => {
    const QUERY = `query($first: Int!) { contracts(first: $first) { totalCount edges { node { id category { name } field { name } milestones { amount } brokers { id } registrations { status } buyer { name } } } } }`;
    const statementsFor = async (first: number) => {
      platform.sql.reset();
      const result = await ok(platform, QUERY, { first }, tokens.bureau);
      return { count: platform.sql.statements.length, nodes: result.edges.length };
    };
    // Both pages hold contracts with brokers, milestones and registrations (the newest ones come from the test above).
    const small = await statementsFor(3);
    const large = await statementsFor(20);
    expect(large.nodes).toBeGreaterThan(small.nodes);
    expect(large.count).toBe(small.count);
  });
});

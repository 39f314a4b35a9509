import { cityToday as todayInCity } from '../../server/src/modules/contract/contract-dates';
import { dbFingerprint, ok } from '../support/challenge-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { DEAL_TABLES, M, setUpBrokerWorld, type BrokerWorld } from './broker-fixtures';

type ViewerKind = 'bureau' | 'broker' | 'colleague' | 'otherBroker' | 'partyMember' | 'expert' | 'anonymous';
const VIEWERS: ViewerKind[] = ['bureau', 'broker', 'colleague', 'otherBroker', 'partyMember', 'expert', 'anonymous'];
const YEAR = Number(todayInCity().slice(0, 4));

/**
 * Deals are visible to their broker, the members of the broker's organization and the bureau; only the broker
 * changes them. Everyone else gets NOT_FOUND (or empty lists), as if the deal did not exist.
 */
describe('deal access matrix', () => {
  let platform: TestPlatform;
  let world: BrokerWorld;
  let dealId: string;

  const tokenOf = (viewer: ViewerKind) =>
    viewer === 'anonymous' ? undefined : viewer === 'partyMember' ? world.tokens.buyer : world.tokens[viewer as keyof BrokerWorld['tokens']];
  const as = (viewer: ViewerKind, query: string, variables: Record<string, unknown> = {}) => platform.gql(query, variables, tokenOf(viewer));
  const outcome = (result: any, pick: (data: any) => unknown) => (result.errors ? result.errors[0].extensions.code : pick(result.data));

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await setUpBrokerWorld(platform, `${YEAR}-01-02`);
    // The party member's organization is the deal's buyer: being a party does not open the broker's notes.
    const deal = await ok(platform, M.createDeal, { input: { title: '海上风电运维机器人技术许可', buyerId: world.orgIds.enterprise, sellerId: world.orgIds.university, expectedValue: '3000000.00' } }, world.tokens.broker);
    await ok(platform, M.addActivity, { input: { dealId: deal.id, kind: 'MEETING', body: '与企业总工会谈，确认许可范围' } }, world.tokens.broker);
    dealId = deal.id;
  });
  afterAll(() => platform.close());

  const READ = { bureau: 'OK', broker: 'OK', colleague: 'OK', otherBroker: 'NOT_FOUND', partyMember: 'NOT_FOUND', expert: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' };
  it.each(VIEWERS)('deal(id) as %s', async (viewer) => {
    const result = await as(viewer, `query($id: ID!) { deal(id: $id) { id title activities { body } } }`, { id: dealId });
    expect(outcome(result, (d) => (d.deal.id === dealId && d.deal.activities.length === 2 ? 'OK' : 'WRONG'))).toBe(READ[viewer]);
  });

  const COUNT = { bureau: 1, broker: 1, colleague: 1, otherBroker: 0, partyMember: 0, expert: 0, anonymous: 'UNAUTHENTICATED' };
  it.each(VIEWERS)('deals and dealPipeline of the broker as %s', async (viewer) => {
    const list = await as(viewer, M.deals, { filter: { brokerId: world.userIds.broker } });
    expect(outcome(list, (d) => d.deals.totalCount)).toBe(COUNT[viewer]);
    const board = await as(viewer, M.pipeline, { brokerId: world.userIds.broker });
    expect(outcome(board, (d) => d.dealPipeline.totalCount)).toBe(COUNT[viewer]);
    const everything = await as(viewer, `{ deals { totalCount } }`);
    expect(outcome(everything, (d) => d.deals.totalCount)).toBe(COUNT[viewer]);
  });

  const KPIS = { bureau: 'OK', broker: 'OK', colleague: 'OK', otherBroker: 'FORBIDDEN', partyMember: 'FORBIDDEN', expert: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' };
  it.each(VIEWERS)('brokerKpis of the broker as %s', async (viewer) => {
    const result = await as(viewer, M.kpis, { year: YEAR, brokerId: world.userIds.broker });
    expect(outcome(result, (d) => (d.brokerKpis.dealsByStage[0].count === 1 ? 'OK' : 'WRONG'))).toBe(KPIS[viewer]);
  });

  const WRITE = { bureau: 'FORBIDDEN', broker: 'OK', colleague: 'FORBIDDEN', otherBroker: 'NOT_FOUND', partyMember: 'NOT_FOUND', expert: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' };
  const mutations: Array<[string, string, (id: string) => Record<string, unknown>]> = [
    ['updateDeal', M.updateDeal, (id) => ({ id, input: { nextAction: '寄送许可合同草案' } })],
    ['addDealActivity', M.addActivity, (id) => ({ input: { dealId: id, kind: 'NOTE', body: '备注' } })],
    ['moveDeal', M.moveDeal, (id) => ({ id, stage: 'CONTACTED' })],
  ];
  describe.each(mutations)('%s', (_name, mutation, variables) => {
    it.each(VIEWERS)('as %s', async (viewer) => {
      const before = await dbFingerprint(platform, DEAL_TABLES);
      const result = await as(viewer, mutation, variables(dealId));
      expect(outcome(result, () => 'OK')).toBe(WRITE[viewer]);
      if (result.errors) expect(await dbFingerprint(platform, DEAL_TABLES)).toEqual(before);
    });
  });

  const EXPORT = { bureau: 1, broker: 1, colleague: 1, otherBroker: 0, partyMember: 0, expert: 0, anonymous: 401 };
  it.each(VIEWERS)('pipeline.xlsx of the broker as %s', async (viewer) => {
    const token = tokenOf(viewer);
    const response = await fetch(`${platform.url}/exports/pipeline.xlsx?brokerId=${world.userIds.broker}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (response.status !== 200) {
      expect(response.status).toBe(EXPORT[viewer]);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      return;
    }
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet('经纪项目')!.actualRowCount - 1).toBe(EXPORT[viewer]);
  });
});

import { cityToday as todayInCity } from '../../server/src/modules/contract/contract-dates';
import { dbFingerprint, ok } from '../support/challenge-fixtures';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { DEAL_TABLES, M, setUpBrokerWorld, type BrokerWorld } from './broker-fixtures';

const YEAR = Number(todayInCity().slice(0, 4));

function daysFromToday(days: number): string {
  const date = new Date(`${todayInCity()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('broker profiles, deals and the pipeline', () => {
  let platform: TestPlatform;
  let world: BrokerWorld;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await setUpBrokerWorld(platform, `${YEAR}-01-02`);
  });
  afterAll(() => platform.close());

  const createDeal = (input: Record<string, unknown>, token = world.tokens.broker) => ok(platform, M.createDeal, { input }, token);

  /** Asserts the response failed with `code` and that the deal tables did not change. */
  async function refused(run: () => Promise<any>, code: string, extra: Record<string, unknown> = {}) {
    const before = await dbFingerprint(platform, DEAL_TABLES);
    const result = await run();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, ...extra });
    expect(await dbFingerprint(platform, DEAL_TABLES)).toEqual(before);
    return result;
  }

  describe('profiles', () => {
    it('are recorded by the bureau, which grants the BROKER role, and read by signed-in users', async () => {
      const profile = await ok(platform, `query($id: ID!) { brokerProfile(userId: $id) { certificateNumber certifiedYear fieldCodes fields { name } organization { id } user { displayName isBroker } } }`,
        { id: world.userIds.colleague }, world.tokens.buyer);
      expect(profile).toMatchObject({ certificateNumber: 'QD-JJR-2026-0002', certifiedYear: YEAR, fieldCodes: ['MARINE'], fields: [{ name: '海洋科技' }], organization: { id: world.orgIds.brokerage }, user: { displayName: '钱经纪', isBroker: true } });
      const brokers = await ok(platform, `query($filter: BrokerFilter) { brokers(filter: $filter) { totalCount edges { node { certificateNumber } } } }`,
        { filter: { organizationId: world.orgIds.brokerage } }, world.tokens.expert);
      expect(brokers.totalCount).toBe(2);
      const byField = await ok(platform, `{ brokers(filter: { fieldCode: "MARINE", certifiedYear: ${YEAR} }) { totalCount } }`, {}, world.tokens.expert);
      expect(byField.totalCount).toBe(3);
    });

    it('refuse non-bureau callers, taken certificates, foreign organizations, future dates and unknown fields', async () => {
      const input = { userId: world.userIds.buyer, organizationId: world.orgIds.enterprise, certificateNumber: 'QD-JJR-2026-0099', fieldCodes: ['MARINE'], certifiedOn: `${YEAR}-01-05` };
      await refused(() => platform.gql(M.saveProfile, { input }, world.tokens.broker), 'FORBIDDEN');
      await refused(() => platform.gql(M.saveProfile, { input: { ...input, certificateNumber: 'QD-JJR-2026-0001' } }, world.tokens.bureau), 'CONFLICT', { reason: 'CERTIFICATE_TAKEN' });
      await refused(() => platform.gql(M.saveProfile, { input: { ...input, organizationId: world.orgIds.brokerage } }, world.tokens.bureau), 'BAD_USER_INPUT', { fields: [{ field: 'organizationId', message: expect.any(String) }] });
      await refused(() => platform.gql(M.saveProfile, { input: { ...input, certifiedOn: daysFromToday(2) } }, world.tokens.bureau), 'BAD_USER_INPUT', { fields: [{ field: 'certifiedOn', message: 'cannot be in the future' }] });
      await refused(() => platform.gql(M.saveProfile, { input: { ...input, fieldCodes: ['NOT.A.FIELD'] } }, world.tokens.bureau), 'BAD_USER_INPUT');
      await refused(() => platform.gql(M.saveProfile, { input: { ...input, certificateNumber: 'a b' } }, world.tokens.bureau), 'BAD_USER_INPUT');
      const buyer = await platform.gql(`query($id: ID!) { brokerProfile(userId: $id) { id } }`, { id: world.userIds.buyer }, world.tokens.bureau);
      expect(buyer.data.brokerProfile).toBeNull();
    });
  });

  describe('deals', () => {
    it('open as a LEAD of the broker in the organization of the profile', async () => {
      const deal = await createDeal({
        title: '深海浮标低功耗通信模块合作', buyerId: world.orgIds.enterprise, sellerId: world.orgIds.institute,
        expectedValue: '800000.00', nextActionOn: daysFromToday(3), nextAction: '约企业技术总监交流',
      });
      expect(deal).toMatchObject({
        stage: 'LEAD', expectedValue: '800000.00', broker: { id: world.userIds.broker }, organization: { id: world.orgIds.brokerage },
        buyer: { id: world.orgIds.enterprise }, seller: { id: world.orgIds.institute }, allowedStages: ['CONTACTED', 'NEGOTIATING', 'SIGNED', 'LOST'],
      });
      const read = await ok(platform, M.deal, { id: deal.id }, world.tokens.broker);
      expect(read.activities).toEqual([{ kind: 'STAGE_CHANGE', body: '新建线索', fromStage: null, toStage: 'LEAD', author: { displayName: '孙经纪' } }]);
    });

    it('refuse bad input and callers without a broker profile, writing nothing', async () => {
      const base = { title: '氢能双极板涂层技术转让', buyerId: world.orgIds.enterprise, sellerId: world.orgIds.university };
      await refused(() => platform.gql(M.createDeal, { input: base }, world.tokens.expert), 'FORBIDDEN');
      await refused(() => platform.gql(M.createDeal, { input: { ...base, sellerId: world.orgIds.enterprise } }, world.tokens.broker), 'BAD_USER_INPUT', { fields: [{ field: 'sellerId', message: 'must differ from the buyer' }] });
      await refused(() => platform.gql(M.createDeal, { input: { ...base, buyerId: '00000000-0000-4000-8000-000000000000' } }, world.tokens.broker), 'BAD_USER_INPUT', { fields: [{ field: 'buyerId', message: expect.any(String) }] });
      await refused(() => platform.gql(M.createDeal, { input: { ...base, expectedValue: '-5.00' } }, world.tokens.broker), 'BAD_USER_INPUT');
      await refused(() => platform.gql(M.createDeal, { input: { ...base, expectedValue: 0.1 + 0.2 } }, world.tokens.broker), 'BAD_USER_INPUT');
      await refused(() => platform.gql(M.createDeal, { input: { ...base, nextActionOn: daysFromToday(-1) } }, world.tokens.broker), 'BAD_USER_INPUT', { fields: [{ field: 'nextActionOn', message: 'cannot be in the past' }] });
      await refused(() => platform.gql(M.createDeal, { input: { ...base, title: 'x' } }, world.tokens.broker), 'BAD_USER_INPUT');
      await refused(() => platform.gql(M.createDeal, { input: { ...base, challengeId: '00000000-0000-4000-8000-000000000000' } }, world.tokens.broker), 'BAD_USER_INPUT', { fields: [{ field: 'challengeId', message: expect.any(String) }] });

      // The BROKER role without a profile: the bureau must record the certificate first.
      const { token, user } = await ok(platform, `mutation { register(input: { email: "noprofile@example.com", password: "no-profile-2026", displayName: "无证经纪" }) { token user { id } } }`, {});
      await ok(platform, `mutation($id: ID!) { setPersonalRole(userId: $id, role: BROKER, granted: true) { isBroker } }`, { id: user.id }, world.tokens.bureau);
      await refused(() => platform.gql(M.createDeal, { input: base }, token), 'CONFLICT', { reason: 'PROFILE_REQUIRED' });
    });

    it('move only along legal stages, with CONFLICT naming the current stage otherwise', async () => {
      const deal = await createDeal({ title: '轨道交通车体轻量化材料对接', buyerId: world.orgIds.enterprise, sellerId: world.orgIds.university });
      const move = (stage: string, extra: Record<string, unknown> = {}, token = world.tokens.broker) => platform.gql(M.moveDeal, { id: deal.id, stage, ...extra }, token);

      expect((await move('CONTACTED')).data.moveDeal.stage).toBe('CONTACTED');
      expect((await move('NEGOTIATING')).data.moveDeal).toMatchObject({ stage: 'NEGOTIATING', allowedStages: ['LEAD', 'CONTACTED', 'SIGNED', 'LOST'] });
      await refused(() => move('REGISTERED'), 'CONFLICT', { reason: 'ILLEGAL_MOVE', currentStatus: 'NEGOTIATING' });
      await refused(() => move('SIGNED'), 'CONFLICT', { reason: 'CONTRACT_REQUIRED', currentStatus: 'NEGOTIATING' });
      await refused(() => move('LOST'), 'BAD_USER_INPUT', { fields: [{ field: 'reason', message: expect.any(String) }] });
      await refused(() => move('LOST', { reason: '   ' }), 'BAD_USER_INPUT');
      await refused(() => move('CONTACTED', { contractId: '00000000-0000-4000-8000-000000000000' }), 'BAD_USER_INPUT');

      // Dropping a card on its own column changes nothing.
      const before = await dbFingerprint(platform, DEAL_TABLES);
      expect((await move('NEGOTIATING')).data.moveDeal.stage).toBe('NEGOTIATING');
      expect(await dbFingerprint(platform, DEAL_TABLES)).toEqual(before);

      const lost = (await move('LOST', { reason: '企业转向自主研发' })).data.moveDeal;
      expect(lost).toMatchObject({ stage: 'LOST', lostReason: '企业转向自主研发', allowedStages: ['LEAD', 'CONTACTED', 'NEGOTIATING'] });
      await refused(() => move('SIGNED'), 'CONFLICT', { reason: 'ILLEGAL_MOVE', currentStatus: 'LOST' });
      const reopened = (await move('CONTACTED')).data.moveDeal;
      expect(reopened).toMatchObject({ stage: 'CONTACTED', lostReason: null });

      const history = (await ok(platform, M.deal, { id: deal.id }, world.tokens.colleague)).activities
        .filter((a: any) => a.kind === 'STAGE_CHANGE')
        .map((a: any) => `${a.fromStage ?? ''}→${a.toStage}${a.body && a.fromStage ? ` (${a.body})` : ''}`);
      expect(history).toEqual(['LOST→CONTACTED', 'NEGOTIATING→LOST (企业转向自主研发)', 'CONTACTED→NEGOTIATING', 'LEAD→CONTACTED', '→LEAD']);
    });

    it('apply simultaneous drags of one card one after the other', async () => {
      const deal = await createDeal({ title: '并发拖动测试项目' });
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => platform.gql(M.moveDeal, { id: deal.id, stage: 'LOST', reason: `原因${i}` }, world.tokens.broker)));
      expect(results.every((r) => r.data?.moveDeal.stage === 'LOST')).toBe(true);
      // Under the row lock the first move wins; the others find the card already LOST and change nothing.
      const log = (await ok(platform, M.deal, { id: deal.id }, world.tokens.broker)).activities.filter((a: any) => a.toStage === 'LOST');
      expect(log).toHaveLength(1);
    });

    it('log activities, and set the next action with them', async () => {
      const deal = await createDeal({ title: '海洋牧场水质监测方案对接' });
      const at = new Date(Date.now() - 3600_000).toISOString();
      const activity = await ok(platform, M.addActivity, { input: { dealId: deal.id, kind: 'CALL', body: '与企业电话沟通需求', occurredAt: at, nextActionOn: daysFromToday(7), nextAction: '现场走访' } }, world.tokens.broker);
      expect(activity).toMatchObject({ kind: 'CALL', body: '与企业电话沟通需求', occurredAt: at, author: { displayName: '孙经纪' } });
      expect(await ok(platform, M.deal, { id: deal.id }, world.tokens.broker)).toMatchObject({ nextActionOn: daysFromToday(7), nextAction: '现场走访' });

      const input = { dealId: deal.id, kind: 'MEETING', body: '会谈' };
      await refused(() => platform.gql(M.addActivity, { input: { ...input, occurredAt: new Date(Date.now() + 86400_000).toISOString() } }, world.tokens.broker), 'BAD_USER_INPUT', { fields: [{ field: 'occurredAt', message: expect.any(String) }] });
      await refused(() => platform.gql(M.addActivity, { input: { ...input, kind: 'STAGE_CHANGE' } }, world.tokens.broker), 'BAD_USER_INPUT');
      await refused(() => platform.gql(M.addActivity, { input: { ...input, body: '' } }, world.tokens.broker), 'BAD_USER_INPUT');
      await refused(() => platform.gql(M.addActivity, { input }, world.tokens.colleague), 'FORBIDDEN', { reason: 'NOT_YOUR_DEAL' });
      await refused(() => platform.gql(M.addActivity, { input }, world.tokens.otherBroker), 'NOT_FOUND');
    });

    it('update with null clearing a field', async () => {
      const deal = await createDeal({ title: '智能家电语音模组授权', expectedValue: '120000.50', nextAction: '发送许可条款' });
      const updated = await ok(platform, M.updateDeal, { id: deal.id, input: { expectedValue: null, nextAction: null, sellerId: world.orgIds.institute } }, world.tokens.broker);
      expect(updated).toMatchObject({ title: '智能家电语音模组授权', expectedValue: null, nextAction: null, seller: { id: world.orgIds.institute } });
    });
  });

  describe('the pipeline board', () => {
    let ownToken: string;
    let brokerId: string;

    beforeAll(async () => {
      // A broker of its own, so the figures below are exact.
      const { token, user } = await ok(platform, `mutation { register(input: { email: "board@example.com", password: "board-broker-2026", displayName: "看板经纪" }) { token user { id } } }`, {});
      await ok(platform, `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`, { input: { organizationId: world.orgIds.otherBrokerage, email: 'board@example.com', role: 'MEMBER' } }, world.tokens.otherBroker);
      await ok(platform, M.saveProfile, { input: { userId: user.id, organizationId: world.orgIds.otherBrokerage, certificateNumber: 'QD-JJR-2026-0100', fieldCodes: [], certifiedOn: `${YEAR}-01-03` } }, world.tokens.bureau);
      ownToken = token;
      brokerId = user.id;
      // 0.10 and 0.20 many times over: the totals must be exact.
      for (let i = 0; i < 12; i++) {
        const deal = await createDeal({ title: `看板测试项目${i + 1}`, expectedValue: i % 2 ? '0.20' : '0.10', nextActionOn: i < 6 ? daysFromToday(12 - i) : null }, token);
        if (i >= 6 && i < 9) await ok(platform, M.moveDeal, { id: deal.id, stage: 'NEGOTIATING' }, token);
        if (i >= 9) await ok(platform, M.moveDeal, { id: deal.id, stage: 'LOST', reason: '需求取消' }, token);
      }
    });

    it('groups the deals by stage in board order, with exact totals and the soonest next action first', async () => {
      const board = await ok(platform, M.pipeline, { perStage: 4 }, ownToken);
      expect(board.totalCount).toBe(12);
      expect(board.columns.map((c: any) => [c.stage, c.count, c.expectedValueTotal, c.hasMore, c.deals.length])).toEqual([
        ['LEAD', 6, '0.90', true, 4],
        ['CONTACTED', 0, '0.00', false, 0],
        ['NEGOTIATING', 3, '0.40', false, 3],
        ['SIGNED', 0, '0.00', false, 0],
        ['REGISTERED', 0, '0.00', false, 0],
        ['LOST', 3, '0.50', false, 3],
      ]);
      expect(board.columns[0].deals.map((d: any) => d.title)).toEqual(['看板测试项目6', '看板测试项目5', '看板测试项目4', '看板测试项目3']);
      // The bureau asks for this broker's board explicitly; the owner's default board is the same.
      expect((await ok(platform, M.pipeline, { brokerId, perStage: 4 }, world.tokens.bureau)).columns).toEqual(board.columns);
    });

    it('runs as many SQL statements for 100 cards per column as for 1', async () => {
      const statementsFor = async (perStage: number) => {
        platform.sql.reset();
        const result = await platform.gql(`query($perStage: Int) { dealPipeline(perStage: $perStage) { columns { deals { title broker { displayName } organization { name } buyer { name } activities { kind } } } } }`, { perStage }, ownToken);
        expect(result.errors).toBeUndefined();
        return platform.sql.statements.length;
      };
      expect(await statementsFor(100)).toBe(await statementsFor(1));
    });

    it('lists deals and brokers in as many SQL statements for a page of 12 as for 1', async () => {
      const statementsFor = async (query: string, first: number) => {
        platform.sql.reset();
        const result = await platform.gql(query, { first }, world.tokens.bureau);
        expect(result.errors).toBeUndefined();
        return platform.sql.statements.length;
      };
      const deals = `query($first: Int!) { deals(first: $first) { edges { node { title broker { brokerProfile { certificateNumber } } organization { name } seller { name } capability { title } challenge { title } contract { title } activities { author { displayName } } } } } }`;
      expect(await statementsFor(deals, 12)).toBe(await statementsFor(deals, 1));
      const brokers = `query($first: Int!) { brokers(first: $first) { edges { node { certificateNumber user { displayName } organization { name } fields { name } } } } }`;
      // The newest profile has no fields: compare pages that both include fields.
      expect(await statementsFor(brokers, 4)).toBe(await statementsFor(brokers, 2));
    });

    it('refuses an out-of-range column size', async () => {
      expect(errorCode(await platform.gql(M.pipeline, { perStage: 0 }, ownToken))).toBe('BAD_USER_INPUT');
      expect(errorCode(await platform.gql(M.pipeline, { perStage: 101 }, ownToken))).toBe('BAD_USER_INPUT');
    });

    it('gives KPIs: deals per stage, won and lost in the year, and new brokers against the target', async () => {
      const noTarget = await ok(platform, M.kpis, { year: YEAR }, ownToken);
      expect(noTarget).toMatchObject({ year: YEAR, won: 0, lost: 3, winRate: 0, registeredContracts: 0, registeredContractAmount: '0.00', broker: { id: brokerId } });
      expect(noTarget.dealsByStage.map((s: any) => [s.stage, s.count, s.expectedValue])).toEqual([
        ['LEAD', 6, '0.90'], ['CONTACTED', 0, '0.00'], ['NEGOTIATING', 3, '0.40'], ['SIGNED', 0, '0.00'], ['REGISTERED', 0, '0.00'], ['LOST', 3, '0.50'],
      ]);
      // Four brokers certified this year (three in the world, one for the board) and one registered without a profile.
      expect(noTarget.newBrokers).toEqual({ year: YEAR, count: 4, target: null, share: null });
      await platform.orm.em.getConnection().execute(`insert into yearly_target (id, year, metric, target_value) values (gen_random_uuid(), ?, 'NEW_BROKERS', 100)`, [YEAR]);
      expect((await ok(platform, `query($year: Int!) { newBrokersProgress(year: $year) { year count target share } }`, { year: YEAR }, world.tokens.expert)))
        .toEqual({ year: YEAR, count: 4, target: 100, share: '0.0400' });
      expect((await ok(platform, M.kpis, { year: YEAR - 1 }, ownToken))).toMatchObject({ lost: 0, won: 0, winRate: null, newBrokers: { count: 0 } });
      expect(errorCode(await platform.gql(M.kpis, { year: 1900 }, ownToken))).toBe('BAD_USER_INPUT');
    });
  });
});

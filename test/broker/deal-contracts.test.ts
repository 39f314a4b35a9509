import { cityToday as todayInCity } from '../../server/src/modules/contract/contract-dates';
import { contractInput, registrationNumber } from '../contract/contract-fixtures';
import { dbFingerprint, ok } from '../support/challenge-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { DEAL_TABLES, M, sellerContract, setUpBrokerWorld, type BrokerWorld } from './broker-fixtures';

const YEAR = Number(todayInCity().slice(0, 4));

describe('deals and their signed contracts', () => {
  let platform: TestPlatform;
  let world: BrokerWorld;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await setUpBrokerWorld(platform, `${YEAR}-01-02`);
  });
  afterAll(() => platform.close());

  async function refused(run: () => Promise<any>, code: string, extra: Record<string, unknown> = {}) {
    const before = await dbFingerprint(platform, DEAL_TABLES);
    const result = await run();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, ...extra });
    expect(await dbFingerprint(platform, DEAL_TABLES)).toEqual(before);
    return result;
  }

  const negotiatingDeal = async (title: string) => {
    const deal = await ok(platform, M.createDeal, { input: { title, buyerId: world.orgIds.enterprise, sellerId: world.orgIds.institute, expectedValue: '800000.00' } }, world.tokens.broker);
    await ok(platform, M.moveDeal, { id: deal.id, stage: 'NEGOTIATING' }, world.tokens.broker);
    return deal.id as string;
  };

  it('SIGNED with the contract that credits the broker, REGISTERED once the bureau registers it, counted in the KPIs', async () => {
    const dealId = await negotiatingDeal('海洋观测浮标数据融合技术开发');
    const contract = await sellerContract(platform, { seller: world.tokens.seller, bureau: world.tokens.bureau },
      contractInput(world.orgIds.enterprise, world.orgIds.institute, { brokerIds: [world.userIds.broker] }), { register: false });

    const signed = await ok(platform, M.moveDeal, { id: dealId, stage: 'SIGNED', contractId: contract.id }, world.tokens.broker);
    expect(signed).toMatchObject({ stage: 'SIGNED', contract: { id: contract.id, status: 'DRAFT' }, allowedStages: ['REGISTERED', 'LOST'] });
    expect(signed.wonAt).toBe(signed.stageChangedAt);
    await refused(() => platform.gql(M.moveDeal, { id: dealId, stage: 'REGISTERED' }, world.tokens.broker), 'CONFLICT', { reason: 'CONTRACT_NOT_REGISTERED', contractStatus: 'DRAFT', currentStatus: 'SIGNED' });
    await refused(() => platform.gql(M.moveDeal, { id: dealId, stage: 'NEGOTIATING' }, world.tokens.broker), 'CONFLICT', { reason: 'ILLEGAL_MOVE', currentStatus: 'SIGNED' });

    await ok(platform, `mutation { submitContract(id: "${contract.id}") { status } }`, {}, world.tokens.seller);
    await ok(platform, `mutation($i: RegisterContractInput!) { registerContract(input: $i) { status } }`, { i: { contractId: contract.id, registrationNumber: registrationNumber(YEAR) } }, world.tokens.bureau);
    const registered = await ok(platform, M.moveDeal, { id: dealId, stage: 'REGISTERED' }, world.tokens.broker);
    expect(registered).toMatchObject({ stage: 'REGISTERED', allowedStages: [], contract: { status: 'REGISTERED' } });
    await refused(() => platform.gql(M.moveDeal, { id: dealId, stage: 'LOST', reason: '合同终止' }, world.tokens.broker), 'CONFLICT', { reason: 'ILLEGAL_MOVE', currentStatus: 'REGISTERED' });
    await refused(() => platform.gql(M.updateDeal, { id: dealId, input: { buyerId: world.orgIds.university } }, world.tokens.broker), 'CONFLICT', { reason: 'DEAL_CLOSED' });

    const kpis = await ok(platform, M.kpis, { year: YEAR }, world.tokens.broker);
    expect(kpis).toMatchObject({ won: 1, lost: 0, winRate: 1, registeredContracts: 1, registeredContractAmount: '800000.00', registeredTechTransactionAmount: '650000.00' });
    // The colleague reads the same figures; the deal's contract stays hidden from them (not a party, not credited).
    expect(await ok(platform, M.kpis, { year: YEAR, brokerId: world.userIds.broker }, world.tokens.colleague)).toEqual(kpis);
    expect((await ok(platform, M.deal, { id: dealId }, world.tokens.colleague)).contract).toBeNull();
    expect((await ok(platform, M.deal, { id: dealId }, world.tokens.bureau)).contract).toEqual({ id: contract.id, status: 'REGISTERED' });
    const log = (await ok(platform, M.deal, { id: dealId }, world.tokens.broker)).activities;
    expect(log.map((a: any) => a.toStage).filter(Boolean)).toEqual(['REGISTERED', 'SIGNED', 'NEGOTIATING', 'LEAD']);
    expect(log.filter((a: any) => a.kind === 'CONTRACT_LINKED').map((a: any) => a.body)).toEqual(['海洋观测浮标数据融合技术开发']);
  });

  it('links only contracts of the deal: between its parties or crediting its broker; others are NOT_FOUND or CONFLICT', async () => {
    const dealId = await negotiatingDeal('深海传感器标定服务');
    // Between the enterprise and the university, crediting nobody: the broker cannot see it.
    const hidden = await sellerContract(platform, { seller: await platform.login('university@jiebang.demo'), bureau: world.tokens.bureau },
      contractInput(world.orgIds.enterprise, world.orgIds.university), { register: false });
    await refused(() => platform.gql(M.moveDeal, { id: dealId, stage: 'SIGNED', contractId: hidden.id }, world.tokens.broker), 'NOT_FOUND');
    // The brokerage's own brokerage-service contract with the enterprise: visible to the broker as a member, but not this deal's.
    const brokerage = await sellerContract(platform, { seller: world.tokens.broker, bureau: world.tokens.bureau },
      contractInput(world.orgIds.enterprise, world.orgIds.brokerage, { categoryCode: 'SERVICE.BROKERAGE', title: '技术中介服务合同' }), { register: false });
    await refused(() => platform.gql(M.linkDealContract, { dealId, contractId: brokerage.id }, world.tokens.broker), 'CONFLICT', { reason: 'CONTRACT_NOT_RELATED' });
    await refused(() => platform.gql(M.moveDeal, { id: dealId, stage: 'SIGNED', contractId: '00000000-0000-4000-8000-000000000000' }, world.tokens.broker), 'NOT_FOUND');

    // Between the deal's parties: linkable though it credits nobody, while the deal waits in NEGOTIATING.
    const ours = await sellerContract(platform, { seller: world.tokens.seller, bureau: world.tokens.bureau },
      contractInput(world.orgIds.enterprise, world.orgIds.institute, { title: '深海传感器标定技术服务', brokerIds: [world.userIds.broker] }), { register: false });
    await refused(() => platform.gql(M.linkDealContract, { dealId, contractId: ours.id }, world.tokens.colleague), 'FORBIDDEN', { reason: 'NOT_YOUR_DEAL' });
    expect((await ok(platform, M.linkDealContract, { dealId, contractId: ours.id }, world.tokens.broker)).contract).toEqual({ id: ours.id });
    await refused(() => platform.gql(M.updateDeal, { id: dealId, input: { sellerId: world.orgIds.university } }, world.tokens.broker), 'CONFLICT', { reason: 'PARTIES_FIXED_BY_CONTRACT' });
    expect((await ok(platform, M.moveDeal, { id: dealId, stage: 'SIGNED' }, world.tokens.broker)).stage).toBe('SIGNED');
    // What was signed stays signed: no other contract for a SIGNED deal.
    await refused(() => platform.gql(M.moveDeal, { id: dealId, stage: 'REGISTERED', contractId: brokerage.id }, world.tokens.broker), 'CONFLICT', { reason: 'DEAL_CLOSED' });
    await refused(() => platform.gql(M.linkDealContract, { dealId, contractId: brokerage.id }, world.tokens.broker), 'CONFLICT', { reason: 'DEAL_CLOSED' });

    // One deal per contract and broker.
    const second = await negotiatingDeal('同一合同的第二个项目');
    await refused(() => platform.gql(M.moveDeal, { id: second, stage: 'SIGNED', contractId: ours.id }, world.tokens.broker), 'CONFLICT', { reason: 'CONTRACT_ALREADY_LINKED' });
    // A signed deal that falls through is LOST with its reason; the won date stays for the record.
    const lost = await ok(platform, M.moveDeal, { id: dealId, stage: 'LOST', reason: '合同解除' }, world.tokens.broker);
    expect(lost).toMatchObject({ stage: 'LOST', lostReason: '合同解除', contract: { id: ours.id } });
    expect(lost.wonAt).not.toBeNull();
    await refused(() => platform.gql(M.linkDealContract, { dealId: second, contractId: hidden.id }, world.tokens.broker), 'NOT_FOUND');
  });
});

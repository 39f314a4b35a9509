import { rebuildRollups } from '../../server/src/modules/target/contract-rollup';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { ok } from '../support/challenge-fixtures';
import { awardedChallenge, CONTRACT_FIELDS, contractFingerprint, registrationNumber, thisYear } from './contract-fixtures';

const PROGRESS = `query($year: Int!, $amountBasis: AmountBasis) { contractDashboard(year: $year, amountBasis: $amountBasis) {
  amountBasis flowBasis progress { value contracts target share } } }`;

describe('award → contract → registration → target progress', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};
  const year = thisYear();

  const progress = async (amountBasis?: string) =>
    (await ok(platform, PROGRESS, { year, amountBasis }, tokens.broker)).progress as { value: string; contracts: number; share: string };
  const rollups = async () => {
    const connection = platform.orm.em.getConnection();
    return connection.execute(`select * from contract_rollup order by 1, 2, 3, 4, 5`);
  };

  const latestNotification = async (token: string) =>
    (await ok(platform, `{ notifications(first: 1) { edges { node { kind title body contractId challengeId } } } }`, {}, token)).edges[0]?.node;

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const role of ['enterprise', 'bureau', 'institute', 'university', 'expert', 'broker']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
    await ok(platform, `mutation($input: SetYearlyTargetInput!) { setYearlyTarget(input: $input) { id } }`, {
      input: { year, metric: 'CONTRACT_TURNOVER', targetValue: '35000000000', amountBasis: 'CONTRACT_AMOUNT', flowBasis: 'OUTFLOW', note: '测试目标' },
    }, tokens.bureau);
  });
  afterAll(() => platform.close());

  it('moves the gauge by exactly the registered amount, and by exactly the difference of changes and terminations', async () => {
    const before = await progress();
    expect(before).toMatchObject({ value: '0.00', contracts: 0, target: '35000000000.00', share: '0.0000' });
    const { challengeId, bidId } = await awardedChallenge(platform, tokens);

    // 揭榜 → 合同 in one step, by the winner; prefilled from the challenge and the winning bid.
    const draft = await ok(platform, `mutation { createContractFromAward(challengeId: "${challengeId}") { ${CONTRACT_FIELDS} } }`, {}, tokens.institute);
    expect(draft).toMatchObject({
      status: 'DRAFT', title: '深海耐压舱体轻量化设计与制造', categoryCode: 'DEVELOPMENT.COMMISSIONED', fieldCode: 'MARINE.EQUIPMENT',
      planSource: 'JIEBANG', contractAmount: '1200000.00', techTransactionAmount: '1200000.00', registeredVersion: 0,
      buyer: { name: '青岛深蓝海洋装备有限公司', regionCode: '370211', partyType: 'ENTERPRISE', inCity: true },
      seller: { name: '青岛海洋智能装备研究院', regionCode: '370212', partyType: 'INSTITUTE', inCity: true },
      challenge: { id: challengeId }, bid: { id: bidId, price: '1200000.00' },
    });
    const id = draft.id;

    // Once per awarded challenge, whoever asks.
    const fingerprint = await contractFingerprint(platform);
    const again = await platform.gql(`mutation { createContractFromAward(challengeId: "${challengeId}") { id } }`, {}, tokens.enterprise);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.reason).toBe('ALREADY_CONTRACTED');
    expect(await contractFingerprint(platform)).toEqual(fingerprint);
    expect((await ok(platform, `{ contractOfChallenge(challengeId: "${challengeId}") { id } }`, {}, tokens.enterprise)).id).toBe(id);

    // The seller files; the buyer cannot.
    expect(errorCode(await platform.gql(`mutation { submitContract(id: "${id}") { status } }`, {}, tokens.enterprise))).toBe('FORBIDDEN');
    expect((await ok(platform, `mutation { submitContract(id: "${id}") { status } }`, {}, tokens.institute)).status).toBe('SUBMITTED');
    expect(await progress()).toMatchObject({ value: '0.00', contracts: 0 });

    // 不予登记 with a reason; the seller fixes 技术交易额 and files again.
    const rejected = await ok(platform, `mutation($i: RejectContractInput!) { rejectContract(input: $i) { status registrations { status rejectionReason } } }`,
      { i: { contractId: id, reason: '技术交易额未扣除设备费用' } }, tokens.bureau);
    expect(rejected).toEqual({ status: 'REJECTED', registrations: [{ status: 'REJECTED', rejectionReason: '技术交易额未扣除设备费用' }] });
    // Both parties hear the decision and its reason, linked to the contract.
    for (const party of ['institute', 'enterprise']) {
      expect(await latestNotification(tokens[party])).toMatchObject({ kind: 'CONTRACT_REJECTED', contractId: id, challengeId, body: expect.stringContaining('技术交易额未扣除设备费用') });
    }
    const { id: _id, status: _s, registrationNumber: _n, registeredOn: _r, registeredVersion: _v, terminatedOn: _t, registrations: _h, buyer, seller, milestones, brokers, challenge: _c, bid: _b, ...rest } = draft;
    await ok(platform, `mutation($id: ID!, $input: ContractInput!) { updateContract(id: $id, input: $input) { techTransactionAmount } }`, {
      id, input: { ...rest, techTransactionAmount: '1000000.00', buyer: { organizationId: null, creditCode: buyer.creditCode }, seller: { creditCode: seller.creditCode }, milestones: [], brokerIds: [] },
    }, tokens.institute);
    await ok(platform, `mutation { submitContract(id: "${id}") { status } }`, {}, tokens.institute);

    // Registered: the gauge moves by exactly 成交额 (the target's basis), or 技术交易额 when asked.
    const number = registrationNumber(year);
    const registered = await ok(platform, `mutation($i: RegisterContractInput!) { registerContract(input: $i) { status registrationNumber registeredVersion registeredOn } }`,
      { i: { contractId: id, registrationNumber: number } }, tokens.bureau);
    expect(registered).toMatchObject({ status: 'REGISTERED', registrationNumber: number, registeredVersion: 1 });
    // The award is now 已签约 by itself, with the step in the challenge's history; both parties are told.
    const challenge = await ok(platform, `{ challenge(id: "${challengeId}") { status history { fromStatus toStatus } } }`, {}, tokens.enterprise);
    expect(challenge.status).toBe('CONTRACTED');
    expect(challenge.history.at(-1)).toEqual({ fromStatus: 'AWARDED', toStatus: 'CONTRACTED' });
    for (const party of ['institute', 'enterprise']) {
      expect(await latestNotification(tokens[party])).toMatchObject({ kind: 'CONTRACT_REGISTERED', contractId: id, body: expect.stringContaining(number) });
    }
    expect(await progress()).toMatchObject({ value: '1200000.00', contracts: 1, share: '0.0000' });
    expect(await progress('TECH_TRANSACTION_AMOUNT')).toMatchObject({ value: '1000000.00', contracts: 1 });

    // Amounts of a registered contract change only through a registered change.
    const edit = await platform.gql(`mutation($id: ID!, $input: ContractInput!) { updateContract(id: $id, input: $input) { id } }`, {
      id, input: { ...rest, contractAmount: '9000000.00', buyer: { creditCode: buyer.creditCode }, seller: { creditCode: seller.creditCode } },
    }, tokens.institute);
    expect(errorCode(edit)).toBe('CONFLICT');
    const change = { contractId: id, contractAmount: '1500000.00', techTransactionAmount: '1300000.00', validTo: draft.validTo, reason: '增加海试验证内容' };
    const CHANGE = `mutation($i: ContractChangeInput!) { submitContractChange(input: $i) { status } }`;
    expect((await ok(platform, CHANGE, { i: change }, tokens.institute)).status).toBe('CHANGE_SUBMITTED');
    expect(await progress()).toMatchObject({ value: '1200000.00' });
    // A second filing while one is pending is refused.
    expect(errorCode(await platform.gql(CHANGE, { i: change }, tokens.institute))).toBe('CONFLICT');
    await ok(platform, `mutation($i: RejectContractInput!) { rejectContract(input: $i) { status } }`, { i: { contractId: id, reason: '请附变更协议' } }, tokens.bureau);
    expect(await progress()).toMatchObject({ value: '1200000.00', contracts: 1 });
    await ok(platform, CHANGE, { i: change }, tokens.institute);
    const changed = await ok(platform, `mutation($i: RegisterContractInput!) { registerContract(input: $i) { status contractAmount registeredVersion registrationNumber } }`,
      { i: { contractId: id } }, tokens.bureau);
    expect(changed).toEqual({ status: 'REGISTERED', contractAmount: '1500000.00', registeredVersion: 2, registrationNumber: number });
    expect(await progress()).toMatchObject({ value: '1500000.00', contracts: 1 });
    expect(await progress('TECH_TRANSACTION_AMOUNT')).toMatchObject({ value: '1300000.00' });

    // Termination: what was performed keeps counting; more than registered is refused.
    const TERMINATE = `mutation($i: ContractTerminationInput!) { submitContractTermination(input: $i) { status } }`;
    const fp = await contractFingerprint(platform);
    const tooMuch = await platform.gql(TERMINATE, { i: { contractId: id, terminatedOn: registered.registeredOn, performedContractAmount: '1500000.01', performedTechTransactionAmount: '100.00', reason: '企业战略调整' } }, tokens.institute);
    expect(errorCode(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'performedContractAmount' })]);
    expect(await contractFingerprint(platform)).toEqual(fp);
    await ok(platform, TERMINATE, { i: { contractId: id, terminatedOn: registered.registeredOn, performedContractAmount: '900000.00', performedTechTransactionAmount: '800000.00', reason: '企业战略调整' } }, tokens.institute);
    expect(await progress()).toMatchObject({ value: '1500000.00' });
    const terminated = await ok(platform, `mutation($i: RegisterContractInput!) { registerContract(input: $i) { ${CONTRACT_FIELDS} } }`, { i: { contractId: id } }, tokens.bureau);
    expect(terminated).toMatchObject({ status: 'TERMINATED', contractAmount: '900000.00', techTransactionAmount: '800000.00', registeredVersion: 3, terminatedOn: registered.registeredOn });
    expect(await progress()).toMatchObject({ value: '900000.00', contracts: 1 });
    expect(await progress('TECH_TRANSACTION_AMOUNT')).toMatchObject({ value: '800000.00', contracts: 1 });

    // The whole history: every filing, with versions and reasons.
    expect(terminated.registrations.map((r: any) => [r.kind, r.status, r.version, r.contractAmount])).toEqual([
      ['INITIAL', 'REJECTED', null, '1200000.00'],
      ['INITIAL', 'REGISTERED', 1, '1200000.00'],
      ['CHANGE', 'REJECTED', null, '1500000.00'],
      ['CHANGE', 'REGISTERED', 2, '1500000.00'],
      ['TERMINATION', 'REGISTERED', 3, '900000.00'],
    ]);
    expect(errorCode(await platform.gql(CHANGE, { i: change }, tokens.institute))).toBe('CONFLICT');

    // The rollups kept incrementally equal a rebuild from the contracts.
    const incremental = await rollups();
    // One row per dimension (total, category, field, districts, types, seller, buyer), each with the counted amounts.
    expect(incremental).toHaveLength(9);
    for (const row of incremental) expect(row).toMatchObject({ contracts: 1, contract_amount: '900000.00', tech_transaction_amount: '800000.00' });
    await rebuildRollups(platform.orm.em.fork());
    expect(await rollups()).toEqual(incremental);
  });
});

import { ok } from '../support/challenge-fixtures';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { contractFingerprint, contractInput, newOrganizationMember, newUser, organizationIdOf, registrationNumber, thisYear, userIdOf } from './contract-fixtures';

type Viewer = 'bureau' | 'buyer' | 'seller' | 'attributedBroker' | 'otherBroker' | 'otherOrg' | 'expert' | 'anonymous';
const VIEWERS: Viewer[] = ['bureau', 'buyer', 'seller', 'attributedBroker', 'otherBroker', 'otherOrg', 'expert', 'anonymous'];
const SEES: Viewer[] = ['bureau', 'buyer', 'seller', 'attributedBroker'];

describe('who sees contracts and dashboards', () => {
  let platform: TestPlatform;
  const tokens: Partial<Record<Viewer, string>> = {};
  let contractId: string;
  let milestoneId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    tokens.bureau = await platform.login('bureau@jiebang.demo');
    tokens.buyer = await platform.login('enterprise@jiebang.demo');
    tokens.seller = await platform.login('institute@jiebang.demo');
    tokens.attributedBroker = await platform.login('broker@jiebang.demo');
    tokens.expert = await platform.login('expert@jiebang.demo');
    tokens.otherBroker = (await newUser(platform, tokens.bureau, true)).token;
    tokens.otherOrg = (await newOrganizationMember(platform, 'ENTERPRISE')).token;
    const [buyerId, sellerId, brokerId] = await Promise.all([
      organizationIdOf(platform, tokens.buyer), organizationIdOf(platform, tokens.seller), userIdOf(platform, tokens.attributedBroker),
    ]);
    const contract = await ok(platform, `mutation($input: ContractInput!) { createContract(input: $input) { id milestones { id } } }`, {
      input: contractInput(buyerId, sellerId, { brokerIds: [brokerId] }),
    }, tokens.seller);
    contractId = contract.id;
    milestoneId = contract.milestones[0].id;
    await ok(platform, `mutation { submitContract(id: "${contractId}") { status } }`, {}, tokens.seller);
    await ok(platform, `mutation($i: RegisterContractInput!) { registerContract(input: $i) { status } }`, { i: { contractId, registrationNumber: registrationNumber() } }, tokens.bureau);
  });
  afterAll(() => platform.close());

  it.each(VIEWERS)('contract(id) and contracts for %s', async (viewer) => {
    const single = await platform.gql(`{ contract(id: "${contractId}") { id title contractAmount registrations { status } brokers { displayName } } }`, {}, tokens[viewer]);
    const list = await platform.gql(`{ contracts(first: 50) { totalCount edges { node { id } } } }`, {}, tokens[viewer]);
    if (viewer === 'anonymous') {
      expect(errorCode(single)).toBe('UNAUTHENTICATED');
      expect(errorCode(list)).toBe('UNAUTHENTICATED');
    } else if (SEES.includes(viewer)) {
      expect(single.data.contract).toMatchObject({ id: contractId, contractAmount: '800000.00', registrations: [{ status: 'REGISTERED' }], brokers: [{ displayName: '孙经纪' }] });
      expect(list.data.contracts).toEqual({ totalCount: 1, edges: [{ node: { id: contractId } }] });
    } else {
      // Existence does not leak: the same answer as for an id that was never used.
      expect(errorCode(single)).toBe('NOT_FOUND');
      const unknown = await platform.gql(`{ contract(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, tokens[viewer]);
      expect(single.errors![0].message.replace(contractId, 'ID')).toBe(unknown.errors![0].message.replace('00000000-0000-4000-8000-000000000000', 'ID'));
      expect(list.data.contracts).toEqual({ totalCount: 0, edges: [] });
    }
  });

  it('filters the list by status, year, category group and organization', async () => {
    const count = async (filter: string) => (await ok(platform, `{ contracts(filter: ${filter}) { totalCount } }`, {}, tokens.bureau)).totalCount;
    const sellerId = await organizationIdOf(platform, tokens.seller!);
    expect(await count(`{ categoryCodes: ["DEVELOPMENT"] }`)).toBe(1);
    expect(await count(`{ categoryCodes: ["SERVICE"] }`)).toBe(0);
    expect(await count(`{ statuses: [REGISTERED], registeredYear: ${thisYear()} }`)).toBe(1);
    expect(await count(`{ registeredYear: ${thisYear() - 1} }`)).toBe(0);
    expect(await count(`{ statuses: [DRAFT, SUBMITTED] }`)).toBe(0);
    expect(await count(`{ organizationId: "${sellerId}" }`)).toBe(1);
  });

  it.each(VIEWERS)('filings and payments by %s: only the seller files, only parties record payments, others get NOT_FOUND', async (viewer) => {
    const before = await contractFingerprint(platform);
    const change = await platform.gql(`mutation($i: ContractChangeInput!) { submitContractChange(input: $i) { status } }`, {
      i: { contractId, contractAmount: '1.00', techTransactionAmount: '1.00', validTo: `${thisYear() + 1}-12-31`, reason: '测试', milestones: [] },
    }, tokens[viewer]);
    const payment = await platform.gql(`mutation { recordMilestonePayment(milestoneId: "${milestoneId}", paidOn: "${thisYear()}-01-01") { paidOn } }`, {}, tokens[viewer]);
    const expected: Record<Viewer, [string | undefined, string | undefined]> = {
      bureau: ['FORBIDDEN', 'FORBIDDEN'],
      buyer: ['FORBIDDEN', undefined],
      seller: [undefined, undefined],
      attributedBroker: ['FORBIDDEN', 'FORBIDDEN'],
      otherBroker: ['NOT_FOUND', 'NOT_FOUND'],
      otherOrg: ['NOT_FOUND', 'NOT_FOUND'],
      expert: ['NOT_FOUND', 'NOT_FOUND'],
      anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    };
    expect([errorCode(change), errorCode(payment)]).toEqual(expected[viewer]);
    if (viewer === 'seller') {
      // Undo the seller's filing so the next viewer meets the same registered contract.
      await ok(platform, `mutation($i: RejectContractInput!) { rejectContract(input: $i) { status } }`, { i: { contractId, reason: '测试后撤回' } }, tokens.bureau);
    } else if (viewer !== 'buyer') {
      expect(await contractFingerprint(platform)).toEqual(before);
    }
  });

  it.each(VIEWERS)('bureau-only operations for %s', async (viewer) => {
    const before = await contractFingerprint(platform);
    const queue = await platform.gql(`{ contractRegistrationQueue { totalCount } }`, {}, tokens[viewer]);
    const register = await platform.gql(`mutation($i: RegisterContractInput!) { registerContract(input: $i) { status } }`, { i: { contractId, registrationNumber: registrationNumber() } }, tokens[viewer]);
    const target = await platform.gql(`mutation($i: SetYearlyTargetInput!) { setYearlyTarget(input: $i) { id } }`, { i: { year: 2030, metric: 'NEW_BROKERS', targetValue: '100' } }, tokens[viewer]);
    if (viewer === 'bureau') {
      expect(queue.data.contractRegistrationQueue.totalCount).toBe(0);
      expect(errorCode(register)).toBe('CONFLICT'); // nothing is filed
      expect(target.data.setYearlyTarget.id).toBeTruthy();
    } else {
      const code = viewer === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect([errorCode(queue), errorCode(register), errorCode(target)]).toEqual([code, code, code]);
      expect(await contractFingerprint(platform)).toEqual(before);
    }
  });

  it.each(VIEWERS)('the dashboard for %s: aggregates for everyone signed in', async (viewer) => {
    const result = await platform.gql(`{ contractDashboard(year: ${thisYear()}) { progress { value contracts } topSellers { name amount } brokers { broker { displayName } amount } } }`, {}, tokens[viewer]);
    if (viewer === 'anonymous') expect(errorCode(result)).toBe('UNAUTHENTICATED');
    else {
      expect(result.data.contractDashboard).toEqual({
        progress: { value: '800000.00', contracts: 1 },
        topSellers: [{ name: '青岛海洋智能装备研究院', amount: '800000.00' }],
        brokers: [{ broker: { displayName: '孙经纪' }, amount: '800000.00' }],
      });
    }
  });
});

import { ok } from '../support/challenge-fixtures';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { awardedChallenge, contractInput, organizationIdOf, registrationNumber, thisYear } from './contract-fixtures';

describe('contracts under concurrency', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const role of ['enterprise', 'bureau', 'institute']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
  });
  afterAll(() => platform.close());

  it('turns an award into exactly one contract when owner and winner press the button at once', async () => {
    const { challengeId } = await awardedChallenge(platform, tokens);
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        platform.gql(`mutation { createContractFromAward(challengeId: "${challengeId}") { id } }`, {}, i % 2 ? tokens.enterprise : tokens.institute)),
    );
    expect(attempts.filter((r) => !r.errors)).toHaveLength(1);
    expect(attempts.filter((r) => r.errors).map(errorCode)).toEqual(Array(5).fill('CONFLICT'));
    const [{ n }] = await platform.orm.em.getConnection().execute(`select count(*)::int as n from tech_contract where challenge_id = ?`, [challengeId]);
    expect(n).toBe(1);
  });

  it('registers many contracts at once with exact totals, and one registration number only once', async () => {
    const [buyerId, sellerId] = [await organizationIdOf(platform, tokens.enterprise), await organizationIdOf(platform, tokens.institute)];
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const contract = await ok(platform, `mutation($input: ContractInput!) { createContract(input: $input) { id } }`, {
        input: contractInput(buyerId, sellerId, { title: `并发合同${i}`, contractAmount: '0.10', techTransactionAmount: '0.10', milestones: [] }),
      }, tokens.institute);
      await ok(platform, `mutation { submitContract(id: "${contract.id}") { status } }`, {}, tokens.institute);
      ids.push(contract.id);
    }
    const REGISTER = `mutation($i: RegisterContractInput!) { registerContract(input: $i) { status } }`;
    const shared = registrationNumber();
    // Two contracts race for one number; six others register in parallel, all touching the same rollup cells.
    const results = await Promise.all(ids.map((contractId, i) =>
      platform.gql(REGISTER, { i: { contractId, registrationNumber: i < 2 ? shared : registrationNumber() } }, tokens.bureau)));
    expect(results.slice(0, 2).map(errorCode).sort()).toEqual(['CONFLICT', undefined].sort());
    expect(results.slice(2).map(errorCode)).toEqual(Array(6).fill(undefined));
    const d = await ok(platform, `{ contractDashboard(year: ${thisYear()}) { progress { value contracts } } }`, {}, tokens.enterprise);
    expect(d.progress).toEqual({ value: '0.70', contracts: 7 });
  });
});

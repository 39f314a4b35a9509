import { creditCode } from '../../seeds/demo-data';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { bidInput, challengeInput, ok, passDeadline } from '../support/challenge-fixtures';

describe('award is exactly-once under concurrency', () => {
  let platform: TestPlatform;
  let enterprise: string;
  let challengeId: string;
  const bidIds: string[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform();
    enterprise = await platform.login('enterprise@jiebang.demo');
    const bureau = await platform.login('bureau@jiebang.demo');
    ({ id: challengeId } = await ok(platform, `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`, { input: challengeInput() }, enterprise));
    await ok(platform, `mutation { submitChallenge(id: "${challengeId}") { id } }`, {}, enterprise);
    await ok(platform, `mutation { publishChallenge(id: "${challengeId}") { id } }`, {}, bureau);
    // Five institutes bid, so concurrent awards compete for different bids as well as the same one.
    for (let i = 0; i < 5; i++) {
      const { token } = await ok(platform, `mutation($i: RegisterInput!) { register(input: $i) { token } }`, {
        i: { email: `lab${i}@example.com`, password: 'lab-password-1', displayName: `实验室${i}` },
      });
      await ok(platform, `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, {
        i: { kind: 'INSTITUTE', name: `并发研究所${i}`, creditCode: creditCode(`12370212MB00000${i}0`), regionCode: '370212', tags: [], description: '' },
      }, token);
      bidIds.push((await ok(platform, `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`, { input: bidInput(challengeId) }, token)).id);
    }
    await passDeadline(platform, challengeId);
  });
  afterAll(() => platform.close());

  it('lets exactly one of 24 simultaneous awards succeed; the rest get CONFLICT', async () => {
    const attempts = Array.from({ length: 24 }, (_, i) =>
      platform.gql(`mutation($i: AwardInput!) { awardChallenge(input: $i) { status } }`, {
        i: { challengeId, bidId: bidIds[i % bidIds.length] },
      }, enterprise),
    );
    const results = await Promise.all(attempts);
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) {
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors![0].extensions!.currentStatus).toBe('AWARDED');
    }

    const rows = await platform.orm.em.getConnection().execute(
      `select outcome, count(*)::int as n from bid where challenge_id = ? group by outcome order by outcome`, [challengeId]);
    expect(rows).toEqual([{ outcome: 'AWARDED', n: 1 }, { outcome: 'NOT_SELECTED', n: 4 }]);
    const transitions = await platform.orm.em.getConnection().execute(
      `select count(*)::int as n from challenge_transition where challenge_id = ? and to_status = 'AWARDED'`, [challengeId]);
    expect(transitions[0].n).toBe(1);
  });

  it('has a database that refuses a second awarded bid even if the application tried', async () => {
    await expect(
      platform.orm.em.getConnection().execute(`update bid set outcome = 'AWARDED' where challenge_id = ?`, [challengeId]),
    ).rejects.toThrow(/bid_one_award_per_challenge/);
  });
});

import { startTestPlatform, type TestPlatform } from '../support/harness';
import { bidInput, challengeInput, ok } from '../support/challenge-fixtures';

const LIST = `query($first: Int!) {
  myChallenges(first: $first) {
    totalCount
    edges { node {
      title status fieldCode detailsVisible ndaAccepted bidCount
      ownerOrganization { name }
      field { name parent { name } }
      details { statement contact { name } }
      history { toStatus actorName }
      bids { price organization { name } scores { score } }
      myBid { id }
      ranking { rank }
    } }
  }
}`;

describe('challenge lists batch their relations', () => {
  let platform: TestPlatform;
  let enterprise: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    enterprise = await platform.login('enterprise@jiebang.demo');
    const bureau = await platform.login('bureau@jiebang.demo');
    const institute = await platform.login('institute@jiebang.demo');
    for (let i = 0; i < 15; i++) {
      const { id } = await ok(platform, `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`, {
        input: challengeInput({ title: `批量榜单第${i + 1}号`, fieldCode: i % 2 ? 'ENERGY.HYDROGEN' : 'MARINE.EQUIPMENT' }),
      }, enterprise);
      if (i % 3 === 0) {
        await ok(platform, `mutation { submitChallenge(id: "${id}") { id } }`, {}, enterprise);
        await ok(platform, `mutation { publishChallenge(id: "${id}") { id } }`, {}, bureau);
        await ok(platform, `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`, { input: bidInput(id) }, institute);
      }
    }
  });
  afterAll(() => platform.close());

  async function statementsFor(first: number): Promise<number> {
    platform.sql.reset();
    const result = await platform.gql(LIST, { first }, enterprise);
    expect(result.errors).toBeUndefined();
    expect(result.data.myChallenges.edges).toHaveLength(first);
    return platform.sql.statements.length;
  }

  it('runs as many SQL statements for 15 challenges as for 3', async () => {
    const small = await statementsFor(3);
    const large = await statementsFor(15);
    expect(large).toBe(small);
  });
});

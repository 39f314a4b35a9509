import { deleteIndexes } from '../../server/src/search/index-admin';
import { challengeInput } from '../support/challenge-fixtures';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { indexEverything } from '../support/search-fixtures';

// When Meilisearch cannot answer, searching and matching say so with a code a client can act on (try again later),
// not as an internal error; writing never needed it (the outbox keeps the change for later).

const SEARCH = `query { searchChallenges(text: "耐压舱") { totalCount } }`;
const SEARCH_CAPABILITIES = `query { searchCapabilities(text: "钛合金") { totalCount } }`;
const MATCH = `query($challengeId: ID!) { matchCapabilities(challengeId: $challengeId) { matches { rank } } }`;
const CREATE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`;

function expectUnavailable(result: Awaited<ReturnType<TestPlatform['gql']>>) {
  expect(errorCode(result)).toBe('SERVICE_UNAVAILABLE');
  expect(result.errors![0].extensions?.reason).toBe('SEARCH_UNAVAILABLE');
  expect(result.errors![0].message).toMatch(/try again/);
  expect(result.status).toBeLessThan(500);
}

describe('search while Meilisearch is unreachable', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    // Port 9 (discard) on the loopback: nothing listens there. The demo data, so matching has words to search for.
    platform = await startTestPlatform({ seed: 'demo', env: { MEILI_URL: 'http://127.0.0.1:9' } });
  });
  afterAll(async () => {
    await platform.close();
  });

  it('writes succeed; searches and matches answer SERVICE_UNAVAILABLE', async () => {
    const token = await platform.login('enterprise@jiebang.demo');
    const created = await platform.gql(CREATE, { input: challengeInput() }, token);
    expect(created.errors).toBeUndefined();
    expect(await platform.count('search_outbox')).toBeGreaterThan(0);

    expectUnavailable(await platform.gql(SEARCH, {}, token));
    expectUnavailable(await platform.gql(SEARCH_CAPABILITIES, {}, token));
    // Its owner may match a draft: the searches are what fails.
    expectUnavailable(await platform.gql(MATCH, { challengeId: created.data.createChallenge.id }, token));
  });
});

describe('search while an index is missing', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
    await indexEverything(platform.orm, platform.search);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('answers SERVICE_UNAVAILABLE until the indexes are back', async () => {
    expect(errorCode(await platform.gql(SEARCH_CAPABILITIES))).toBeUndefined();
    await deleteIndexes(platform.search);
    expectUnavailable(await platform.gql(SEARCH_CAPABILITIES));
    expectUnavailable(await platform.gql(SEARCH));

    await indexEverything(platform.orm, platform.search);
    const back = await platform.gql(SEARCH_CAPABILITIES);
    expect(back.errors).toBeUndefined();
    expect(back.data.searchCapabilities.totalCount).toBeGreaterThan(0);
  });
});

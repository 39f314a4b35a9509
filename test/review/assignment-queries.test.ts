import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { challengeInput, ok } from '../support/challenge-fixtures';

// The two lists the web client needs around expert review: the bureau's expert picker and the expert's task list.
describe('experts and reviewAssignments', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const role of ['enterprise', 'bureau', 'institute', 'expert']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
  });
  afterAll(() => platform.close());

  it('lists the experts for the bureau only', async () => {
    const experts = await ok(platform, `{ experts { displayName isExpert email } }`, {}, tokens.bureau);
    expect(experts).toEqual([{ displayName: '周专家', isExpert: true, email: 'expert@jiebang.demo' }]);
    for (const role of ['enterprise', 'expert']) {
      expect(errorCode(await platform.gql(`{ experts { id } }`, {}, tokens[role]))).toBe('FORBIDDEN');
    }
    expect(errorCode(await platform.gql(`{ experts { id } }`))).toBe('UNAUTHENTICATED');
  });

  it("gives an expert the challenges assigned to them, and nobody else's", async () => {
    const query = `{ reviewAssignments(first: 1) { totalCount pageInfo { hasNextPage } edges { node { id title status } } } }`;
    expect(await ok(platform, query, {}, tokens.expert)).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false }, edges: [] });

    const ids: string[] = [];
    for (const title of ['深海耐压舱体轻量化设计与制造', '海上风电运维机器人关键技术']) {
      const { id } = await ok(platform, `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`, { input: challengeInput({ title }) }, tokens.enterprise);
      await ok(platform, `mutation { submitChallenge(id: "${id}") { status } }`, {}, tokens.enterprise);
      ids.push(id);
    }
    // Another challenge the expert is not assigned to stays out of the list.
    await ok(platform, `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`, { input: challengeInput({ title: '未分配的榜单' }) }, tokens.enterprise);
    const [expert] = await ok(platform, `{ experts { id } }`, {}, tokens.bureau);
    for (const id of ids) {
      await ok(platform, `mutation($i: AssignExpertsInput!) { assignExperts(input: $i) { id } }`, { i: { challengeId: id, expertIds: [expert.id] } }, tokens.bureau);
    }

    const first = await ok(platform, `{ reviewAssignments(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title status } } } }`, {}, tokens.expert);
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges).toEqual([{ node: { id: ids[1], title: '海上风电运维机器人关键技术', status: 'SUBMITTED' } }]);
    const second = await ok(platform, `query($after: String) { reviewAssignments(first: 1, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }`, { after: first.pageInfo.endCursor }, tokens.expert);
    expect(second).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { id: ids[0] } }] });

    for (const role of ['enterprise', 'institute', 'bureau']) {
      expect(errorCode(await platform.gql(query, {}, tokens[role]))).toBe('FORBIDDEN');
    }
  });
});

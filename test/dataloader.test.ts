import { creditCode } from '../seeds/demo-data';
import { startTestPlatform, type TestPlatform } from './support/harness';

const LIST = `query($first: Int!) {
  organizations(first: $first) {
    totalCount
    edges { node { name members { role user { displayName email memberships { organization { name } } } } } }
  }
}`;

describe('list queries batch their relations through DataLoaders', () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    token = await platform.login('bureau@jiebang.demo');
    // Enough organizations, each with members, that a per-row query would show clearly.
    for (let i = 0; i < 12; i++) {
      const first17 = `91370212MA${String(i).padStart(7, '0')}`;
      const result = await platform.gql(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
        { input: { kind: 'ENTERPRISE', name: `批量企业${i}`, creditCode: creditCode(first17), regionCode: '370212', tags: [], description: '' } },
        token,
      );
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(() => platform.close());

  async function statementsFor(first: number): Promise<number> {
    platform.sql.reset();
    const result = await platform.gql(LIST, { first }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data.organizations.edges).toHaveLength(first);
    return platform.sql.statements.length;
  }

  it('runs the same number of SQL statements for 2 and for 15 organizations', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(15);
    expect(large).toBe(small);
    // viewer (user + memberships), page, count, memberships, users, memberships of users, organizations.
    expect(large).toBeLessThanOrEqual(8);
  });
});

import { creditCode } from '../seeds/demo-data';
import { errorCode, startTestPlatform, type TestPlatform } from './support/harness';

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id kind name creditCode regionCode regionName tags members { role user { email } } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id name tags } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { role user { email } organization { name } } }`;

const validInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'ENTERPRISE',
  name: '青岛氢能动力科技有限公司',
  creditCode: creditCode('91370214MA7H2N4K1'),
  regionCode: '370214',
  tags: ['高新技术企业', '氢能'],
  description: '燃料电池电堆与系统集成',
  ...overrides,
});

describe('organizations and memberships', () => {
  let platform: TestPlatform;
  let enterpriseToken: string;
  let instituteToken: string;
  let bureauToken: string;
  let enterpriseId: string;
  let instituteId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    [enterpriseToken, instituteToken, bureauToken] = await Promise.all(
      ['enterprise@jiebang.demo', 'institute@jiebang.demo', 'bureau@jiebang.demo'].map((email) => platform.login(email)),
    );
    const viewerOrg = async (token: string) =>
      (await platform.gql(`{ viewer { memberships { organization { id } } } }`, {}, token)).data.viewer.memberships[0].organization.id;
    enterpriseId = await viewerOrg(enterpriseToken);
    instituteId = await viewerOrg(instituteToken);
  });
  afterAll(() => platform.close());

  it('registers an organization with the creator as its administrator', async () => {
    const newcomer = await platform.gql(`mutation { register(input: { email: "founder@h2.example", password: "founder-pass-1", displayName: "创始人" }) { token } }`);
    const token = newcomer.data.register.token;
    const result = await platform.gql(CREATE, { input: validInput({ creditCode: ` ${creditCode('91370214MA7H2N4K1').toLowerCase()} ` }) }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data.createOrganization).toMatchObject({
      kind: 'ENTERPRISE',
      creditCode: creditCode('91370214MA7H2N4K1'),
      regionName: '城阳区',
      tags: ['高新技术企业', '氢能'],
      members: [{ role: 'ADMIN', user: { email: 'founder@h2.example' } }],
    });
  });

  it('requires signing in to create an organization', async () => {
    const result = await platform.gql(CREATE, { input: validInput({ creditCode: creditCode('91370214MA7H2N4K2') }) });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['creditCode', { creditCode: '91370214MA7H2N4K1X' }, 'check character'],
    ['creditCode', { creditCode: '9137021' }, '18 characters'],
    ['creditCode', { creditCode: 'O1370214MA7H2N4K1X' }, 'capital letters'],
    ['regionCode', { regionCode: '3702' }, '6-digit'],
    ['regionCode', { regionCode: '370299' }, 'not a district'],
    ['name', { name: 'x' }, 'between 2 and 100'],
    ['tags', { tags: ['这是一个特别特别特别特别特别特别长的标签名称'] }, 'tag'],
  ])('refuses a bad %s (%j) with BAD_USER_INPUT and writes nothing', async (field, override, message) => {
    const before = [await platform.count('organization'), await platform.count('membership')];
    const result = await platform.gql(CREATE, { input: validInput(override) }, enterpriseToken);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const problems = result.errors![0].extensions!.fields as Array<{ field: string; message: string }>;
    expect(problems.find((p) => p.field === field)?.message).toContain(message);
    expect([await platform.count('organization'), await platform.count('membership')]).toEqual(before);
  });

  it('refuses a credit code that is already registered with CONFLICT', async () => {
    const taken = (await platform.gql(`{ organization(id: "${enterpriseId}") { creditCode } }`)).data.organization.creditCode;
    const before = await platform.count('organization');
    const result = await platform.gql(CREATE, { input: validInput({ creditCode: taken }) }, instituteToken);
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors![0].extensions!.reason).toBe('CREDIT_CODE_TAKEN');
    expect(await platform.count('organization')).toBe(before);
  });

  it('lets only the bureau create a bureau organization', async () => {
    const input = validInput({ kind: 'BUREAU', name: '青岛市某某局', creditCode: creditCode('11370200MB0000001') });
    const refused = await platform.gql(CREATE, { input }, enterpriseToken);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const allowed = await platform.gql(CREATE, { input }, bureauToken);
    expect(allowed.data.createOrganization.kind).toBe('BUREAU');
  });

  it("forbids a member of one organization from changing another's, and changes nothing", async () => {
    const before = (await platform.gql(`{ organization(id: "${enterpriseId}") { name tags } }`)).data.organization;
    const result = await platform.gql(UPDATE, { id: enterpriseId, input: { name: '被篡改的名称' } }, instituteToken);
    expect(errorCode(result)).toBe('FORBIDDEN');
    const after = (await platform.gql(`{ organization(id: "${enterpriseId}") { name tags } }`)).data.organization;
    expect(after).toEqual(before);

    const addSelf = await platform.gql(ADD_MEMBER, { input: { organizationId: enterpriseId, email: 'institute@jiebang.demo' } }, instituteToken);
    expect(errorCode(addSelf)).toBe('FORBIDDEN');
  });

  it('lets an administrator and the bureau update the profile', async () => {
    const own = await platform.gql(UPDATE, { id: enterpriseId, input: { tags: ['涉海', '涉海', ' 专精特新 '] } }, enterpriseToken);
    expect(own.data.updateOrganization.tags).toEqual(['涉海', '专精特新']);
    const bureau = await platform.gql(UPDATE, { id: enterpriseId, input: { description: '科技局核实后更新' } }, bureauToken);
    expect(bureau.errors).toBeUndefined();
  });

  it('returns NOT_FOUND for an organization that does not exist', async () => {
    const result = await platform.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: '不存在' } }, bureauToken);
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('adds members, refuses duplicates and unknown emails, and keeps the last administrator', async () => {
    const added = await platform.gql(ADD_MEMBER, { input: { organizationId: instituteId, email: 'Expert@jiebang.demo' } }, instituteToken);
    expect(added.data.addMember).toMatchObject({ role: 'MEMBER', user: { email: 'expert@jiebang.demo' } });

    const again = await platform.gql(ADD_MEMBER, { input: { organizationId: instituteId, email: 'expert@jiebang.demo' } }, instituteToken);
    expect(errorCode(again)).toBe('CONFLICT');

    const unknown = await platform.gql(ADD_MEMBER, { input: { organizationId: instituteId, email: 'ghost@example.com' } }, instituteToken);
    expect(errorCode(unknown)).toBe('NOT_FOUND');

    const expertToken = await platform.login('expert@jiebang.demo');
    const memberTriesToAdd = await platform.gql(ADD_MEMBER, { input: { organizationId: instituteId, email: 'broker@jiebang.demo' } }, expertToken);
    expect(errorCode(memberTriesToAdd)).toBe('FORBIDDEN');

    // Co-members see each other's email; strangers do not.
    const asMember = await platform.gql(`{ organization(id: "${instituteId}") { members { user { email } } } }`, {}, expertToken);
    expect(asMember.data.organization.members.map((m: any) => m.user.email)).toContain('institute@jiebang.demo');
    const asStranger = await platform.gql(`{ organization(id: "${instituteId}") { members { user { email } } } }`, {}, enterpriseToken);
    expect(asStranger.data.organization.members.map((m: any) => m.user.email)).toEqual([null, null]);

    const adminId = (await platform.gql(`{ viewer { id } }`, {}, instituteToken)).data.viewer.id;
    const removeLastAdmin = await platform.gql(
      `mutation { removeMember(organizationId: "${instituteId}", userId: "${adminId}") { id } }`, {}, instituteToken);
    expect(errorCode(removeLastAdmin)).toBe('CONFLICT');

    const expertId = (await platform.gql(`{ viewer { id } }`, {}, expertToken)).data.viewer.id;
    const leave = await platform.gql(`mutation { removeMember(organizationId: "${instituteId}", userId: "${expertId}") { members { role } } }`, {}, expertToken);
    expect(leave.data.removeMember.members).toEqual([{ role: 'ADMIN' }]);
  });

  it('lets only the bureau grant personal roles', async () => {
    const userId = (await platform.gql(`mutation { register(input: { email: "prof@example.com", password: "prof-pass-123", displayName: "钱教授" }) { user { id } } }`)).data.register.user.id;
    const query = `mutation { setPersonalRole(userId: "${userId}", role: EXPERT, granted: true) { isExpert } }`;
    expect(errorCode(await platform.gql(query, {}, enterpriseToken))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(query))).toBe('UNAUTHENTICATED');
    expect((await platform.gql(query, {}, bureauToken)).data.setPersonalRole.isExpert).toBe(true);
  });

  it('lists organizations with filters and keyset paging', async () => {
    const page1 = await platform.gql(`{ organizations(first: 2, filter: { regionCode: "370200" }) { totalCount edges { node { name } cursor } pageInfo { hasNextPage endCursor } } }`);
    expect(page1.data.organizations.edges).toHaveLength(2);
    expect(page1.data.organizations.pageInfo.hasNextPage).toBe(true);
    const total = page1.data.organizations.totalCount;
    const seen = page1.data.organizations.edges.map((e: any) => e.node.name);
    let after = page1.data.organizations.pageInfo.endCursor;
    while (after) {
      const page = await platform.gql(`query($after: String) { organizations(first: 2, after: $after, filter: { regionCode: "370200" }) { edges { node { name } } pageInfo { endCursor hasNextPage } } }`, { after });
      seen.push(...page.data.organizations.edges.map((e: any) => e.node.name));
      after = page.data.organizations.pageInfo.hasNextPage ? page.data.organizations.pageInfo.endCursor : null;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const byKind = await platform.gql(`{ organizations(filter: { kinds: [INSTITUTE, UNIVERSITY] }) { edges { node { kind } } } }`);
    expect(new Set(byKind.data.organizations.edges.map((e: any) => e.node.kind))).toEqual(new Set(['INSTITUTE', 'UNIVERSITY']));
    const byText = await platform.gql(`{ organizations(filter: { text: "海洋智能" }) { totalCount } }`);
    expect(byText.data.organizations.totalCount).toBe(1);

    expect(errorCode(await platform.gql(`{ organizations(first: 500) { totalCount } }`))).toBe('BAD_USER_INPUT');
    // A province code covers its cities and districts, like a city code covers its districts.
    const province = await platform.gql(`{ organizations(filter: { regionCode: "370000" }) { totalCount } }`);
    expect(province.data.organizations.totalCount).toBe(total);
    expect(errorCode(await platform.gql(`{ organizations(after: "garbage") { totalCount } }`))).toBe('BAD_USER_INPUT');
  });
});

import { errorCode, startTestPlatform, type GraphQLResponse, type TestPlatform } from './support/harness';

const FIELDS = `id title summary fieldCodes keywords trl kind visibility facilities cooperationModes
  patents { number title status } teamLead { name title } teamMembers { name title }
  organization { id name } regionCode fields { code name }`;
const CREATE = `mutation($input: CreateCapabilityInput!) { createCapability(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCapabilityInput!) { updateCapability(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteCapability(id: $id) }`;
const GET = `query($id: ID!) { capability(id: $id) { id title visibility } }`;
const LIST = `query($filter: CapabilityFilter, $first: Int, $after: String) {
  capabilities(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id title visibility organization { id } } } pageInfo { hasNextPage endCursor }
  }
}`;
const MINE = `query($first: Int, $after: String) {
  myCapabilities(first: $first, after: $after) { totalCount edges { node { id visibility organization { id } } } pageInfo { hasNextPage endCursor } }
}`;

const validInput = (overrides: Record<string, unknown> = {}) => ({
  title: '  水下声学通信模组  ',
  summary: '面向水下机器人的中远距离声学通信模组，支持自适应调制与组网。',
  fieldCodes: ['MARINE.EQUIPMENT', 'MARINE.INFO'],
  keywords: [' 水声通信 ', '水声通信', 'AUV'],
  trl: 6,
  kind: 'PROTOTYPE',
  patents: [{ number: ' zl 202110123456.7 ', title: '一种水声通信方法', status: 'GRANTED' }],
  teamLead: { name: '陈研究员', title: '研究员' },
  teamMembers: [{ name: '刘工', title: '高级工程师' }],
  facilities: '海洋装备中试平台、消声水池',
  cooperationModes: ['LICENCE', 'JOINT_DEVELOPMENT', 'LICENCE'],
  visibility: 'PUBLIC',
  ...overrides,
});

const problems = (result: GraphQLResponse) => (result.errors?.[0]?.extensions?.fields ?? []) as Array<{ field: string; message: string }>;

describe('capabilities', () => {
  let platform: TestPlatform;
  const token: Record<string, string> = {};
  const orgId: Record<string, string> = {};
  let dualToken: string;

  /** Publishes a capability and returns its id; fails the test on any error. */
  async function publish(as: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const result = await platform.gql(CREATE, { input: validInput(overrides) }, as);
    expect(result.errors).toBeUndefined();
    return result.data.createCapability.id;
  }

  /** Every node of a list, walking pages of `pageSize`. */
  async function walk(filter: Record<string, unknown>, as: string | undefined, pageSize = 2) {
    const nodes: any[] = [];
    let after: string | null = null;
    let totalCount = -1;
    do {
      const page: GraphQLResponse = await platform.gql(LIST, { filter, first: pageSize, after }, as);
      expect(page.errors).toBeUndefined();
      totalCount = page.data.capabilities.totalCount;
      nodes.push(...page.data.capabilities.edges.map((e: any) => e.node));
      after = page.data.capabilities.pageInfo.hasNextPage ? page.data.capabilities.pageInfo.endCursor : null;
    } while (after);
    return { nodes, totalCount };
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const kind of ['institute', 'university', 'enterprise', 'bureau', 'expert']) {
      token[kind] = await platform.login(`${kind}@jiebang.demo`);
      const viewer = await platform.gql(`{ viewer { memberships { organization { id } } } }`, {}, token[kind]);
      orgId[kind] = viewer.data.viewer.memberships[0]?.organization.id;
    }
    // A plain MEMBER of both the institute and the university.
    const registered = await platform.gql(`mutation { register(input: { email: "dual@example.com", password: "dual-pass-123", displayName: "双聘研究员" }) { token } }`);
    dualToken = registered.data.register.token;
    for (const kind of ['institute', 'university']) {
      const added = await platform.gql(`mutation($input: AddMemberInput!) { addMember(input: $input) { role } }`,
        { input: { organizationId: orgId[kind], email: 'dual@example.com' } }, token[kind]);
      expect(added.data.addMember.role).toBe('MEMBER');
    }
  });
  afterAll(() => platform.close());

  describe('createCapability', () => {
    it("publishes for the viewer's only organization, trimming and de-duplicating", async () => {
      const result = await platform.gql(CREATE, { input: validInput() }, token.institute);
      expect(result.errors).toBeUndefined();
      expect(result.data.createCapability).toMatchObject({
        title: '水下声学通信模组',
        keywords: ['水声通信', 'AUV'],
        trl: 6,
        kind: 'PROTOTYPE',
        visibility: 'PUBLIC',
        cooperationModes: ['LICENCE', 'JOINT_DEVELOPMENT'],
        patents: [{ number: 'ZL202110123456.7', title: '一种水声通信方法', status: 'GRANTED' }],
        teamLead: { name: '陈研究员', title: '研究员' },
        organization: { id: orgId.institute, name: '青岛海洋智能装备研究院' },
        regionCode: '370212',
        fields: [{ code: 'MARINE.EQUIPMENT', name: '海洋高端装备' }, { code: 'MARINE.INFO', name: '海洋信息' }],
      });
    });

    it('accepts the defaults for optional lists and an explicit organization', async () => {
      const { patents, teamMembers, keywords, facilities, visibility, ...required } = validInput();
      const result = await platform.gql(CREATE, { input: { ...required, organizationId: orgId.university } }, token.university);
      expect(result.errors).toBeUndefined();
      expect(result.data.createCapability).toMatchObject({
        patents: [], teamMembers: [], keywords: [], facilities: '', visibility: 'PUBLIC', regionCode: '370213',
        organization: { id: orgId.university },
      });
    });

    it('lets a plain member publish, and asks which organization when there are several', async () => {
      const before = await platform.count('capability');
      const ambiguous = await platform.gql(CREATE, { input: validInput() }, dualToken);
      expect(errorCode(ambiguous)).toBe('BAD_USER_INPUT');
      expect(problems(ambiguous).map((p) => p.field)).toEqual(['organizationId']);
      expect(await platform.count('capability')).toBe(before);

      const chosen = await platform.gql(CREATE, { input: validInput({ organizationId: orgId.university }) }, dualToken);
      expect(chosen.data.createCapability.organization.id).toBe(orgId.university);
    });

    it.each([
      ['anonymous', 'UNAUTHENTICATED', undefined, undefined, {}],
      ['an enterprise', 'FORBIDDEN', 'enterprise', 'ORGANIZATION_KIND', {}],
      ['the bureau', 'FORBIDDEN', 'bureau', 'ORGANIZATION_KIND', {}],
      ['an expert without organization', 'FORBIDDEN', 'expert', 'NO_ORGANIZATION', {}],
      ['a member of another organization', 'FORBIDDEN', 'institute', 'NOT_A_MEMBER', { organizationId: 'university' }],
    ])('refuses %s with %s and writes nothing', async (_who, code, as, reason, overrides: Record<string, string>) => {
      const before = await platform.count('capability');
      const input = validInput(overrides.organizationId ? { organizationId: orgId[overrides.organizationId] } : {});
      const result = await platform.gql(CREATE, { input }, as ? token[as] : undefined);
      expect(errorCode(result)).toBe(code);
      if (reason) expect(result.errors![0].extensions!.reason).toBe(reason);
      expect(result.errors![0].message).not.toMatch(/internal/i);
      expect(await platform.count('capability')).toBe(before);
    });

    const long = (n: number) => '测'.repeat(n);
    it.each([
      ['title', { title: 'x' }, '2 to 100'],
      ['title', { title: '   a   ' }, '2 to 100'],
      ['title', { title: long(101) }, '2 to 100'],
      ['summary', { summary: '太短了' }, '10 to 5000'],
      ['summary', { summary: long(5001) }, '10 to 5000'],
      ['fieldCodes', { fieldCodes: [] }, 'at least one'],
      ['fieldCodes', { fieldCodes: ['MARINE', 'ENERGY', 'INFO', 'BIOMED', 'MATERIALS', 'AGRICULTURE'] }, 'at most 5'],
      ['fieldCodes', { fieldCodes: ['MARINE', 'MARINE.SUBMARINE'] }, 'MARINE.SUBMARINE'],
      ['keywords', { keywords: Array.from({ length: 21 }, (_, i) => `词${i}`) }, 'at most 20'],
      ['keywords', { keywords: ['好', long(31)] }, '1 to 30'],
      ['keywords', { keywords: ['   '] }, '1 to 30'],
      ['trl', { trl: 0 }, 'between 1 and 9'],
      ['trl', { trl: 10 }, 'between 1 and 9'],
      ['patents.0.number', { patents: [{ number: 'CN1234', title: '专利', status: 'FILED' }] }, 'ZL202110123456.7'],
      ['patents.1.number', { patents: [{ number: 'ZL202110123456.7', title: '专利', status: 'FILED' }, { number: 'ZL2021101234567', title: '专利', status: 'FILED' }] }, 'a dot'],
      ['patents.0.title', { patents: [{ number: '202110123456.X', title: ' ', status: 'FILED' }] }, '1 to 200'],
      ['patents', { patents: [{ number: 'ZL202110123456.7', title: '甲', status: 'FILED' }, { number: 'zl202110123456.7', title: '乙', status: 'GRANTED' }] }, 'more than once'],
      ['teamLead.name', { teamLead: { name: '  ', title: '' } }, '1 to 50'],
      ['teamMembers.1.title', { teamMembers: [{ name: '甲', title: '' }, { name: '乙', title: long(51) }] }, 'at most 50'],
      ['teamMembers', { teamMembers: Array.from({ length: 51 }, (_, i) => ({ name: `成员${i}`, title: '' })) }, 'at most 50'],
      ['facilities', { facilities: long(2001) }, 'at most 2000'],
      ['cooperationModes', { cooperationModes: [] }, 'at least one'],
      ['organizationId', { organizationId: 'not-an-id' }, 'organization id'],
    ])('refuses a bad %s (%#) with BAD_USER_INPUT and writes nothing', async (field, override, message) => {
      const before = await platform.count('capability');
      const result = await platform.gql(CREATE, { input: validInput(override) }, token.institute);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(problems(result).find((p) => p.field === field)?.message).toContain(message);
      expect(await platform.count('capability')).toBe(before);
    });

    it('accepts older 8-digit patent numbers and numbers without ZL', async () => {
      const result = await platform.gql(CREATE, {
        input: validInput({ patents: [{ number: '03123456.x', title: '旧专利', status: 'EXPIRED' }, { number: '202310654321.2', title: '新申请', status: 'FILED' }] }),
      }, token.institute);
      expect(result.errors).toBeUndefined();
      expect(result.data.createCapability.patents.map((p: any) => p.number)).toEqual(['03123456.X', '202310654321.2']);
    });
  });

  describe('updateCapability and deleteCapability', () => {
    let publicId: string;
    let privateId: string;
    beforeAll(async () => {
      publicId = await publish(token.institute, { title: '待修改的公开成果' });
      privateId = await publish(token.institute, { title: '待修改的内部成果', visibility: 'PRIVATE' });
    });

    it('changes only the fields given, for a member and for the bureau', async () => {
      const own = await platform.gql(UPDATE, { id: publicId, input: { trl: 8, keywords: ['声呐', ' 声呐 '] } }, token.institute);
      expect(own.errors).toBeUndefined();
      expect(own.data.updateCapability).toMatchObject({ title: '待修改的公开成果', trl: 8, keywords: ['声呐'], kind: 'PROTOTYPE' });

      const member = await platform.gql(UPDATE, { id: privateId, input: { teamLead: { name: '刘工' } } }, dualToken);
      expect(member.data.updateCapability.teamLead).toEqual({ name: '刘工', title: '' });

      const bureau = await platform.gql(UPDATE, { id: privateId, input: { fieldCodes: ['BIOMED.DRUGS'], visibility: 'SIGNED_IN' } }, token.bureau);
      expect(bureau.errors).toBeUndefined();
      expect(bureau.data.updateCapability).toMatchObject({ fieldCodes: ['BIOMED.DRUGS'], fields: [{ code: 'BIOMED.DRUGS' }], visibility: 'SIGNED_IN' });
      await platform.gql(UPDATE, { id: privateId, input: { visibility: 'PRIVATE' } }, token.bureau);
    });

    it.each([
      ['anonymous', 'UNAUTHENTICATED', undefined, 'public'],
      ['another university', 'FORBIDDEN', 'university', 'public'],
      ['an enterprise', 'FORBIDDEN', 'enterprise', 'public'],
      ['another university, on a private one it cannot see,', 'NOT_FOUND', 'university', 'private'],
      ['an expert, on a private one,', 'NOT_FOUND', 'expert', 'private'],
    ])('refuses %s with %s and changes nothing', async (_who, code, as, which) => {
      const id = which === 'public' ? publicId : privateId;
      const before = (await platform.gql(GET, { id }, token.bureau)).data.capability;
      const updated = await platform.gql(UPDATE, { id, input: { title: '被篡改' } }, as ? token[as] : undefined);
      expect(errorCode(updated)).toBe(code);
      const count = await platform.count('capability');
      const deleted = await platform.gql(DELETE, { id }, as ? token[as] : undefined);
      expect(errorCode(deleted)).toBe(code);
      expect((await platform.gql(GET, { id }, token.bureau)).data.capability).toEqual(before);
      expect(await platform.count('capability')).toBe(count);
    });

    it.each([
      ['title', { title: null }, 'cannot be null'],
      ['title', { title: 'x' }, '2 to 100'],
      ['fieldCodes', { fieldCodes: ['NOPE'] }, 'NOPE'],
      ['fieldCodes', { fieldCodes: [] }, 'at least one'],
      ['trl', { trl: 11 }, 'between 1 and 9'],
      ['cooperationModes', { cooperationModes: null }, 'cannot be null'],
      ['teamLead', { teamLead: null }, 'cannot be null'],
      ['patents.0.number', { patents: [{ number: 'ZL2021', title: '专利', status: 'FILED' }] }, 'ZL202110123456.7'],
    ])('refuses a bad %s (%#) with BAD_USER_INPUT and changes nothing', async (field, input, message) => {
      const before = (await platform.gql(GET, { id: publicId }, token.bureau)).data.capability;
      const result = await platform.gql(UPDATE, { id: publicId, input: { summary: '这一段摘要的修改不应被保存下来。', ...input } }, token.institute);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(problems(result).find((p) => p.field === field)?.message).toContain(message);
      const after = await platform.gql(`query($id: ID!) { capability(id: $id) { id title visibility summary } }`, { id: publicId }, token.bureau);
      expect(after.data.capability).toMatchObject(before);
      expect(after.data.capability.summary).not.toContain('不应被保存');
    });

    it('answers NOT_FOUND for a missing or malformed id', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        expect(errorCode(await platform.gql(UPDATE, { id, input: { trl: 3 } }, token.bureau))).toBe('NOT_FOUND');
        expect(errorCode(await platform.gql(DELETE, { id }, token.bureau))).toBe('NOT_FOUND');
        expect((await platform.gql(GET, { id }, token.bureau)).data.capability).toBeNull();
      }
    });

    it('deletes for a member and for the bureau', async () => {
      const before = await platform.count('capability');
      const own = await platform.gql(DELETE, { id: publicId }, token.institute);
      expect(own.data.deleteCapability).toBe(publicId);
      const bureau = await platform.gql(DELETE, { id: privateId }, token.bureau);
      expect(bureau.data.deleteCapability).toBe(privateId);
      expect(await platform.count('capability')).toBe(before - 2);
      expect(errorCode(await platform.gql(DELETE, { id: publicId }, token.institute))).toBe('NOT_FOUND');
    });
  });

  describe('visibility', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      ids.public = await publish(token.institute, { keywords: ['VIS-MARK'], visibility: 'PUBLIC' });
      ids.signedIn = await publish(token.institute, { keywords: ['VIS-MARK'], visibility: 'SIGNED_IN' });
      ids.private = await publish(token.institute, { keywords: ['VIS-MARK'], visibility: 'PRIVATE' });
      ids.universityPrivate = await publish(token.university, { keywords: ['VIS-MARK'], visibility: 'PRIVATE' });
    });

    it.each([
      ['anonymous', undefined, ['public']],
      ['an expert without organization', 'expert', ['public', 'signedIn']],
      ['an enterprise', 'enterprise', ['public', 'signedIn']],
      ['the owning institute', 'institute', ['public', 'signedIn', 'private']],
      ['another university', 'university', ['public', 'signedIn', 'universityPrivate']],
      ['the bureau', 'bureau', ['public', 'signedIn', 'private', 'universityPrivate']],
    ])('shows %s exactly what it may see, in capability and capabilities', async (_who, as, visible) => {
      const viewerToken = as ? token[as] : undefined;
      for (const [key, id] of Object.entries(ids)) {
        const single = await platform.gql(GET, { id }, viewerToken);
        expect(single.errors).toBeUndefined();
        expect(single.data.capability?.id ?? null).toBe(visible.includes(key) ? id : null);
      }
      // Pages of 1: visibility must be applied before paging, so every page is full and totalCount is exact.
      const { nodes, totalCount } = await walk({ text: 'vis-mark' }, viewerToken, 1);
      expect(totalCount).toBe(visible.length);
      expect(nodes.map((n) => n.id).sort()).toEqual(visible.map((key) => ids[key]).sort());
    });

    it('never lists a PRIVATE capability to outsiders, across the whole table', async () => {
      const anonymous = await walk({}, undefined, 100);
      expect(anonymous.nodes.every((n) => n.visibility === 'PUBLIC')).toBe(true);
      expect(anonymous.nodes).toHaveLength(anonymous.totalCount);
      const enterprise = await walk({}, token.enterprise, 100);
      expect(enterprise.nodes.some((n) => n.visibility === 'PRIVATE')).toBe(false);
      const university = await walk({}, token.university, 100);
      expect(university.nodes.filter((n) => n.visibility === 'PRIVATE').every((n) => n.organization.id === orgId.university)).toBe(true);
      const bureau = await walk({}, token.bureau, 100);
      expect(bureau.totalCount).toBe(await platform.count('capability'));
    });

    it("lists all of the viewer's organizations' capabilities, whatever their visibility, in myCapabilities", async () => {
      const countOf = async (organizationId: string) =>
        (await platform.orm.em.getConnection().execute(`select count(*)::int as n from capability where organization_id = ?`, [organizationId]))[0].n;
      const mine = await platform.gql(MINE, { first: 100 }, token.institute);
      expect(mine.errors).toBeUndefined();
      expect(mine.data.myCapabilities.totalCount).toBe(await countOf(orgId.institute));
      expect(mine.data.myCapabilities.edges.every((e: any) => e.node.organization.id === orgId.institute)).toBe(true);
      expect(mine.data.myCapabilities.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([ids.public, ids.signedIn, ids.private]));

      const dual = await platform.gql(MINE, { first: 100 }, dualToken);
      expect(dual.data.myCapabilities.totalCount).toBe((await countOf(orgId.institute)) + (await countOf(orgId.university)));

      const paged = await platform.gql(MINE, { first: 1 }, token.institute);
      expect(paged.data.myCapabilities.edges).toHaveLength(1);
      expect(paged.data.myCapabilities.pageInfo.hasNextPage).toBe(true);

      expect((await platform.gql(MINE, {}, token.expert)).data.myCapabilities.totalCount).toBe(0);
      expect(errorCode(await platform.gql(MINE, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('filters', () => {
    const titles = { A: '水下机器人样机', B: '肿瘤靶向药物专利', C: '海洋数据分析软件', D: '制氢工艺' };
    beforeAll(async () => {
      await publish(token.institute, { title: titles.A, keywords: ['FLT-MARK'], fieldCodes: ['MARINE.EQUIPMENT'], kind: 'PROTOTYPE', trl: 4, cooperationModes: ['JOINT_DEVELOPMENT'] });
      await publish(token.university, { title: titles.B, keywords: ['FLT-MARK'], fieldCodes: ['BIOMED.CLINICAL.ONCOLOGY'], kind: 'PATENT', trl: 7, cooperationModes: ['LICENCE', 'TRANSFER'] });
      await publish(token.university, { title: titles.C, keywords: ['FLT-MARK'], fieldCodes: ['MARINE'], kind: 'SOFTWARE', trl: 9, cooperationModes: ['CONSULTING'] });
      await publish(token.institute, { title: titles.D, keywords: ['FLT-MARK'], fieldCodes: ['ENERGY.HYDROGEN', 'MARINE.INFO'], kind: 'PROCESS', trl: 2, cooperationModes: ['TRANSFER'] });
    });

    const find = async (filter: Record<string, unknown>) => {
      const { nodes, totalCount } = await walk({ text: 'FLT-MARK', ...filter }, undefined, 2);
      expect(nodes).toHaveLength(totalCount);
      return nodes.map((n) => Object.entries(titles).find(([, title]) => title === n.title)![0]).sort();
    };

    it.each([
      [{}, ['A', 'B', 'C', 'D']],
      [{ fieldCodes: ['MARINE'] }, ['A', 'C', 'D']],
      [{ fieldCodes: ['MARINE.EQUIPMENT'] }, ['A']],
      [{ fieldCodes: ['BIOMED'] }, ['B']],
      [{ fieldCodes: ['BIOMED.CLINICAL.ONCOLOGY', 'ENERGY'] }, ['B', 'D']],
      [{ kinds: ['PATENT', 'SOFTWARE'] }, ['B', 'C']],
      [{ minTrl: 4 }, ['A', 'B', 'C']],
      [{ maxTrl: 4 }, ['A', 'D']],
      [{ minTrl: 4, maxTrl: 7 }, ['A', 'B']],
      [{ cooperationModes: ['TRANSFER'] }, ['B', 'D']],
      [{ cooperationModes: ['CONSULTING', 'JOINT_DEVELOPMENT'] }, ['A', 'C']],
      [{ fieldCodes: ['MARINE'], cooperationModes: ['TRANSFER'] }, ['D']],
    ])('filters by %j', async (filter, expected) => {
      expect(await find(filter)).toEqual(expected);
    });

    it('filters by organization', async () => {
      expect(await find({ organizationId: orgId.university })).toEqual(['B', 'C']);
      expect(await find({ organizationId: orgId.enterprise })).toEqual([]);
    });

    it('searches title, summary and each keyword, case-insensitively, with LIKE wildcards taken literally', async () => {
      const e = await publish(token.institute, { title: '深海声学通信效率提升50%以上', keywords: ['TXT'] });
      const f = await publish(token.institute, { title: '防腐涂层寿命50年', summary: '适用于海洋平台的石墨烯改性耐腐蚀涂层体系。', keywords: ['TXT'] });
      const g = await publish(token.institute, { title: '水下定位', keywords: ['深潜', '器材', 'Underwater-Acoustics'] });
      const ids = async (text: string) => (await walk({ text }, undefined, 100)).nodes.map((n) => n.id).sort();
      expect(await ids('50%')).toEqual([e]);
      expect(await ids('石墨烯改性')).toEqual([f]);
      expect(await ids('underwater-ACOUSTICS')).toEqual([g]);
      expect(await ids('潜器')).toEqual([]); // would match "深潜" + "器材" if keywords were searched as one string
      expect(await ids('_')).toEqual([]);
      expect(await ids('\\')).toEqual([]);
    });

    it.each([
      ['fieldCodes', { fieldCodes: ['NOPE'] }],
      ['minTrl', { minTrl: 0 }],
      ['maxTrl', { maxTrl: 10 }],
      ['minTrl', { minTrl: 8, maxTrl: 3 }],
      ['organizationId', { organizationId: 'x' }],
      ['text', { text: 'x'.repeat(101) }],
    ])('refuses a bad %s filter with BAD_USER_INPUT', async (field, filter) => {
      const result = await platform.gql(LIST, { filter }, token.bureau);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(problems(result).map((p) => p.field)).toContain(field);
    });

    it('refuses a bad cursor or page size', async () => {
      expect(errorCode(await platform.gql(LIST, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await platform.gql(LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('SQL statements', () => {
    const NESTED = `query($first: Int!) {
      capabilities(first: $first, filter: { fieldCodes: ["MARINE"] }) {
        totalCount
        edges { node { title regionCode organization { name members { role } } fields { name parent { name children { code } } } } }
      }
    }`;

    beforeAll(async () => {
      for (let i = 0; i < 16; i++) {
        await publish(i % 2 ? token.institute : token.university, {
          title: `批量成果${i}`,
          fieldCodes: [['MARINE.EQUIPMENT', 'MARINE.INFO', 'MARINE.DEEPSEA'][i % 3], 'ENERGY.STORAGE'],
          visibility: ['PUBLIC', 'SIGNED_IN', 'PRIVATE'][i % 3],
        });
      }
    });

    async function statementsFor(first: number): Promise<number> {
      platform.sql.reset();
      const result = await platform.gql(NESTED, { first }, token.bureau);
      expect(result.errors).toBeUndefined();
      expect(result.data.capabilities.edges).toHaveLength(first);
      return platform.sql.statements.length;
    }

    it('runs the same number of statements for a page of 2 and of 15, with organizations and fields', async () => {
      const small = await statementsFor(2);
      const large = await statementsFor(15);
      expect(large).toBe(small);
      // viewer (2), field check + taxonomy, page, count, organizations, memberships, fields, parents, children.
      expect(large).toBeLessThanOrEqual(11);
    });
  });
});

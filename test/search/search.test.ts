import { deleteIndexes } from '../../server/src/search/index-admin';
import { PUBLIC_STATUSES } from '../../server/src/modules/challenge/challenge-status';
import { SEED_CHALLENGES } from '../../seeds/data/challenges';
import { errorCode, startTestPlatform, type GraphQLResponse, type TestPlatform } from '../support/harness';
import { indexEverything, indexRecords } from '../support/search-fixtures';

const SEARCH_CHALLENGES = `query($text: String, $filter: ChallengeSearchFilter, $facets: [ChallengeSearchFacet!], $sort: ChallengeSearchSort, $first: Int, $offset: Int, $after: String) {
  searchChallenges(text: $text, filter: $filter, facets: $facets, sort: $sort, first: $first, offset: $offset, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    facets { name values { value label count } }
    edges { cursor rankingScore node { id title status confidentiality summary keywords }
      highlight { title summary keywords statement indicators } }
  }
}`;

const SEARCH_CAPABILITIES = `query($text: String, $filter: CapabilitySearchFilter, $facets: [CapabilitySearchFacet!], $sort: CapabilitySearchSort, $first: Int, $offset: Int, $after: String) {
  searchCapabilities(text: $text, filter: $filter, facets: $facets, sort: $sort, first: $first, offset: $offset, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    facets { name values { value label count } }
    edges { cursor rankingScore node { id title visibility trl kind regionCode organization { id } }
      highlight { title summary keywords patentTitles facilities } }
  }
}`;

const LIST_CHALLENGES = `query { challenges(first: 100) { totalCount edges { node { id } } } }`;
const LIST_CAPABILITIES = `query($after: String) { capabilities(first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

type Viewer = 'anonymous' | 'institute' | 'university' | 'enterprise' | 'expert' | 'bureau';
const EMAILS: Record<Exclude<Viewer, 'anonymous'>, string> = {
  institute: 'institute@jiebang.demo',
  university: 'university@jiebang.demo',
  enterprise: 'enterprise@jiebang.demo',
  expert: 'expert@jiebang.demo',
  bureau: 'bureau@jiebang.demo',
};
const VIEWERS = ['anonymous', ...Object.keys(EMAILS)] as Viewer[];

describe('searchChallenges and searchCapabilities', () => {
  let platform: TestPlatform;
  const token: Partial<Record<Viewer, string>> = {};

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
    const [, tokens] = await Promise.all([
      indexEverything(platform.orm, platform.search),
      Promise.all(Object.values(EMAILS).map((email) => platform.login(email))),
    ]);
    Object.keys(EMAILS).forEach((viewer, i) => (token[viewer as Viewer] = tokens[i]));
  });
  afterAll(async () => {
    await deleteIndexes(platform.search);
    await platform.close();
  });

  async function gql(query: string, variables: Record<string, unknown>, viewer: Viewer = 'anonymous'): Promise<GraphQLResponse> {
    return platform.gql(query, variables, token[viewer]);
  }

  async function data(query: string, variables: Record<string, unknown>, viewer: Viewer = 'anonymous') {
    const result = await gql(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data)[0] as any;
  }

  /** Every hit of a search, page by page with cursors. */
  async function walk(query: string, variables: Record<string, unknown>, viewer: Viewer, first = 50) {
    const nodes: any[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: any = await data(query, { ...variables, first, after }, viewer);
      totalCount = page.totalCount;
      nodes.push(...page.edges.map((edge: any) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { nodes, totalCount };
  }

  /** What the SQL list queries (the reference for visibility) show the same viewer. */
  async function listed(viewer: Viewer) {
    const challenges = (await data(LIST_CHALLENGES, {}, viewer)).edges.map((e: any) => e.node.id);
    const capabilities: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await data(LIST_CAPABILITIES, { after }, viewer);
      capabilities.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { challenges: new Set<string>(challenges), capabilities: new Set<string>(capabilities) };
  }

  describe('visibility is part of the index query', () => {
    it.each(VIEWERS)('%s finds exactly what the lists show them, and the counts and facets agree', async (viewer) => {
      const [reference, challenges, capabilities, first, caps] = await Promise.all([
        listed(viewer),
        walk(SEARCH_CHALLENGES, { facets: ['STATUS', 'FIELD', 'REGION'] }, viewer),
        walk(SEARCH_CAPABILITIES, { facets: ['KIND', 'TRL'] }, viewer),
        data(SEARCH_CHALLENGES, { facets: ['STATUS'], first: 1 }, viewer),
        data(SEARCH_CAPABILITIES, { facets: ['KIND', 'TRL'], first: 1 }, viewer),
      ]);
      expect(new Set(challenges.nodes.map((n) => n.id))).toEqual(reference.challenges);
      expect(challenges.totalCount).toBe(reference.challenges.size);
      expect(new Set(capabilities.nodes.map((n) => n.id))).toEqual(reference.capabilities);
      expect(capabilities.totalCount).toBe(reference.capabilities.size);
      // Every record has one status / kind / TRL: the facet counts add up to the visible total, no more.
      expect(first.facets[0].values.reduce((sum: number, v: any) => sum + v.count, 0)).toBe(reference.challenges.size);
      for (const facet of caps.facets) expect(facet.values.reduce((sum: number, v: any) => sum + v.count, 0)).toBe(reference.capabilities.size);
    });

    it('anonymous: published states and PUBLIC capabilities only, in hits and in facets', async () => {
      const challenges = await data(SEARCH_CHALLENGES, { facets: ['STATUS'], first: 50 }, 'anonymous');
      expect(challenges.facets[0].values.map((v: any) => v.value).sort()).toEqual([...PUBLIC_STATUSES].sort());
      expect(challenges.totalCount).toBe(SEED_CHALLENGES.filter((c) => (PUBLIC_STATUSES as string[]).includes(c.status)).length);
      const capabilities = await walk(SEARCH_CAPABILITIES, {}, 'anonymous');
      expect(new Set(capabilities.nodes.map((n) => n.visibility))).toEqual(new Set(['PUBLIC']));
    });

    it("signed in: SIGNED_IN capabilities too, PRIVATE ones only of one's own organization; drafts only of one's own", async () => {
      const rows: Array<{ id: string; visibility: string; organization_id: string }> = await platform.orm.em
        .getConnection()
        .execute(`select id, visibility, organization_id from capability where visibility <> 'PUBLIC'`);
      const university = (await data(`query { viewer { memberships { organization { id } } } }`, {}, 'university')).memberships[0].organization.id;
      const privateOfUniversity = rows.filter((r) => r.visibility === 'PRIVATE' && r.organization_id === university).map((r) => r.id);
      const privateOfOthers = rows.filter((r) => r.visibility === 'PRIVATE' && r.organization_id !== university).map((r) => r.id);
      expect(privateOfUniversity.length).toBeGreaterThan(0);

      const seenByUniversity = new Set((await walk(SEARCH_CAPABILITIES, {}, 'university')).nodes.map((n) => n.id));
      const seenByInstitute = new Set((await walk(SEARCH_CAPABILITIES, {}, 'institute')).nodes.map((n) => n.id));
      for (const id of privateOfUniversity) expect(seenByUniversity.has(id) && !seenByInstitute.has(id)).toBe(true);
      for (const id of privateOfOthers) expect(seenByUniversity.has(id) || seenByInstitute.has(id)).toBe(false);
      for (const row of rows.filter((r) => r.visibility === 'SIGNED_IN')) expect(seenByInstitute.has(row.id)).toBe(true);

      // The enterprise's own draft, by its distinctive title: found by its owner and the bureau only.
      const draft = SEED_CHALLENGES.find((c) => c.key === 'ch-thruster')!;
      for (const viewer of VIEWERS) {
        const found = await data(SEARCH_CHALLENGES, { text: draft.title, filter: { statuses: ['DRAFT'] }, facets: ['STATUS'] }, viewer);
        const visible = viewer === 'enterprise' || viewer === 'bureau';
        expect(found.edges.some((e: any) => e.node.title === draft.title)).toBe(visible);
        expect(found.totalCount > 0).toBe(visible);
        expect(found.facets[0].values.length > 0).toBe(visible);
      }
    });

    it('never highlights or finds an NDA statement, even for the bureau', async () => {
      const ndaPublished = SEED_CHALLENGES.filter((c) => c.confidentiality === 'NDA' && c.status === 'PUBLISHED');
      expect(ndaPublished.length).toBeGreaterThan(0);
      for (const challenge of ndaPublished) {
        // A sentence of the statement that its public parts do not contain.
        const sentence = challenge.statement.split(/[。；\n]/).find((s) => s.length > 12 && !challenge.summary.includes(s.slice(0, 8)))!;
        const result = await data(SEARCH_CHALLENGES, { text: sentence.slice(0, 60), first: 50 }, 'bureau');
        for (const edge of result.edges) {
          if (edge.node.confidentiality === 'NDA') {
            expect(edge.highlight.statement).toBeNull();
            expect(edge.highlight.indicators).toEqual([]);
          }
          expect(JSON.stringify(edge.highlight)).not.toContain(sentence.slice(0, 12));
        }
      }
    });
  });

  describe('text, filters, facets, highlights, pages', () => {
    it('an empty text browses everything visible, newest first', async () => {
      const browse = await data(SEARCH_CHALLENGES, { text: '', first: 5 }, 'anonymous');
      const absent = await data(SEARCH_CHALLENGES, { first: 5 }, 'anonymous');
      expect(browse.totalCount).toBe(absent.totalCount);
      expect(browse.edges.map((e: any) => e.node.id)).toEqual(absent.edges.map((e: any) => e.node.id));
      expect(browse.edges[0].rankingScore).toBeNull();
    });

    it('highlights matches as escaped HTML with <em>, summaries cropped', async () => {
      const result = await data(SEARCH_CAPABILITIES, { text: '燃料电池 膜电极', first: 5 }, 'anonymous');
      expect(result.totalCount).toBeGreaterThan(0);
      const top = result.edges[0];
      expect(top.rankingScore).toBeGreaterThan(0);
      expect(`${top.highlight.title} ${top.highlight.summary} ${top.highlight.keywords.join(' ')}`).toMatch(/<em>[^<]+<\/em>/);

      const challenges = await data(SEARCH_CHALLENGES, { text: '推进器', first: 5 }, 'bureau');
      const thruster = challenges.edges.find((e: any) => e.node.title.includes('推进器'));
      expect(thruster.highlight.title).toContain('<em>推进器</em>');
      expect(thruster.highlight.statement).toContain('<em>');
    });

    it('filters by field (with sub-fields), city region (all districts), status, bounty, TRL, owner', async () => {
      const marine = await data(SEARCH_CHALLENGES, { filter: { fieldCodes: ['MARINE'] }, facets: ['FIELD'], first: 50 }, 'bureau');
      const rows: Array<{ n: number }> = await platform.orm.em.getConnection().execute(`select count(*)::int as n from challenge where field_code like 'MARINE%'`);
      expect(marine.totalCount).toBe(rows[0].n);
      const fieldFacet = marine.facets[0].values;
      expect(fieldFacet.find((v: any) => v.value === 'MARINE')).toMatchObject({ count: rows[0].n, label: '海洋科技' });

      const city = await data(SEARCH_CHALLENGES, { filter: { regionCode: '370200' }, facets: ['REGION'], first: 1 }, 'bureau');
      const inCity: Array<{ n: number }> = await platform.orm.em.getConnection().execute(`select count(*)::int as n from challenge where region_code like '3702%'`);
      expect(city.totalCount).toBe(inCity[0].n);
      const district = city.facets[0].values[0];
      expect(district.label).toMatch(/区|市/);
      const one = await data(SEARCH_CHALLENGES, { filter: { regionCode: district.value }, first: 1 }, 'bureau');
      expect(one.totalCount).toBe(district.count);

      const filtered = await walk(
        SEARCH_CHALLENGES,
        { filter: { statuses: ['PUBLISHED', 'EVALUATING'], minBounty: '500000', maxBounty: '2000000.00', minTargetTrl: 5, maxTargetTrl: 7 } },
        'anonymous',
      );
      const expected: Array<{ n: number }> = await platform.orm.em
        .getConnection()
        .execute(`select count(*)::int as n from challenge where status in ('PUBLISHED','EVALUATING') and bounty between 500000 and 2000000 and target_trl between 5 and 7`);
      expect(filtered.totalCount).toBe(expected[0].n);
      expect(filtered.nodes.length).toBe(expected[0].n);

      const caps = await data(SEARCH_CAPABILITIES, { filter: { kinds: ['SOFTWARE'], minTrl: 6, cooperationModes: ['LICENCE'] }, first: 50 }, 'anonymous');
      for (const edge of caps.edges) expect(edge.node).toMatchObject({ kind: 'SOFTWARE' });
      for (const edge of caps.edges) expect(edge.node.trl).toBeGreaterThanOrEqual(6);

      const organizationId = caps.edges[0]?.node.organization.id ?? (await data(SEARCH_CAPABILITIES, { first: 1 }, 'anonymous')).edges[0].node.organization.id;
      const ofOne = await walk(SEARCH_CAPABILITIES, { filter: { organizationId } }, 'anonymous');
      expect(ofOne.nodes.every((n) => n.organization.id === organizationId)).toBe(true);
    });

    it('pages with cursors or offsets, without gaps or repeats', async () => {
      const all = await walk(SEARCH_CAPABILITIES, { text: '检测' }, 'anonymous', 50);
      const paged = await walk(SEARCH_CAPABILITIES, { text: '检测' }, 'anonymous', 7);
      expect(paged.nodes.map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
      expect(new Set(paged.nodes.map((n) => n.id)).size).toBe(paged.nodes.length);
      expect(paged.totalCount).toBe(all.nodes.length);
      const third = await data(SEARCH_CAPABILITIES, { text: '检测', first: 3, offset: 5 }, 'anonymous');
      expect(third.edges.map((e: any) => e.node.id)).toEqual(all.nodes.slice(5, 8).map((n) => n.id));
    });

    it('escapes the record text in highlights: only <em> is markup', async () => {
      const created = await data(
        `mutation($input: CreateCapabilityInput!) { createCapability(input: $input) { id } }`,
        {
          input: {
            title: '<img src=x onerror=alert(1)>水声通信 & "组网"',
            summary: '面向水下机器人的<script>alert(1)</script>中远距离水声通信模组，支持自适应调制与组网。',
            fieldCodes: ['MARINE.INFO'],
            keywords: ['水声通信'],
            trl: 6,
            kind: 'PROTOTYPE',
            teamLead: { name: '陈研究员', title: '研究员' },
            cooperationModes: ['LICENCE'],
            visibility: 'PUBLIC',
          },
        },
        'institute',
      );
      await indexRecords(platform.orm, platform.search, { capabilities: [created.id] });
      const result = await data(SEARCH_CAPABILITIES, { text: '水声通信 onerror', first: 50 }, 'anonymous');
      const hit = result.edges.find((e: any) => e.node.id === created.id);
      expect(hit.highlight.title).toBe('&lt;img src=x <em>onerror</em>=alert(1)&gt;<em>水声通信</em> &amp; &quot;组网&quot;');
      expect(hit.highlight.summary).toContain('&lt;script&gt;');
      expect(hit.highlight.summary.replace(/<\/?em>/g, '')).not.toMatch(/[<>]/);
    });

    it('runs the same number of SQL statements for a page of 5 and of 50', async () => {
      const count = async (first: number) => {
        platform.sql.reset();
        const query = `query($first: Int) { searchCapabilities(text: "检测", first: $first) { edges { node { id organization { name } regionCode fields { name } } } } }`;
        await data(query, { first }, 'university');
        return platform.sql.statements.length;
      };
      const small = await count(5);
      expect(await count(50)).toBe(small);
      const challenges = async (first: number) => {
        platform.sql.reset();
        await data(`query($first: Int) { searchChallenges(first: $first, facets: [FIELD]) { edges { node { id ownerOrganization { name } field { name } } } } }`, { first }, 'expert');
        return platform.sql.statements.length;
      };
      expect(await challenges(50)).toBe(await challenges(5));
    });

    it('treats query syntax in the text as text', async () => {
      for (const text of ['"未闭合的引号', 'status = DRAFT OR 1=1', '-海洋 AND ( ) [ ]', '<script>alert(1)</script>', '\\" OR id IS NOT NULL']) {
        const result = await gql(SEARCH_CHALLENGES, { text, facets: ['STATUS'] }, 'anonymous');
        expect(result.errors).toBeUndefined();
        for (const value of result.data.searchChallenges.facets[0].values) expect(PUBLIC_STATUSES).toContain(value.value);
      }
    });
  });

  describe('bad input is a BAD_USER_INPUT, never a 500', () => {
    it.each([
      ['a 10,000-character text', SEARCH_CHALLENGES, { text: '海'.repeat(10_000) }],
      ['a 201-character text', SEARCH_CAPABILITIES, { text: 'x'.repeat(201) }],
      ['an unknown field code', SEARCH_CHALLENGES, { filter: { fieldCodes: ['MARINE', 'NO.SUCH.FIELD'] } }],
      ['a field code made of filter syntax', SEARCH_CAPABILITIES, { filter: { fieldCodes: ['MARINE" OR visibility = "PRIVATE'] } }],
      ['a malformed region', SEARCH_CHALLENGES, { filter: { regionCode: '37" OR 1' } }],
      ['a malformed organization id', SEARCH_CAPABILITIES, { filter: { organizationId: '1" OR visibility = "PRIVATE' } }],
      ['an unknown status', SEARCH_CHALLENGES, { filter: { statuses: ['SECRET'] } }],
      ['an unknown facet', SEARCH_CAPABILITIES, { facets: ['VISIBILITY'] }],
      ['minBounty above maxBounty', SEARCH_CHALLENGES, { filter: { minBounty: '2000000', maxBounty: '1000' } }],
      ['minTrl above maxTrl', SEARCH_CAPABILITIES, { filter: { minTrl: 8, maxTrl: 3 } }],
      ['a TRL of 10', SEARCH_CAPABILITIES, { filter: { minTrl: 10 } }],
      ['a negative bounty', SEARCH_CHALLENGES, { filter: { minBounty: '-5' } }],
      ['a page size of 0', SEARCH_CHALLENGES, { first: 0 }],
      ['a negative page size', SEARCH_CAPABILITIES, { first: -5 }],
      ['a huge page size', SEARCH_CHALLENGES, { first: 1_000_000 }],
      ['a page size of 51', SEARCH_CAPABILITIES, { first: 51 }],
      ['a negative offset', SEARCH_CHALLENGES, { offset: -1 }],
      ['an offset beyond the last reachable hit', SEARCH_CHALLENGES, { offset: 10_001 }],
      ['a forged cursor', SEARCH_CAPABILITIES, { after: 'bm90LWEtY3Vyc29y' }],
      ['a cursor of another list', SEARCH_CAPABILITIES, { after: Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', '00000000-0000-0000-0000-000000000000'])).toString('base64url') }],
      ['both offset and after', SEARCH_CHALLENGES, { offset: 2, after: Buffer.from(JSON.stringify(['search', 1])).toString('base64url') }],
    ])('%s', async (_name, query, variables) => {
      const result = await gql(query, variables, 'bureau');
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.status).toBeLessThan(500);
    });
  });
});

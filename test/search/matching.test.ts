import { Capability } from '../../server/src/modules/capability/capability.entity';
import { Challenge } from '../../server/src/modules/challenge/challenge.entity';
import { CAPABILITY_PROFILE, matchCapabilitiesForText, matchChallengesForText } from '../../server/src/modules/search/matcher';
import { capabilitySource, challengeSource, loadCorpusTexts } from '../../server/src/modules/search/matching.service';
import { rankingDetailsLoader } from '../../server/src/modules/search/ranking-details';
import { CorpusStats } from '../../server/src/modules/search/term-statistics';
import { deleteIndexes } from '../../server/src/search/index-admin';
import { SEED_CHALLENGES } from '../../seeds/data/challenges';
import { challengeInput } from '../support/challenge-fixtures';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { indexEverything } from '../support/search-fixtures';

const EXPLANATION = `explanation { matchedTerms snippets { field text } anchorTerm rankingScore
  rankingScoreDetails { rule order score matchingWords maxMatchingWords typoCount matchType }
  foundBy searches fusedScore rerankScore sharedFieldCodes region }`;
const MATCH_CAPABILITIES = `query($challengeId: ID!, $first: Int) { matchCapabilities(challengeId: $challengeId, first: $first) {
  queryTerms { term weight anchor }
  matches { rank capability { id title summary keywords facilities visibility fieldCodes patents { title } } ${EXPLANATION} }
} }`;
const MATCH_CHALLENGES = `query($capabilityId: ID, $organizationId: ID, $first: Int) {
  matchChallenges(capabilityId: $capabilityId, organizationId: $organizationId, first: $first) {
    queryTerms { term weight anchor }
    matches { rank challenge { id title status summary keywords confidentiality } viaCapability { id title } ${EXPLANATION} }
  }
}`;

/** Published challenges checked by hand against capabilities.ts; the NDA ones are matched from their public parts. */
const CHECKED = ['ch-pressure-hull', 'ch-manipulator', 'ch-green-tide', 'ch-electrolyzer', 'ch-tank-floor', 'ch-bearing-monitor', 'ch-aps', 'ch-mea', 'ch-dha'];
const seed = (key: string) => SEED_CHALLENGES.find((c) => c.key === key)!;

describe('matchCapabilities and matchChallenges', () => {
  let platform: TestPlatform;
  const challengeId = new Map<string, string>();
  const capabilityId = new Map<string, string>();
  let bureau: string;
  let enterprise: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
    const connection = platform.orm.em.getConnection();
    const [, challenges, capabilities, ...tokens] = await Promise.all([
      indexEverything(platform.orm, platform.search),
      connection.execute(`select id, title from challenge`),
      connection.execute(`select id, title from capability`),
      platform.login('bureau@jiebang.demo'),
      platform.login('enterprise@jiebang.demo'),
    ]);
    for (const row of challenges) challengeId.set(row.title, row.id);
    for (const row of capabilities) capabilityId.set(row.title, row.id);
    [bureau, enterprise] = tokens;
  });
  afterAll(async () => {
    await deleteIndexes(platform.search);
    await platform.close();
  });

  async function data(query: string, variables: Record<string, unknown>, token?: string) {
    const result = await platform.gql(query, variables, token);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data)[0] as any;
  }

  /** The explanation is something a user can check against the record itself. */
  function expectSensible(explanation: any, recordText: string) {
    expect(explanation.matchedTerms.length).toBeGreaterThan(0);
    for (const term of explanation.matchedTerms) expect(recordText.toLowerCase()).toContain(term);
    expect(explanation.snippets.length).toBeGreaterThan(0);
    for (const snippet of explanation.snippets) expect(snippet.text).toMatch(/<em>[^<]+<\/em>/);
    const emphasised = explanation.snippets.flatMap((s: any) => [...s.text.matchAll(/<em>([^<]+)<\/em>/g)].map((m) => m[1].toLowerCase()));
    for (const word of emphasised) expect(explanation.matchedTerms).toContain(word);
    expect(explanation.rankingScore).toBeGreaterThan(0);
    expect(explanation.rankingScore).toBeLessThanOrEqual(1);
    const words = explanation.rankingScoreDetails.find((d: any) => d.rule === 'words');
    expect(words.matchingWords).toBeGreaterThanOrEqual(1);
    expect(words.maxMatchingWords).toBeGreaterThanOrEqual(words.matchingWords);
    expect(explanation.rankingScoreDetails.map((d: any) => d.order)).toEqual([...explanation.rankingScoreDetails.map((d: any) => d.order)].sort((a: number, b: number) => a - b));
    expect(explanation.foundBy).toBeGreaterThanOrEqual(1);
    expect(explanation.foundBy).toBeLessThanOrEqual(explanation.searches);
    expect(explanation.fusedScore).toBeGreaterThan(0);
    expect(explanation.anchorTerm).toBeTruthy();
    expect(['SAME_DISTRICT', 'SAME_CITY', 'SAME_PROVINCE', 'ELSEWHERE']).toContain(explanation.region);
  }

  const capabilityText = (c: any) => [c.title, ...c.keywords, c.summary, ...c.patents.map((p: any) => p.title), c.facilities].join('\n');

  it.each(CHECKED)('%s: the capability that truly fits is in the top 5, explained', async (key) => {
    const challenge = seed(key);
    const result = await data(MATCH_CAPABILITIES, { challengeId: challengeId.get(challenge.title), first: 5 });
    expect(result.queryTerms.some((t: any) => t.anchor)).toBe(true);
    const titles = result.matches.map((m: any) => m.capability.title);
    expect(titles).toContain(challenge.matchingCapabilityTitles[0]);
    for (const match of result.matches) {
      expect(match.capability.visibility).toBe('PUBLIC');
      expectSensible(match.explanation, capabilityText(match.capability));
    }
    const expected = result.matches.find((m: any) => m.capability.title === challenge.matchingCapabilityTitles[0]);
    expect(expected.explanation.sharedFieldCodes).toContain(challenge.fieldCode);
  });

  it.each(CHECKED)('%s: for its capability, the challenge is among the top 5 open challenges', async (key) => {
    const challenge = seed(key);
    const result = await data(MATCH_CHALLENGES, { capabilityId: capabilityId.get(challenge.matchingCapabilityTitles[0]), first: 5 });
    const match = result.matches.find((m: any) => m.challenge.title === challenge.title);
    expect(match).toBeDefined();
    expect(match.viaCapability).toBeNull();
    for (const m of result.matches) {
      expect(m.challenge.status).toBe('PUBLISHED');
      const visible = await data(`query($id: ID!) { challenge(id: $id) { details { statement indicators { name } } } }`, { id: m.challenge.id });
      const text = [m.challenge.title, ...m.challenge.keywords, m.challenge.summary, visible.details?.statement ?? '', ...(visible.details?.indicators ?? []).map((i: any) => i.name)];
      expectSensible(m.explanation, text.join('\n'));
    }
  });

  it("matches an institute's whole profile, capability by capability", async () => {
    const universityId = (await platform.orm.em.getConnection().execute(`select id from organization where name = '青岛滨海理工大学'`))[0].id;
    const result = await data(MATCH_CHALLENGES, { organizationId: universityId, first: 10 });
    const titles = result.matches.map((m: any) => m.challenge.title);
    for (const key of ['ch-pressure-hull', 'ch-tank-floor', 'ch-bearing-monitor', 'ch-reefer-body']) {
      const match = result.matches.find((m: any) => m.challenge.title === seed(key).title);
      expect({ key, titles, found: !!match }).toMatchObject({ found: true });
      expect(match.viaCapability.title).toBe(seed(key).matchingCapabilityTitles[0]);
    }
    expect(result.matches.every((m: any) => m.challenge.status === 'PUBLISHED')).toBe(true);
  });

  it('never takes query terms from an NDA statement the viewer may not read', async () => {
    const challenge = seed('ch-mea');
    const publicText = [challenge.title, challenge.summary, ...challenge.keywords].join('\n').toLowerCase();
    const id = challengeId.get(challenge.title);
    const anonymous = await data(MATCH_CAPABILITIES, { challengeId: id, first: 10 });
    for (const { term } of anonymous.queryTerms) expect(publicText).toContain(term);
    for (const match of anonymous.matches) for (const term of match.explanation.matchedTerms) expect(publicText).toContain(term);
    // The bureau may read the statement, and its terms do count for it.
    const withDetails = await data(MATCH_CAPABILITIES, { challengeId: id, first: 10 }, bureau);
    expect(withDetails.queryTerms.some(({ term }: any) => !publicText.includes(term))).toBe(true);

    // An institute reads it once its organization accepted the NDA, and from then on matches with it too.
    const institute = await platform.login('institute@jiebang.demo');
    const before = await data(MATCH_CAPABILITIES, { challengeId: id, first: 10 }, institute);
    for (const { term } of before.queryTerms) expect(publicText).toContain(term);
    await data(`mutation($challengeId: ID!) { acceptNda(challengeId: $challengeId) { id } }`, { challengeId: id }, institute);
    const after = await data(MATCH_CAPABILITIES, { challengeId: id, first: 10 }, institute);
    expect(after.queryTerms.map(({ term }: any) => term)).toEqual(withDetails.queryTerms.map(({ term }: any) => term));
  });

  it('matches only what the viewer may see', async () => {
    const draft = challengeId.get(seed('ch-thruster').title)!;
    expect(errorCode(await platform.gql(MATCH_CAPABILITIES, { challengeId: draft }))).toBe('NOT_FOUND');
    const own = await data(MATCH_CAPABILITIES, { challengeId: draft, first: 5 }, enterprise);
    expect(own.matches[0].capability.title).toBe(seed('ch-thruster').matchingCapabilityTitles[0]);

    const hidden: Array<{ id: string; visibility: string }> = await platform.orm.em.getConnection().execute(`select id, visibility from capability where visibility <> 'PUBLIC'`);
    const hiddenIds = new Set(hidden.map((row) => row.id));
    for (const key of CHECKED) {
      const result = await data(MATCH_CAPABILITIES, { challengeId: challengeId.get(seed(key).title), first: 20 });
      for (const match of result.matches) expect(hiddenIds.has(match.capability.id)).toBe(false);
    }
    const privateOne = hidden.find((row) => row.visibility === 'PRIVATE')!.id;
    expect(errorCode(await platform.gql(MATCH_CHALLENGES, { capabilityId: privateOne }))).toBe('NOT_FOUND');
    expect((await data(MATCH_CHALLENGES, { capabilityId: privateOne, first: 3 }, bureau)).matches.length).toBeGreaterThan(0);
  });

  it('fetches the ranking details of the matches shown, the same as a search that sends them with every hit', async () => {
    const challenge = await platform.orm.em.fork().findOneOrFail(Challenge, { title: seed('ch-electrolyzer').title });
    const stats = CorpusStats.fromTexts(await loadCorpusTexts(platform.orm.em.fork(), 'capabilities'));
    const eager = await matchCapabilitiesForText(platform.search, challengeSource(challenge, true), { limit: 10, stats, rankingScoreDetails: true });
    const lean = await matchCapabilitiesForText(platform.search, challengeSource(challenge, true), { limit: 10, stats });
    expect(lean.matches.map((m) => m.id)).toEqual(eager.matches.map((m) => m.id));
    expect(lean.matches.every((m) => m.rankingScoreDetails === null)).toBe(true);
    const loader = rankingDetailsLoader(platform.search);
    const indexUid = platform.search.indexUid(CAPABILITY_PROFILE.index);
    const fetched = await loader.loadMany(lean.matches.map((m) => ({ indexUid, q: m.query, filter: null, id: m.id })));
    expect(fetched).toEqual(eager.matches.map((m) => m.rankingScoreDetails));
    expect(fetched.every((details) => details && 'words' in details)).toBe(true);
  });

  it('extracts terms from a 19,000-character statement without complaint', async () => {
    const long = '本项目面向深海装备，研制耐压舱体与水下推进器，要求轻量化、高可靠。'.repeat(600).slice(0, 19_000);
    const created = await data(`mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`, { input: challengeInput({ statement: long }) }, enterprise);
    const result = await data(MATCH_CAPABILITIES, { challengeId: created.id, first: 20 }, enterprise);
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.matches.length).toBeLessThanOrEqual(20);
  });

  it.each([
    ['a page of 21', MATCH_CAPABILITIES, () => ({ challengeId: challengeId.get(seed('ch-aps').title), first: 21 }), 'BAD_USER_INPUT'],
    ['a page of 0', MATCH_CAPABILITIES, () => ({ challengeId: challengeId.get(seed('ch-aps').title), first: 0 }), 'BAD_USER_INPUT'],
    ['a huge page', MATCH_CHALLENGES, () => ({ capabilityId: capabilityId.values().next().value, first: 1e9 }), 'BAD_USER_INPUT'],
    ['a malformed id', MATCH_CAPABILITIES, () => ({ challengeId: 'not-an-id' }), 'BAD_USER_INPUT'],
    ['an unknown id', MATCH_CAPABILITIES, () => ({ challengeId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND'],
    ['neither capability nor organization', MATCH_CHALLENGES, () => ({}), 'BAD_USER_INPUT'],
    ['both capability and organization', MATCH_CHALLENGES, () => ({ capabilityId: capabilityId.values().next().value, organizationId: '00000000-0000-4000-8000-000000000000' }), 'BAD_USER_INPUT'],
    ['an unknown organization', MATCH_CHALLENGES, () => ({ organizationId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND'],
  ])('%s is a clear error', async (_name, query, variables, code) => {
    const result = await platform.gql(query, variables());
    expect(errorCode(result)).toBe(code);
    expect(result.status).toBeLessThan(500);
  });

  it('measures recall on all labelled pairs of the demo data (printed)', async () => {
    const em = platform.orm.em.fork();
    const challenges = await em.find(Challenge, {});
    const capabilities = await em.find(Capability, {});
    const byTitle = new Map(challenges.map((c) => [c.title, c]));
    const capabilityByTitle = new Map(capabilities.map((c) => [c.title, c]));
    const capabilityStats = CorpusStats.fromTexts(await loadCorpusTexts(em, 'capabilities'));
    const challengeStats = CorpusStats.fromTexts(await loadCorpusTexts(em, 'challenges'));
    const pairs = SEED_CHALLENGES.flatMap((c) => c.matchingCapabilityTitles.map((title) => ({ challenge: byTitle.get(c.title)!, capability: capabilityByTitle.get(title)! })));

    type Ranker = (pair: (typeof pairs)[number]) => Promise<string[]>;
    const capabilityIndex = platform.search.client.index(platform.search.indexUid('capabilities'));
    const rankers: Record<string, Ranker> = {
      'title only (one search)': async ({ challenge }) => (await capabilityIndex.search(challenge.title, { limit: 10 })).hits.map((h) => String(h.id)),
      'method, public parts': async ({ challenge }) =>
        (await matchCapabilitiesForText(platform.search, challengeSource(challenge, false), { limit: 10, stats: capabilityStats })).matches.map((m) => m.id),
      'method, whole challenge': async ({ challenge }) =>
        (await matchCapabilitiesForText(platform.search, challengeSource(challenge, true), { limit: 10, stats: capabilityStats })).matches.map((m) => m.id),
      'reverse: capability → challenges': async ({ capability }) =>
        (await matchChallengesForText(platform.search, capabilitySource(capability), { limit: 10, stats: challengeStats })).matches.map((m) => m.id),
    };
    // Variants that show what each part of the method is worth; RELEVANCE_ABLATIONS=1 prints them too.
    if (process.env.RELEVANCE_ABLATIONS) {
      Object.assign(rankers, {
        'method, bundled jieba IDF': async ({ challenge }) =>
          (await matchCapabilitiesForText(platform.search, challengeSource(challenge, true), { limit: 10, stats: null })).matches.map((m) => m.id),
        'method, no rerank': async ({ challenge }) =>
          (await matchCapabilitiesForText(platform.search, challengeSource(challenge, true), { limit: 10, stats: capabilityStats, rerankDepth: 0 })).matches.map((m) => m.id),
        'method, one anchor': async ({ challenge }) =>
          (await matchCapabilitiesForText(platform.search, challengeSource(challenge, true), { limit: 10, stats: capabilityStats, anchors: 1, broadAnchors: 0 })).matches.map((m) => m.id),
      } satisfies Record<string, Ranker>);
    }
    const figures: Record<string, { 'recall@5': string; 'recall@10': string; 'MRR@10': string}> = {};
    for (const [name, rank] of Object.entries(rankers)) {
      let at5 = 0;
      let at10 = 0;
      let reciprocal = 0;
      // Four at a time: Meilisearch answers concurrent searches in parallel.
      for (let i = 0; i < pairs.length; i += 4) {
        const batch = pairs.slice(i, i + 4);
        const rankings = await Promise.all(batch.map(rank));
        batch.forEach((pair, j) => {
          const position = rankings[j].indexOf(name.startsWith('reverse') ? pair.challenge.id : pair.capability.id);
          if (position >= 0 && position < 5) at5++;
          if (position >= 0 && position < 10) at10++;
          if (position >= 0 && position < 10) reciprocal += 1 / (position + 1);
        });
      }
      figures[name] = {
        'recall@5': (at5 / pairs.length).toFixed(3),
        'recall@10': (at10 / pairs.length).toFixed(3),
        'MRR@10': (reciprocal / pairs.length).toFixed(3),
      };
    }
    console.log(`Matching on the ${pairs.length} labelled pairs of seeds/data/challenges.ts (bureau view, all states):\n` + JSON.stringify(figures, null, 2));
    expect(pairs).toHaveLength(66);
    expect(Number(figures['method, whole challenge']['recall@5'])).toBeGreaterThanOrEqual(0.95);
    expect(Number(figures['method, public parts']['recall@5'])).toBeGreaterThanOrEqual(0.95);
    expect(Number(figures['method, whole challenge']['recall@5'])).toBeGreaterThan(Number(figures['title only (one search)']['recall@5']) + 0.15);
  });
});

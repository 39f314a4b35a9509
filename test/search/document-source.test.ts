import { CAPABILITY_PROFILE, CHALLENGE_PROFILE } from '../../server/src/modules/search/matcher';
import { corpusTextPages } from '../../server/src/modules/search/matching.service';
import { CorpusStats } from '../../server/src/modules/search/term-statistics';
import { documentPage, ENTITY_OF, loadDocuments, type SearchDocument } from '../../server/src/search/document-source';
import type { CapabilityDocument, ChallengeDocument } from '../../server/src/search/documents';
import type { IndexName } from '../../server/src/search/indexes';
import { startTestPlatform, type TestPlatform } from '../support/harness';

// The reindex and the IDF corpus read PostgreSQL in plain SQL for speed; what they read must be exactly what
// the ORM path (documents.ts, used by the outbox worker) makes of the same rows, NDA rules included.

describe('SQL read paths agree with documents.ts', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
  });
  afterAll(async () => {
    await platform.close();
  });

  async function allPages(index: IndexName, pageSize: number): Promise<SearchDocument[]> {
    const documents: SearchDocument[] = [];
    let afterId: string | null = null;
    for (;;) {
      const page = await documentPage(platform.orm.em.fork(), ENTITY_OF[index], afterId, pageSize);
      if (page.length === 0) return documents;
      expect(page.length).toBeLessThanOrEqual(pageSize);
      documents.push(...page);
      afterId = page[page.length - 1].id;
    }
  }

  it.each(['capabilities', 'challenges'] as const)('documentPage (%s) pages through every row and builds the same documents as the ORM path', async (index) => {
    const paged = await allPages(index, 17);
    const ids = paged.map((document) => document.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const [{ count }] = await platform.orm.em.getConnection().execute(`select count(*)::int as count from ${index === 'capabilities' ? 'capability' : 'challenge'}`);
    expect(paged.length).toBe(count);
    expect(count).toBeGreaterThan(50);

    const viaOrm = await loadDocuments(platform.orm.em.fork(), ENTITY_OF[index], ids);
    expect(paged).toEqual(ids.map((id) => viaOrm.get(id)));
  });

  it('NDA challenges reach the index and the IDF corpus without their statement and indicators', async () => {
    const documents = (await allPages('challenges', 1000)) as ChallengeDocument[];
    const nda = documents.filter((document) => document.confidentiality !== 'PUBLIC');
    expect(nda.length).toBeGreaterThan(0);
    for (const document of nda) expect([document.statement, document.indicators]).toEqual(['', []]);
  });

  it.each(['capabilities', 'challenges'] as const)('the IDF corpus (%s) is each indexed document\'s matchTexts, and so are its statistics', async (index) => {
    const documents = await allPages(index, 1000);
    const texts: string[] = [];
    for await (const page of corpusTextPages(platform.orm.em.fork(), index, 23)) texts.push(...page);
    const expected = documents.map((document) =>
      index === 'capabilities' ? CAPABILITY_PROFILE.matchTexts(document as CapabilityDocument) : CHALLENGE_PROFILE.matchTexts(document as ChallengeDocument),
    );
    const lines = (text: string) => text.split('\n').filter(Boolean);
    expect(texts.map(lines)).toEqual(expected.map((parts) => parts.flatMap(lines)));

    async function* pages() {
      for (let i = 0; i < texts.length; i += 10) yield texts.slice(i, i + 10);
    }
    const paged = await CorpusStats.fromPages(pages(), 3);
    const direct = CorpusStats.fromTexts(expected.map((parts) => parts.join('\n')));
    expect(paged.docCount).toBe(direct.docCount);
    for (const word of ['燃料电池', '海洋', '传感器', '不存在的词语']) expect(paged.documentFrequency(word)).toBe(direct.documentFrequency(word));
  });
});

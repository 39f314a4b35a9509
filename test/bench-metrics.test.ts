import { mrrAtK, ndcgAtK, recallAtK, scoreQuery, summarize } from '../bench/relevance/metrics';
import { EXTRA_LABELLED_QUERIES, HARD_DISTRACTORS, labelledPairs, pairCount } from '../bench/relevance/labelled-queries';
import { SEED_CAPABILITIES } from '../seeds/data/capabilities';
import { generateCapabilityDocuments, generateChallengeDocuments } from '../bench/search/generate';
import { flattenTaxonomy } from '../server/src/modules/field/field-taxonomy';

const log2 = Math.log2;

describe('recall@k', () => {
  it('counts the relevant items found in the top k', () => {
    expect(recallAtK(['a', 'b', 'c', 'd'], ['c'], 10)).toBe(1);
    expect(recallAtK(['a', 'b', 'c', 'd'], ['b', 'd'], 3)).toBe(0.5);
    expect(recallAtK(['a', 'b', 'c', 'd'], ['b', 'd'], 4)).toBe(1);
    expect(recallAtK(['a', 'b'], ['z'], 10)).toBe(0);
    expect(recallAtK([], ['z'], 10)).toBe(0);
  });

  it('can stay below 1 when there are more relevant items than k', () => {
    expect(recallAtK(['a', 'b'], ['a', 'b', 'c'], 2)).toBeCloseTo(2 / 3, 12);
  });

  it('counts a repeated item once, at its first position', () => {
    // distinct top 2 of [x, x, r] is [x, r]
    expect(recallAtK(['x', 'x', 'r'], ['r'], 2)).toBe(1);
    expect(recallAtK(['r', 'r'], ['r', 's'], 10)).toBe(0.5);
  });

  it('accepts a Set as the relevant items', () => {
    expect(recallAtK([1, 2, 3], new Set([3, 4]), 10)).toBe(0.5);
  });
});

describe('MRR@k', () => {
  it('is the reciprocal rank of the first relevant item within the top k', () => {
    expect(mrrAtK(['a', 'b', 'c', 'd'], ['c'], 10)).toBeCloseTo(1 / 3, 12);
    expect(mrrAtK(['a', 'b', 'c', 'd'], ['d', 'b'], 10)).toBe(0.5);
    expect(mrrAtK(['a', 'b', 'c', 'd'], ['a'], 1)).toBe(1);
  });

  it('is 0 when the first relevant item lies beyond k', () => {
    expect(mrrAtK(['a', 'b', 'c', 'd'], ['d'], 3)).toBe(0);
    expect(mrrAtK(['x', 'x', 'x', 'r'], ['r'], 2)).toBe(0.5); // duplicates collapse: [x, r]
  });
});

describe('nDCG@k (binary gains, log2 discount)', () => {
  it('is 1 when the relevant items come first', () => {
    expect(ndcgAtK(['a', 'b', 'c'], ['a'], 10)).toBe(1);
    expect(ndcgAtK(['a', 'b', 'c'], ['b', 'a'], 10)).toBe(1);
  });

  it('discounts a single hit at rank 3 to 1/log2(4) = 0.5', () => {
    expect(ndcgAtK(['a', 'b', 'c', 'd'], ['c'], 10)).toBeCloseTo(0.5, 12);
  });

  it('normalizes by the ideal ranking of min(|relevant|, k) items', () => {
    // hits at ranks 2 and 4; ideal: ranks 1 and 2
    const dcg = 1 / log2(3) + 1 / log2(5);
    const ideal = 1 + 1 / log2(3);
    expect(ndcgAtK(['a', 'b', 'c', 'd'], ['b', 'd'], 4)).toBeCloseTo(dcg / ideal, 12);
    expect(dcg / ideal).toBeCloseTo(0.650921, 5);
    // k = 3 cuts the hit at rank 4: 0.63093 / 1.63093
    expect(ndcgAtK(['a', 'b', 'c', 'd'], ['b', 'd'], 3)).toBeCloseTo(0.386853, 5);
    // three relevant items, k = 2, both places filled with relevant items: the ideal has only 2 places
    expect(ndcgAtK(['a', 'b'], ['a', 'b', 'c'], 2)).toBe(1);
  });

  it('is 0 without a hit', () => {
    expect(ndcgAtK(['a', 'b'], ['z'], 10)).toBe(0);
  });
});

describe('summarize', () => {
  it('averages each metric over the queries (macro average)', () => {
    const summary = summarize(
      [
        { key: 'q1', ranked: ['a', 'b', 'c', 'd'], relevant: ['c'] }, // recall 1, mrr 1/3, ndcg 0.5
        { key: 'q2', ranked: ['a'], relevant: ['z'] }, // 0, 0, 0
        { key: 'q3', ranked: ['z', 'y'], relevant: ['z', 'w'] }, // recall 0.5, mrr 1, ndcg 1 / (1 + 1/log2 3)
      ],
      10,
    );
    expect(summary.k).toBe(10);
    expect(summary.queries).toBe(3);
    expect(summary.recall).toBeCloseTo((1 + 0 + 0.5) / 3, 12);
    expect(summary.mrr).toBeCloseTo((1 / 3 + 0 + 1) / 3, 12);
    expect(summary.ndcg).toBeCloseTo((0.5 + 0 + 1 / (1 + 1 / log2(3))) / 3, 12);
  });

  it('uses k = 10 by default', () => {
    const ranked = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'hit'];
    expect(summarize([{ ranked, relevant: ['hit'] }]).recall).toBe(0);
    expect(summarize([{ ranked, relevant: ['10'] }]).mrr).toBeCloseTo(0.1, 12);
  });

  it('scores one query', () => {
    expect(scoreQuery({ key: 'q', ranked: ['a', 'b'], relevant: ['b'] }, 5)).toEqual({
      key: 'q',
      recall: 1,
      mrr: 0.5,
      ndcg: 1 / log2(3),
    });
  });

  it('refuses input that has no meaning', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => recallAtK(['a'], [], 10)).toThrow(RangeError);
    expect(() => mrrAtK(['a'], ['a'], 0)).toThrow(RangeError);
    expect(() => ndcgAtK(['a'], ['a'], 2.5)).toThrow(RangeError);
  });
});

describe('the labelled set of the relevance benchmark', () => {
  const byTitle = new Map(SEED_CAPABILITIES.map((c) => [c.title, c]));
  const queries = labelledPairs();

  it('has at least 110 labelled pairs, seed and extra', () => {
    expect(pairCount(queries)).toBeGreaterThanOrEqual(110);
    expect(queries.filter((q) => q.source === 'extra')).toHaveLength(EXTRA_LABELLED_QUERIES.length);
    expect(EXTRA_LABELLED_QUERIES.length).toBeGreaterThanOrEqual(45);
  });

  it('names existing, visible capabilities, 1 to 3 per query, with unique keys', () => {
    expect(new Set(queries.map((q) => q.key)).size).toBe(queries.length);
    for (const q of queries) {
      expect(q.relevantCapabilityTitles.length).toBeGreaterThanOrEqual(1);
      expect(q.relevantCapabilityTitles.length).toBeLessThanOrEqual(3);
      for (const title of q.relevantCapabilityTitles) {
        expect({ key: q.key, title, found: byTitle.has(title) }).toEqual({ key: q.key, title, found: true });
        expect(byTitle.get(title)!.visibility).not.toBe('PRIVATE');
      }
    }
  });

  it('lists distractors that exist and are not answers', () => {
    for (const [key, titles] of Object.entries(HARD_DISTRACTORS)) {
      const query = EXTRA_LABELLED_QUERIES.find((q) => q.key === key);
      expect(query).toBeDefined();
      for (const title of titles) {
        expect(byTitle.has(title)).toBe(true);
        expect(query!.relevantCapabilityTitles).not.toContain(title);
      }
    }
  });
});

describe('the synthetic corpus of the speed benchmark', () => {
  const fieldCodes = new Set(flattenTaxonomy().map((f) => f.code));

  it('is deterministic, seed-dependent and prefix-stable', () => {
    const a = generateCapabilityDocuments(300, 7);
    expect(generateCapabilityDocuments(300, 7)).toEqual(a);
    expect(generateCapabilityDocuments(600, 7).slice(0, 300)).toEqual(a);
    expect(generateCapabilityDocuments(300, 8)[0].title).not.toBe(a[0].title);
    expect(generateChallengeDocuments(50, 7)).toEqual(generateChallengeDocuments(50, 7));
  });

  it('produces capability documents in the index shape', () => {
    const docs = generateCapabilityDocuments(500, 1);
    expect(new Set(docs.map((d) => d.id)).size).toBe(500);
    for (const d of docs) {
      expect(Object.keys(d).sort()).toEqual(
        [
          'id', 'title', 'summary', 'keywords', 'patentTitles', 'facilities', 'teamLead', 'fieldCodes', 'trl', 'kind',
          'cooperationModes', 'visibility', 'organizationId', 'organizationName', 'regionCode', 'createdAt',
        ].sort(),
      );
      expect(d.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      for (const code of d.fieldCodes) expect(fieldCodes.has(code)).toBe(true);
      expect(['PUBLIC', 'SIGNED_IN', 'PRIVATE']).toContain(d.visibility);
      expect(d.keywords.length).toBeGreaterThanOrEqual(3);
      expect(d.regionCode).toMatch(/^3702\d\d$/);
    }
  });

  it('produces challenge documents in the index shape, hiding NDA details', () => {
    const docs = generateChallengeDocuments(300, 1);
    for (const d of docs) {
      expect(fieldCodes.has(d.fieldCode)).toBe(true);
      expect(d.fieldCodes[d.fieldCodes.length - 1]).toBe(d.fieldCode);
      if (d.confidentiality === 'NDA') {
        expect(d.statement).toBe('');
        expect(d.indicators).toEqual([]);
      } else {
        expect(d.statement.length).toBeGreaterThan(50);
        expect(d.indicators.length).toBeGreaterThanOrEqual(3);
      }
      expect(d.publishedAt === null).toBe(['DRAFT', 'SUBMITTED', 'REJECTED'].includes(d.status));
      expect(d.deadline).toBeGreaterThan(d.publishedAt ?? d.createdAt);
    }
  });
});

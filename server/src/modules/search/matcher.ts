import type { RankingScoreDetails } from 'meilisearch';
import type { CapabilityMatchingDocument, ChallengeDocument } from '../../search/documents';
import type { IndexName } from '../../search/indexes';
import type { Search } from '../../search/meili';
import { SYNONYM_GROUPS } from '../../search/synonyms';
import { bm25Scores, charBigrams } from './bm25';
import { reciprocalRankFusion } from './fusion';
import {
  anchoredQueries,
  extractTerms,
  isMeaningful,
  normalizeTerm,
  segmenter,
  type AnchoredQuery,
  type ExtractOptions,
  type QueryPlanOptions,
  type QueryTerm,
  type SourceField,
} from './query-terms';
import type { CorpusStats } from './term-statistics';

// Matching as plain functions over a Search client, so that the GraphQL service, a benchmark or a script run
// the same algorithm: key terms of the source text → one multi-search with several anchored queries →
// reciprocal rank fusion → character-bigram BM25 rerank of the top candidates. Measured in
// test/search/matching.test.ts; the method follows issue 4 ("What we already measured").

export interface MatchOptions extends QueryPlanOptions, ExtractOptions {
  /** How many matches to return. */
  limit: number;
  /** A Meilisearch filter (the viewer's visibility, the open states...), built with search-filter.ts. */
  filter?: string | null;
  /** IDF over the searched corpus; null falls back to the bundled jieba IDF dictionary. */
  stats: CorpusStats | null;
  /** Hits asked of each anchored search (30; 10 with several sources). */
  candidatesPerQuery?: number;
  /** How many fused candidates the BM25 rerank reorders; 0 keeps the fused order. */
  rerankDepth?: number;
  /** With several sources (a profile): anchored searches per source. */
  anchorsPerSource?: number;
  /**
   * Ask for Meilisearch's per-rule ranking details with every hit. Off by default: they cost time on every
   * candidate while only the few matches shown need them (rankingDetails fetches those afterwards).
   */
  rankingScoreDetails?: boolean;
  /** Send the searches as concurrent requests instead of one multi-search (see MATCH_DEFAULTS). */
  concurrent?: boolean;
}

/**
 * Measured with bench/search/tuning.ts on the labelled set among 100k synthetic capabilities (README, "Speed"):
 * 15 hits per search instead of 30 and 6 words instead of 10 keep recall@10 and MRR@10 and cut the time per
 * search; separate concurrent requests let Meilisearch use more than one core where a multi-search runs its
 * queries one after the other.
 */
export const MATCH_DEFAULTS = { candidatesPerQuery: 15, maxWords: 6, concurrent: true } as const;

/** One text to match from, e.g. one capability of a profile; `key` says which in the results. */
export interface MatchSource {
  key: string;
  fields: SourceField[];
}

export interface MatchCandidate<D> {
  id: string;
  /** The indexed document as Meilisearch returned it (only indexed, visible fields). */
  document: D;
  /** The source the record fits best: by BM25 for reranked candidates, else the one whose search ranked it best. */
  source: string;
  /** Meilisearch's ranking score in the search where the record ranked best, and its per-rule details. */
  rankingScore: number;
  rankingScoreDetails: RankingScoreDetails | null;
  /** The anchor term of that search, and its query (to ask for the ranking details later). */
  anchor: string;
  query: string;
  /** How many of the searches found the record. */
  foundBy: number;
  fusedScore: number;
  /** BM25 over title, keywords and summary (0 beyond the rerank depth). */
  rerankScore: number;
  /** Words of the record that key terms of that source matched (see matchedWords), most important first. */
  matchedTerms: string[];
}

export interface MatchRun<D> {
  /** The key terms, best first (for several sources: each term at its best weight). */
  terms: QueryTerm[];
  queries: Array<AnchoredQuery & { source: string }>;
  matches: Array<MatchCandidate<D>>;
}

/**
 * The records whose words are weighed (IDF) for matching, named after the index that holds all of them: the
 * capabilities' matching index holds the same records, so it shares the `capabilities` corpus.
 */
export type CorpusName = 'capabilities' | 'challenges';
export const CORPUS_NAMES: CorpusName[] = ['capabilities', 'challenges'];

export interface IndexProfile<D> {
  /** The index the anchored searches go to. */
  index: IndexName;
  /** The records whose IDF weighs the source's terms (matching.service.ts). */
  corpus: CorpusName;
  retrieve: string[];
  /** Text the rerank scores: title (twice: it says the most), keywords and summary. */
  rerankText(document: D): string;
  /** Every indexed text of a record that a matched term may come from. */
  matchTexts(document: D): string[];
}

export const CAPABILITY_PROFILE: IndexProfile<CapabilityMatchingDocument> = {
  // The capabilities again, under ranking rules made for these searches (indexes.ts).
  index: 'capabilityMatching',
  corpus: 'capabilities',
  // What the rerank, the matched words and the explanation read; nothing else crosses the wire.
  retrieve: ['id', 'title', 'summary', 'keywords', 'patentTitles', 'facilities', 'fieldCodes', 'regionCode'],
  rerankText: (d) => `${d.title} ${d.title} ${d.keywords.join(' ')} ${d.summary}`,
  matchTexts: (d) => [d.title, ...d.keywords, d.summary, ...d.patentTitles, d.facilities],
};

export const CHALLENGE_PROFILE: IndexProfile<ChallengeDocument> = {
  index: 'challenges',
  corpus: 'challenges',
  retrieve: ['id', 'title', 'summary', 'keywords', 'statement', 'indicators', 'fieldCode', 'fieldCodes', 'regionCode', 'status', 'ownerOrganizationId', 'ownerName'],
  rerankText: (d) => `${d.title} ${d.title} ${d.keywords.join(' ')} ${d.summary}`,
  matchTexts: (d) => [d.title, ...d.keywords, d.summary, ...d.indicators, d.statement].filter(Boolean),
};

/**
 * How a key term can show up in a record, most faithful first: the term itself, a synonym of the index's
 * synonym dictionary (Meilisearch matches those too), or one of its meaningful parts (Meilisearch segments
 * 机械手 into 机械 + 手 and can match the part alone).
 */
export function termVariants(term: string): string[] {
  const synonyms = SYNONYM_GROUPS.filter((group) => group.some((word) => normalizeTerm(word) === term)).flat().map(normalizeTerm);
  const parts = segmenter().cutForSearch(term, false).map(normalizeTerm).filter((part) => part !== term && isMeaningful(part));
  return [...new Set([term, ...synonyms, ...parts])];
}

/**
 * The words of a record that its key terms matched, in the order of `terms`: for each term the first variant
 * (termVariants) that the record's texts contain (case-folded). Every word returned occurs in the texts.
 */
export function matchedWords(variants: ReadonlyArray<readonly string[]>, texts: readonly string[]): string[] {
  const haystack = texts.join('\n').toLowerCase();
  const found = new Set<string>();
  for (const forms of variants) {
    const form = forms.find((candidate) => haystack.includes(candidate));
    if (form) found.add(form);
  }
  return [...found];
}

interface Seen<D> {
  document: D;
  rankingScore: number;
  details: RankingScoreDetails | null;
}

/** Runs the whole pipeline for one or several sources against one index, in one multi-search request. */
export async function runMatch<D extends { id: string }>(
  search: Search,
  profile: IndexProfile<D>,
  sources: MatchSource[],
  options: MatchOptions,
): Promise<MatchRun<D>> {
  const several = sources.length > 1;
  const termsBySource = new Map<string, QueryTerm[]>();
  const queries: Array<AnchoredQuery & { source: string }> = [];
  for (const source of sources) {
    const terms = extractTerms(source.fields, options.stats, { hmm: options.hmm, max: options.max });
    termsBySource.set(source.key, terms);
    const anchors = options.anchorsPerSource ?? 2;
    const plan = { maxWords: MATCH_DEFAULTS.maxWords, ...(several ? { ...options, anchors, broadAnchors: anchors > 1 ? 1 : 0 } : options) };
    for (const query of anchoredQueries(terms, plan)) queries.push({ ...query, source: source.key });
  }
  const terms = mergeTerms([...termsBySource.values()], options.max ?? 30);
  if (queries.length === 0) return { terms, queries, matches: [] };
  const variantsBySource = new Map([...termsBySource].map(([key, list]) => [key, list.map(({ term }) => termVariants(term))]));

  const requests = queries.map(({ q }) => ({
    indexUid: search.indexUid(profile.index),
    q,
    // A profile sends many searches: fewer hits each keep the answer small (recall on the demo data is the same).
    limit: options.candidatesPerQuery ?? (several ? 10 : MATCH_DEFAULTS.candidatesPerQuery),
    matchingStrategy: 'last' as const,
    filter: options.filter ?? undefined,
    attributesToRetrieve: profile.retrieve,
    showRankingScore: true,
    showRankingScoreDetails: options.rankingScoreDetails ?? false,
  }));
  // A profile sends up to 60 searches: one request then, not 60 sockets.
  const concurrent = (options.concurrent ?? MATCH_DEFAULTS.concurrent) && requests.length <= 8;
  const results = concurrent
    ? await Promise.all(requests.map(({ indexUid, q, ...params }) => search.client.index(indexUid).search(q, params)))
    : (await search.client.multiSearch({ queries: requests })).results;

  const seen = new Map<string, Array<Seen<D>>>();
  const lists = results.map((result, list) =>
    result.hits.map((hit) => {
      const id = String(hit.id);
      const perList = seen.get(id) ?? [];
      perList[list] = { document: hit as unknown as D, rankingScore: hit._rankingScore ?? 0, details: hit._rankingScoreDetails ?? null };
      seen.set(id, perList);
      return id;
    }),
  );

  const candidates: Array<MatchCandidate<D>> = reciprocalRankFusion(lists).map((item) => {
    const best = seen.get(item.id)![item.bestList];
    const query = queries[item.bestList];
    return {
      id: item.id,
      document: best.document,
      source: query.source,
      rankingScore: best.rankingScore,
      rankingScoreDetails: best.details,
      anchor: query.anchor,
      query: query.q,
      foundBy: item.foundBy,
      fusedScore: item.score,
      rerankScore: 0,
      matchedTerms: [],
    };
  });

  rerank(candidates, termsBySource, profile, options.rerankDepth ?? 30);
  const explained = candidates.filter((candidate) => {
    candidate.matchedTerms = matchedWords(variantsBySource.get(candidate.source)!, profile.matchTexts(candidate.document));
    // A record that shares no word with the source was found through noise (a stray fragment of a word):
    // nothing a user could check, so not a match.
    return candidate.matchedTerms.length > 0;
  });
  return { terms, queries, matches: explained.slice(0, options.limit) };
}

/** Each term once, at its best weight over the sources, best first. */
function mergeTerms(lists: QueryTerm[][], max: number): QueryTerm[] {
  const best = new Map<string, QueryTerm>();
  for (const list of lists) for (const term of list) if ((best.get(term.term)?.weight ?? -1) < term.weight) best.set(term.term, term);
  return [...best.values()].sort((a, b) => b.weight - a.weight).slice(0, max);
}

/**
 * Reorders the first `depth` candidates by character-bigram BM25 of their title, keywords and summary against
 * the key terms of a source. With several sources (a profile) a candidate scores as its best source, which
 * becomes its `source`: a challenge fits a profile when it fits one of its capabilities well.
 */
function rerank<D>(candidates: Array<MatchCandidate<D>>, termsBySource: ReadonlyMap<string, QueryTerm[]>, profile: IndexProfile<D>, depth: number): void {
  const head = candidates.slice(0, Math.min(depth, candidates.length));
  if (head.length === 0) return;
  const documents = head.map((candidate) => charBigrams(profile.rerankText(candidate.document)));
  for (const [source, terms] of termsBySource) {
    const top = terms[0]?.weight || 1;
    const query = new Map<string, number>();
    for (const { term, weight } of terms) {
      for (const token of new Set(charBigrams(term))) query.set(token, (query.get(token) ?? 0) + weight / top);
    }
    bm25Scores(query, documents).forEach((score, i) => {
      if (score > head[i].rerankScore) {
        head[i].rerankScore = score;
        head[i].source = source;
      }
    });
  }
  // A stable sort: equal BM25 scores keep the fused order.
  head.sort((a, b) => b.rerankScore - a.rerankScore);
  candidates.splice(0, head.length, ...head);
}

/** The capabilities that best answer a text (a challenge's title, keywords, summary, statement...). */
export function matchCapabilitiesForText(search: Search, source: string | SourceField[], options: MatchOptions) {
  return runMatch(search, CAPABILITY_PROFILE, [{ key: 'text', fields: asFields(source) }], options);
}

/** The challenges that best fit a text (a capability), or several (the capabilities of a profile). */
export function matchChallengesForText(search: Search, source: string | SourceField[] | MatchSource[], options: MatchOptions) {
  const sources = Array.isArray(source) && source.length && 'key' in source[0] ? (source as MatchSource[]) : [{ key: 'text', fields: asFields(source as string | SourceField[]) }];
  return runMatch(search, CHALLENGE_PROFILE, sources, options);
}

function asFields(source: string | SourceField[]): SourceField[] {
  return typeof source === 'string' ? [{ text: source, weight: 1 }] : source;
}

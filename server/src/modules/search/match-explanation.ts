import { fieldCodeWithAncestors } from '../../search/documents';
import { highlightTerms } from './highlight';
import type { MatchCandidate, MatchRun } from './matcher';
import type { RankingDetailsKey } from './ranking-details';
import { RegionRelation, type MatchExplanation, type MatchSnippet, type MatchTerm, type RankingRuleScore } from './search.types';

// What a match shows so that a user can check it: the words it shares with the source, where they occur,
// how Meilisearch and the fusion ranked it, and what the two sides have in common besides words.

/** The most specific technology fields two records share (MARINE when one is MARINE.INFO and the other MARINE.EQUIPMENT). */
export function sharedFieldCodes(a: readonly string[], b: readonly string[]): string[] {
  const left = new Set(a.flatMap(fieldCodeWithAncestors));
  const shared = [...new Set(b.flatMap(fieldCodeWithAncestors))].filter((code) => left.has(code));
  return shared.filter((code) => !shared.some((other) => other !== code && other.startsWith(`${code}.`))).sort();
}

/** How two GB/T 2260 codes relate: same district, same city (first 4 digits), same province (first 2). */
export function regionRelation(a: string, b: string): RegionRelation {
  if (a === b) return RegionRelation.SAME_DISTRICT;
  if (a.slice(0, 4) === b.slice(0, 4)) return RegionRelation.SAME_CITY;
  if (a.slice(0, 2) === b.slice(0, 2)) return RegionRelation.SAME_PROVINCE;
  return RegionRelation.ELSEWHERE;
}

export function rankingRules(details: MatchCandidate<unknown>['rankingScoreDetails']): RankingRuleScore[] {
  return Object.entries((details ?? {}) as Record<string, Record<string, unknown>>)
    .map(([rule, detail]) => ({
      rule,
      order: Number(detail.order ?? 0),
      score: typeof detail.score === 'number' ? detail.score : null,
      matchingWords: typeof detail.matchingWords === 'number' ? detail.matchingWords : null,
      maxMatchingWords: typeof detail.maxMatchingWords === 'number' ? detail.maxMatchingWords : null,
      typoCount: typeof detail.typoCount === 'number' ? detail.typoCount : null,
      matchType: typeof detail.matchType === 'string' ? detail.matchType : null,
    }))
    .sort((a, b) => a.order - b.order);
}

/** Highlighted places of the matched terms: whole short texts, long ones cropped around the first match. */
function snippets(fields: Array<[string, string | string[]]>, terms: string[]): MatchSnippet[] {
  const result: MatchSnippet[] = [];
  for (const [field, value] of fields) {
    for (const text of Array.isArray(value) ? value : [value]) {
      const html = highlightTerms(text, terms, text.length > 80 ? 40 : undefined);
      if (html) result.push({ field, text: html });
    }
  }
  return result;
}

export function explanation<D extends { id: string }>(
  candidate: MatchCandidate<D>,
  matchedTerms: string[],
  fields: Array<[string, string | string[]]>,
  searches: number,
  shared: string[],
  region: RegionRelation,
  detailsOf: Omit<RankingDetailsKey, 'q' | 'id'>,
): MatchExplanation {
  return {
    matchedTerms,
    snippets: snippets(fields, matchedTerms),
    anchorTerm: candidate.anchor,
    rankingScore: candidate.rankingScore,
    rankingScoreDetails: candidate.rankingScoreDetails ? rankingRules(candidate.rankingScoreDetails) : undefined,
    rankingDetailsKey: { ...detailsOf, q: candidate.query, id: candidate.document.id },
    foundBy: candidate.foundBy,
    searches,
    fusedScore: candidate.fusedScore,
    rerankScore: candidate.rerankScore,
    sharedFieldCodes: shared,
    region,
  };
}

export function queryTerms(run: MatchRun<unknown>): MatchTerm[] {
  const anchors = new Set(run.queries.map((query) => query.anchor));
  return run.terms.slice(0, 20).map(({ term, weight }) => ({ term, weight, anchor: anchors.has(term) }));
}


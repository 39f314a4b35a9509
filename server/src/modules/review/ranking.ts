import type { ReviewCriterion } from '../challenge/challenge.types';

export interface ScoreRow {
  bidId: string;
  expertId: string;
  criterionKey: string;
  score: number;
}

export interface BidRank {
  bidId: string;
  /** Mean over experts of each expert's weighted total (0–100), rounded to two decimals; null when unscored. */
  averageScore: number | null;
  expertCount: number;
  /** 1 for the best; equal scores share a rank; null when unscored. */
  rank: number | null;
}

/**
 * Weighted totals: each expert's total for a bid is Σ score × weight / 100 over the criteria, counted only when
 * that expert scored every criterion (a half-finished score sheet does not drag a bid down or up).
 */
export function rankBids(bidIds: string[], criteria: ReviewCriterion[], scores: ScoreRow[]): BidRank[] {
  const weights = new Map(criteria.map((c) => [c.key, c.weight]));
  const totals = new Map<string, number[]>();
  const sheets = new Map<string, ScoreRow[]>();
  for (const row of scores) {
    const key = `${row.bidId}/${row.expertId}`;
    sheets.set(key, [...(sheets.get(key) ?? []), row]);
  }
  for (const [key, rows] of sheets) {
    if (!criteria.every((c) => rows.some((r) => r.criterionKey === c.key))) continue;
    const total = rows.reduce((sum, r) => sum + r.score * (weights.get(r.criterionKey) ?? 0), 0) / 100;
    const bidId = key.split('/')[0];
    totals.set(bidId, [...(totals.get(bidId) ?? []), total]);
  }
  const averaged = bidIds.map((bidId) => {
    const list = totals.get(bidId) ?? [];
    const average = list.length ? Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 100) / 100 : null;
    return { bidId, averageScore: average, expertCount: list.length };
  });
  const scored = averaged.filter((a) => a.averageScore !== null).map((a) => a.averageScore!).sort((a, b) => b - a);
  return averaged
    .map((a) => ({ ...a, rank: a.averageScore === null ? null : scored.indexOf(a.averageScore) + 1 }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

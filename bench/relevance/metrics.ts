/**
 * Ranking metrics of the relevance benchmark, with binary relevance: an item is relevant or not.
 *
 * `ranked` is the list a method returned, best first (capability titles or ids — anything comparable with
 * `===`); `relevant` is the labelled set. A ranked item that appears twice counts once, at its first position,
 * so a method cannot score twice by repeating a hit. All functions are pure.
 */

export type Relevant<T> = ReadonlySet<T> | readonly T[];

function toSet<T>(relevant: Relevant<T>): ReadonlySet<T> {
  return relevant instanceof Set ? relevant : new Set(relevant as readonly T[]);
}

function checkArgs<T>(relevant: ReadonlySet<T>, k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer (got ${k})`);
  if (relevant.size === 0) throw new RangeError('a labelled query needs at least one relevant item');
}

/** The first k distinct items of a ranking. */
function topK<T>(ranked: readonly T[], k: number): T[] {
  const seen = new Set<T>();
  const top: T[] = [];
  for (const item of ranked) {
    if (top.length === k) break;
    if (seen.has(item)) continue;
    seen.add(item);
    top.push(item);
  }
  return top;
}

/** Share of the relevant items found in the top k: |relevant ∩ top k| / |relevant|. */
export function recallAtK<T>(ranked: readonly T[], relevant: Relevant<T>, k: number): number {
  const rel = toSet(relevant);
  checkArgs(rel, k);
  const hits = topK(ranked, k).filter((item) => rel.has(item)).length;
  return hits / rel.size;
}

/** Reciprocal rank of the first relevant item within the top k (1 for rank 1, 1/2 for rank 2...), 0 if none. */
export function mrrAtK<T>(ranked: readonly T[], relevant: Relevant<T>, k: number): number {
  const rel = toSet(relevant);
  checkArgs(rel, k);
  const index = topK(ranked, k).findIndex((item) => rel.has(item));
  return index === -1 ? 0 : 1 / (index + 1);
}

/**
 * Normalized discounted cumulative gain at k with binary gains and the log2 discount:
 * DCG = Σ_{i=1..k} rel_i / log2(i + 1), divided by the DCG of the ideal ranking (all relevant items first,
 * min(|relevant|, k) of them). 1 when the relevant items fill the first places.
 */
export function ndcgAtK<T>(ranked: readonly T[], relevant: Relevant<T>, k: number): number {
  const rel = toSet(relevant);
  checkArgs(rel, k);
  let dcg = 0;
  topK(ranked, k).forEach((item, i) => {
    if (rel.has(item)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(rel.size, k); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

/** What a method returned for one labelled query. */
export interface QueryResult<T = string> {
  key?: string;
  ranked: readonly T[];
  relevant: Relevant<T>;
}

export interface QueryScores {
  key?: string;
  recall: number;
  mrr: number;
  ndcg: number;
}

export interface Summary {
  k: number;
  queries: number;
  /** Mean over queries (macro average): every query weighs the same, whatever its number of relevant items. */
  recall: number;
  mrr: number;
  ndcg: number;
}

/** The three metrics of one query. */
export function scoreQuery<T>(result: QueryResult<T>, k = 10): QueryScores {
  return {
    key: result.key,
    recall: recallAtK(result.ranked, result.relevant, k),
    mrr: mrrAtK(result.ranked, result.relevant, k),
    ndcg: ndcgAtK(result.ranked, result.relevant, k),
  };
}

/** recall@k, MRR@k and nDCG@k averaged over the queries. */
export function summarize<T>(results: readonly QueryResult<T>[], k = 10): Summary {
  if (results.length === 0) throw new RangeError('no results to summarize');
  const scores = results.map((r) => scoreQuery(r, k));
  const mean = (pick: (s: QueryScores) => number) => scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return {
    k,
    queries: results.length,
    recall: mean((s) => s.recall),
    mrr: mean((s) => s.mrr),
    ndcg: mean((s) => s.ndcg),
  };
}

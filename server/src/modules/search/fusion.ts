export interface FusedItem {
  id: string;
  /** Σ 1 / (k + rank) over the lists that contain the item (rank from 1). */
  score: number;
  /** The list where the item ranked best, and its rank there. */
  bestList: number;
  bestRank: number;
  /** How many lists contain the item. */
  foundBy: number;
}

/**
 * Reciprocal rank fusion (Cormack et al., 2009): merges rankings whose scores are not comparable by rank alone.
 * k = 60 damps the difference between the very top ranks. Ties keep the order of first appearance.
 */
export function reciprocalRankFusion(lists: ReadonlyArray<readonly string[]>, k = 60): FusedItem[] {
  const items = new Map<string, FusedItem>();
  lists.forEach((ids, list) => {
    ids.forEach((id, index) => {
      const rank = index + 1;
      const item = items.get(id);
      if (!item) {
        items.set(id, { id, score: 1 / (k + rank), bestList: list, bestRank: rank, foundBy: 1 });
        return;
      }
      item.score += 1 / (k + rank);
      item.foundBy++;
      if (rank < item.bestRank) {
        item.bestRank = rank;
        item.bestList = list;
      }
    });
  });
  return [...items.values()].sort((a, b) => b.score - a.score);
}

import DataLoader from 'dataloader';
import type { RankingScoreDetails } from 'meilisearch';
import type { Search } from '../../search/meili';
import { filterBuilder } from './search-filter';

/** Which search ranked a matched record best: its index, query and filter, and the record. */
export interface RankingDetailsKey {
  indexUid: string;
  q: string;
  filter: string | null;
  id: string;
}

const ids = filterBuilder<'id'>();

/**
 * Meilisearch's per-rule ranking details of matched records, fetched only for the matches whose explanation
 * asks for them: asking for them with every candidate of every anchored search cost time on ~100 hits to
 * show 10. A record's details depend only on the query and the record, so the same search restricted to the
 * matched ids gives the same details; the keys of one request go out as one multi-search, one search per query.
 */
export function rankingDetailsLoader(search: Search) {
  return new DataLoader<RankingDetailsKey, RankingScoreDetails | null, string>(
    async (keys) => {
      const groups = new Map<string, RankingDetailsKey[]>();
      for (const key of keys) {
        const group = JSON.stringify([key.indexUid, key.q, key.filter]);
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const searches = [...groups.values()];
      const { results } = await search.client.multiSearch({
        queries: searches.map((group) => ({
          indexUid: group[0].indexUid,
          q: group[0].q,
          filter: ids.and(group[0].filter, ids.in('id', [...new Set(group.map((key) => key.id))])) ?? undefined,
          limit: group.length,
          matchingStrategy: 'last' as const,
          attributesToRetrieve: ['id'],
          showRankingScoreDetails: true,
        })),
      });
      const details = new Map<string, RankingScoreDetails | null>();
      results.forEach((result, i) => {
        for (const hit of result.hits) details.set(JSON.stringify([searches[i][0].indexUid, searches[i][0].q, searches[i][0].filter, String(hit.id)]), hit._rankingScoreDetails ?? null);
      });
      return keys.map((key) => details.get(JSON.stringify([key.indexUid, key.q, key.filter, key.id])) ?? null);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.indexUid, key.q, key.filter, key.id]) },
  );
}

import type { Settings } from 'meilisearch';
import { synonymsSetting } from './synonyms';

export type IndexName = 'challenges' | 'capabilities' | 'capabilityMatching';

/** What both indexes share: Chinese text, the jargon synonyms, typo tolerance for longer words, facet and page caps. */
const SHARED_SETTINGS: Settings = {
  displayedAttributes: ['*'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
  synonyms: synonymsSetting(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 10_000 },
  // Facet counts (`facets` of a search) do not need it; only the facet-search route does, which nothing here calls.
  facetSearch: false,
};

/**
 * Index settings are code: applied at start-up and in tests (applyIndexSettings). Searchable attributes are in
 * order of importance: Meilisearch's attribute rule ranks a match in the title above one in the statement.
 * `localizedAttributes` tells the tokenizer the text is Chinese (cmn), so it segments with its Chinese
 * dictionary instead of detecting the language per field value. Measured on the 183 seed capabilities with 10
 * probe queries (2026-11-28): the same hits and top 5 with and without it, since detection gets this text right;
 * kept as a guarantee for short Han-only values (keywords, names) whose detection is ambiguous, at an indexing
 * cost the speed benchmark reports.
 */
export const INDEX_SETTINGS: Record<IndexName, Settings> = {
  challenges: {
    ...SHARED_SETTINGS,
    searchableAttributes: ['title', 'keywords', 'summary', 'indicators', 'statement', 'ownerName'],
    filterableAttributes: [
      'id', 'fieldCode', 'fieldCodes', 'regionCode', 'status', 'confidentiality', 'targetTrl', 'bounty', 'deadline',
      'publishedAt', 'ownerOrganizationId',
    ],
    sortableAttributes: ['deadline', 'bounty', 'publishedAt', 'createdAt'],
  },
  capabilities: {
    ...SHARED_SETTINGS,
    searchableAttributes: ['title', 'keywords', 'summary', 'patentTitles', 'facilities', 'organizationName', 'teamLead'],
    filterableAttributes: ['id', 'fieldCodes', 'trl', 'kind', 'cooperationModes', 'visibility', 'organizationId', 'regionCode'],
    sortableAttributes: ['trl', 'createdAt'],
    // Proximity by attribute (are the words in the same field?) instead of by word distance: the word-pair
    // proximity data is the costliest part of indexing long Chinese summaries, and matching's rerank orders the
    // candidates by BM25 anyway. bench/search/tuning.ts, labelled set among 100k capabilities: the same
    // recall@10, MRR@10 and nDCG@10 with either (README, "Speed").
    proximityPrecision: 'byAttribute',
  },
  // The same capabilities again, for matchCapabilities only (documents.ts `capabilityMatchingDocument`): ranking
  // rules are per index, and matching wants other ones than the capability library's search box. Its anchored
  // searches of six words under `matchingStrategy: 'last'` made the attribute rule walk large buckets of
  // partial matches: with `proximity` and `attribute` dropped, its five searches took p50 8.7 / p95 12.6 ms
  // instead of 16.4 / 28.5 at 100k capabilities, and recall@10 among 100k distractors rose from 0.944 to 0.981
  // (the BM25 rerank orders the candidates anyway). A search box needs the attribute rule (a title match above
  // one in the facilities), so `capabilities` keeps the defaults. README, "Speed".
  capabilityMatching: {
    ...SHARED_SETTINGS,
    searchableAttributes: ['title', 'keywords', 'summary', 'patentTitles', 'facilities'],
    // What capabilityVisibilityFilter reads, and `id` for the ranking details of a match (ranking-details.ts).
    filterableAttributes: ['id', 'visibility', 'organizationId'],
    sortableAttributes: [],
    rankingRules: ['words', 'typo', 'exactness'],
    proximityPrecision: 'byAttribute',
  },
};

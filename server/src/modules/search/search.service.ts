import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchParams, SearchResponse } from 'meilisearch';
import type { CapabilityDocument, ChallengeDocument } from '../../search/documents';
import type { Search } from '../../search/meili';
import type { Viewer } from '../auth/viewer';
import type { Capability } from '../capability/capability.entity';
import type { Challenge } from '../challenge/challenge.entity';
import { canSeeChallenge, relationTo } from '../challenge/challenge-access';
import { TechField } from '../field/tech-field.entity';
import { assertFieldCodesExist } from '../field/tech-field.service';
import { regionName } from '../organization/regions';
import { ELLIPSIS, MARK_END, MARK_START } from './highlight';
import { capabilityHighlight, challengeHighlight } from './search-highlights';
import { encodeCursor, pageOf, searchText, type Page, type SearchPage } from './search-page';
import {
  assignedChallengeIds,
  capabilityFilter,
  capabilityVisibilityFilter,
  challengeFilter,
  challengeVisibilityFilter,
  canSeeCapability,
  regionCodesFor,
  type CapabilityAttribute,
  type ChallengeAttribute,
} from './search-filter';
import { SearchError } from './search.errors';
import {
  CapabilitySearchFacet,
  CapabilitySearchSort,
  ChallengeSearchFacet,
  ChallengeSearchSort,
  SEARCH_MAX_OFFSET,
  type CapabilitySearchFilter,
  type ChallengeSearchFilter,
} from './search.inputs';
import type { CapabilityHighlight, ChallengeHighlight, SearchFacet } from './search.types';

export interface SearchLoaders {
  challengeById: DataLoader<string, Challenge | null>;
  capabilityById: DataLoader<string, Capability | null>;
}

export interface SearchChallengesInput extends SearchPage {
  filter?: ChallengeSearchFilter | null;
  facets?: ChallengeSearchFacet[] | null;
  sort?: ChallengeSearchSort | null;
}

export interface SearchCapabilitiesInput extends SearchPage {
  filter?: CapabilitySearchFilter | null;
  facets?: CapabilitySearchFacet[] | null;
  sort?: CapabilitySearchSort | null;
}

interface SearchEdge<T, H> {
  node: T;
  cursor: string;
  highlight: H;
  rankingScore: number | null;
}

export interface SearchConnectionShape<T, H> {
  edges: Array<SearchEdge<T, H>>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  facets: SearchFacet[];
}

const CHALLENGE_FACETS: Record<ChallengeSearchFacet, ChallengeAttribute> = {
  [ChallengeSearchFacet.FIELD]: 'fieldCodes',
  [ChallengeSearchFacet.REGION]: 'regionCode',
  [ChallengeSearchFacet.STATUS]: 'status',
};

const CAPABILITY_FACETS: Record<CapabilitySearchFacet, CapabilityAttribute> = {
  [CapabilitySearchFacet.FIELD]: 'fieldCodes',
  [CapabilitySearchFacet.REGION]: 'regionCode',
  [CapabilitySearchFacet.KIND]: 'kind',
  [CapabilitySearchFacet.TRL]: 'trl',
  [CapabilitySearchFacet.COOPERATION_MODE]: 'cooperationModes',
};

const CHALLENGE_SORTS: Record<ChallengeSearchSort, string[] | undefined> = {
  [ChallengeSearchSort.RELEVANCE]: undefined,
  [ChallengeSearchSort.NEWEST]: ['createdAt:desc'],
  [ChallengeSearchSort.DEADLINE_SOONEST]: ['deadline:asc'],
  [ChallengeSearchSort.BOUNTY_HIGHEST]: ['bounty:desc'],
};

const CAPABILITY_SORTS: Record<CapabilitySearchSort, string[] | undefined> = {
  [CapabilitySearchSort.RELEVANCE]: undefined,
  [CapabilitySearchSort.NEWEST]: ['createdAt:desc'],
  [CapabilitySearchSort.TRL_HIGHEST]: ['trl:desc'],
};

// Only indexed attributes are highlighted, and NDA challenges have an empty statement in the index
// (documents.ts): confidential details cannot come back through a snippet.
const CHALLENGE_HIGHLIGHT = ['title', 'summary', 'keywords', 'statement', 'indicators'];
const CAPABILITY_HIGHLIGHT = ['title', 'summary', 'keywords', 'patentTitles', 'facilities'];
const CROP_WORDS = 40;

/** Full-text search over the challenge and capability indexes, with the viewer's visibility in every query. */
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly search: Search,
    private readonly applyDeadlines: () => Promise<unknown>,
  ) {}

  /** Challenges matching a text (or all, browsing) that the viewer may see, with filters, facets and highlights. */
  async searchChallenges(viewer: Viewer | null, input: SearchChallengesInput, loaders: SearchLoaders): Promise<SearchConnectionShape<Challenge, ChallengeHighlight>> {
    const text = searchText(input.text);
    const page = pageOf(input);
    const filter = input.filter ?? {};
    await this.applyDeadlines();
    const assigned = await assignedChallengeIds(this.em, viewer);
    const bounty = range('filter.minBounty', 'filter.maxBounty', money(filter.minBounty), money(filter.maxBounty));
    const deadline = range('filter.deadlineFrom', 'filter.deadlineTo', seconds(filter.deadlineFrom), seconds(filter.deadlineTo));
    const targetTrl = range('filter.minTargetTrl', 'filter.maxTargetTrl', filter.minTargetTrl, filter.maxTargetTrl);
    const statuses = filter.statuses ?? [];
    const f = challengeFilter;
    const expression = f.and(
      challengeVisibilityFilter(viewer, assigned),
      filter.fieldCodes?.length ? f.in('fieldCodes', await this.fieldCodes(filter.fieldCodes)) : null,
      filter.regionCode ? f.in('regionCode', await regionCodesFor(this.em, filter.regionCode)) : null,
      statuses.length ? f.in('status', statuses) : null,
      bounty.low != null ? f.gte('bounty', bounty.low) : null,
      bounty.high != null ? f.lte('bounty', bounty.high) : null,
      deadline.low != null ? f.gte('deadline', deadline.low) : null,
      deadline.high != null ? f.lte('deadline', deadline.high) : null,
      targetTrl.low != null ? f.gte('targetTrl', targetTrl.low) : null,
      targetTrl.high != null ? f.lte('targetTrl', targetTrl.high) : null,
      filter.ownerOrganizationId ? f.eq('ownerOrganizationId', filter.ownerOrganizationId) : null,
    );
    const facets = [...new Set(input.facets ?? [])];
    const response = await this.query<ChallengeDocument>('challenges', text, page, {
      filter: expression ?? undefined,
      facets: facets.map((facet) => CHALLENGE_FACETS[facet]),
      sort: CHALLENGE_SORTS[input.sort ?? (text ? ChallengeSearchSort.RELEVANCE : ChallengeSearchSort.NEWEST)],
      attributesToRetrieve: ['id'],
      attributesToHighlight: CHALLENGE_HIGHLIGHT,
      attributesToCrop: ['summary', 'statement'],
    });

    const nodes = await loaders.challengeById.loadMany(response.hits.map((hit) => String(hit.id)));
    const edges: Array<SearchEdge<Challenge, ChallengeHighlight>> = [];
    response.hits.forEach((hit, i) => {
      const challenge = nodes[i];
      // The index may lag PostgreSQL by a moment: what PostgreSQL says now decides.
      if (!challenge || challenge instanceof Error) return;
      const relation = relationTo(viewer, challenge, assigned.includes(challenge.id), false);
      if (!canSeeChallenge(challenge, relation)) return;
      edges.push({ node: challenge, cursor: encodeCursor(page.offset + i), highlight: challengeHighlight(hit, challenge), rankingScore: hit._rankingScore ?? null });
    });
    return this.connection(response, page, edges, facets.map((facet) => [facet, CHALLENGE_FACETS[facet]]));
  }

  /** Capabilities matching a text (or all, browsing) that the viewer may see, with filters, facets and highlights. */
  async searchCapabilities(viewer: Viewer | null, input: SearchCapabilitiesInput, loaders: SearchLoaders): Promise<SearchConnectionShape<Capability, CapabilityHighlight>> {
    const text = searchText(input.text);
    const page = pageOf(input);
    const filter = input.filter ?? {};
    const trl = range('filter.minTrl', 'filter.maxTrl', filter.minTrl, filter.maxTrl);
    const f = capabilityFilter;
    const expression = f.and(
      capabilityVisibilityFilter(viewer),
      filter.fieldCodes?.length ? f.in('fieldCodes', await this.fieldCodes(filter.fieldCodes)) : null,
      filter.kinds?.length ? f.in('kind', filter.kinds) : null,
      trl.low != null ? f.gte('trl', trl.low) : null,
      trl.high != null ? f.lte('trl', trl.high) : null,
      filter.cooperationModes?.length ? f.in('cooperationModes', filter.cooperationModes) : null,
      filter.organizationId ? f.eq('organizationId', filter.organizationId) : null,
      filter.regionCode ? f.in('regionCode', await regionCodesFor(this.em, filter.regionCode)) : null,
    );
    const facets = [...new Set(input.facets ?? [])];
    const response = await this.query<CapabilityDocument>('capabilities', text, page, {
      filter: expression ?? undefined,
      facets: facets.map((facet) => CAPABILITY_FACETS[facet]),
      sort: CAPABILITY_SORTS[input.sort ?? (text ? CapabilitySearchSort.RELEVANCE : CapabilitySearchSort.NEWEST)],
      attributesToRetrieve: ['id'],
      attributesToHighlight: CAPABILITY_HIGHLIGHT,
      attributesToCrop: ['summary', 'facilities'],
    });

    const nodes = await loaders.capabilityById.loadMany(response.hits.map((hit) => String(hit.id)));
    const edges: Array<SearchEdge<Capability, CapabilityHighlight>> = [];
    response.hits.forEach((hit, i) => {
      const capability = nodes[i];
      if (!capability || capability instanceof Error || !canSeeCapability(viewer, capability)) return;
      edges.push({ node: capability, cursor: encodeCursor(page.offset + i), highlight: capabilityHighlight(hit), rankingScore: hit._rankingScore ?? null });
    });
    return this.connection(response, page, edges, facets.map((facet) => [facet, CAPABILITY_FACETS[facet]]));
  }

  /** Validated field codes (unknown ones are a BAD_USER_INPUT); the index holds every ancestor, so no expansion. */
  private async fieldCodes(codes: string[]): Promise<string[]> {
    const unique = [...new Set(codes.map((code) => code.trim()))];
    await assertFieldCodesExist(this.em, unique, 'filter.fieldCodes');
    return unique;
  }

  private async query<D extends Record<string, any>>(index: 'challenges' | 'capabilities', text: string, page: Page, params: SearchParams): Promise<SearchResponse<D>> {
    // Page-based paging makes Meilisearch count every hit exactly; an offset that is not a multiple of the page
    // size needs offset/limit, whose total is Meilisearch's estimate.
    const paging = page.offset % page.first === 0 ? { hitsPerPage: page.first, page: page.offset / page.first + 1 } : { offset: page.offset, limit: page.first };
    return this.search.client.index(this.search.indexUid(index)).search<D>(text, {
      ...params,
      ...paging,
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      cropLength: CROP_WORDS,
      cropMarker: ELLIPSIS,
      showRankingScore: text !== '',
    }) as Promise<SearchResponse<D>>;
  }

  private async connection<T, H>(
    response: SearchResponse<unknown>,
    page: Page,
    edges: Array<SearchEdge<T, H>>,
    facets: Array<[string, string]>,
  ): Promise<SearchConnectionShape<T, H>> {
    const totalCount = response.totalHits ?? response.estimatedTotalHits ?? edges.length;
    const end = page.offset + response.hits.length;
    return {
      edges,
      pageInfo: { hasNextPage: end < Math.min(totalCount, SEARCH_MAX_OFFSET), endCursor: response.hits.length ? encodeCursor(end - 1) : null },
      totalCount,
      facets: await this.facetValues(response.facetDistribution ?? {}, facets),
    };
  }

  private async facetValues(distribution: Record<string, Record<string, number>>, facets: Array<[string, string]>): Promise<SearchFacet[]> {
    const fieldCodes = facets.some(([, attribute]) => attribute === 'fieldCodes') ? Object.keys(distribution.fieldCodes ?? {}) : [];
    const fieldNames = new Map(
      fieldCodes.length ? (await this.em.find(TechField, { code: { $in: fieldCodes } })).map((field) => [field.code, field.name]) : [],
    );
    return facets.map(([name, attribute]) => ({
      name,
      values: Object.entries(distribution[attribute] ?? {})
        .map(([value, count]) => ({
          value,
          count,
          label: attribute === 'fieldCodes' ? (fieldNames.get(value) ?? null) : attribute === 'regionCode' ? regionName(value) : null,
        }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    }));
  }
}

/** A validated range: both ends optional, the low end not above the high end. */
function range(lowField: string, highField: string, low: number | null | undefined, high: number | null | undefined) {
  if (low != null && high != null && low > high) throw SearchError.badRange(lowField, highField);
  return { low, high };
}

const money = (value: string | null | undefined) => (value == null ? null : Number(value));
const seconds = (date: Date | null | undefined) => (date == null ? null : Math.floor(date.getTime() / 1000));


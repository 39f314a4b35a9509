import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import { capabilityDocument, challengeDocument, type CapabilityDocument, type ChallengeDocument } from '../../search/documents';
import type { IndexName } from '../../search/indexes';
import type { Search } from '../../search/meili';
import type { Viewer } from '../auth/viewer';
import { Capability } from '../capability/capability.entity';
import { visibleCapabilities } from '../capability/capability.service';
import { Challenge } from '../challenge/challenge.entity';
import { canSeeChallenge, canSeeDetails, relationTo } from '../challenge/challenge-access';
import { ChallengeStatus } from '../challenge/challenge-status';
import { Confidentiality } from '../challenge/challenge.types';
import type { Organization } from '../organization/organization.entity';
import { explanation, queryTerms, regionRelation, sharedFieldCodes } from './match-explanation';
import { CAPABILITY_PROFILE, CHALLENGE_PROFILE, runMatch, type MatchSource } from './matcher';
import type { SourceField } from './query-terms';
import { assignedChallengeIds, canSeeCapability, capabilityVisibilityFilter, challengeFilter, challengeVisibilityFilter } from './search-filter';
import { SearchError } from './search.errors';
import { MATCH_MAX } from './search.inputs';
import type { MatchExplanation } from './search.types';
import { corpusStatsCache, type CorpusStats } from './term-statistics';

export interface MatchLoaders {
  challengeById: DataLoader<string, Challenge | null>;
  capabilityById: DataLoader<string, Capability | null>;
  organizationById: DataLoader<string, Organization | null>;
  viewerIsAssignedExpert: DataLoader<string, boolean>;
  viewerNdaAccepted: DataLoader<string, boolean>;
}

export interface CapabilityMatchShape {
  rank: number;
  capability: Capability;
  explanation: MatchExplanation;
}

export interface ChallengeMatchShape {
  rank: number;
  challenge: Challenge;
  viaCapability: Capability | null;
  explanation: MatchExplanation;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Candidates asked beyond `first`, for those PostgreSQL then rules out (the index lags behind it a little). */
const SPARE = 5;

/**
 * A profile is matched capability by capability, all in one multi-search: two anchored searches per
 * capability while that fits this budget, one beyond, and at most this many (the most recent) capabilities.
 */
export const PROFILE_SEARCH_BUDGET = 60;

/** The text a challenge is matched from; the statement and indicators only for a viewer who may read them. */
export function challengeSource(challenge: Challenge, withDetails: boolean): SourceField[] {
  return [
    { text: challenge.title, weight: 3 },
    { text: challenge.keywords.join(' '), weight: 3 },
    { text: challenge.summary, weight: 2 },
    ...(withDetails ? [{ text: challenge.statement, weight: 1 }, { text: challenge.indicators.map((i) => i.name).join(' '), weight: 1 }] : []),
  ];
}

/** The text a capability is matched from. */
export function capabilitySource(capability: Capability): SourceField[] {
  return [
    { text: capability.title, weight: 3 },
    { text: capability.keywords.join(' '), weight: 3 },
    { text: capability.summary, weight: 2 },
    { text: capability.patents.map((p) => p.title).join(' '), weight: 1 },
    { text: capability.facilities, weight: 1 },
  ];
}

/** The indexed text of every record of an index, from PostgreSQL through documents.ts (so NDA details stay out). */
export async function loadCorpusTexts(em: EntityManager, index: IndexName): Promise<string[]> {
  const fork = em.fork();
  if (index === 'capabilities') {
    const rows = await fork.find(Capability, {}, { populate: ['organization'] });
    return rows.map((row) => CAPABILITY_PROFILE.matchTexts(capabilityDocument(row, row.organization)).join('\n'));
  }
  const rows = await fork.find(Challenge, {}, { populate: ['ownerOrganization'] });
  return rows.map((row) => CHALLENGE_PROFILE.matchTexts(challengeDocument(row, row.ownerOrganization.name)).join('\n'));
}

/**
 * 揭榜 matching: the capabilities that best answer a challenge, and the open challenges that best fit a
 * capability or a whole institute. The algorithm is matcher.ts; this adds who may see what, the data from
 * PostgreSQL and the explanations.
 */
export class MatchingService {
  constructor(
    private readonly em: EntityManager,
    private readonly search: Search,
    private readonly applyDeadlines: () => Promise<unknown>,
  ) {}

  /** The best capabilities (visible to the viewer) for a challenge the viewer may see. */
  async matchCapabilities(viewer: Viewer | null, challengeId: string, first: number, loaders: MatchLoaders) {
    assertCount(first);
    if (!UUID.test(challengeId)) throw CommonError.badInput('challengeId', 'must be a challenge id');
    await this.applyDeadlines();
    const challenge = await loaders.challengeById.load(challengeId);
    if (!challenge) throw CommonError.notFound('Challenge', challengeId);
    const relation = relationTo(
      viewer,
      challenge,
      viewer ? await loaders.viewerIsAssignedExpert.load(challenge.id) : false,
      viewer ? await loaders.viewerNdaAccepted.load(challenge.id) : false,
    );
    if (!canSeeChallenge(challenge, relation)) throw CommonError.notFound('Challenge', challengeId);

    // Terms of an NDA statement must not reach a viewer who has not accepted the NDA, not even as "matched terms".
    const source = challengeSource(challenge, canSeeDetails(challenge, relation));
    const run = await runMatch<CapabilityDocument>(this.search, CAPABILITY_PROFILE, [{ key: challenge.id, fields: source }], {
      limit: first + SPARE,
      filter: capabilityVisibilityFilter(viewer),
      stats: await this.corpusStats('capabilities'),
    });

    const capabilities = await loaders.capabilityById.loadMany(run.matches.map((match) => match.id));
    const matches: CapabilityMatchShape[] = [];
    run.matches.forEach((candidate, i) => {
      const capability = capabilities[i];
      if (matches.length === first || !capability || capability instanceof Error || !canSeeCapability(viewer, capability)) return;
      const document = candidate.document;
      matches.push({
        rank: matches.length + 1,
        capability,
        explanation: explanation(
          candidate,
          candidate.matchedTerms,
          [['title', document.title], ['keywords', document.keywords], ['summary', document.summary], ['patentTitles', document.patentTitles], ['facilities', document.facilities]],
          run.queries.length,
          sharedFieldCodes([challenge.field.code], document.fieldCodes),
          regionRelation(challenge.regionCode, document.regionCode),
        ),
      });
    });
    return { queryTerms: queryTerms(run), matches };
  }

  /** The best open (PUBLISHED) challenges for one capability, or for all capabilities of an organization the viewer may see. */
  async matchChallenges(viewer: Viewer | null, source: { capabilityId?: string | null; organizationId?: string | null }, first: number, loaders: MatchLoaders) {
    assertCount(first);
    const { capabilityId, organizationId } = source;
    if (!capabilityId === !organizationId) throw SearchError.oneSourceRequired();
    const id = (capabilityId ?? organizationId)!;
    if (!UUID.test(id)) throw CommonError.badInput(capabilityId ? 'capabilityId' : 'organizationId', 'must be an id');

    let capabilities: Capability[];
    let organization: Organization | null;
    if (capabilityId) {
      const capability = await loaders.capabilityById.load(capabilityId);
      if (!capability || !canSeeCapability(viewer, capability)) throw CommonError.notFound('Capability', capabilityId);
      capabilities = [capability];
      organization = await loaders.organizationById.load(capability.organization.id);
    } else {
      organization = await loaders.organizationById.load(organizationId!);
      if (!organization) throw CommonError.notFound('Organization', organizationId!);
      capabilities = await this.em.find(
        Capability,
        { $and: [{ organization: organization.id }, visibleCapabilities(viewer)] },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: PROFILE_SEARCH_BUDGET },
      );
    }
    if (capabilities.length === 0) return { queryTerms: [], matches: [] };

    await this.applyDeadlines();
    const f = challengeFilter;
    const sources: MatchSource[] = capabilities.map((capability) => ({ key: capability.id, fields: capabilitySource(capability) }));
    const run = await runMatch<ChallengeDocument>(this.search, CHALLENGE_PROFILE, sources, {
      limit: first + SPARE,
      filter: f.and(challengeVisibilityFilter(viewer, await assignedChallengeIds(this.em, viewer)), f.eq('status', ChallengeStatus.PUBLISHED)),
      stats: await this.corpusStats('challenges'),
      anchorsPerSource: sources.length * 2 <= PROFILE_SEARCH_BUDGET ? 2 : 1,
    });

    const challenges = await loaders.challengeById.loadMany(run.matches.map((match) => match.id));
    const byId = new Map(capabilities.map((capability) => [capability.id, capability]));
    const now = Date.now();
    const matches: ChallengeMatchShape[] = [];
    run.matches.forEach((candidate, i) => {
      const challenge = challenges[i];
      // PostgreSQL decides: still published, deadline not passed (the index may lag behind both).
      if (matches.length === first || !challenge || challenge instanceof Error || challenge.status !== ChallengeStatus.PUBLISHED || challenge.deadline.getTime() <= now) return;
      const document = candidate.document;
      const detailsPublic = challenge.confidentiality === Confidentiality.PUBLIC;
      const fields: Array<[string, string | string[]]> = [['title', document.title], ['keywords', document.keywords], ['summary', document.summary]];
      if (detailsPublic) fields.push(['indicators', document.indicators], ['statement', document.statement]);
      const visibleText = fields.flatMap(([, value]) => value).join('\n').toLowerCase();
      const matchedTerms = candidate.matchedTerms.filter((term) => visibleText.includes(term));
      if (matchedTerms.length === 0) return;
      const via = byId.get(candidate.source)!;
      matches.push({
        rank: matches.length + 1,
        challenge,
        viaCapability: capabilityId ? null : via,
        explanation: explanation(
          candidate,
          matchedTerms,
          fields,
          run.queries.length,
          sharedFieldCodes(via.fieldCodes, [challenge.field.code]),
          regionRelation(challenge.regionCode, organization?.regionCode ?? ''),
        ),
      });
    });
    return { queryTerms: queryTerms(run), matches };
  }

  /** IDF over the searched index's records, cached per process; the bundled dictionary if PostgreSQL fails us. */
  private async corpusStats(index: IndexName): Promise<CorpusStats | null> {
    return corpusStatsCache.get(this.search.indexUid(index), () => loadCorpusTexts(this.em, index)).catch(() => null);
  }
}

function assertCount(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MATCH_MAX) throw CommonError.badInput('first', `must be between 1 and ${MATCH_MAX}`);
}

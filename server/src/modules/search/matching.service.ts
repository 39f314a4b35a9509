import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { detachedEntities } from '../../db/detached';
import { CommonError } from '../../errors';
import type { CapabilityMatchingDocument, ChallengeDocument } from '../../search/documents';
import type { Search } from '../../search/meili';
import type { Viewer } from '../auth/viewer';
import { Capability } from '../capability/capability.entity';
import { visibleCapabilities } from '../capability/capability.service';
import { Challenge } from '../challenge/challenge.entity';
import { canSeeChallenge, canSeeDetails, isOpenToAll, relationTo } from '../challenge/challenge-access';
import { ChallengeStatus } from '../challenge/challenge-status';
import { Confidentiality } from '../challenge/challenge.types';
import { Organization } from '../organization/organization.entity';
import { explanation, queryTerms, rankingRules, regionRelation, sharedFieldCodes } from './match-explanation';
import { rankingDetailsLoader } from './ranking-details';
import { CAPABILITY_PROFILE, CHALLENGE_PROFILE, CORPUS_NAMES, runMatch, type CorpusName, type MatchSource } from './matcher';
import type { SourceField } from './query-terms';
import { assignedChallengeIds, canSeeCapability, capabilityVisibilityFilter, challengeFilter, challengeVisibilityFilter } from './search-filter';
import { SearchError } from './search.errors';
import { MATCH_MAX } from './search.inputs';
import type { MatchExplanation, RankingRuleScore } from './search.types';
import { corpusStatsCache, type CorpusSource, type CorpusStats } from './term-statistics';

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

/**
 * The text of a record as matcher.ts `matchTexts` sees it in the index (documents.ts: no NDA details), written
 * in SQL so that the IDF corpus is read as one text column per row, without entities: at 100k capabilities the
 * ORM took 11–15 s, this 1.5–3.4 s. test/search/document-source.test.ts checks it against documents.ts.
 */
const CORPUS_TEXT_SQL: Record<CorpusName, { table: string; text: string }> = {
  capabilities: {
    table: 'capability',
    text: `concat_ws(E'\\n', title, array_to_string(keywords, E'\\n'), summary,
             (select string_agg(p->>'title', E'\\n') from jsonb_array_elements(patents) p), facilities)`,
  },
  challenges: {
    table: 'challenge',
    text: `concat_ws(E'\\n', title, array_to_string(keywords, E'\\n'), summary,
             case when confidentiality = 'PUBLIC' then
               concat_ws(E'\\n', (select string_agg(concat(i->>'name', ' ', i->>'target', i->>'unit'), E'\\n') from jsonb_array_elements(indicators) i),
                         statement)
             end)`,
  },
};

/** The indexed text of every record of an index from PostgreSQL, in pages of `pageSize` rows (keyset on id). */
export async function* corpusTextPages(em: EntityManager, index: CorpusName, pageSize = 5000): AsyncGenerator<string[]> {
  const { table, text } = CORPUS_TEXT_SQL[index];
  const connection = em.getConnection();
  let after: string | null = null;
  for (;;) {
    const rows: Array<{ id: string; text: string }> = await connection.execute(
      `select id, ${text} as text from "${table}" ${after ? 'where id > ?' : ''} order by id limit ?`,
      after ? [after, pageSize] : [pageSize],
    );
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    yield rows.map((row) => row.text);
    if (rows.length < pageSize) return;
  }
}

/** Every record's indexed text at once (benchmarks and tests). */
export async function loadCorpusTexts(em: EntityManager, index: CorpusName): Promise<string[]> {
  const texts: string[] = [];
  for await (const page of corpusTextPages(em, index)) texts.push(...page);
  return texts;
}

/** Where the IDF statistics of an index come from: its table in PostgreSQL. */
export function corpusSource(em: EntityManager, index: CorpusName): CorpusSource {
  const { table } = CORPUS_TEXT_SQL[index];
  return {
    pages: () => corpusTextPages(em.fork(), index),
    fingerprint: async () => {
      const [row]: Array<{ n: number; changed: string | null }> = await em
        .getConnection()
        .execute(`select count(*)::int as n, max(updated_at)::text as changed from "${table}"`);
      return `${row.n}:${row.changed ?? ''}`;
    },
  };
}

/**
 * Computes the IDF statistics of both indexes in the background (at start-up), so that the first match does not
 * wait for them: at 100k capabilities that is seconds of jieba, spread over turns of the event loop.
 */
export function warmCorpusStats(em: EntityManager, search: Search): Promise<unknown> {
  return Promise.all(CORPUS_NAMES.map((index) => corpusStatsCache.warm(search.indexUid(index), corpusSource(em, index))));
}

/**
 * 揭榜 matching: the capabilities that best answer a challenge, and the open challenges that best fit a
 * capability or a whole institute. The algorithm is matcher.ts; this adds who may see what, the data from
 * PostgreSQL and the explanations.
 */
export class MatchingService {
  private readonly details: ReturnType<typeof rankingDetailsLoader>;

  constructor(
    private readonly em: EntityManager,
    private readonly search: Search,
    private readonly applyDeadlines: () => Promise<unknown>,
  ) {
    this.details = rankingDetailsLoader(search);
  }

  /** Meilisearch's per-rule ranking details of a match, fetched on demand (batched per request). */
  async rankingScoreDetails(explanation: MatchExplanation): Promise<RankingRuleScore[]> {
    if (explanation.rankingScoreDetails) return explanation.rankingScoreDetails;
    return rankingRules(await this.details.load(explanation.rankingDetailsKey));
  }

  /** The best capabilities (visible to the viewer) for a challenge the viewer may see. */
  async matchCapabilities(viewer: Viewer | null, challengeId: string, first: number, loaders: MatchLoaders) {
    assertCount(first);
    if (!UUID.test(challengeId)) throw CommonError.badInput('challengeId', 'must be a challenge id');
    // No applyDeadlines here: a passed deadline turns PUBLISHED into EVALUATING, and both are public states
    // (canSeeChallenge), so closing bidding first would change nothing this query returns, at the cost of a
    // write transaction on every match.
    // Read-only (db/detached.ts): only its access rules and text are used, and this runs on every match.
    const [challengeRow] = await this.em.getConnection().execute(`select * from challenge where id = ?`, [challengeId]);
    const challenge = challengeRow ? detachedEntities(this.em, Challenge, [challengeRow])[0] : null;
    if (!challenge) throw CommonError.notFound('Challenge', challengeId);
    // The expert assignment and the NDA matter only for a challenge not open to all (two queries saved otherwise).
    const [isAssignedExpert, ndaAccepted] =
      viewer && !isOpenToAll(challenge)
        ? await Promise.all([loaders.viewerIsAssignedExpert.load(challenge.id), loaders.viewerNdaAccepted.load(challenge.id)])
        : [false, false];
    const relation = relationTo(viewer, challenge, isAssignedExpert, ndaAccepted);
    if (!canSeeChallenge(challenge, relation)) throw CommonError.notFound('Challenge', challengeId);

    // Terms of an NDA statement must not reach a viewer who has not accepted the NDA, not even as "matched terms".
    const source = challengeSource(challenge, canSeeDetails(challenge, relation));
    const filter = capabilityVisibilityFilter(viewer);
    const run = await runMatch<CapabilityMatchingDocument>(this.search, CAPABILITY_PROFILE, [{ key: challenge.id, fields: source }], {
      limit: first + SPARE,
      filter,
      stats: await this.corpusStats(CAPABILITY_PROFILE.corpus),
    });
    const detailsOf = { indexUid: this.search.indexUid(CAPABILITY_PROFILE.index), filter };
    const capabilities = await this.capabilitiesWithOrganizations(run.matches.map((match) => match.id), loaders);
    const matches: CapabilityMatchShape[] = [];
    run.matches.forEach((candidate, i) => {
      const capability = capabilities[i];
      if (matches.length === first || !capability || !canSeeCapability(viewer, capability)) return;
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
          detailsOf,
        ),
      });
    });
    return { queryTerms: queryTerms(run), matches };
  }

  /**
   * The matched capabilities as PostgreSQL has them now (the index may lag behind), in the order of `ids`, with
   * their organizations primed into the request's loader: a match list nearly always shows who offers each
   * capability, and that would be one more round trip. Read-only detached entities (db/detached.ts): hydrating
   * them through the ORM cost more than the rest of the request's SQL.
   */
  private async capabilitiesWithOrganizations(ids: string[], loaders: MatchLoaders): Promise<Array<Capability | undefined>> {
    if (ids.length === 0) return [];
    const connection = this.em.getConnection();
    const [capabilityRows, organizationRows] = await Promise.all([
      connection.execute(`select * from capability where id in (?)`, [ids]),
      connection.execute(`select * from organization where id in (select organization_id from capability where id in (?))`, [ids]),
    ]);
    for (const organization of detachedEntities(this.em, Organization, organizationRows)) loaders.organizationById.prime(organization.id, organization);
    const byId = new Map(detachedEntities(this.em, Capability, capabilityRows).map((capability) => [capability.id, capability]));
    return ids.map((id) => byId.get(id));
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
    const filter = f.and(challengeVisibilityFilter(viewer, await assignedChallengeIds(this.em, viewer)), f.eq('status', ChallengeStatus.PUBLISHED));
    const detailsOf = { indexUid: this.search.indexUid(CHALLENGE_PROFILE.index), filter };
    const run = await runMatch<ChallengeDocument>(this.search, CHALLENGE_PROFILE, sources, {
      limit: first + SPARE,
      filter,
      stats: await this.corpusStats(CHALLENGE_PROFILE.corpus),
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
          detailsOf,
        ),
      });
    });
    return { queryTerms: queryTerms(run), matches };
  }

  /** IDF over the searched index's records, cached per process; the bundled dictionary if PostgreSQL fails us. */
  private async corpusStats(index: CorpusName): Promise<CorpusStats | null> {
    return corpusStatsCache.get(this.search.indexUid(index), corpusSource(this.em, index)).catch(() => null);
  }
}

function assertCount(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MATCH_MAX) throw CommonError.badInput('first', `must be between 1 and ${MATCH_MAX}`);
}

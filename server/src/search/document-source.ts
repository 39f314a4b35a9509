import type { EntityManager } from '@mikro-orm/postgresql';
import { Capability } from '../modules/capability/capability.entity';
import { Challenge } from '../modules/challenge/challenge.entity';
import {
  capabilityDocument,
  capabilityMatchingDocument,
  challengeDocument,
  type CapabilityDocument,
  type CapabilityMatchingDocument,
  type ChallengeDocument,
} from './documents';
import type { IndexName } from './indexes';
import type { SearchEntityType } from './search-outbox.entity';

/** Which indexes hold the documents of an outbox entity type, and back. */
export const INDEXES_OF: Record<SearchEntityType, IndexName[]> = { challenge: ['challenges'], capability: ['capabilities', 'capabilityMatching'] };
export const ENTITY_OF: Record<IndexName, SearchEntityType> = { challenges: 'challenge', capabilities: 'capability', capabilityMatching: 'capability' };
export const ENTITY_TYPES = Object.keys(INDEXES_OF) as SearchEntityType[];

/** An entity's whole document (documents.ts), as the main index of its type holds it. */
export type SearchDocument = ChallengeDocument | CapabilityDocument;

/** What an index holds of an entity's document: all of it, or the matching index's part. */
export function indexDocument(index: IndexName, document: SearchDocument): SearchDocument | CapabilityMatchingDocument {
  return index === 'capabilityMatching' ? capabilityMatchingDocument(document as CapabilityDocument) : document;
}

/**
 * The documents of the given entities as PostgreSQL has them now (the caller's transaction decides "now"),
 * by id. An id without a document no longer exists: its document must be deleted from the index.
 */
export async function loadDocuments(em: EntityManager, type: SearchEntityType, ids: string[]): Promise<Map<string, SearchDocument>> {
  if (!ids.length) return new Map();
  const documents = type === 'challenge' ? await challengeDocuments(em, { id: { $in: ids } }) : await capabilityDocuments(em, { id: { $in: ids } });
  return new Map(documents.map((document) => [document.id, document]));
}

/**
 * One page of an entity type's documents in id order, for rebuilding its indexes: those with an id greater than
 * `afterId`. Read in plain SQL and turned into documents by documents.ts (so what is indexed, NDA rules
 * included, is decided in one place): at 100k capabilities the ORM's entities cost more than the reading itself.
 * test/search/document-source.test.ts checks that both paths give the same documents.
 */
export async function documentPage(em: EntityManager, type: SearchEntityType, afterId: string | null, limit: number): Promise<SearchDocument[]> {
  const sql = <T>(query: string, params: unknown[]): Promise<T[]> => em.getConnection().execute(query, params, 'all', em.getTransactionContext());
  const after = afterId ? 'where x.id > ?' : '';
  const params = afterId ? [afterId, limit] : [limit];
  if (type === 'capability') {
    const rows = await sql<CapabilityRow>(
      `select x.id, x.created_at, x.title, x.summary, x.field_codes, x.keywords, x.trl, x.kind::text as kind, x.patents, x.team_lead,
              x.facilities, x.cooperation_modes::text[] as cooperation_modes, x.visibility::text as visibility, x.organization_id,
              o.name as organization_name, o.region_code
         from capability x join organization o on o.id = x.organization_id ${after} order by x.id limit ?`,
      params,
    );
    return rows.map((row) =>
      capabilityDocument(
        {
          id: row.id,
          title: row.title,
          summary: row.summary,
          keywords: row.keywords,
          patents: row.patents,
          facilities: row.facilities,
          teamLead: row.team_lead,
          fieldCodes: row.field_codes,
          trl: row.trl,
          kind: row.kind,
          cooperationModes: row.cooperation_modes,
          visibility: row.visibility,
          organization: { id: row.organization_id },
          createdAt: new Date(row.created_at),
        } as unknown as Capability,
        { name: row.organization_name, regionCode: row.region_code },
      ),
    );
  }
  const rows = await sql<ChallengeRow>(
    `select x.id, x.title, x.summary, x.keywords, x.statement, x.indicators, x.field_code, x.region_code, x.status::text as status,
            x.confidentiality::text as confidentiality, x.target_trl, x.bounty::text as bounty, x.deadline, x.published_at, x.created_at,
            x.owner_organization_id, o.name as owner_name
       from challenge x join organization o on o.id = x.owner_organization_id ${after} order by x.id limit ?`,
    params,
  );
  return rows.map((row) =>
    challengeDocument(
      {
        id: row.id,
        title: row.title,
        summary: row.summary,
        keywords: row.keywords,
        statement: row.statement,
        indicators: row.indicators,
        field: { code: row.field_code },
        regionCode: row.region_code,
        status: row.status,
        confidentiality: row.confidentiality,
        targetTrl: row.target_trl,
        bounty: row.bounty,
        deadline: new Date(row.deadline),
        publishedAt: row.published_at === null ? null : new Date(row.published_at),
        createdAt: new Date(row.created_at),
        ownerOrganization: { id: row.owner_organization_id },
      } as unknown as Challenge,
      row.owner_name,
    ),
  );
}

interface CapabilityRow {
  id: string;
  created_at: Date | string;
  title: string;
  summary: string;
  field_codes: string[];
  keywords: string[];
  trl: number;
  kind: string;
  patents: Array<{ title: string }>;
  team_lead: { name: string };
  facilities: string;
  cooperation_modes: string[];
  visibility: string;
  organization_id: string;
  organization_name: string;
  region_code: string;
}

interface ChallengeRow {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  statement: string;
  indicators: Array<{ name: string; target: string; unit: string }>;
  field_code: string;
  region_code: string;
  status: string;
  confidentiality: string;
  target_trl: number;
  bounty: string;
  deadline: Date | string;
  published_at: Date | string | null;
  created_at: Date | string;
  owner_organization_id: string;
  owner_name: string;
}

async function challengeDocuments(em: EntityManager, where: object, limit?: number): Promise<ChallengeDocument[]> {
  const challenges = await em.find(Challenge, where, { populate: ['ownerOrganization'], orderBy: { id: 'asc' }, limit, disableIdentityMap: true });
  return challenges.map((challenge) => challengeDocument(challenge, challenge.ownerOrganization.name));
}

async function capabilityDocuments(em: EntityManager, where: object, limit?: number): Promise<CapabilityDocument[]> {
  const capabilities = await em.find(Capability, where, { populate: ['organization'], orderBy: { id: 'asc' }, limit, disableIdentityMap: true });
  return capabilities.map((capability) => capabilityDocument(capability, capability.organization));
}

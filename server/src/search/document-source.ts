import type { EntityManager } from '@mikro-orm/postgresql';
import { Capability } from '../modules/capability/capability.entity';
import { Challenge } from '../modules/challenge/challenge.entity';
import { capabilityDocument, challengeDocument, type CapabilityDocument, type ChallengeDocument } from './documents';
import type { IndexName } from './indexes';
import type { SearchEntityType } from './search-outbox.entity';

/** Which index holds the documents of an outbox entity type, and back. */
export const INDEX_OF: Record<SearchEntityType, IndexName> = { challenge: 'challenges', capability: 'capabilities' };
export const ENTITY_OF: Record<IndexName, SearchEntityType> = { challenges: 'challenge', capabilities: 'capability' };

export type SearchDocument = ChallengeDocument | CapabilityDocument;

/**
 * The documents of the given entities as PostgreSQL has them now (the caller's transaction decides "now"),
 * by id. An id without a document no longer exists: its document must be deleted from the index.
 */
export async function loadDocuments(em: EntityManager, type: SearchEntityType, ids: string[]): Promise<Map<string, SearchDocument>> {
  if (!ids.length) return new Map();
  const documents = type === 'challenge' ? await challengeDocuments(em, { id: { $in: ids } }) : await capabilityDocuments(em, { id: { $in: ids } });
  return new Map(documents.map((document) => [document.id, document]));
}

/** One page of an index's documents in id order, for rebuilding it: those with an id greater than `afterId`. */
export async function documentPage(em: EntityManager, index: IndexName, afterId: string | null, limit: number): Promise<SearchDocument[]> {
  const where = afterId ? { id: { $gt: afterId } } : {};
  return index === 'challenges' ? challengeDocuments(em, where, limit) : capabilityDocuments(em, where, limit);
}

async function challengeDocuments(em: EntityManager, where: object, limit?: number): Promise<ChallengeDocument[]> {
  const challenges = await em.find(Challenge, where, { populate: ['ownerOrganization'], orderBy: { id: 'asc' }, limit, disableIdentityMap: true });
  return challenges.map((challenge) => challengeDocument(challenge, challenge.ownerOrganization.name));
}

async function capabilityDocuments(em: EntityManager, where: object, limit?: number): Promise<CapabilityDocument[]> {
  const capabilities = await em.find(Capability, where, { populate: ['organization'], orderBy: { id: 'asc' }, limit, disableIdentityMap: true });
  return capabilities.map((capability) => capabilityDocument(capability, capability.organization));
}

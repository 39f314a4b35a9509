import type { MikroORM } from '@mikro-orm/postgresql';
import { Capability } from '../../server/src/modules/capability/capability.entity';
import { Challenge } from '../../server/src/modules/challenge/challenge.entity';
import { capabilityDocument, capabilityMatchingDocument, challengeDocument } from '../../server/src/search/documents';
import { applyIndexSettings } from '../../server/src/search/index-admin';
import { settle, type Search } from '../../server/src/search/meili';

/**
 * Fills the indexes from PostgreSQL, as the outbox worker does in production: settings first, then every
 * challenge (with its owner's name) and capability (with its organization's name and region; into the search and
 * the matching index). Waits until Meilisearch has indexed them.
 */
export async function indexEverything(orm: MikroORM, search: Search): Promise<{ challenges: number; capabilities: number }> {
  await applyIndexSettings(search);
  return indexRecords(orm, search, {});
}

/** (Re)indexes records from PostgreSQL: those with the given ids (e.g. just created by a test), or all of a kind left out. */
export async function indexRecords(
  orm: MikroORM,
  search: Search,
  ids: { challenges?: string[]; capabilities?: string[] },
): Promise<{ challenges: number; capabilities: number }> {
  const em = orm.em.fork();
  const only = (list?: string[]) => (list ? { id: { $in: list } } : {});
  const wanted = (kind: 'challenges' | 'capabilities') => !ids.challenges && !ids.capabilities ? true : !!ids[kind];
  const challenges = wanted('challenges') ? await em.find(Challenge, only(ids.challenges), { populate: ['ownerOrganization'] }) : [];
  const capabilities = wanted('capabilities') ? await em.find(Capability, only(ids.capabilities), { populate: ['organization'] }) : [];
  const pending = [];
  if (challenges.length) {
    pending.push(settle(search.client.index(search.indexUid('challenges')).addDocuments(challenges.map((c) => challengeDocument(c, c.ownerOrganization.name)))));
  }
  if (capabilities.length) {
    const documents = capabilities.map((c) => capabilityDocument(c, c.organization));
    pending.push(settle(search.client.index(search.indexUid('capabilities')).addDocuments(documents)));
    pending.push(settle(search.client.index(search.indexUid('capabilityMatching')).addDocuments(documents.map(capabilityMatchingDocument))));
  }
  await Promise.all(pending);
  return { challenges: challenges.length, capabilities: capabilities.length };
}

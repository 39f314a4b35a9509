import { settle, type Search } from './meili';
import { INDEX_SETTINGS, type IndexName } from './indexes';

export const INDEX_NAMES = Object.keys(INDEX_SETTINGS) as IndexName[];

/** Creates the indexes when missing and applies their settings (idempotent); waits until Meilisearch has. */
export async function applyIndexSettings(search: Search): Promise<void> {
  for (const name of INDEX_NAMES) {
    const uid = search.indexUid(name);
    const existing = await search.client.getIndex(uid).catch(() => null);
    if (!existing) await settle(search.client.createIndex(uid, { primaryKey: 'id' }));
    await settle(search.client.index(uid).updateSettings(INDEX_SETTINGS[name]));
  }
}

/** Deletes this deployment's indexes (tests clean up their prefix with it). */
export async function deleteIndexes(search: Search): Promise<void> {
  for (const name of INDEX_NAMES) {
    await search.client.deleteIndex(search.indexUid(name)).waitTask().catch(() => undefined);
  }
}

import { applyIndexSettings, deleteIndexes } from '../server/src/search/index-admin';
import { INDEX_SETTINGS } from '../server/src/search/indexes';
import { startTestPlatform, type TestPlatform } from './support/harness';

describe('search index settings are code', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ seed: false });
  });
  afterAll(async () => {
    await deleteIndexes(platform.search);
    await platform.close();
  });

  it('creates both indexes with their settings, idempotently', async () => {
    await applyIndexSettings(platform.search);
    await applyIndexSettings(platform.search);
    for (const name of ['challenges', 'capabilities'] as const) {
      const settings = await platform.search.client.index(platform.search.indexUid(name)).getSettings();
      expect(settings.searchableAttributes).toEqual(INDEX_SETTINGS[name].searchableAttributes);
      expect([...(settings.filterableAttributes ?? [])].sort()).toEqual([...(INDEX_SETTINGS[name].filterableAttributes ?? [])].sort());
      expect(settings.synonyms?.['燃料电池']).toContain('氢燃料电池');
      expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['cmn'] }]);
    }
  });
});

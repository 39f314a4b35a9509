import net from 'node:net';
import { findFreePort } from '../../server/src/infra/free-port';
import { createLogger } from '../../server/src/logger';
import { INDEX_NAMES } from '../../server/src/search/index-admin';
import { INDEX_SETTINGS } from '../../server/src/search/indexes';
import { Search } from '../../server/src/search/meili';
import { startSearch } from '../../server/src/search/search-startup';
import { challengeInput } from '../support/challenge-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/harness';

// The server starts while Meilisearch does not answer yet; search starts by itself once it does: settings, the
// rebuild of the empty indexes from PostgreSQL, then the outbox worker, which applies what changed meanwhile.

describe('search start-up while Meilisearch is down', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
  });
  afterAll(async () => {
    await platform.close();
  });

  it('retries until Meilisearch answers, then prepares the indexes and drains the outbox', async () => {
    // Meilisearch "down": a port where nothing listens yet; later a proxy there to the real one brings it "back".
    const port = await findFreePort();
    const search = new Search({ ...platform.search.options, url: `http://127.0.0.1:${port}` });
    const startup = startSearch(platform.orm, search, createLogger('silent'), { firstDelayMs: 20, maxDelayMs: 100 });
    const real = new URL(platform.search.options.url);
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(real.port), real.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    try {
      await startup.firstAttempt;
      expect(startup.isReady()).toBe(false);

      // Meanwhile a change is committed: it waits in the outbox (no worker drains into unprepared indexes).
      const token = await platform.login('enterprise@jiebang.demo');
      const created = await platform.gql(`mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`, { input: challengeInput({ title: '停机期间发布的难题' }) }, token);
      expect(created.errors).toBeUndefined();
      expect(await platform.count('search_outbox')).toBeGreaterThan(0);
      expect(startup.isReady()).toBe(false);

      await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
      await startup.ready;
      expect(startup.isReady()).toBe(true);

      for (const name of INDEX_NAMES) {
        const settings = await search.client.index(search.indexUid(name)).getSettings();
        expect(settings.filterableAttributes?.sort()).toEqual([...(INDEX_SETTINGS[name].filterableAttributes as string[])].sort());
      }
      const [{ capabilities }] = await platform.orm.em.getConnection().execute(`select count(*)::int as capabilities from capability`);
      expect((await search.client.index(search.indexUid('capabilityMatching')).getStats()).numberOfDocuments).toBe(capabilities);

      // The outbox drains; the change made while Meilisearch was down is searchable.
      const id = created.data.createChallenge.id;
      let document: Record<string, unknown> | null = null;
      for (let i = 0; i < 200 && !document; i++) {
        document = await search.client.index(search.indexUid('challenges')).getDocument(id).catch(() => null);
        if (!document) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(document).toMatchObject({ id, title: '停机期间发布的难题' });
    } finally {
      await startup.stop();
      // Keep-alive connections would hold the proxy open: cut them.
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

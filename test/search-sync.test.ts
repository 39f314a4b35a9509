import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { findFreePort } from '../server/src/infra/free-port';
import { closeExpiredChallenges } from '../server/src/modules/challenge/challenge-clock';
import { Organization } from '../server/src/modules/organization/organization.entity';
import { applyIndexSettings, deleteIndexes, INDEX_NAMES } from '../server/src/search/index-admin';
import { INDEX_SETTINGS, type IndexName } from '../server/src/search/indexes';
import { meilisearchApiError, Search, settle } from '../server/src/search/meili';
import { drainAll, drainOutbox, REINDEX_LOCK, startOutboxWorker } from '../server/src/search/outbox-worker';
import { rebuildUid, reindexAll } from '../server/src/search/reindex';
import { challengeInput, ok, passDeadline } from './support/challenge-fixtures';
import { errorCode, startTestPlatform, type TestPlatform } from './support/harness';

const CREATE_CHALLENGE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id title ownerOrganization { name } } }`;
const UPDATE_CHALLENGE = `mutation($id: ID!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, input: $input) { id } }`;
const CREATE_CAPABILITY = `mutation($input: CreateCapabilityInput!) { createCapability(input: $input) { id title organization { id name regionCode } } }`;
const UPDATE_CAPABILITY = `mutation($id: ID!, $input: UpdateCapabilityInput!) { updateCapability(id: $id, input: $input) { id } }`;
const DELETE_CAPABILITY = `mutation($id: ID!) { deleteCapability(id: $id) }`;
const SYNC_STATUS = `{ searchSyncStatus { pending oldestPendingAgeSeconds failing reindexing
  recentFailures { entityType entityId attempts lastError lastAttemptAt nextAttemptAt } } }`;

const capabilityInput = (overrides: Record<string, unknown> = {}) => ({
  title: '水下声学通信模组',
  summary: '面向水下机器人的中远距离声学通信模组，支持自适应调制与组网。',
  fieldCodes: ['MARINE.EQUIPMENT'],
  keywords: ['水声通信', 'AUV'],
  trl: 6,
  kind: 'PROTOTYPE',
  teamLead: { name: '陈研究员', title: '研究员' },
  facilities: '消声水池',
  cooperationModes: ['LICENCE'],
  visibility: 'PUBLIC',
  ...overrides,
});

/** Runs `work` over `items`, `size` at a time (mutations in parallel, without flooding the pool). */
async function inChunks<T, R>(items: T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => work(item, i + j)))));
  return results;
}

describe('search sync: the outbox worker and reindex', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};
  const index = (name: IndexName) => platform.search.client.index<Record<string, any>>(platform.search.indexUid(name));

  const getDocument = async (name: IndexName, id: string): Promise<Record<string, any> | null> => {
    try {
      return await index(name).getDocument(id);
    } catch (error) {
      if (meilisearchApiError(error)?.cause?.code === 'document_not_found') return null;
      throw error;
    }
  };
  const allDocuments = async (name: IndexName) => (await index(name).getDocuments({ limit: 10_000 })).results;
  const documentCount = async (name: IndexName) => (await index(name).getStats()).numberOfDocuments;
  const outbox = () => platform.count('search_outbox');
  const sql = (query: string, params: unknown[] = []) => platform.orm.em.getConnection().execute(query, params);
  const createChallenge = async (overrides: Record<string, unknown> = {}) =>
    (await ok(platform, CREATE_CHALLENGE, { input: challengeInput(overrides) }, tokens.enterprise)).id as string;
  const createCapability = async (overrides: Record<string, unknown> = {}) =>
    (await ok(platform, CREATE_CAPABILITY, { input: capabilityInput(overrides) }, tokens.institute)).id as string;
  /** A Search on a port where nothing listens: Meilisearch "down". Same index prefix as the live one. */
  const deadSearch = async () =>
    new Search({ ...platform.search.options, url: `http://127.0.0.1:${await findFreePort()}` });

  beforeAll(async () => {
    platform = await startTestPlatform();
    await applyIndexSettings(platform.search);
    for (const role of ['enterprise', 'bureau', 'institute']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
  });
  afterAll(async () => {
    await deleteIndexes(platform.search);
    for (const name of INDEX_NAMES) await platform.search.client.deleteIndex(rebuildUid(platform.search, name)).waitTask().catch(() => undefined);
    await platform.close();
  });

  it('follows a challenge through create, update, publication, the deadline and cancellation', async () => {
    const id = await createChallenge();
    expect(await outbox()).toBeGreaterThan(0);
    const first = await drainOutbox(platform.orm, platform.search);
    expect(first.failed).toBe(0);
    expect(first.applied).toBeGreaterThan(0);
    expect(await outbox()).toBe(0);
    expect(await getDocument('challenges', id)).toMatchObject({
      id,
      title: '深海耐压舱体轻量化设计与制造',
      status: 'DRAFT',
      bounty: 1500000,
      fieldCodes: ['MARINE', 'MARINE.EQUIPMENT'],
      ownerName: expect.any(String),
      publishedAt: null,
    });

    await ok(platform, UPDATE_CHALLENGE, { id, input: { title: '深海耐压舱体减重设计', bounty: '2000000.00', keywords: ['耐压舱', '减重'] } }, tokens.enterprise);
    await drainAll(platform.orm, platform.search);
    expect(await getDocument('challenges', id)).toMatchObject({ title: '深海耐压舱体减重设计', bounty: 2000000, keywords: ['耐压舱', '减重'] });

    await ok(platform, `mutation { submitChallenge(id: "${id}") { status } }`, {}, tokens.enterprise);
    await ok(platform, `mutation { publishChallenge(id: "${id}") { status } }`, {}, tokens.bureau);
    await drainAll(platform.orm, platform.search);
    const published = await getDocument('challenges', id);
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(Number) });
    // Findable by the filter the query side uses.
    const hits = await index('challenges').search('', { filter: `id = "${id}" AND status = "PUBLISHED"` });
    expect(hits.hits.map((hit) => hit.id)).toEqual([id]);

    await ok(platform, `mutation($i: ReasonInput!) { cancelChallenge(input: $i) { status } }`, { i: { challengeId: id, reason: '需求变更，撤榜。' } }, tokens.enterprise);
    await drainAll(platform.orm, platform.search);
    expect(await getDocument('challenges', id)).toMatchObject({ status: 'CANCELLED' });

    // The deadline closes bidding in raw SQL (challenge-clock.ts), which enqueues in the same statement.
    const closing = await createChallenge({ title: '海上风电桩基防腐监测' });
    await ok(platform, `mutation { submitChallenge(id: "${closing}") { status } }`, {}, tokens.enterprise);
    await ok(platform, `mutation { publishChallenge(id: "${closing}") { status } }`, {}, tokens.bureau);
    await drainAll(platform.orm, platform.search);
    await passDeadline(platform, closing);
    expect(await closeExpiredChallenges(platform.orm.em.fork())).toEqual([closing]);
    expect(await sql(`select entity_type from search_outbox where entity_id = ?`, [closing])).toEqual([{ entity_type: 'challenge' }]);
    await drainAll(platform.orm, platform.search);
    expect(await getDocument('challenges', closing)).toMatchObject({ status: 'EVALUATING' });

    // NDA details never reach the index.
    const nda = await createChallenge({ title: '保密型氢燃料电池双极板涂层', confidentiality: 'NDA' });
    await drainAll(platform.orm, platform.search);
    expect(await getDocument('challenges', nda)).toMatchObject({ title: '保密型氢燃料电池双极板涂层', confidentiality: 'NDA', statement: '', indicators: [] });
    expect(await outbox()).toBe(0);
  });

  it('follows a capability through create, update, visibility change and delete', async () => {
    const created = await ok(platform, CREATE_CAPABILITY, { input: capabilityInput() }, tokens.institute);
    await drainAll(platform.orm, platform.search);
    expect(await getDocument('capabilities', created.id)).toMatchObject({
      title: '水下声学通信模组',
      visibility: 'PUBLIC',
      organizationName: created.organization.name,
      regionCode: created.organization.regionCode,
    });

    await ok(platform, UPDATE_CAPABILITY, { id: created.id, input: { title: '水声通信与组网模组', visibility: 'PRIVATE', trl: 7 } }, tokens.institute);
    await drainAll(platform.orm, platform.search);
    expect(await getDocument('capabilities', created.id)).toMatchObject({ title: '水声通信与组网模组', visibility: 'PRIVATE', trl: 7 });

    expect(await ok(platform, DELETE_CAPABILITY, { id: created.id }, tokens.institute)).toBe(created.id);
    const result = await drainAll(platform.orm, platform.search);
    expect(result).toMatchObject({ failed: 0, documents: 1 });
    expect(await getDocument('capabilities', created.id)).toBeNull();
    expect(await outbox()).toBe(0);
  });

  it('re-indexes the challenges and capabilities of an organization renamed or moved, in the same transaction', async () => {
    const capability = await ok(platform, CREATE_CAPABILITY, { input: capabilityInput({ title: '更名前的能力' }) }, tokens.institute);
    const challengeId = await createChallenge({ title: '更名前的榜单' });
    await drainAll(platform.orm, platform.search);
    const institute = capability.organization.id;
    const [{ enterprise }] = await sql(`select owner_organization_id::text as enterprise from challenge where id = ?`, [challengeId]);
    const [{ n: instituteCapabilities }] = await sql(`select count(*)::int as n from capability where organization_id = ?`, [institute]);
    const [{ n: enterpriseChallenges }] = await sql(`select count(*)::int as n from challenge where owner_organization_id = ?`, [enterprise]);

    // Through GraphQL (a flush outside any transaction): every capability of the institute is enqueued.
    await ok(platform, `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
      { id: institute, input: { name: '青岛海洋智能装备研究院（更名）', regionCode: '370212' } }, tokens.institute);
    expect(await outbox()).toBe(instituteCapabilities);
    await drainAll(platform.orm, platform.search);
    const documents = (await index('capabilities').getDocuments({ filter: `organizationId = "${institute}"`, limit: 1000 })).results;
    expect(documents).toHaveLength(instituteCapabilities);
    for (const document of documents) expect(document).toMatchObject({ organizationName: '青岛海洋智能装备研究院（更名）', regionCode: '370212' });

    // Inside a transaction (em.transactional): enqueued in that transaction.
    await platform.orm.em.fork().transactional(async (tx) => {
      const organization = await tx.findOneOrFail(Organization, { id: enterprise });
      organization.name = '青岛深蓝海洋装备有限公司（更名）';
    });
    expect(await outbox()).toBe(enterpriseChallenges);
    await drainAll(platform.orm, platform.search);
    expect(await getDocument('challenges', challengeId)).toMatchObject({ ownerName: '青岛深蓝海洋装备有限公司（更名）' });

    // A rollback enqueues nothing; a change of fields not in any document neither.
    await expect(
      platform.orm.em.fork().transactional(async (tx) => {
        (await tx.findOneOrFail(Organization, { id: enterprise })).name = '不会生效的名字';
        await tx.flush();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await ok(platform, `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
      { id: institute, input: { tags: ['涉海'] } }, tokens.institute);
    expect(await outbox()).toBe(0);
  });

  it('loses nothing while Meilisearch is down: 50 created and 10 updated, then applied exactly', async () => {
    const dead = await deadSearch();
    const before = await documentCount('challenges');

    // Every mutation succeeds while the worker cannot reach Meilisearch; it keeps failing in between.
    const ids = await inChunks([...Array(50).keys()], 10, async (i) => {
      const id = await createChallenge({ title: `海洋装备难题 ${i}`, keywords: ['停机测试', `编号${i}`] });
      if (i % 10 === 9) expect(await drainOutbox(platform.orm, dead)).toMatchObject({ applied: 0 });
      return id;
    });
    const updated = ids.slice(0, 10);
    await inChunks(updated, 5, (id, i) =>
      ok(platform, UPDATE_CHALLENGE, { id, input: { title: `海洋装备难题（已修订）${i}`, bounty: '888888.88' } }, tokens.enterprise),
    );
    const down = await drainOutbox(platform.orm, dead);
    expect(down.applied).toBe(0);
    expect(down.failed).toBeGreaterThan(0);

    const rows = await sql(`select entity_id::text as entity_id, attempts, last_error, next_attempt_at > created_at as postponed from search_outbox`);
    expect(new Set(rows.map((row: any) => row.entity_id))).toEqual(new Set(ids));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const row of rows) {
      expect(row.attempts).toBeGreaterThanOrEqual(1);
      expect(row.last_error).toMatch(/ECONNREFUSED/);
      expect(row.postponed).toBe(true);
    }
    expect(await documentCount('challenges')).toBe(before);

    // The retry schedule: 1 s × 2^attempts, at most 5 minutes.
    const [a, b] = [randomUUID(), randomUUID()];
    await sql(`insert into search_outbox (entity_type, entity_id, attempts) values ('capability', ?, 3), ('capability', ?, 20)`, [a, b]);
    await drainOutbox(platform.orm, dead);
    const retries = await sql(
      `select entity_id::text as id, attempts, extract(epoch from next_attempt_at - clock_timestamp())::float8 as wait from search_outbox where entity_id in (?, ?)`,
      [a, b],
    );
    const wait = Object.fromEntries(retries.map((row: any) => [row.id, row]));
    expect(wait[a].attempts).toBe(4);
    expect(wait[a].wait).toBeGreaterThan(6);
    expect(wait[a].wait).toBeLessThanOrEqual(8);
    expect(wait[b].attempts).toBe(21);
    expect(wait[b].wait).toBeGreaterThan(290);
    expect(wait[b].wait).toBeLessThanOrEqual(300);

    // Meilisearch is back: the retries are due (the test moves the clock rather than waiting for it).
    const pending = await outbox();
    await sql(`update search_outbox set next_attempt_at = now()`);
    const up = await drainAll(platform.orm, platform.search);
    expect(up).toMatchObject({ applied: pending, failed: 0 });
    expect(await outbox()).toBe(0);

    expect(await documentCount('challenges')).toBe(before + 50);
    const documents = (await index('challenges').getDocuments({ filter: `id IN [${ids.map((id) => `"${id}"`).join(', ')}]`, limit: 100 })).results;
    expect(documents).toHaveLength(50);
    const byId = new Map(documents.map((document) => [document.id, document]));
    ids.forEach((id, i) => {
      expect(byId.get(id)).toMatchObject(
        i < 10
          ? { title: `海洋装备难题（已修订）${i}`, bounty: 888888.88, keywords: ['停机测试', `编号${i}`] }
          : { title: `海洋装备难题 ${i}`, bounty: 1500000 },
      );
    });
  });

  it('keeps a document Meilisearch refuses apart: the others of its batch are applied', async () => {
    const ids = await inChunks([...Array(5).keys()], 5, (i) => createCapability({ title: `批量能力 ${i}` }));
    const poison = ids[2];
    // A Search whose requests turn one document into one that Meilisearch rejects (an invalid document id).
    const poisoned = new Search(platform.search.options);
    const realIndex = poisoned.client.index.bind(poisoned.client);
    (poisoned.client as any).index = (uid: string) => {
      const target = realIndex(uid);
      const add = target.addDocuments.bind(target);
      target.addDocuments = (documents, options) => add(documents.map((d) => (d.id === poison ? { ...d, id: 'not a valid id!' } : d)), options);
      return target;
    };
    const result = await drainOutbox(platform.orm, poisoned);
    expect(result.failed).toBeGreaterThan(0);
    const kept = await sql(`select entity_id::text as id, attempts, last_error from search_outbox`);
    expect([...new Set(kept.map((row: any) => row.id))]).toEqual([poison]);
    expect(kept[0].last_error).toMatch(/invalid_document_id/);
    for (const id of ids.filter((id) => id !== poison)) expect(await getDocument('capabilities', id)).toMatchObject({ id });
    expect(await getDocument('capabilities', poison)).toBeNull();

    await sql(`update search_outbox set next_attempt_at = now()`);
    expect(await drainAll(platform.orm, platform.search)).toMatchObject({ failed: 0 });
    expect(await getDocument('capabilities', poison)).toMatchObject({ title: '批量能力 2' });
  });

  it('two workers draining one outbox at once apply every row once, and the index ends equal to PostgreSQL', async () => {
    const capabilityIds = await inChunks([...Array(40).keys()], 10, (i) => createCapability({ title: `并发能力 ${i}` }));
    await drainAll(platform.orm, platform.search);

    // Many rows: several per entity (coalesced), entities that no longer exist (deleted), in id order mixed up.
    // Rows written from here on: the difference of the id sequence (nothing else writes to this database).
    const [{ start }] = await sql(`select last_value::bigint::text as start from search_outbox_id_seq`);
    await sql(
      `insert into search_outbox (entity_type, entity_id)
       select type, id from (
         select 'capability' as type, id from capability cross join generate_series(1, 4)
         union all select 'challenge', id from challenge cross join generate_series(1, 3)
         union all select 'capability', gen_random_uuid() from generate_series(1, 20)
       ) r order by random()`,
    );
    const enqueued = await outbox();
    const [{ entities }] = await sql(`select (select count(*) * 4 from capability) + (select count(*) * 3 from challenge) + 20 as entities`);
    expect(enqueued).toBe(Number(entities));
    expect(enqueued).toBeGreaterThanOrEqual(180);

    // Each worker its own Search (and client), recording what it sends to which index.
    const sent: Array<Record<string, number>> = [{}, {}];
    const workers = [0, 1].map((w) => {
      const search = new Search(platform.search.options);
      const realIndex = search.client.index.bind(search.client);
      (search.client as any).index = (uid: string) => {
        const target = realIndex(uid);
        const add = target.addDocuments.bind(target);
        target.addDocuments = (documents, options) => {
          for (const d of documents) sent[w][`${uid}/${d.id}`] = (sent[w][`${uid}/${d.id}`] ?? 0) + 1;
          return add(documents, options);
        };
        return target;
      };
      return search;
    });

    // Meanwhile users keep editing: the last edit must win in the index whichever worker sends it.
    const edited = capabilityIds.slice(0, 10);
    const edits = (async () => {
      for (let round = 1; round <= 3; round++) {
        await inChunks(edited, 5, (id, i) => ok(platform, UPDATE_CAPABILITY, { id, input: { title: `并发能力 ${i} 第${round}版` } }, tokens.institute));
      }
    })();
    const [one, two] = await Promise.all([
      drainAll(platform.orm, workers[0], { batchSize: 25 }),
      drainAll(platform.orm, workers[1], { batchSize: 25 }),
      edits,
    ]);
    const rest = await drainAll(platform.orm, platform.search);
    const [{ end }] = await sql(`select last_value::bigint::text as end from search_outbox_id_seq`);
    const rowsWritten = Number(end) - Number(start);

    expect(one.failed + two.failed + rest.failed).toBe(0);
    expect(one.applied).toBeGreaterThan(0);
    expect(two.applied).toBeGreaterThan(0);
    // Rows are claimed with FOR UPDATE SKIP LOCKED: their sum is every row written, none counted twice.
    expect(one.applied + two.applied + rest.applied).toBe(rowsWritten);
    expect(await outbox()).toBe(0);
    // Coalescing: documents sent to an index are fewer than its rows; a capability goes to both of its indexes.
    const sendsTo = (name: IndexName) =>
      [sent[0], sent[1]].flatMap((bySend) => Object.entries(bySend)).filter(([key]) => key.startsWith(`${platform.search.indexUid(name)}/`)).map(([key, n]) => [key.split('/')[1], n] as const);
    const total = (sends: ReadonlyArray<readonly [string, number]>) => sends.reduce((n, [, x]) => n + x, 0);
    expect(total(sendsTo('capabilities')) + total(sendsTo('challenges'))).toBeLessThan(enqueued);
    expect(sendsTo('capabilityMatching').sort()).toEqual(sendsTo('capabilities').sort());

    // Both capability indexes are PostgreSQL, exactly.
    const capabilities = await sql(`select id::text as id, title from capability`);
    for (const name of ['capabilities', 'capabilityMatching'] as const) {
      const indexed = await allDocuments(name);
      expect(new Map(indexed.map((d) => [d.id, d.title]))).toEqual(new Map(capabilities.map((c: any) => [c.id, c.title])));
      edited.forEach((id, i) => expect(indexed.find((d) => d.id === id)?.title).toBe(`并发能力 ${i} 第3版`));
    }
    const challenges = await sql(`select id::text as id, title, status from challenge`);
    const indexedChallenges = await allDocuments('challenges');
    expect(new Map(indexedChallenges.map((d) => [d.id, `${d.title}/${d.status}`]))).toEqual(
      new Map(challenges.map((c: any) => [c.id, `${c.title}/${c.status}`])),
    );
  });

  it('the running worker makes a committed change searchable by itself, and stops cleanly', async () => {
    /** Polls our own worker's result, bounded. */
    const eventually = async (name: IndexName, id: string, expected: Record<string, unknown>) => {
      let document: Record<string, any> | null = null;
      for (let i = 0; i < 200; i++) {
        document = await getDocument(name, id);
        if (document && Object.entries(expected).every(([key, value]) => document![key] === value)) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(document).toMatchObject(expected);
    };

    // A commit that wrote outbox rows wakes the worker at once: its one-minute poll never comes into play.
    const waking = startOutboxWorker(platform.orm, platform.search, undefined, { intervalMs: 60_000 });
    let id: string;
    try {
      id = await createCapability({ title: '自动同步的能力' });
      await eventually('capabilities', id, { title: '自动同步的能力' });
      await ok(platform, UPDATE_CAPABILITY, { id, input: { title: '自动同步的能力（改）' } }, tokens.institute);
      await eventually('capabilities', id, { title: '自动同步的能力（改）' });
    } finally {
      await waking.stop();
    }

    // What the ORM does not see (raw SQL, other server instances) is found by polling.
    await sql(`update capability set title = '轮询发现的改动' where id = ?`, [id]);
    await sql(`insert into search_outbox (entity_type, entity_id) values ('capability', ?)`, [id]);
    const polling = startOutboxWorker(platform.orm, platform.search, undefined, { intervalMs: 20 });
    try {
      await eventually('capabilities', id, { title: '轮询发现的改动' });
    } finally {
      await polling.stop();
    }
    expect(await outbox()).toBe(0);
  });

  it('reindexAll rebuilds both indexes from PostgreSQL, repairs drift, keeps settings, and can run again', async () => {
    await drainAll(platform.orm, platform.search);
    // Drift: a document missing, a document that PostgreSQL does not have.
    const [{ id: missing }] = await sql(`select id::text as id from capability order by id limit 1`);
    const ghost = randomUUID();
    await settle(index('capabilities').deleteDocuments([missing]));
    await settle(index('capabilities').addDocuments([{ id: ghost, title: '幽灵能力' }]));
    await settle(index('capabilityMatching').addDocuments([{ id: ghost, title: '幽灵能力' }]));

    const progress: Array<[number, number, string]> = [];
    const counts = await reindexAll(platform.orm, platform.search, (done, total, name) => progress.push([done, total, name]));
    const [{ challenges, capabilities }] = await sql(
      `select (select count(*)::int from challenge) as challenges, (select count(*)::int from capability) as capabilities`,
    );
    expect(counts).toEqual({ challenges, capabilities, capabilityMatching: capabilities });
    expect(await documentCount('challenges')).toBe(challenges);
    expect(await documentCount('capabilities')).toBe(capabilities);
    expect(await documentCount('capabilityMatching')).toBe(capabilities);
    expect(await getDocument('capabilities', missing)).toMatchObject({ id: missing });
    expect(await getDocument('capabilities', ghost)).toBeNull();
    expect(await getDocument('capabilityMatching', ghost)).toBeNull();
    for (const name of INDEX_NAMES) {
      expect(progress.filter(([, , n]) => n === name).at(-1)).toEqual([counts[name], counts[name], name]);
      const settings = await index(name).getSettings();
      expect(settings.searchableAttributes).toEqual(INDEX_SETTINGS[name].searchableAttributes);
      expect(settings.synonyms?.['燃料电池']).toContain('氢燃料电池');
      await expect(platform.search.client.getIndex(rebuildUid(platform.search, name))).rejects.toThrow();
    }

    expect(await reindexAll(platform.orm, platform.search)).toEqual({ challenges, capabilities, capabilityMatching: capabilities });
    expect(await documentCount('challenges')).toBe(challenges);
    expect(await documentCount('capabilities')).toBe(capabilities);
    expect(await documentCount('capabilityMatching')).toBe(capabilities);
  });

  it('changes made during a rebuild wait in the outbox and reach the new index after the swap', async () => {
    const ids = await inChunks([...Array(6).keys()], 6, (i) => createCapability({ title: `重建期间 ${i}` }));
    await drainAll(platform.orm, platform.search);

    // A rebuild in progress elsewhere (another process) holds the reindex lock.
    const other = new Client({ connectionString: platform.config.database.url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(`select pg_advisory_xact_lock($1, $2)`, [...REINDEX_LOCK]);
      await ok(platform, UPDATE_CAPABILITY, { id: ids[0], input: { title: '重建期间改名' } }, tokens.institute);
      expect(await drainOutbox(platform.orm, platform.search)).toEqual({ applied: 0, failed: 0, skipped: 0, documents: 0 });
      expect(await outbox()).toBe(1);
      const status = await platform.gql(SYNC_STATUS, {}, tokens.bureau);
      expect(status.data.searchSyncStatus).toMatchObject({ pending: 1, reindexing: true });
      await other.query('commit');
    } finally {
      await other.end();
    }
    await drainAll(platform.orm, platform.search);
    expect(await getDocument('capabilities', ids[0])).toMatchObject({ title: '重建期间改名' });

    // A real rebuild while users edit and delete, with a worker running: the end state is PostgreSQL's.
    const worker = startOutboxWorker(platform.orm, platform.search, undefined, { intervalMs: 10 });
    try {
      await Promise.all([
        reindexAll(platform.orm, platform.search, undefined, { batchSize: 10 }),
        (async () => {
          for (const [i, id] of ids.slice(1, 4).entries()) {
            await ok(platform, UPDATE_CAPABILITY, { id, input: { title: `重建期间第二版 ${i}` } }, tokens.institute);
          }
          await ok(platform, DELETE_CAPABILITY, { id: ids[5] }, tokens.institute);
        })(),
      ]);
    } finally {
      await worker.stop();
    }
    await drainAll(platform.orm, platform.search);
    const capabilities = await sql(`select id::text as id, title from capability`);
    for (const name of ['capabilities', 'capabilityMatching'] as const) {
      const indexed = await allDocuments(name);
      expect(new Map(indexed.map((d) => [d.id, d.title]))).toEqual(new Map(capabilities.map((c: any) => [c.id, c.title])));
      expect(await getDocument(name, ids[5])).toBeNull();
    }
  });

  it('searchSyncStatus shows the bureau what is pending and failing; nobody else', async () => {
    await drainAll(platform.orm, platform.search);
    const empty = await platform.gql(SYNC_STATUS, {}, tokens.bureau);
    expect(empty.errors).toBeUndefined();
    expect(empty.data.searchSyncStatus).toEqual({ pending: 0, oldestPendingAgeSeconds: null, failing: 0, reindexing: false, recentFailures: [] });

    const id = await createCapability({ title: '同步状态能力' });
    await drainOutbox(platform.orm, await deadSearch());
    await createChallenge({ title: '等待同步的榜单' });
    const status = (await platform.gql(SYNC_STATUS, {}, tokens.bureau)).data.searchSyncStatus;
    expect(status.pending).toBeGreaterThanOrEqual(2);
    expect(status.failing).toBeGreaterThanOrEqual(1);
    expect(status.failing).toBeLessThan(status.pending);
    expect(status.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(status.reindexing).toBe(false);
    expect(status.recentFailures[0]).toMatchObject({ entityType: 'CAPABILITY', entityId: id, attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
    const failure = status.recentFailures[0];
    expect(Date.parse(failure.nextAttemptAt) - Date.parse(failure.lastAttemptAt)).toBe(1000);

    expect(errorCode(await platform.gql(SYNC_STATUS, {}, tokens.enterprise))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(SYNC_STATUS, {}, tokens.institute))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(SYNC_STATUS))).toBe('UNAUTHENTICATED');

    await sql(`update search_outbox set next_attempt_at = now()`);
    await drainAll(platform.orm, platform.search);
    expect(await outbox()).toBe(0);
  });
});

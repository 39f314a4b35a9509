import { startTestPlatform, type TestPlatform } from './support/harness';
import { DemoSeeder, loadDemoDataIfEmpty } from '../seeds/demo.seeder';
import { SEED_CAPABILITIES } from '../seeds/data/capabilities';
import { SEED_CHALLENGES } from '../seeds/data/challenges';

describe('the demo data', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
  });
  afterAll(() => platform.close());

  const query = (sql: string, params: unknown[] = []) => platform.orm.em.getConnection().execute(sql, params);

  it('has about 30 organizations, 150+ capabilities and 60+ challenges in every state', async () => {
    expect(await platform.count('organization')).toBeGreaterThanOrEqual(28);
    expect(await platform.count('capability')).toBe(SEED_CAPABILITIES.length);
    expect(SEED_CAPABILITIES.length).toBeGreaterThanOrEqual(150);
    const byStatus = Object.fromEntries((await query(`select status, count(*)::int as n from challenge group by status`)).map((r: any) => [r.status, r.n]));
    for (const status of ['DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLISHED', 'EVALUATING', 'AWARDED', 'NO_WINNER', 'CONTRACTED', 'COMPLETED', 'CANCELLED']) {
      expect(byStatus[status]).toBeGreaterThan(0);
    }
    expect(Object.values(byStatus).reduce((a: number, b) => a + (b as number), 0)).toBe(SEED_CHALLENGES.length);
  });

  it('is consistent: one awarded bid per awarded challenge, decided outcomes after a decision, histories that end in the state', async () => {
    const awarded = await query(`
      select c.id, count(b.*) filter (where b.outcome = 'AWARDED')::int as winners
        from challenge c left join bid b on b.challenge_id = c.id
       where c.status in ('AWARDED', 'CONTRACTED', 'COMPLETED') group by c.id`);
    expect(awarded.length).toBeGreaterThan(0);
    expect(awarded.every((row: any) => row.winners === 1)).toBe(true);
    const pending = await query(`
      select count(*)::int as n from bid b join challenge c on c.id = b.challenge_id
       where c.status in ('AWARDED', 'NO_WINNER', 'CONTRACTED', 'COMPLETED') and b.status = 'SUBMITTED' and b.outcome = 'PENDING'`);
    expect(pending[0].n).toBe(0);
    const lastStates = await query(`
      select c.status, (select t.to_status from challenge_transition t where t.challenge_id = c.id order by t.created_at desc, t.id desc limit 1) as last
        from challenge c`);
    expect(lastStates.filter((row: any) => row.status !== row.last)).toEqual([]);
    const closedWithoutBids = await query(`
      select count(*)::int as n from challenge c where c.status in ('EVALUATING', 'AWARDED') and not exists (select 1 from bid b where b.challenge_id = c.id)`);
    expect(closedWithoutBids[0].n).toBe(0);
  });

  it('lets a demo institute sign in and find published challenges, and the enterprise see its bids', async () => {
    const token = await platform.login('institute@jiebang.demo');
    const hall = await platform.gql(`{ challenges(filter: { statuses: [PUBLISHED] }) { totalCount } myBids { totalCount } notifications { totalCount } }`, {}, token);
    expect(hall.data.challenges.totalCount).toBeGreaterThan(5);
    expect(hall.data.notifications.totalCount).toBeGreaterThan(0);
  });

  it('loads once: `npm run seed` on a seeded database changes nothing', async () => {
    const before = [await platform.count('challenge'), await platform.count('app_user'), await platform.count('bid')];
    expect(await loadDemoDataIfEmpty(platform.orm)).toBe(false);
    // Even forced, the seeder's single transaction rolls back on the unique keys instead of half-loading.
    await expect(platform.orm.getSeeder().seed(DemoSeeder)).rejects.toThrow();
    expect([await platform.count('challenge'), await platform.count('app_user'), await platform.count('bid')]).toEqual(before);
  });
});

import { cityToday as todayInCity } from '../../server/src/modules/contract/contract-dates';
import { SEED_BROKERS, SEED_DEALS } from '../../seeds/data/deals';
import { ok } from '../support/challenge-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { M } from './broker-fixtures';

const YEAR = Number(todayInCity().slice(0, 4));

describe('demo brokers and deals', () => {
  let platform: TestPlatform;
  let broker: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
    broker = await platform.login('broker@jiebang.demo');
    // The first file of a run to ask for the demo builds its template database: minutes on a busy machine.
  }, 300_000);
  afterAll(() => platform.close());

  it("fills broker@'s board in every column, with registered deals on registered contracts", async () => {
    const board = await ok(platform, M.pipeline, { perStage: 50 }, broker);
    const own = SEED_DEALS.filter((d) => d.brokerEmail === 'broker@jiebang.demo');
    expect(board.totalCount).toBe(own.length);
    expect(board.columns.map((c: any) => [c.stage, c.count])).toEqual([['LEAD', 2], ['CONTACTED', 2], ['NEGOTIATING', 2], ['SIGNED', 1], ['REGISTERED', 3], ['LOST', 2]]);
    const registered = board.columns.find((c: any) => c.stage === 'REGISTERED').deals;
    for (const deal of registered) {
      const full = await ok(platform, M.deal, { id: deal.id }, broker);
      expect(full.contract.status).toMatch(/REGISTERED|CHANGE_SUBMITTED|TERMINATED/);
      // Dated back over the year: opened before it was won, and the log tells the same story.
      expect(new Date(full.wonAt).getTime()).toBeLessThan(new Date(full.stageChangedAt).getTime());
      expect(full.activities.filter((a: any) => a.kind === 'STAGE_CHANGE').map((a: any) => a.toStage)).toEqual(['REGISTERED', 'SIGNED', 'NEGOTIATING', 'CONTACTED', 'LEAD']);
    }
    // Open cards carry a next action, soonest first.
    const lead = board.columns[0].deals.map((d: any) => d.nextActionOn);
    expect(lead.every(Boolean)).toBe(true);
    expect([...lead].sort()).toEqual(lead);
  });

  it('counts this year’s certified brokers against the target of 100, and the colleagues see the agency’s board', async () => {
    const thisYear = SEED_BROKERS.filter((b) => b.certifiedDaysAgo != null).length;
    expect(await ok(platform, `query($year: Int!) { newBrokersProgress(year: $year) { count target } }`, { year: YEAR }, broker)).toEqual({ count: thisYear, target: 100 });
    const organizationId = (await ok(platform, `{ viewer { memberships { organization { id } } } }`, {}, broker)).memberships[0].organization.id;
    const agency = await ok(platform, M.pipeline, { organizationId, perStage: 1 }, await platform.login('broker03@jiebang.demo'));
    expect(agency.totalCount).toBeGreaterThan(SEED_DEALS.filter((d) => d.brokerEmail === 'broker@jiebang.demo').length);
    const kpis = await ok(platform, M.kpis, { year: YEAR }, broker);
    expect(kpis.registeredContracts).toBeGreaterThan(0);
  });
});

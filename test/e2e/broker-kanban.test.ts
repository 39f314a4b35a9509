import type { Browser, Locator, Page } from 'playwright-core';
import { contractInput } from '../contract/contract-fixtures';
import { ok } from '../support/challenge-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { ensureClientBuilt, launchBrowser, newUser, screenshot, signIn, takePageErrors } from './browser';

let platform: TestPlatform;
let browser: Browser;
let brokerToken: string;
const deals: Record<string, string> = {};

beforeAll(async () => {
  ensureClientBuilt();
  platform = await startTestPlatform();
  const bureau = await platform.login('bureau@jiebang.demo');
  brokerToken = await platform.login('broker@jiebang.demo');
  const enterprise = await platform.login('enterprise@jiebang.demo');
  const institute = await platform.login('institute@jiebang.demo');
  const orgOf = async (token: string) => (await ok(platform, `{ viewer { id memberships { organization { id } } } }`, {}, token)) as { id: string; memberships: { organization: { id: string } }[] };
  const broker = await orgOf(brokerToken);
  const buyer = (await orgOf(enterprise)).memberships[0]!.organization.id;
  const seller = (await orgOf(institute)).memberships[0]!.organization.id;
  await ok(platform, `mutation($input: SaveBrokerProfileInput!) { saveBrokerProfile(input: $input) { id } }`, {
    input: { userId: broker.id, organizationId: broker.memberships[0]!.organization.id, certificateNumber: 'QD-JJR-2026-0101', fieldCodes: ['MARINE'], certifiedOn: '2026-03-01' },
  }, bureau);
  for (const [key, title, expectedValue] of [
    ['buoy', '海洋浮标数据融合技术对接', '800000.00'],
    ['hydrogen', '氢燃料电池双极板工艺转让', '2500000.00'],
  ] as const) {
    const deal = await ok(platform, `mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, {
      input: { title, buyerId: buyer, sellerId: seller, expectedValue, nextActionOn: '2026-12-15', nextAction: '约双方技术负责人面谈' },
    }, brokerToken);
    deals[key] = deal.id;
  }
  // A contract signed between the deal's parties that credits the broker: what "已签约" links to.
  await ok(platform, `mutation($input: ContractInput!) { createContract(input: $input) { id } }`, {
    input: contractInput(buyer, seller, { title: '海洋浮标数据融合技术开发合同', brokerIds: [broker.id] }),
  }, institute);
  browser = await launchBrowser();
});

// An uncaught error in any page fails the test that caused it, as in smoke and forms.
afterEach(() => {
  expect(takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

const stageOf = async (id: string) => (await ok(platform, `query($id: ID!) { deal(id: $id) { stage lostReason } }`, { id }, brokerToken)) as { stage: string; lostReason: string | null };

function card(page: Page, id: string): Locator {
  return page.locator(`[data-testid=deal-card][data-deal-id="${id}"]`);
}

/** Drags a card onto a column the way a person does: press on the card, move a little (dnd-kit starts after 6 px), move over the column, release. */
async function drag(page: Page, from: Locator, to: Locator) {
  const source = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  const x = source.x + source.width / 2;
  const y = source.y + source.height - 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 12, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + 120, { steps: 15 });
  await page.mouse.up();
}

describe('the broker pipeline board', () => {
  it('moves a card to a legal stage for good, refuses an illegal one with the server message, asks a reason for LOST and the contract for SIGNED', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'broker@jiebang.demo');
    await page.goto('/brokers/pipeline');
    const buoy = card(page, deals.buoy!);
    await buoy.waitFor();
    expect(await buoy.getAttribute('data-stage')).toBe('LEAD');

    // LEAD → NEGOTIATING is legal: the card lands there and stays after a reload.
    // The card moves at once (optimistically): reload only once the server has answered the move.
    const moved = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('moveDeal'));
    await drag(page, buoy, page.getByTestId('stage-column-NEGOTIATING'));
    await page.getByTestId('stage-column-NEGOTIATING').locator(`[data-deal-id="${deals.buoy}"][data-stage=NEGOTIATING]`).waitFor();
    await moved;
    await page.reload();
    await page.getByTestId('stage-column-NEGOTIATING').locator(`[data-deal-id="${deals.buoy}"]`).waitFor();
    expect((await stageOf(deals.buoy!)).stage).toBe('NEGOTIATING');

    // NEGOTIATING → REGISTERED is not: the server's message is shown and the card goes back.
    await drag(page, card(page, deals.buoy!), page.getByTestId('stage-column-REGISTERED'));
    const error = page.getByTestId('board-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('“洽谈中”只能移至');
    expect(await error.textContent()).toContain('A deal cannot move from NEGOTIATING to REGISTERED');
    await page.getByTestId('stage-column-NEGOTIATING').locator(`[data-deal-id="${deals.buoy}"]`).waitFor();
    expect(await page.getByTestId('stage-column-REGISTERED').locator('[data-testid=deal-card]').count()).toBe(0);
    expect((await stageOf(deals.buoy!)).stage).toBe('NEGOTIATING');
    await screenshot(page, 'kanban-illegal-move');

    // LOST asks why; without a reason nothing moves.
    await drag(page, card(page, deals.hydrogen!), page.getByTestId('stage-column-LOST'));
    await page.locator('.ant-modal-title', { hasText: '标记为未成交' }).waitFor();
    await page.getByTestId('lost-reason').waitFor();
    await page.locator('#move-confirm').click();
    await page.getByText('请填写未成交原因').waitFor();
    await page.getByTestId('lost-reason').fill('卖方决定自行产业化，不再转让');
    await page.locator('#move-confirm').click();
    await page.getByTestId('stage-column-LOST').locator(`[data-deal-id="${deals.hydrogen}"][data-stage=LOST]`).waitFor();
    // The card moves at once (optimistically); the dialog closes when the server has answered.
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    expect(await stageOf(deals.hydrogen!)).toEqual({ stage: 'LOST', lostReason: '卖方决定自行产业化，不再转让' });
    await screenshot(page, 'kanban');

    // NEGOTIATING → SIGNED needs the signed contract: the board asks for it, then the card moves.
    await drag(page, card(page, deals.buoy!), page.getByTestId('stage-column-SIGNED'));
    await page.locator('.ant-modal-title', { hasText: '关联已签订的合同' }).waitFor();
    await page.locator('.ant-modal:visible .ant-select').click();
    await page.locator('.ant-select-dropdown:visible').getByText('海洋浮标数据融合技术开发合同', { exact: false }).click();
    await page.locator('#move-confirm').click();
    await page.getByTestId('stage-column-SIGNED').locator(`[data-deal-id="${deals.buoy}"][data-stage=SIGNED]`).waitFor();
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    expect((await stageOf(deals.buoy!)).stage).toBe('SIGNED');
    await context.close();
  });

  it('opens a new deal from the board and logs an activity on it', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'broker@jiebang.demo');
    await page.goto('/brokers/pipeline');
    await page.getByTestId('new-deal').click();
    await page.getByTestId('deal-title').waitFor();
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.getByText('请填写交易名称').waitFor();
    await page.getByTestId('deal-title').fill('深海耐压舱体检测服务');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.waitForURL(/\/brokers\/deals\/[0-9a-f-]+$/);
    expect(await page.getByTestId('deal-stage').textContent()).toBe('线索');

    await page.getByTestId('activity-submit').click();
    await page.getByText('请填写跟进内容').waitFor();
    await page.getByTestId('activity-body').fill('电话联系企业李总工，确认检测指标与报价区间。');
    await page.getByTestId('activity-submit').click();
    await page.getByTestId('activity-log').getByText('电话联系企业李总工，确认检测指标与报价区间。').waitFor();
    await screenshot(page, 'deal-detail');
    await context.close();
  });
});

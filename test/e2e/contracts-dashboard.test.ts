import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import type { Browser, Page } from 'playwright-core';
import { awardedChallenge, thisYear } from '../contract/contract-fixtures';
import { ok } from '../support/challenge-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { choose, confirmDialog, datePick, ensureClientBuilt, launchBrowser, newUser, screenshot, signIn, submitAndExpect, takePageErrors } from './browser';

let platform: TestPlatform;
let browser: Browser;
const tokens: Record<string, string> = {};
const year = thisYear();
/** The contract the first test carries to registration; the change and termination test continues with it. */
let registeredId = '';

beforeAll(async () => {
  ensureClientBuilt();
  platform = await startTestPlatform();
  for (const role of ['enterprise', 'bureau', 'institute']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
  await ok(platform, `mutation($input: SetYearlyTargetInput!) { setYearlyTarget(input: $input) { id } }`, {
    input: { year, metric: 'CONTRACT_TURNOVER', targetValue: '35000000000', amountBasis: 'CONTRACT_AMOUNT', flowBasis: 'OUTFLOW', note: '技术合同成交额达350亿元' },
  }, tokens.bureau);
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

/** The dashboard's exact total in yuan, as the page shows it (the data-value of the exact line). */
async function dashboardTotal(page: Page): Promise<Decimal> {
  await page.goto('/dashboard');
  const exact = page.getByTestId('dashboard-total-exact');
  await exact.waitFor();
  const value = await exact.getAttribute('data-value');
  // The visible text says the same number, grouped by thousands.
  expect((await exact.textContent())!.replace(/[^\d.]/g, '')).toBe(new Decimal(value!).toFixed(2));
  return new Decimal(value!);
}

/** An antd input by its test id (the id lands on the <input> itself, or on a wrapper around it). */
function field(page: Page, testId: string) {
  return page.locator(`input[data-testid=${testId}], [data-testid=${testId}] input`).first();
}

async function confirmPopover(page: Page) {
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
}

describe('award → contract → registration → the dashboard rises, in the browser', () => {
  it('turns the award into a contract, files it, is rejected, resubmits, is registered, and the total rises by exactly 成交额', async () => {
    const { challengeId } = await awardedChallenge(platform, tokens);
    const enterprise = await newUser(browser, platform.url);
    const institute = await newUser(browser, platform.url);
    const bureau = await newUser(browser, platform.url);
    await signIn(enterprise.page, 'enterprise@jiebang.demo');
    await signIn(institute.page, 'institute@jiebang.demo');
    await signIn(bureau.page, 'bureau@jiebang.demo');

    // The bureau reads the total before.
    const before = await dashboardTotal(bureau.page);

    // The enterprise finds the award among "可转为合同的揭榜项目" and turns it into a prefilled draft.
    const e = enterprise.page;
    await e.goto('/contracts');
    const awards = e.getByTestId('awards-to-contract');
    await awards.getByText('深海耐压舱体轻量化设计与制造').waitFor();
    await awards.getByRole('link').first().click();
    await e.waitForURL(`**/contracts/from-award/${challengeId}`);
    await e.getByTestId('create-from-award').click();
    await e.waitForURL(/\/contracts\/[0-9a-f-]+\/edit\?fromAward=1/);
    const contractId = e.url().match(/contracts\/([0-9a-f-]+)\/edit/)![1]!;
    expect(await e.getByTestId('contract-title').inputValue()).toBe('深海耐压舱体轻量化设计与制造');
    expect(await field(e, 'contract-amount').inputValue()).toBe('120');

    // The form refuses a 技术交易额 above 成交额 before asking the server.
    const tech = field(e, 'tech-amount');
    await tech.fill('150');
    await e.getByTestId('contract-save').click();
    await e.getByText('技术交易额不能大于成交额').waitFor();
    await tech.fill('100');
    await screenshot(e, 'contract-edit-from-award');
    await e.getByTestId('contract-save').click();
    await e.waitForURL(`**/contracts/${contractId}`);
    expect(await e.getByTestId('contract-status').getAttribute('data-status')).toBe('DRAFT');
    // Only the seller files: the buyer is told so and has no button.
    await e.getByText('合同由卖方（技术输出方）提交登记。').waitFor();
    expect(await e.getByTestId('contract-submit').count()).toBe(0);

    // The institute (seller) files it.
    const i = institute.page;
    await i.goto(`/contracts/${contractId}`);
    await i.getByTestId('contract-submit').click();
    await confirmPopover(i);
    await i.locator('[data-testid=contract-status][data-status=SUBMITTED]').waitFor();

    // The bureau does not register it, with a reason.
    const b = bureau.page;
    await b.goto('/bureau/contracts');
    const row = b.getByTestId('registration-queue').locator('tr', { hasText: '深海耐压舱体轻量化设计与制造' });
    await row.getByTestId('registration-reject').click();
    await b.getByTestId('registration-reason').fill('技术交易额未扣除设备费用，请核实');
    await confirmDialog(b, b.locator('#registration-confirm'), b.locator('.ant-message-notice', { hasText: '已退回卖方' }));
    await row.waitFor({ state: 'detached', timeout: 60_000 });

    // The seller sees why, and files again.
    await i.goto(`/contracts/${contractId}`);
    await i.getByText('技术交易额未扣除设备费用，请核实').first().waitFor();
    expect(await i.getByTestId('contract-status').getAttribute('data-status')).toBe('REJECTED');
    await i.getByTestId('contract-submit').click();
    await confirmPopover(i);
    await i.locator('[data-testid=contract-status][data-status=SUBMITTED]').waitFor();

    // The bureau registers it: a number of another year is refused next to the field, then the right one.
    await b.goto('/bureau/contracts');
    const again = b.getByTestId('registration-queue').locator('tr', { hasText: '深海耐压舱体轻量化设计与制造' });
    await again.getByTestId('registration-register').click();
    const number = b.getByTestId('registration-number');
    await number.fill(`${year - 3}370212000777`);
    await b.locator('#registration-confirm').click();
    await b.locator('.ant-form-item-explain-error', { hasText: `${year}` }).waitFor();
    await screenshot(b, 'contract-registration-queue');
    await number.fill(`${year}370212000777`);
    await confirmDialog(b, b.locator('#registration-confirm'), b.locator('.ant-message-notice', { hasText: '已登记' }));
    await again.waitFor({ state: 'detached', timeout: 60_000 });

    await b.goto(`/contracts/${contractId}`);
    expect(await b.getByTestId('contract-registration-number').textContent()).toBe(`${year}370212000777`);
    expect(await b.getByTestId('contract-status').getAttribute('data-status')).toBe('REGISTERED');
    await screenshot(b, 'contract-detail-registered');

    // The gauge moved by exactly the contract amount (成交额 of the winning bid, the target's basis).
    const after = await dashboardTotal(b);
    expect(after.minus(before).toFixed(2)).toBe('1200000.00');
    await b.getByTestId('dashboard-monthly').locator('canvas').waitFor();
    await screenshot(b, 'dashboard');

    registeredId = contractId;
    for (const user of [enterprise, institute, bureau]) await user.context.close();
  });

  it('files a change and a termination from the contract page; once registered the dashboard moves by exactly the difference', async () => {
    expect(registeredId).not.toBe('');
    const institute = await newUser(browser, platform.url);
    const bureau = await newUser(browser, platform.url);
    await signIn(institute.page, 'institute@jiebang.demo');
    await signIn(bureau.page, 'bureau@jiebang.demo');
    const i = institute.page;
    const b = bureau.page;
    const registerPending = async () => {
      await b.goto('/bureau/contracts');
      const row = b.getByTestId('registration-queue').locator('tr', { hasText: '深海耐压舱体轻量化设计与制造' });
      await row.getByTestId('registration-register').click();
      await b.locator('.ant-modal-title', { hasText: '登记合同' }).waitFor();
      // Changes and terminations keep the contract's number: the dialog asks only for the date.
      expect(await b.getByTestId('registration-number').count()).toBe(0);
      await confirmDialog(b, b.locator('#registration-confirm'), b.locator('.ant-message-notice', { hasText: '已登记' }));
      await row.waitFor({ state: 'detached', timeout: 60_000 });
    };
    const before = await dashboardTotal(b);

    // 变更: 成交额 120万 → 150万.
    await i.goto(`/contracts/${registeredId}`);
    await i.getByTestId('contract-change').click();
    const modal = i.locator('.ant-modal:visible');
    await modal.getByLabel('成交额').fill('150');
    await modal.getByLabel('原因').fill('增加一套样件试验，追加经费');
    await modal.locator('.ant-btn-primary').click();
    await i.locator('[data-testid=contract-status][data-status=CHANGE_SUBMITTED]').waitFor();
    // Pending changes do not count yet.
    expect((await dashboardTotal(b)).minus(before).toFixed(2)).toBe('0.00');
    await registerPending();
    expect((await dashboardTotal(b)).minus(before).toFixed(2)).toBe('300000.00');

    // 终止: only 130万 performed.
    await i.goto(`/contracts/${registeredId}`);
    await i.locator('[data-testid=contract-status][data-status=REGISTERED]').waitFor();
    await i.getByTestId('contract-terminate').click();
    const termination = i.locator('.ant-modal:visible');
    await termination.getByLabel('实际履行成交额').fill('130');
    await termination.getByLabel('实际履行技术交易额').fill('100');
    await termination.getByLabel('原因').fill('企业调整产品路线，双方协商提前终止');
    await termination.locator('.ant-btn-primary').click();
    await i.locator('[data-testid=contract-status][data-status=TERMINATION_SUBMITTED]').waitFor();
    await registerPending();
    expect((await dashboardTotal(b)).minus(before).toFixed(2)).toBe('100000.00');
    await i.goto(`/contracts/${registeredId}`);
    await i.locator('[data-testid=contract-status][data-status=TERMINATED]').waitFor();
    expect(await i.getByTestId('registration-history').locator('.ant-timeline-item').count()).toBe(4);
    await screenshot(i, 'contract-terminated-history');
    await institute.context.close();
    await bureau.context.close();
  });

  it('exports contracts, and imports historical ones with a per-row report: all or nothing, then only the valid rows', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'bureau@jiebang.demo');
    const before = await dashboardTotal(page);

    // Export from the page: a real .xlsx download with the session's token.
    await page.goto('/bureau/contracts');
    await page.getByRole('tab', { name: '导出' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-contracts').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // A file with the registered contract again (duplicate registration number) and one new historical contract.
    const exported = await fetch(`${platform.url}/exports/contracts.xlsx`, { headers: { authorization: `Bearer ${tokens.bureau}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await exported.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const column = (header: string) => headers.indexOf(header);
    const copy = sheet.getRow(3);
    sheet.getRow(2).eachCell({ includeEmpty: true }, (cell, n) => {
      copy.getCell(n).value = cell.value;
    });
    copy.getCell(column('登记编号')).value = `${year}370212000888`;
    copy.getCell(column('合同名称')).value = '海洋牧场水下监测系统开发（历史合同）';
    copy.getCell(column('成交额（元）')).value = 350000.1;
    copy.getCell(column('技术交易额（元）')).value = 300000;
    copy.commit();
    const file = { name: 'historical.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };

    await page.getByRole('tab', { name: '历史合同导入' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    const result = page.getByTestId('import-result');
    await result.getByText('未导入任何合同').waitFor();
    const problems = page.getByTestId('import-problems');
    await problems.locator('tr', { hasText: '登记编号' }).first().waitFor();
    expect(await problems.locator('tbody tr').first().locator('td').first().textContent()).toBe('2');
    await screenshot(page, 'contract-import-report');
    expect((await dashboardTotal(page)).minus(before).toFixed(2)).toBe('0.00');

    await page.goto('/bureau/contracts');
    await page.getByRole('tab', { name: '历史合同导入' }).click();
    await page.getByTestId('import-valid-only').check();
    await page.locator('input[type=file]').setInputFiles(file);
    await result.getByText('已导入 1 份合同，跳过 1 行有错误的数据。').waitFor();
    expect((await dashboardTotal(page)).minus(before).toFixed(2)).toBe('350000.10');
    await context.close();
  });

  it('creates a contract by hand: the counterparty found by name, field errors from the server next to the milestones', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'institute@jiebang.demo');
    await page.goto('/contracts');
    await page.getByRole('link', { name: '新建合同' }).click();
    await page.waitForURL('**/contracts/new');
    await page.getByTestId('contract-save').click();
    await page.getByText('请填写对方机构').waitFor();
    await page.getByText('请填写合同名称').waitFor();

    await choose(page, '对方机构', '青岛深蓝海洋装备有限公司', { search: '深蓝海洋', byText: true });
    await page.getByTestId('contract-title').fill('海洋观测浮标数据融合技术开发');
    await choose(page, '合同类别', '技术开发 · 委托开发');
    await choose(page, '技术领域', '海洋信息', { search: '海洋信息' });
    await field(page, 'contract-amount').fill('80');
    await field(page, 'tech-amount').fill('65');
    // One milestone of 90万 on a contract of 80万: the server refuses it and says so under the milestones.
    await page.getByRole('button', { name: '添加付款节点' }).click();
    await page.getByPlaceholder('节点名称').fill('预付款');
    await datePick(page.getByPlaceholder('应付日期'), new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date()));
    await page.getByPlaceholder('金额').fill('90');
    await submitAndExpect(page, 'contract-save', page.locator('.ant-form-item-explain-error', { hasText: '付款节点合计 900000.00 元，超过成交额 800000.00 元' }));
    expect(page.url()).toMatch(/\/contracts\/new$/);
    await screenshot(page, 'contract-new-server-error');

    await page.getByPlaceholder('金额').fill('24');
    await page.getByTestId('contract-save').click();
    await page.waitForURL(/\/contracts\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('contract-status').getAttribute('data-status')).toBe('DRAFT');
    expect(await page.getByTestId('contract-amount-value').getAttribute('data-value')).toBe('800000.00');
    await context.close();
  });

  it('switches the dashboard to English and back', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'institute@jiebang.demo');
    await page.goto('/dashboard');
    await page.getByTestId('dashboard-total-exact').waitFor();
    await page.getByTestId('language-toggle').click();
    await page.getByText('Technology contract turnover target').waitFor();
    await page.getByTestId('language-toggle').click();
    await page.getByText('技术合同成交额目标看板').waitFor();
    await context.close();
  });
});

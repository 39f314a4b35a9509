import type { Browser } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { creditCode } from '../../seeds/demo-data';
import { challengeInput, ok, passDeadline } from '../support/challenge-fixtures';
import { ensureClientBuilt, launchBrowser, newUser, screenshot, signIn, takePageErrors } from './browser';

// Validation messages of the forms, as a person meets them: the client's own rules first, then what only the
// server checks, shown next to the field it concerns (BAD_USER_INPUT names the field).

let platform: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  ensureClientBuilt();
  platform = await startTestPlatform();
  browser = await launchBrowser();
}, 240_000);

afterEach(() => {
  expect(takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

const fieldError = (page: import('playwright-core').Page, label: string) =>
  page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');

describe('form validation messages', () => {
  it('registration: required fields, password confirmation, then the credit code the server refuses', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await page.goto('/register');
    await page.getByTestId('register-submit').click();
    await page.getByText('请填写姓名').waitFor();
    await page.getByText('请输入邮箱').waitFor();
    await page.getByText('请填写统一社会信用代码').waitFor();

    await page.getByLabel('姓名').fill('刘工');
    await page.getByLabel('邮箱').fill('liu@new-enterprise.example');
    await page.getByLabel('密码', { exact: true }).fill('secret-2026-ab');
    await page.getByLabel('确认密码').fill('secret-2026-xx');
    await page.getByLabel('机构名称').fill('青岛新锐海工科技有限公司');
    const valid = creditCode('91370212MA3C8XYW1');
    // A wrong check character: the format looks right, only the server's GB 32100 check catches it.
    const wrong = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    await page.getByLabel('统一社会信用代码').fill(wrong);
    await page.getByTestId('register-submit').click();
    await fieldError(page, '确认密码').getByText('两次输入的密码不一致').waitFor();

    await page.getByLabel('确认密码').fill('secret-2026-ab');
    await page.getByTestId('register-submit').click();
    await fieldError(page, '统一社会信用代码').getByText('校验位（最后一位）不正确，请检查是否输错').waitFor();
    await screenshot(page, 'register-credit-code-error');
    // The account exists now; the refused organization was not written.
    const before = await platform.count('organization');
    expect(await platform.orm.em.getConnection().execute(`select 1 from organization where name = '青岛新锐海工科技有限公司'`)).toEqual([]);

    await page.getByLabel('统一社会信用代码').fill(valid);
    await page.getByTestId('register-submit').click();
    await page.waitForURL('**/my/challenges');
    expect(await platform.count('organization')).toBe(before + 1);
    await page.getByTestId('user-menu').getByText('刘工').waitFor();
    await context.close();
  });

  it('capability form: a patent number the server refuses is shown on that patent row', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'institute@jiebang.demo');
    await page.goto('/my/capabilities/new');
    await page.getByTestId('capability-submit').click();
    await page.getByText('请填写能力名称').waitFor();
    await page.getByText('请至少选择一个技术领域').waitFor();

    await page.getByLabel('能力名称').fill('深海钛合金构件激光增材制造');
    await page.getByLabel('能力简介').fill('激光选区熔化成形TC4钛合金复杂构件，致密度99.9%，已用于深海装备。');
    await page.getByLabel('技术领域', { exact: true }).click();
    await page.keyboard.type('海洋高端');
    await page.locator('.ant-select-dropdown:visible').getByTitle('海洋高端装备', { exact: true }).first().click();
    await page.keyboard.press('Escape');
    await page.getByLabel('姓名').fill('陈研究员');
    await page.getByTestId('add-patent').click();
    await page.getByPlaceholder('ZL202110123456.7').fill('CN-12345');
    await page.getByPlaceholder('专利名称').fill('一种钛合金点阵结构的成形方法');
    const before = await platform.count('capability');
    await page.getByTestId('capability-submit').click();
    const patentRow = page.locator('.ant-form-item', { has: page.getByPlaceholder('ZL202110123456.7') });
    await patentRow.getByText('专利号格式应如 ZL202110123456.7').waitFor();
    await screenshot(page, 'capability-form-patent-error');
    expect(await platform.count('capability')).toBe(before);

    await page.getByPlaceholder('ZL202110123456.7').fill('ZL202110123456.7');
    await page.getByTestId('capability-submit').click();
    await page.waitForURL(/\/capabilities\/[0-9a-f-]{36}$/);
    expect(await platform.count('capability')).toBe(before + 1);
    await context.close();
  });

  it('decisions that need a reason: the bureau rejects (驳回), the owner declares no winner (流标)', async () => {
    const enterpriseToken = await platform.login('enterprise@jiebang.demo');
    const create = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`;
    const rejected = await ok(platform, create, { input: challengeInput({ title: '海上风电桩基冲刷在线监测' }) }, enterpriseToken);
    await ok(platform, `mutation { submitChallenge(id: "${rejected.id}") { status } }`, {}, enterpriseToken);

    const bureau = await newUser(browser, platform.url);
    await signIn(bureau.page, 'bureau@jiebang.demo');
    await bureau.page.goto(`/challenges/${rejected.id}`);
    await bureau.page.getByTestId('reject').click();
    await bureau.page.getByLabel('驳回原因').waitFor();
    await bureau.page.getByTestId('reject-confirm').click();
    await bureau.page.getByText('请填写驳回原因').waitFor();
    await bureau.page.getByLabel('驳回原因').fill('请补充冲刷深度的测量精度指标。');
    await bureau.page.getByTestId('reject-confirm').click();
    await bureau.page.getByText('原因：请补充冲刷深度的测量精度指标。').waitFor();
    await bureau.context.close();

    // The owner reads the reason where it revises the brief.
    const owner = await newUser(browser, platform.url);
    await signIn(owner.page, 'enterprise@jiebang.demo');
    await owner.page.goto(`/challenges/${rejected.id}/edit`);
    await owner.page.getByText('该榜单已被驳回：请补充冲刷深度的测量精度指标。').waitFor();

    // Nobody bid before the deadline: 流标 with a reason.
    const bureauToken = await platform.login('bureau@jiebang.demo');
    const empty = await ok(platform, create, { input: challengeInput({ title: '港口集卡无人驾驶高精定位' }) }, enterpriseToken);
    await ok(platform, `mutation { submitChallenge(id: "${empty.id}") { status } }`, {}, enterpriseToken);
    await ok(platform, `mutation { publishChallenge(id: "${empty.id}") { status } }`, {}, bureauToken);
    await passDeadline(platform, empty.id);
    await owner.page.goto(`/challenges/${empty.id}`);
    await owner.page.getByRole('tab', { name: '揭榜方案与评审' }).click();
    await owner.page.getByText('没有有效的揭榜方案').waitFor();
    await owner.page.getByTestId('no-winner').click();
    await owner.page.getByLabel('流标原因').waitFor();
    await owner.page.getByTestId('no-winner-confirm').click();
    await owner.page.getByText('请填写流标原因').waitFor();
    await owner.page.getByLabel('流标原因').fill('截止时无人揭榜，将调整指标后重新发榜。');
    await owner.page.getByTestId('no-winner-confirm').click();
    await owner.page.getByText('流标').first().waitFor();
    await owner.page.getByText('原因：截止时无人揭榜，将调整指标后重新发榜。').waitFor();
    await screenshot(owner.page, 'challenge-no-winner');
    const statuses = await platform.orm.em.getConnection().execute(`select id, status, status_reason from challenge where id in (?, ?) order by status::text`, [rejected.id, empty.id]);
    expect(statuses).toEqual([
      { id: empty.id, status: 'NO_WINNER', status_reason: '截止时无人揭榜，将调整指标后重新发榜。' },
      { id: rejected.id, status: 'REJECTED', status_reason: '请补充冲刷深度的测量精度指标。' },
    ]);
    await owner.context.close();
  });

  it('challenge review criteria: weights must add up to 100, a new criterion gets a key', async () => {
    const token = await platform.login('enterprise@jiebang.demo');
    const draft = await ok(platform, `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`, { input: challengeInput({ title: '船用燃料电池系统热管理' }) }, token);
    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'enterprise@jiebang.demo');
    await page.goto(`/challenges/${draft.id}/edit`);
    const weights = page.getByPlaceholder('权重');
    await weights.first().waitFor();
    expect(await weights.count()).toBe(4);
    await weights.first().fill('20');
    await page.getByTestId('save-draft').click();
    await page.getByText('权重合计须为 100%（当前 90%）').waitFor();

    await page.getByRole('button', { name: '添加评审项' }).click();
    await page.getByPlaceholder('评审项').last().fill('知识产权');
    await page.getByTestId('save-draft').click();
    await page.waitForURL(`**/challenges/${draft.id}`);
    const saved = await ok(platform, `{ challenge(id: "${draft.id}") { criteria { key name weight } } }`, {}, token);
    expect(saved.criteria).toEqual([
      { key: 'ADVANCEMENT', name: '技术先进性', weight: 20 },
      { key: 'FEASIBILITY', name: '可行性', weight: 30 },
      { key: 'TEAM', name: '团队能力', weight: 20 },
      { key: 'PRICE', name: '报价合理性', weight: 20 },
      { key: 'C1', name: '知识产权', weight: 10 },
    ]);
    await context.close();
  });
});

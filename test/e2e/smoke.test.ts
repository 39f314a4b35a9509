import type { Browser } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { indexEverything } from '../support/search-fixtures';
import { ensureClientBuilt, launchBrowser, newUser, screenshot, signIn, takePageErrors } from './browser';
import { ok } from '../support/challenge-fixtures';

let platform: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  ensureClientBuilt();
  platform = await startTestPlatform({ seed: 'demo' });
  await indexEverything(platform.orm, platform.search);
  browser = await launchBrowser();
  // The demo template is seeded once per run (seconds), and the client may need a build.
}, 240_000);

afterEach(() => {
  expect(takePageErrors()).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

describe('the web client served by the server', () => {
  it('answers / and client routes with the app, and leaves the API paths alone', async () => {
    for (const route of ['/', '/hall', '/challenges/anything']) {
      const response = await fetch(`${platform.url}${route}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root"></div>');
    }
    const health = await fetch(`${platform.url}/healthz`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toEqual({ status: 'ok' });
    const missingAsset = await fetch(`${platform.url}/assets/no-such-file.js`);
    expect(missingAsset.status).toBe(404);
    const graphql = await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { id } }"}' });
    expect(await graphql.json()).toEqual({ data: { viewer: null } });
  });

  it('shows the challenge hall to a visitor and signs a demo user in', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await page.goto('/');
    await page.waitForURL('**/hall');
    await page.getByTestId('hall-hit').first().waitFor();
    await screenshot(page, 'hall-visitor');

    await page.getByTestId('hall-search').locator('input').fill('耐压舱');
    await page.getByTestId('hall-search').locator('input').press('Enter');
    await page.waitForURL(/q=/);
    await page.locator('mark.hit').first().waitFor();
    expect(await page.locator('mark.hit').first().textContent()).toContain('耐压舱');

    await signIn(page, 'enterprise@jiebang.demo');
    expect(await page.getByTestId('user-menu').textContent()).toContain('李总工');
    await context.close();
  });

  it('keeps the wrong password on the login form', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await page.goto('/login');
    await page.getByTestId('login-submit').click();
    await page.getByText('请输入邮箱').waitFor();
    await page.getByLabel('邮箱').fill('enterprise@jiebang.demo');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('form-error').textContent()).toContain('邮箱或密码不正确');
    await context.close();
  });

  it('switches to English and back', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await page.goto('/hall');
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: 'Challenge hall' }).waitFor();
    await page.getByTestId('hall-hit').first().getByText(/¥[\d.]+M/).first().waitFor();
    await screenshot(page, 'hall-english');
    await page.reload();
    await page.getByRole('heading', { name: 'Challenge hall' }).waitFor();
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: '榜单大厅' }).waitFor();
    await context.close();
  });

  it('lets an institute accept an NDA, bid, and withdraw its bid', async () => {
    const token = await platform.login('institute@jiebang.demo');
    const open = await ok(platform, `{ challenges(first: 100, filter: { statuses: [PUBLISHED] }) { edges { node { id title confidentiality detailsVisible myBid { id } } } } }`, {}, token);
    const nda = open.edges.map((e: any) => e.node).find((c: any) => c.confidentiality === 'NDA' && !c.detailsVisible && !c.myBid);
    expect(nda).toBeDefined();

    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'institute@jiebang.demo');
    await page.goto(`/challenges/${nda.id}`);
    await page.getByText('保密榜单：签署保密协议后可查看需求详情').waitFor();
    await page.getByTestId('accept-nda').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await page.getByRole('heading', { name: '需求详情' }).waitFor();

    await page.getByTestId('start-bid').click();
    await page.getByLabel('技术路线').fill('采用成熟工艺路线与数字孪生验证相结合的方法，分三阶段完成样机研制、环境试验和示范应用，关键风险均有备选方案与应对措施。');
    await page.getByLabel('报价').fill('88.5');
    await page.getByLabel('姓名').fill('陈研究员');
    await page.getByLabel('职称').fill('研究员');
    await page.getByLabel('分工').fill('项目负责人');
    await page.getByPlaceholder('里程碑').fill('样机');
    await page.getByPlaceholder('交付物').fill('样机与测试报告');
    await page.getByTestId('bid-submit').click();
    await page.getByTestId('my-bid').getByText('88.5万元').waitFor();
    await page.getByTestId('withdraw-bid').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await page.getByTestId('my-bid').getByText('已撤回').waitFor();
    await page.getByTestId('start-bid').waitFor();
    const [bid] = await platform.orm.em.getConnection().execute(
      `select b.status, b.price::text from bid b join organization o on o.id = b.organization_id where b.challenge_id = ? and o.name = '青岛海洋智能装备研究院'`,
      [nda.id],
    );
    expect(bid).toEqual({ status: 'WITHDRAWN', price: '885000.00' });
    await context.close();
  });

  it('shows the bureau how far search lags behind, and its inbox marks messages read', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await signIn(page, 'bureau@jiebang.demo');
    await page.goto('/bureau/search-sync');
    await page.getByTestId('sync-state').waitFor();
    const [{ pending }] = await platform.orm.em.getConnection().execute(`select count(*)::int as pending from search_outbox`);
    await page.locator('.ant-statistic', { hasText: '待同步' }).getByText(String(pending), { exact: true }).waitFor();
    await screenshot(page, 'bureau-search-sync');

    await context.close();

    const unreadOf = async (email: string) => {
      const [{ n }] = await platform.orm.em.getConnection().execute(
        `select count(*)::int as n from notification x join app_user u on u.id = x.recipient_id where u.email = ? and x.read_at is null`,
        [email],
      );
      return n as number;
    };
    expect(await unreadOf('enterprise@jiebang.demo')).toBeGreaterThan(0);
    const enterprise = await newUser(browser, platform.url);
    await signIn(enterprise.page, 'enterprise@jiebang.demo');
    await enterprise.page.goto('/notifications');
    await enterprise.page.getByTestId('notification').first().locator('.ant-badge-dot').waitFor();
    await screenshot(enterprise.page, 'enterprise-inbox');
    await enterprise.page.getByRole('button', { name: '全部标为已读' }).click();
    await enterprise.page.locator('.ant-badge-dot').first().waitFor({ state: 'detached' });
    const left = await unreadOf('enterprise@jiebang.demo');
    expect(left).toBe(0);
    await enterprise.context.close();
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ROOT_DIR } from '../../server/src/paths';
import { DEMO_PASSWORD } from '../../seeds/demo-data';

/** Debian's Chromium (.ci/run installs it); never a browser downloaded by a test tool. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.join(ROOT_DIR, 'test-artifacts');

/** Builds client/dist when a source is newer than the last build (a no-op after `npm test` built it). */
export function ensureClientBuilt(): void {
  execFileSync(process.execPath, [path.join(ROOT_DIR, 'client/scripts/build-if-stale.mjs')], { cwd: ROOT_DIR, stdio: 'inherit' });
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium), as .ci/run does`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Root in CI needs --no-sandbox; the closed network makes Chromium's own background requests fail noisily.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

const pageErrors: string[] = [];

/** Uncaught errors of every page opened since the last call. */
export function takePageErrors(): string[] {
  return pageErrors.splice(0);
}

/** A fresh browser profile (its own localStorage, so its own session) at a desktop size, in Chinese. */
export async function newUser(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  // An uncaught error in the page is a bug of the client; tests assert there was none (takePageErrors).
  page.on('pageerror', (error) => {
    pageErrors.push(`${page.url()}: ${error.message}`);
  });
  return { context, page };
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Saves a full-page screenshot under test-artifacts/ (gitignored; CI keeps it as an artifact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// ─── Form steps that wait for what a person would see ──────────────────────────────────────────────────────
// Under CI load a click in antd's popups was now and then lost: a pick that never took, a date panel still open
// when the next click came. A person waits for the popup to open before typing and to close before going on,
// and sees whether the field took the value; these steps do the same, and say what the page shows when they fail.

/**
 * Waits (bounded) until no select dropdown or date panel is on screen. One that stays open for 2 s (a remote
 * search answering late reopens its list) is dismissed, as a person would: Escape, then a click on blank page.
 */
export async function noOpenPopup(page: Page): Promise<void> {
  for (let i = 0; ; i++) {
    const open = await page.locator('.ant-select-dropdown:visible, .ant-picker-dropdown:visible').count();
    if (open === 0) return;
    if (i === 40) {
      await page.keyboard.press('Escape');
      // Escape reaches only a focused select; a click on the page footer (plain text) closes any other popup.
      await page.locator('.ant-layout-footer').first().click({ timeout: 2000 }).catch(() => undefined);
    }
    if (i === 140) throw new Error(`${open} dropdown(s) or date panel(s) stayed open, even after Escape`);
    await page.waitForTimeout(50);
  }
}

/**
 * antd Select / TreeSelect found by its label: opens it, types `search` (if any) once its dropdown shows, clicks the
 * option (by title, or by text when `byText`), and checks the field shows it. A pick that did not take is tried
 * once more, with a warning in the test output ("did not take"); twice fails the test.
 */
export async function choose(page: Page, label: string, option: string, { search, byText = false }: { search?: string; byText?: boolean } = {}): Promise<void> {
  // antd 6 (rc-select) shows a single choice as the text of the select's `-content` element.
  const shownValue = page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-select-content').first();
  for (let attempt = 1; ; attempt++) {
    await noOpenPopup(page);
    await page.getByLabel(label, { exact: true }).click();
    const dropdown = page.locator('.ant-select-dropdown:visible');
    await dropdown.first().waitFor();
    if (search) await page.keyboard.type(search);
    await (byText ? dropdown.getByText(option, { exact: false }) : dropdown.getByTitle(option, { exact: true })).first().click();
    await noOpenPopup(page);
    const shown = ((await shownValue.textContent({ timeout: 2000 }).catch(() => null)) ?? '').trim();
    if (shown && (shown.includes(option) || option.includes(shown))) return;
    if (attempt === 2) throw new Error(`${label}: picked "${option}" twice, the field shows ${JSON.stringify(shown)}`);
    console.warn(`${label}: the pick of "${option}" did not take (the field shows ${JSON.stringify(shown)}); picking again`);
  }
}

/** antd DatePicker: types the date, confirms it, leaves the field, and waits until it shows the date with its panel closed. */
export async function datePick(input: Locator, date: string): Promise<void> {
  const page = input.page();
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  // Leave the field so its panel closes: a click while it is still open can be spent closing it.
  await input.press('Tab');
  for (let i = 0; ; i++) {
    const [value, panels] = await Promise.all([input.inputValue(), page.locator('.ant-picker-dropdown:visible').count()]);
    if (value === date && panels === 0) return;
    if (i === 100) throw new Error(`the date field shows "${value}" with ${panels} panel(s) open, not ${date}`);
    await page.waitForTimeout(50);
  }
}

/** Clicks a form's submit button and waits for `expected`; if it does not come, fails with the messages the page shows instead. */
export async function submitAndExpect(page: Page, button: string, expected: string | Locator): Promise<void> {
  await noOpenPopup(page);
  await page.getByTestId(button).click();
  const target = typeof expected === 'string' ? page.getByText(expected) : expected;
  await target.first().waitFor().catch(async (error) => {
    await screenshot(page, `${button}-unexpected`);
    const shown = await page.locator('.ant-form-item-explain-error, .ant-alert-error, .ant-message-notice').allTextContents();
    throw new Error(`after ${button}, ${typeof expected === 'string' ? JSON.stringify(expected) : 'the expected message'} did not appear; the page shows: ${JSON.stringify(shown)} (${error})`);
  });
}

/**
 * Clicks a dialog's confirm button and waits for `done`. If the dialog is still open after a while, neither busy
 * nor showing an error, the click did not take: it is repeated once, with a warning ("clicking again"); a new error
 * in the dialog fails the test with its text.
 */
export async function confirmDialog(page: Page, confirmButton: string | Locator, done: Locator): Promise<void> {
  const confirm = typeof confirmButton === 'string' ? page.getByTestId(confirmButton) : confirmButton;
  const button = typeof confirmButton === 'string' ? confirmButton : 'the confirm button';
  const dialogErrors = page.locator('.ant-modal .ant-alert-error, .ant-modal .ant-form-item-explain-error');
  // An error the dialog already showed (the server's answer to the previous try, just corrected) is not news.
  const stale = new Set(await dialogErrors.allTextContents());
  for (let attempt = 1; ; attempt++) {
    await confirm.click();
    for (let i = 0; i < 100; i++) {
      if (await done.isVisible()) return;
      const errors = (await dialogErrors.allTextContents()).filter((text) => !stale.has(text));
      if (errors.length) throw new Error(`${button}: the dialog says ${JSON.stringify(errors)}`);
      if (i >= 40 && !(await confirm.isVisible())) break; // closed: `done` may still be on its way
      if (i >= 40 && !(await confirm.evaluate((element) => element.classList.contains('ant-btn-loading')))) break; // idle
      await page.waitForTimeout(100);
    }
    if (!(await confirm.isVisible()) || attempt === 2) break;
    console.warn(`${button}: the dialog is still open and idle after the click; clicking again`);
  }
  await done.waitFor().catch(async (error) => {
    await screenshot(page, `${button.replace(/\W+/g, '-')}-not-done`);
    throw error;
  });
}

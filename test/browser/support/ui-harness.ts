import { existsSync, mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import { describeDemo, seedDemo, type DemoCredentials } from '../../../src/cli/seed-demo';
import { ADMIN_UI_DIR } from '../../../src/modules/admin-ui/admin-ui.middleware';
import { meterIncident, waitForState } from '../../support/submissions';
import { createTestApp, type TestApp } from '../../support/test-app';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the tests write screenshots of the main screens (git-ignored). */
export const SCREENSHOTS = join(process.cwd(), 'screenshots');

export const LAPTOP = { width: 1366, height: 900 };
export const TABLET = { width: 820, height: 1180 };

export interface Exchange {
  t: TestApp;
  baseUrl: string;
  demo: DemoCredentials;
  close(): Promise<void>;
}

/** The real service on a random loopback port, on a fresh database, with the demo exchange seeded; `env` as an operator would set it. */
export async function startExchange(env: Record<string, string> = {}): Promise<Exchange> {
  if (!existsSync(join(ADMIN_UI_DIR, 'index.html'))) throw new Error(`the admin UI is not built in ${ADMIN_UI_DIR}: run \`npm run build\``);
  const t = await createTestApp({ env });
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const demo = await seedDemo(t.app);
  return { t, baseUrl: `http://127.0.0.1:${port}`, demo, close: () => t.close() };
}

export function demoUser(exchange: Exchange, email: string): { email: string; password: string } {
  for (const org of exchange.demo.organizations) {
    const user = org.users.find((u) => u.email === email);
    if (user) return { email: user.email, password: user.password };
  }
  throw new Error(`no demo user ${email} in:\n${describeDemo(exchange.demo)}`);
}

export function demoKey(exchange: Exchange, orgName: string): string {
  const org = exchange.demo.organizations.find((o) => o.name === orgName);
  const key = org?.apiKeys.find((k) => k.scopes.includes('submit'));
  if (!key) throw new Error(`no demo submit key for ${orgName}`);
  return key.key;
}

/**
 * The exchange and a browser for the enclosing describe: started in its before hook, closed in
 * its after hook (hooks the spec registers later run after these start and close).
 */
export function exchangeInChromium(env: Record<string, string> = {}): { exchange: Exchange; browser: Browser } {
  const ui = {} as { exchange: Exchange; browser: Browser };
  before(async () => {
    ui.exchange = await startExchange(env);
    ui.browser = await launchBrowser();
  });
  after(async () => {
    await ui.browser?.close();
    await ui.exchange?.close();
  });
  return ui;
}

/** Debian's Chromium, headless, with nothing reaching out to the network (a fresh profile each launch). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

/** A fresh browser context (own cookie jar), so two people can be signed in at once. */
export async function openTab(browser: Browser, baseUrl: string, viewport = LAPTOP): Promise<Tab> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A refused request is logged by Chromium as a console error; those are expected in tests
    // that provoke API errors (412: a concurrent change), and are asserted on through the page text instead.
    if (message.type() === 'error' && !/status of (40\d|412|422)/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Submits a bundle with a demo organization's API key and waits until it is ready for review. */
export async function seedSubmission(exchange: Exchange, options: { tlp?: string; orgName?: string; indicators?: number } = {}): Promise<string> {
  const orgName = options.orgName ?? 'Acme Metering';
  const key = demoKey(exchange, orgName);
  const res = await request(exchange.t.http)
    .post('/api/v1/submissions')
    .set({ Authorization: `Bearer ${key}` })
    .send({ bundle: meterIncident({ orgName, indicators: options.indicators }), tlp: options.tlp ?? 'green' });
  if (res.status !== 202) throw new Error(`submit failed: ${res.status} ${res.text}`);
  await waitForState(exchange.t, key, res.body.id, ['pending_review']);
  return res.body.id as string;
}

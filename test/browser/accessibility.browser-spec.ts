import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/a11y';
import { exchangeInChromium, demoUser, openTab, screenshot, seedSubmission, signIn, TABLET } from './support/ui-harness';

/** Waits until the screen has its data: the heading is there and no loading placeholder is left. */
async function settled(page: Page, path: string): Promise<void> {
  await page.goto(`/admin${path}`);
  await page.locator('main h1').waitFor().catch((error: Error) => {
    throw new Error(`${path}: ${error.message}`);
  });
  while ((await page.locator('.skeleton').count()) > 0) await page.waitForTimeout(50);
}

/**
 * axe-core on every main screen, for each kind of user, at laptop width; the new screens also at
 * tablet width (no sideways scrolling). Any serious or critical violation fails, with the list.
 */
describe('accessibility audit (axe-core) of the main screens', () => {
  let submissionId: string;

  const ui = exchangeInChromium();

  before(async () => {
    submissionId = await seedSubmission(ui.exchange);
  });

  const audit = async (who: string | null, paths: string[], viewport?: { width: number; height: number }) => {
    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl, viewport);
    const found: string[] = [];
    if (who) await signIn(page, demoUser(ui.exchange, who));
    else await page.goto('/admin/');
    for (const path of who ? paths : ['']) {
      if (who) await settled(page, path);
      else await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      for (const line of await seriousViolations(page)) found.push(`${path || 'sign-in'}: ${line}`);
      if (viewport) {
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        if (overflow > 0) found.push(`${path}: scrolls sideways by ${overflow}px at ${viewport.width}px`);
      }
    }
    await context.close();
    return { found, problems };
  };

  it('finds nothing serious on the coordinator and admin screens', async () => {
    const orgId = ui.exchange.demo.organizations.find((o) => o.name === 'Acme Metering')!.id;
    const coordinator = await audit('coordinator@shieldshare.example', ['/', '/queue', `/submissions/${submissionId}`, '/audit', '/organizations', `/organizations/${orgId}`, '/sharing-groups', '/collections', '/policies', '/policies/1.0.0/', '/feeds', '/subscriptions']);
    const admin = await audit('admin@shieldshare.example', ['/organizations', `/organizations/${orgId}`, '/policies']);
    assert.deepEqual([...coordinator.found, ...admin.found], []);
    assert.deepEqual([...coordinator.problems, ...admin.problems], []);
  });

  it('finds nothing serious on the member, submitter and sign-in screens', async () => {
    const member = await audit('analyst@gridwatch.example', ['/my-organization', '/feeds', '/subscriptions']);
    const submitter = await audit('psirt@acme-metering.example', ['/my-submissions', `/my-submissions/${submissionId}`, '/my-organization', '/feeds']);
    const anonymous = await audit(null, []);
    assert.deepEqual([...member.found, ...submitter.found, ...anonymous.found], []);
  });

  it('keeps the new screens usable at tablet width', async () => {
    const coordinator = await audit('coordinator@shieldshare.example', ['/collections', '/feeds', '/subscriptions'], TABLET);
    assert.deepEqual(coordinator.found, []);
    const { page, context } = await openTab(ui.browser, ui.exchange.baseUrl, TABLET);
    await signIn(page, demoUser(ui.exchange, 'coordinator@shieldshare.example'));
    await settled(page, '/collections');
    await screenshot(page, '31-collections-tablet');
    await context.close();
  });
});

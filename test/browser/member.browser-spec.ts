import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { basicAuth } from '../support/builders';
import { WebhookReceiver } from '../support/webhook-receiver';
import { assertAccessible, tabStops } from './support/a11y';
import { exchangeInChromium, demoUser, openTab, screenshot, signIn, TABLET } from './support/ui-harness';

const MEMBER = 'analyst@gridwatch.example';
const COORDINATOR = 'coordinator@shieldshare.example';

interface FeedStats {
  id: string;
  title: string;
  total: number;
  taxiiUrl: string;
}

describe('member screens in Chromium: subscriptions, delivery log, feeds', () => {
  const receiver = new WebhookReceiver();

  // Local http receivers, quick retries, and a pause after two failures, so the walk sees all of it.
  const ui = exchangeInChromium({ WEBHOOK_ALLOW_HTTP_LOCALHOST: 'true', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_RETRY_MAX_MS: '200', WEBHOOK_PAUSE_AFTER_FAILURES: '2' });

  before(() => receiver.start());
  after(() => receiver.stop());

  it('creates a webhook subscription; failures pause it with the reason shown; resume delivers; the log says what happened', async () => {
    receiver.respond = (n) => (n <= 2 ? 500 : 200);
    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, MEMBER));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Subscriptions' }).click();
    await page.getByRole('heading', { name: 'Subscriptions' }).waitFor();
    await page.getByRole('button', { name: 'New subscription' }).click();

    // Keyboard: focus starts in Name and walks the form in reading order, always visibly.
    const feeds = ((await (await context.request.get('/api/v1/stats/feeds')).json()) as { collections: FeedStats[] }).collections;
    const stops = await tabStops(page, feeds.length + 7);
    assert.deepEqual(
      stops.map((s) => s.name),
      [...feeds.map((f) => f.title), 'Object types', 'Sectors', 'Labels', 'Minimum confidence', 'Poll: our client reads the feeds over TAXII or the bundle export', 'Create subscription', 'Cancel'],
    );
    assert.deepEqual(stops.filter((s) => !s.visible), [], 'every stop shows its focus');

    await page.getByLabel('Name').fill('SIEM push');
    await page.getByLabel('All published objects').check();
    await page.getByLabel('Object types').fill('indicator, malware');
    await page.getByLabel('Minimum confidence').fill('50');
    await page.getByLabel(/Webhook: ShieldShare pushes/).check();
    await page.getByLabel('Webhook URL').fill(receiver.url);
    await page.getByLabel('Everything already published too').check();
    await screenshot(page, '22-subscription-form');
    await assertAccessible(page, 'the subscription form');
    await page.getByRole('button', { name: 'Create subscription' }).click();
    await page.getByText('Created “SIEM push”.').waitFor();

    const subs = ((await (await context.request.get('/api/v1/subscriptions')).json()) as { id: string; name: string; collectionIds: string[]; types: string[]; minConfidence: number; mode: string; webhookUrl: string }[]).filter((s) => s.name === 'SIEM push');
    assert.equal(subs.length, 1);
    assert.deepEqual(subs[0].collectionIds, [feeds.find((f) => f.title === 'All published objects')!.id]);
    assert.deepEqual(subs[0].types, ['indicator', 'malware']);
    assert.equal(subs[0].minConfidence, 50);
    assert.equal(subs[0].webhookUrl, receiver.url);

    // Two refused batches: the exchange pauses the subscription.
    await receiver.waitFor((r) => r.length >= 2);
    for (let i = 0; i < 100; i++) {
      const s = (await (await context.request.get(`/api/v1/subscriptions/${subs[0].id}`)).json()) as { status: string };
      if (s.status === 'paused') break;
      await page.waitForTimeout(100);
    }
    await page.getByRole('link', { name: 'SIEM push' }).click();
    await page.getByRole('heading', { name: 'SIEM push' }).waitFor();
    await page.getByText('Deliveries are paused.').waitFor();
    await page.getByText('Paused after 2 consecutive failed deliveries; last: HTTP 500.').first().waitFor();
    const log = page.locator('.delivery-table tbody tr');
    await log.nth(1).waitFor();
    assert.equal(await log.count(), 2);
    for (const text of await log.allTextContents()) {
      assert.match(text, /Failed/);
      assert.match(text, /Your receiver failed while handling the batch \(HTTP 500\)/);
    }
    await screenshot(page, '23-subscription-paused');
    await assertAccessible(page, 'a paused subscription');

    await page.getByRole('button', { name: 'Resume deliveries' }).click();
    await page.getByText('Resumed. Delivery continues from where it stopped.').waitFor();
    const [delivered] = await receiver.waitFor((r) => r.some((x) => x.status === 200)).then((r) => r.filter((x) => x.status === 200));
    await page.getByRole('button', { name: 'Refresh' }).click();
    const ok = log.filter({ hasText: 'Delivered' });
    await ok.first().waitFor();
    // The batch size the log shows is what the receiver got.
    assert.equal(await ok.first().locator('td').nth(4).textContent(), String(delivered.headers['x-shieldshare-object-count']));
    assert.equal(await log.count(), 3);
    assert.equal(await page.getByText('Deliveries are paused.').count(), 0);
    await screenshot(page, '24-delivery-log');

    // Pause by hand: the reason says who paused it.
    await page.getByRole('button', { name: 'Pause deliveries' }).click();
    await page.getByText('Paused by a member.').first().waitFor();
    await page.getByRole('link', { name: '← Subscriptions' }).click();
    await page.getByRole('cell', { name: /Paused\s*Paused by a member\./ }).waitFor();
    await screenshot(page, '25-subscriptions');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows the feeds a member can read with counts, a chart and its table, and TAXII URLs that work with Basic auth', async () => {
    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, MEMBER));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feeds' }).click();
    const row = page.getByRole('row').filter({ hasText: 'All published objects' });
    await row.waitFor();
    const api = ((await (await context.request.get('/api/v1/stats/feeds')).json()) as { collections: FeedStats[] }).collections;
    const all = api.find((f) => f.title === 'All published objects')!;
    assert.ok(all.total > 0, 'the demo exchange has published objects');
    assert.equal(await row.locator('td').nth(1).textContent(), String(all.total));
    assert.equal(await row.locator('code').textContent(), all.taxiiUrl);
    assert.equal(await page.getByRole('row').filter({ hasText: 'Inbox' }).count(), 0, 'inboxes are not feeds');

    // The coordinators see more (RED, other groups' AMBER); the member's page does not.
    const login = await request(ui.exchange.t.http).post('/api/v1/auth/login').send(demoUser(ui.exchange, COORDINATOR)).expect(200);
    const staff = await request(ui.exchange.t.http).get('/api/v1/stats/feeds').set({ Authorization: `Bearer ${login.body.token}` }).expect(200);
    assert.ok(staff.body.collections.find((f: FeedStats) => f.id === all.id).total > all.total);

    // The URL on the page, with the Basic credentials the page describes, serves the same objects.
    const gridwatch = ui.exchange.demo.organizations.find((o) => o.name === 'GridWatch Utilities')!.apiKeys[0];
    const taxii = await fetch(new URL('objects/', all.taxiiUrl.replace(/^https?:\/\/[^/]+/, ui.exchange.baseUrl)), {
      headers: { Accept: 'application/taxii+json;version=2.1', Authorization: basicAuth(gridwatch.keyId, gridwatch.key.slice(gridwatch.keyId.length + 1)) },
    });
    assert.equal(taxii.status, 200);
    const objects = ((await taxii.json()) as { objects?: { id: string }[] }).objects ?? [];
    assert.equal(new Set(objects.map((o) => o.id)).size, all.total);

    await page.locator('canvas').first().waitFor();
    await page.getByText('Show as a table').click();
    const today = new Date().toISOString().slice(0, 10);
    await page.getByRole('rowheader', { name: today }).waitFor();
    await page.getByLabel('Chart of').selectOption({ label: 'Indicators' });
    await page.getByRole('heading', { name: /Objects added per day by type: Indicators/ }).waitFor();
    await page.getByLabel('Chart of').selectOption({ label: 'All published objects' });
    await screenshot(page, '26-feeds');
    await assertAccessible(page, 'the feeds page');

    await page.setViewportSize(TABLET);
    await page.waitForTimeout(200);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok(overflow <= 0, `the feeds page scrolls sideways by ${overflow}px at tablet width`);
    await screenshot(page, '27-feeds-tablet');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lets a coordinator read subscriptions but not create or change them', async () => {
    const member = await request(ui.exchange.t.http).post('/api/v1/auth/login').send(demoUser(ui.exchange, MEMBER)).expect(200);
    await request(ui.exchange.t.http).post('/api/v1/subscriptions').set({ Authorization: `Bearer ${member.body.token}` }).send({ name: 'Nightly poll', mode: 'poll' }).expect(201);
    const { page, context } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, COORDINATOR));
    await page.goto('/admin/subscriptions');
    await page.getByRole('link', { name: 'Nightly poll' }).click();
    await page.getByRole('heading', { name: 'Delivery log' }).waitFor();
    assert.equal(await page.getByRole('button', { name: /Edit|Resume|Pause|Delete/ }).count(), 0);
    await page.goto('/admin/subscriptions');
    await page.getByRole('heading', { name: 'Subscriptions' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'New subscription' }).count(), 0);
    const refused = await context.request.post('/api/v1/subscriptions', { data: { name: 'x', mode: 'poll' } });
    assert.equal(refused.status(), 403, 'and the API refuses it anyway');
    await context.close();
  });
});

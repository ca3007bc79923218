import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertAccessible } from './support/a11y';
import { exchangeInChromium, demoUser, openTab, screenshot, signIn } from './support/ui-harness';

describe('administration screens in Chromium', () => {

  const ui = exchangeInChromium();

  it('serves the app under /admin: SPA fallback, cache headers, CSP, real 404 for missing assets', async () => {
    const index = await fetch(`${ui.exchange.baseUrl}/admin/queue?state=all`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await index.text();
    const asset = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(asset, 'index.html loads a fingerprinted script');
    const js = await fetch(`${ui.exchange.baseUrl}${asset}`);
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const missing = await fetch(`${ui.exchange.baseUrl}/admin/assets/missing-abc123.js`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal((await fetch(`${ui.exchange.baseUrl}/admin`)).status, 200);
  });

  it('lets an admin create an API key, shown once with a copy button, and revoke it', async () => {
    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, demoUser(ui.exchange, 'admin@shieldshare.example'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organizations' }).click();
    await page.getByRole('link', { name: 'Acme Metering' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await page.getByLabel('Key name').fill('Browser test key');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByLabel('The new API key');
    await secret.waitFor();
    const key = (await secret.textContent()) ?? '';
    assert.match(key, /^ssk_/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByRole('button', { name: /Copied/ }).waitFor();
    assert.equal(await page.evaluate<string>('navigator.clipboard.readText()'), key);
    await screenshot(page, '18-api-key-created');
    await page.getByRole('button', { name: /I have stored it/ }).click();
    assert.equal(await page.getByText(key).count(), 0, 'the secret is gone once dismissed');

    await page.getByRole('button', { name: 'Revoke Browser test key' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('Revoked “Browser test key”').waitFor();
    const auth = await fetch(`${ui.exchange.baseUrl}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${key}` } });
    assert.equal(auth.status, 401, 'the revoked key is refused by the API');
    await screenshot(page, '19-organization');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows policies with acceptances and sharing groups, and creates a sharing group', async () => {
    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, 'admin@shieldshare.example'));
    await page.goto('/admin/policies');
    await page.getByRole('link', { name: '1.0.0' }).click();
    await page.getByRole('heading', { name: 'Acceptances' }).waitFor();
    await page.getByRole('cell', { name: 'Acme Metering' }).waitFor();
    await screenshot(page, '20-policy');

    await page.goto('/admin/sharing-groups');
    await page.getByRole('button', { name: 'New sharing group' }).click();
    await page.getByLabel('Name').fill('Smart-meter vendors EU');
    await page.getByLabel('Acme Metering').check();
    await page.getByLabel('GridWatch Utilities').check();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('Created “Smart-meter vendors EU”').waitFor();
    await page.getByRole('heading', { name: 'Smart-meter vendors EU' }).waitFor();
    await screenshot(page, '21-sharing-groups');
    assert.deepEqual(problems, []);
    await context.close();
  });
  it('lets a coordinator create, edit and delete a TAXII collection; a member sees no such screen and the API refuses', async () => {
    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, 'coordinator@shieldshare.example'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Collections' }).click();
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    await page.getByRole('button', { name: 'New collection' }).click();
    await page.getByLabel('Title').fill('Smart-meter C2 (community)');
    await page.getByLabel('Alias (optional)').fill('meter-c2');
    await page.getByLabel('Object types').fill('indicator');
    await page.getByLabel('Labels').fill('smart-meter, c2');
    await page.getByLabel('Minimum confidence').fill('60');
    await page.getByLabel('Most restrictive TLP carried').selectOption('green');
    await page.getByRole('button', { name: 'Create collection' }).click();
    await page.getByText('Created “Smart-meter C2 (community)”.').waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Smart-meter C2 \(community\)/ }) });
    await card.getByText('TLP:GREEN').waitFor();
    const url = (await card.locator('code.url').textContent()) ?? '';

    const listed = ((await (await context.request.get('/api/v1/collections')).json()) as Record<string, unknown>[]).find((c) => c.alias === 'meter-c2');
    assert.ok(listed, 'the collection exists in the API');
    assert.deepEqual(
      { kind: listed.kind, objectTypes: listed.objectTypes, labels: listed.labels, minConfidence: listed.minConfidence, maxTlp: listed.maxTlp, taxiiUrl: listed.taxiiUrl },
      { kind: 'feed', objectTypes: ['indicator'], labels: ['smart-meter', 'c2'], minConfidence: 60, maxTlp: 'green', taxiiUrl: url },
    );
    await screenshot(page, '28-collections');
    await assertAccessible(page, 'collections');

    await card.getByRole('button', { name: /^Edit/ }).click();
    await page.getByLabel('Minimum confidence').fill('');
    await page.getByLabel('Most restrictive TLP carried').selectOption('');
    await page.getByRole('button', { name: 'Save collection' }).click();
    await page.getByText('Saved “Smart-meter C2 (community)”.').waitFor();
    const edited = (await (await context.request.get(`/api/v1/collections/${listed.id}`)).json()) as Record<string, unknown>;
    assert.equal(edited.minConfidence, null);
    assert.equal(edited.maxTlp, null);
    assert.deepEqual(edited.labels, ['smart-meter', 'c2'], 'fields left alone keep their values');

    // The API's own refusal, in words: an alias already in use.
    await page.getByRole('button', { name: 'New collection' }).click();
    await page.getByLabel('Title').fill('Duplicate alias');
    await page.getByLabel('Alias (optional)').fill('meter-c2');
    await page.getByRole('button', { name: 'Create collection' }).click();
    await page.getByRole('alert').filter({ hasText: 'another collection already uses this alias' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await card.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete collection' }).click();
    await page.getByText('Deleted “Smart-meter C2 (community)”.').waitFor();
    assert.equal((await context.request.get(`/api/v1/collections/${listed.id}`)).status(), 404);
    assert.deepEqual(problems, []);
    await context.close();

    const member = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(member.page, demoUser(ui.exchange, 'analyst@gridwatch.example'));
    assert.equal(await member.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Collections' }).count(), 0);
    await member.page.goto('/admin/collections');
    await member.page.getByText('Your account is not allowed to do this.').waitFor();
    assert.equal(await member.page.getByRole('button', { name: 'New collection' }).count(), 0);
    assert.equal((await member.context.request.post('/api/v1/collections', { data: { title: 'Mine', kind: 'feed' } })).status(), 403, 'and the API refuses it anyway');
    await member.context.close();
  });
});

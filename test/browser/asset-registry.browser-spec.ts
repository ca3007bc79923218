import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible } from './support/a11y';
import { exchangeInChromium, demoUser, openTab, screenshot, signIn } from './support/ui-harness';

const SUBMITTER = 'psirt@acme-metering.example';

async function openRegistry(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My organization' }).click();
  await page.getByRole('heading', { name: 'Asset registry' }).waitFor();
  await page.getByRole('button', { name: 'Save the registry' }).waitFor();
}

describe('submitter screens in Chromium: the asset registry', () => {

  const ui = exchangeInChromium();

  it('explains a bad netblock at its kind and line, keeps the fix after a reload', async () => {
    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, SUBMITTER));
    await openRegistry(page);
    // The demo seeds Acme's registry (version 1): the screen shows it, one entry per line.
    await page.getByText(/Last saved .* \(version 1\)/).waitFor();
    assert.equal(await page.getByLabel('Netblocks').inputValue(), '10.44.0.0/16\n2001:db8:acce::/48');

    await page.getByLabel('Domains', { exact: true }).fill('acme-metering.example\nShop.Acme-Metering.example\nshop.acme-metering.example');
    await page.getByLabel('AS numbers').fill('64500\nAS64501');
    // A blank line between entries: the error must still name the line the person typed.
    await page.getByLabel('Netblocks').fill('10.44.0.0/16\n2001:db8:acce::/48\n\n10.0.0.1/8');
    await page.getByText('3 entries · IPv4 or IPv6').waitFor();
    await page.getByRole('button', { name: 'Save the registry' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was saved' });
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    assert.match(text, /Netblocks, line 4: "10\.0\.0\.1\/8" has host bits set; the network is 10\.0\.0\.0\/8/);
    assert.doesNotMatch(text, /\/netblocks\//, 'pointers are put in words');
    assert.equal(await page.getByLabel('Netblocks').getAttribute('aria-invalid'), 'true');
    await screenshot(page, '31-asset-registry-refused');
    await assertAccessible(page, 'the asset registry with an invalid netblock');

    await page.getByLabel('Netblocks').fill('10.44.0.0/16\n2001:db8:acce::/48\n\n10.0.0.0/8');
    await page.getByRole('button', { name: 'Save the registry' }).click();
    await page.getByText('Saved. The registry is now at version 2.').waitFor();
    assert.equal(await page.getByLabel('Netblocks').getAttribute('aria-invalid'), 'false');

    await page.reload();
    await openRegistry(page);
    assert.equal(await page.getByLabel('Netblocks').inputValue(), '10.44.0.0/16\n2001:db8:acce::/48\n10.0.0.0/8');
    assert.equal(await page.getByLabel('Domains', { exact: true }).inputValue(), 'acme-metering.example\nshop.acme-metering.example', 'stored normalised, without the duplicate');
    assert.equal(await page.getByLabel('AS numbers').inputValue(), '64500\n64501');
    await page.getByText(/Last saved .* \(version 2\)/).waitFor();
    await screenshot(page, '32-asset-registry-saved');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says so when someone else saved meanwhile, without losing what was typed', async () => {
    const first = await openTab(ui.browser, ui.exchange.baseUrl);
    const second = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(first.page, demoUser(ui.exchange, SUBMITTER));
    await signIn(second.page, demoUser(ui.exchange, SUBMITTER));
    await openRegistry(first.page);
    await openRegistry(second.page);

    await first.page.getByLabel('Brands').fill('SmartGrid One\nSmartGrid Two');
    await first.page.getByRole('button', { name: 'Save the registry' }).click();
    await first.page.getByText(/Saved\. The registry is now at version \d+\./).waitFor();

    await second.page.getByLabel('Staff names').fill('Jana Novak\nMax Muster');
    await second.page.getByRole('button', { name: 'Save the registry' }).click();
    await second.page.getByRole('alert').filter({ hasText: 'Someone else changed the registry' }).waitFor();
    assert.equal(await second.page.getByLabel('Staff names').inputValue(), 'Jana Novak\nMax Muster', 'the unsaved text stays');
    assert.equal(await second.page.getByLabel('Brands').inputValue(), 'SmartGrid One', 'not silently replaced by the other version');
    await screenshot(second.page, '33-asset-registry-conflict');
    await assertAccessible(second.page, 'the asset registry after a concurrent change');

    await second.page.getByRole('button', { name: /Reload the registry/ }).click();
    while ((await second.page.getByLabel('Brands').inputValue()) !== 'SmartGrid One\nSmartGrid Two') await second.page.waitForTimeout(50);
    assert.equal(await second.page.getByLabel('Staff names').inputValue(), 'Jana Novak');
    assert.deepEqual([...first.problems, ...second.problems], []);
    await first.context.close();
    await second.context.close();
  });

  it('is not shown to a member without the submitter role, and the API refuses them and the coordinators', async () => {
    const { page, context } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, 'analyst@gridwatch.example'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My organization' }).click();
    await page.getByRole('heading', { name: 'Legal-shield policy' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Asset registry' }).count(), 0);
    assert.equal((await context.request.get('/api/v1/organizations/me/asset-registry')).status(), 403);
    await context.close();

    const staff = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(staff.page, demoUser(ui.exchange, 'coordinator@shieldshare.example'));
    assert.equal((await staff.context.request.get('/api/v1/organizations/me/asset-registry')).status(), 403);
    await staff.context.close();
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { meterIncident, waitForState } from '../support/submissions';
import { exchangeInChromium, demoKey, demoUser, openTab, screenshot, seedSubmission, signIn, TABLET } from './support/ui-harness';

const COORDINATOR = 'coordinator@shieldshare.example';
const SECOND_COORDINATOR = 'coordinator2@shieldshare.example';
const MEMBER = 'analyst@gridwatch.example';

describe('admin UI in Chromium against the real service', () => {

  const ui = exchangeInChromium();

  const stateOf = (page: Page) => page.locator('.summary .state').first();

  it('walks a coordinator through the queue: request changes, approve, published, and in the audit log', async () => {
    const id = await seedSubmission(ui.exchange);
    await seedSubmission(ui.exchange, { orgName: 'NordTel Mobile', indicators: 4 });
    const { page, problems, context } = await openTab(ui.browser, ui.exchange.baseUrl);

    await signIn(page, demoUser(ui.exchange, COORDINATOR));
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText('waiting for review').waitFor();
    await page.locator('canvas').first().waitFor();
    await screenshot(page, '02-dashboard');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation queue' }).click();
    await page.getByRole('heading', { name: 'Moderation queue' }).waitFor();
    const rows = page.locator('.queue-table tbody tr');
    await rows.first().waitFor();
    // The demo exchange already has submissions waiting; the chip counts them all.
    const pending = await rows.count();
    assert.ok(pending >= 2);
    assert.match((await page.getByRole('button', { name: /Pending review/ }).textContent()) ?? '', new RegExp(`${pending}$`));
    await screenshot(page, '03-queue');

    // Newest first: NordTel's (seeded last) on top, ours second.
    await page.getByLabel('Sort').selectOption('newest');
    await page.waitForURL('**/admin/queue?*sort=newest*');
    await rows.first().locator('text=NordTel Mobile').waitFor();
    // j/k move the selection and focus; Enter opens the selected submission.
    // The selection is where the reader left it; focusing the top row moves it there.
    await rows.nth(0).locator('a').focus();
    assert.equal(await rows.nth(0).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('j');
    assert.equal(await rows.nth(1).getAttribute('aria-selected'), 'true');
    assert.equal(await rows.nth(0).getAttribute('aria-selected'), 'false');
    // A refresh keeps the reader's place.
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.waitForTimeout(300);
    assert.equal(await rows.nth(1).getAttribute('aria-selected'), 'true');
    // Back from the Refresh button to the selected row, and Enter opens it.
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    assert.equal(await rows.nth(pending > 2 ? 1 : 0).getAttribute('aria-selected'), 'true');
    if (pending === 2) await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/admin/submissions/${id}`);

    // The review: bundle grouped by type, with patterns and relationships; the submitter named.
    await page.getByRole('heading', { name: /^Indicators/ }).waitFor();
    assert.ok(await page.getByText("[ipv4-addr:value = '198.51.0.1']", { exact: true }).isVisible());
    assert.ok(await page.getByRole('heading', { name: /^Relationships/ }).isVisible());
    assert.ok(await page.locator('.summary').getByText('Acme Metering').isVisible());
    await screenshot(page, '04-review-bundle');
    await page.getByRole('tab', { name: /Changes/ }).click();
    await page.locator('.diff-table').waitFor();
    await screenshot(page, '05-review-diff');
    await page.getByRole('tab', { name: /Risk findings/ }).click();
    await page.locator('.risk-banner').waitFor();
    await screenshot(page, '06-review-risk');
    await page.getByRole('tab', { name: 'Graph' }).click();
    await page.locator('.graph-canvas canvas').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, '07-review-graph');

    // Request changes, confirmed in a dialog, then confirmed on the page.
    await page.getByRole('button', { name: 'Request changes…' }).click();
    await page.getByLabel('Message to the submitter').fill('Please remove the meter serial numbers from the description.');
    await screenshot(page, '08-request-changes-dialog');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Changes requested. The submitter sees your message').waitFor();
    assert.equal(await stateOf(page).textContent(), 'Changes requested');

    // The submitter resubmits a corrected revision (over the API, as a TIP would).
    const key = demoKey(ui.exchange, 'Acme Metering');
    await request(ui.exchange.t.http).post(`/api/v1/submissions/${id}/resubmit`).set({ Authorization: `Bearer ${key}` })
      .send({ bundle: meterIncident({ orgName: 'Acme Metering' }), tlp: 'green' }).expect((res) => assert.ok(res.status < 300, res.text));
    await waitForState(ui.exchange.t, key, id, ['pending_review']);

    await page.reload();
    await page.getByRole('button', { name: 'Approve…' }).click();
    await page.getByLabel(/Justification/).fill('Reviewed: no victim data left.');
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/Approved/).first().waitFor();
    for (let i = 0; i < 50 && (await stateOf(page).textContent()) !== 'Published'; i++) {
      await page.waitForTimeout(200);
      await page.reload();
      await stateOf(page).waitFor();
    }
    assert.equal(await stateOf(page).textContent(), 'Published');
    await screenshot(page, '09-review-published');

    // The audit log names every step, and the chain verifies.
    await page.goto(`/admin/audit?targetId=${id}`);
    await page.getByText(/The chain is intact/).waitFor();
    const actions = await page.locator('.audit-table tbody td:nth-child(3)').allTextContents();
    assert.ok(actions.some((a) => a.includes('request-changes') || a.includes('changes')), `audit actions: ${actions.join(', ')}`);
    assert.ok(actions.some((a) => a.includes('publish') || a.includes('approve')), `audit actions: ${actions.join(', ')}`);
    await screenshot(page, '10-audit');

    assert.deepEqual(problems, []);
    await context.close();
  });

  it('enforces four eyes on TLP:CLEAR: one coordinator cannot approve twice, a second one publishes', async () => {
    const id = await seedSubmission(ui.exchange, { tlp: 'clear' });
    const first = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(first.page, demoUser(ui.exchange, COORDINATOR));
    await first.page.goto(`/admin/submissions/${id}`);
    await first.page.getByText('Four-eyes rule').waitFor();
    await first.page.getByRole('button', { name: 'Approve…' }).click();
    await first.page.getByLabel(/Justification/).fill('First look done.');
    await first.page.getByRole('button', { name: 'Record my approval' }).click();
    await first.page.getByText('Your approval is recorded (1 of 2)').waitFor();
    assert.equal(await stateOf(first.page).textContent(), 'Pending review');
    assert.ok(await first.page.getByRole('button', { name: /approval|Approve/ }).first().isDisabled(), 'the same coordinator cannot approve again');
    await screenshot(first.page, '11-four-eyes-first-approval');

    const second = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(second.page, demoUser(ui.exchange, SECOND_COORDINATOR));
    await second.page.goto(`/admin/submissions/${id}`);
    await second.page.getByRole('button', { name: 'Give second approval…' }).click();
    await second.page.getByLabel(/Justification/).fill('Second look done.');
    await second.page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await second.page.getByText(/Approved/).first().waitFor();
    await waitForState(ui.exchange.t, demoKey(ui.exchange, 'Acme Metering'), id, ['published']);
    assert.deepEqual([...first.problems, ...second.problems], []);
    await first.context.close();
    await second.context.close();
  });

  it('shows a member no moderation controls, and the API refusal in words', async () => {
    const id = await seedSubmission(ui.exchange);
    const { page, context } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, MEMBER));
    await page.getByRole('heading', { name: 'GridWatch Utilities' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.getByRole('link', { name: 'Moderation queue' }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'Audit log' }).count(), 0);
    await screenshot(page, '12-member-home');

    await page.goto(`/admin/submissions/${id}`);
    await page.getByText('Your account is not allowed to do this.').waitFor();
    assert.equal(await page.getByRole('button', { name: /Approve|Reject|Request changes/ }).count(), 0);
    assert.equal(await page.getByText('Acme Metering').count(), 0, 'the submitter is never named to a member');
    await screenshot(page, '13-member-refused');
    await context.close();
  });

  it('explains an API error in plain words when another coordinator acted first', async () => {
    const id = await seedSubmission(ui.exchange);
    const { page, context } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, COORDINATOR));
    await page.goto(`/admin/submissions/${id}`);
    await page.getByRole('button', { name: 'Approve…' }).waitFor();

    // Meanwhile a colleague rejects it.
    const colleague = demoUser(ui.exchange, SECOND_COORDINATOR);
    const login = await request(ui.exchange.t.http).post('/api/v1/auth/login').send(colleague).expect(200);
    await request(ui.exchange.t.http).post(`/api/v1/moderation/submissions/${id}/reject`).set({ Authorization: `Bearer ${login.body.token}` })
      .send({ reason: 'Duplicate of an earlier report.' }).expect(200);

    await page.getByRole('button', { name: 'Approve…' }).click();
    await page.getByLabel(/Justification/).fill('Looks fine.');
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'something changed first' });
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    assert.match(text, /rejected cannot be approved/);
    assert.doesNotMatch(text, /ILLEGAL_TRANSITION|HTTP 409|\{/);
    // The page behind now shows what happened.
    await page.locator('.summary .state', { hasText: 'Rejected' }).waitFor();
    await screenshot(page, '14-api-error-in-words');
    await context.close();
  });

  it('shows a clear page when the session expires, and signs back in to the same place', async () => {
    const { page, context } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, COORDINATOR));
    await page.goto('/admin/audit');
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    // End the session on the server, as expiry would.
    const cookie = (await context.cookies()).find((c) => c.name === 'ss_session');
    assert.ok(cookie, 'the session cookie is set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    await request(ui.exchange.t.http).post('/api/v1/auth/logout').set('Cookie', `ss_session=${cookie.value}`).expect(204);
    await page.getByRole('button', { name: 'Verify again' }).click();
    await page.getByRole('heading', { name: 'Your session has expired' }).waitFor();
    await screenshot(page, '15-session-expired');
    await page.getByLabel('Email').fill(COORDINATOR);
    await page.getByLabel('Password').fill(demoUser(ui.exchange, COORDINATOR).password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    assert.ok(page.url().endsWith('/admin/audit'));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, '01-sign-in');
    await context.close();
  });

  it('lays out the queue and the review at tablet width without horizontal page scroll', async () => {
    const id = await seedSubmission(ui.exchange);
    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl, TABLET);
    await signIn(page, demoUser(ui.exchange, COORDINATOR));
    await page.goto('/admin/queue');
    await page.locator('.queue-table tbody tr').first().waitFor();
    await screenshot(page, '16-queue-tablet');
    await page.goto(`/admin/submissions/${id}`);
    await page.getByRole('heading', { name: /^Indicators/ }).waitFor();
    await screenshot(page, '17-review-tablet');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { meterIncident, waitForState } from '../support/submissions';
import { assertAccessible } from './support/a11y';
import { exchangeInChromium, demoKey, demoUser, openTab, screenshot, seedSubmission, signIn } from './support/ui-harness';

const SUBMITTER = 'psirt@acme-metering.example';

describe('submitter screens in Chromium: resubmission', () => {

  const ui = exchangeInChromium();

  it('resubmits after changes_requested: an invalid bundle is explained object by object, the corrected one goes back to review', async () => {
    const id = await seedSubmission(ui.exchange);
    const login = await request(ui.exchange.t.http).post('/api/v1/auth/login').send(demoUser(ui.exchange, 'coordinator@shieldshare.example')).expect(200);
    await request(ui.exchange.t.http).post(`/api/v1/moderation/submissions/${id}/request-changes`).set({ Authorization: `Bearer ${login.body.token}` })
      .send({ message: 'Please remove the meter serial numbers.' }).expect(200);

    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, SUBMITTER));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My submissions' }).click();
    await page.getByRole('link', { name: id.slice(0, 8) }).click();
    await page.getByText('Please remove the meter serial numbers.').first().waitFor();
    await page.getByRole('heading', { name: 'Send a corrected bundle' }).waitFor();

    // Not JSON at all: said so, nothing sent.
    await page.getByLabel('Corrected bundle (JSON)').fill('{ "type": "bundle", ');
    await page.getByRole('button', { name: 'Resubmit' }).click();
    await page.getByRole('alert').filter({ hasText: 'That is not valid JSON' }).waitFor();

    // Valid JSON, invalid STIX: the first indicator lost its pattern; the error names that object.
    const broken = meterIncident({ orgName: 'Acme Metering' });
    delete (broken.objects[2] as Record<string, unknown>).pattern;
    await page.getByLabel('Corrected bundle (JSON)').fill(JSON.stringify(broken, null, 2));
    await page.getByRole('button', { name: 'Resubmit' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The corrected bundle still has' });
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    assert.match(text, /Object 3 \(indicator “C2 server 0”\)/);
    assert.match(text, /pattern/);
    assert.doesNotMatch(text, /\/bundle\/objects/, 'pointers are put in words');
    await page.locator('.summary .state', { hasText: 'Invalid' }).waitFor();
    await screenshot(page, '29-resubmit-refused');
    await assertAccessible(page, 'the resubmission form with errors');

    // The shipped policy attributes with consent, so consent is offered (unticked: anonymous by default).
    const consent = page.getByLabel('Name my organization as the creator of the published objects');
    assert.equal(await consent.isChecked(), false);
    await consent.check();
    // The corrected bundle, loaded from a file.
    await page.getByLabel('Or load a file').setInputFiles({ name: 'fixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(meterIncident({ orgName: 'Acme Metering' }))) });
    while (!(await page.getByLabel('Corrected bundle (JSON)').inputValue()).includes('"bundle"')) await page.waitForTimeout(50);
    await page.getByRole('button', { name: 'Resubmit' }).click();
    await page.getByText('Resubmitted as revision 3.').waitFor();
    const after = await waitForState(ui.exchange.t, demoKey(ui.exchange, 'Acme Metering'), id, ['pending_review']);
    assert.equal(after.revision, 3);
    assert.equal(after.attributionConsent, true);
    await page.reload();
    await page.locator('.summary .state', { hasText: 'Pending review' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Send a corrected bundle' }).count(), 0, 'no resubmission once it is back in review');
    await screenshot(page, '30-resubmitted');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('offers no resubmission to a member without the submitter role, and the API refuses it', async () => {
    const id = await seedSubmission(ui.exchange);
    const { page, context } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, 'analyst@gridwatch.example'));
    await page.goto(`/admin/my-submissions/${id}`);
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Send a corrected bundle' }).count(), 0);
    const refused = await context.request.post(`/api/v1/submissions/${id}/resubmit`, { data: { bundle: meterIncident(), tlp: 'green' } });
    assert.equal(refused.status(), 403);
    await context.close();
  });
  // Last: it publishes a new current policy, which every later test would have to accept.
  it('offers no attribution consent under a policy that never attributes', async () => {
    const id = await seedSubmission(ui.exchange);
    const coordinator = await request(ui.exchange.t.http).post('/api/v1/auth/login').send(demoUser(ui.exchange, 'coordinator@shieldshare.example')).expect(200);
    await request(ui.exchange.t.http).post(`/api/v1/moderation/submissions/${id}/request-changes`).set({ Authorization: `Bearer ${coordinator.body.token}` })
      .send({ message: 'Please remove the meter serial numbers.' }).expect(200);
    const admin = await request(ui.exchange.t.http).post('/api/v1/auth/login').send(demoUser(ui.exchange, 'admin@shieldshare.example')).expect(200);
    const current = (await request(ui.exchange.t.http).get('/api/v1/policies/current').expect(200)).body;
    const never = await request(ui.exchange.t.http).post('/api/v1/policies').set({ Authorization: `Bearer ${admin.body.token}` })
      .send({ version: '1.1.0', title: current.title, text: `${current.text}\n\nSubmitters are never named.`, rules: { ...current.rules, attribution: 'never' } }).expect(201);

    const { page, context, problems } = await openTab(ui.browser, ui.exchange.baseUrl);
    await signIn(page, demoUser(ui.exchange, SUBMITTER));
    const accepted = await context.request.post('/api/v1/policies/1.1.0/accept', { data: { contentHash: never.body.contentHash } });
    assert.equal(accepted.status(), 200);
    const policyRead = page.waitForResponse((r) => r.url().endsWith('/api/v1/policies/current'));
    await page.goto(`/admin/my-submissions/${id}`);
    await page.getByRole('heading', { name: 'Send a corrected bundle' }).waitFor();
    await policyRead;
    // Two frames after the answer: the form has rendered what it learnt from the policy.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    assert.equal(await page.getByLabel('Name my organization as the creator of the published objects').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

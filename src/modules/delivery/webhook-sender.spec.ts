import assert from 'node:assert/strict';
import type { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { WebhookSender, type WebhookRequest } from './webhook-sender';

/** A resolver with fixed answers, standing in for DNS (names under .test never resolve for real). */
function resolver(answers: Record<string, string[]>): typeof dnsLookup {
  return ((hostname: string, _options: unknown, callback: (e: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) => {
    const addresses = answers[hostname];
    if (!addresses) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  }) as typeof dnsLookup;
}

const request = (url: string): WebhookRequest => ({ url, body: '{}', subscriptionId: 's', batchId: 'b', attempt: 1, kid: 'k', objectCount: 0, secret: null, timeoutMs: 2_000 });

describe('WebhookSender', () => {
  let server: Server;
  let port: number;
  const received: IncomingMessage[] = [];
  let delayMs = 0;

  before(async () => {
    server = createServer((req, res) => {
      received.push(req);
      req.resume();
      req.on('end', () => setTimeout(() => res.writeHead(204).end(), delayMs));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('connects to the address it checked: a name resolved by the checked lookup reaches the receiver', async () => {
    const sender = new WebhookSender(true, resolver({ 'receiver.test': ['127.0.0.1'] }));
    const before = received.length;
    const result = await sender.post(request(`http://receiver.test:${port}/hook`));
    sender.close();
    assert.deepEqual([result.ok, result.statusCode, result.error], [true, 204, null]);
    assert.equal(received.length, before + 1);
    assert.equal(received[received.length - 1]!.headers.host, `receiver.test:${port}`);
  });

  it('refuses a name resolving to loopback, and connects nowhere, when local receivers are not allowed', async () => {
    for (const [answers, why] of [
      [['127.0.0.1'], /refused rebind\.test: it resolves to 127\.0\.0\.1, a loopback address/],
      [['93.184.216.34', '127.0.0.1'], /127\.0\.0\.1, a loopback address/],
      [['::ffff:169.254.169.254'], /link-local/],
    ] as const) {
      const sender = new WebhookSender(false, resolver({ 'rebind.test': [...answers] }));
      const before = received.length;
      const result = await sender.post(request(`http://rebind.test:${port}/hook`));
      sender.close();
      assert.equal(result.ok, false);
      assert.equal(result.statusCode, null);
      assert.match(result.error ?? '', why);
      assert.equal(received.length, before, 'a request reached the receiver');
    }
  });

  it('refuses internal IP literals without a lookup, loopback included unless allowed', async () => {
    const strict = new WebhookSender(false, resolver({}));
    const before = received.length;
    assert.match((await strict.post(request(`http://127.0.0.1:${port}/hook`))).error ?? '', /refused 127\.0\.0\.1: a loopback address/);
    assert.match((await strict.post(request('http://169.254.169.254/latest/meta-data'))).error ?? '', /link-local/);
    assert.match((await strict.post(request('http://[::ffff:10.0.0.1]/'))).error ?? '', /private/);
    assert.equal(received.length, before);
    const local = new WebhookSender(true, resolver({}));
    assert.match((await local.post(request('http://10.0.0.1/'))).error ?? '', /refused 10\.0\.0\.1: a private address/);
    assert.equal((await local.post(request(`http://127.0.0.1:${port}/hook`))).ok, true);
    strict.close();
    local.close();
  });

  it('reuses a kept-alive connection for the next request to the same origin', async () => {
    const sender = new WebhookSender(true);
    const sockets = new Set<unknown>();
    const count = (req: IncomingMessage) => sockets.add(req.socket);
    server.on('request', count);
    for (let i = 0; i < 3; i++) assert.equal((await sender.post(request(`http://127.0.0.1:${port}/hook`))).ok, true);
    server.off('request', count);
    sender.close();
    assert.equal(sockets.size, 1);
  });

  it('gives up after the timeout', async () => {
    delayMs = 500;
    const sender = new WebhookSender(true);
    const result = await sender.post({ ...request(`http://127.0.0.1:${port}/hook`), timeoutMs: 100 });
    sender.close();
    delayMs = 0;
    assert.deepEqual([result.ok, result.statusCode, result.error], [false, null, 'timed out after 100 ms']);
  });
});

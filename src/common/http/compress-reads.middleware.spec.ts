import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { compressReads } from './compress-reads.middleware';

const BIG = JSON.stringify({ objects: Array.from({ length: 50 }, (_, i) => ({ type: 'indicator', id: `indicator--${i}`, pattern: "[ipv4-addr:value = '198.51.100.7']" })) });

/** The bytes as they crossed the wire (fetch and supertest would decompress them). */
function raw(server: Server, method: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: '/', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressReads', () => {
  let server: Server;
  before(async () => {
    const app = express();
    app.use(compressReads());
    app.all('/', (req, res) => res.type('application/taxii+json;version=2.1').send(req.headers['x-small'] ? '{"ok":true}' : BIG));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
  });
  after(() => server.close());

  it('gzips a GET for a client that asks, byte-identical once decompressed, and says Vary', async () => {
    const res = await raw(server, 'GET', { 'Accept-Encoding': 'gzip, deflate' });
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.match(String(res.headers.vary), /accept-encoding/i);
    assert.equal(gunzipSync(res.body).toString(), BIG);
    assert.ok(res.body.length < BIG.length / 4, `${res.body.length} of ${BIG.length} bytes`);
  });

  it('sends identity to a client that does not ask, and bodies under 1 KB as they are', async () => {
    const plain = await raw(server, 'GET', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), BIG);
    const small = await raw(server, 'GET', { 'Accept-Encoding': 'gzip', 'X-Small': '1' });
    assert.equal(small.headers['content-encoding'], undefined);
  });

  it('never compresses a write: a POST can answer a secret beside caller-chosen text (BREACH)', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await raw(server, method, { 'Accept-Encoding': 'gzip' });
      assert.equal(res.headers['content-encoding'], undefined, method);
      assert.equal(res.body.toString(), BIG, method);
    }
  });
});

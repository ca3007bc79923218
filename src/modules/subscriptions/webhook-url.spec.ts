import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { webhookUrlProblem } from './webhook-url';

describe('webhookUrlProblem', () => {
  it('accepts https to public hosts', () => {
    assert.equal(webhookUrlProblem('https://siem.example.org/hook?x=1', false), null);
    assert.equal(webhookUrlProblem('https://203.0.113.7:8443/hook', false), null);
    assert.equal(webhookUrlProblem('https://[2001:db8::1]/hook', false), null);
  });

  it('refuses http, credentials, fragments and internal addresses', () => {
    for (const url of ['http://siem.example.org/', 'ftp://x.example/', 'https://u:p@x.example/', 'https://x.example/#f', 'https://localhost/', 'https://127.0.0.1/', 'https://10.0.0.1/', 'https://192.168.1.1/', 'https://172.16.0.1/', 'https://169.254.169.254/', 'https://100.64.0.1/', 'https://224.0.0.1/', 'https://0.0.0.0/', 'https://[::1]/', 'https://[fd00::1]/', 'https://[fe80::1]/', 'https://[ff02::1]/', 'https://[::ffff:127.0.0.1]/', 'https://[::ffff:a9fe:a9fe]/', 'not a url']) {
      assert.ok(webhookUrlProblem(url, false), url);
    }
  });

  it('allows http only to this machine when configured, and no other internal address', () => {
    assert.equal(webhookUrlProblem('http://127.0.0.1:8080/hook', true), null);
    assert.equal(webhookUrlProblem('http://localhost:8080/hook', true), null);
    assert.ok(webhookUrlProblem('http://siem.example.org/hook', true));
    assert.ok(webhookUrlProblem('https://10.0.0.1/hook', true));
    assert.ok(webhookUrlProblem('https://169.254.169.254/latest', true));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressProblem } from './webhook-address';

describe('addressProblem', () => {
  const refused: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.8.9.10', /loopback/],
    ['::1', /loopback/],
    ['0.0.0.0', /unspecified/],
    ['255.255.255.255', /broadcast/],
    ['10.1.2.3', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.1', /private/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['100.127.255.254', /carrier-grade NAT/],
    ['169.254.169.254', /link-local/],
    ['224.0.0.251', /multicast/],
    ['240.0.0.1', /reserved/],
    ['::', /unspecified/],
    ['fd12:3456::1', /private/],
    ['fe80::1', /link-local/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:a9fe:a9fe', /link-local/],
    ['64:ff9b::10.0.0.1', /private/],
    ['[::1]', /loopback/],
  ];
  for (const [ip, why] of refused) {
    it(`refuses ${ip}`, () => assert.match(addressProblem(ip, false) ?? '', why));
  }

  it('accepts public addresses', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '100.63.255.255', '100.128.0.1', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) assert.equal(addressProblem(ip, false), null, ip);
  });

  it('lets loopback, and only loopback, through when local receivers are allowed', () => {
    assert.equal(addressProblem('127.0.0.1', true), null);
    assert.equal(addressProblem('::1', true), null);
    assert.equal(addressProblem('::ffff:127.0.0.1', true), null);
    assert.match(addressProblem('10.0.0.1', true) ?? '', /private/);
    assert.match(addressProblem('169.254.169.254', true) ?? '', /link-local/);
  });

  it('refuses what is not an address', () => assert.ok(addressProblem('example.org', false)));
});

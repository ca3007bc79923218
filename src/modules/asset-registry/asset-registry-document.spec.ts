import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ASSET_LIMITS, checkRegistry, countsOf, type AssetKind } from './asset-registry-document';

function accepted(kind: AssetKind, value: unknown): unknown {
  const result = checkRegistry({ [kind]: [value] });
  assert.ok('document' in result, `${kind} ${JSON.stringify(value)} refused: ${JSON.stringify(result)}`);
  return result.document[kind][0];
}

function refused(kind: AssetKind, value: unknown): string {
  const result = checkRegistry({ [kind]: [value] });
  assert.ok('issues' in result, `${kind} ${JSON.stringify(value)} was accepted`);
  assert.equal(result.issues[0].pointer, `/${kind}/0`);
  return result.issues[0].message;
}

describe('checkRegistry', () => {
  it('normalises what it accepts', () => {
    const cases: [AssetKind, unknown, unknown][] = [
      ['domains', 'Acme-Metering.example.', 'acme-metering.example'],
      ['domains', 'bücher.example', 'xn--bcher-kva.example'],
      ['adDomains', 'ACME', 'acme'],
      ['adDomains', 'corp.acme.local', 'corp.acme.local'],
      ['netblocks', '192.0.2.0/24', '192.0.2.0/24'],
      ['netblocks', '203.0.113.7', '203.0.113.7/32'],
      ['netblocks', '10.0.0.0/8', '10.0.0.0/8'],
      ['netblocks', '2001:DB8:0:0::/48', '2001:db8::/48'],
      ['netblocks', '2001:db8:0:1:0:0:0:0/64', '2001:db8:0:1::/64'],
      ['netblocks', '::ffff:192.0.2.0/120', '::ffff:c000:200/120'],
      ['asns', 64500, 64500],
      ['asns', 'AS4200000001', 4200000001],
      ['staff', '  Jana   Novák ', 'Jana Novák'],
      ['staff', "Seán O'Brien-Smith", "Seán O'Brien-Smith"],
      ['brands', 'SmartGrid™ One', 'SmartGrid™ One'],
      ['products', 'AM-550', 'AM-550'],
      ['redact', 'PRJ-*-internal', 'PRJ-*-internal'],
      ['languages', 'en-gb', 'en-GB'],
    ];
    for (const [kind, input, expected] of cases) assert.equal(accepted(kind, input), expected, `${kind} ${JSON.stringify(input)}`);
  });

  it('refuses bad entries, naming the entry and why', () => {
    const cases: [AssetKind, unknown, RegExp][] = [
      ['domains', 'com', /registrable name/],
      ['domains', '*.acme.example', /without a wildcard/],
      ['domains', 'https://acme.example/', /not a domain/],
      ['domains', 'acme_metering.example', /not a domain/],
      ['domains', '-acme.example', /not a domain/],
      ['domains', `${'a'.repeat(64)}.example`, /not a domain/],
      ['domains', 'acme.123', /not a domain/],
      ['domains', 'acme.c0m', /top-level domain/],
      ['domains', 42, /must be a string/],
      ['netblocks', '192.0.2.1/24', /host bits set; the network is 192\.0\.2\.0\/24/],
      ['netblocks', '2001:db8::1/48', /host bits set; the network is 2001:db8::\/48/],
      ['netblocks', '0.0.0.0/0', /wider than \/8/],
      ['netblocks', '2000::/3', /wider than \/16/],
      ['netblocks', '192.0.2.0/33', /longer than \/32/],
      ['netblocks', '192.0.2.256/32', /not an IPv4 or IPv6/],
      ['netblocks', 'acme.example', /not an IPv4 or IPv6/],
      ['netblocks', '192.0.2.0/24/1', /not a CIDR/],
      ['netblocks', 'fe80::1%eth0/128', /not an IPv4 or IPv6/],
      ['asns', 0, /reserved/],
      ['asns', 23456, /reserved/],
      ['asns', 4294967296, /AS number/],
      ['asns', 1.5, /AS number/],
      ['asns', '64500', /AS number/],
      ['staff', 'J', /3-200 characters/],
      ['staff', 'Agent 007', /letters, spaces/],
      ['brands', 'ab', /3-200 characters/],
      ['brands', 'Acme\u200bMetering', /invisible/],
      ['customers', '---', /letter or digit/],
      ['redact', '*a*', /three characters/],
      ['redact', 'ab**cd', /single \*/],
      ['languages', 'english', /BCP 47/],
      ['languages', 'en-', /BCP 47/],
    ];
    for (const [kind, input, expected] of cases) assert.match(refused(kind, input), expected, `${kind} ${JSON.stringify(input)}`);
  });

  it('reports every bad entry at once, and refuses a kind that is not an array or is too long', () => {
    const result = checkRegistry({ domains: ['ok.example', 'bad domain', 'com'], netblocks: '192.0.2.0/24', staff: Array(ASSET_LIMITS.staff + 1).fill('Jana Novak') });
    assert.ok('issues' in result);
    assert.deepEqual(
      result.issues.map((i) => i.pointer),
      ['/domains/1', '/domains/2', '/netblocks', '/staff'],
    );
    assert.match(result.issues[1].message, /^"com": /);
  });

  it('drops duplicates after normalisation and counts per kind', () => {
    const result = checkRegistry({ domains: ['Acme.example', 'acme.example.'], netblocks: ['203.0.113.7', '203.0.113.7/32'], asns: [64500, 'AS64500'] });
    assert.ok('document' in result);
    assert.deepEqual(result.document.domains, ['acme.example']);
    assert.deepEqual(result.document.netblocks, ['203.0.113.7/32']);
    assert.deepEqual(result.document.asns, [64500]);
    assert.deepEqual(countsOf(result.document), { domains: 1, netblocks: 1, asns: 1, adDomains: 0, brands: 0, products: 0, staff: 0, customers: 0, redact: 0, languages: 0 });
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptsTaxii21, isTaxii21Body } from './taxii-media';

describe('TAXII 2.1 §1.6.8.1 content negotiation', () => {
  const accepted = [undefined, '', 'application/taxii+json;version=2.1', 'application/taxii+json; version=2.1', 'application/taxii+json', 'APPLICATION/TAXII+JSON;VERSION=2.1', '*/*', 'application/*', 'text/html, application/taxii+json;q=0.1'];
  const refused = ['application/json', 'application/taxii+json;version=2.0', 'application/vnd.oasis.taxii+json', 'application/stix+json;version=2.1', 'text/*', 'application/taxii+json;version=2.1;q=0'];
  for (const a of accepted) it(`Accept ${JSON.stringify(a)} is served`, () => assert.equal(acceptsTaxii21(a), true));
  for (const a of refused) it(`Accept ${JSON.stringify(a)} is a 406`, () => assert.equal(acceptsTaxii21(a), false));

  const bodies: [string | undefined, boolean][] = [
    ['application/taxii+json;version=2.1', true],
    ['application/taxii+json', true],
    ['application/taxii+json; version=2.1; charset=utf-8', true],
    ['application/taxii+json;version=2.1;charset=latin1', false],
    ['application/taxii+json;version=2.0', false],
    ['application/json', false],
    [undefined, false],
  ];
  for (const [type, ok] of bodies) it(`Content-Type ${JSON.stringify(type)} → ${ok ? 'parsed' : '415'}`, () => assert.equal(isTaxii21Body(type), ok));
});

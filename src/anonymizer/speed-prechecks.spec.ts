import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachedRegExp } from './regex-cache';
import { scanProtected as scan } from './test-scanner';

// The pre-checks that skip a pattern (speed only) must let through every text it can match.

describe('pattern pre-checks', () => {
  it('a password in a URL is found after an earlier "@", and a URL without user info is left alone', () => {
    assert.equal(scan('ops@x then ftp://svc:Qw8rty77x!@files.evil.top/drop'), 'ops@x then ftp://[USER-1]:[SECRET-1]@files.evil.top/drop');
    assert.equal(scan('ftp://files.evil.top/drop by ops@'), 'ftp://files.evil.top/drop by ops@');
  });
  it('a Windows SID is found by its literal prefix', () => {
    assert.equal(scan('owner S-1-5-21-3623811015-3361044348-30300820-1013 logged on'), 'owner [SID-1] logged on');
  });
  it('"local AT domain.tld" is an address in either case of "at"', () => {
    assert.equal(scan('write to jane.doe AT example.com today'), 'write to [EMAIL-1] today');
    assert.equal(scan('write to jdoe77 at example.com today'), 'write to [EMAIL-1] today');
  });
});

describe('cachedRegExp', () => {
  it('returns one compiled pattern per source and flags', () => {
    assert.equal(cachedRegExp('a|b', 'giu'), cachedRegExp('a|b', 'giu'));
    assert.notEqual(cachedRegExp('a|b', 'giu'), cachedRegExp('a|b', 'gu'));
  });
  it('drops the oldest patterns once their sources exceed the size bound', () => {
    const first = cachedRegExp('a'.repeat(700_000), '');
    cachedRegExp('b'.repeat(700_000), '');
    assert.notEqual(cachedRegExp('a'.repeat(700_000), ''), first);
  });
});

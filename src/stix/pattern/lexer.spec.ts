import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './lexer';

const kinds = (src: string) => tokenize(src).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('reads identifiers with hyphens, keywords, operators and punctuation', () => {
    assert.deepEqual(kinds("[ipv4-addr:value NOT = 'x']"), ['punct:[', 'ident:ipv4-addr', 'punct::', 'ident:value', 'keyword:NOT', 'op:=', 'string:x', 'punct:]', 'eof:']);
  });

  it('reads == as = and <> as !=', () => {
    assert.deepEqual(kinds('== <> <= >= < >'), ['op:=', 'op:!=', 'op:<=', 'op:>=', 'op:<', 'op:>', 'eof:']);
  });

  it('reads prefixed literals and numbers', () => {
    assert.deepEqual(kinds("t'2020-01-01T00:00:00Z' b'AQID' h'0a0B' -1 +2 3.5 -.5 true false"), [
      'timestamp:2020-01-01T00:00:00Z',
      'binary:AQID',
      'hex:0a0B',
      'int:-1',
      'int:+2',
      'float:3.5',
      'float:-.5',
      'bool:true',
      'bool:false',
      'eof:',
    ]);
  });

  it('treats a dot after a path part as a path step, not a float', () => {
    assert.deepEqual(kinds("a.b[0].'c'"), ['ident:a', 'punct:.', 'ident:b', 'punct:[', 'int:0', 'punct:]', 'punct:.', 'string:c', 'eof:']);
  });

  it('keeps keywords case-sensitive', () => {
    assert.deepEqual(kinds('AND and'), ['keyword:AND', 'ident:and', 'eof:']);
  });

  it('skips comments and Unicode whitespace', () => {
    assert.deepEqual(kinds('/* a */ [\u00a0// b\n]'), ['punct:[', 'punct:]', 'eof:']);
  });

  it('records offsets', () => {
    const t = tokenize("  [x-y:z = 'q']");
    assert.deepEqual(t.slice(0, 2).map((x) => [x.start, x.end]), [[2, 3], [3, 6]]);
  });
});

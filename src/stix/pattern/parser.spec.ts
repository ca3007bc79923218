import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePattern, printPattern, StixPatternError } from '../index';
import type { ObservationNode } from '../index';

/** Removes spans so trees from differently spaced texts compare equal. */
function shape(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (k, v) => (k === 'span' ? undefined : v)));
}

const VALID: string[] = [
  "[file:name = 'foo.dll']",
  "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e' OR file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']",
  "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']",
  "[domain-name:value = 'example.com'] AND [url:value = 'http://example.com/foo']",
  "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name LIKE 'pdf%']",
  "[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']",
  "[windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\System\\\\Foo\\\\Bar']",
  "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
  "[file:extensions.'windows-pebinary-ext'.sections[0].name = '.text']",
  "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_port = 443]",
  "[network-traffic:dst_port IN (80, 443, 8080)]",
  "[network-traffic:dst_port NOT IN (80, 443)]",
  '[network-traffic:dst_port >= 1024 AND network-traffic:dst_port <= 65535]',
  '[network-traffic:dst_port < 1024 OR network-traffic:src_port > 49151]',
  "[ipv4-addr:value ISSUBSET '192.168.0.0/16']",
  "[ipv4-addr:value ISSUPERSET '10.1.2.3/32']",
  "[ipv4-addr:value NOT ISSUBSET '10.0.0.0/8']",
  "[file:name NOT MATCHES '^[a-z]+$']",
  "[file:name != 'a.exe']",
  "[file:name NOT = 'a.exe']",
  "[file:name <> 'a.exe']",
  "[file:name == 'a.exe']",
  '[EXISTS windows-registry-key:values]',
  "[artifact:payload_bin = b'VGhpcyBpcyBhIHRlc3Q=']",
  "[artifact:payload_bin = b'']",
  "[file:magic_number_hex = h'ffd8']",
  "[file:created > t'2016-01-01T00:00:00Z']",
  "[file:created < t'2020-02-29T12:34:56.123456Z']",
  '[process:is_hidden = true]',
  '[process:is_hidden = false]',
  '[x-custom-thing:score = -5]',
  '[x-custom-thing:score = +5]',
  '[x-custom-thing:ratio = -0.5]',
  '[x-custom-thing:ratio = .5]',
  '[x-custom-thing:ratio = 0.000001]',
  "[file:name = 'it\\'s']",
  "[file:name = 'back\\\\slash']",
  "[file:'name' = 'quoted first component']",
  "[x-custom-thing:list[-1] = 'x']",
  "[file:name = 'a'] WITHIN 300 SECONDS",
  "[file:name = 'a'] WITHIN 2.5 SECONDS",
  "[file:name = 'a'] REPEATS 5 TIMES",
  "[file:name = 'a'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
  "[file:name = 'a'] REPEATS 2 TIMES WITHIN 60 SECONDS",
  "([file:name = 'a'] AND [file:name = 'b']) WITHIN 60 SECONDS",
  "[file:name = 'a'] FOLLOWEDBY [file:name = 'b'] FOLLOWEDBY [file:name = 'c']",
  "[file:name = 'a'] OR [file:name = 'b'] AND [file:name = 'c']",
  "([file:name = 'a'] OR [file:name = 'b']) AND [file:name = 'c']",
  "[(file:name = 'a' OR file:name = 'b') AND file:size = 10]",
  "[file:name = 'a' AND (file:size = 1 AND file:size = 2)]",
  "[ file:name='a'  ]   /* comment */ AND // line comment\n [file:size=1]",
  "[file:name IN ()]",
  "[file:name = 'ünïcödé ✓']",
  "[file:hashes.'SHA-256' = 'x' AND file:parent_directory_ref.path = 'C:\\\\Windows']",
];

const INVALID: Array<[string, string, number?]> = [
  ['', 'empty pattern', 0],
  ["file:name = 'a'", "expected '[' or '('", 0],
  ["[file:name = 'a'", "expected ']'", 16],
  ["[file:name = 'a']]", 'end of pattern', 17],
  ["[file:name 'a']", 'comparison operator', 11],
  ["[file:name = ]", 'literal value', 13],
  ["[file:name = 'a' AND]", 'object type', 20],
  ["[:name = 'a']", 'object type', 1],
  ["[file name = 'a']", "':'", 6],
  ["[file:name = 'unterminated]", 'unterminated string', 13],
  ["[file:name = 'bad \\n escape']", 'invalid escape', 18],
  ["[File:name = 'a']", 'not a valid STIX type name', 1],
  ["[fi:name = 'a']", 'not a valid STIX type name', 1],
  ["[file--x:name = 'a']", 'not a valid STIX type name', 1],
  ["[file:hashes.SHA-256 = 'a']", "contains '-'", 13],
  ["[file:name[x] = 'a']", 'list index', 11],
  ["[file:name = 'a'] WITHIN 0 SECONDS", 'positive', 25],
  ["[file:name = 'a'] WITHIN -5 SECONDS", 'positive', 25],
  ["[file:name = 'a'] WITHIN 5", 'SECONDS', 26],
  ["[file:name = 'a'] WITHIN 5 MINUTES", 'SECONDS', 27],
  ["[file:name = 'a'] REPEATS 0 TIMES", 'positive', 26],
  ["[file:name = 'a'] REPEATS 1.5 TIMES", 'positive integer', 26],
  ["[file:name = 'a'] START t'2016-07-01T00:00:00Z' STOP t'2016-06-01T00:00:00Z'", 'later than', 53],
  ["[file:name = 'a'] START '2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'", 'timestamp', 24],
  ["[file:created = t'2021-02-29T00:00:00Z']", 'not a valid RFC 3339', 16],
  ["[file:created = t'2016-01-01T00:00:00']", 'not a valid RFC 3339', 16],
  ["[file:created = t'2016-01-01T00:00:00+01:00']", 'not a valid RFC 3339', 16],
  ["[file:created = t'2016-13-01T00:00:00Z']", 'not a valid RFC 3339', 16],
  ["[file:name MATCHES '(unclosed']", 'does not compile', 19],
  ["[file:name MATCHES 5]", 'quoted string', 19],
  ["[file:name LIKE 5]", 'quoted string', 16],
  ["[ipv4-addr:value ISSUBSET 5]", 'quoted string', 26],
  ['[file:size > true]', 'cannot be ordered', 13],
  ["[file:magic_number_hex = h'abc']", 'pairs of hex digits', 25],
  ["[artifact:payload_bin = b'abc']", 'base64', 24],
  ['[file:size = 007]', 'leading zeros', 13],
  ['[file:size = 99999999999999999999]', 'out of range', 13],
  ["[file:name NOT EXISTS]", 'EXISTS goes before', 15],
  ["[file:name EXISTS]", 'EXISTS goes before', 11],
  ["[file:name = 'a'] and [file:name = 'b']", 'end of pattern', 18],
  ["[file:name = 'a'] AND", "'['", 21],
  ["[file:name = 'a'] FOLLOWEDBY", "'['", 28],
  ["[file:name IN (1, 2]", "')'", 19],
  ["[file:name = 'a' ? ]", 'unexpected character', 17],
  ["[file:name = 'a'] /* unterminated", 'unterminated /* comment', 18],
  ["[file:name ! 'a']", "expected '='", 11],
];

describe('parsePattern: valid patterns', () => {
  for (const text of VALID) {
    it(`parses and round-trips ${JSON.stringify(text)}`, () => {
      const parsed = parsePattern(text);
      assert.ok(parsed.observables.length > 0);
      const printed = printPattern(parsed.ast);
      const again = parsePattern(printed);
      assert.deepEqual(shape(again.ast), shape(parsed.ast));
      assert.equal(printPattern(again.ast), printed);
    });
  }
});

describe('parsePattern: invalid patterns', () => {
  for (const [text, message, offset] of INVALID) {
    it(`rejects ${JSON.stringify(text)} (${message})`, () => {
      assert.throws(
        () => parsePattern(text),
        (e: unknown) => {
          assert.ok(e instanceof StixPatternError, `expected StixPatternError, got ${String(e)}`);
          assert.match(e.message, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          if (offset !== undefined) assert.equal(e.offset, offset);
          return true;
        },
      );
    });
  }
});

describe('parsePattern: tree shape', () => {
  it('binds AND tighter than OR inside an observation', () => {
    const { ast } = parsePattern("[a-b:x = 1 OR a-b:y = 2 AND a-b:z = 3]");
    assert.equal(ast.type, 'observation');
    const expr = (ast as Extract<ObservationNode, { type: 'observation' }>).expression;
    assert.equal(expr.type, 'or');
    assert.equal(expr.type === 'or' && expr.operands[1].type, 'and');
  });

  it('binds AND tighter than OR tighter than FOLLOWEDBY between observations', () => {
    const { ast } = parsePattern('[a-b:x = 1] FOLLOWEDBY [a-b:x = 2] OR [a-b:x = 3] AND [a-b:x = 4]');
    assert.deepEqual(
      JSON.parse(JSON.stringify(ast, (k, v) => (k === 'span' || k === 'expression' ? undefined : v))),
      {
        type: 'followedby',
        operands: [
          { type: 'observation' },
          { type: 'observation-or', operands: [{ type: 'observation' }, { type: 'observation-and', operands: [{ type: 'observation' }, { type: 'observation' }] }] },
        ],
      },
    );
  });

  it('attaches a qualifier to the observation before it, not to the whole expression', () => {
    const { ast } = parsePattern('[a-b:x = 1] AND [a-b:x = 2] WITHIN 5 SECONDS');
    assert.equal(ast.type, 'observation-and');
    assert.equal(ast.type === 'observation-and' && ast.operands[1].type, 'qualified');
  });

  it('reports observables with type, canonical path, operator and value', () => {
    const { observables } = parsePattern(
      "[file:hashes.'SHA-256' = 'abc' AND file:extensions.'x-foo'.values[*] NOT IN ('a', 'b')]",
    );
    assert.deepEqual(
      observables.map((o) => [o.objectType, o.path, o.operator, o.negated, o.value]),
      [
        ['file', "hashes.'SHA-256'", '=', false, { kind: 'string', value: 'abc' }],
        ['file', "extensions.'x-foo'.values[*]", 'IN', true, [{ kind: 'string', value: 'a' }, { kind: 'string', value: 'b' }]],
      ],
    );
  });

  it('decodes escaped quotes and backslashes in string literals', () => {
    const { observables } = parsePattern("[file:name = 'it\\'s a \\\\ path']");
    assert.deepEqual(observables[0].value, { kind: 'string', value: "it's a \\ path" });
  });

  it('records spans that index the original text', () => {
    const text = "[file:name = 'a'] AND [ipv4-addr:value = '10.0.0.1']";
    const { observables } = parsePattern(text);
    assert.equal(text.slice(observables[1].span.start, observables[1].span.end), "ipv4-addr:value = '10.0.0.1'");
  });

  it('prints keyword-like and unusual property names quoted', () => {
    const { ast } = parsePattern("[x-foo:'AND'.'with space'.'it\\'s' = 1]");
    assert.equal(printPattern(ast), "[x-foo:'AND'.'with space'.'it\\'s' = 1]");
  });

  it('prints small floats without exponent notation', () => {
    const { ast } = parsePattern('[x-foo:v = 0.0000001]');
    assert.equal(printPattern(ast), '[x-foo:v = 0.0000001]');
  });
});

describe('parsePattern: hostile input', () => {
  it('refuses deep nesting with a clear error instead of overflowing the stack', () => {
    const text = '('.repeat(10_000) + "[file:name = 'a']" + ')'.repeat(10_000);
    assert.throws(() => parsePattern(text), /nests deeper than 64/);
  });

  it('refuses deep comparison nesting', () => {
    const text = '[' + '('.repeat(10_000) + "file:name = 'a'" + ')'.repeat(10_000) + ']';
    assert.throws(() => parsePattern(text), /nests deeper than 64/);
  });

  it('refuses endless qualifier chains', () => {
    const text = "[file:name = 'a']" + ' REPEATS 2 TIMES'.repeat(1000);
    assert.throws(() => parsePattern(text), /nested qualifiers/);
  });

  it('compiles but never runs a catastrophic MATCHES regex', () => {
    const started = process.hrtime.bigint();
    parsePattern("[file:name MATCHES '^(a+)+$']");
    assert.ok(process.hrtime.bigint() - started < 100_000_000n);
  });

  it('handles a very long flat pattern in bounded time', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `[file:size = ${i}]`).join(' OR ');
    const { observables } = parsePattern(text);
    assert.equal(observables.length, 20_000);
  });

  it('refuses non-string input', () => {
    assert.throws(() => parsePattern(42 as unknown as string), StixPatternError);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isLanguageTag } from './language';

describe('isLanguageTag (RFC 5646 shape)', () => {
  for (const t of ['en', 'de-DE', 'zh-Hant-TW', 'es-419', 'sr-Latn-RS', 'de-CH-1901', 'en-US-x-twain', 'x-private', 'i-klingon', 'yue', 'ja-JP-u-ca-japanese']) {
    it(`accepts ${t}`, () => assert.equal(isLanguageTag(t), true));
  }
  for (const t of ['', 'english!', 'e', 'en_US', 'en--US', '12', 'en-', 'toolongprimary']) {
    it(`rejects ${JSON.stringify(t)}`, () => assert.equal(isLanguageTag(t), false));
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Detector } from './detectors/finding';
import { addressPlaceDetectors } from './detectors/address-places';
import { NATIONAL_ID_LABELS, nationalIdDetectors } from './detectors/national-ids';
import { referenceDetectors } from './detectors/references';

// The stem gates before the label expressions are for speed only: they must let through every
// label the expression reads, however it is written.

const ctx = { isProtected: () => false } as unknown as Parameters<Detector>[1];
const values = (detectors: [string, Detector][], text: string) => detectors.flatMap(([, d]) => d(text, ctx)).map((f) => text.slice(f.start, f.end));

describe('national-id label gate', () => {
  it('lets every label through before a number, in any case and as a key', () => {
    // Labels of one-letter words ("c.f", "r.č") have never had a stem to open the scan; a capital
    // "I" is not the "ı" of "numarası" in lower case.
    for (const label of NATIONAL_ID_LABELS.filter((l) => /[^ .'/-]{2}/.test(l))) {
      const forms = [`${label}: 7302154411`, `"${label.replace(/ /g, '_')}": "7302154411"`];
      if (label.toUpperCase().toLowerCase() === label) forms.push(`Patient record, ${label.toUpperCase()}: 7302154411 (verified)`);
      for (const text of forms) {
        assert.deepEqual(values(nationalIdDetectors, text), ['7302154411'], text);
      }
    }
  });
  it('reads "NI No" spaced, joined or as a key, though "ni" of "admin" no longer opens the scan', () => {
    assert.deepEqual(values(nationalIdDetectors, 'Caller gave NI No: QQ 12 34 56 C'), ['QQ 12 34 56 C']);
    assert.deepEqual(values(nationalIdDetectors, 'ni_no=QQ123456C'), ['QQ123456C']);
    assert.deepEqual(values(nationalIdDetectors, 'admin reset 12 4411 at 10:30'), []);
  });
  it('reads a two-letter label between word edges only ("RG" of a Brazilian id, not "org")', () => {
    assert.deepEqual(values(nationalIdDetectors, 'RG: 12.345.678-9 do titular'), ['12.345.678-9']);
    assert.deepEqual(values(nationalIdDetectors, 'beacon to cdn.example.org: 12.345.678-9'), []);
  });
});

describe('reference family label gate', () => {
  it('reads serial labels written with a short dotted word ("Ser. No.", "výr. č.") in a text full of "user" and "server"', () => {
    assert.deepEqual(values(referenceDetectors, 'user on server: Ser. No. 48213977, ser.nr. 55120934'), ['48213977', '55120934']);
    assert.deepEqual(values(referenceDetectors, 'Elektroměr výr. č. 88120345 u odběratele'), ['88120345']);
    assert.deepEqual(values(referenceDetectors, 'Счётчик зав. № 00471209 в подвале'), ['00471209']);
  });
});

describe('Eircode pre-check', () => {
  it('lets an Eircode closing an address line through', () => {
    assert.deepEqual(values(addressPlaceDetectors, 'Caller moved to 4 Church Road, Navan, C15 HT28 last year'), ['C15 HT28']);
    assert.deepEqual(values(addressPlaceDetectors, 'Meter at 12 Main St, Ennis, V95 X2F3.'), ['V95 X2F3']);
  });
});

describe('birth-date-and-serial pre-check', () => {
  it('lets the personnummer, CPR, rodné číslo and henkilötunnus shapes through', () => {
    assert.deepEqual(values(nationalIdDetectors, 'kund 811218-9876 ringde'), ['811218-9876']);
    assert.deepEqual(values(nationalIdDetectors, 'pacient 736028/5163 hlášen'), ['736028/5163']);
    assert.deepEqual(values(nationalIdDetectors, 'asiakas 131052-308T soitti'), ['131052-308T']);
  });
});

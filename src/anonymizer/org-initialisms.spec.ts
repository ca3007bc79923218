import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { definedShortNames, orgInitialisms, teamShortNames } from './org-initialisms';

const KEY = createKeyring('e0e1e2e3e4e5e6e7e8e9eaebecedeeef');
const T = '2024-05-01T10:11:12.345Z';

describe('orgInitialisms', () => {
  it('reads the initials of the registered names, with and without the legal form, across hyphenated compounds', () => {
    assert.deepEqual(orgInitialisms(['Vereinigte Energie-Anlagen Thüringen GmbH']).sort(), ['VEAT', 'VEATG']);
    assert.deepEqual(orgInitialisms(['Nordic Energy Systems AB', 'Nordic Energy']).sort(), ['NES', 'NESA']);
    assert.deepEqual(orgInitialisms(['Compagnie des Compteurs de France S.A.']).sort(), ['CCF', 'CCFS']);
  });

  it('also reads them as typed without diacritics', () => {
    assert.deepEqual(orgInitialisms(['Anadolu Hat İletişim A.Ş.']).sort(), ['AHI', 'AHIA', 'AHİ', 'AHİA']);
  });

  it('skips what cannot be a short name: one word, two letters, more than six, scripts without case', () => {
    assert.deepEqual(orgInitialisms(['Gridline', 'Acme Metering', '東京電力株式会社', 'One Two Three Four Five Six Seven']), []);
  });
});

describe('teamShortNames', () => {
  const teams = (text: string) => {
    const into = new Set<string>();
    teamShortNames(text, into);
    return [...into].sort();
  };

  it('reads the acronym a security team is named after', () => {
    assert.deepEqual(teams('PoC: Cody Hale (ASSM PSIRT); escalated to VEAT-CERT and the AMM SOC night shift.'), ['AMM', 'ASSM', 'VEAT']);
  });

  it('reads desks and teams named in words', () => {
    assert.deepEqual(teams('— Ana Ruiz, QLX Fraud Desk; copy to the KVR Security Team and the APAC Security Team.'), ['KVR', 'QLX']);
  });

  it('leaves generic and public teams, words and mixed case alone', () => {
    assert.deepEqual(teams('Reported to US-CERT, JPCERT/CC and the national CERT; our OT SOC and ICS-CERT advisories; the SOC; Acme PSIRT; ENISA CSIRT network.'), []);
  });
});

describe('definedShortNames', () => {
  const defined = (text: string, names = ['Harwick Telecom Ltd', 'Harwick']) => {
    const into = new Set<string>();
    definedShortNames(text, names, into);
    return [...into].sort();
  };

  it('reads the acronym an organisation defines for itself, after or before its name', () => {
    assert.deepEqual(defined('Fraud Desk – Harwick (HWK), product security'), ['HWK']);
    assert.deepEqual(defined('Reported by Harwick Telecom Ltd（HTL）.'), ['HTL']);
    assert.deepEqual(defined('Escalated to HRT (Harwick Telecom Ltd) on Monday.'), ['HRT']);
  });

  it('takes nothing else in brackets: other letters, public bodies, ids, other names', () => {
    assert.deepEqual(defined('Harwick (CVE-2024-1234), Harwick (EU), Harwick (TLP:AMBER), Harwickshire (HSH), Harwick (Wales), Harwick (NCSC)'), []);
    assert.deepEqual(defined('Contoso (CTS) and Harwick staff'), []);
  });
});

describe('anonymize: the submitter by its initials', () => {
  const note = (content: string) => ({
    type: 'note', spec_version: '2.1', id: 'note--0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3e', created: T, modified: T, content, object_refs: ['indicator--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'],
  });
  const indicator = {
    type: 'indicator', spec_version: '2.1', id: 'indicator--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', created: T, modified: T,
    pattern: "[domain-name:value = 'nes-update.net']", pattern_type: 'stix', valid_from: T,
  };
  const run = (content: string) =>
    anonymize({ type: 'bundle', id: 'bundle--6a1f2e3d-4c5b-4a69-8877-665544332211', objects: [indicator, note(content)] }, DEFAULT_POLICY, KEY, { names: ['Nordic Energy Systems AB'] }, { now: T });

  it('removes the initialism where it is written as one, and keeps the same letters in a threat domain and in ordinary words', () => {
    const r = run('Escalated by NES SOC (NES-CERT) on the night shift; the meters beacon to nes-update.net; Nintendo NES emulator strings found; the dropper is named nes.bin.');
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /\bNES\b/, out);
    assert.match(out, /nes-update\.net/);
    assert.match(out, /named nes\.bin/);
    const ind = r.bundle.objects.find((o) => o.type === 'indicator')!;
    assert.equal(ind.pattern, "[domain-name:value = 'nes-update.net']");
  });

  it('removes an initialism with a dotted capital both as written and as typed in ASCII', () => {
    const r = anonymize(
      { type: 'bundle', id: 'bundle--6a1f2e3d-4c5b-4a69-8877-665544332212', objects: [indicator, note('AHİ saha ekibi; AHI-IOC beacon seen by the AHI night shift.')] },
      DEFAULT_POLICY,
      KEY,
      { names: ['Anadolu Hat İletişim A.Ş.'] },
      { now: T },
    );
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /(?<!\p{L})AH[Iİ](?!\p{L})/u, out);
  });

  it('removes a team acronym the profile does not list, wherever else it is written', () => {
    const r = run('Contact: Cody Hale (ASSM PSIRT). ASSM field crews swapped the meters; see also the OT SOC runbook.');
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /ASSM/, out);
    assert.match(out, /OT SOC runbook/);
  });
});

describe('anonymize: an acronym the submitter defines in its own identity', () => {
  const ORG = 'identity--2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182';
  const IND = 'indicator--3c4d5e6f-7081-4b92-8c3d-4e5f60718293';
  const run = () =>
    anonymize(
      {
        type: 'bundle',
        id: 'bundle--4d5e6f70-8192-4ca3-9d4e-5f6071829304',
        objects: [
          { type: 'identity', spec_version: '2.1', id: ORG, created: T, modified: T, name: 'Harwick Telecom Ltd', identity_class: 'organization', description: 'Fraud Desk – Harwick (HWK)' },
          { type: 'indicator', spec_version: '2.1', id: IND, created: T, modified: T, created_by_ref: ORG, name: 'HWK-IOC Qakbot beacon', pattern: "[domain-name:value = 'hwk-login.com']", pattern_type: 'stix', valid_from: T },
          { type: 'note', spec_version: '2.1', id: 'note--5e6f7081-92a3-4db4-8e5f-607182930415', created: T, modified: T, created_by_ref: ORG, content: 'Phishing kit on hwk-login.com targets our subscribers. — Ana, HWK Fraud Desk', object_refs: [IND] },
        ],
      },
      DEFAULT_POLICY,
      KEY,
      { names: ['Harwick Telecom Ltd'] },
      { now: T },
    );

  it('removes it wherever it stands and keeps the look-alike threat domain', () => {
    const out = JSON.stringify(run().bundle);
    assert.doesNotMatch(out, /\bHWK\b/, out);
    assert.match(out, /hwk-login\.com/);
    const ind = run().bundle.objects.find((o) => o.type === 'indicator')!;
    assert.equal(ind.pattern, "[domain-name:value = 'hwk-login.com']");
  });
});

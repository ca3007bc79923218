import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyBundleStaff, handleParts, learnFromObject, learnFromText, nameParts, productBrands } from './bundle-staff';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import type { StixObject } from './types';

const KEY = createKeyring('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf');
const T = '2024-03-04T05:06:07.000Z';
const ORG = 'identity--0b6d1f0e-2c3a-4d5e-8f90-1a2b3c4d5e6f';
const IND = 'indicator--5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

const learn = (texts: string[], objects: Partial<StixObject>[] = [], domains = ['brightwater-devices.example']) => {
  const s = emptyBundleStaff();
  for (const t of texts) learnFromText(t, domains, s);
  for (const o of objects) learnFromObject(o as StixObject, s);
  return { names: [...s.names].sort(), handles: [...s.handles].sort(), shortNames: [...s.shortNames].sort() };
};

describe('bundle-staff: what the bundle says about its submitter', () => {
  it('reads authors and the contact person of an identity, with the latin spelling of their address', () => {
    const r = learn([], [
      { type: 'note', authors: ['Marisol Quintanar', 'k.abernethy'] },
      { type: 'identity', contact_information: '정다은 <daeun.jeong@brightwater-devices.example>, +82 2 555 0142' },
    ]);
    assert.deepEqual(r.names, ['Marisol Quintanar', '정다은']);
    assert.deepEqual(r.handles, ['daeun.jeong', 'k.abernethy']);
  });

  it('reads the person a custom property names as owner or analyst, in any script, not other custom values', () => {
    const r = learn([], [
      { type: 'report', x_brightwater_case_owner: 'सुनीता कुलकर्णी', x_analyst: 'Ines Carvalho', x_customer_segment: 'Small Business', x_case_ref: 'Escalated Twice' },
    ]);
    assert.deepEqual(r.names, ['Ines Carvalho', 'सुनीता कुलकर्णी']);
  });

  it('reads a sign-off line around an address at the submitter domains: the short name and who signs', () => {
    const r = learn(['Beacon interval five minutes.\nPSIRT: Anneke van der Merwe, a.vandermerwe@brightwater-devices.example, BWDX']);
    assert.deepEqual(r.shortNames, ['BWDX']);
    assert.deepEqual(r.names, ['Anneke van der Merwe']);
    assert.deepEqual(r.handles, ['a.vandermerwe']);
  });

  it('ignores the same line at someone else\'s address, roles, generic acronyms and lower-case words', () => {
    assert.deepEqual(learn(['Reported by: Anneke van der Merwe, anneke@gmail.example, BWDX']).shortNames, []);
    const r = learn(['Product Security Engineer, psirt@brightwater-devices.example, CERT, TLP, the night shift']);
    assert.deepEqual(r, { names: [], handles: [], shortNames: [] });
  });

  it('reads chat speakers in bracketed and Teams layouts, and a login beside its given name', () => {
    const r = learn([
      '[14:02] Priya Raghunathan: any news on the meter?\n[14:05] t.wierzbicki: pulled the logs',
      'Oskar Lindgren  9:41 AM\n@Priya can you check 10.2.3.4?',
      'Escalation owner: Tomasz (tomasz.wierzbicki), second line.',
    ]);
    assert.deepEqual(r.names, ['Oskar Lindgren', 'Priya Raghunathan']);
    assert.deepEqual(r.handles, ['t.wierzbicki', 'tomasz.wierzbicki']);
  });

  it('reads the make of the product a PSIRT writes about, seen in two strings, but not a town before its postcode, a street, a compound word nor a threat name', () => {
    const brands = (texts: string[], threats: string[] = []) => {
      const s = emptyBundleStaff();
      for (const t of texts) learnFromText(t, [], s);
      return productBrands(s, threats).sort();
    };
    const texts = [
      'Escalated to PSIRT.',
      'Gateway Ostrava GW-410 reboots nightly; sent from 12 Kingsway, Reading RG1 3AB.',
      'RMA for Ostrava GW-410, Ostrava HeatLink and Qakbot C2 traffic; ship to 12 Kingsway, Reading RG1 3AB.',
      'Ostrava HeatLink firmware 2.1; Qakbot C2 beacon seen.',
      'Vermoedelijke Qakbot-besmetting, afgehaald aan de Zeestraat 41.',
      'Vermoedelijke Qakbot-besmetting; klant woont Zeestraat 41, Zwolle.',
    ];
    assert.deepEqual(brands(texts, ['Qakbot']), ['Ostrava']);
    // Without a PSIRT the make may be anyone's: left alone. Once only: not a product line.
    assert.deepEqual(brands(texts.slice(1), ['Qakbot']), []);
    assert.deepEqual(brands(['PSIRT triage', 'Seen on Ostrava GW-410.']), []);
  });

  it('reads a make before a model word with its number or edition, but not dates, places, phases or rooms', () => {
    const brands = (texts: string[]) => {
      const s = emptyBundleStaff();
      for (const t of ['PSIRT triage notes.', ...texts]) learnFromText(t, [], s);
      return productBrands(s, []).sort();
    };
    assert.deepEqual(brands(['Mirai build seen on Tervana Kiosk 7.', 'POS terminal Tervana Kiosk 7 fleet', 'Set-top box Halvik Vista One', 'Halvik Vista One; seized']), ['Halvik', 'Tervana']);
    assert.deepEqual(
      brands(['Reported Since March 12 and Since March 12 again.', 'Meet at Loading Bay 4', 'Loading Bay 4 is closed', 'Rollout Phase 2 done', 'Rollout Phase 2 next', 'Kernel Version 5', 'Kernel Version 5', 'seized at Oude Haven 107, 5041 EB Tilburg', 'address: Oude Haven 107, 5041 EB Tilburg', 'Calle Mayor 5 y Calle Mayor 5']),
      [],
    );
  });

  it('keeps the parts of a name specific enough to stand alone', () => {
    assert.deepEqual(nameParts('Anneke van der Merwe'), ['Anneke', 'Merwe']);
    assert.deepEqual(nameParts('菊池 遥'), ['菊池']);
    assert.deepEqual(nameParts('郭宇軒'), ['宇軒']);
    assert.deepEqual(handleParts('daeun.jeong'), ['daeun', 'jeong']);
    assert.deepEqual(handleParts('it.support'), []);
  });
});

describe('anonymize: staff and short names the bundle ties to its submitter', () => {
  const base = (objects: Record<string, unknown>[], profile = { names: ['Brightwater Devices Ltd'], domains: ['brightwater-devices.example'] }) =>
    anonymize(
      {
        type: 'bundle',
        id: 'bundle--7e8f9a0b-1c2d-4e3f-9a5b-6c7d8e9f0a1b',
        objects: [
          { type: 'identity', spec_version: '2.1', id: ORG, created: T, modified: T, name: 'Brightwater Devices Ltd', identity_class: 'organization', contact_information: 'Dara Okafor <dara.okafor@brightwater-devices.example>, +44 20 7946 0321' },
          { type: 'indicator', spec_version: '2.1', id: IND, created: T, modified: T, created_by_ref: ORG, pattern: "[domain-name:value = 'okafor-billing.example']", pattern_type: 'stix', valid_from: T },
          ...objects,
        ],
      },
      DEFAULT_POLICY,
      KEY,
      profile,
      { now: T },
    );
  const note = (id: string, content: string, authors?: string[]) => ({
    type: 'note', spec_version: '2.1', id, created: T, modified: T, created_by_ref: ORG, content, object_refs: [IND], ...(authors ? { authors } : {}),
  });

  it('removes authors and the contact person wherever they are written, also by surname or given name alone', () => {
    const r = base([
      note('note--1a1a1a1a-2b2b-4c3c-8d4d-5e5e5e5e5e5e', 'Hotline: Brightwater support, Lucinda Fairweather speaking. Ticket passed to Okafor for triage; Lucinda F. closed it. Look-alike fairweather-lucinda.top seen in the lure.', ['Lucinda Fairweather']),
    ]);
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /Lucinda(?!\.top)|Fairweather(?!-lucinda)|Okafor(?!-billing)/, out);
    // A name inside a threat domain stays with its indicator, also where only prose names the domain.
    assert.match(out, /okafor-billing\.example/);
    assert.match(out, /fairweather-lucinda\.top/);
  });

  it('removes a name written without its diacritics and đ, and the login built from a speaker\'s name', () => {
    const r = base([
      note('note--5a5a5a5a-6b6b-4c7c-8d8d-9e9e9e9e9e9e', 'Bàn giao: Đoàn Minh Khôi -> kho lab.\nChecked by Doan; @khoi.doan please sign.', ['Đoàn Minh Khôi']),
      note('note--6a6a6a6a-7b7b-4c8c-8d9d-0e0e0e0e0e0e', '[08:01] Jörg Falkenrath: Gerät ist im Labor\n[08:03] m.ruiz: @falkenrath.jorg danke'),
    ]);
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /Doan|Đoàn|doan|Khoi|Khôi|Falkenrath|falkenrath|J[öo]rg/i, out);
  });

  it('removes the short name a sign-off line gives the submitter, and the chat speakers', () => {
    const r = base([
      note('note--2a2a2a2a-3b3b-4c4c-8d5d-6e6e6e6e6e6e', 'Beacons every 300 s.\nPSIRT: Dara Okafor, dara.okafor@brightwater-devices.example, BWDX'),
      note('note--3a3a3a3a-4b4b-4c5c-8d6d-7e7e7e7e7e7e', 'Per BWDX policy the unit goes to the lab.\n[10:14] Henrietta Vasquez-Pryor: unit received\n[10:20] d.okafor: thanks'),
      note('note--4a4a4a4a-5b5b-4c6c-8d7d-8e8e8e8e8e8e', 'Lab intake signed by Henrietta Vasquez-Pryor.'),
    ]);
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /BWDX|Henrietta|Vasquez|Okafor(?!-billing)|d\.okafor/, out);
  });
});

describe('anonymize: lure recipients in patterns are the victims', () => {
  it('drops the recipient comparison, keeps the sender, and scrubs the recipient from prose', () => {
    const ind = 'indicator--6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e';
    const r = anonymize(
      {
        type: 'bundle',
        id: 'bundle--8f9a0b1c-2d3e-4f4a-8b6c-7d8e9f0a1b2c',
        objects: [
          {
            type: 'indicator', spec_version: '2.1', id: ind, created: T, modified: T, valid_from: T, pattern_type: 'stix',
            pattern: "[email-message:from_ref.value = 'billing@invoice-portal.example' AND email-message:to_refs[*].value = 'r.achterberg@kpn-mail.example']",
          },
          { type: 'note', spec_version: '2.1', id: 'note--9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f', created: T, modified: T, content: 'Forwarded by r.achterberg@kpn-mail.example after clicking.', object_refs: [ind] },
        ],
      },
      DEFAULT_POLICY,
      KEY,
      {},
      { now: T },
    );
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /achterberg/, out);
    const pattern = r.bundle.objects.find((o) => o.type === 'indicator')?.pattern;
    assert.equal(pattern, "[email-message:from_ref.value = 'billing@invoice-portal.example']");
  });
});

describe('anonymize: smishing senders are the threat', () => {
  it('keeps the number named as a lure sender even where a log shows it bare, and removes a callback number', () => {
    const r = anonymize(
      {
        type: 'bundle',
        id: 'bundle--0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        objects: [
          {
            type: 'incident', spec_version: '2.1', id: 'incident--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', created: T, modified: T, name: 'Parcel smishing wave',
            description: 'SMS lure from +63 917 555 0188: https://parcel-redelivery.example/track\n\n2024-03-01 09:10\t+63 917 555 0188\t+44 7700 900461\tYour parcel is held, pay the fee\nCallback #: +44 7700 900983',
          },
        ],
      },
      DEFAULT_POLICY,
      KEY,
      { country: 'GB' },
      { now: T },
    );
    const out = JSON.stringify(r.bundle);
    assert.match(out, /SMS lure from \+63 917 555 0188/);
    assert.doesNotMatch(out, /900983|900461/, out);
  });
});

describe('classify: the source of traffic to threat infrastructure', () => {
  it('is the victim, even where the word "from" stands next to it in a log', () => {
    const c2 = 'ipv4-addr--4d1e2f3a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
    const home = 'ipv4-addr--5e2f3a4b-6c7d-4e8f-9a0b-1c2d3e4f5a6b';
    const mw = 'malware--6f3a4b5c-7d8e-4f9a-8b1c-2d3e4f5a6b7c';
    const infra = 'infrastructure--7a4b5c6d-8e9f-4a0b-9c2d-3e4f5a6b7c8d';
    const r = anonymize(
      {
        type: 'bundle',
        id: 'bundle--8b5c6d7e-9f0a-4b1c-8d3e-4f5a6b7c8d9e',
        objects: [
          { type: 'ipv4-addr', spec_version: '2.1', id: c2, value: '198.51.100.77' },
          { type: 'ipv4-addr', spec_version: '2.1', id: home, value: '203.0.113.58' },
          { type: 'network-traffic', spec_version: '2.1', id: 'network-traffic--9c6d7e8f-0a1b-4c2d-9e4f-5a6b7c8d9e0f', src_ref: home, dst_ref: c2, protocols: ['tcp'] },
          { type: 'malware', spec_version: '2.1', id: mw, created: T, modified: T, name: 'Gafgyt', is_family: true },
          { type: 'infrastructure', spec_version: '2.1', id: infra, created: T, modified: T, name: 'Gafgyt C2' },
          { type: 'relationship', spec_version: '2.1', id: 'relationship--0d7e8f9a-1b2c-4d3e-8f5a-6b7c8d9e0f1a', created: T, modified: T, relationship_type: 'consists-of', source_ref: infra, target_ref: c2 },
          { type: 'relationship', spec_version: '2.1', id: 'relationship--1e8f9a0b-2c3d-4e4f-9a6b-7c8d9e0f1a2b', created: T, modified: T, relationship_type: 'beacons-to', source_ref: mw, target_ref: infra },
          { type: 'note', spec_version: '2.1', id: 'note--2f9a0b1c-3d4e-4f5a-8b7c-8d9e0f1a2b3c', created: T, modified: T, content: '{"event":"login","from":"203.0.113.58"}', object_refs: [mw] },
        ],
      },
      DEFAULT_POLICY,
      KEY,
      {},
      { now: T },
    );
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /203\.0\.113\.58/, out);
    assert.match(out, /198\.51\.100\.77/);
  });
});

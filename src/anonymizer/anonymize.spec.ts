import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../stix/index';
import { anonymize, AnonymizerError, createKeyring, DEFAULT_POLICY, EXCHANGE_IDENTITY } from './index';

const KEY = createKeyring('e0e1e2e3e4e5e6e7e8e9eaebecedeeef');
const NOW = '2024-06-01T12:34:56.789Z';
const T = '2024-05-01T10:11:12.345Z';

function bundle(objects: Record<string, unknown>[]) {
  return { type: 'bundle', id: 'bundle--6a1f2e3d-4c5b-4a69-8877-665544332211', objects };
}
const submitter = {
  type: 'identity',
  spec_version: '2.1',
  id: 'identity--0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  created: T,
  modified: T,
  name: 'Gridline Utilities',
  identity_class: 'organization',
  contact_information: 'soc@gridline-util.example',
};
const indicator = (description: string) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  created_by_ref: submitter.id,
  created: T,
  modified: '2024-05-02T00:00:00.000Z',
  description,
  pattern: "[domain-name:value = 'evil.example']",
  pattern_type: 'stix',
  valid_from: T,
});

describe('anonymize', () => {
  it('replaces the creator with the exchange identity and adds the policy statement marking', () => {
    const r = anonymize(bundle([submitter, indicator('x')]), DEFAULT_POLICY, KEY, {}, { now: NOW });
    const ind = r.bundle.objects.find((o) => o.type === 'indicator')!;
    assert.equal(ind.created_by_ref, EXCHANGE_IDENTITY.id);
    const marking = r.bundle.objects.find((o) => o.type === 'marking-definition')!;
    assert.deepEqual(ind.object_marking_refs, [marking.id]);
    assert.match(JSON.stringify(marking.definition), /policy 1\.0\.0/);
    assert.ok(!r.bundle.objects.some((o) => o.id === submitter.id));
    assert.equal(validate(r.bundle).valid, true);
  });

  it('removes a full name found by context in one place from prose elsewhere, but not from a look-alike threat domain', () => {
    const note = {
      type: 'note',
      spec_version: '2.1',
      id: 'note--2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182',
      created: T,
      modified: T,
      content: 'The affected meter belongs to our subscriber Radmila Hrubcova, who reported the outage.',
      object_refs: ['indicator--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'],
    };
    const report = {
      type: 'report',
      spec_version: '2.1',
      id: 'report--3c4d5e6f-7081-4a92-8c3d-4e5f60718293',
      created: T,
      modified: T,
      name: 'Radmila Hrubcova: invoice overdue',
      published: T,
      description: 'Phishing lure "Radmila Hrubcova: invoice overdue"; the payload called radmila-hrubcova.example.',
      object_refs: ['indicator--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'],
    };
    const input = bundle([indicator('Beacons to radmila-hrubcova.example every hour.'), note, report]);
    input.objects[0].pattern = "[domain-name:value = 'radmila-hrubcova.example']";
    const r = anonymize(input, DEFAULT_POLICY, KEY, {}, { now: NOW });
    const text = JSON.stringify(r.bundle);
    assert.doesNotMatch(text, /Radmila Hrubcova/i);
    assert.match(text, /radmila-hrubcova\.example/, 'the C2 domain is the threat and stays');
    const out = r.bundle.objects.find((o) => o.type === 'report')!;
    assert.match(String(out.name), /^\[PERSON-\d+\]: invoice overdue$/);
    assert.ok(r.report.transformations.some((t) => t.reason === 'name found by context elsewhere in the bundle'));
    const again = anonymize(r.bundle, DEFAULT_POLICY, KEY, {}, { now: NOW });
    assert.deepEqual(again.bundle.objects.find((o) => o.type === 'report')!.name, out.name);
  });

  it('stamps created/modified with the processing hour, keeping modified >= created', () => {
    const r = anonymize(bundle([indicator('x')]), DEFAULT_POLICY, KEY, {}, { now: NOW });
    const ind = r.bundle.objects.find((o) => o.type === 'indicator')!;
    assert.equal(ind.created, '2024-06-01T12:00:00.000Z');
    assert.equal(ind.modified, ind.created);
    assert.equal(ind.valid_from, '2024-05-01T10:00:00Z');
    assert.equal(r.report.processedAt, '2024-06-01T12:00:00.000Z');
  });

  it('learns the submitter domain from its identity when the profile is empty', () => {
    const r = anonymize(bundle([submitter, indicator('portal https://portal.gridline-util.example/login and Gridline Utilities staff')]), DEFAULT_POLICY, KEY, {}, { now: NOW });
    const text = JSON.stringify(r.bundle);
    assert.ok(!/gridline/i.test(text), text);
    assert.ok(text.includes('evil.example'));
  });

  it('uses the submitter key when the policy asks for it', () => {
    const keyring = createKeyring('e0e1e2e3e4e5e6e7e8e9eaebecedeeef', 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
    const a = anonymize(bundle([indicator('x')]), { ...DEFAULT_POLICY, keyScope: 'submitter' }, keyring, {}, { now: NOW });
    const b = anonymize(bundle([indicator('x')]), DEFAULT_POLICY, keyring, {}, { now: NOW });
    assert.notEqual(a.bundle.objects.at(-1)!.id, b.bundle.objects.at(-1)!.id);
  });

  it('never uses the wall clock: without `now` the latest input timestamp is the clock', () => {
    const a = anonymize(bundle([indicator('x')]), DEFAULT_POLICY, KEY, {});
    assert.equal(a.report.processedAt, '2024-05-02T00:00:00.000Z');
  });

  it('idMap: every kept input object maps to its published id, replaced identities to what replaced them, dropped ones are absent', () => {
    const customer = { ...submitter, id: 'identity--5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', name: 'Stadtwerke Kunde', sectors: ['utilities'], contact_information: undefined };
    const c2 = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--11111111-2222-4333-8444-555555555555', value: '198.51.100.23' };
    const sighting = {
      type: 'sighting',
      spec_version: '2.1',
      id: 'sighting--2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      created_by_ref: submitter.id,
      created: T,
      modified: T,
      sighting_of_ref: indicator('x').id,
      where_sighted_refs: [customer.id],
    };
    const caseNote = { type: 'x-acme-case', id: 'x-acme-case--3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', spec_version: '2.1', case_id: 'INC-4711' };
    const input = bundle([submitter, customer, indicator('C2 at 198.51.100.23'), sighting, c2, caseNote]);
    const r = anonymize(input, DEFAULT_POLICY, KEY, {}, { now: NOW });
    const published = new Map(r.bundle.objects.map((o) => [o.id, o]));
    const typeOf = (inputId: string) => published.get(r.idMap[inputId])?.type;

    assert.equal(r.idMap[submitter.id], EXCHANGE_IDENTITY.id);
    const generalised = published.get(r.idMap[customer.id])!;
    assert.equal(generalised.type, 'identity');
    assert.equal(generalised.name, 'Anonymized organization');
    assert.deepEqual(published.get(r.idMap[sighting.id])!.where_sighted_refs, [generalised.id]);
    assert.equal(typeOf(indicator('x').id), 'indicator');
    assert.notEqual(r.idMap[indicator('x').id], indicator('x').id);
    assert.equal(typeOf(c2.id), 'ipv4-addr');
    assert.notEqual(r.idMap[c2.id], c2.id, 'SCO ids are recomputed from the anonymized value');
    assert.ok(!(caseNote.id in r.idMap), 'a dropped object has no entry');
    assert.deepEqual(Object.keys(r.idMap).sort(), [submitter.id, customer.id, indicator('x').id, sighting.id, c2.id].sort());
    for (const id of Object.keys(r.idMap)) assert.ok(!JSON.stringify(r.report).includes(id), 'the report never holds input ids');
  });

  it('idMap: an object dropped for losing a required reference is absent', () => {
    const orphan = {
      type: 'relationship',
      spec_version: '2.1',
      id: 'relationship--4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a',
      created: T,
      modified: T,
      relationship_type: 'indicates',
      source_ref: indicator('x').id,
      target_ref: 'x-acme-case--3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    };
    const caseNote = { type: 'x-acme-case', id: 'x-acme-case--3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', spec_version: '2.1' };
    const r = anonymize(bundle([indicator('x'), caseNote, orphan]), DEFAULT_POLICY, KEY, {}, { now: NOW });
    assert.ok(!r.bundle.objects.some((o) => o.type === 'relationship'));
    assert.deepEqual(Object.keys(r.idMap), [indicator('x').id]);
  });

  it('rejects a policy whose allow-lists are not string arrays, and picks up a replaced allow-list', () => {
    const broken = { ...DEFAULT_POLICY, allowLists: { ...DEFAULT_POLICY.allowLists, labels: undefined } } as unknown as typeof DEFAULT_POLICY;
    assert.throws(() => anonymize(bundle([indicator('x')]), broken, KEY, {}, { now: NOW }), (e: Error) => e instanceof AnonymizerError && e.code === 'INVALID_POLICY');
    const policy = { ...DEFAULT_POLICY, allowLists: { ...DEFAULT_POLICY.allowLists, labels: [] as string[] } };
    const labelled = { ...indicator('x'), labels: ['malicious-activity'] };
    assert.equal(anonymize(bundle([labelled]), policy, KEY, {}, { now: NOW }).bundle.objects.at(-1)!.labels, undefined);
    policy.allowLists.labels = ['malicious-activity'];
    assert.deepEqual(anonymize(bundle([labelled]), policy, KEY, {}, { now: NOW }).bundle.objects.at(-1)!.labels, ['malicious-activity']);
  });

  it('floors times in the text of a single-event sighting to the day, other times to the hour', () => {
    const sighting = (id: string, count: number) => ({
      type: 'sighting',
      spec_version: '2.1',
      id,
      created: T,
      modified: T,
      sighting_of_ref: indicator('x').id,
      count,
      description: 'Alarm at 2024-05-01 23:47:10+02:00, reset 2024-05-01T23:59Z',
    });
    const one = sighting('sighting--2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', 1);
    const many = sighting('sighting--3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', 7);
    const r = anonymize(bundle([indicator('x'), one, many]), DEFAULT_POLICY, KEY, {}, { now: NOW });
    const text = (id: string) => r.bundle.objects.find((o) => o.id === r.idMap[id])!.description;
    assert.equal(text(one.id), 'Alarm at 2024-05-01, reset 2024-05-01');
    assert.equal(text(many.id), 'Alarm at 2024-05-01T21:00Z, reset 2024-05-01T23:00Z');
    const again = anonymize(r.bundle, DEFAULT_POLICY, KEY, {}, { now: NOW });
    assert.deepEqual(again.bundle, r.bundle);
  });

  describe('attribution', () => {
    const customer = { ...submitter, id: 'identity--5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', name: 'Stadtwerke Kunde', contact_information: undefined };
    const analyst = { ...submitter, id: 'identity--6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f', name: 'Jana Novak', identity_class: 'individual', contact_information: undefined };
    const sighting = {
      type: 'sighting',
      spec_version: '2.1',
      id: 'sighting--2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      created_by_ref: submitter.id,
      created: T,
      modified: T,
      sighting_of_ref: indicator('x').id,
      where_sighted_refs: [submitter.id, customer.id],
    };
    const note = { type: 'note', spec_version: '2.1', id: 'note--7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', created_by_ref: analyst.id, created: T, modified: T, content: 'checked', object_refs: [indicator('x').id] };
    const input = () => bundle([submitter, customer, analyst, indicator('Gridline Utilities saw this'), sighting, note]);
    const consenting = { names: ['Gridline Utilities'], consent: { attribution: true } };

    it('keeps the consenting submitter as creator, and only as creator, with the option', () => {
      const r = anonymize(input(), DEFAULT_POLICY, KEY, consenting, { now: NOW, attribution: 'with-consent' });
      const me = r.bundle.objects.find((o) => o.id === r.idMap[submitter.id])!;
      assert.deepEqual({ name: me.name, identity_class: me.identity_class, contact: me.contact_information }, { name: 'Gridline Utilities', identity_class: 'organization', contact: undefined });
      assert.notEqual(me.id, submitter.id, 'the published id is still keyed');
      const ind = r.bundle.objects.find((o) => o.type === 'indicator')!;
      assert.equal(ind.created_by_ref, me.id);
      assert.ok(!String(ind.description).includes('Gridline'), 'free text is still scrubbed');
      const s = r.bundle.objects.find((o) => o.type === 'sighting')!;
      assert.equal(s.created_by_ref, me.id);
      assert.ok(!(s.where_sighted_refs as string[]).includes(me.id), 'a sighting location is generalised, not attributed');
      assert.equal(r.bundle.objects.find((o) => o.type === 'note')!.created_by_ref, EXCHANGE_IDENTITY.id, 'staff are never attributed');
      assert.ok(!JSON.stringify(r.bundle).includes('Stadtwerke') && !JSON.stringify(r.bundle).includes('Novak'));
      assert.equal(r.report.attribution, 'submitter-with-consent');
      assert.notEqual(r.report.verdict, 'block', 'the consented name is not an identity residue');
      assert.equal(validate(r.bundle).valid, true);
      const again = anonymize(r.bundle, DEFAULT_POLICY, KEY, consenting, { now: NOW, attribution: 'with-consent' });
      assert.deepEqual(again.bundle, r.bundle, 'idempotent');
    });

    it('never attributes by default, without recorded consent, or to a creator that is not the submitter', () => {
      const cases: [Record<string, unknown>, { attribution?: 'never' | 'with-consent' }][] = [
        [consenting, {}],
        [consenting, { attribution: 'never' }],
        [{ names: ['Gridline Utilities'] }, { attribution: 'with-consent' }],
        [{ names: ['Gridline Utilities'], consent: { attribution: 'yes' } }, { attribution: 'with-consent' }],
        [{ names: ['Another Org'], consent: { attribution: true } }, { attribution: 'with-consent' }],
      ];
      for (const [profile, options] of cases) {
        const r = anonymize(input(), DEFAULT_POLICY, KEY, profile, { now: NOW, ...options });
        assert.ok(!JSON.stringify(r.bundle).includes('Gridline'), JSON.stringify([profile, options]));
        assert.equal(r.bundle.objects.find((o) => o.type === 'indicator')!.created_by_ref, EXCHANGE_IDENTITY.id);
        assert.equal(r.report.attribution, undefined);
      }
      assert.throws(() => anonymize(input(), DEFAULT_POLICY, KEY, consenting, { now: NOW, attribution: 'always' as 'never' }), AnonymizerError);
    });
  });

  it('scrubs the names of staff who sign with first.last@ the submitter domain, also without context', () => {
    const ind = { ...indicator('Ama Owusu (ama.owusu%40gridline-util.example) restarted the gateway; Owusu then closed it. C2 owusu-cloud.top stays.'), pattern: "[domain-name:value = 'owusu-cloud.top']" };
    const note = { type: 'note', spec_version: '2.1', id: 'note--7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', created: T, modified: T, content: 'per Ama Owusu', object_refs: [ind.id] };
    const r = anonymize(bundle([submitter, ind, note]), DEFAULT_POLICY, KEY, {}, { now: NOW });
    const text = JSON.stringify(r.bundle);
    assert.ok(!/owusu(?!-cloud)/i.test(text) && !/\bAma\b/.test(text), text);
    assert.ok(text.includes('owusu-cloud.top'));
  });

  it('scrubs the authors of notes wherever else they are named, and their shortened name', () => {
    const ind = { ...indicator('Triage: Ksenija Vukelić pulled the logs; Ksenija V. will follow up. C2 vukelic-sync.top stays.'), pattern: "[domain-name:value = 'vukelic-sync.top']" };
    const note = { type: 'note', spec_version: '2.1', id: 'note--7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', created: T, modified: T, content: 'checked', authors: ['Ksenija Vukelić', 'SOC Team 2'], object_refs: [ind.id] };
    const r = anonymize(bundle([submitter, ind, note]), DEFAULT_POLICY, KEY, {}, { now: NOW });
    const text = JSON.stringify(r.bundle);
    assert.ok(!/Ksenija|Vukelić/.test(text), text);
    assert.ok(text.includes('vukelic-sync.top'));
  });

  it('verdict: auto-publish for a clean threat-only bundle, review when something was kept on purpose', () => {
    const clean = anonymize(bundle([indicator('Mirai C2')]), DEFAULT_POLICY, KEY, { sectors: ['energy'], country: 'DE', memberRegistry: { energy: { DE: 40 } } }, { now: NOW });
    assert.equal(clean.report.verdict, 'auto-publish');
    const brand = { ...indicator('x'), pattern: "[domain-name:value = 'gridline-util-support.example']" };
    const kept = anonymize(bundle([brand]), DEFAULT_POLICY, KEY, { brands: ['Gridline'], sectors: ['energy'], country: 'DE', memberRegistry: { energy: { DE: 40 } } }, { now: NOW });
    assert.ok(kept.report.keptOnPurpose.some((k) => k.category === 'victim-brand-in-indicator'));
    assert.equal(kept.report.verdict, 'review-required');
  });
});

describe('a fraud number named as such in one object and quoted in another', () => {
  it('survives where the fraud desk names it, whatever the submitter region makes of it', () => {
    const note = {
      type: 'note',
      spec_version: '2.1',
      id: 'note--2a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      created_by_ref: submitter.id,
      created: T,
      modified: T,
      content: '> Hello, my pump gateway keeps calling 0900 2 781157 at night. My number is +81 90-3627-0982.',
      object_refs: [submitter.id],
    };
    const r = anonymize(bundle([submitter, indicator('IOCs: evil.example; IRSF 0900 2 781157.'), note]), DEFAULT_POLICY, KEY, { country: 'JP' }, { now: NOW });
    const ind = r.bundle.objects.find((o) => o.type === 'indicator')!;
    assert.match(String(ind.description), /IRSF 0900 2 781157/);
    assert.doesNotMatch(JSON.stringify(r.bundle), /3627-0982/);
  });
});

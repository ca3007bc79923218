import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brandSpellings, builtOnStem, learntBrands, orgStems } from './bundle-brands';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import type { StixObject } from './types';

const KEY = createKeyring('b0b1b2b3b4b5b6b7b8b9babbbcbdbebf');
const T = '2024-05-06T07:08:09.000Z';
const ORG = 'identity--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

const mail = (value: string, display_name: string) => ({ type: 'email-addr', value, display_name }) as unknown as StixObject;

describe('bundle-brands: brands the bundle ties to its submitter', () => {
  const names = ['Rheintal Stadtwerke GmbH', 'RSW'];
  const domains = ['rheintal-stadtwerke.example'];

  it('reads a brand built on the stem of the organisation\'s name or domain, in any script, accents folded', () => {
    const stems = orgStems(names, domains);
    assert.ok(builtOnStem('RheinStrom', stems, names));
    assert.ok(builtOnStem('Rhein Zähler', stems, names));
    assert.ok(!builtOnStem('PayPal', stems, names));
    const cyr = ['АО «Ладога Телеком»'];
    assert.ok(builtOnStem('ЛадогаSIM', orgStems(cyr, []), cyr));
    const ar = ['شركة الخليج للعدادات'];
    assert.ok(builtOnStem('خليج ميتر', orgStems(ar, []), ar));
    const zh = ['湘江智能电表有限公司'];
    assert.ok(builtOnStem('湘表', orgStems(zh, []), zh));
    assert.ok(!builtOnStem('顺丰速运', orgStems(zh, []), zh));
    // A brand written in katakana for a name the company writes in hiragana.
    const ja = ['さくら電機株式会社'];
    assert.ok(builtOnStem('サクラメーター', orgStems(ja, []), ja));
  });

  it('learns from lures that impersonate the submitter, its own mail beside a role word, and a brand named as the owner of the fleet', () => {
    const learnt = learntBrands(
      [
        mail('billing@verify-account-77.top', 'RheinStrom Billing'),
        mail('noreply@courier-track.example', 'PayPal Security Team'),
        mail('kundenservice@rheintal-stadtwerke.example', 'Talwatt Kundenservice'),
        mail('m.kessler@rheintal-stadtwerke.example', 'Marlene Kessler'),
        mail('support@secure-login-4.xyz', 'VoltaCare Support'),
      ],
      ['From: "Rhein Connect Service" <service@rheintal-stadtwerke.example>'],
      'Mirai C2 seen from VoltaCare fleet.',
      names,
      domains,
      [],
    );
    assert.deepEqual(learnt.sort(), ['Rhein Connect', 'RheinStrom', 'Talwatt', 'VoltaCare']);
  });

  it('does not learn a third party a lure impersonates for its customers: that brand is intelligence', () => {
    const lure = [mail('support@parcel-redelivery.top', 'DHL Support'), mail('no-reply@acc-verify.top', 'PayPal Billing')];
    assert.deepEqual(learntBrands(lure, [], 'The smishing wave targeted DHL customers and PayPal users.', names, domains, []), []);
  });

  it('never learns a threat name, role words, a person, nor prose before an address', () => {
    assert.deepEqual(learntBrands([mail('a@b-c.top', 'Rheinbot'), mail('x@y-z.top', 'Billing Support')], [], '', names, domains, ['Rheinbot']), []);
    const people = [mail('k@rheintal-stadtwerke.example', 'Kessler, Marlene Billing'), mail('j@rheintal-stadtwerke.example', 'Rhein J. Support')];
    assert.deepEqual(learntBrands(people, ['Contact: our Rhein hotline team <hotline@rheintal-stadtwerke.example> today.'], '', names, domains, []), []);
  });

  it('spells a brand as written, split at its inner capitals and joined', () => {
    assert.deepEqual(brandSpellings('RheinStrom'), ['RheinStrom', 'Rhein Strom']);
    assert.deepEqual(brandSpellings('Rhein Connect'), ['Rhein Connect', 'RheinConnect']);
  });
});

describe('anonymize: a brand the profile does not list', () => {
  it('removes it from the lure and everywhere else in every spelling, and keeps the look-alike C2 domain', () => {
    const ind = 'indicator--2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
    const r = anonymize(
      {
        type: 'bundle',
        id: 'bundle--3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
        objects: [
          { type: 'identity', spec_version: '2.1', id: ORG, created: T, modified: T, name: 'Rheintal Stadtwerke GmbH', identity_class: 'organization' },
          { type: 'email-addr', spec_version: '2.1', id: 'email-addr--4f5a6b7c-8d9e-5f0a-8b1c-2d3e4f5a6b7c', value: 'billing@verify-account-77.top', display_name: 'RheinStröm Billing' },
          {
            type: 'indicator', spec_version: '2.1', id: ind, created: T, modified: T, created_by_ref: ORG, name: 'Lure in the name of Rhein-Ström customers',
            description: 'Smishing for RHEINSTROM and rheinstrom app users; C2 at rheinstrom-firmware-update.top.',
            pattern: "[domain-name:value = 'rheinstrom-firmware-update.top']", pattern_type: 'stix', valid_from: T,
          },
        ],
      },
      DEFAULT_POLICY,
      KEY,
      { names: ['Rheintal Stadtwerke GmbH'], domains: ['rheintal-stadtwerke.example'] },
      { now: T },
    );
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out.replace(/rheinstrom-firmware-update\.top/g, ''), /rhein.?str(?:ö|o|oe)m/i, out);
    assert.equal((out.match(/rheinstrom-firmware-update\.top/g) ?? []).length, 2, out);
  });
});

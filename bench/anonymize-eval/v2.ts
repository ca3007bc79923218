// Second, independent evaluation suite (`--suite v2`): what the first generator does not cover.
// Names with no context word in eight languages and scripts, name orders and initials, obfuscated
// emails, phone numbers of many regions in many notations, device ids with separators, MACs and
// IPv6 in other notations, AD accounts, SIDs and user paths, secrets in their surroundings,
// addresses, dates of birth and DMS coordinates; STIX placements: extensions, x_ properties,
// external references, authors, email headers and bodies, user accounts, processes, files and
// directories, HTTP request extensions, embedded JSON/XML/key=value/CSV. Threat values that look
// like victim data: person-like C2 domains and registrant emails, wallets, onion hosts, JA3,
// IRSF numbers, hashes in every algorithm, ATT&CK ids.
import { deterministicObservableId } from '../../src/stix/index';
import type { StixBundle, StixObject, SubmitterProfile } from '../../src/anonymizer/index';
import { htmlEntities, percent } from './encodings';
import { fold } from './generate';
import * as id from './identifiers';
import type { LeakForm, Planted } from './identifiers';
import { Rng } from './rng';
import type { GeneratedCase, PlantedIdentifier, SurvivalCheck, ThreatValue } from './truth';
import * as m from './v2-material';
import type { LocaleV2 } from './v2-material';

const TLP_AMBER = 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82';
const TLDS = ['top', 'xyz', 'shop', 'online', 'site', 'store', 'live', 'fun', 'pw', 'cc'];
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const ONION = 'abcdefghijklmnopqrstuvwxyz234567';

interface Person {
  native: string;
  latin: string;
  given: string;
  surname: string;
  nativeSurname: string;
  login: string;
  /** Forms that find the Latin-script name (full name, distinctive surname). */
  leak: LeakForm[];
  /** Forms that find the native-script name. */
  leakNative: LeakForm[];
}

class Builder {
  readonly planted: PlantedIdentifier[] = [];
  readonly threats: ThreatValue[] = [];
  readonly objects: StixObject[] = [];
  /** Persons per surname: a surname shared by two planted persons is not a leak form. */
  readonly surnameUses = new Map<string, number>();
  private pool: [number, number][];

  constructor(readonly rng: Rng, readonly loc: LocaleV2) {
    const n = loc.native.given.length;
    this.pool = rng.shuffle(Array.from({ length: n * loc.native.surnames.length }, (_, k) => [k % n, Math.floor(k / n)] as [number, number]));
  }

  uuid(): string {
    const r = this.rng;
    return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  }

  /** A fresh person: no two persons of a case share both given name and surname. */
  person(): Person {
    const { loc } = this;
    if (!this.pool.length) this.pool = this.rng.shuffle(Array.from({ length: loc.native.given.length * loc.native.surnames.length }, (_, k) => [k % loc.native.given.length, Math.floor(k / loc.native.given.length)] as [number, number]));
    const [i, j] = this.pool.pop()!;
    const given = loc.latin.given[i], surname = loc.latin.surnames[j], nativeSurname = loc.native.surnames[j];
    const native = loc.native.full(loc.native.given[i], nativeSurname);
    const latin = loc.latin.full(given, surname);
    const login = `${fold(given).replace(/[^a-z]/g, '')}.${fold(surname).replace(/[^a-z]/g, '')}`;
    this.surnameUses.set(surname, (this.surnameUses.get(surname) ?? 0) + 1);
    const leak: LeakForm[] = [{ kind: 'word', value: latin }];
    if (fold(surname).replace(/[^a-z]/g, '').length >= 6) leak.push({ kind: 'word', value: surname });
    const leakNative: LeakForm[] = native === latin ? leak : [{ kind: 'text', value: native }];
    if (native !== latin && [...nativeSurname].length >= 3 && !/\p{Script=Han}|\p{Script=Hangul}/u.test(native)) leakNative.push({ kind: 'word', value: nativeSurname });
    return { native, latin, given, surname, nativeSurname, login, leak, leakNative };
  }

  plant(category: string, p: Planted, where: string): void {
    this.planted.push({ category, value: p.text, leak: p.leak, where });
  }

  threat(category: string, value: string, check: SurvivalCheck, where: string): void {
    this.threats.push({ category, value, check, where });
  }

  sco(props: Record<string, unknown>): StixObject {
    const o = { spec_version: '2.1', ...props } as Record<string, unknown>;
    o.id = deterministicObservableId(o) ?? `${o.type as string}--${this.uuid()}`;
    const same = this.objects.find((x) => x.id === o.id);
    if (same) return same; // the same observable twice is one object
    this.objects.push(o as StixObject);
    return o as StixObject;
  }
}

interface Ctx {
  b: Builder;
  rng: Rng;
  loc: LocaleV2;
  domain: string;
  slug: string;
  adDomain: string;
  netbios: string;
  legal: string;
  customer: string;
  staff: Person[];
  victim24: string;
  victim48: string;
  c2ip: string;
  c2domain: string;
  created: string;
  by: string;
}

/** A name as reports write it: several orders, initials, case, native or Latin script. */
function nameForm(c: Ctx, p: Person, allowNative = true): { text: string; leak: LeakForm[]; style: string } {
  const { rng } = c;
  const latinScript = p.native === p.latin;
  const forms: (() => [string, string, LeakForm[]])[] = [
    () => ['full', p.latin, p.leak],
    () => ['last-comma-first', `${p.surname}, ${p.given}`, [{ kind: 'text', value: `${p.surname}, ${p.given}` }, ...p.leak.filter((l) => l.value === p.surname)]],
    () => ['initial-last', `${p.given[0]}. ${p.surname}`, [{ kind: 'text', value: `${p.given[0]}. ${p.surname}` }, ...p.leak.filter((l) => l.value === p.surname)]],
    () => ['last-upper', `${p.surname.toUpperCase()} ${p.given}`, [{ kind: 'text', value: `${p.surname} ${p.given}` }, ...p.leak.filter((l) => l.value === p.surname)]],
    () => ['dotted-login', p.login, [{ kind: 'word', value: p.login }]],
  ];
  if (allowNative && !latinScript) forms.push(() => ['native', p.native, p.leakNative], () => ['native', p.native, p.leakNative]);
  const [style, text, leak] = rng.pick(forms)();
  return { text, leak, style };
}

function obfuscatedEmail(c: Ctx, p: Person): { text: string; leak: LeakForm[]; style: string } {
  const { rng } = c;
  const host = rng.pick([c.domain, c.domain, 'gmail.com', 'outlook.com', 'yandex.ru', 'naver.com', 'qq.com']);
  const local = rng.chance(0.6) ? p.login : `${p.login.replace('.', '_')}${rng.int(1, 99)}`;
  const leak: LeakForm[] = [{ kind: 'word', value: local }];
  const [style, text] = rng.pick<() => [string, string]>([
    () => ['AT-DOT', `${local} AT ${host.replace(/\./g, ' DOT ')}`],
    () => ['[at][dot]', `${local}[at]${host.replace(/\./g, '[dot]')}`],
    () => ['(at)(dot)', `${local} (at) ${host.replace(/\./g, ' (dot) ')}`],
    () => ['at-dot-words', `${local} at ${host.replace(/\./g, ' dot ')}`],
    () => ['{at}', `${local}{at}${host}`],
    () => ['mailto-pct', `mailto:${local}%40${host}`],
    () => ['display', `"${p.latin}" <${local}@${host}>`],
    () => ['fullwidth-at', `${local}＠${host}`],
    () => ['spaced', `${local} @ ${host}`],
  ])();
  if (style === 'display') leak.push(...p.leak);
  return { text, leak, style };
}

function personLikeDomain(c: Ctx): string {
  const { rng, loc } = c;
  const g = fold(rng.pick(loc.latin.given)).replace(/[^a-z]/g, '');
  const s = fold(rng.pick(loc.latin.surnames)).replace(/[^a-z]/g, '');
  return rng.pick([`${g}-${s}.${rng.pick(TLDS)}`, `${g}${s}.${rng.pick(TLDS)}`, `${s}-${g}-studio.${rng.pick(TLDS)}`, `${g}.${s}.${rng.pick(TLDS)}`]);
}

/** Fills one `{slot}`: victim values are planted, threat values recorded. */
function slot(c: Ctx, name: string, where: string): string {
  const { b, rng, loc } = c;
  const victim = (category: string, p: Planted) => {
    b.plant(category, p, where);
    return p.text;
  };
  const threat = (category: string, value: string, check: SurvivalCheck = { kind: 'text', value }) => {
    b.threat(category, value, check, where);
    return value;
  };
  switch (name) {
    case 'person': {
      const f = nameForm(c, b.person());
      return victim(`name:${f.style}`, f);
    }
    case 'native': {
      const p = b.person();
      return victim('name:native-bare', { text: p.native, leak: p.leakNative });
    }
    case 'email': {
      const f = obfuscatedEmail(c, b.person());
      return victim(`email:${f.style}`, f);
    }
    case 'phone': {
      const region = rng.chance(0.4) ? loc.country : rng.pick(m.PHONE_REGIONS);
      const p = m.phoneV2(rng, m.PHONE_REGIONS.includes(region) ? region : 'US');
      return victim(`phone:${p.style}`, p);
    }
    case 'imei':
      return victim('imei-separated', m.imeiV2(rng));
    case 'imsi':
      return victim('imsi-separated', m.imsiV2(rng, loc.country));
    case 'iccid':
      return victim('iccid-separated', m.iccidV2(rng, loc.country));
    case 'mac':
      return victim('mac-v2', m.macV2(rng).planted);
    case 'eui64':
      return victim('ipv6-eui64-v2', m.eui64V2(rng, m.macV2(rng).octets));
    case 'ulav6': {
      const ip = `fd${rng.hex(2)}:${rng.hex(4)}::${rng.int(1, 255).toString(16)}`;
      return victim('ipv6-ula', { text: ip, leak: [{ kind: 'ip', value: ip }] });
    }
    case 'victimv6': {
      const ip = `${c.victim48}:${rng.int(1, 99)}::${rng.int(2, 250).toString(16)}`;
      return victim('ipv6-victim-netblock', { text: ip, leak: [{ kind: 'ip', value: ip }] });
    }
    case 'privip': {
      const ip = id.privateIpv4(rng);
      const [style, text] = rng.pick<() => [string, string]>([
        () => ['port', `${ip}:${rng.pick([443, 8080, 502, 1883])}`],
        () => ['defanged', ip.replace(/\./g, '[.]')],
        () => ['mapped-v6', `::ffff:${ip}`],
        () => ['kv', `src=${ip}`],
        () => ['plain', ip],
      ])();
      return victim(`ipv4-private:${style}`, { text, leak: [{ kind: 'ip', value: ip }] });
    }
    case 'victimip': {
      const ip = `${c.victim24}.${rng.int(17, 30)}`;
      return victim('ipv4-victim-netblock', { text: ip, leak: [{ kind: 'ip', value: ip }] });
    }
    case 'host': {
      const p = b.person();
      const surname = fold(p.surname).replace(/[^a-z]/g, '');
      const [style, h, leakValue] = rng.pick<() => [string, string, string]>([
        () => ['mbp.local', `${fold(p.given).replace(/[^a-z]/g, '')}s-MacBook-Pro.local`, `${fold(p.given).replace(/[^a-z]/g, '')}s-macbook-pro`],
        () => ['.corp', `fs${rng.int(1, 9)}.${c.slug}.corp`, `fs`],
        () => ['.internal', `billing-db-${rng.int(1, 9)}.internal`, `billing-db`],
        () => ['.lan', `nas-${surname}.lan`, `nas-${surname}`],
        () => ['ad-fqdn', `WS-${surname.toUpperCase().slice(0, 8)}.${c.adDomain}`, `ws-${surname.slice(0, 8)}`],
        () => ['home.arpa', `printer-${rng.int(1, 9)}f.home.arpa`, 'printer'],
        () => ['android', `Galaxy-S2${rng.int(1, 4)}-de-${fold(p.given).replace(/[^a-z]/g, '')}`, `de-${fold(p.given).replace(/[^a-z]/g, '')}`],
        () => ['unc', `\\\\FS0${rng.int(1, 9)}.${c.adDomain}\\home$\\${p.login}`, p.login],
      ])();
      const leak: LeakForm[] = style === '.corp' || style === '.internal' || style === 'home.arpa' ? [{ kind: 'word', value: h }] : [{ kind: 'text', value: leakValue }];
      return victim(`hostname:${style}`, { text: h, leak });
    }
    case 'adacct': {
      const p = b.person();
      const login = `${fold(p.given)[0]}${fold(p.surname).replace(/[^a-z]/g, '')}`;
      const [style, text] = rng.pick<() => [string, string]>([
        () => ['DOMAIN\\user', `${c.netbios}\\${login}`],
        () => ['upn', `${login}@${c.adDomain.toUpperCase()}`],
        () => ['sid', `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1100, 9999)}`],
      ])();
      return victim(`account:${style}`, { text, leak: style === 'sid' ? [{ kind: 'text', value: text }] : [{ kind: 'word', value: login }] });
    }
    case 'userpath': {
      const p = b.person();
      const login = rng.chance(0.5) ? p.login : `${fold(p.given)[0]}${fold(p.surname).replace(/[^a-z]/g, '')}`;
      const [style, path] = rng.pick<() => [string, string]>([
        () => ['win-fwd', `C:/Users/${login}/AppData/Local/Temp/upd.exe`],
        () => ['xp', `C:\\Documents and Settings\\${login}\\Desktop\\invoice.exe`],
        () => ['env-expanded', `%SystemDrive%\\Users\\${login}\\Downloads`],
        () => ['unix-home', `/home/${login}`],
        () => ['wsl', `/mnt/c/Users/${login}/Documents/meter.csv`],
        () => ['tilde', `~${login}/.ssh/id_rsa`],
        () => ['mac', `/Users/${login}/Library/LaunchAgents/com.apple.upd.plist`],
        () => ['onedrive', `C:\\Users\\${login}\\OneDrive - ${c.legal}\\Reports`],
      ])();
      const leak: LeakForm[] = [{ kind: 'word', value: login }];
      if (style === 'onedrive') leak.push({ kind: 'text', value: c.legal });
      return victim(`user-path:${style}`, { text: path, leak });
    }
    case 'iban':
      return victim('iban-v2', m.ibanV2(rng));
    case 'card':
      return victim('card-v2', m.cardV2(rng));
    case 'vin': {
      const v = id.vin(rng);
      const text = rng.pick([() => v.text, () => v.text.toLowerCase(), () => `vin=${v.text}`])();
      return victim('vin-bare', { text, leak: v.leak });
    }
    case 'secret': {
      const s = m.secretV2(rng, `db${rng.int(1, 9)}.${c.slug}.internal`);
      b.plant(`secret:${s.kind}`, { text: s.secret, leak: [{ kind: 'text', value: s.secret }] }, where);
      return s.text;
    }
    case 'address': {
      const a = loc.address(rng);
      return victim(`address:${loc.lang}`, { text: a.text, leak: [{ kind: 'text', value: a.line }] });
    }
    case 'dob': {
      const y = rng.int(1950, 2004), mo = rng.int(1, 12), d = rng.int(1, 28);
      const text = loc.dob(rng, y, mo, d);
      return victim(`dob:${loc.lang}`, { text, leak: [{ kind: 'text', value: text.replace(/^[^\d]*/, '') }] });
    }
    case 'dms': {
      const d = m.dmsCoordinate(rng);
      return victim('coordinates-dms', { text: d.text, leak: [{ kind: 'text', value: d.leak }] });
    }
    case 'mapsurl': {
      const lat = (rng.int(10, 60) + rng.next()).toFixed(6), lon = (rng.int(1, 140) + rng.next()).toFixed(6);
      const text = rng.pick([`https://maps.google.com/?q=${lat},${lon}`, `https://www.google.com/maps/@${lat},${lon},17z`, `geo:${lat},${lon}`, `https://www.openstreetmap.org/#map=18/${lat}/${lon}`]);
      return victim('coordinates-url', { text, leak: [{ kind: 'text', value: lat.slice(0, -2) }] });
    }
    case 'customer':
      return victim('customer-name', { text: c.customer, leak: [{ kind: 'text', value: c.customer }] });
    // Threat values.
    case 'c2ip24': {
      const ip = `${c.victim24}.${rng.int(100, 250)}`;
      return threat('attacker-ip-same-24', ip);
    }
    case 'c2v6': {
      const ip = `2a0${rng.int(1, 9)}:${rng.hex(4)}:${rng.hex(4)}::${rng.hex(3)}`;
      return threat('attacker-ipv6', ip);
    }
    case 'c2person':
      return threat('c2-domain-person-like', personLikeDomain(c));
    case 'attemail': {
      const p = b.person();
      const e = `${p.login}${rng.int(70, 99)}@${rng.pick(['protonmail.com', 'tutanota.com', 'onionmail.org', 'gmx.com'])}`;
      return threat('registrant-email-person-like', e);
    }
    case 'hash': {
      const [alg, len] = rng.pick<[string, number]>([['SHA-512', 128], ['SHA-1', 40], ['MD5', 32], ['SHA-256', 64]]);
      const h = rng.chance(0.5) ? rng.hex(len).toUpperCase() : rng.hex(len);
      return `${alg} ${threat(`hash-prose:${alg}`, h)}`;
    }
    case 'cve':
      return threat('cve-id', `CVE-${rng.int(2019, 2025)}-${rng.int(1000, 49999)}`);
    case 'attack':
      return threat('attack-id', rng.pick([`T${rng.int(1001, 1609)}`, `T${rng.int(1001, 1609)}.00${rng.int(1, 9)}`]));
    case 'premium': {
      const n = m.premiumV2(rng);
      b.threat('premium-rate-v2', n, { kind: 'digits', value: n.replace(/\D/g, '').replace(/^00/, '') }, where);
      return n;
    }
    case 'btc': {
      const w = rng.chance(0.5) ? `bc1q${rng.chars(38, BECH)}` : `1${rng.chars(33, B58)}`;
      return threat('ransom-wallet', w);
    }
    case 'onion':
      return threat('onion-host', `${rng.chars(56, ONION)}.onion`);
    case 'tg':
      return threat('telegram-handle', `@${rng.pick(['grid', 'meter', 'volt', 'sim'])}${rng.pick(['_support', 'lord', '_ops', 'bot'])}${rng.int(1, 99)}`);
    case 'ja3':
      return `JA3 ${threat('ja3', rng.hex(32))}`;
    case 'ua':
      return threat('malware-user-agent', `Mozilla/5.0 (compatible; ${rng.pick(['MeterBot', 'GridSync', 'OtaAgent'])}/${rng.int(1, 4)}.${rng.int(0, 9)})`);
    case 'c2url': {
      const u = `https://${c.c2domain}/${rng.pick(['d', 'f', 'bin'])}/${rng.hex(16)}/${rng.pick(['payload.bin', 'mips', 'cfg.json'])}`;
      return threat('c2-url-hex-path', u);
    }
    case 'c2path':
      return threat('attacker-path', rng.pick(['/tmp/.X11-unix/.x/mips', 'C:\\ProgramData\\Microsoft\\Crypto\\svch0st.exe', '/var/tmp/.sshd/kthreadd', '/dev/shm/.m/arm7']));
    default:
      throw new Error(`unknown v2 slot ${name}`);
  }
}

const EN_SENTENCES = [
  '{person} confirmed the reboot of {host} at 14:00.',
  'Escalated by {person} ({phone}).',
  'Send the pcap to {email}.',
  '{person}, {person} and {person} joined the bridge.',
  'Modem {imei} (subscriber {imsi}, SIM {iccid}) rebooted after fetching {c2url}.',
  'Unit {vin} uploaded its trip log to {c2ip24} from {dms}.',
  'Refund went to {iban}; the card {card} was blocked.',
  'The loader ran as {adacct} from {userpath} and used {secret}.',
  'Customer lives at {address}, {dob}.',
  'Traffic from {privip} and {ulav6} to {c2v6} ({ja3}), UA "{ua}".',
  'AP {mac} handed {eui64} to the rogue gateway.',
  'Ransom note asks for payment to {btc}; negotiation via {onion} and Telegram {tg}.',
  'Dropped {hash}; technique {attack}, exploited {cve}; staged in {c2path}.',
  'Fraudulent calls went to the IRSF destination {premium}.',
  'Lookalike domain {c2person} registered by {attemail}.',
  'Pin: {mapsurl}. Reach {person} on {phone}.',
  'Our gateway {victimip} and {victimv6} were probed from {c2ip24}.',
  'Thanks, {person}',
  'Device {imei} and {mac} belong to {customer}.',
  '{secret}',
];

function fill(c: Ctx, template: string, where: string): string {
  return template.replace(/\{(\w+)\}/g, (_, s: string) => slot(c, s, where));
}

function prose(c: Ctx, where: string, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(fill(c, c.rng.chance(0.2) ? c.rng.pick(c.loc.bare) : c.rng.pick(EN_SENTENCES), where));
  return out.join(' ');
}

function timestamp(rng: Rng, day: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `2024-05-${p(day)}T${p(rng.int(0, 23))}:${p(rng.int(0, 59))}:${p(rng.int(0, 59))}.${p(rng.int(0, 999), 3)}Z`;
}

function sdo(c: Ctx, type: string, props: Record<string, unknown>): StixObject {
  const o = { type, spec_version: '2.1', id: `${type}--${c.b.uuid()}`, created: c.created, modified: c.created, created_by_ref: c.by, ...props } as StixObject;
  c.b.objects.push(o);
  return o;
}

/** One v2 case; `index` rotates through the eight languages. */
export function generateCaseV2(seed: number, index: number): GeneratedCase {
  const rng = new Rng((seed * 2246822519 + index * 3266489917 + 7) >>> 0);
  const loc = m.LOCALES_V2[index % m.LOCALES_V2.length];
  const b = new Builder(rng, loc);
  const place = rng.pick(loc.places);
  const legal = loc.orgName(place);
  const slug = `${rng.chars(5, 'bcdfghklmnprstvz')}${rng.pick(['grid', 'tel', 'volt', 'net'])}`;
  const domain = `${slug}.${loc.tld}`;
  const netbios = slug.toUpperCase().slice(0, 8);
  const adDomain = `${netbios.toLowerCase()}.corp.local`;
  const victim24 = id.publicIpv4(rng).split('.').slice(0, 3).join('.');
  const victim48 = `2a0${rng.int(1, 9)}:${rng.hex(4)}:${rng.hex(3)}1`;
  const customer = loc.orgName(rng.pick(loc.places.filter((p) => p !== place)));
  const c: Ctx = {
    b, rng, loc, domain, slug, adDomain, netbios, legal, customer, staff: [], victim24, victim48,
    c2ip: id.publicIpv4(rng), c2domain: `${rng.chars(6, 'abcdefghkmnprstuvwxz')}-${rng.pick(['sync', 'cdn', 'ota'])}.${rng.pick(TLDS)}`,
    created: timestamp(rng, rng.int(20, 30)), by: '',
  };
  c.staff = [b.person(), b.person()];
  const [s1, s2] = c.staff;
  const profile: SubmitterProfile = {
    names: [legal], domains: [domain], adDomains: [adDomain], netblocks: [`${victim24}.0/27`, `${victim48}::/48`],
    staff: [s1.latin, s1.native, s2.latin, s2.native].filter((v, i, a) => a.indexOf(v) === i), customers: [customer],
    country: loc.country, languages: [loc.lang], sectors: ['energy'], memberRegistry: { energy: { [loc.country]: 9 } },
  };

  // Submitter identity with contact details in other notations; a customer; a statement marking.
  const s1mail = obfuscatedEmail(c, s1);
  const s1phone = m.phoneV2(rng, m.PHONE_REGIONS.includes(loc.country) ? loc.country : 'US');
  const submitter = sdo(c, 'identity', { name: legal, identity_class: 'organization', sectors: ['energy'], contact_information: `${s1.native} / ${s1mail.text} / ${s1phone.text}` });
  delete submitter.created_by_ref;
  c.by = submitter.id;
  b.plant(`email:${s1mail.style}`, s1mail, 'identity.contact_information');
  b.plant(`phone:${s1phone.style}`, s1phone, 'identity.contact_information');
  const statement = sdo(c, 'marking-definition', { definition_type: 'statement', definition: { statement: `© ${legal}` } });
  delete statement.modified;
  const markings = [TLP_AMBER, statement.id];
  const cust = sdo(c, 'identity', { name: customer, identity_class: 'organization', sectors: ['energy'] });
  b.plant('customer-name', { text: customer, leak: [{ kind: 'text', value: customer }] }, 'identity.name');

  // Threat side.
  const c2ip = b.sco({ type: 'ipv4-addr', value: c.c2ip });
  const c2dom = b.sco({ type: 'domain-name', value: c.c2domain, resolves_to_refs: [c2ip.id] });
  b.threat('c2-ipv4', c.c2ip, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: c.c2ip }, 'ipv4-addr');
  b.threat('c2-domain', c.c2domain, { kind: 'sco', type: 'domain-name', property: 'value', value: c.c2domain }, 'domain-name');
  const lookalike = personLikeDomain(c);
  const lookSco = b.sco({ type: 'domain-name', value: lookalike });
  b.threat('c2-domain-person-like', lookalike, { kind: 'sco', type: 'domain-name', property: 'value', value: lookalike }, 'domain-name (uses)');
  const sha512 = rng.hex(128), ssdeep = `3072:${rng.chars(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}:${rng.chars(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`;
  const sample = b.sco({ type: 'file', name: 'svch0st.exe', hashes: { 'SHA-512': sha512, SSDEEP: ssdeep } });
  b.threat('hash-sco:SHA-512', sha512, { kind: 'hash', value: sha512 }, 'file.hashes');
  b.threat('hash-sco:SSDEEP', ssdeep, { kind: 'text', value: ssdeep }, 'file.hashes');
  const malware = sdo(c, 'malware', { name: 'GridLock', is_family: true, sample_refs: [sample.id], description: prose(c, 'malware.description', 2), object_marking_refs: markings });
  sdo(c, 'relationship', { relationship_type: 'communicates-with', source_ref: malware.id, target_ref: c2dom.id });
  sdo(c, 'relationship', { relationship_type: 'communicates-with', source_ref: malware.id, target_ref: lookSco.id });
  const other = m.LOCALES_V2[(index + 3) % m.LOCALES_V2.length];
  const actorName = `${rng.pick(other.latin.given)} ${rng.pick(other.latin.surnames)}`;
  const actor = sdo(c, 'threat-actor', { name: actorName, threat_actor_types: ['criminal'], aliases: [rng.pick(loc.native.given) + rng.pick(['77', '_x', 'Gr1d'])] });
  b.threat('threat-actor-person-like', actorName, { kind: 'name', type: 'threat-actor', value: actorName }, 'threat-actor.name');
  sdo(c, 'relationship', { relationship_type: 'uses', source_ref: actor.id, target_ref: malware.id });
  const attEmail = `${b.person().login}@protonmail.com`;
  const attV6 = `2a0${rng.int(1, 9)}:${rng.hex(4)}:${rng.hex(4)}::${rng.hex(2)}`;
  const attacker24 = `${victim24}.${rng.int(100, 250)}`;
  const ulaVictim = `fd${rng.hex(2)}:${rng.hex(4)}:${rng.hex(4)}::${rng.int(2, 99)}`;
  const victimLogin = `${fold(s2.given)[0]}${fold(s2.surname).replace(/[^a-z]/g, '')}`;
  const indicator = (name: string, pattern: string, description?: string) => {
    const o = sdo(c, 'indicator', { name, pattern, pattern_type: 'stix', valid_from: c.created, indicator_types: ['malicious-activity'], object_marking_refs: markings, ...(description ? { description } : {}) });
    sdo(c, 'relationship', { relationship_type: 'indicates', source_ref: o.id, target_ref: malware.id });
    return o;
  };
  const pt = (category: string, value: string) => b.threat(category, value, { kind: 'pattern', value }, 'indicator.pattern');
  const ind1 = indicator('Registrant', `[email-addr:value = '${attEmail}'] OR [domain-name:value = '${lookalike}']`, prose(c, 'indicator.description', 2));
  pt('registrant-email-person-like', attEmail);
  pt('c2-domain-person-like', lookalike);
  indicator('Sample', `[file:hashes.'SHA-512' = '${sha512}']`);
  pt('hash-pattern:SHA-512', sha512);
  indicator('C2 over IPv6', `[network-traffic:src_ref.value = '${ulaVictim}' AND network-traffic:dst_ref.value = '${attV6}']`);
  pt('attacker-ipv6', attV6);
  b.plant('ipv6-ula', { text: ulaVictim, leak: [{ kind: 'ip', value: ulaVictim }] }, 'indicator.pattern');
  indicator('Brute force', `[network-traffic:src_ref.value = '${attacker24}' AND network-traffic:dst_port = 22] AND [user-account:account_login = '${victimLogin}']`);
  pt('attacker-ip-same-24', attacker24);
  b.plant('account:pattern', { text: victimLogin, leak: [{ kind: 'word', value: victimLogin }] }, 'indicator.pattern (user-account)');
  const premium = m.premiumV2(rng);
  indicator('IRSF campaign', `[domain-name:value = '${c.c2domain}']`, `Hijacked PBX trunks called ${premium} (IRSF) for hours.`);
  b.threat('premium-rate-v2', premium, { kind: 'digits', value: premium.replace(/\D/g, '').replace(/^00/, '') }, 'indicator.description');

  // Victim-side observables and their placements.
  const victimIp = b.sco({ type: 'ipv4-addr', value: `${victim24}.${rng.int(17, 30)}` });
  b.plant('ipv4-victim-netblock', { text: victimIp.value as string, leak: [{ kind: 'ip', value: victimIp.value as string }] }, 'ipv4-addr (network-traffic src)');
  const att24 = b.sco({ type: 'ipv4-addr', value: attacker24 });
  b.threat('attacker-ip-same-24', attacker24, { kind: 'sco', type: 'ipv4-addr', property: 'value', value: attacker24 }, 'ipv4-addr (network-traffic dst)');
  const reqTok = rng.chars(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  const reqMsisdn = m.phoneV2(rng, m.PHONE_REGIONS.includes(loc.country) ? loc.country : 'US');
  const reqDigits = `${m.callingCode(m.PHONE_REGIONS.includes(loc.country) ? loc.country : 'US')}${reqMsisdn.leak[0].value}`;
  const nt = b.sco({
    type: 'network-traffic', src_ref: victimIp.id, dst_ref: att24.id, src_port: rng.int(30000, 60000), dst_port: 443, protocols: ['ipv4', 'tcp', 'http'],
    extensions: { 'http-request-ext': { request_method: 'get', request_value: `/api/v1/activate?msisdn=${reqDigits}&token=${reqTok}`, request_header: { Host: c.c2domain, Cookie: `session=${reqTok}`, 'User-Agent': 'MeterBot/2.0' } } },
  });
  b.plant('http-request-query', { text: reqDigits, leak: reqMsisdn.leak }, 'network-traffic.extensions.http-request-ext.request_value');
  b.plant('http-request-token', { text: reqTok, leak: [{ kind: 'text', value: reqTok }] }, 'network-traffic.extensions.http-request-ext');
  const v6victim = b.sco({ type: 'ipv6-addr', value: `${victim48}:${rng.int(1, 99)}::${rng.int(2, 250).toString(16)}` });
  b.plant('ipv6-victim-netblock', { text: v6victim.value as string, leak: [{ kind: 'ip', value: v6victim.value as string }] }, 'ipv6-addr (sco)');
  const attV6Sco = b.sco({ type: 'ipv6-addr', value: attV6 });
  b.threat('attacker-ipv6', attV6, { kind: 'sco', type: 'ipv6-addr', property: 'value', value: attV6 }, 'ipv6-addr (network-traffic dst)');
  const nt6 = b.sco({ type: 'network-traffic', src_ref: v6victim.id, dst_ref: attV6Sco.id, dst_port: 8883, protocols: ['ipv6', 'tcp'] });

  // Email: attacker to victim and staff; headers and a signature name the victim.
  const from = b.sco({ type: 'email-addr', value: attEmail });
  b.threat('registrant-email-person-like', attEmail, { kind: 'sco', type: 'email-addr', property: 'value', value: attEmail }, 'email-addr (from_ref)');
  const toP = b.person(), ccP = s1;
  const toAddr = `${toP.login}@${domain}`;
  const to = b.sco({ type: 'email-addr', value: toAddr, display_name: `${toP.surname}, ${toP.given}` });
  b.plant('email:to_refs', { text: toAddr, leak: [{ kind: 'word', value: toP.login }] }, 'email-addr (to_refs)');
  b.plant('name:display_name', { text: `${toP.surname}, ${toP.given}`, leak: [{ kind: 'text', value: `${toP.surname}, ${toP.given}` }, ...toP.leak.filter((l) => l.kind === 'word' && l.value === toP.surname)] }, 'email-addr.display_name');
  const cc = b.sco({ type: 'email-addr', value: `${ccP.login}@${domain}`, display_name: ccP.native });
  b.plant('email:cc_refs', { text: `${ccP.login}@${domain}`, leak: [{ kind: 'word', value: ccP.login }] }, 'email-addr (cc_refs)');
  const sigP = b.person();
  const sigPhone = m.phoneV2(rng, m.PHONE_REGIONS.includes(loc.country) ? loc.country : 'US');
  const recvHost = `WS-${fold(sigP.surname).replace(/[^a-z]/g, '').toUpperCase()}.${adDomain}`;
  const recvIp = id.privateIpv4(rng);
  const msg = b.sco({
    type: 'email-message', is_multipart: false, from_ref: from.id, to_refs: [to.id], cc_refs: [cc.id], subject: `RE: ${toP.latin} – contract`,
    additional_header_fields: { Received: [`from ${recvHost} ([${recvIp}]) by mx1.${domain}`], 'X-Originating-IP': `[${victimIp.value as string}]` },
    body: `Please see attached.\n\n--\n${sigP.latin}\nGrid Operations\nM: ${sigPhone.text}\n${legal}`,
  });
  b.plant('name:subject', { text: toP.latin, leak: toP.leak }, 'email-message.subject');
  b.plant('hostname:received-header', { text: recvHost, leak: [{ kind: 'text', value: recvHost }] }, 'email-message.additional_header_fields');
  b.plant('ipv4-private:received-header', { text: recvIp, leak: [{ kind: 'ip', value: recvIp }] }, 'email-message.additional_header_fields');
  b.plant('name:signature', { text: sigP.latin, leak: sigP.leak }, 'email-message.body');
  b.plant(`phone:signature`, sigPhone, 'email-message.body');

  // Accounts, processes, files and directories on the victim's host.
  const acctP = b.person();
  const acctLogin = `${fold(acctP.given)[0]}${fold(acctP.surname).replace(/[^a-z]/g, '')}`;
  const sid = `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1100, 9999)}`;
  const acct = b.sco({ type: 'user-account', user_id: sid, account_login: `${netbios}\\${acctLogin}`, display_name: `${acctP.surname}, ${acctP.given}`, account_type: 'windows-domain' });
  b.plant('account:sco', { text: acctLogin, leak: [{ kind: 'word', value: acctLogin }, { kind: 'text', value: sid }] }, 'user-account');
  const unixP = b.person();
  const unixAcct = b.sco({ type: 'user-account', user_id: String(rng.int(1000, 1999)), account_login: unixP.login, extensions: { 'unix-account-ext': { gid: 1000, groups: ['wheel'], home_dir: `/home/${unixP.login}`, shell: '/bin/bash' } } });
  b.plant('account:unix-ext', { text: unixP.login, leak: [{ kind: 'word', value: unixP.login }] }, 'user-account.extensions.unix-account-ext');
  const pw = rng.chars(10, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') + '!';
  const proc = b.sco({
    type: 'process', pid: rng.int(1000, 60000), cwd: `/home/${unixP.login}/work`, creator_user_ref: unixAcct.id,
    command_line: `psql "postgresql://${unixP.login}:${pw}@db1.${slug}.internal:5432/billing" -c "select * from subscribers"`,
  });
  b.plant('secret:command-line', { text: pw, leak: [{ kind: 'text', value: pw }] }, 'process.command_line');
  b.plant('user-path:process.cwd', { text: `/home/${unixP.login}/work`, leak: [{ kind: 'word', value: unixP.login }] }, 'process.cwd');
  const docP = b.person();
  const dir = b.sco({ type: 'directory', path: `C:\\Users\\${acctLogin}\\Documents` });
  const docName = `${fold(docP.surname).replace(/[^a-z]/g, '')}_${fold(docP.given).replace(/[^a-z]/g, '')}_payslip_2024.pdf`;
  const doc = b.sco({ type: 'file', name: docName, parent_directory_ref: dir.id, size: rng.int(10000, 900000) });
  b.plant('file-name-person', { text: docName, leak: [{ kind: 'text', value: `${fold(docP.surname).replace(/[^a-z]/g, '')}_${fold(docP.given).replace(/[^a-z]/g, '')}` }] }, 'file.name');
  b.plant('user-path:directory.path', { text: dir.path as string, leak: [{ kind: 'word', value: acctLogin }] }, 'directory.path');
  const macO = m.macV2(rng);
  const macSco = b.sco({ type: 'mac-addr', value: macO.octets.join(':') });
  const privSco = b.sco({ type: 'ipv4-addr', value: id.privateIpv4(rng), resolves_to_refs: [macSco.id] });
  b.plant('mac-v2', { text: macSco.value as string, leak: macO.planted.leak }, 'mac-addr (resolves_to_refs)');
  b.plant('ipv4-private:sco', { text: privSco.value as string, leak: [{ kind: 'ip', value: privSco.value as string }] }, 'ipv4-addr');
  const observed = sdo(c, 'observed-data', {
    first_observed: timestamp(rng, 3), last_observed: timestamp(rng, 12), number_observed: rng.int(1, 30),
    object_refs: [nt.id, victimIp.id, att24.id, nt6.id, v6victim.id, attV6Sco.id, msg.id, from.id, to.id, cc.id, acct.id, unixAcct.id, proc.id, dir.id, doc.id, privSco.id, macSco.id, sample.id],
  });

  // A custom extension and x_ properties written by the submitter's tooling.
  const extDef = sdo(c, 'extension-definition', {
    name: `${legal} case metadata`, schema: `https://wiki.${domain}/schemas/case.json`, version: '1.0', extension_types: ['property-extension'],
  });
  const extP = b.person();
  const extPhone = m.phoneV2(rng, m.PHONE_REGIONS.includes(loc.country) ? loc.country : 'US');
  const incident = sdo(c, 'incident', {
    name: `Meter fleet compromise`, description: prose(c, 'incident.description', 3), object_marking_refs: markings,
    extensions: { [extDef.id]: { extension_type: 'property-extension', analyst: `${extP.surname}, ${extP.given}`, analyst_phone: extPhone.text, customer } },
    x_meta: { owner: s2.native, escalation: { name: extP.latin, pager: extPhone.text } },
  });
  b.plant('name:extension', { text: extP.latin, leak: extP.leak }, 'incident.extensions / x_meta');
  b.plant(`phone:extension`, extPhone, 'incident.extensions / x_meta');
  b.plant('customer-name', { text: customer, leak: [{ kind: 'text', value: customer }] }, 'incident.extensions');

  // Notes and opinions with authors in other forms; embedded JSON, XML, key=value and CSV.
  const jp = b.person();
  const jImei = m.imeiV2(rng), jPhone = m.phoneV2(rng, m.PHONE_REGIONS.includes(loc.country) ? loc.country : 'US');
  const jsonName = [...jp.latin].map((ch) => (ch.charCodeAt(0) > 127 ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('');
  b.plant('name:json-escaped', { text: jp.latin, leak: jp.leak }, 'note.content (json \\u escapes)');
  b.plant('imei-separated', jImei, 'note.content (json)');
  b.plant(`phone:json`, jPhone, 'note.content (json)');
  const xp = b.person();
  const xMsisdn = m.phoneV2(rng, m.PHONE_REGIONS.includes(loc.country) ? loc.country : 'US');
  b.plant('name:xml', { text: xp.latin, leak: xp.leak }, 'note.content (xml)');
  b.plant('phone:xml', xMsisdn, 'note.content (xml)');
  const kvLogin = `${fold(b.person().given)}${rng.int(1, 9)}`;
  const kvIp = id.privateIpv4(rng);
  b.plant('account:syslog', { text: kvLogin, leak: [{ kind: 'word', value: kvLogin }] }, 'note.content (key=value)');
  b.plant('ipv4-private:syslog', { text: kvIp, leak: [{ kind: 'ip', value: kvIp }] }, 'note.content (key=value)');
  const csvP = b.person(), csvIccid = m.iccidV2(rng, loc.country);
  b.plant('name:csv', { text: csvP.latin, leak: csvP.leak }, 'note.content (csv)');
  b.plant('iccid-separated', csvIccid, 'note.content (csv)');
  sdo(c, 'note', {
    abstract: prose(c, 'note.abstract', 1),
    content: [
      prose(c, 'note.content', 2),
      `event: {"operator":"${jsonName}","imei":"${jImei.text}","mobile":"${jPhone.text}","c2":"${c.c2domain}"}`,
      `<subscriber><name>${htmlEntities(xp.latin)}</name><msisdn>${xMsisdn.text}</msisdn></subscriber>`,
      `sshd[${rng.int(100, 9999)}]: Accepted password for ${kvLogin} from ${kvIp} port ${rng.int(30000, 60000)} ssh2`,
      `name;iccid;status\n${csvP.latin};${csvIccid.text};blocked`,
    ].join('\n'),
    authors: [`${s1.surname}, ${s1.given}`, `${s2.login}@${domain}`], object_refs: [incident.id],
  });
  b.plant('name:authors', { text: `${s1.surname}, ${s1.given}`, leak: [...s1.leak.filter((l) => l.kind === 'word'), { kind: 'text', value: `${s1.surname}, ${s1.given}` }] }, 'note.authors');
  b.plant('email:authors', { text: `${s2.login}@${domain}`, leak: [{ kind: 'word', value: s2.login }] }, 'note.authors');
  sdo(c, 'opinion', { opinion: 'strongly-agree', authors: [s2.native], explanation: prose(c, 'opinion.explanation', 2), object_refs: [ind1.id] });
  b.plant('name:authors', { text: s2.native, leak: s2.leakNative }, 'opinion.authors');

  // The report: percent-encoded prose, internal references, a ticket on a SaaS host.
  const pp = b.person();
  const pctPhone = m.phoneV2(rng, m.PHONE_REGIONS.includes(loc.country) ? loc.country : 'US');
  b.plant('name:percent-prose', { text: pp.latin, leak: pp.leak }, 'report.description (percent-encoded sentence)');
  b.plant('phone:percent-prose', pctPhone, 'report.description (percent-encoded sentence)');
  const ticket = `SOC-${rng.int(1000, 9999)}`;
  b.plant('internal-url:saas-ticket', { text: `${slug}.atlassian.net`, leak: [{ kind: 'text', value: `${slug}.atlassian.net` }] }, 'report.external_references');
  b.plant('internal-url:servicenow', { text: `${slug}.service-now.com`, leak: [{ kind: 'text', value: `${slug}.service-now.com` }] }, 'report.external_references');
  sdo(c, 'report', {
    name: `Incident ${ticket}`, published: c.created, report_types: ['incident'], object_marking_refs: markings,
    description: `${prose(c, 'report.description', 3)} Portal log: ${percent(`Reset requested by ${pp.latin}, phone ${pctPhone.text}`)}`,
    object_refs: [incident.id, malware.id, ind1.id, observed.id],
    external_references: [
      { source_name: 'cve', external_id: `CVE-2024-${rng.int(1000, 49999)}` },
      { source_name: 'jira', url: `https://${slug}.atlassian.net/browse/${ticket}`, external_id: ticket },
      { source_name: 'servicenow', url: `https://${slug}.service-now.com/nav_to.do?uri=incident.do?sys_id=${rng.hex(32)}`, description: `Owner ${s1.latin}` },
    ],
  });
  sdo(c, 'sighting', { sighting_of_ref: ind1.id, where_sighted_refs: [cust.id], observed_data_refs: [observed.id], count: rng.int(1, 40), description: prose(c, 'sighting.description', 2) });
  sdo(c, 'course-of-action', { name: 'Block and reset', description: prose(c, 'course-of-action.description', 2) });

  const identity: LeakForm[] = [
    { kind: 'text', value: legal },
    { kind: 'text', value: domain },
    { kind: 'text', value: adDomain },
    { kind: 'word', value: slug },
    ...[s1, s2].flatMap((s) => [s.leak[0], s.leakNative[0]]),
  ];
  // A surname shared by two persons of the case is no longer one person's identifier.
  for (const p of b.planted) p.leak = p.leak.filter((f) => f.kind !== 'word' || ![...b.surnameUses].some(([sn, n]) => n > 1 && (f.value === sn || f.value === m.nativeSurnameOf(loc, sn))));
  return { index, lang: loc.lang, device: 'v2', bundle: { type: 'bundle', id: `bundle--${b.uuid()}`, objects: b.objects } as StixBundle, profile, planted: b.planted, threats: b.threats, identity };
}

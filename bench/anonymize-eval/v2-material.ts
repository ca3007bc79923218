// Material for the second evaluation suite (v2.ts): languages and scripts, identifier notations
// and placements that the first suite (locales.ts, identifiers.ts) does not use. Everything is
// synthetic; numbers are random with valid checksums, names are common given names and surnames.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Planted } from './identifiers';
import { luhnDigit } from './identifiers';
import type { Rng } from './rng';

const pad = (n: number) => String(n).padStart(2, '0');

export interface NameSet {
  given: string[];
  surnames: string[];
  /** Full name in the script's usual order and spacing. */
  full: (given: string, surname: string) => string;
}

export interface LocaleV2 {
  lang: string;
  country: string;
  tld: string;
  native: NameSet;
  /** The same people as they appear in English-language reports. */
  latin: NameSet;
  /** Sentences in the language with a name and no context word around it. */
  bare: string[];
  address: (rng: Rng) => { text: string; line: string };
  dob: (rng: Rng, y: number, m: number, d: number) => string;
  orgName: (place: string) => string;
  places: string[];
}

const spaced = (g: string, s: string) => `${g} ${s}`;
const joined = (g: string, s: string) => `${s}${g}`;

export const LOCALES_V2: LocaleV2[] = [
  {
    lang: 'ko', country: 'KR', tld: 'co.kr',
    native: { given: ['민준', '서연', '지호', '예은', '도윤', '하은', '현우', '지민'], surnames: ['김', '이', '박', '최', '정', '강', '조', '윤'], full: joined },
    latin: { given: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ye-eun', 'Do-yun', 'Ha-eun', 'Hyun-woo', 'Ji-min'], surnames: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'], full: (g, s) => `${s.toUpperCase()} ${g}` },
    bare: ['{native}이(가) 14시에 재부팅을 확인했습니다.', '{native}, {native} 회의 참석.'],
    address: (r) => { const line = `테헤란로 ${r.int(10, 520)}`; return { text: `서울특별시 강남구 ${line}, ${r.int(100, 1999)}호`, line }; },
    dob: (r, y, m, d) => r.pick([`생년월일 ${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}생`]),
    orgName: (p) => `${p}에너지 주식회사`, places: ['한빛', '새봄', '푸른', '동해'],
  },
  {
    lang: 'zh', country: 'CN', tld: 'cn',
    native: { given: ['伟', '芳', '秀英', '建华', '丽娟', '志强', '海燕', '俊杰'], surnames: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'], full: joined },
    latin: { given: ['Wei', 'Fang', 'Xiuying', 'Jianhua', 'Lijuan', 'Zhiqiang', 'Haiyan', 'Junjie'], surnames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao'], full: (g, s) => `${s} ${g}` },
    bare: ['{native}于14:00确认重启。', '{native}、{native}参加了电话会议。'],
    address: (r) => { const line = `建国路${r.int(1, 199)}号`; return { text: `北京市朝阳区${line}${r.int(1, 30)}层`, line }; },
    dob: (r, y, m, d) => r.pick([`出生日期：${y}年${m}月${d}日`, `生日 ${y}-${pad(m)}-${pad(d)}`]),
    orgName: (p) => `${p}电力有限公司`, places: ['华北', '江南', '东方', '长江'],
  },
  {
    lang: 'ar', country: 'SA', tld: 'com.sa',
    native: { given: ['محمد', 'فاطمة', 'أحمد', 'ليلى', 'يوسف', 'مريم', 'خالد', 'نورة'], surnames: ['الحسيني', 'العتيبي', 'حداد', 'الخطيب', 'منصور', 'الشمري', 'القحطاني', 'الزهراني'], full: spaced },
    latin: { given: ['Mohammed', 'Fatima', 'Ahmed', 'Layla', 'Youssef', 'Mariam', 'Khalid', 'Noura'], surnames: ['Al-Husseini', 'Al-Otaibi', 'Haddad', 'Al-Khatib', 'Mansour', 'Al-Shammari', 'Al-Qahtani', 'Al-Zahrani'], full: spaced },
    bare: ['أكد {native} إعادة التشغيل في الساعة 14:00.', 'حضر {native} و{native} الاجتماع.'],
    address: (r) => { const line = `${r.int(1000, 9999)} طريق الملك فهد`; return { text: `${line}، حي العليا، الرياض ${r.digits(5)}`, line }; },
    dob: (r, y, m, d) => r.pick([`تاريخ الميلاد ${pad(d)}/${pad(m)}/${y}`, `DOB ${y}-${pad(m)}-${pad(d)}`]),
    orgName: (p) => `شركة ${p} للطاقة`, places: ['الرياض', 'الشرقية', 'النخيل', 'الواحة'],
  },
  {
    lang: 'he', country: 'IL', tld: 'co.il',
    native: { given: ['יוסי', 'מיכל', 'אבי', 'נועה', 'דוד', 'שירה', 'איתי', 'תמר'], surnames: ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'אזולאי'], full: spaced },
    latin: { given: ['Yossi', 'Michal', 'Avi', 'Noa', 'David', 'Shira', 'Itai', 'Tamar'], surnames: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Avraham', 'Friedman', 'Azoulay'], full: spaced },
    bare: ['{native} אישר את האתחול בשעה 14:00.', '{native} ו{native} הצטרפו לשיחה.'],
    address: (r) => { const line = `רחוב הרצל ${r.int(1, 180)}`; return { text: `${line}, תל אביב ${r.digits(7)}`, line }; },
    dob: (r, y, m, d) => r.pick([`תאריך לידה ${pad(d)}.${pad(m)}.${y}`, `d.o.b. ${pad(d)}/${pad(m)}/${y}`]),
    orgName: (p) => `${p} תקשורת בע"מ`, places: ['גליל', 'כרמל', 'שרון', 'נגב'],
  },
  {
    lang: 'tr', country: 'TR', tld: 'com.tr',
    native: { given: ['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Oğuz', 'Gülşen'], surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'], full: spaced },
    latin: { given: ['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Oğuz', 'Gülşen'], surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'], full: spaced },
    bare: ['{native} yeniden başlatmayı 14:00 te onayladı.', '{native} ve {native} toplantıya katıldı.'],
    address: (r) => { const line = `Atatürk Cad. No: ${r.int(1, 250)} D: ${r.int(1, 20)}`; return { text: `${line}, ${r.int(34000, 34999)} Kadıköy/İstanbul`, line }; },
    dob: (r, y, m, d) => r.pick([`doğum tarihi ${pad(d)}.${pad(m)}.${y}`, `D.T. ${pad(d)}/${pad(m)}/${y}`]),
    orgName: (p) => `${p} Enerji A.Ş.`, places: ['Marmara', 'Ege', 'Anadolu', 'Toros'],
  },
  {
    lang: 'pt', country: 'BR', tld: 'com.br',
    native: { given: ['João', 'Ana', 'Luís', 'Mariana', 'Gonçalo', 'Beatriz', 'Thiago', 'Letícia'], surnames: ['Ferreira', 'Gonçalves', 'Rodrigues', 'Carvalho', 'Albuquerque', 'Nascimento', 'Figueiredo', 'Magalhães'], full: spaced },
    latin: { given: ['João', 'Ana', 'Luís', 'Mariana', 'Gonçalo', 'Beatriz', 'Thiago', 'Letícia'], surnames: ['Ferreira', 'Gonçalves', 'Rodrigues', 'Carvalho', 'Albuquerque', 'Nascimento', 'Figueiredo', 'Magalhães'], full: spaced },
    bare: ['{native} confirmou o reinício às 14h.', '{native} e {native} entraram na chamada.'],
    address: (r) => { const line = `Rua das Flores, ${r.int(10, 1999)}`; return { text: `${line} - Pinheiros, São Paulo - SP, ${r.digits(5)}-${r.digits(3)}`, line }; },
    dob: (r, y, m, d) => r.pick([`data de nascimento ${pad(d)}/${pad(m)}/${y}`, `nascido em ${d} de março de ${y}`]),
    orgName: (p) => `Companhia Energética ${p} S.A.`, places: ['Paulista', 'Serrana', 'Litorânea', 'Mineira'],
  },
  {
    lang: 'sv', country: 'SE', tld: 'se',
    native: { given: ['Lars', 'Karin', 'Erik', 'Ingrid', 'Nils', 'Astrid', 'Björn', 'Sigrid'], surnames: ['Lindqvist', 'Bergström', 'Nyström', 'Sjöberg', 'Åkesson', 'Holmgren', 'Engström', 'Wallin'], full: spaced },
    latin: { given: ['Lars', 'Karin', 'Erik', 'Ingrid', 'Nils', 'Astrid', 'Björn', 'Sigrid'], surnames: ['Lindqvist', 'Bergström', 'Nyström', 'Sjöberg', 'Åkesson', 'Holmgren', 'Engström', 'Wallin'], full: spaced },
    bare: ['{native} bekräftade omstarten kl. 14.00.', '{native} och {native} deltog i samtalet.'],
    address: (r) => { const line = `Storgatan ${r.int(1, 90)}`; return { text: `${line}, ${r.int(100, 999)} ${r.digits(2)} Uppsala`, line }; },
    dob: (r, y, m, d) => r.pick([`född ${y}-${pad(m)}-${pad(d)}`, `personnummer ${y}${pad(m)}${pad(d)}-${r.digits(4)}`]),
    orgName: (p) => `${p} Energi AB`, places: ['Norrland', 'Mälardalen', 'Västkust', 'Roslagen'],
  },
  {
    lang: 'hi', country: 'IN', tld: 'co.in',
    native: { given: ['राहुल', 'प्रिया', 'अमित', 'सुनीता', 'विकास', 'अंजलि', 'संजय', 'पूजा'], surnames: ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'यादव', 'चौहान', 'मिश्रा'], full: spaced },
    latin: { given: ['Rahul', 'Priya', 'Amit', 'Sunita', 'Vikas', 'Anjali', 'Sanjay', 'Pooja'], surnames: ['Sharma', 'Verma', 'Gupta', 'Singh', 'Patel', 'Yadav', 'Chauhan', 'Mishra'], full: spaced },
    bare: ['{native} ने 14:00 बजे रीबूट की पुष्टि की।', '{native} और {native} कॉल में शामिल हुए।'],
    address: (r) => { const line = `Flat ${r.int(1, 40)}${r.pick(['A', 'B', 'C'])}, ${r.int(2, 99)} MG Road`; return { text: `${line}, Indiranagar, Bengaluru ${r.int(560001, 560099)}`, line }; },
    dob: (r, y, m, d) => r.pick([`जन्म तिथि ${pad(d)}-${pad(m)}-${y}`, `DOB: ${d} Mar ${y}`]),
    orgName: (p) => `${p} Power Distribution Ltd`, places: ['Deccan', 'Malabar', 'Konkan', 'Doaba'],
  },
];

/** Mobile and landline shapes by region: prefix choices and the number of random digits after them. */
const NSN: Record<string, [string[], number]> = {
  US: [['212', '415', '312', '617', '206', '303', '646', '512'], 7], BR: [['119', '219', '319', '479'], 8], TR: [['530', '532', '533', '542', '505', '555'], 7],
  SE: [['70', '72', '73', '76'], 7], IN: [['98', '99', '97', '91', '88'], 8], SA: [['50', '53', '54', '55'], 7], IL: [['50', '52', '53', '54', '58'], 7],
  CN: [['138', '139', '150', '186', '188'], 8], KR: [['10'], 8], PT: [['91', '92', '93', '96'], 7], MX: [['55', '33', '81'], 8], AU: [['4'], 8],
  CH: [['76', '77', '78', '79'], 7], AT: [['664', '676', '660', '699'], 7], ZA: [['71', '72', '82', '83'], 7], AE: [['50', '52', '55', '56'], 7],
  DE: [['30', '40', '89', '69'], 8], FR: [['1'], 8], GB: [['20'], 8],
};

export const PHONE_REGIONS = Object.keys(NSN);

/** A valid phone number of `region`, written in one of the notations people and tools use. */
export function phoneV2(rng: Rng, region: string): Planted & { style: string } {
  const [prefixes, n] = NSN[region];
  for (let attempt = 0; ; attempt++) {
    let nsn = rng.pick(prefixes) + rng.digits(n);
    if (region === 'US') nsn = nsn.slice(0, 3) + String(rng.int(2, 9)) + nsn.slice(4);
    const p = parsePhoneNumberFromString(`+${callingCode(region)}${nsn}`);
    if (!p?.isValid() && attempt < 40) continue;
    const ext = rng.int(10, 4999);
    const intl = p!.formatInternational();
    const national = p!.formatNational();
    const [style, text] = rng.pick<() => [string, string]>([
      () => ['national', national],
      () => ['national-ext', `${national} ${rng.pick(['ext.', 'x', 'Ext', 'доб.', 'ramal', 'dahili'])} ${ext}`],
      () => ['international', intl],
      () => ['e164', p!.number as string],
      () => ['00-prefix', `00${callingCode(region)} ${national.replace(/^0/, '').replace(/[()]/g, '')}`],
      () => ['tel-uri', `tel:${p!.number as string}${rng.chance(0.5) ? `;ext=${ext}` : ''}`],
      () => ['dotted', intl.replace(/^\+/, '+').replace(/[\s-]/g, '.')],
      () => ['trunk-zero', `+${callingCode(region)} (0)${nsn.slice(0, 2)} ${nsn.slice(2, 6)} ${nsn.slice(6)}`],
    ])();
    return { text, style, leak: [{ kind: 'digits', value: nsn }] };
  }
}

export function callingCode(region: string): string {
  return ({ US: '1', BR: '55', TR: '90', SE: '46', IN: '91', SA: '966', IL: '972', CN: '86', KR: '82', PT: '351', MX: '52', AU: '61', CH: '41', AT: '43', ZA: '27', AE: '971', DE: '49', FR: '33', GB: '44' } as Record<string, string>)[region];
}

/** IRSF, wangiri and premium destinations in the forms fraud reports quote them: threat values. */
export function premiumV2(rng: Rng): string {
  return rng.pick([
    () => `00882 16 ${rng.digits(4)} ${rng.digits(4)}`,
    () => `+1 (876) ${rng.int(200, 999)}-${rng.digits(4)}`,
    () => `+1-900-${rng.int(200, 999)}-${rng.digits(4)}`,
    () => `+675 7${rng.digits(3)} ${rng.digits(4)}`,
    () => `+224 62${rng.digits(1)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    () => `+383 49 ${rng.digits(3)} ${rng.digits(3)}`,
    () => `+4420${rng.digits(8)}`,
    () => `+88213${rng.digits(6)}`,
    () => `+7 840 ${rng.digits(3)} ${rng.digits(4)}`,
  ])();
}

export function imeiV2(rng: Rng): Planted {
  const body = rng.pick(['35', '86', '01', '49']) + rng.digits(12);
  const full = body + luhnDigit(body);
  const sv = rng.digits(2);
  const text = rng.pick([
    () => `${full.slice(0, 2)} ${full.slice(2, 8)} ${full.slice(8, 14)} ${full.slice(14)}`,
    () => `${full.slice(0, 6)}-${full.slice(6, 8)}-${full.slice(8, 14)}-${full.slice(14)}`,
    () => `${full.slice(0, 8)}-${full.slice(8, 14)}-${full.slice(14)}`,
    () => `${body}${sv}`, // IMEISV: TAC + serial + software version, no check digit
    () => `${full.slice(0, 8)}/${full.slice(8, 14)}/${full.slice(14)}`,
  ])();
  return { text, leak: [{ kind: 'digits', value: body.slice(8) }] };
}

export function imsiV2(rng: Rng, country: string): Planted {
  const mccmnc = ({ KR: ['450', '05'], CN: ['460', '00'], SA: ['420', '01'], IL: ['425', '01'], TR: ['286', '01'], BR: ['724', '05'], SE: ['240', '01'], IN: ['404', '45'] } as Record<string, string[]>)[country] ?? ['310', '260'];
  const msin = rng.digits(15 - mccmnc[0].length - mccmnc[1].length);
  const text = rng.pick([() => `${mccmnc[0]} ${mccmnc[1]} ${msin}`, () => `${mccmnc[0]}-${mccmnc[1]}-${msin}`, () => `${mccmnc.join('')}${msin}`]);
  return { text: text(), leak: [{ kind: 'digits', value: msin }] };
}

export function iccidV2(rng: Rng, country: string): Planted {
  const cc = callingCode(country === 'KR' ? 'KR' : country) ?? '1';
  const body = ('89' + cc + rng.digits(20)).slice(0, 19);
  const full = body + luhnDigit(body);
  const text = rng.pick([
    () => full.match(/.{1,5}/g)!.join('-'),
    () => `${full}F`,
    () => full.match(/.{1,4}/g)!.join(' '),
    () => `${full.slice(0, 7)} ${full.slice(7, 13)} ${full.slice(13)}`,
  ])();
  return { text, leak: [{ kind: 'digits', value: full.slice(-12, -1) }] };
}

export function macV2(rng: Rng): { octets: string[]; planted: Planted } {
  const octets = [(rng.int(0, 255) & 0xfc).toString(16).padStart(2, '0'), ...Array.from({ length: 5 }, () => rng.hex(2))];
  const hex = octets.join('');
  const text = rng.pick([
    () => `${hex.slice(0, 4)}.${hex.slice(4, 8)}.${hex.slice(8)}`.toUpperCase(),
    () => hex.toUpperCase(),
    () => `${hex.slice(0, 6)}-${hex.slice(6)}`,
    () => octets.join(' ').toUpperCase(),
    () => octets.map((o) => o.replace(/^0/, '')).join(':'),
  ])();
  return { octets, planted: { text, leak: [{ kind: 'alnum', value: hex }] } };
}

/** A link-local or ULA SLAAC address carrying the MAC, compressed, sometimes with a zone id. */
export function eui64V2(rng: Rng, octets: string[]): Planted {
  const flipped = (parseInt(octets[0], 16) ^ 0x02).toString(16).padStart(2, '0');
  const groups = [flipped + octets[1], octets[2] + 'ff', 'fe' + octets[3], octets[4] + octets[5]].map((g) => g.replace(/^0+(?=.)/, ''));
  const text = rng.chance(0.5) ? `fe80::${groups.join(':')}%${rng.pick(['eth0', 'wlan0', '12', 'en0'])}` : `fd${rng.hex(2)}:${rng.hex(4)}::${groups.join(':')}`;
  const iid = [flipped + octets[1], octets[2] + 'ff', 'fe' + octets[3], octets[4] + octets[5]].join('');
  return { text, leak: [{ kind: 'iid', value: iid }, { kind: 'alnum', value: octets.join('') }] };
}

/** An IBAN of a region the first suite does not use, in one of several spacings. */
export function ibanV2(rng: Rng): Planted {
  const [cc, bban] = rng.pick<() => [string, string]>([
    () => ['PT', rng.digits(21)],
    () => ['TR', rng.digits(5) + '0' + rng.digits(16)],
    () => ['SE', rng.digits(20)],
    () => ['SA', rng.digits(2) + rng.digits(18)],
    () => ['IL', rng.digits(19)],
    () => ['BR', rng.digits(23) + 'C1'],
    () => ['CH', rng.digits(17)],
    () => ['AT', rng.digits(16)],
    () => ['AE', rng.digits(19)],
  ])();
  const numeric = [...(bban + cc + '00')].map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c)).join('');
  let r = 0;
  for (const c of numeric) r = (r * 10 + Number(c)) % 97;
  const full = cc + String(98 - r).padStart(2, '0') + bban;
  const text = rng.pick([() => full.match(/.{1,4}/g)!.join(' '), () => full, () => full.toLowerCase(), () => full.match(/.{1,4}/g)!.join('-'), () => `${full.slice(0, 4)} ${full.slice(4)}`])();
  return { text, leak: [{ kind: 'alnum', value: bban.slice(-12).toLowerCase() }] };
}

export function cardV2(rng: Rng): Planted {
  const [prefix, len, groups] = rng.pick<[string, number, number[]]>([['34', 15, [4, 6, 5]], ['37', 15, [4, 6, 5]], ['36', 14, [4, 6, 4]], ['6011', 16, [4, 4, 4, 4]], ['35', 16, [4, 4, 4, 4]], ['4', 16, [4, 4, 4, 4]], ['62', 16, [4, 4, 4, 4]]]);
  const body = prefix + rng.digits(len - 1 - prefix.length);
  const full = body + luhnDigit(body);
  let i = 0;
  const parts = groups.map((g) => full.slice(i, (i += g)));
  const text = rng.pick([() => parts.join(' '), () => parts.join('-'), () => parts.join('.'), () => full, () => `${parts.join(' ')} exp ${pad(rng.int(1, 12))}/${rng.int(25, 30)}`])();
  return { text, leak: [{ kind: 'digits', value: full }] };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A secret in its usual surroundings; the leak form is the secret part only. */
export function secretV2(rng: Rng, host: string): { text: string; secret: string; kind: string } {
  const pw = rng.chars(5, ALNUM) + rng.pick(['!', '#', '$', '%', '&']) + rng.chars(6, ALNUM);
  const options: (() => [string, string, string])[] = [
    () => { const s = rng.chars(40, B64); return ['aws-secret', `aws_secret_access_key = ${s}`, s]; },
    () => { const s = `ASIA${rng.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`; return ['aws-sts-key', s, s]; },
    () => { const s = rng.chars(rng.int(30, 44), ALNUM + '-._~'); return ['bearer', `Authorization: Bearer ${s}`, s]; },
    () => { const s = `eyJ${rng.chars(30, ALNUM)}.eyJ${rng.chars(60, ALNUM + '-_')}.${rng.chars(43, ALNUM + '-_')}`; return ['jwt', s, s]; },
    () => { const body = Array.from({ length: 4 }, () => rng.chars(64, B64)).join('\n'); return ['pem', `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`, body.split('\n')[1]]; },
    () => ['conn-url', `postgres://billing_svc:${pw}@${host}:5432/billing`, pw],
    () => ['conn-ado', `Server=${host};Database=Meters;User Id=sa;Password=${pw};`, pw],
    () => ['conn-mongo', `mongodb+srv://admin:${pw}@cluster0.${host}/prod?retryWrites=true`, pw],
    () => ['basic-url', `https://deploy:${pw}@${host}/artifactory/`, pw],
    () => ['password-kv', `password: ${pw}`, pw],
    () => ['pwd-prose', `the WiFi key is ${pw}`, pw],
    () => { const s = `glpat-${rng.chars(20, ALNUM + '-_')}`; return ['gitlab', s, s]; },
    () => { const s = `npm_${rng.chars(36, ALNUM)}`; return ['npm', s, s]; },
    () => { const s = rng.chars(86, B64) + '=='; return ['azure-key', `DefaultEndpointsProtocol=https;AccountName=meterlogs;AccountKey=${s};EndpointSuffix=core.windows.net`, s]; },
    () => { const s = `https://hooks.slack.com/services/T${rng.chars(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B${rng.chars(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/${rng.chars(24, ALNUM)}`; return ['slack-webhook', s, s.split('/').pop()!]; },
    () => { const s = rng.hex(32); return ['snmp-community', `snmp community string ${s}`, s]; },
  ];
  const [kind, text, secret] = rng.pick(options)();
  return { text, secret, kind };
}

export function dmsCoordinate(rng: Rng): { text: string; leak: string } {
  const lat = rng.int(10, 65), lon = rng.int(1, 150), mm = rng.int(0, 59), ss = (rng.int(0, 599) / 10).toFixed(1);
  const mm2 = rng.int(0, 59), ss2 = (rng.int(0, 599) / 10).toFixed(1);
  const ns = rng.pick(['N', 'S']), ew = rng.pick(['E', 'W']);
  return rng.pick([
    () => ({ text: `${lat}°${mm}'${ss}"${ns} ${lon}°${mm2}'${ss2}"${ew}`, leak: `${lat}°${mm}'${ss}"` }),
    () => { const d = rng.digits(3); return { text: `${ns} ${lat}° ${mm}.${d}' ${ew} ${lon}° ${mm2}.${rng.digits(3)}'`, leak: `${lat}° ${mm}.${d}` }; },
    () => ({ text: `${lat}° ${mm}′ ${ss}″ ${ns}, ${lon}° ${mm2}′ ${ss2}″ ${ew}`, leak: `${lat}° ${mm}′ ${ss}″` }),
  ])();
}

/** The native-script surname written as `latin` in English reports. */
export function nativeSurnameOf(loc: LocaleV2, latin: string): string | undefined {
  const j = loc.latin.surnames.indexOf(latin);
  return j >= 0 ? loc.native.surnames[j] : undefined;
}

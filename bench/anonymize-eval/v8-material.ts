// Word lists and writing conventions for the blind, held-out eighth suite (v8.ts): 21 locales,
// written from general knowledge of how each country writes names, addresses, phone numbers and
// case paperwork. Independent of the anonymizer and of the earlier suites' material.
import type { Rng } from './rng';

/** A person as the locale writes them; `lat*` is the romanisation used in mail addresses and logins. */
export interface Person {
  given: string;
  family: string;
  latGiven: string;
  latFamily: string;
  female: boolean;
}

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'kana' | 'hangul' | 'han' | 'thai' | 'deva';

export interface PhoneShape {
  cc: string;
  nsn: (r: Rng) => string;
  national: ((n: string) => string)[];
  international: ((n: string) => string)[];
}

export type LabelKey =
  | 'customer' | 'contract' | 'ticket' | 'phone' | 'email' | 'address' | 'dob' | 'serial' | 'name' | 'nid'
  | 'bank' | 'plate' | 'site' | 'tech' | 'account' | 'status' | 'device' | 'reason';

export interface Phrases {
  title: (device: string, malware: string) => string;
  report: (who: string, phone: string) => string;
  visit: (tech: string) => string;
  beacon: (ip: string, domain: string, port: string) => string;
  escalate: (analyst: string) => string;
  close: string;
  greet: (agent: string, company: string) => string;
  caller: (name: string) => string;
  callback: (phone: string) => string;
  lure: (url: string) => string;
  rma: string;
  role: string;
}

export interface Loc {
  code: string;
  country: string;
  weight: number;
  script: Script;
  /** Name lists; `native:latin` where the locale writes another script. */
  m: string[];
  f: string[];
  family: string[];
  familyFirst: boolean;
  /** A family name alone points at one person (false where a few family names cover most people). */
  familyAlone: boolean;
  hon: (p: Person) => string;
  /** Honorific after the name (様, 님, จี) rather than before. */
  honAfter?: boolean;
  streets: string[];
  cities: [string, string][];
  address: (street: string, no: string, city: string, pc: string) => string;
  /** The part of the address that points at one house, as written by `address`. */
  addressKey: (street: string, no: string) => string;
  /** Postcodes that point at a handful of households. */
  postcodeIdentifies?: boolean;
  mail: string[];
  L: Record<LabelKey, string>;
  S: Phrases;
  dob: (y: number, m: number, d: number) => string;
  legal: string;
  companies?: string[];
  orgs: string[];
  tel: PhoneShape;
  plmn: string[];
  coord: [number, number];
  nick?: Record<string, string>;
}

const p2 = (n: number) => String(n).padStart(2, '0');
const grp = (s: string, ...sizes: number[]) => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
};

const EN_L: Record<LabelKey, string> = {
  customer: 'Customer no.', contract: 'Contract ref', ticket: 'Case ID', phone: 'Contact number', email: 'E-mail', address: 'Install address', dob: 'Date of birth',
  serial: 'Serial', name: 'Customer name', nid: 'ID number', bank: 'Payment details', plate: 'Vehicle reg', site: 'Site', tech: 'Engineer', account: 'Account',
  status: 'Status', device: 'Unit', reason: 'Reason for return',
};

const EN_S: Phrases = {
  title: (d, m) => `Suspected ${m} compromise – ${d} fleet`,
  report: (who, ph) => `${who} rang in on ${ph} to say the unit kept dropping its connection and the status light was flashing amber.`,
  visit: (t) => `Site visit completed by ${t}; unit bagged and sealed for the lab.`,
  beacon: (ip, d, p) => `Lab capture shows the unit phoning home to ${ip}:${p} and querying ${d} roughly every five minutes.`,
  escalate: (a) => `Escalated to PSIRT, picked up by ${a}.`,
  close: 'Remaining units in the batch patched OTA; no further call-backs seen.',
  greet: (a, c) => `Good morning, you're through to ${c} technical support, ${a} speaking, how can I help?`,
  caller: (n) => `Hi, yes, my name's ${n}, the box you installed keeps rebooting.`,
  callback: (ph) => `Best number to reach me is ${ph}.`,
  lure: (u) => `Your account has been suspended due to unusual activity. Verify within 24h: ${u}`,
  rma: 'Returned for forensic analysis after suspected malware infection',
  role: 'Product Security Engineer',
};

// ------------------------------------------------------------------ English (about 40% of cases)

const enGB: Loc = {
  code: 'en-GB', country: 'GB', weight: 6, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Gareth', 'Nigel', 'Rory', 'Euan', 'Kieran', 'Dominic', 'Barnaby', 'Fraser', 'Owain'],
  f: ['Harriet', 'Gemma', 'Lowri', 'Philippa', 'Kirsty', 'Rosalind', 'Bronwen', 'Tamsin'],
  family: ['Ellingworth', 'Treharne', 'Blackmore', 'Sowerby', 'Penhaligon', 'Greenhalgh', 'Attwood', 'Cruickshank', 'Lightfoot', 'Marchbank', 'Huxtable', 'Pilkington'],
  hon: (p) => (p.female ? 'Ms' : 'Mr'),
  streets: ['Beech Grove', 'Gorse Hill Road', 'Tannery Lane', 'Prospect Terrace', 'Wellington Mews', 'Orchard Rise'],
  cities: [['Huddersfield', 'HD3 4TN'], ['Carmarthen', 'SA31 2BW'], ['Kendal', 'LA9 6EX'], ['Ipswich', 'IP4 2QS'], ['Falkirk', 'FK1 5RD']],
  address: (s, n, c, pc) => `${n} ${s}, ${c}, ${pc}`,
  addressKey: (s, n) => `${n} ${s}`,
  postcodeIdentifies: true,
  mail: ['btinternet.com', 'hotmail.co.uk', 'virginmedia.com', 'talktalk.net'],
  L: { ...EN_L, customer: 'Cust ref', plate: 'VRM', nid: 'NI number' },
  S: EN_S,
  dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
  legal: 'Ltd',
  orgs: ['Calder Valley Housing Trust', 'Brecon Mountain Dairies', 'Solway Ferry Services'],
  tel: { cc: '44', nsn: (r) => '7' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), national: [(n) => `0${n.slice(0, 4)} ${n.slice(4)}`, (n) => `0${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`], international: [(n) => `+44 ${n.slice(0, 4)} ${n.slice(4)}`, (n) => `+44 (0) ${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`] },
  plmn: ['23430', '23433', '23415'],
  coord: [53, -2],
  nick: { Dominic: 'Dom', Philippa: 'Pippa', Barnaby: 'Barney', Harriet: 'Hattie' },
};

const enUS: Loc = {
  code: 'en-US', country: 'US', weight: 6, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Robert', 'William', 'DeShawn', 'Garrett', 'Colton', 'Reginald', 'Wyatt', 'Hector', 'Jeremiah'],
  f: ['Elizabeth', 'Tamika', 'Rebecca', 'Lindsey', 'Alejandra', 'Caitlyn', 'Monique', 'Heather'],
  family: ['Strickland', 'Vanderpool', 'Okonkwo', 'Pruitt', 'Gallagher', 'Szymanski', 'Montgomery', 'Bartholomew', 'Villanueva', 'Lindqvist', 'Hutchins', 'Abernathy'],
  hon: (p) => (p.female ? 'Mrs.' : 'Mr.'),
  streets: ['Sycamore Dr', 'N Elm St', 'Brookhaven Ct', 'Old Mill Rd', 'E 14th Ave', 'Hickory Ridge Ln'],
  cities: [['Dayton, OH', '45402'], ['Spokane, WA', '99201'], ['Lubbock, TX', '79401'], ['Chattanooga, TN', '37402'], ['Duluth, MN', '55802']],
  address: (s, n, c, pc) => `${n} ${s}, ${c} ${pc}`,
  addressKey: (s, n) => `${n} ${s}`,
  mail: ['aol.com', 'att.net', 'gmail.com', 'verizon.net'],
  L: { ...EN_L, customer: 'Customer #', ticket: 'Ticket #', phone: 'Callback #', nid: 'SSN', plate: 'Plate', address: 'Service address' },
  S: { ...EN_S, report: (who, ph) => `${who} called from ${ph} reporting the unit goes offline every night around 2am.`, greet: (a, c) => `Thank you for calling ${c} support, this is ${a}, may I have your account number?` },
  dob: (y, m, d) => `${p2(m)}/${p2(d)}/${y}`,
  legal: 'Inc.',
  orgs: ['Cumberland Rural Water District', 'Great Plains Beef Packers LLC', 'Mesa Verde Charter School'],
  tel: { cc: '1', nsn: (r) => r.pick(['216', '303', '404', '503', '602', '704', '813', '919']) + r.int(2, 9) + r.pick(['21', '34', '47', '62', '78', '93']) + r.digits(4), national: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`], international: [(n) => `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, (n) => `1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`] },
  plmn: ['310410', '311480', '310260'],
  coord: [35, -97],
  nick: { Robert: 'Bob', William: 'Bill', Elizabeth: 'Liz', Rebecca: 'Becky', Jeremiah: 'Jerry' },
};

const enIN: Loc = {
  code: 'en-IN', country: 'IN', weight: 5, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Siddharth', 'Abhishek', 'Venkatesh', 'Harpreet', 'Aniruddha', 'Mohammed Irfan', 'Suresh', 'Pranav'],
  f: ['Lakshmi', 'Shruti', 'Pooja', 'Nandini', 'Gurpreet', 'Meenakshi', 'Tanvi', 'Zainab'],
  family: ['Ramaswamy', 'Gadgil', 'Banerjee', 'Ahluwalia', 'Subramaniam', 'Naidu', 'Pillai', 'Chaudhary', 'Mukherjee', 'Kothari', 'Sheikh', 'Hegde'],
  hon: (p) => (p.female ? 'Mrs.' : 'Mr.'),
  streets: ['100 Feet Road, Indiranagar', '7th Cross, Jayanagar 4th Block', 'Link Road, Malad West', 'Sector 21, Kharghar', 'Banjara Hills Road No. 12'],
  cities: [['Bengaluru', '560038'], ['Mumbai', '400064'], ['Navi Mumbai', '410210'], ['Hyderabad', '500034']],
  address: (s, n, c, pc) => `Flat ${n}, Sai Krupa Residency, ${s}, ${c} ${pc}`,
  addressKey: (s, n) => `Flat ${n}, Sai Krupa Residency`,
  mail: ['gmail.com', 'yahoo.in', 'rediffmail.com', 'outlook.com'],
  L: { ...EN_L, customer: 'Consumer ID', ticket: 'Complaint No.', phone: 'Mobile No.', nid: 'Aadhaar', plate: 'Vehicle No.', address: 'Premises' },
  S: { ...EN_S, report: (who, ph) => `Complaint logged by ${who} (mob. ${ph}) that device is getting disconnected frequently and data usage is abnormally high.`, visit: (t) => `Field engineer ${t} attended site and collected the unit for analysis.` },
  dob: (y, m, d) => `${p2(d)}.${p2(m)}.${y}`,
  legal: 'Pvt. Ltd.',
  orgs: ['Godavari Sugar Mills', 'Sri Venkateswara Hospital Trust', 'Malabar Cold Storage Co.'],
  tel: { cc: '91', nsn: (r) => r.pick(['98', '97', '89', '76', '70', '63']) + r.digits(8), national: [(n) => `0${n}`, (n) => `${n.slice(0, 5)} ${n.slice(5)}`], international: [(n) => `+91 ${n.slice(0, 5)} ${n.slice(5)}`, (n) => `+91-${n}`] },
  plmn: ['40445', '40586', '40410'],
  coord: [19, 73],
};

const enZA: Loc = {
  code: 'en-ZA', country: 'ZA', weight: 4, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Thabo', 'Johannes', 'Sipho', 'Riaan', 'Lwazi', 'Pieter', 'Mandla', 'Ebrahim'],
  f: ['Nomvula', 'Anneke', 'Thandeka', 'Lerato', 'Marelize', 'Zanele', 'Fatima', 'Carmen'],
  family: ['van der Westhuizen', 'Mahlangu', 'Botha', 'Ndlovu', 'Pretorius', 'Mokoena', 'Jacobs', 'Khumalo', 'du Plessis', 'Adendorff', 'Sithole', 'Naidoo'],
  hon: (p) => (p.female ? 'Mrs' : 'Mr'),
  streets: ['Jan Smuts Avenue', 'Voortrekker Road', 'Protea Street', 'Kloof Nek Road', 'Umgeni Road'],
  cities: [['Bellville', '7530'], ['Randburg', '2194'], ['Pietermaritzburg', '3201'], ['Polokwane', '0699']],
  address: (s, n, c, pc) => `${n} ${s}, ${c}, ${pc}`,
  addressKey: (s, n) => `${n} ${s}`,
  mail: ['mweb.co.za', 'telkomsa.net', 'gmail.com', 'vodamail.co.za'],
  L: { ...EN_L, nid: 'SA ID no.', plate: 'Reg no.', phone: 'Cell' },
  S: { ...EN_S, report: (who, ph) => `${who} phoned from ${ph}; the unit keeps rebooting during load-shedding and the app shows it offline.` },
  dob: (y, m, d) => `${y}/${p2(m)}/${p2(d)}`,
  legal: '(Pty) Ltd',
  orgs: ['Overberg Fruit Packers', 'Mooi River Poultry Co-op', 'Tshwane Private Clinic'],
  tel: { cc: '27', nsn: (r) => r.pick(['71', '72', '73', '74', '76', '79', '82', '83', '84']) + r.digits(7), national: [(n) => `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`], international: [(n) => `+27 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, (n) => `+27${n}`] },
  plmn: ['65501', '65507', '65510'],
  coord: [-26, 28],
};

const enIE: Loc = {
  ...enGB,
  code: 'en-IE', country: 'IE', weight: 3,
  m: ['Cathal', 'Donncha', 'Tadhg', 'Fergal', 'Eoin', 'Colm'],
  f: ['Aoife', 'Gráinne', 'Clodagh', 'Sinéad', 'Orla', 'Máire'],
  family: ['Ó Súilleabháin', 'Mac Giolla', 'Fitzpatrick', 'Donoghue', 'Kavanagh', 'Moriarty', 'Ní Bhriain', 'Cullinane', 'Hennessy', 'Tierney'],
  streets: ['Dublin Road', 'Bóthar na Trá', 'Castle Street', 'Ard na Gréine'],
  cities: [['Ennis', 'V95 K7P2'], ['Tralee', 'V92 XE04'], ['Navan', 'C15 HT28'], ['Letterkenny', 'F92 D6W3']],
  mail: ['eircom.net', 'gmail.com', 'outlook.ie'],
  L: { ...EN_L, customer: 'Account ref', nid: 'PPSN', plate: 'Reg', address: 'Eircode address' },
  orgs: ['Shannon Estuary Creamery', 'Midlands Bus Hire Ltd', 'Connacht Agri Stores'],
  tel: { cc: '353', nsn: (r) => '8' + r.pick(['3', '5', '6', '7', '9']) + r.digits(7), national: [(n) => `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`], international: [(n) => `+353 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, (n) => `00353 ${n}`] },
  plmn: ['27201', '27202', '27205'],
  coord: [53, -8],
  nick: undefined,
};

// ------------------------------------------------------------------ European languages

const deAT: Loc = {
  code: 'de-AT', country: 'AT', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Leopold', 'Reinhard', 'Wolfgang', 'Günther', 'Alois', 'Dominik', 'Ferdinand'],
  f: ['Theresia', 'Gudrun', 'Waltraud', 'Magdalena', 'Hemma', 'Ingrid', 'Rosemarie'],
  family: ['Gruber', 'Pichler', 'Moosbrugger', 'Steinwender', 'Hinterleitner', 'Aigner', 'Wallner', 'Edlinger', 'Kronsteiner', 'Ortner', 'Haslauer'],
  hon: (p) => (p.female ? 'Frau' : 'Herr'),
  streets: ['Mariahilfer Straße', 'Hauptplatz', 'Linzer Gasse', 'Schlossberggasse', 'Innrain', 'Am Anger'],
  cities: [['Wels', '4600'], ['Leoben', '8700'], ['Dornbirn', '6850'], ['Wiener Neustadt', '2700'], ['Villach', '9500']],
  address: (s, n, c, pc) => `${s} ${n}/${(Number(n) % 7) + 1}, ${pc} ${c}`,
  addressKey: (s, n) => `${s} ${n}/`,
  mail: ['aon.at', 'gmx.at', 'chello.at', 'a1.net'],
  L: { customer: 'Kundennummer', contract: 'Vertragskonto', ticket: 'Störungsmeldung', phone: 'Rückrufnummer', email: 'E-Mail', address: 'Anlagenadresse', dob: 'Geburtsdatum', serial: 'Seriennr.', name: 'Kunde', nid: 'SV-Nummer', bank: 'Bankverbindung', plate: 'Kennzeichen', site: 'Standort', tech: 'Servicetechniker', account: 'Benutzer', status: 'Status', device: 'Gerät', reason: 'Rücksendegrund' },
  S: {
    title: (d, m) => `Verdacht auf ${m}-Befall bei ${d}`,
    report: (who, ph) => `${who} hat unter ${ph} angerufen: das Gerät startet ständig neu, die LED blinkt rot.`,
    visit: (t) => `Vor-Ort-Termin durch ${t}, Gerät getauscht und versiegelt ins Labor geschickt.`,
    beacon: (ip, d, p) => `Im Mitschnitt baut das Gerät Verbindungen zu ${ip} (Port ${p}) auf und fragt alle 5 Minuten ${d} ab.`,
    escalate: (a) => `An das PSIRT weitergeleitet, Bearbeitung: ${a}.`,
    close: 'Restliche Geräte der Charge per OTA aktualisiert, keine weiteren Auffälligkeiten.',
    greet: (a, c) => `Grüß Gott, ${c} Kundendienst, mein Name ist ${a}, was kann ich für Sie tun?`,
    caller: (n) => `Ja, grüß Gott, ${n} am Apparat, mein Gerät spinnt seit gestern.`,
    callback: (ph) => `Sie erreichen mich unter ${ph}.`,
    lure: (u) => `Ihr Konto wurde vorübergehend gesperrt. Bitte bestätigen Sie Ihre Daten: ${u}`,
    rma: 'Rücksendung zur forensischen Analyse wegen Schadsoftwareverdacht',
    role: 'Produktsicherheit',
  },
  dob: (y, m, d) => `${p2(d)}.${p2(m)}.${y}`,
  legal: 'GmbH',
  orgs: ['Stadtwerke Hallein', 'Molkerei Ennstal eGen', 'Bergbahnen Zillertal AG'],
  tel: { cc: '43', nsn: (r) => r.pick(['650', '660', '664', '676', '699', '681']) + r.digits(7), national: [(n) => `0${n.slice(0, 3)} ${n.slice(3)}`, (n) => `0${n.slice(0, 3)}/${n.slice(3)}`], international: [(n) => `+43 ${n.slice(0, 3)} ${n.slice(3)}`, (n) => `+43 (0)${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`] },
  plmn: ['23201', '23203', '23205'],
  coord: [47, 14],
};

const frBE: Loc = {
  code: 'fr-BE', country: 'BE', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Grégoire', 'Benoît', 'Arnaud', 'Jean-Philippe', 'Ludovic', 'Thibault', 'Cédric'],
  f: ['Marie-Hélène', 'Bénédicte', 'Ophélie', 'Séverine', 'Laetitia', 'Anne-Sophie', 'Gaëlle'],
  family: ['Vandenbroucke', 'Lejeune', 'Dethier', 'Wauthier', 'Delvaux', 'Hennuyer', 'Collignon', 'Vanderlinden', 'Gilson', 'Marchal', 'Dubuisson'],
  hon: (p) => (p.female ? 'Mme' : 'M.'),
  streets: ['Rue de la Station', 'Chaussée de Louvain', 'Avenue des Tilleuls', 'Rue du Moulin', 'Place Saint-Lambert'],
  cities: [['Namur', '5000'], ['Liège', '4020'], ['Wavre', '1300'], ['Mons', '7000'], ['Arlon', '6700']],
  address: (s, n, c, pc) => `${s} ${n}, ${pc} ${c}`,
  addressKey: (s, n) => `${s} ${n}`,
  mail: ['skynet.be', 'proximus.be', 'gmail.com', 'voo.be'],
  L: { customer: 'N° client', contract: 'N° de contrat', ticket: 'Dossier', phone: 'GSM', email: 'Courriel', address: 'Adresse de fourniture', dob: 'Date de naissance', serial: 'N° de série', name: 'Client', nid: 'N° de registre national', bank: 'Compte bancaire', plate: 'Immatriculation', site: 'Site', tech: 'Technicien', account: 'Identifiant', status: 'Statut', device: 'Appareil', reason: 'Motif du retour' },
  S: {
    title: (d, m) => `Compromission présumée par ${m} – ${d}`,
    report: (who, ph) => `${who} nous a contactés au ${ph} : l'appareil redémarre en boucle depuis le week-end.`,
    visit: (t) => `Intervention sur place de ${t}, appareil remplacé et mis sous scellés.`,
    beacon: (ip, d, p) => `La capture montre des connexions sortantes vers ${ip} sur le port ${p} et des requêtes DNS vers ${d} toutes les cinq minutes.`,
    escalate: (a) => `Transmis au PSIRT, analyse par ${a}.`,
    close: 'Le reste du lot a été mis à jour à distance ; aucune nouvelle alerte.',
    greet: (a, c) => `${c}, service technique, ${a} à l'appareil, bonjour.`,
    caller: (n) => `Bonjour, c'est ${n}, mon boîtier ne fonctionne plus correctement.`,
    callback: (ph) => `Vous pouvez me rappeler au ${ph}.`,
    lure: (u) => `Votre abonnement sera suspendu. Régularisez votre situation ici : ${u}`,
    rma: "Retour pour analyse forensique suite à une suspicion d'infection",
    role: 'Responsable sécurité produit',
  },
  dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
  legal: 'SA',
  orgs: ['Intercommunale des Eaux du Condroz', 'Brasserie du Val de Sambre', 'Clinique Saint-Rémy'],
  tel: { cc: '32', nsn: (r) => '4' + r.pick(['70', '75', '77', '78', '79', '85', '86', '95', '96']) + r.digits(6), national: [(n) => `0${n.slice(0, 3)} ${grp(n.slice(3), 2, 2, 2).join(' ')}`, (n) => `0${n.slice(0, 3)}/${n.slice(3, 5)}.${n.slice(5, 7)}.${n.slice(7)}`], international: [(n) => `+32 ${n.slice(0, 3)} ${grp(n.slice(3), 2, 2, 2).join(' ')}`, (n) => `0032 ${n}`] },
  plmn: ['20601', '20610', '20620'],
  coord: [50, 4],
};

const esMX: Loc = {
  code: 'es-MX', country: 'MX', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['José Luis', 'Jesús', 'Rigoberto', 'Ulises', 'Fernando', 'Rodrigo', 'Octavio'],
  f: ['Guadalupe', 'Ximena', 'Citlali', 'Rocío', 'Maricela', 'Yesenia', 'Araceli'],
  family: ['Zúñiga Olvera', 'Quintanilla Ríos', 'Ibarra Cervantes', 'Tapia Mendoza', 'Villaseñor Cruz', 'Arreola Salas', 'Galindo Pacheco', 'Bustamante Lara', 'Ochoa Treviño', 'Cisneros Ponce'],
  hon: (p) => (p.female ? 'Sra.' : 'Sr.'),
  streets: ['Av. Insurgentes Sur', 'Calle Miguel Hidalgo', 'Privada de los Pinos', 'Blvd. Adolfo López Mateos', 'Calle 5 de Mayo'],
  cities: [['Querétaro, Qro.', '76000'], ['Zapopan, Jal.', '45110'], ['San Nicolás de los Garza, N.L.', '66450'], ['Mérida, Yuc.', '97000']],
  address: (s, n, c, pc) => `${s} ${n}, Col. Centro, C.P. ${pc}, ${c}`,
  addressKey: (s, n) => `${s} ${n}, Col.`,
  mail: ['hotmail.com', 'prodigy.net.mx', 'gmail.com', 'yahoo.com.mx'],
  L: { customer: 'No. de cliente', contract: 'No. de contrato', ticket: 'Folio', phone: 'Celular', email: 'Correo', address: 'Domicilio', dob: 'Fecha de nacimiento', serial: 'No. de serie', name: 'Nombre', nid: 'CURP', bank: 'CLABE', plate: 'Placas', site: 'Sitio', tech: 'Técnico', account: 'Usuario', status: 'Estatus', device: 'Equipo', reason: 'Motivo de devolución' },
  S: {
    title: (d, m) => `Posible infección por ${m} en ${d}`,
    report: (who, ph) => `${who} se comunicó al ${ph}; reporta que el equipo se reinicia solo y la app marca "sin conexión".`,
    visit: (t) => `Visita técnica realizada por ${t}; se retiró el equipo y se envió sellado al laboratorio.`,
    beacon: (ip, d, p) => `En la captura el equipo abre sesiones hacia ${ip}, puerto ${p}, y consulta ${d} cada cinco minutos.`,
    escalate: (a) => `Escalado al PSIRT, lo atiende ${a}.`,
    close: 'Se actualizó el resto del lote por OTA; sin nuevas alertas.',
    greet: (a, c) => `Gracias por llamar a ${c}, le atiende ${a}, ¿en qué le puedo ayudar?`,
    caller: (n) => `Buenas tardes, habla ${n}, mi equipo no deja de reiniciarse.`,
    callback: (ph) => `Me puede marcar al ${ph}.`,
    lure: (u) => `Su cuenta presenta un adeudo pendiente. Evite la suspensión en: ${u}`,
    rma: 'Devolución para análisis forense por sospecha de malware',
    role: 'Ingeniera de seguridad de producto',
  },
  dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
  legal: 'S.A. de C.V.',
  orgs: ['Empacadora del Bajío', 'Hospital San Judas Tadeo', 'Transportes Frontera Norte'],
  tel: {
    cc: '52',
    // ten digits whatever the length of the area code
    nsn: (r) => {
      const area = r.pick(['55', '33', '81', '442', '999']);
      return area + r.digits(10 - area.length);
    },
    national: [(n) => (['55', '33', '81'].includes(n.slice(0, 2)) ? `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}` : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`)],
    international: [(n) => `+52 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`, (n) => `+52 1 ${n}`],
  },
  plmn: ['334020', '334050', '334030'],
  coord: [20, -101],
};
const itIT: Loc = {
  code: 'it', country: 'IT', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Gianluca', 'Massimiliano', 'Pierpaolo', 'Corrado', 'Ettore', 'Raffaele', 'Saverio'],
  f: ['Donatella', 'Graziella', 'Ilaria', 'Loredana', 'Benedetta', 'Rossella', 'Annalisa'],
  family: ['Esposito', 'Barbagallo', 'Lombardo', 'Scognamiglio', 'Pellegrini', 'Vitale', 'Cattaneo', 'Zanetti', 'Giordano', 'Piras', 'Orlandini'],
  hon: (p) => (p.female ? 'Sig.ra' : 'Sig.'),
  streets: ['Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Via delle Querce', 'Piazza San Domenico'],
  cities: [['Bergamo (BG)', '24121'], ['Lecce (LE)', '73100'], ['Modena (MO)', '41121'], ['Sassari (SS)', '07100'], ['Treviso (TV)', '31100']],
  address: (s, n, c, pc) => `${s}, ${n} - ${pc} ${c}`,
  addressKey: (s, n) => `${s}, ${n}`,
  mail: ['libero.it', 'tiscali.it', 'alice.it', 'virgilio.it'],
  L: { customer: 'Codice cliente', contract: 'N. contratto', ticket: 'Segnalazione', phone: 'Cellulare', email: 'Email', address: 'Indirizzo fornitura', dob: 'Data di nascita', serial: 'Matricola', name: 'Intestatario', nid: 'Codice fiscale', bank: 'IBAN', plate: 'Targa', site: 'Sede', tech: 'Tecnico', account: 'Utente', status: 'Stato', device: 'Apparato', reason: 'Motivo del reso' },
  S: {
    title: (d, m) => `Sospetta compromissione ${m} su ${d}`,
    report: (who, ph) => `${who} ha chiamato dal ${ph} segnalando riavvii continui e il led rosso lampeggiante.`,
    visit: (t) => `Intervento in loco del tecnico ${t}: apparato sostituito e inviato in laboratorio sigillato.`,
    beacon: (ip, d, p) => `Dalla cattura l'apparato contatta ${ip} sulla porta ${p} e risolve ${d} ogni cinque minuti.`,
    escalate: (a) => `Inoltrato al PSIRT, in carico a ${a}.`,
    close: 'Il resto del lotto è stato aggiornato via OTA; nessuna ulteriore anomalia.',
    greet: (a, c) => `${c}, assistenza tecnica, sono ${a}, buongiorno.`,
    caller: (n) => `Buongiorno, sono ${n}, il mio apparecchio continua a riavviarsi.`,
    callback: (ph) => `Mi può richiamare al ${ph}.`,
    lure: (u) => `Gentile cliente, il pagamento non è andato a buon fine. Aggiorna i dati: ${u}`,
    rma: 'Reso per analisi forense per sospetta infezione',
    role: 'Ingegnere sicurezza prodotto',
  },
  dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
  legal: 'S.p.A.',
  orgs: ['Acquedotto del Tavoliere', 'Caseificio Val Brembana', 'Istituto Clinico San Gerardo'],
  tel: { cc: '39', nsn: (r) => '3' + r.pick(['31', '34', '39', '45', '46', '51', '71', '92']) + r.digits(7), national: [(n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, (n) => `${n.slice(0, 3)}.${n.slice(3)}`], international: [(n) => `+39 ${n.slice(0, 3)} ${n.slice(3)}`, (n) => `0039 ${n}`] },
  plmn: ['22201', '22210', '22288'],
  coord: [43, 12],
};

const nlNL: Loc = {
  code: 'nl', country: 'NL', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Gerrit', 'Joost', 'Maarten', 'Sjoerd', 'Wouter', 'Hendrik', 'Thijs'],
  f: ['Marieke', 'Femke', 'Ingrid', 'Anouk', 'Wilma', 'Geertje', 'Lotte'],
  family: ['van Wijngaarden', 'Kuipers', 'de Groot', 'Bosma', 'Verhoeven', 'Hoekstra', 'van Dongen', 'Smeets', 'Postma', 'Jonkman', 'Brinkhuis'],
  hon: (p) => (p.female ? 'mevrouw' : 'de heer'),
  streets: ['Dorpsstraat', 'Burgemeester Visserlaan', 'Kerkweg', 'Oude Haven', 'Zonnebloemstraat'],
  cities: [['Zwolle', '8011 KX'], ['Leeuwarden', '8923 BR'], ['Tilburg', '5041 EB'], ['Amersfoort', '3811 NH'], ['Emmen', '7811 AT']],
  address: (s, n, c, pc) => `${s} ${n}, ${pc} ${c}`,
  addressKey: (s, n) => `${s} ${n}`,
  postcodeIdentifies: true,
  mail: ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'planet.nl'],
  L: { customer: 'Klantnummer', contract: 'Contractnummer', ticket: 'Meldingsnummer', phone: 'Telefoon', email: 'E-mail', address: 'Leveringsadres', dob: 'Geboortedatum', serial: 'Serienummer', name: 'Klant', nid: 'BSN', bank: 'IBAN', plate: 'Kenteken', site: 'Locatie', tech: 'Monteur', account: 'Gebruikersnaam', status: 'Status', device: 'Apparaat', reason: 'Reden retour' },
  S: {
    title: (d, m) => `Vermoedelijke ${m}-besmetting bij ${d}`,
    report: (who, ph) => `${who} belde vanaf ${ph}: het kastje herstart steeds en de app geeft "offline".`,
    visit: (t) => `Monteur ${t} is langs geweest, heeft het apparaat vervangen en verzegeld naar het lab gestuurd.`,
    beacon: (ip, d, p) => `In de capture maakt het apparaat verbinding met ${ip} op poort ${p} en vraagt het elke vijf minuten ${d} op.`,
    escalate: (a) => `Doorgezet naar het PSIRT, opgepakt door ${a}.`,
    close: 'De rest van de batch is via OTA bijgewerkt; geen nieuwe meldingen.',
    greet: (a, c) => `Goedemiddag, u spreekt met ${a} van ${c}, waarmee kan ik u helpen?`,
    caller: (n) => `Ja hallo, met ${n}, mijn kastje doet raar.`,
    callback: (ph) => `U kunt me terugbellen op ${ph}.`,
    lure: (u) => `Uw betaling is mislukt. Voorkom afsluiting en betaal via ${u}`,
    rma: 'Retour voor forensisch onderzoek na vermoedelijke besmetting',
    role: 'Product Security Officer',
  },
  dob: (y, m, d) => `${p2(d)}-${p2(m)}-${y}`,
  legal: 'B.V.',
  orgs: ['Waterschap De Dommel', 'Zuivelcoöperatie Noordkop', 'Zorggroep Het Baken'],
  tel: { cc: '31', nsn: (r) => '6' + r.digits(8), national: [(n) => `06-${n.slice(1)}`, (n) => `06 ${grp(n.slice(1), 2, 2, 2, 2).join(' ')}`], international: [(n) => `+31 6 ${n.slice(1)}`, (n) => `+31 (0)6-${n.slice(1)}`] },
  plmn: ['20404', '20408', '20416'],
  coord: [52, 6],
};

const plPL: Loc = {
  code: 'pl', country: 'PL', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Grzegorz', 'Przemysław', 'Zbigniew', 'Jarosław', 'Wojciech', 'Mirosław', 'Bartosz'],
  f: ['Agnieszka', 'Małgorzata', 'Bożena', 'Jolanta', 'Wioletta', 'Dorota', 'Grażyna'],
  family: ['Wróblewski', 'Szczepański', 'Kaczmarek', 'Pawlak', 'Dudek', 'Michalak', 'Zalewski', 'Jabłoński', 'Wieczorek', 'Sobczak', 'Krawczyk'],
  hon: (p) => (p.female ? 'Pani' : 'Pan'),
  streets: ['ul. Polna', 'ul. Kolejowa', 'al. Niepodległości', 'ul. Ogrodowa', 'os. Słoneczne'],
  cities: [['Rzeszów', '35-060'], ['Olsztyn', '10-417'], ['Kielce', '25-301'], ['Gliwice', '44-100'], ['Zielona Góra', '65-001']],
  address: (s, n, c, pc) => `${s} ${n} m. ${(Number(n) % 40) + 1}, ${pc} ${c}`,
  addressKey: (s, n) => `${s} ${n} m.`,
  mail: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
  L: { customer: 'Nr klienta', contract: 'Nr umowy', ticket: 'Zgłoszenie', phone: 'Tel. kom.', email: 'E-mail', address: 'Adres instalacji', dob: 'Data urodzenia', serial: 'Nr seryjny', name: 'Klient', nid: 'PESEL', bank: 'Nr rachunku', plate: 'Nr rejestracyjny', site: 'Lokalizacja', tech: 'Serwisant', account: 'Login', status: 'Status', device: 'Urządzenie', reason: 'Przyczyna zwrotu' },
  S: {
    title: (d, m) => `Podejrzenie infekcji ${m} – ${d}`,
    report: (who, ph) => `${who} zadzwonił(a) z numeru ${ph}: urządzenie samo się restartuje, dioda miga na czerwono.`,
    visit: (t) => `Wizyta serwisowa: ${t}, urządzenie wymienione i zabezpieczone do analizy.`,
    beacon: (ip, d, p) => `W zrzucie ruchu urządzenie łączy się z ${ip} na porcie ${p} i co pięć minut odpytuje ${d}.`,
    escalate: (a) => `Przekazano do PSIRT, prowadzi ${a}.`,
    close: 'Pozostałe urządzenia z partii zaktualizowano przez OTA; brak nowych zgłoszeń.',
    greet: (a, c) => `${c}, dział techniczny, ${a}, dzień dobry, w czym mogę pomóc?`,
    caller: (n) => `Dzień dobry, mówi ${n}, mam problem z urządzeniem.`,
    callback: (ph) => `Proszę oddzwonić na ${ph}.`,
    lure: (u) => `Twoja paczka czeka na dopłatę 1,99 zł. Opłać: ${u}`,
    rma: 'Zwrot do analizy powłamaniowej – podejrzenie złośliwego oprogramowania',
    role: 'Inżynier bezpieczeństwa produktu',
  },
  dob: (y, m, d) => `${p2(d)}.${p2(m)}.${y} r.`,
  legal: 'Sp. z o.o.',
  orgs: ['Wodociągi Podkarpackie', 'Spółdzielnia Mleczarska Mazury', 'Szpital Powiatowy w Sanoku'],
  tel: { cc: '48', nsn: (r) => r.pick(['50', '51', '53', '60', '66', '69', '72', '78', '79', '88']) + r.digits(7), national: [(n) => grp(n, 3, 3, 3).join(' '), (n) => grp(n, 3, 3, 3).join('-')], international: [(n) => `+48 ${grp(n, 3, 3, 3).join(' ')}`, (n) => `+48${n}`] },
  plmn: ['26001', '26002', '26006'],
  coord: [51, 20],
};

const ptPT: Loc = {
  code: 'pt-PT', country: 'PT', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Joaquim', 'Rui', 'Nuno', 'Vasco', 'Duarte', 'Gonçalo', 'Tiago'],
  f: ['Conceição', 'Filipa', 'Inês', 'Leonor', 'Mafalda', 'Joana', 'Fátima'],
  family: ['Magalhães', 'Figueiredo', 'Carvalhais', 'Sequeira', 'Loureiro', 'Mesquita', 'Quaresma', 'Bettencourt', 'Gouveia', 'Vasconcelos', 'Teixeira'],
  hon: (p) => (p.female ? 'Sra.' : 'Sr.'),
  streets: ['Rua do Almada', 'Avenida da Liberdade', 'Travessa do Carmo', 'Rua Dr. António José de Almeida', 'Largo da Igreja'],
  cities: [['Braga', '4700-032'], ['Coimbra', '3000-214'], ['Aveiro', '3810-193'], ['Setúbal', '2900-460'], ['Faro', '8000-138']],
  address: (s, n, c, pc) => `${s}, n.º ${n}, 2.º Esq., ${pc} ${c}`,
  addressKey: (s, n) => `${s}, n.º ${n}`,
  mail: ['sapo.pt', 'gmail.com', 'netcabo.pt', 'clix.pt'],
  L: { customer: 'N.º de cliente', contract: 'N.º de contrato', ticket: 'Pedido', phone: 'Telemóvel', email: 'Email', address: 'Morada', dob: 'Data de nascimento', serial: 'N.º de série', name: 'Cliente', nid: 'NIF', bank: 'IBAN', plate: 'Matrícula', site: 'Local', tech: 'Técnico', account: 'Utilizador', status: 'Estado', device: 'Equipamento', reason: 'Motivo da devolução' },
  S: {
    title: (d, m) => `Suspeita de infeção ${m} em ${d}`,
    report: (who, ph) => `${who} ligou do ${ph} a dizer que o equipamento reinicia sozinho e a luz pisca a vermelho.`,
    visit: (t) => `Deslocação ao local pelo técnico ${t}; equipamento substituído e enviado selado para o laboratório.`,
    beacon: (ip, d, p) => `Na captura o equipamento liga-se a ${ip} na porta ${p} e resolve ${d} de cinco em cinco minutos.`,
    escalate: (a) => `Encaminhado para o PSIRT, a cargo de ${a}.`,
    close: 'O restante lote foi atualizado por OTA; sem novos alertas.',
    greet: (a, c) => `${c}, apoio técnico, fala ${a}, bom dia.`,
    caller: (n) => `Bom dia, fala ${n}, o meu equipamento está sempre a reiniciar.`,
    callback: (ph) => `Pode ligar-me para o ${ph}.`,
    lure: (u) => `A sua encomenda aguarda pagamento de portes. Pague em ${u}`,
    rma: 'Devolução para análise forense por suspeita de malware',
    role: 'Engenheiro de segurança de produto',
  },
  dob: (y, m, d) => `${p2(d)}-${p2(m)}-${y}`,
  legal: 'Lda.',
  orgs: ['Águas do Baixo Mondego', 'Cooperativa Agrícola de Barcelos', 'Hospital da Misericórdia de Viseu'],
  tel: { cc: '351', nsn: (r) => '9' + r.pick(['1', '2', '3', '6']) + r.digits(7), national: [(n) => grp(n, 3, 3, 3).join(' '), (n) => n], international: [(n) => `+351 ${grp(n, 3, 3, 3).join(' ')}`, (n) => `(+351) ${n}`] },
  plmn: ['26801', '26803', '26806'],
  coord: [40, -8],
};

const trTR: Loc = {
  code: 'tr', country: 'TR', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Oğuzhan', 'Serkan', 'Hüseyin', 'Barış', 'Emre', 'Tuncay', 'Volkan'],
  f: ['Gülşen', 'Sevda', 'Özlem', 'Ebru', 'Tuğba', 'Nurcan', 'Şebnem'],
  family: ['Karakaya', 'Yıldırım', 'Öztürk', 'Çetinkaya', 'Aydoğan', 'Kocabaş', 'Erdoğdu', 'Taşdemir', 'Güneşli', 'Bozkurt', 'Akyüz'],
  hon: (p) => (p.female ? 'Hanım' : 'Bey'),
  honAfter: true,
  streets: ['Atatürk Bulvarı', 'Cumhuriyet Caddesi', 'Lale Sokak', 'Gazi Mustafa Kemal Bulvarı', 'Menekşe Sokak'],
  cities: [['Kadıköy/İstanbul', '34710'], ['Çankaya/Ankara', '06690'], ['Bornova/İzmir', '35040'], ['Nilüfer/Bursa', '16140']],
  address: (s, n, c, pc) => `${s} No:${n} D:${(Number(n) % 12) + 1}, ${pc} ${c}`,
  addressKey: (s, n) => `${s} No:${n} D:`,
  mail: ['hotmail.com', 'gmail.com', 'yandex.com.tr', 'mynet.com'],
  L: { customer: 'Müşteri No', contract: 'Sözleşme No', ticket: 'Arıza kaydı', phone: 'Cep telefonu', email: 'E-posta', address: 'Adres', dob: 'Doğum tarihi', serial: 'Seri No', name: 'Abone', nid: 'T.C. Kimlik No', bank: 'IBAN', plate: 'Plaka', site: 'Tesis', tech: 'Teknisyen', account: 'Kullanıcı', status: 'Durum', device: 'Cihaz', reason: 'İade nedeni' },
  S: {
    title: (d, m) => `${d} cihazlarında ${m} şüphesi`,
    report: (who, ph) => `${who} ${ph} numarasından aradı; cihaz sürekli yeniden başlıyor, ışık kırmızı yanıp sönüyor.`,
    visit: (t) => `Teknisyen ${t} yerinde inceleme yaptı, cihaz değiştirildi ve mühürlenerek laboratuvara gönderildi.`,
    beacon: (ip, d, p) => `Trafik kaydında cihaz ${ip} adresine ${p} portundan bağlanıyor ve beş dakikada bir ${d} sorguluyor.`,
    escalate: (a) => `PSIRT ekibine aktarıldı, sorumlu: ${a}.`,
    close: 'Partideki diğer cihazlar OTA ile güncellendi; yeni şikâyet yok.',
    greet: (a, c) => `${c} teknik destek, ben ${a}, size nasıl yardımcı olabilirim?`,
    caller: (n) => `Merhaba, ben ${n}, cihazım sürekli kapanıp açılıyor.`,
    callback: (ph) => `Bana ${ph} numarasından ulaşabilirsiniz.`,
    lure: (u) => `Faturanızın ödemesi gecikmiştir. Hattınızın kapanmaması için: ${u}`,
    rma: 'Zararlı yazılım şüphesiyle adli inceleme için iade',
    role: 'Ürün Güvenliği Mühendisi',
  },
  dob: (y, m, d) => `${p2(d)}.${p2(m)}.${y}`,
  legal: 'A.Ş.',
  orgs: ['Ege Soğuk Hava Deposu', 'Konya Şeker Fabrikası', 'Marmara Özel Hastanesi'],
  tel: { cc: '90', nsn: (r) => '5' + r.pick(['05', '32', '33', '42', '44', '52', '55', '59']) + r.digits(7), national: [(n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, (n) => `0 (${n.slice(0, 3)}) ${n.slice(3, 6)} ${n.slice(6)}`], international: [(n) => `+90 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, (n) => `+90${n}`] },
  plmn: ['28601', '28602', '28603'],
  coord: [39, 32],
};

// ------------------------------------------------------------------ other scripts

const arEG: Loc = {
  code: 'ar-EG', country: 'EG', weight: 3, script: 'arabic', familyFirst: false, familyAlone: true,
  m: ['محمود:Mahmoud', 'أحمد:Ahmed', 'كريم:Karim', 'طارق:Tarek', 'هشام:Hesham', 'شريف:Sherif', 'عمرو:Amr'],
  f: ['منى:Mona', 'دينا:Dina', 'رانيا:Rania', 'هبة:Heba', 'ياسمين:Yasmine', 'نهى:Noha', 'سلمى:Salma'],
  family: ['الشناوي:Elshenawy', 'عبد الحميد:Abdelhamid', 'الجندي:Elgendy', 'المنياوي:Elminiawy', 'فرغلي:Farghaly', 'النجار:Elnaggar', 'الدسوقي:Eldesouky', 'حجازي:Hegazy', 'البنا:Elbanna', 'زكريا:Zakaria'],
  hon: (p) => (p.female ? 'السيدة' : 'الأستاذ'),
  streets: ['شارع التحرير', 'شارع جامعة الدول العربية', 'شارع الهرم', 'شارع مصطفى النحاس', 'شارع البحر الأعظم'],
  cities: [['الدقي، الجيزة', '12611'], ['مدينة نصر، القاهرة', '11765'], ['سموحة، الإسكندرية', '21648'], ['المنصورة', '35511']],
  address: (s, n, c, pc) => `${n} ${s}، الدور الثالث، ${c} ${pc}`,
  addressKey: (s, n) => `${n} ${s}`,
  mail: ['yahoo.com', 'gmail.com', 'hotmail.com', 'te.eg'],
  L: { customer: 'رقم العميل', contract: 'رقم العقد', ticket: 'رقم الشكوى', phone: 'رقم الموبايل', email: 'البريد الإلكتروني', address: 'العنوان', dob: 'تاريخ الميلاد', serial: 'الرقم التسلسلي', name: 'اسم العميل', nid: 'الرقم القومي', bank: 'IBAN', plate: 'رقم اللوحة', site: 'الموقع', tech: 'الفني', account: 'اسم المستخدم', status: 'الحالة', device: 'الجهاز', reason: 'سبب الإرجاع' },
  S: {
    title: (d, m) => `اشتباه إصابة ${d} ببرمجية ${m}`,
    report: (who, ph) => `اتصل ${who} من الرقم ${ph} وأفاد بأن الجهاز يعيد التشغيل باستمرار.`,
    visit: (t) => `قام الفني ${t} بزيارة الموقع واستبدال الجهاز وإرساله مختوماً إلى المعمل.`,
    beacon: (ip, d, p) => `أظهر التسجيل أن الجهاز يتصل بالعنوان ${ip} على المنفذ ${p} ويستعلم عن ${d} كل خمس دقائق.`,
    escalate: (a) => `تم التصعيد إلى فريق PSIRT، المسؤول: ${a}.`,
    close: 'تم تحديث باقي أجهزة الدفعة عن بعد، ولا توجد بلاغات جديدة.',
    greet: (a, c) => `${c}، الدعم الفني، معك ${a}، أقدر أساعد حضرتك إزاي؟`,
    caller: (n) => `أيوه، أنا ${n}، الجهاز بيفصل على طول.`,
    callback: (ph) => `ممكن تكلمني على ${ph}.`,
    lure: (u) => `عميلنا العزيز، تم إيقاف حسابك مؤقتاً. للتفعيل: ${u}`,
    rma: 'إرجاع للتحليل الجنائي للاشتباه في وجود برمجية خبيثة',
    role: 'مهندس أمن المنتجات',
  },
  dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
  legal: 'ش.م.م',
  companies: ['النيل للعدادات الذكية', 'دلتا للاتصالات'],
  orgs: ['شركة مياه الشرب بالدقهلية', 'مستشفى السلام الدولي', 'مصنع الوادي للأغذية'],
  tel: { cc: '20', nsn: (r) => '1' + r.pick(['0', '1', '2', '5']) + r.digits(8), national: [(n) => `0${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`, (n) => `0${n}`], international: [(n) => `+20 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`, (n) => `0020${n}`] },
  plmn: ['60201', '60202', '60203'],
  coord: [30, 31],
};

const ukUA: Loc = {
  code: 'uk', country: 'UA', weight: 3, script: 'cyrillic', familyFirst: false, familyAlone: true,
  m: ['Тарас:Taras', 'Богдан:Bohdan', 'Остап:Ostap', 'Ярослав:Yaroslav', 'Олексій:Oleksii', 'Василь:Vasyl', 'Андрій:Andrii'],
  f: ['Оксана:Oksana', 'Наталія:Nataliia', 'Ярина:Yaryna', 'Галина:Halyna', 'Соломія:Solomiia', 'Тетяна:Tetiana', 'Ірина:Iryna'],
  family: ['Шевчук:Shevchuk', 'Ткаченко:Tkachenko', 'Мельничук:Melnychuk', 'Гнатюк:Hnatiuk', 'Бондаренко:Bondarenko', 'Кравчук:Kravchuk', 'Лисенко:Lysenko', 'Савчук:Savchuk', 'Остапенко:Ostapenko', 'Приходько:Prykhodko'],
  hon: (p) => (p.female ? 'пані' : 'пан'),
  streets: ['вул. Городоцька', 'просп. Перемоги', 'вул. Соборна', 'вул. Садова', 'бульв. Шевченка'],
  cities: [['м. Львів', '79000'], ['м. Вінниця', '21001'], ['м. Полтава', '36000'], ['м. Житомир', '10001']],
  address: (s, n, c, pc) => `${s}, буд. ${n}, кв. ${(Number(n) % 60) + 1}, ${c}, ${pc}`,
  addressKey: (s, n) => `${s}, буд. ${n}`,
  mail: ['ukr.net', 'i.ua', 'gmail.com', 'meta.ua'],
  L: { customer: 'Особовий рахунок', contract: 'Номер договору', ticket: 'Звернення', phone: 'Тел.', email: 'Ел. пошта', address: 'Адреса', dob: 'Дата народження', serial: 'Серійний номер', name: 'Абонент', nid: 'РНОКПП', bank: 'IBAN', plate: 'Держномер', site: 'Об’єкт', tech: 'Монтажник', account: 'Логін', status: 'Статус', device: 'Пристрій', reason: 'Причина повернення' },
  S: {
    title: (d, m) => `Підозра на зараження ${m}: ${d}`,
    report: (who, ph) => `${who} зателефонував(ла) з номера ${ph}: пристрій постійно перезавантажується.`,
    visit: (t) => `Виїзд монтажника ${t}; пристрій замінено та опломбовано для лабораторії.`,
    beacon: (ip, d, p) => `У дампі трафіку пристрій з’єднується з ${ip} на порт ${p} і кожні п’ять хвилин запитує ${d}.`,
    escalate: (a) => `Передано до PSIRT, відповідальний: ${a}.`,
    close: 'Решту партії оновлено через OTA; нових звернень немає.',
    greet: (a, c) => `${c}, технічна підтримка, ${a}, добрий день.`,
    caller: (n) => `Добрий день, це ${n}, у мене проблема з пристроєм.`,
    callback: (ph) => `Передзвоніть мені на ${ph}.`,
    lure: (u) => `Ваш рахунок заблоковано. Для розблокування перейдіть: ${u}`,
    rma: 'Повернення для криміналістичного аналізу через підозру на шкідливе ПЗ',
    role: 'Інженер з безпеки продукту',
  },
  dob: (y, m, d) => `${p2(d)}.${p2(m)}.${y}`,
  legal: 'ТОВ',
  orgs: ['Львівводоканал', 'Вінницька птахофабрика', 'Полтавська обласна лікарня'],
  tel: { cc: '380', nsn: (r) => r.pick(['50', '63', '66', '67', '68', '73', '93', '96', '97', '98']) + r.digits(7), national: [(n) => `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, (n) => `(0${n.slice(0, 2)}) ${n.slice(2, 5)}-${n.slice(5, 7)}-${n.slice(7)}`], international: [(n) => `+380 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, (n) => `+380${n}`] },
  plmn: ['25501', '25503', '25506'],
  coord: [49, 28],
};

const jaJP: Loc = {
  code: 'ja', country: 'JP', weight: 3, script: 'kana', familyFirst: true, familyAlone: true,
  m: ['翔太:Shota', '大輔:Daisuke', '健一:Kenichi', '拓也:Takuya', '修:Osamu', '直樹:Naoki', '亮介:Ryosuke'],
  f: ['美咲:Misaki', '由美子:Yumiko', '恵:Megumi', '彩花:Ayaka', '智子:Tomoko', '奈々:Nana', '千尋:Chihiro'],
  family: ['小野寺:Onodera', '長谷川:Hasegawa', '菊地:Kikuchi', '村上:Murakami', '石井:Ishii', '藤原:Fujiwara', '大塚:Otsuka', '千葉:Chiba', '岩崎:Iwasaki', '松尾:Matsuo'],
  hon: () => '様',
  honAfter: true,
  streets: ['中央区本町', '北区西ヶ原', '若林区荒井', '東区箱崎', '中区栄'],
  cities: [['札幌市', '〒060-0001'], ['仙台市', '〒984-0051'], ['福岡市', '〒812-0053'], ['名古屋市', '〒460-0008']],
  // chōme are small numbers; the house number is the banchi
  address: (s, n, c, pc) => `${pc} ${c}${s}${(Number(n) % 6) + 1}丁目${n}番${(Number(n) % 9) + 2}号`,
  addressKey: (s, n) => `${s}${(Number(n) % 6) + 1}丁目${n}番`,
  mail: ['docomo.ne.jp', 'ezweb.ne.jp', 'yahoo.co.jp', 'nifty.com'],
  L: { customer: 'お客様番号', contract: '契約番号', ticket: '受付番号', phone: '携帯電話', email: 'メール', address: '設置先住所', dob: '生年月日', serial: '製造番号', name: 'お客様氏名', nid: 'マイナンバー', bank: 'カード番号', plate: 'ナンバー', site: '設置場所', tech: '作業担当', account: 'ユーザー名', status: '状況', device: '機器', reason: '返送理由' },
  S: {
    title: (d, m) => `${d}における${m}感染の疑い`,
    report: (who, ph) => `${who}より${ph}にて入電。機器が再起動を繰り返し、ランプが赤点滅しているとのこと。`,
    visit: (t) => `${t}が訪問し、機器を交換。旧機器は封印のうえ解析センターへ送付。`,
    beacon: (ip, d, p) => `パケットキャプチャでは、機器が${ip}のポート${p}へ接続し、5分ごとに${d}を名前解決している。`,
    escalate: (a) => `PSIRTへエスカレーション、担当は${a}。`,
    close: '同ロットの残り機器はOTAで更新済み、その後の入電なし。',
    greet: (a, c) => `お電話ありがとうございます。${c}サポートセンターの${a}でございます。`,
    caller: (n) => `もしもし、${n}と申しますが、機器の調子が悪くて。`,
    callback: (ph) => `折り返しは${ph}までお願いします。`,
    lure: (u) => `【重要】お客様のアカウントが一時停止されました。確認はこちら ${u}`,
    rma: 'マルウェア感染の疑いによる解析のための返送',
    role: '製品セキュリティ担当',
  },
  dob: (y, m, d) => `${y}年${m}月${d}日`,
  legal: '株式会社',
  companies: ['北斗計装', '青葉テレメトリ', '浪速コネクト'],
  orgs: ['みちのく水道企業団', '博多冷凍倉庫株式会社', '聖光会記念病院'],
  tel: { cc: '81', nsn: (r) => r.pick(['90', '80', '70']) + r.digits(8), national: [(n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, (n) => `0${n.slice(0, 2)}(${n.slice(2, 6)})${n.slice(6)}`], international: [(n) => `+81 ${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`] },
  plmn: ['44010', '44020', '44050'],
  coord: [35, 139],
};

const koKR: Loc = {
  code: 'ko', country: 'KR', weight: 3, script: 'hangul', familyFirst: true, familyAlone: false,
  m: ['도윤:Doyun', '시우:Siwoo', '현우:Hyunwoo', '준서:Junseo', '성민:Sungmin', '태경:Taekyung', '재훈:Jaehoon'],
  f: ['서연:Seoyeon', '지아:Jia', '수빈:Subin', '하은:Haeun', '미정:Mijung', '은지:Eunji', '혜린:Hyerin'],
  family: ['김:Kim', '이:Lee', '박:Park', '최:Choi', '정:Jung', '강:Kang', '윤:Yoon', '장:Jang', '임:Lim', '한:Han'],
  hon: () => '님',
  honAfter: true,
  streets: ['테헤란로', '중앙대로', '해운대로', '동성로', '둔산로'],
  cities: [['서울특별시 강남구', '06234'], ['부산광역시 해운대구', '48094'], ['대구광역시 중구', '41911'], ['대전광역시 서구', '35233']],
  address: (s, n, c, pc) => `(${pc}) ${c} ${s} ${n}, ${(Number(n) % 15) + 1}층 ${(Number(n) % 9) + 1}0${(Number(n) % 8) + 1}호`,
  addressKey: (s, n) => `${s} ${n},`,
  mail: ['naver.com', 'daum.net', 'hanmail.net', 'kakao.com'],
  L: { customer: '고객번호', contract: '계약번호', ticket: '접수번호', phone: '휴대폰', email: '이메일', address: '설치 주소', dob: '생년월일', serial: '시리얼 번호', name: '고객명', nid: '주민등록번호', bank: '카드번호', plate: '차량번호', site: '설치 장소', tech: '담당 기사', account: '아이디', status: '상태', device: '장비', reason: '반송 사유' },
  S: {
    title: (d, m) => `${d} ${m} 감염 의심 건`,
    report: (who, ph) => `${who}께서 ${ph}로 전화하셔서 장비가 계속 재부팅된다고 문의하셨습니다.`,
    visit: (t) => `${t} 기사 방문, 장비 교체 후 봉인하여 분석실로 발송.`,
    beacon: (ip, d, p) => `패킷 캡처 결과 장비가 ${ip} ${p}번 포트로 접속하고 5분마다 ${d}를 조회함.`,
    escalate: (a) => `PSIRT로 이관, 담당자 ${a}.`,
    close: '동일 로트 잔여 장비는 OTA로 업데이트 완료, 추가 문의 없음.',
    greet: (a, c) => `감사합니다, ${c} 고객센터 ${a}입니다.`,
    caller: (n) => `네, 저 ${n}인데요, 장비가 자꾸 꺼져요.`,
    callback: (ph) => `연락은 ${ph}로 주세요.`,
    lure: (u) => `[Web발신] 고객님 계정이 일시 정지되었습니다. 확인: ${u}`,
    rma: '악성코드 감염 의심으로 포렌식 분석을 위한 반송',
    role: '제품보안팀',
  },
  dob: (y, m, d) => `${y}. ${m}. ${d}.`,
  legal: '(주)',
  companies: ['한결텔레매틱스', '다온스마트그리드', '새롬네트웍스'],
  orgs: ['한빛상수도사업소', '동해냉동물류', '성심의료재단'],
  tel: { cc: '82', nsn: (r) => '10' + r.int(2, 9) + r.digits(7), national: [(n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, (n) => `0${n}`], international: [(n) => `+82 ${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, (n) => `+82-${n}`] },
  plmn: ['45005', '45006', '45008'],
  coord: [36, 127],
};

const zhTW: Loc = {
  code: 'zh-TW', country: 'TW', weight: 3, script: 'han', familyFirst: true, familyAlone: false,
  m: ['建宏:Chien-Hung', '志明:Chih-Ming', '冠廷:Kuan-Ting', '家豪:Chia-Hao', '俊傑:Chun-Chieh', '宗翰:Tsung-Han'],
  f: ['雅婷:Ya-Ting', '怡君:Yi-Chun', '淑芬:Shu-Fen', '佳穎:Chia-Ying', '欣怡:Hsin-Yi', '美玲:Mei-Ling'],
  family: ['陳:Chen', '林:Lin', '黃:Huang', '張:Chang', '李:Lee', '王:Wang', '吳:Wu', '劉:Liu', '蔡:Tsai', '楊:Yang'],
  hon: (p) => (p.female ? '小姐' : '先生'),
  honAfter: true,
  streets: ['中正路', '民生東路二段', '文心路三段', '成功路', '中山北路一段'],
  cities: [['台北市中山區', '104'], ['台中市西屯區', '407'], ['高雄市苓雅區', '802'], ['新竹市東區', '300']],
  address: (s, n, c, pc) => `${pc}${c}${s}${n}號${(Number(n) % 12) + 1}樓`,
  addressKey: (s, n) => `${s}${n}號`,
  mail: ['yahoo.com.tw', 'gmail.com', 'hinet.net', 'msa.hinet.net'],
  L: { customer: '客戶編號', contract: '合約編號', ticket: '工單號碼', phone: '手機', email: '電子郵件', address: '裝機地址', dob: '出生日期', serial: '序號', name: '客戶姓名', nid: '身分證字號', bank: '信用卡號', plate: '車牌', site: '地點', tech: '維修人員', account: '帳號', status: '狀態', device: '設備', reason: '退貨原因' },
  S: {
    title: (d, m) => `${d}疑似遭${m}感染`,
    report: (who, ph) => `${who}來電（${ph}）反映設備一直重開機，燈號閃紅燈。`,
    visit: (t) => `維修人員${t}到場更換設備，舊機封存送實驗室。`,
    beacon: (ip, d, p) => `封包側錄顯示設備連線至${ip}的${p}埠，並每五分鐘查詢${d}。`,
    escalate: (a) => `已轉PSIRT，由${a}負責。`,
    close: '同批其餘設備已OTA更新，未再接獲反映。',
    greet: (a, c) => `您好，${c}客服中心，敝姓${a}，很高興為您服務。`,
    caller: (n) => `你好，我是${n}，我家的設備一直斷線。`,
    callback: (ph) => `請回電${ph}。`,
    lure: (u) => `您的帳戶已被暫停使用，請立即驗證：${u}`,
    rma: '疑似惡意程式感染，退回進行鑑識分析',
    role: '產品資安工程師',
  },
  dob: (y, m, d) => `民國${y - 1911}年${m}月${d}日`,
  legal: '股份有限公司',
  companies: ['宏聯智慧電網', '晶達通訊', '瑞昇車聯網'],
  orgs: ['台灣水資源管理處', '大同冷凍倉儲', '慈恩醫院'],
  tel: { cc: '886', nsn: (r) => '9' + r.digits(8), national: [(n) => `0${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, (n) => `0${n}`], international: [(n) => `+886 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, (n) => `+886-${n}`] },
  plmn: ['46692', '46697', '46689'],
  coord: [24, 121],
};

const viVN: Loc = {
  code: 'vi', country: 'VN', weight: 3, script: 'latin', familyFirst: true, familyAlone: false,
  m: ['Văn Hùng', 'Đức Thắng', 'Quang Huy', 'Minh Tuấn', 'Hữu Phước', 'Thành Long'],
  f: ['Thị Hương', 'Ngọc Trâm', 'Thu Thảo', 'Thanh Hằng', 'Bích Ngọc', 'Kim Oanh'],
  family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'],
  hon: (p) => (p.female ? 'chị' : 'anh'),
  streets: ['Đường Lê Lợi', 'Đường Nguyễn Văn Cừ', 'Đường Trần Hưng Đạo', 'Phố Hàng Bài', 'Đường Điện Biên Phủ'],
  cities: [['Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', '700000'], ['Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội', '100000'], ['Phường Thạch Thang, Quận Hải Châu, Đà Nẵng', '550000']],
  address: (s, n, c) => `Số ${n}, Hẻm ${(Number(n) % 90) + 10}/${(Number(n) % 7) + 2}, ${s}, ${c}`,
  addressKey: (s, n) => `Số ${n}, Hẻm`,
  mail: ['gmail.com', 'yahoo.com.vn', 'vnn.vn'],
  L: { customer: 'Mã khách hàng', contract: 'Số hợp đồng', ticket: 'Mã phiếu', phone: 'Số điện thoại', email: 'Email', address: 'Địa chỉ lắp đặt', dob: 'Ngày sinh', serial: 'Số serial', name: 'Họ tên khách hàng', nid: 'Số CCCD', bank: 'Số thẻ', plate: 'Biển số', site: 'Địa điểm', tech: 'Kỹ thuật viên', account: 'Tài khoản', status: 'Trạng thái', device: 'Thiết bị', reason: 'Lý do trả về' },
  S: {
    title: (d, m) => `Nghi nhiễm ${m} trên ${d}`,
    report: (who, ph) => `${who} gọi từ số ${ph} báo thiết bị liên tục khởi động lại.`,
    visit: (t) => `Kỹ thuật viên ${t} đã đến hiện trường, thay thiết bị và niêm phong gửi về phòng lab.`,
    beacon: (ip, d, p) => `Bản ghi gói tin cho thấy thiết bị kết nối tới ${ip} cổng ${p} và truy vấn ${d} mỗi năm phút.`,
    escalate: (a) => `Đã chuyển PSIRT, phụ trách: ${a}.`,
    close: 'Các thiết bị còn lại trong lô đã được cập nhật OTA; không có phản ánh mới.',
    greet: (a, c) => `${c} xin chào, em là ${a}, em có thể hỗ trợ gì ạ?`,
    caller: (n) => `Chào em, chị là ${n}, thiết bị nhà chị cứ bị mất kết nối.`,
    callback: (ph) => `Em gọi lại cho chị số ${ph} nhé.`,
    lure: (u) => `Tai khoan cua quy khach da bi tam khoa. Xac minh tai: ${u}`,
    rma: 'Gửi trả để phân tích pháp y do nghi nhiễm mã độc',
    role: 'Kỹ sư an ninh sản phẩm',
  },
  dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
  legal: 'Công ty TNHH',
  orgs: ['Công ty Cấp nước Gia Định', 'Bệnh viện Đa khoa Tâm Đức', 'Kho lạnh Sài Gòn Xanh'],
  tel: { cc: '84', nsn: (r) => r.pick(['90', '91', '93', '94', '96', '97', '98', '86', '32', '33', '70', '77', '83', '84']) + r.digits(7), national: [(n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, (n) => `0${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}`], international: [(n) => `+84 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, (n) => `(+84) ${n}`] },
  plmn: ['45201', '45202', '45204'],
  coord: [16, 107],
};

const idID: Loc = {
  code: 'id', country: 'ID', weight: 3, script: 'latin', familyFirst: false, familyAlone: true,
  m: ['Agus', 'Bambang', 'Hendra', 'Rizky', 'Dimas', 'Yudhistira', 'Fajar'],
  f: ['Siti', 'Dewi', 'Ratna', 'Indah', 'Wulandari', 'Putri', 'Rahmawati'],
  family: ['Setiawan', 'Kusumawardhani', 'Nugroho', 'Simanjuntak', 'Hutapea', 'Prasetyo', 'Wibisono', 'Siregar', 'Lubis', 'Hidayat', 'Saragih'],
  hon: (p) => (p.female ? 'Ibu' : 'Bapak'),
  streets: ['Jl. Merdeka', 'Jl. Gatot Subroto', 'Jl. Diponegoro', 'Jl. Kenanga', 'Gg. Melati'],
  cities: [['Kota Bandung, Jawa Barat', '40115'], ['Kota Surabaya, Jawa Timur', '60271'], ['Kota Medan, Sumatera Utara', '20112'], ['Kota Semarang, Jawa Tengah', '50132']],
  address: (s, n, c, pc) => `${s} No. ${n}, RT 0${(Number(n) % 9) + 1}/RW 0${(Number(n) % 5) + 1}, ${c} ${pc}`,
  addressKey: (s, n) => `${s} No. ${n}, RT`,
  mail: ['gmail.com', 'yahoo.co.id', 'telkom.net'],
  L: { customer: 'ID Pelanggan', contract: 'No. Kontrak', ticket: 'No. Tiket', phone: 'No. HP', email: 'Email', address: 'Alamat pemasangan', dob: 'Tanggal lahir', serial: 'No. Seri', name: 'Nama pelanggan', nid: 'NIK', bank: 'No. Kartu', plate: 'Nopol', site: 'Lokasi', tech: 'Teknisi', account: 'Username', status: 'Status', device: 'Perangkat', reason: 'Alasan retur' },
  S: {
    title: (d, m) => `Dugaan infeksi ${m} pada ${d}`,
    report: (who, ph) => `${who} menghubungi dari ${ph}, perangkat terus restart dan lampu berkedip merah.`,
    visit: (t) => `Teknisi ${t} datang ke lokasi, perangkat diganti dan dikirim tersegel ke lab.`,
    beacon: (ip, d, p) => `Dari capture, perangkat terhubung ke ${ip} port ${p} dan me-resolve ${d} tiap lima menit.`,
    escalate: (a) => `Dieskalasi ke PSIRT, PIC: ${a}.`,
    close: 'Sisa perangkat dalam batch sudah diupdate via OTA; tidak ada keluhan baru.',
    greet: (a, c) => `Selamat siang, ${c}, dengan ${a}, ada yang bisa dibantu?`,
    caller: (n) => `Siang mbak, saya ${n}, perangkat saya mati-nyala terus.`,
    callback: (ph) => `Bisa hubungi saya di ${ph}.`,
    lure: (u) => `Akun Anda diblokir sementara. Verifikasi segera: ${u}`,
    rma: 'Retur untuk analisis forensik karena dugaan malware',
    role: 'Product Security Engineer',
  },
  dob: (y, m, d) => `${p2(d)}-${p2(m)}-${y}`,
  legal: 'PT',
  orgs: ['PDAM Tirta Pakuan', 'RS Harapan Bunda', 'Koperasi Susu Lembang'],
  tel: { cc: '62', nsn: (r) => '8' + r.pick(['11', '12', '13', '21', '22', '52', '57', '77', '78', '95', '96']) + r.digits(r.pick([7, 8])), national: [(n) => `0${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`, (n) => `0${n}`], international: [(n) => `+62 ${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`, (n) => `62${n}`] },
  plmn: ['51010', '51011', '51001'],
  coord: [-7, 110],
};

const thTH: Loc = {
  code: 'th', country: 'TH', weight: 2, script: 'thai', familyFirst: false, familyAlone: true,
  m: ['ธนากร:Thanakorn', 'สุรศักดิ์:Surasak', 'ปิยะพงษ์:Piyapong', 'วีระชัย:Weerachai', 'อนุชา:Anucha'],
  f: ['กาญจนา:Kanchana', 'พรทิพย์:Porntip', 'สุดารัตน์:Sudarat', 'วรรณา:Wanna', 'ปวีณา:Paweena'],
  family: ['ศรีสุวรรณ:Srisuwan', 'วงศ์ใหญ่:Wongyai', 'บุญมาก:Boonmak', 'แก้วประเสริฐ:Kaewprasert', 'ทองดี:Thongdee', 'สายสุข:Saisuk', 'พึ่งบุญ:Phuengboon', 'จันทร์เพ็ญ:Chanphen'],
  hon: () => 'คุณ',
  streets: ['ถนนสุขุมวิท', 'ถนนพหลโยธิน', 'ถนนนิมมานเหมินท์', 'ถนนมิตรภาพ'],
  cities: [['แขวงคลองตัน เขตคลองเตย กรุงเทพฯ', '10110'], ['ตำบลสุเทพ อำเภอเมือง เชียงใหม่', '50200'], ['ตำบลในเมือง อำเภอเมือง ขอนแก่น', '40000']],
  address: (s, n, c, pc) => `${n}/${(Number(n) % 30) + 1} หมู่ ${(Number(n) % 9) + 1} ${s} ${c} ${pc}`,
  addressKey: (s, n) => `${n}/${(Number(n) % 30) + 1} หมู่`,
  mail: ['hotmail.com', 'gmail.com', 'yahoo.co.th'],
  L: { customer: 'รหัสลูกค้า', contract: 'เลขที่สัญญา', ticket: 'เลขที่แจ้งซ่อม', phone: 'เบอร์โทร', email: 'อีเมล', address: 'ที่อยู่ติดตั้ง', dob: 'วันเกิด', serial: 'หมายเลขเครื่อง', name: 'ชื่อลูกค้า', nid: 'เลขบัตรประชาชน', bank: 'เลขบัตร', plate: 'ทะเบียนรถ', site: 'สถานที่', tech: 'ช่าง', account: 'ชื่อผู้ใช้', status: 'สถานะ', device: 'อุปกรณ์', reason: 'เหตุผลการส่งคืน' },
  S: {
    title: (d, m) => `สงสัย ${d} ติดมัลแวร์ ${m}`,
    report: (who, ph) => `${who} โทรมาจากเบอร์ ${ph} แจ้งว่าอุปกรณ์รีสตาร์ทตลอดเวลา`,
    visit: (t) => `ช่าง ${t} เข้าหน้างาน เปลี่ยนอุปกรณ์และปิดผนึกส่งแล็บ`,
    beacon: (ip, d, p) => `จากแพ็กเก็ตแคปเจอร์ อุปกรณ์เชื่อมต่อไปยัง ${ip} พอร์ต ${p} และสอบถาม ${d} ทุกห้านาที`,
    escalate: (a) => `ส่งต่อให้ทีม PSIRT ผู้รับผิดชอบ ${a}`,
    close: 'อุปกรณ์ที่เหลือในล็อตอัปเดตผ่าน OTA แล้ว ไม่มีการแจ้งเพิ่ม',
    greet: (a, c) => `สวัสดีค่ะ ${c} ฝ่ายบริการลูกค้า ${a} ยินดีให้บริการค่ะ`,
    caller: (n) => `สวัสดีครับ ผม ${n} ครับ อุปกรณ์ที่บ้านหลุดบ่อยมาก`,
    callback: (ph) => `ติดต่อกลับที่เบอร์ ${ph} ครับ`,
    lure: (u) => `บัญชีของท่านถูกระงับชั่วคราว กรุณายืนยันตัวตน ${u}`,
    rma: 'ส่งคืนเพื่อวิเคราะห์ทางนิติวิทยาศาสตร์ เนื่องจากสงสัยมัลแวร์',
    role: 'วิศวกรความปลอดภัยผลิตภัณฑ์',
  },
  dob: (y, m, d) => `${d}/${m}/${y + 543}`,
  legal: 'บริษัท จำกัด',
  companies: ['สยามสมาร์ทมิเตอร์', 'ไทยคอนเนคเทค'],
  orgs: ['การประปาส่วนภูมิภาคสาขาขอนแก่น', 'โรงพยาบาลศรีนครินทร์', 'สหกรณ์โคนมหนองโพ'],
  tel: { cc: '66', nsn: (r) => r.pick(['6', '8', '9']) + r.digits(8), national: [(n) => `0${n.slice(0, 2)}-${n.slice(2, 5)}-${n.slice(5)}`, (n) => `0${n}`], international: [(n) => `+66 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`] },
  plmn: ['52001', '52003', '52004'],
  coord: [14, 100],
};

const hiIN: Loc = {
  code: 'hi', country: 'IN', weight: 2, script: 'deva', familyFirst: false, familyAlone: true,
  m: ['राजेश:Rajesh', 'अमित:Amit', 'विनोद:Vinod', 'मनोज:Manoj', 'संजय:Sanjay', 'दीपक:Deepak'],
  f: ['सुनीता:Sunita', 'कविता:Kavita', 'रेखा:Rekha', 'अंजलि:Anjali', 'पूनम:Poonam', 'ममता:Mamta'],
  family: ['मिश्रा:Mishra', 'त्रिपाठी:Tripathi', 'चौहान:Chauhan', 'यादव:Yadav', 'श्रीवास्तव:Srivastava', 'पांडे:Pandey', 'तिवारी:Tiwari', 'राठौर:Rathore', 'सक्सेना:Saxena'],
  hon: (p) => (p.female ? 'श्रीमती' : 'श्री'),
  streets: ['गांधी नगर', 'शास्त्री मार्ग', 'सिविल लाइंस', 'अशोक विहार'],
  cities: [['लखनऊ, उत्तर प्रदेश', '226001'], ['जयपुर, राजस्थान', '302001'], ['भोपाल, मध्य प्रदेश', '462001'], ['पटना, बिहार', '800001']],
  address: (s, n, c, pc) => `मकान नं. ${n}, ${s}, ${c} - ${pc}`,
  addressKey: (s, n) => `मकान नं. ${n}, ${s}`,
  mail: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  L: { customer: 'उपभोक्ता संख्या', contract: 'अनुबंध संख्या', ticket: 'शिकायत संख्या', phone: 'मोबाइल', email: 'ईमेल', address: 'पता', dob: 'जन्म तिथि', serial: 'सीरियल नंबर', name: 'ग्राहक का नाम', nid: 'आधार संख्या', bank: 'कार्ड नंबर', plate: 'वाहन संख्या', site: 'स्थान', tech: 'तकनीशियन', account: 'यूज़रनेम', status: 'स्थिति', device: 'उपकरण', reason: 'वापसी का कारण' },
  S: {
    title: (d, m) => `${d} में ${m} संक्रमण की आशंका`,
    report: (who, ph) => `${who} ने ${ph} से कॉल करके बताया कि डिवाइस बार-बार रीस्टार्ट हो रहा है।`,
    visit: (t) => `तकनीशियन ${t} ने साइट पर जाकर डिवाइस बदला और सील करके लैब भेजा।`,
    beacon: (ip, d, p) => `पैकेट कैप्चर में डिवाइस ${ip} के पोर्ट ${p} से जुड़ता है और हर पाँच मिनट में ${d} को क्वेरी करता है।`,
    escalate: (a) => `PSIRT को भेजा गया, ज़िम्मेदार: ${a}।`,
    close: 'बैच के बाकी डिवाइस OTA से अपडेट कर दिए गए; कोई नई शिकायत नहीं।',
    greet: (a, c) => `नमस्ते, ${c} कस्टमर केयर, मैं ${a} बोल रहा हूँ, बताइए क्या मदद करूँ?`,
    caller: (n) => `जी नमस्ते, मैं ${n} बोल रहा हूँ, मेरा डिवाइस बार-बार बंद हो रहा है।`,
    callback: (ph) => `मुझे ${ph} पर कॉल कर लीजिए।`,
    lure: (u) => `प्रिय ग्राहक, आपका KYC लंबित है, खाता बंद हो जाएगा। अभी अपडेट करें: ${u}`,
    rma: 'मैलवेयर की आशंका के कारण फ़ोरेंसिक जाँच हेतु वापसी',
    role: 'प्रोडक्ट सिक्योरिटी इंजीनियर',
  },
  dob: (y, m, d) => `${p2(d)}/${p2(m)}/${y}`,
  legal: 'प्रा. लि.',
  companies: ['भारत स्मार्ट ग्रिड', 'गंगा टेलीमैटिक्स'],
  orgs: ['जल संस्थान लखनऊ', 'अवध कोल्ड स्टोरेज', 'सेवा सदन अस्पताल'],
  tel: enIN.tel,
  plmn: ['40410', '40445', '405857'],
  coord: [26, 80],
};

export const LOCALES: Loc[] = [enGB, enUS, enIN, enZA, enIE, deAT, frBE, esMX, itIT, nlNL, plPL, ptPT, trTR, arEG, ukUA, jaJP, koKR, zhTW, viVN, idID, thTH, hiIN];

export function pickLocale(rng: Rng): Loc {
  const total = LOCALES.reduce((a, l) => a + l.weight, 0);
  let x = rng.next() * total;
  for (const l of LOCALES) {
    x -= l.weight;
    if (x < 0) return l;
  }
  return LOCALES[0];
}

function splitName(entry: string): [string, string] {
  const [native, latin] = entry.split(':');
  return [native, latin ?? native];
}

export function person(rng: Rng, l: Loc): Person {
  const female = rng.chance(0.5);
  const [given, latGiven] = splitName(rng.pick(female ? l.f : l.m));
  const [family, latFamily] = splitName(rng.pick(l.family));
  return { given, family, latGiven, latFamily, female };
}

// ------------------------------------------------------------------ the submitters and the threat side

export const COMPANY_STEMS = ['Kestrova', 'Aldmere', 'Pyrnova', 'Brantholm', 'Vexilon', 'Ondrava', 'Temperon', 'Glasswick', 'Marivent', 'Halcyra', 'Quintera', 'Dovrane', 'Carnavis', 'Zelmor', 'Ruvalda', 'Istrenna'];
export const BRANDS = ['Lumo', 'Vireo', 'Pellix', 'Tessa', 'Korvo', 'Aurix', 'Nimbra', 'Solvik'];

export interface Vertical {
  en: string;
  device: string;
  models: string[];
  sector: string;
}

export const VERTICALS: Record<string, Vertical> = {
  meter: { en: 'Metering', device: 'smart meter', models: ['EM-340', 'GX3 Polyphase', 'RF-Mesh 21'], sector: 'energy' },
  router: { en: 'Networks', device: 'LTE router', models: ['CR-5G Pro', 'LTE-R220', 'M2M-Edge 4'], sector: 'telecommunications' },
  plc: { en: 'Automation', device: 'PLC', models: ['CPU 4120-PN', 'IOC-880', 'SafeLogic S3'], sector: 'manufacturing' },
  stb: { en: 'Media', device: 'set-top box', models: ['HDX-4K', 'Stream One', 'IPTV-S90'], sector: 'telecommunications' },
  telematics: { en: 'Mobility', device: 'telematics unit', models: ['TCU-7', 'FleetLink 3', 'OBD-Tracker X'], sector: 'automotive' },
  evse: { en: 'eCharge', device: 'EV charger', models: ['Wallbox 22', 'DC-Fast 150', 'HomeCharge S'], sector: 'energy' },
  medical: { en: 'Medical', device: 'infusion pump', models: ['InfuSafe 3', 'VitaLink Monitor', 'GlucoBridge'], sector: 'healthcare' },
  pos: { en: 'Payments', device: 'POS terminal', models: ['PT-900', 'TapPay Mini', 'Counter 6'], sector: 'financial-services' },
  bms: { en: 'Building Systems', device: 'building controller', models: ['BAC-ONE', 'HVAC-Hub 12', 'AccessCore'], sector: 'infrastructure' },
};

export const MALWARE = ['TheMoon', 'Zergeca', 'Aisuru', 'Eleven11bot', 'Ballista', 'PumaBot', 'P2PInfect', 'Kinsing', 'XorDDoS', 'Tsunami', 'Condi', 'InfectedSlurs', 'BotenaGo', 'IOCONTROL', 'Fuxnet', 'Prilex', 'SpyNote', 'ToxicPanda', 'Brokewell', 'GoldPickaxe'];
export const ACTORS = ['Flax Typhoon', 'Velvet Ant', 'UNC3886', 'Earth Estries', 'Evasive Panda', 'Blind Eagle', 'TA505', 'FIN7', 'APT33', 'Storm-0867'];
export const CVES = ['CVE-2024-7029', 'CVE-2023-26801', 'CVE-2024-12856', 'CVE-2024-3721', 'CVE-2022-1388', 'CVE-2023-20198', 'CVE-2020-10987', 'CVE-2024-40891', 'CVE-2018-13379', 'CVE-2023-50224', 'CVE-2022-40684', 'CVE-2021-44228'];
export const TLDS = ['live', 'sbs', 'lol', 'pw', 'cc', 'ws', 'bond', 'quest', 'cfd', 'rest'];
/** Premium-rate and satellite ranges that IRSF fraud dials. */
export const IRSF_PREFIXES = ['979', '8817', '87078', '2693', '23276', '2246', '67745', '6783'];
/** Names shaped into C2 domains (never used for victims or staff). */
export const C2_NAMES = [['olivia', 'brennan'], ['thomas', 'reiter'], ['lucas', 'moreau'], ['sofia', 'marchetti'], ['daniel', 'novak'], ['emma', 'lindgren'], ['jonas', 'weber'], ['nina', 'petrova'], ['marco', 'bianchi'], ['hannah', 'schultz']];

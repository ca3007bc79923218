// Material for the blind fifth suite (v5.ts), written independently of v1–v4: name pools, national
// phone/address/plate formats and incident prose in sixteen languages. Every `{slot}` in a template
// is filled by the generator, which records ground truth for what it inserts.
import type { Rng } from './rng';

/** A naming culture: `fg` = family name first (as written natively). */
export interface Culture {
  given: string[];
  family: string[];
  order: 'gf' | 'fg';
  /** How names are joined when written natively ('' for CJK). */
  joiner: string;
  script: 'latin' | 'cjk' | 'other';
}

export const CULTURES: Record<string, Culture> = {
  en: {
    given: ['Harriet', 'Declan', 'Wyatt', 'Imogen', 'Rhys', 'Marisol', 'Eadlyn', 'Caspian', 'Juniper', 'Thaddeus', 'Marguerite', 'Lachlan', 'Summer', 'Bishop'],
    family: ['Whitfield', 'Pemberton', 'Haversham', 'Ashworth', 'Caldwell', 'Fairbanks', 'Holloway', 'Kettering', 'Northcott', 'Ravenscroft', 'Sutcliffe', 'Underhill', 'Hunter', 'Marsh', 'Mason'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  de: {
    given: ['Wiebke', 'Ingolf', 'Hannelore', 'Jörg', 'Gundula', 'Malte', 'Friederike', 'Detlef', 'Ottilie', 'Bartholomäus', 'Liesel', 'Rüdiger', 'Kunibert', 'Swantje'],
    family: ['Brandstätter', 'Oberhuber', 'Schimmelpfennig', 'Rößler', 'Kaltenbrunner', 'Wendlinger', 'Querfurth', 'Zöllner', 'Lautenschläger', 'Mühlberger', 'Strohmeier', 'Vogel', 'Fuchs', 'Koch'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  fr: {
    given: ['Ghislaine', 'Anatole', 'Solène', 'Gaspard', 'Maëlys', 'Théophile', 'Clémence', 'Aurélien', 'Bérengère', 'Évariste', 'Ombeline', 'Séverin'],
    family: ['Delacourt', 'Fougerolles', 'Lemaître', 'Beaulieu', 'Chastagnier', 'Duvernois', 'Héraud', 'Quéméner', 'Rousseaux', 'Tessier', 'Vaillancourt', 'Leblanc'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  es: {
    given: ['Ximena', 'Iñigo', 'Remedios', 'Gonzalo', 'Itziar', 'Fulgencio', 'Amparo', 'Baltasar', 'Nerea', 'Eusebio', 'Macarena', 'Leocadio'],
    family: ['Echeverría', 'Zubizarreta', 'Villalobos', 'Mondragón', 'Arrieta', 'Quintanilla', 'Barrenechea', 'Olmedo', 'Carrasquilla', 'Ibarrola', 'Sepúlveda', 'Valdepeñas'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  it: {
    given: ['Ludovica', 'Ottavio', 'Benedetta', 'Gianmarco', 'Ornella', 'Tancredi', 'Caterina', 'Ercole', 'Violante', 'Saverio', 'Ginevra', 'Pasquale'],
    family: ['Bevilacqua', 'Scognamiglio', 'Pellegrino', 'Castelnuovo', 'Mastrangelo', 'Quagliarella', 'Randazzo', 'Santangelo', 'Tagliaferri', 'Zanetti', 'Iannuzzi', 'Ferro'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  nl: {
    given: ['Femke', 'Joost', 'Marijke', 'Sjoerd', 'Anouk', 'Gerrit', 'Lieke', 'Wouter', 'Maartje', 'Thijs', 'Ineke', 'Bram'],
    family: ['van der Meulen', 'Hoogendoorn', 'de Groot', 'Brouwer', 'Verhoeven', 'van Dijkhuizen', 'Kuipers', 'Schoenmaker', 'Terpstra', 'Wijnberg', 'Zwanenburg', 'Oosterhout'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  pl: {
    given: ['Grażyna', 'Przemysław', 'Bożena', 'Wojciech', 'Jadwiga', 'Zdzisław', 'Małgorzata', 'Szczepan', 'Agnieszka', 'Krzesimir', 'Halina', 'Bolesław'],
    family: ['Wiśniewska', 'Grzybowski', 'Przybylska', 'Szczepańczyk', 'Kaczmarek', 'Zawadzka', 'Wróblewski', 'Chmielewska', 'Dąbrowski', 'Jabłońska', 'Ostrowski', 'Żurawska'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  pt: {
    given: ['Conceição', 'Joaquim', 'Iracema', 'Ubiratan', 'Rosângela', 'Adalberto', 'Thaís', 'Wellington', 'Jussara', 'Cleiton', 'Graça', 'Edivaldo'],
    family: ['Figueiredo', 'Albuquerque', 'Nascimento', 'Magalhães', 'Cavalcanti', 'Bittencourt', 'Loureiro', 'Sampaio', 'Vasconcelos', 'Quaresma', 'Toledo', 'Azevedo'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  sv: {
    given: ['Sigrid', 'Torbjörn', 'Ylva', 'Leif', 'Ingegerd', 'Åsa', 'Gunnar', 'Märta', 'Halvar', 'Linnéa', 'Sixten', 'Ebba'],
    family: ['Lindqvist', 'Sjöberg', 'Åkesson', 'Bergström', 'Hellqvist', 'Nordenskiöld', 'Ljungberg', 'Östlund', 'Wallenius', 'Fogelberg', 'Sandgren', 'Grönvall'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  ja: {
    given: ['美咲', '健太', '陽菜', '翔平', '千尋', '大輔', '彩花', '拓海', '由紀子', '直樹', '葵', '蓮'],
    family: ['佐々木', '渡辺', '小野寺', '高橋', '長谷川', '藤原', '村上', '吉永', '安藤', '宮崎', '森本', '菅原'],
    order: 'fg', joiner: '', script: 'cjk',
  },
  zh: {
    given: ['秀英', '志强', '雨桐', '建华', '梓萱', '浩然', '婉清', '子轩', '丽娟', '俊杰', '思琪', '明轩'],
    family: ['王', '李', '张', '刘', '陈', '欧阳', '诸葛', '黄', '周', '吴', '赵', '郭'],
    order: 'fg', joiner: '', script: 'cjk',
  },
  ko: {
    given: ['민준', '서연', '지호', '하은', '도윤', '수빈', '예준', '지우', '현우', '채원', '승민', '유진'],
    family: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '남궁', '황보'],
    order: 'fg', joiner: '', script: 'cjk',
  },
  ar: {
    given: ['محمد', 'فاطمة', 'عبدالله', 'نورة', 'يوسف', 'ريم', 'خالد', 'لمى', 'طارق', 'هيفاء', 'سلطان', 'دانة'],
    family: ['الزهراني', 'العتيبي', 'الحربي', 'القحطاني', 'الشمري', 'المطيري', 'الدوسري', 'الغامدي', 'السبيعي', 'العنزي', 'الشهري', 'البلوشي'],
    order: 'gf', joiner: ' ', script: 'other',
  },
  ru: {
    given: ['Елена', 'Дмитрий', 'Анастасия', 'Святослав', 'Ольга', 'Всеволод', 'Ксения', 'Ярослав', 'Людмила', 'Аркадий', 'Злата', 'Геннадий'],
    family: ['Смирнова', 'Кузнецов', 'Воробьёва', 'Соколов', 'Лебедева', 'Новиков', 'Морозова', 'Ершов', 'Белоусова', 'Тихонов', 'Жукова', 'Щербаков'],
    order: 'fg', joiner: ' ', script: 'other',
  },
  tr: {
    given: ['Ayşe', 'Mehmet', 'Zeynep', 'Oğuz', 'Gülşen', 'Hüseyin', 'Elif', 'Barış', 'Şükrü', 'Dilara', 'Cem', 'Nurhan'],
    family: ['Yılmaz', 'Öztürk', 'Aydın', 'Çelik', 'Şahin', 'Karakaya', 'Doğan', 'Arslan', 'Kılıç', 'Koç', 'Güneş', 'Kocabaş'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
  hi: {
    given: ['राजेश', 'प्रिया', 'अनिल', 'सुनीता', 'विक्रम', 'मीनाक्षी', 'अर्जुन', 'कविता', 'संजय', 'पूजा', 'दीपक', 'अंजलि'],
    family: ['शर्मा', 'वर्मा', 'अग्रवाल', 'चौधरी', 'मिश्रा', 'त्रिपाठी', 'गुप्ता', 'पांडे', 'श्रीवास्तव', 'कुलकर्णी', 'देशमुख', 'भट्टाचार्य'],
    order: 'gf', joiner: ' ', script: 'other',
  },
  // Romanised forms used by non-Latin-script locales in emails, logins, signatures and logs.
  jalat: { given: ['Misaki', 'Kenta', 'Hina', 'Shohei', 'Chihiro', 'Daisuke', 'Ayaka', 'Takumi', 'Yukiko', 'Naoki'], family: ['Sasaki', 'Watanabe', 'Onodera', 'Takahashi', 'Hasegawa', 'Fujiwara', 'Murakami', 'Yoshinaga', 'Miyazaki', 'Sugawara'], order: 'gf', joiner: ' ', script: 'latin' },
  zhlat: { given: ['Xiuying', 'Zhiqiang', 'Yutong', 'Jianhua', 'Zixuan', 'Haoran', 'Wanqing', 'Junjie', 'Siqi', 'Mingxuan'], family: ['Wang', 'Zhang', 'Ouyang', 'Huang', 'Zhou', 'Zhao', 'Guo', 'Chen', 'Zhuge', 'Liang'], order: 'fg', joiner: ' ', script: 'latin' },
  kolat: { given: ['Minjun', 'Seoyeon', 'Jiho', 'Haeun', 'Doyun', 'Subin', 'Yejun', 'Hyunwoo', 'Chaewon', 'Seungmin'], family: ['Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang', 'Hwang', 'Namgung', 'Baek', 'Seo'], order: 'gf', joiner: ' ', script: 'latin' },
  arlat: { given: ['Mohammed', 'Fatimah', 'Abdullah', 'Noura', 'Yousef', 'Reem', 'Khaled', 'Lama', 'Tariq', 'Haifa'], family: ['Al-Zahrani', 'Al-Otaibi', 'Al-Harbi', 'Al-Qahtani', 'Al-Shammari', 'Al-Mutairi', 'Al-Dosari', 'Al-Ghamdi', 'Al-Subaie', 'Al-Balushi'], order: 'gf', joiner: ' ', script: 'latin' },
  rulat: { given: ['Elena', 'Dmitry', 'Anastasia', 'Svyatoslav', 'Olga', 'Vsevolod', 'Kseniya', 'Yaroslav', 'Lyudmila', 'Arkady'], family: ['Smirnova', 'Kuznetsov', 'Vorobyova', 'Sokolov', 'Lebedeva', 'Novikov', 'Morozova', 'Yershov', 'Belousova', 'Tikhonov'], order: 'gf', joiner: ' ', script: 'latin' },
  hilat: { given: ['Rajesh', 'Priya', 'Anil', 'Sunita', 'Vikram', 'Meenakshi', 'Arjun', 'Kavita', 'Sanjay', 'Deepak'], family: ['Sharma', 'Verma', 'Agarwal', 'Chaudhary', 'Mishra', 'Tripathi', 'Srivastava', 'Kulkarni', 'Deshmukh', 'Bhattacharya'], order: 'gf', joiner: ' ', script: 'latin' },
  // Names from elsewhere that turn up in any locale (migrants, contractors, roaming subscribers).
  world: {
    given: ['Oluwaseun', 'Nnamdi', 'Siobhán', 'Caoimhe', 'Dagný', 'Eero', 'Ioannis', 'Thandiwe', 'Kealoha', 'Aigerim', 'Bogdan', 'Zsófia', 'Tenzin', 'Amaru'],
    family: ['Adeyemi', 'Okonkwo', 'Gallagher', 'Sigurðardóttir', 'Mäkeläinen', 'Papadopoulos', 'Dlamini', 'Kahananui', 'Nurlanqyzy', 'Ionescu', 'Kovács', 'Namgyal', 'Quispe', 'Nwachukwu'],
    order: 'gf', joiner: ' ', script: 'latin',
  },
};

/** Names used only in attacker infrastructure (name-like C2 domains): disjoint from every pool above. */
export const ATTACKER_NAME_PARTS = ['annabelle-weiss', 'lucas-fontaine', 'mila-novakova', 'kevin-brandt', 'sofia-lindgren', 'marco-bellini', 'emma-jansen', 'olga-petrenko', 'daniel-ortega-photo', 'julia-hartmann-art'];

export interface Lang {
  code: string;
  country: string;
  culture: string;
  latin: string;
  legal: string;
  honorific: (name: string) => string;
  greeting: string;
  title: string;
  dateOf: (y: number, m: number, d: number) => string;
  phone: (r: Rng) => { nsn: string; national: string; intl: string };
  address: (r: Rng) => { text: string; leak: string };
  plate: (r: Rng) => { text: string; alnum: boolean };
  mcc: string;
  cc: string;
  ibanCountry: string;
  freeMail: string[];
  /** Column headers for CSV exports: name, email, phone, meter, street, customer id. */
  csv: string[];
  templates: string[];
  chat: string[];
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng): string => String(r.int(1, 9));
const pick = <T>(r: Rng, xs: readonly T[]): T => r.pick(xs);
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

function grouped(s: string, sizes: number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.filter(Boolean).join(sep);
}

export const LANGS: Lang[] = [
  {
    code: 'en', country: 'GB', culture: 'en', latin: 'en', legal: 'Ltd', honorific: (n) => `Mr ${n}`, greeting: 'Kind regards,', title: 'Senior Field Engineer',
    dateOf: (y, m, dd) => `${dd} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`,
    phone: (r) => {
      const nsn = `7${r.int(4, 9)}${d(r, 8)}`;
      return { nsn, national: `0${nsn.slice(0, 4)} ${nsn.slice(4)}`, intl: `+44 ${nsn.slice(0, 4)} ${nsn.slice(4, 7)} ${nsn.slice(7)}` };
    },
    address: (r) => {
      const street = `${r.int(2, 188)} ${pick(r, ['Albion Terrace', 'Wexford Close', 'Kingfisher Way', 'Tanner Row', 'Quarry Hill Road'])}`;
      return { text: `${street}, ${pick(r, ['Leeds LS6', 'York YO1', 'Bristol BS3', 'Derby DE22'])} ${nz(r)}${pick(r, ['BX', 'QT', 'HN', 'WD'])}`, leak: street };
    },
    plate: (r) => ({ text: `${pick(r, ['LK', 'YD', 'BV', 'WR'])}${p2(r.int(15, 24))} ${r.chars(3, LETTERS)}`, alnum: true }),
    mcc: '23415', cc: '44', ibanCountry: 'GB', freeMail: ['btinternet.com', 'outlook.com', 'gmail.com'],
    csv: ['Name', 'Email', 'Phone', 'Meter', 'Address', 'Account'],
    templates: [
      'On {date} our NOC noticed that the {product} unit of customer {cust} ({addr}) opened outbound TLS sessions to the C2 domain {c2dom}, which resolved to {c2ip}.',
      'The dropper fetched {c2url} and wrote {file} (SHA-256 {hash}) to /tmp.',
      'Device identifiers: IMEI {imei}, meter serial {serial}, last GPS fix {gps}.',
      "Field technician {staff} ({email}, mobile {phone}) swapped the modem on site; the subscriber's date of birth ({dob}) was used to verify the callback.",
      'Premium-rate traffic to {prn} was generated from the compromised SIM; the ransom note demands payment to {wallet}.',
      'Initial access most likely via {cve}; the attacker also used the fallback C2 {c2alt} and {domalt}.',
      "Only the internal host {host} ({vip}) and the customer's WAN address {vpub} were affected. Contract {contract}, ticket {ticket}.",
    ],
    chat: ['customer is {cust}, she called from {phone}', 'ok, blocking {c2ip} at the edge now', 'her router WAN is {vpub}, looks clean otherwise'],
  },
  {
    code: 'de', country: 'DE', culture: 'de', latin: 'de', legal: 'GmbH', honorific: (n) => `${pick2(n, ['Herr', 'Frau'])} ${n}`, greeting: 'Mit freundlichen Grüßen', title: 'Servicetechniker Messwesen',
    dateOf: (y, m, dd) => `${p2(dd)}.${p2(m)}.${y}`,
    phone: (r) => {
      const mobile = r.chance(0.6);
      const nsn = mobile ? `1${pick(r, ['51', '52', '60', '70', '76'])}${d(r, 8)}` : `${pick(r, ['30', '40', '89', '221', '341'])}${d(r, 7)}`;
      const area = mobile ? nsn.slice(0, 3) : nsn.startsWith('3') && nsn[1] !== '4' ? nsn.slice(0, 2) : nsn.slice(0, nsn.startsWith('341') || nsn.startsWith('221') ? 3 : 2);
      const rest = nsn.slice(area.length);
      return { nsn, national: `0${area} ${rest}`, intl: pick(r, [`+49 ${area} ${rest}`, `+49 (0)${area} ${grouped(rest, [3, 2, 2])}`, `0049 ${area} ${rest}`]) };
    },
    address: (r) => {
      const street = `${pick(r, ['Lindenstraße', 'Am Mühlgraben', 'Kastanienallee', 'Hofweg', 'Pfarrgasse'])} ${r.int(1, 120)}${pick(r, ['', 'a', 'b'])}`;
      return { text: `${street}, ${nz(r)}${d(r, 4)} ${pick(r, ['Leipzig', 'Bamberg', 'Lüneburg', 'Gießen'])}`, leak: street };
    },
    plate: (r) => ({ text: `${pick(r, ['M', 'HH', 'L', 'KA', 'BA'])}-${r.chars(2, LETTERS)} ${r.int(10, 9999)}`, alnum: true }),
    mcc: '26201', cc: '49', ibanCountry: 'DE', freeMail: ['web.de', 'gmx.de', 't-online.de'],
    csv: ['Name', 'E-Mail', 'Telefon', 'Zählernummer', 'Anschrift', 'Kundennummer'],
    templates: [
      'Am {date} fiel unserem NOC auf, dass das Gerät {product} beim Kunden {cust} ({addr}) ausgehende TLS-Verbindungen zur C2-Domain {c2dom} aufbaute, die auf {c2ip} auflöste.',
      'Der Dropper lud {c2url} nach und legte {file} (SHA-256 {hash}) unter /tmp ab.',
      'Gerätedaten: IMEI {imei}, Zählernummer {serial}, letzte GPS-Position {gps}.',
      'Der Servicetechniker {staff} ({email}, mobil {phone}) hat das Modem vor Ort getauscht; zur Verifikation des Rückrufs wurde das Geburtsdatum des Kunden (geb. {dob}) abgefragt.',
      'Über die kompromittierte SIM-Karte wurden Mehrwertanrufe zu {prn} erzeugt; die Erpressernachricht verlangt eine Zahlung an {wallet}.',
      'Erstzugriff vermutlich über {cve}; der Angreifer nutzte zusätzlich den Ausweich-C2 {c2alt} sowie {domalt}.',
      'Betroffen waren nur der interne Host {host} ({vip}) und die WAN-Adresse des Kunden {vpub}. Vertragsnummer {contract}, Ticket {ticket}.',
    ],
    chat: ['Kundin ist {cust}, Rückruf unter {phone}', 'sperre {c2ip} jetzt an der Firewall', 'WAN vom Kunden: {vpub}'],
  },
  {
    code: 'fr', country: 'FR', culture: 'fr', latin: 'fr', legal: 'SAS', honorific: (n) => `${pick2(n, ['M.', 'Mme'])} ${n}`, greeting: 'Cordialement,', title: 'Technicien d’intervention',
    dateOf: (y, m, dd) => `${p2(dd)}/${p2(m)}/${y}`,
    phone: (r) => {
      const nsn = `${pick(r, ['6', '7', '1', '4'])}${d(r, 8)}`;
      return { nsn, national: `0${grouped(nsn, [1, 2, 2, 2, 2])}`, intl: pick(r, [`+33 ${grouped(nsn, [1, 2, 2, 2, 2])}`, `+33 (0)${grouped(nsn, [1, 2, 2, 2, 2], '.')}`]) };
    },
    address: (r) => {
      const street = `${r.int(1, 140)}${pick(r, ['', ' bis', ' ter'])} ${pick(r, ['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse des Glycines', 'chemin de la Garenne'])}`;
      return { text: `${street}, ${pick(r, ['67000 Strasbourg', '69007 Lyon', '35000 Rennes', '13006 Marseille'])}`, leak: street };
    },
    plate: (r) => ({ text: `${r.chars(2, LETTERS)}-${r.digits(3)}-${r.chars(2, LETTERS)}`, alnum: true }),
    mcc: '20801', cc: '33', ibanCountry: 'FR', freeMail: ['orange.fr', 'free.fr', 'laposte.net'],
    csv: ['Nom', 'Courriel', 'Téléphone', 'Compteur', 'Adresse', 'N° client'],
    templates: [
      "Le {date}, notre NOC a constaté que l'équipement {product} du client {cust} ({addr}) ouvrait des sessions TLS sortantes vers le domaine C2 {c2dom}, résolu en {c2ip}.",
      'Le dropper a téléchargé {c2url} puis déposé {file} (SHA-256 {hash}) dans /tmp.',
      "Identifiants de l'appareil : IMEI {imei}, numéro de compteur {serial}, dernière position GPS {gps}.",
      "Le technicien {staff} ({email}, portable {phone}) a remplacé le modem sur place ; la date de naissance de l'abonné ({dob}) a servi à vérifier le rappel.",
      'Des appels surtaxés vers {prn} ont été générés depuis la carte SIM compromise ; la demande de rançon exige un paiement sur {wallet}.',
      "Accès initial probablement via {cve} ; l'attaquant a aussi utilisé le C2 de secours {c2alt} et {domalt}.",
      "Seuls l'hôte interne {host} ({vip}) et l'adresse WAN du client {vpub} sont concernés. Contrat {contract}, ticket {ticket}.",
    ],
    chat: ['la cliente est {cust}, joignable au {phone}', 'je bloque {c2ip} sur le pare-feu', 'IP WAN du client : {vpub}'],
  },
  {
    code: 'es', country: 'ES', culture: 'es', latin: 'es', legal: 'S.L.', honorific: (n) => `${pick2(n, ['Sr.', 'Sra.'])} ${n}`, greeting: 'Un saludo,', title: 'Técnico de campo',
    dateOf: (y, m, dd) => `${dd}/${m}/${y}`,
    phone: (r) => {
      const nsn = `${pick(r, ['6', '7', '91', '93'])}${d(r, 8)}`.slice(0, 9);
      return { nsn, national: grouped(nsn, [3, 3, 3]), intl: `+34 ${grouped(nsn, [3, 2, 2, 2])}` };
    },
    address: (r) => {
      const street = `${pick(r, ['Calle de Alcalá', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gràcia'])} ${r.int(1, 220)}`;
      return { text: `${street}, ${r.int(1, 8)}º ${pick(r, ['A', 'B', 'izq.'])}, ${pick(r, ['28014 Madrid', '41004 Sevilla', '08008 Barcelona', '48001 Bilbao'])}`, leak: street };
    },
    plate: (r) => ({ text: `${r.digits(4)} ${r.chars(3, 'BCDFGHJKLMNPRSTVWXYZ')}`, alnum: true }),
    mcc: '21407', cc: '34', ibanCountry: 'ES', freeMail: ['telefonica.net', 'hotmail.es', 'gmail.com'],
    csv: ['Nombre', 'Correo', 'Teléfono', 'Contador', 'Dirección', 'Nº cliente'],
    templates: [
      'El {date} nuestro NOC detectó que el equipo {product} del cliente {cust} ({addr}) abría sesiones TLS salientes hacia el dominio C2 {c2dom}, que resolvía a {c2ip}.',
      'El dropper descargó {c2url} y guardó {file} (SHA-256 {hash}) en /tmp.',
      'Identificadores del dispositivo: IMEI {imei}, número de contador {serial}, última posición GPS {gps}.',
      'El técnico {staff} ({email}, móvil {phone}) sustituyó el módem in situ; se usó la fecha de nacimiento del abonado ({dob}) para verificar la llamada.',
      'Desde la SIM comprometida se generaron llamadas de tarificación adicional a {prn}; la nota de rescate exige el pago a {wallet}.',
      'Acceso inicial probablemente mediante {cve}; el atacante también usó el C2 de respaldo {c2alt} y {domalt}.',
      'Solo se vieron afectados el host interno {host} ({vip}) y la IP WAN del cliente {vpub}. Contrato {contract}, incidencia {ticket}.',
    ],
    chat: ['la clienta es {cust}, llamó desde el {phone}', 'bloqueando {c2ip} en el perímetro', 'WAN del cliente: {vpub}'],
  },
  {
    code: 'it', country: 'IT', culture: 'it', latin: 'it', legal: 'S.p.A.', honorific: (n) => `${pick2(n, ['Sig.', 'Sig.ra', 'Dott.'])} ${n}`, greeting: 'Cordiali saluti,', title: 'Tecnico di campo',
    dateOf: (y, m, dd) => `${p2(dd)}/${p2(m)}/${y}`,
    phone: (r) => {
      const nsn = `3${pick(r, ['33', '47', '28', '39'])}${d(r, 7)}`;
      return { nsn, national: `${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`, intl: `+39 ${nsn.slice(0, 3)} ${nsn.slice(3)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Vicolo del Pozzo'])} ${r.int(1, 180)}`;
      return { text: `${street}, ${pick(r, ['40124 Bologna', '16121 Genova', '80134 Napoli', '10123 Torino'])}`, leak: street };
    },
    plate: (r) => ({ text: `${r.chars(2, LETTERS)} ${r.digits(3)}${r.chars(2, LETTERS)}`, alnum: true }),
    mcc: '22210', cc: '39', ibanCountry: 'IT', freeMail: ['libero.it', 'tiscali.it', 'virgilio.it'],
    csv: ['Nominativo', 'Email', 'Telefono', 'Matricola', 'Indirizzo', 'Cod. cliente'],
    templates: [
      'Il {date} il nostro NOC ha notato che il dispositivo {product} del cliente {cust} ({addr}) apriva sessioni TLS in uscita verso il dominio C2 {c2dom}, risolto in {c2ip}.',
      'Il dropper ha scaricato {c2url} e salvato {file} (SHA-256 {hash}) in /tmp.',
      'Identificativi del dispositivo: IMEI {imei}, matricola contatore {serial}, ultima posizione GPS {gps}.',
      "Il tecnico {staff} ({email}, cellulare {phone}) ha sostituito il modem sul posto; per verificare il richiamo è stata usata la data di nascita dell'utente ({dob}).",
      'Dalla SIM compromessa sono state generate chiamate verso numeri a tariffa maggiorata {prn}; la richiesta di riscatto indica il portafoglio {wallet}.',
      "Accesso iniziale probabilmente tramite {cve}; l'attaccante ha usato anche il C2 di riserva {c2alt} e {domalt}.",
      "Coinvolti solo l'host interno {host} ({vip}) e l'indirizzo WAN del cliente {vpub}. Contratto {contract}, ticket {ticket}.",
    ],
    chat: ['il cliente è {cust}, richiamare al {phone}', 'blocco {c2ip} sul firewall', 'IP WAN cliente {vpub}'],
  },
  {
    code: 'nl', country: 'NL', culture: 'nl', latin: 'nl', legal: 'B.V.', honorific: (n) => `${pick2(n, ['dhr.', 'mevr.'])} ${n}`, greeting: 'Met vriendelijke groet,', title: 'Storingsmonteur',
    dateOf: (y, m, dd) => `${dd}-${m}-${y}`,
    phone: (r) => {
      const nsn = `6${d(r, 8)}`;
      return { nsn, national: pick(r, [`06-${nsn.slice(1)}`, `06 ${grouped(nsn.slice(1), [2, 2, 2, 2])}`]), intl: `+31 6 ${nsn.slice(1)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['Prinsengracht', 'Kerkstraat', 'Dorpsweg', 'Zuiderdiep'])} ${r.int(1, 300)}${pick(r, ['', '-1', 'A'])}`;
      return { text: `${street}, ${nz(r)}${d(r, 3)} ${r.chars(2, LETTERS)} ${pick(r, ['Amsterdam', 'Groningen', 'Tilburg', 'Zwolle'])}`, leak: street };
    },
    plate: (r) => ({ text: `${r.digits(2)}-${r.chars(3, 'BDFGHJKLNPRSTVXZ')}-${r.digits(1)}`, alnum: true }),
    mcc: '20408', cc: '31', ibanCountry: 'NL', freeMail: ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'],
    csv: ['Naam', 'E-mail', 'Telefoon', 'Meternummer', 'Adres', 'Klantnummer'],
    templates: [
      'Op {date} zag ons NOC dat het {product}-apparaat van klant {cust} ({addr}) uitgaande TLS-sessies opzette naar het C2-domein {c2dom}, dat naar {c2ip} verwees.',
      'De dropper haalde {c2url} op en schreef {file} (SHA-256 {hash}) naar /tmp.',
      'Apparaatgegevens: IMEI {imei}, meternummer {serial}, laatste GPS-positie {gps}.',
      'Monteur {staff} ({email}, mobiel {phone}) heeft de modem ter plaatse vervangen; de geboortedatum van de klant ({dob}) is gebruikt om het terugbelverzoek te controleren.',
      'Via de gecompromitteerde simkaart werd premium-verkeer naar {prn} gegenereerd; de losgeldnota vraagt betaling aan {wallet}.',
      'Eerste toegang waarschijnlijk via {cve}; de aanvaller gebruikte ook de uitwijk-C2 {c2alt} en {domalt}.',
      'Alleen de interne host {host} ({vip}) en het WAN-adres van de klant {vpub} waren getroffen. Contract {contract}, ticket {ticket}.',
    ],
    chat: ['klant is {cust}, bereikbaar op {phone}', 'ik blokkeer {c2ip} op de firewall', 'WAN van de klant: {vpub}'],
  },
  {
    code: 'pl', country: 'PL', culture: 'pl', latin: 'pl', legal: 'Sp. z o.o.', honorific: (n) => `${pick2(n, ['Pan', 'Pani'])} ${n}`, greeting: 'Z poważaniem', title: 'Serwisant',
    dateOf: (y, m, dd) => `${p2(dd)}.${p2(m)}.${y} r.`,
    phone: (r) => {
      const nsn = `${pick(r, ['5', '6', '7', '8'])}${d(r, 8)}`;
      return { nsn, national: grouped(nsn, [3, 3, 3]), intl: pick(r, [`+48 ${grouped(nsn, [3, 3, 3])}`, `(+48) ${grouped(nsn, [3, 3, 3], '-')}`]) };
    },
    address: (r) => {
      const street = `ul. ${pick(r, ['Długa', 'Piotrkowska', 'Kościuszki', 'Ogrodowa'])} ${r.int(1, 160)}/${r.int(1, 40)}`;
      return { text: `${street}, ${r.digits(2)}-${r.digits(3)} ${pick(r, ['Gdańsk', 'Łódź', 'Poznań', 'Lublin'])}`, leak: street };
    },
    plate: (r) => ({ text: `${pick(r, ['WX', 'KR', 'GD', 'PO'])} ${r.digits(4)}${r.chars(1, LETTERS)}`, alnum: true }),
    mcc: '26002', cc: '48', ibanCountry: 'PL', freeMail: ['wp.pl', 'onet.pl', 'interia.pl'],
    csv: ['Imię i nazwisko', 'E-mail', 'Telefon', 'Nr licznika', 'Adres', 'Nr klienta'],
    templates: [
      'W dniu {date} nasz NOC zauważył, że urządzenie {product} klienta {cust} ({addr}) nawiązywało wychodzące sesje TLS z domeną C2 {c2dom}, wskazującą na {c2ip}.',
      'Dropper pobrał {c2url} i zapisał {file} (SHA-256 {hash}) w katalogu /tmp.',
      'Dane urządzenia: IMEI {imei}, numer licznika {serial}, ostatnia pozycja GPS {gps}.',
      'Serwisant {staff} ({email}, tel. kom. {phone}) wymienił modem na miejscu; do weryfikacji oddzwonienia użyto daty urodzenia abonenta ({dob}).',
      'Z przejętej karty SIM generowano połączenia na numery o podwyższonej opłacie {prn}; żądanie okupu wskazuje portfel {wallet}.',
      'Dostęp początkowy najpewniej przez {cve}; atakujący korzystał też z zapasowego C2 {c2alt} oraz {domalt}.',
      'Dotyczy wyłącznie hosta wewnętrznego {host} ({vip}) i adresu WAN klienta {vpub}. Umowa {contract}, zgłoszenie {ticket}.',
    ],
    chat: ['klientka to {cust}, tel. {phone}', 'blokuję {c2ip} na brzegu', 'WAN klienta {vpub}'],
  },
  {
    code: 'pt', country: 'BR', culture: 'pt', latin: 'pt', legal: 'Ltda.', honorific: (n) => `${pick2(n, ['Sr.', 'Sra.'])} ${n}`, greeting: 'Atenciosamente,', title: 'Técnico de campo',
    dateOf: (y, m, dd) => `${p2(dd)}/${p2(m)}/${y}`,
    phone: (r) => {
      const ddd = pick(r, ['11', '21', '31', '71', '85']);
      const sub = `9${d(r, 8)}`;
      const nsn = `${ddd}${sub}`;
      return { nsn, national: `(${ddd}) ${sub.slice(0, 5)}-${sub.slice(5)}`, intl: `+55 ${ddd} ${sub.slice(0, 5)}-${sub.slice(5)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['Rua Augusta', 'Avenida Paulista', 'Rua das Laranjeiras', 'Travessa do Comércio'])}, ${r.int(10, 2400)}`;
      return { text: `${street}, ${pick(r, ['apto 52', 'casa 2', 'bloco B'])}, ${pick(r, ['São Paulo - SP', 'Rio de Janeiro - RJ', 'Salvador - BA'])}, CEP ${r.digits(5)}-${r.digits(3)}`, leak: street };
    },
    plate: (r) => ({ text: `${r.chars(3, LETTERS)}${r.digits(1)}${r.chars(1, LETTERS)}${r.digits(2)}`, alnum: true }),
    mcc: '72405', cc: '55', ibanCountry: 'BR', freeMail: ['uol.com.br', 'bol.com.br', 'terra.com.br'],
    csv: ['Nome', 'E-mail', 'Telefone', 'Medidor', 'Endereço', 'Cód. cliente'],
    templates: [
      'Em {date}, nosso NOC percebeu que o equipamento {product} do cliente {cust} ({addr}) abria sessões TLS de saída para o domínio C2 {c2dom}, que resolvia para {c2ip}.',
      'O dropper baixou {c2url} e gravou {file} (SHA-256 {hash}) em /tmp.',
      'Identificadores do dispositivo: IMEI {imei}, número do medidor {serial}, última posição GPS {gps}.',
      'O técnico {staff} ({email}, celular {phone}) trocou o modem no local; a data de nascimento do assinante ({dob}) foi usada para confirmar o retorno da ligação.',
      'A partir do SIM comprometido foram geradas chamadas de tarifa premium para {prn}; a nota de resgate exige pagamento na carteira {wallet}.',
      'Acesso inicial provavelmente via {cve}; o atacante também usou o C2 reserva {c2alt} e {domalt}.',
      'Apenas o host interno {host} ({vip}) e o IP WAN do cliente {vpub} foram afetados. Contrato {contract}, chamado {ticket}.',
    ],
    chat: ['a cliente é {cust}, ligou do {phone}', 'bloqueando {c2ip} no firewall', 'WAN do cliente: {vpub}'],
  },
  {
    code: 'sv', country: 'SE', culture: 'sv', latin: 'sv', legal: 'AB', honorific: (n) => n, greeting: 'Med vänliga hälsningar', title: 'Servicetekniker',
    dateOf: (y, m, dd) => `${y}-${p2(m)}-${p2(dd)}`,
    phone: (r) => {
      const nsn = `7${pick(r, ['0', '2', '3', '6'])}${d(r, 7)}`;
      return { nsn, national: `0${nsn.slice(0, 2)}-${nsn.slice(2, 5)} ${nsn.slice(5, 7)} ${nsn.slice(7)}`, intl: `+46 ${nsn.slice(0, 2)} ${nsn.slice(2, 5)} ${nsn.slice(5, 7)} ${nsn.slice(7)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['Storgatan', 'Kungsvägen', 'Björkstigen', 'Sjögatan'])} ${r.int(1, 90)}${pick(r, ['', 'B', ' lgh 1102'])}`;
      return { text: `${street}, ${r.int(100, 989)} ${r.digits(2)} ${pick(r, ['Sundsvall', 'Umeå', 'Växjö', 'Luleå'])}`, leak: street };
    },
    plate: (r) => ({ text: `${r.chars(3, 'ABCDEFGHJKLMNOPRSTUWXYZ')} ${r.digits(2)}${pick(r, [r.digits(1), 'A', 'C'])}`, alnum: true }),
    mcc: '24007', cc: '46', ibanCountry: 'SE', freeMail: ['telia.com', 'bredband.net', 'hotmail.se'],
    csv: ['Namn', 'E-post', 'Telefon', 'Mätarnummer', 'Adress', 'Kundnummer'],
    templates: [
      'Den {date} märkte vårt NOC att {product}-enheten hos kunden {cust} ({addr}) öppnade utgående TLS-sessioner mot C2-domänen {c2dom}, som pekade på {c2ip}.',
      'Droppern hämtade {c2url} och skrev {file} (SHA-256 {hash}) till /tmp.',
      'Enhetsuppgifter: IMEI {imei}, mätarnummer {serial}, senaste GPS-position {gps}.',
      'Servicetekniker {staff} ({email}, mobil {phone}) bytte modemet på plats; kundens födelsedatum ({dob}) användes för att verifiera återuppringningen.',
      'Från det kapade SIM-kortet genererades betalsamtal till {prn}; lösensummekravet anger plånboken {wallet}.',
      'Initial åtkomst troligen via {cve}; angriparen använde även reserv-C2 {c2alt} och {domalt}.',
      'Endast den interna värden {host} ({vip}) och kundens WAN-adress {vpub} påverkades. Avtal {contract}, ärende {ticket}.',
    ],
    chat: ['kunden heter {cust}, ring {phone}', 'blockerar {c2ip} i brandväggen', 'kundens WAN: {vpub}'],
  },
  {
    code: 'ja', country: 'JP', culture: 'ja', latin: 'jalat', legal: '株式会社', honorific: (n) => `${n}様`, greeting: 'よろしくお願いいたします。', title: 'フィールドエンジニア',
    dateOf: (y, m, dd) => `${y}年${m}月${dd}日`,
    phone: (r) => {
      const nsn = `${pick(r, ['90', '80', '70'])}${d(r, 8)}`;
      return { nsn, national: pick(r, [`0${nsn.slice(0, 2)}-${nsn.slice(2, 6)}-${nsn.slice(6)}`, `０${[...nsn.slice(0, 2)].map(fw).join('')}－${[...nsn.slice(2, 6)].map(fw).join('')}－${[...nsn.slice(6)].map(fw).join('')}`]), intl: `+81 ${nsn.slice(0, 2)}-${nsn.slice(2, 6)}-${nsn.slice(6)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['北沢', '本町', '桜丘町', '中央'])}${r.int(1, 5)}丁目${r.int(1, 30)}-${r.int(1, 20)}`;
      return { text: `${pick(r, ['東京都世田谷区', '大阪府大阪市中央区', '北海道札幌市北区', '福岡県福岡市博多区'])}${street}`, leak: street };
    },
    plate: (r) => ({ text: `${pick(r, ['品川', '練馬', 'なにわ', '札幌'])} ${r.int(300, 599)} ${pick(r, ['さ', 'ぬ', 'め', 'わ'])} ${r.digits(2)}-${r.digits(2)}`, alnum: false }),
    mcc: '44010', cc: '81', ibanCountry: '', freeMail: ['yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp'],
    csv: ['氏名', 'メール', '電話番号', 'メーター番号', '住所', '顧客番号'],
    templates: [
      '{date}、当社NOCは、顧客{cust}様（{addr}）の{product}がC2ドメイン{c2dom}（{c2ip}に解決）へ外向きTLS通信を行っていることを検知しました。',
      'ドロッパーは{c2url}を取得し、{file}（SHA-256 {hash}）を/tmpに書き込みました。',
      '端末情報：IMEI {imei}、メーター番号 {serial}、最終GPS位置 {gps}。',
      '現地作業員の{staff}（{email}、携帯 {phone}）がモデムを交換しました。折り返し確認には契約者の生年月日（{dob}）を使用しました。',
      '侵害されたSIMから高額課金番号{prn}への発信が発生し、身代金要求ではウォレット{wallet}への支払いを求めています。',
      '初期侵入は{cve}経由と推定されます。攻撃者は予備のC2 {c2alt} および {domalt} も使用しました。',
      '影響は社内ホスト{host}（{vip}）と顧客のWANアドレス{vpub}のみです。契約番号{contract}、チケット{ticket}。',
    ],
    chat: ['お客様は{cust}様、折り返し先 {phone}', '{c2ip} をFWで遮断します', '顧客WAN {vpub}'],
  },
  {
    code: 'zh', country: 'CN', culture: 'zh', latin: 'zhlat', legal: '有限公司', honorific: (n) => `${n}先生`, greeting: '此致', title: '现场工程师',
    dateOf: (y, m, dd) => `${y}年${m}月${dd}日`,
    phone: (r) => {
      const nsn = `1${pick(r, ['38', '39', '58', '86', '77'])}${d(r, 8)}`;
      return { nsn, national: pick(r, [`${nsn.slice(0, 3)} ${nsn.slice(3, 7)} ${nsn.slice(7)}`, nsn]), intl: `+86 ${nsn.slice(0, 3)} ${nsn.slice(3, 7)} ${nsn.slice(7)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['张杨路', '中山北路', '人民大道', '建国路'])}${r.int(10, 2999)}号`;
      return { text: `${pick(r, ['上海市浦东新区', '广州市天河区', '成都市武侯区', '北京市朝阳区'])}${street}${r.int(1, 30)}栋${r.int(101, 2802)}室`, leak: street };
    },
    plate: (r) => ({ text: `${pick(r, ['沪A', '京N', '粤B', '川A'])}·${r.chars(1, LETTERS)}${r.digits(4)}`, alnum: false }),
    mcc: '46000', cc: '86', ibanCountry: '', freeMail: ['qq.com', '163.com', '126.com'],
    csv: ['姓名', '邮箱', '电话', '电表编号', '地址', '客户编号'],
    templates: [
      '{date}，我方NOC发现客户{cust}（{addr}）的{product}设备向C2域名{c2dom}（解析至{c2ip}）发起出站TLS连接。',
      '投放器下载了{c2url}，并将{file}（SHA-256 {hash}）写入/tmp。',
      '设备信息：IMEI {imei}，电表编号 {serial}，最后GPS位置 {gps}。',
      '现场工程师{staff}（{email}，手机 {phone}）已更换调制解调器；回访核实时使用了用户的出生日期（{dob}）。',
      '被入侵的SIM卡产生了拨往高额付费号码{prn}的呼叫；勒索信要求向钱包{wallet}付款。',
      '初始访问可能利用了{cve}；攻击者还使用了备用C2 {c2alt} 和 {domalt}。',
      '受影响的仅有内部主机{host}（{vip}）和客户的WAN地址{vpub}。合同号{contract}，工单{ticket}。',
    ],
    chat: ['客户是{cust}，回拨 {phone}', '在边界封禁 {c2ip}', '客户WAN {vpub}'],
  },
  {
    code: 'ko', country: 'KR', culture: 'ko', latin: 'kolat', legal: '주식회사', honorific: (n) => `${n}님`, greeting: '감사합니다.', title: '현장 기술자',
    dateOf: (y, m, dd) => `${y}년 ${m}월 ${dd}일`,
    phone: (r) => {
      const nsn = `10${d(r, 8)}`;
      return { nsn, national: `010-${nsn.slice(2, 6)}-${nsn.slice(6)}`, intl: `+82 10-${nsn.slice(2, 6)}-${nsn.slice(6)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['월드컵북로', '테헤란로', '해운대로', '중앙대로'])} ${r.int(1, 500)}`;
      return { text: `${pick(r, ['서울특별시 마포구', '서울특별시 강남구', '부산광역시 해운대구'])} ${street}, ${r.int(101, 1502)}호`, leak: street };
    },
    plate: (r) => ({ text: `${r.digits(2)}${pick(r, ['가', '나', '러', '버'])} ${r.digits(4)}`, alnum: false }),
    mcc: '45005', cc: '82', ibanCountry: '', freeMail: ['naver.com', 'daum.net', 'hanmail.net'],
    csv: ['성명', '이메일', '전화번호', '계량기 번호', '주소', '고객번호'],
    templates: [
      '{date}, 당사 NOC는 고객 {cust}님({addr})의 {product} 장비가 C2 도메인 {c2dom}({c2ip})으로 외부 TLS 세션을 여는 것을 탐지했습니다.',
      '드로퍼가 {c2url}을 내려받아 {file}(SHA-256 {hash})을 /tmp에 저장했습니다.',
      '단말 정보: IMEI {imei}, 계량기 번호 {serial}, 마지막 GPS 위치 {gps}.',
      '현장 기사 {staff}({email}, 휴대폰 {phone})가 모뎀을 교체했으며, 회신 확인에는 가입자 생년월일({dob})을 사용했습니다.',
      '탈취된 SIM에서 고액 과금 번호 {prn}로 발신이 발생했고, 랜섬 노트는 지갑 {wallet}로 송금을 요구합니다.',
      '초기 침투는 {cve}를 통한 것으로 보이며, 공격자는 예비 C2 {c2alt} 및 {domalt}도 사용했습니다.',
      '영향을 받은 것은 내부 호스트 {host}({vip})와 고객 WAN 주소 {vpub}뿐입니다. 계약 번호 {contract}, 티켓 {ticket}.',
    ],
    chat: ['고객은 {cust}님, 연락처 {phone}', '{c2ip} 차단합니다', '고객 WAN {vpub}'],
  },
  {
    code: 'ar', country: 'SA', culture: 'ar', latin: 'arlat', legal: 'ش.م.م', honorific: (n) => `السيد ${n}`, greeting: 'مع خالص التحية،', title: 'مهندس ميداني',
    dateOf: (y, m, dd) => `${dd}/${m}/${y}`,
    phone: (r) => {
      const nsn = `5${pick(r, ['0', '3', '5', '9'])}${d(r, 7)}`;
      return { nsn, national: `0${nsn.slice(0, 2)} ${nsn.slice(2, 5)} ${nsn.slice(5)}`, intl: `+966 ${nsn.slice(0, 2)} ${nsn.slice(2, 5)} ${nsn.slice(5)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['شارع الملك فهد', 'طريق الأمير سلطان', 'شارع التحلية'])} ${r.int(1, 9000)}`;
      return { text: `${street}، ${pick(r, ['حي العليا، الرياض', 'حي الروضة، جدة', 'حي الشاطئ، الدمام'])} ${r.digits(5)}`, leak: street };
    },
    plate: (r) => ({ text: `${r.chars(3, 'ABDEGHJKLNRSTUVXZ')} ${r.digits(4)}`, alnum: true }),
    mcc: '42001', cc: '966', ibanCountry: 'SA', freeMail: ['hotmail.com', 'outlook.sa', 'gmail.com'],
    csv: ['الاسم', 'البريد', 'الهاتف', 'رقم العداد', 'العنوان', 'رقم العميل'],
    templates: [
      'في {date} لاحظ مركز عمليات الشبكة لدينا أن جهاز {product} الخاص بالعميل {cust} ({addr}) يفتح جلسات TLS صادرة إلى نطاق القيادة والسيطرة {c2dom} الذي يشير إلى {c2ip}.',
      'قام برنامج الإسقاط بتنزيل {c2url} وحفظ الملف {file} (SHA-256 {hash}) في /tmp.',
      'بيانات الجهاز: IMEI {imei}، رقم العداد {serial}، آخر موقع GPS {gps}.',
      'قام الفني {staff} ({email}، جوال {phone}) باستبدال المودم في الموقع، واستُخدم تاريخ ميلاد المشترك ({dob}) للتحقق من معاودة الاتصال.',
      'تم توليد مكالمات إلى رقم بتعرفة مرتفعة {prn} من شريحة SIM المخترقة، وتطالب رسالة الفدية بالدفع إلى المحفظة {wallet}.',
      'الوصول الأولي غالبًا عبر {cve}؛ كما استخدم المهاجم خادم تحكم احتياطيًا {c2alt} و{domalt}.',
      'اقتصر التأثير على المضيف الداخلي {host} ({vip}) وعنوان WAN الخاص بالعميل {vpub}. رقم العقد {contract}، التذكرة {ticket}.',
    ],
    chat: ['العميل هو {cust}، رقمه {phone}', 'سأحظر {c2ip} على الجدار الناري', 'عنوان WAN للعميل {vpub}'],
  },
  {
    code: 'ru', country: 'RU', culture: 'ru', latin: 'rulat', legal: 'ООО', honorific: (n) => `г-н ${n}`, greeting: 'С уважением,', title: 'выездной инженер',
    dateOf: (y, m, dd) => `${p2(dd)}.${p2(m)}.${y}`,
    phone: (r) => {
      const nsn = `9${d(r, 9)}`;
      return { nsn, national: `8 (${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6, 8)}-${nsn.slice(8)}`, intl: `+7 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)}-${nsn.slice(6, 8)}-${nsn.slice(8)}` };
    },
    address: (r) => {
      const street = `ул. ${pick(r, ['Лесная', 'Садовая', 'Баумана', 'Ленина'])}, д. ${r.int(1, 120)}, кв. ${r.int(1, 240)}`;
      return { text: `${street}, ${pick(r, ['Казань', 'Екатеринбург', 'Самара', 'Тверь'])}`, leak: street };
    },
    plate: (r) => ({ text: `${pick(r, ['А', 'В', 'Е', 'К', 'М'])}${r.digits(3)}${pick(r, ['ВС', 'ОР', 'ТХ', 'МК'])} ${pick(r, ['77', '116', '66', '178'])}`, alnum: false }),
    mcc: '25099', cc: '7', ibanCountry: '', freeMail: ['yandex.ru', 'mail.ru', 'rambler.ru'],
    csv: ['ФИО', 'Эл. почта', 'Телефон', 'Номер счётчика', 'Адрес', 'Лицевой счёт'],
    templates: [
      '{date} наш NOC обнаружил, что устройство {product} (клиент — {cust}, адрес: {addr}) устанавливало исходящие TLS-сессии с C2-доменом {c2dom}, который резолвился в {c2ip}.',
      'Дроппер скачал {c2url} и сохранил {file} (SHA-256 {hash}) в /tmp.',
      'Данные устройства: IMEI {imei}, номер счётчика {serial}, последние GPS-координаты {gps}.',
      'Выездной инженер {staff} ({email}, моб. {phone}) заменил модем на месте; для проверки обратного звонка использовалась дата рождения абонента ({dob}).',
      'С захваченной SIM-карты шли звонки на платный номер {prn}; записка вымогателей требует оплату на кошелёк {wallet}.',
      'Первичный доступ, вероятно, через {cve}; атакующий также использовал резервный C2 {c2alt} и {domalt}.',
      'Затронуты только внутренний хост {host} ({vip}) и WAN-адрес клиента {vpub}. Договор {contract}, заявка {ticket}.',
    ],
    chat: ['клиент: {cust}, тел. {phone}', 'блокирую {c2ip} на периметре', 'WAN клиента {vpub}'],
  },
  {
    code: 'tr', country: 'TR', culture: 'tr', latin: 'tr', legal: 'A.Ş.', honorific: (n) => `${n} ${pick2(n, ['Bey', 'Hanım'])}`, greeting: 'Saygılarımla,', title: 'Saha teknisyeni',
    dateOf: (y, m, dd) => `${p2(dd)}.${p2(m)}.${y}`,
    phone: (r) => {
      const nsn = `5${pick(r, ['32', '42', '05', '55'])}${d(r, 7)}`;
      return { nsn, national: `0${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6, 8)} ${nsn.slice(8)}`, intl: `+90 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6, 8)} ${nsn.slice(8)}` };
    },
    address: (r) => {
      const street = `${pick(r, ['Atatürk Cad.', 'Bağdat Cad.', 'Gül Sok.', 'İnönü Bulvarı'])} No:${r.int(1, 250)} D:${r.int(1, 30)}`;
      return { text: `${street}, ${pick(r, ['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}`, leak: street };
    },
    plate: (r) => ({ text: `${pick(r, ['34', '06', '35', '16'])} ${r.chars(pick(r, [2, 3]), 'ABCDEFGHJKLMNPRSTUVYZ')} ${r.digits(3)}`, alnum: true }),
    mcc: '28601', cc: '90', ibanCountry: 'TR', freeMail: ['hotmail.com', 'yandex.com.tr', 'gmail.com'],
    csv: ['Ad Soyad', 'E-posta', 'Telefon', 'Sayaç No', 'Adres', 'Müşteri No'],
    templates: [
      '{date} tarihinde NOC ekibimiz, müşteri {cust} ({addr}) adresindeki {product} cihazının {c2dom} C2 alan adına ({c2ip}) giden TLS oturumları açtığını fark etti.',
      'Dropper {c2url} adresinden indirme yaptı ve {file} (SHA-256 {hash}) dosyasını /tmp altına yazdı.',
      'Cihaz bilgileri: IMEI {imei}, sayaç numarası {serial}, son GPS konumu {gps}.',
      'Saha teknisyeni {staff} ({email}, cep {phone}) modemi yerinde değiştirdi; geri aramayı doğrulamak için abonenin doğum tarihi ({dob}) kullanıldı.',
      'Ele geçirilen SIM karttan {prn} numaralı özel ücretli hatta aramalar yapıldı; fidye notu {wallet} cüzdanına ödeme istiyor.',
      'İlk erişim büyük olasılıkla {cve} üzerinden; saldırgan ayrıca yedek C2 {c2alt} ve {domalt} kullandı.',
      'Yalnızca dahili sunucu {host} ({vip}) ve müşterinin WAN adresi {vpub} etkilendi. Sözleşme {contract}, kayıt {ticket}.',
    ],
    chat: ['müşteri {cust}, telefonu {phone}', '{c2ip} adresini engelliyorum', 'müşteri WAN {vpub}'],
  },
  {
    code: 'hi', country: 'IN', culture: 'hi', latin: 'hilat', legal: 'Pvt. Ltd.', honorific: (n) => `श्री ${n}`, greeting: 'सधन्यवाद,', title: 'फील्ड तकनीशियन',
    dateOf: (y, m, dd) => `${dd}-${p2(m)}-${y}`,
    phone: (r) => {
      const nsn = `${pick(r, ['98', '97', '88', '70', '63'])}${d(r, 8)}`;
      return { nsn, national: `0${nsn.slice(0, 5)} ${nsn.slice(5)}`, intl: pick(r, [`+91 ${nsn.slice(0, 5)} ${nsn.slice(5)}`, `+91-${nsn}`]) };
    },
    address: (r) => {
      const street = `फ्लैट ${r.int(101, 1204)}, ${pick(r, ['शांति अपार्टमेंट', 'गुलमोहर सोसाइटी', 'साकेत नगर'])}`;
      return { text: `${street}, ${pick(r, ['सेक्टर 15, नोएडा', 'कोथरूड, पुणे', 'जयनगर, बेंगलुरु'])} ${r.digits(6)}`, leak: street };
    },
    plate: (r) => ({ text: `${pick(r, ['MH', 'DL', 'KA', 'UP'])} ${r.digits(2)} ${r.chars(2, LETTERS)} ${r.digits(4)}`, alnum: true }),
    mcc: '40445', cc: '91', ibanCountry: '', freeMail: ['rediffmail.com', 'gmail.com', 'yahoo.co.in'],
    csv: ['नाम', 'ईमेल', 'फ़ोन', 'मीटर संख्या', 'पता', 'ग्राहक संख्या'],
    templates: [
      '{date} को हमारे NOC ने देखा कि ग्राहक {cust} ({addr}) का {product} उपकरण C2 डोमेन {c2dom} ({c2ip}) से बाहर की ओर TLS सत्र खोल रहा था।',
      'ड्रॉपर ने {c2url} डाउनलोड किया और {file} (SHA-256 {hash}) को /tmp में लिखा।',
      'उपकरण विवरण: IMEI {imei}, मीटर संख्या {serial}, अंतिम GPS स्थिति {gps}।',
      'फील्ड तकनीशियन {staff} ({email}, मोबाइल {phone}) ने मौके पर मॉडेम बदला; कॉलबैक सत्यापन के लिए ग्राहक की जन्मतिथि ({dob}) का उपयोग किया गया।',
      'हैक की गई SIM से प्रीमियम दर वाले नंबर {prn} पर कॉल की गईं; फिरौती संदेश में वॉलेट {wallet} पर भुगतान माँगा गया है।',
      'प्रारंभिक पहुँच संभवतः {cve} के ज़रिए हुई; हमलावर ने बैकअप C2 {c2alt} और {domalt} का भी उपयोग किया।',
      'केवल आंतरिक होस्ट {host} ({vip}) और ग्राहक का WAN पता {vpub} प्रभावित हुए। अनुबंध {contract}, टिकट {ticket}।',
    ],
    chat: ['ग्राहक {cust} हैं, नंबर {phone}', '{c2ip} को ब्लॉक कर रहा हूँ', 'ग्राहक WAN {vpub}'],
  },
];

function fw(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) + 0xfee0);
}

/** Deterministic choice keyed on the text itself (honorifics do not consume generator state). */
function pick2(key: string, xs: string[]): string {
  let h = 0;
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return xs[h % xs.length];
}

export const BRAND_HEADS = ['Norv', 'Kalir', 'Vexo', 'Tamar', 'Quell', 'Brisk', 'Orni', 'Zeph', 'Halc', 'Ventu', 'Lumo', 'Strat'];
export const BRAND_TAILS = ['exa', 'ion', 'ara', 'ik', 'ode', 'uma', 'enta', 'aris', 'ovo', 'ynth'];

export interface Device {
  kind: string;
  sector: string;
  noun: string;
  models: string[];
  blocks: string[];
}

export const DEVICES: Device[] = [
  { kind: 'smart-meter', sector: 'utilities', noun: 'Metering', models: ['SM-420', 'EMX 3', 'GridEye 7'], blocks: ['mqtt', 'csv', 'yaml', 'syslog', 'mail'] },
  { kind: 'cellular-modem', sector: 'telecommunications', noun: 'Telecom', models: ['LTE-M 200', 'CX-5G', 'RouteOne 9'], blocks: ['sip', 'diameter', 'syslog', 'json', 'chat'] },
  { kind: 'plc', sector: 'manufacturing', noun: 'Automation', models: ['PX-1500', 'CtrlLogic 8', 'S-Line 300'], blocks: ['modbus', 'edr', 'chat', 'mail', 'hl7'] },
  { kind: 'set-top-box', sector: 'telecommunications', noun: 'Media', models: ['STB-4K', 'ViewBox 2', 'HX-Cast'], blocks: ['syslog', 'json', 'encoded', 'payment', 'chat'] },
  { kind: 'connected-car', sector: 'transportation', noun: 'Mobility', models: ['TCU-9', 'DriveLink', 'Telematix 4'], blocks: ['car', 'json', 'mail', 'chat', 'secrets'] },
  { kind: 'ev-charger', sector: 'energy', noun: 'Charge', models: ['WallBox AC22', 'DC-Rapid 150', 'ChargePost 11'], blocks: ['ocpp', 'ini', 'payment', 'csv', 'encoded'] },
];

/** Hosting ranges that real C2 infrastructure has lived in; the last octet is drawn. */
export const C2_NETS = ['45.9.148', '185.220.101', '194.26.192', '91.92.248', '5.188.86', '147.45.47', '89.248.165', '176.111.174', '193.233.20', '103.146.202', '45.142.214', '141.98.10', '62.204.41', '77.91.124'];
/** Access-network ranges of the victims' carriers. */
export const VICTIM_NETS = ['84.150', '90.12', '79.116', '151.38', '62.45', '83.24', '177.34', '81.230', '126.233', '116.228', '211.36', '188.48', '95.28', '78.180', '49.36', '73.162'];

export const C2_WORDS = ['meter', 'grid', 'fw', 'ota', 'update', 'sync', 'telemetry', 'cdn', 'api', 'cloud', 'secure', 'login', 'billing', 'status', 'relay'];
export const TLDS = ['com', 'net', 'top', 'xyz', 'info', 'online', 'site', 'ru', 'cc', 'pw', 'su', 'shop'];
export const FOREIGN_BRAND_LURES = ['dhl-paket-zustellung', 'vodafone-rechnung', 'orange-facture-impayee', 'poste-italiane-verifica', 'correos-envio-pendiente', 'postnl-pakket-status', 'inpost-doplata', 'sagawa-delivery', 'ups-customs-fee'];

export const FAMILIES = ['Akira', 'Lorenz', 'Ragnar Locker', 'Rhysida', 'Karakurt', 'Medusa', 'HinataBot', 'Mozi', 'Gafgyt', 'Kaiji', 'Hajime', 'Satori', 'Muhstik', 'Tsunami'];
export const ACTORS = ['Sandworm', 'Volt Typhoon', 'Charming Kitten', 'Luna Moth', 'Kimsuky', 'Andariel', 'Mustang Panda', 'Scattered Spider', 'Xenotime', 'Chernovite'];
export const CVES = ['CVE-2023-1389', 'CVE-2021-35394', 'CVE-2017-17215', 'CVE-2018-10561', 'CVE-2024-3400', 'CVE-2022-30525', 'CVE-2023-28771', 'CVE-2021-44228', 'CVE-2024-21762', 'CVE-2020-8515', 'CVE-2022-1388', 'CVE-2023-20198'];
export const MAL_FILES = ['mipsel', 'arm7', 'x86_64', 'sora.mips', 'kdevtmpfsi', 'upd4te.sh', 'dbus-daemon-helper', 'Rechnung_06_2024.pdf.exe', 'fw_patch_v3.1.bin', 'libcurl.so.5', 'bot.arm5', '.kworker'];
export const USER_AGENTS = ['Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0) HnB', 'Hello, World', 'python-requests/2.31.0', 'Go-http-client/1.1', 'Mozila/4.0 (X11; Linux mips)', 'curl/7.88.1 (meterbot)'];
export const PREMIUM = [
  (r: Rng) => `+882 16 ${r.digits(4)} ${r.digits(4)}`,
  (r: Rng) => `+53 5 ${r.digits(3)} ${r.digits(4)}`,
  (r: Rng) => `+252 61 ${r.digits(3)} ${r.digits(4)}`,
  (r: Rng) => `+224 66 ${r.digits(3)} ${r.digits(3)}`,
  (r: Rng) => `+688 90 ${r.digits(4)}`,
  (r: Rng) => `+675 7${r.digits(3)} ${r.digits(4)}`,
  (r: Rng) => `+881 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  (r: Rng) => `00 232 76 ${r.digits(3)} ${r.digits(3)}`,
];

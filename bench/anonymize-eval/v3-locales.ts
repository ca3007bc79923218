// Locale material of the third, blind suite (`--suite v3`): names, streets, cities, phone and
// plate formats and the sentences an incident handler writes, in fourteen languages. Chosen for
// this suite alone; nothing here is taken from the v1/v2 material or from the anonymizer's lists.
import type { Rng } from './rng';

export interface NamePair {
  /** How the name is written in the report (native script where the language has one). */
  native: string;
  /** Latin transcription, used in emails and logins. */
  latin: string;
  given: string;
  surname: string;
}

export interface LocaleV3 {
  lang: string;
  country: string;
  cc: string; // phone country code without +
  mcc: string;
  tld: string;
  legal: string; // legal-form suffix of a company
  given: string[];
  surnames: string[];
  /** Native-script names (given, surname), index-aligned with the latin lists when present. */
  nativeGiven?: string[];
  nativeSurnames?: string[];
  fullName(given: string, surname: string): string;
  /** National significant number of a mobile line. */
  mobile(rng: Rng): string;
  /** The national way of writing it. */
  mobileNational(nsn: string): string;
  street(rng: Rng): { text: string; key: string };
  plate(rng: Rng): string;
  freemail: string[];
  customerOrg(rng: Rng): string;
  /** Sentences: customer complaint, technician visit, attacker activity, closing remark. */
  customer(name: string, address: string, account: string, phone: string): string;
  technician(name: string, email: string, phone: string, serial: string): string;
  attacker(ip: string, domain: string, malware: string): string;
  closing(ticket: string, host: string): string;
  titleWords: string[];
}

const U = (s: string) => s.toUpperCase();
const p2 = (n: number) => String(n).padStart(2, '0');

function group(s: string, sizes: number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.filter(Boolean).join(sep);
}

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export const LOCALES_V3: LocaleV3[] = [
  {
    lang: 'en', country: 'GB', cc: '44', mcc: '234', tld: 'co.uk', legal: 'Ltd',
    given: ['Oliver', 'Harriet', 'Callum', 'Imogen', 'Rhys', 'Bethany', 'Declan', 'Philippa'],
    surnames: ['Ashworth', 'Pemberton', 'Thornbury', 'Whitlock', 'Kettering', 'Blackmore', 'Radcliffe', 'Fairbairn'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `7${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}`,
    mobileNational: (n) => `0${n.slice(0, 4)} ${n.slice(4)}`,
    street: (r) => {
      const n = r.int(2, 240);
      const s = r.pick(['Tanners Lane', 'Cobden Road', 'Marlowe Crescent', 'Queensway Gardens', 'Prior Street']);
      return { text: `${n} ${s}, ${r.pick(['Leeds LS6 2QT', 'Bristol BS3 4NJ', 'Derby DE22 1HB', 'Norwich NR2 3LP'])}`, key: `${n} ${s}` };
    },
    plate: (r) => `${r.chars(2, LETTERS)}${r.int(51, 73)} ${r.chars(3, LETTERS)}`,
    freemail: ['btinternet.com', 'outlook.com', 'sky.com'],
    customerOrg: (r) => `${r.pick(['Harwick', 'Stourbridge', 'Kenmore', 'Ellesby'])} ${r.pick(['Housing Association', 'Water Services', 'Dairy Co-operative', 'Leisure Trust'])}`,
    customer: (n, a, acc, ph) => `Customer ${n} (${a}, account ${acc}) phoned in on ${ph} reporting the display showing a firmware banner she did not recognise.`,
    technician: (n, e, ph, sn) => `Field engineer ${n} <${e}>, mob. ${ph}, attended site and swapped unit ${sn}.`,
    attacker: (ip, d, m) => `Attacker traffic from ${ip} pulled a ${m} payload from ${d} within two minutes.`,
    closing: (t, h) => `Closed under ${t}; evidence archived on ${h}.`,
    titleWords: ['Incident', 'compromise', 'fleet'],
  },
  {
    lang: 'de', country: 'DE', cc: '49', mcc: '262', tld: 'de', legal: 'GmbH',
    given: ['Henrike', 'Joscha', 'Wiebke', 'Malte', 'Gesa', 'Torben', 'Friederike', 'Lennart'],
    surnames: ['Brockhagen', 'Wiesenthal', 'Oberkamp', 'Rautenberg', 'Pfisterer', 'Kallweit', 'Hollmann', 'Duvenbeck'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `15${r.pick(['1', '2', '9'])}${r.digits(8)}`,
    mobileNational: (n) => `0${n.slice(0, 3)} ${n.slice(3)}`,
    street: (r) => {
      const n = r.int(1, 140);
      const s = r.pick(['Kastanienallee', 'Am Mühlenteich', 'Hohenzollernring', 'Gerberstraße', 'Lindenweg']);
      return { text: `${s} ${n}, ${r.pick(['33602 Bielefeld', '67059 Ludwigshafen', '24103 Kiel', '93047 Regensburg'])}`, key: `${s} ${n}` };
    },
    plate: (r) => `${r.pick(['BI', 'LU', 'KI', 'R'])}-${r.chars(2, LETTERS)} ${r.int(10, 9999)}`,
    freemail: ['web.de', 'gmx.net', 't-online.de', 'posteo.de'],
    customerOrg: (r) => `${r.pick(['Stadtwerke', 'Wohnungsbau', 'Molkerei', 'Klinikum'])} ${r.pick(['Ahrenshoop', 'Wetterau', 'Bad Sülzen', 'Ostbevern'])}`,
    customer: (n, a, acc, ph) => `Kundin ${n}, ${a}, Kundennummer ${acc}, meldete telefonisch (${ph}) eine unbekannte Firmware-Meldung im Display.`,
    technician: (n, e, ph, sn) => `Servicetechniker ${n} (${e}, Tel. ${ph}) hat das Gerät ${sn} vor Ort getauscht.`,
    attacker: (ip, d, m) => `Der Angreifer lud von ${ip} aus die ${m}-Nutzlast über ${d} nach.`,
    closing: (t, h) => `Ticket ${t} geschlossen, Beweise liegen auf ${h}.`,
    titleWords: ['Sicherheitsvorfall', 'Kompromittierung', 'Flotte'],
  },
  {
    lang: 'fr', country: 'FR', cc: '33', mcc: '208', tld: 'fr', legal: 'SAS',
    given: ['Maëlle', 'Gaspard', 'Solène', 'Anatole', 'Clémence', 'Baptiste', 'Ombeline', 'Timothée'],
    surnames: ['Lefranc', 'Dussaillant', 'Vauquelin', 'Berthelot', 'Chaumette', 'Rouxel', 'Lacombe', 'Puyravaud'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `${r.pick(['6', '7'])}${r.digits(8)}`,
    mobileNational: (n) => `0${group(n, [1, 2, 2, 2, 2])}`,
    street: (r) => {
      const n = r.int(1, 180);
      const s = r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'chemin de la Bergerie', 'boulevard Carnot', 'impasse des Lilas']);
      return { text: `${n} ${s}, ${r.pick(['69007 Lyon', '35000 Rennes', '13006 Marseille', '59800 Lille'])}`, key: `${n} ${s}` };
    },
    plate: (r) => `${r.chars(2, LETTERS)}-${r.digits(3)}-${r.chars(2, LETTERS)}`,
    freemail: ['orange.fr', 'free.fr', 'laposte.net'],
    customerOrg: (r) => `${r.pick(['Régie des Eaux', 'Syndicat d’Énergie', 'Clinique', 'Coopérative laitière'])} de ${r.pick(['Vernouillet', 'Saint-Aubrac', 'Plouguerneau', 'Montbazin'])}`,
    customer: (n, a, acc, ph) => `Le client ${n}, ${a}, n° de contrat ${acc}, a signalé par téléphone (${ph}) un message de mise à jour inconnu.`,
    technician: (n, e, ph, sn) => `Le technicien ${n} (${e}, tél. ${ph}) a remplacé l’équipement ${sn} sur site.`,
    attacker: (ip, d, m) => `L’attaquant a téléchargé depuis ${ip} la charge utile ${m} via ${d}.`,
    closing: (t, h) => `Ticket ${t} clôturé, preuves conservées sur ${h}.`,
    titleWords: ['Incident', 'compromission', 'parc'],
  },
  {
    lang: 'es', country: 'ES', cc: '34', mcc: '214', tld: 'es', legal: 'S.L.',
    given: ['Itziar', 'Gonzalo', 'Nerea', 'Ignacio', 'Ainhoa', 'Rodrigo', 'Montserrat', 'Íñigo'],
    surnames: ['Echeverría', 'Villalobos', 'Arrieta', 'Quintanilla', 'Sepúlveda', 'Barrenechea', 'Olmedo', 'Carvajal'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `6${r.digits(8)}`,
    mobileNational: (n) => group(n, [3, 3, 3]),
    street: (r) => {
      const n = r.int(1, 120);
      const s = r.pick(['Calle de Alcalá', 'Avenida de Andalucía', 'Calle Mayor', 'Paseo de la Castellana', 'Calle del Carmen']);
      return { text: `${s}, ${n}, ${r.pick(['28014 Madrid', '41010 Sevilla', '50001 Zaragoza', '46002 Valencia'])}`, key: `${s}, ${n}` };
    },
    plate: (r) => `${r.digits(4)} ${r.chars(3, 'BCDFGHJKLMNPRSTVWXYZ')}`,
    freemail: ['telefonica.net', 'hotmail.es', 'yahoo.es'],
    customerOrg: (r) => `${r.pick(['Aguas de', 'Cooperativa Agrícola de', 'Hospital Comarcal de', 'Ayuntamiento de'])} ${r.pick(['Tordesillas', 'Almendralejo', 'Villarcayo', 'Benicarló'])}`,
    customer: (n, a, acc, ph) => `La clienta ${n}, ${a}, n.º de cliente ${acc}, llamó al ${ph} por un mensaje de actualización desconocido.`,
    technician: (n, e, ph, sn) => `El técnico ${n} (${e}, tel. ${ph}) sustituyó el equipo ${sn} en campo.`,
    attacker: (ip, d, m) => `El atacante descargó desde ${ip} la carga ${m} a través de ${d}.`,
    closing: (t, h) => `Incidencia ${t} cerrada; evidencias en ${h}.`,
    titleWords: ['Incidente', 'compromiso', 'flota'],
  },
  {
    lang: 'it', country: 'IT', cc: '39', mcc: '222', tld: 'it', legal: 'S.p.A.',
    given: ['Ludovica', 'Tommaso', 'Benedetta', 'Ettore', 'Ginevra', 'Leonardo', 'Ottavia', 'Jacopo'],
    surnames: ['Brambilla', 'Santangelo', 'Pellegrini', 'Zanardi', 'Loverde', 'Castellucci', 'Bonfiglio', 'Marchetti'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `3${r.pick(['20', '28', '33', '35', '38', '40', '47'])}${r.digits(7)}`,
    mobileNational: (n) => group(n, [3, 3, 4]),
    street: (r) => {
      const n = r.int(1, 90);
      const s = r.pick(['Via dei Mille', 'Corso Vittorio Emanuele II', 'Viale Monza', 'Via Garibaldi', 'Piazza della Loggia']);
      return { text: `${s} ${n}, ${r.pick(['20127 Milano', '10121 Torino', '40126 Bologna', '25121 Brescia'])}`, key: `${s} ${n}` };
    },
    plate: (r) => `${r.chars(2, LETTERS)} ${r.digits(3)} ${r.chars(2, LETTERS)}`,
    freemail: ['libero.it', 'tiscali.it', 'alice.it'],
    customerOrg: (r) => `${r.pick(['Consorzio Acque', 'Azienda Ospedaliera', 'Caseificio', 'Comune di'])} ${r.pick(['Valtrompia', 'San Vitale', 'Castelnuovo', 'Pieve Ligure'])}`,
    customer: (n, a, acc, ph) => `Il cliente ${n}, ${a}, codice cliente ${acc}, ha segnalato al ${ph} un messaggio di aggiornamento sconosciuto.`,
    technician: (n, e, ph, sn) => `Il tecnico ${n} (${e}, cell. ${ph}) ha sostituito l'apparato ${sn} in campo.`,
    attacker: (ip, d, m) => `L'attaccante ha scaricato da ${ip} il payload ${m} tramite ${d}.`,
    closing: (t, h) => `Ticket ${t} chiuso, evidenze su ${h}.`,
    titleWords: ['Incidente', 'compromissione', 'parco'],
  },
  {
    lang: 'ja', country: 'JP', cc: '81', mcc: '440', tld: 'co.jp', legal: '株式会社',
    given: ['Haruto', 'Misaki', 'Kaito', 'Sayaka', 'Ren', 'Chihiro', 'Souta', 'Ayane'],
    surnames: ['Takahashi', 'Morikawa', 'Kuroda', 'Hasegawa', 'Nishimura', 'Fujiwara', 'Okabe', 'Yamaguchi'],
    nativeGiven: ['陽翔', '美咲', '海斗', 'さやか', '蓮', '千尋', '颯太', '彩音'],
    nativeSurnames: ['高橋', '森川', '黒田', '長谷川', '西村', '藤原', '岡部', '山口'],
    fullName: (g, s) => `${s}${g}`,
    mobile: (r) => `${r.pick(['90', '80', '70'])}${r.digits(8)}`,
    mobileNational: (n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`,
    street: (r) => {
      const a = r.int(1, 5), b = r.int(1, 30), c = r.int(1, 20);
      const s = r.pick(['東京都品川区大崎', '大阪府吹田市江坂町', '愛知県名古屋市中村区名駅', '福岡県福岡市博多区博多駅前']);
      return { text: `〒${r.digits(3)}-${r.digits(4)} ${s}${a}丁目${b}番${c}号`, key: `${s}${a}丁目${b}番${c}号` };
    },
    plate: (r) => `${r.pick(['品川', '名古屋', '福岡'])} ${r.int(300, 599)} ${r.pick(['さ', 'た', 'ね'])} ${r.int(10, 99)}-${r.int(10, 99)}`,
    freemail: ['docomo.ne.jp', 'ezweb.ne.jp', 'yahoo.co.jp'],
    customerOrg: (r) => `${r.pick(['北陸', '湘南', '阿蘇', '瀬戸内'])}${r.pick(['ガス株式会社', '総合病院', '水道企業団', '物流センター'])}`,
    customer: (n, a, acc, ph) => `お客様 ${n}様（${a}、お客様番号 ${acc}、電話 ${ph}）から、画面に見慣れない更新メッセージが出るとの連絡あり。`,
    technician: (n, e, ph, sn) => `保守担当 ${n}（${e}、携帯 ${ph}）が現地で機器 ${sn} を交換。`,
    attacker: (ip, d, m) => `攻撃者は ${ip} から ${d} 経由で ${m} のペイロードを取得した。`,
    closing: (t, h) => `チケット ${t} をクローズ、証跡は ${h} に保管。`,
    titleWords: ['インシデント', '侵害', '端末群'],
  },
  {
    lang: 'zh', country: 'CN', cc: '86', mcc: '460', tld: 'com.cn', legal: '有限公司',
    given: ['Zihan', 'Yutong', 'Haoran', 'Xinyi', 'Junjie', 'Shuyao', 'Mingxuan', 'Ruoxi'],
    surnames: ['Qian', 'Gu', 'Xue', 'Cao', 'Pan', 'Dong', 'Fang', 'Tang'],
    nativeGiven: ['子涵', '雨桐', '浩然', '欣怡', '俊杰', '书瑶', '铭轩', '若汐'],
    nativeSurnames: ['钱', '顾', '薛', '曹', '潘', '董', '方', '唐'],
    fullName: (g, s) => `${s}${g}`,
    mobile: (r) => `1${r.pick(['38', '39', '58', '86', '77'])}${r.digits(8)}`,
    mobileNational: (n) => group(n, [3, 4, 4]),
    street: (r) => {
      const n = r.int(1, 400);
      const s = r.pick(['浙江省杭州市西湖区文三路', '广东省深圳市南山区科技园南路', '江苏省苏州市工业园区星湖街', '四川省成都市高新区天府大道']);
      return { text: `${s}${n}号`, key: `${s}${n}号` };
    },
    plate: (r) => `${r.pick(['浙A', '粤B', '苏E', '川A'])}${r.chars(5, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}`,
    freemail: ['qq.com', '163.com', 'sina.com'],
    customerOrg: (r) => `${r.pick(['嘉兴', '绵阳', '江门', '临沂'])}${r.pick(['市自来水公司', '人民医院', '燃气集团', '物流园'])}`,
    customer: (n, a, acc, ph) => `用户${n}（地址：${a}，户号 ${acc}，电话 ${ph}）反映设备屏幕出现陌生的升级提示。`,
    technician: (n, e, ph, sn) => `运维工程师${n}（${e}，手机 ${ph}）到现场更换了设备 ${sn}。`,
    attacker: (ip, d, m) => `攻击者从 ${ip} 通过 ${d} 下载了 ${m} 载荷。`,
    closing: (t, h) => `工单 ${t} 已关闭，证据保存在 ${h}。`,
    titleWords: ['安全事件', '入侵', '设备群'],
  },
  {
    lang: 'ko', country: 'KR', cc: '82', mcc: '450', tld: 'co.kr', legal: '주식회사',
    given: ['Seoyeon', 'Dohyun', 'Jiwoo', 'Minjun', 'Haeun', 'Siwoo', 'Yerin', 'Jihoon'],
    surnames: ['Kang', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Seo', 'Kwon'],
    nativeGiven: ['서연', '도현', '지우', '민준', '하은', '시우', '예린', '지훈'],
    nativeSurnames: ['강', '윤', '장', '임', '한', '신', '서', '권'],
    fullName: (g, s) => `${s}${g}`,
    mobile: (r) => `10${r.digits(8)}`,
    mobileNational: (n) => `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`,
    street: (r) => {
      const n = r.int(1, 300);
      const s = r.pick(['서울특별시 강남구 테헤란로', '경기도 성남시 분당구 판교역로', '부산광역시 해운대구 센텀중앙로', '대전광역시 유성구 대학로']);
      return { text: `${s} ${n}`, key: `${s} ${n}` };
    },
    plate: (r) => `${r.int(10, 399)}${r.pick(['가', '나', '다', '허'])} ${r.digits(4)}`,
    freemail: ['naver.com', 'daum.net', 'kakao.com'],
    customerOrg: (r) => `${r.pick(['청주', '원주', '여수', '김해'])}${r.pick(['시설관리공단', '의료원', '도시가스', '물류센터'])}`,
    customer: (n, a, acc, ph) => `고객 ${n} 님(${a}, 고객번호 ${acc}, 연락처 ${ph})이 화면에 모르는 업데이트 메시지가 뜬다고 신고함.`,
    technician: (n, e, ph, sn) => `현장 엔지니어 ${n}(${e}, 휴대폰 ${ph})이 장비 ${sn}를 교체함.`,
    attacker: (ip, d, m) => `공격자는 ${ip}에서 ${d}를 통해 ${m} 페이로드를 내려받았다.`,
    closing: (t, h) => `티켓 ${t} 종료, 증거는 ${h}에 보관.`,
    titleWords: ['침해사고', '감염', '단말'],
  },
  {
    lang: 'pt', country: 'PT', cc: '351', mcc: '268', tld: 'pt', legal: 'Lda.',
    given: ['Leonor', 'Tiago', 'Beatriz', 'Duarte', 'Inês', 'Gonçalo', 'Matilde', 'Rodrigo'],
    surnames: ['Magalhães', 'Figueiredo', 'Cardoso', 'Antunes', 'Sequeira', 'Valente', 'Pimentel', 'Quaresma'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `9${r.pick(['1', '2', '3', '6'])}${r.digits(7)}`,
    mobileNational: (n) => group(n, [3, 3, 3]),
    street: (r) => {
      const n = r.int(1, 250);
      const s = r.pick(['Rua de Santa Catarina', 'Avenida da Liberdade', 'Rua do Almada', 'Travessa do Carmo', 'Rua Direita']);
      return { text: `${s}, ${n}, ${r.pick(['4000-447 Porto', '1250-096 Lisboa', '3000-150 Coimbra', '4700-320 Braga'])}`, key: `${s}, ${n}` };
    },
    plate: (r) => `${r.chars(2, LETTERS)}-${r.digits(2)}-${r.chars(2, LETTERS)}`,
    freemail: ['sapo.pt', 'netcabo.pt', 'clix.pt'],
    customerOrg: (r) => `${r.pick(['Águas de', 'Hospital de', 'Cooperativa Agrícola de', 'Câmara Municipal de'])} ${r.pick(['Penafiel', 'Tondela', 'Mirandela', 'Alcobaça'])}`,
    customer: (n, a, acc, ph) => `A cliente ${n}, ${a}, n.º de cliente ${acc}, ligou do ${ph} a reportar uma mensagem de atualização desconhecida.`,
    technician: (n, e, ph, sn) => `O técnico ${n} (${e}, telem. ${ph}) substituiu o equipamento ${sn} no local.`,
    attacker: (ip, d, m) => `O atacante descarregou a partir de ${ip} o payload ${m} através de ${d}.`,
    closing: (t, h) => `Ticket ${t} fechado; evidências em ${h}.`,
    titleWords: ['Incidente', 'comprometimento', 'frota'],
  },
  {
    lang: 'nl', country: 'NL', cc: '31', mcc: '204', tld: 'nl', legal: 'B.V.',
    given: ['Femke', 'Joost', 'Lieke', 'Maarten', 'Sanne', 'Thijs', 'Marloes', 'Ruben'],
    surnames: ['van der Linden', 'Hoekstra', 'Brouwer', 'de Graaf', 'Verbeek', 'Kuipers', 'Wijnands', 'Postma'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `6${r.digits(8)}`,
    mobileNational: (n) => `06-${n.slice(1)}`,
    street: (r) => {
      const n = r.int(1, 200);
      const s = r.pick(['Prinsengracht', 'Oudegracht', 'Stationsweg', 'Molenstraat', 'Kerkstraat']);
      return { text: `${s} ${n}, ${r.pick(['3511 AB Utrecht', '9711 LM Groningen', '5611 EM Eindhoven', '2311 VJ Leiden'])}`, key: `${s} ${n}` };
    },
    plate: (r) => `${r.digits(2)}-${r.chars(3, 'BDFGHJKLNPRSTXZ')}-${r.digits(1)}`,
    freemail: ['ziggo.nl', 'kpnmail.nl', 'hetnet.nl'],
    customerOrg: (r) => `${r.pick(['Waterschap', 'Woonstichting', 'Zorggroep', 'Gemeente'])} ${r.pick(['Drechtsteden', 'Noorderkwartier', 'Twentse Poort', 'Zeeuwse Delta'])}`,
    customer: (n, a, acc, ph) => `Klant ${n}, ${a}, klantnummer ${acc}, belde vanaf ${ph} over een onbekende updatemelding.`,
    technician: (n, e, ph, sn) => `Monteur ${n} (${e}, tel. ${ph}) heeft apparaat ${sn} ter plaatse vervangen.`,
    attacker: (ip, d, m) => `De aanvaller haalde vanaf ${ip} de ${m}-payload op via ${d}.`,
    closing: (t, h) => `Ticket ${t} gesloten, bewijs staat op ${h}.`,
    titleWords: ['Incident', 'compromittering', 'vloot'],
  },
  {
    lang: 'pl', country: 'PL', cc: '48', mcc: '260', tld: 'pl', legal: 'Sp. z o.o.',
    given: ['Zofia', 'Bartłomiej', 'Agnieszka', 'Przemysław', 'Małgorzata', 'Grzegorz', 'Katarzyna', 'Wojciech'],
    surnames: ['Wiśniewska', 'Zieliński', 'Grabowska', 'Kowalczyk', 'Szczepański', 'Wróblewska', 'Jankowski', 'Lewandowska'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `${r.pick(['50', '51', '53', '60', '66', '69', '72', '79', '88'])}${r.digits(7)}`,
    mobileNational: (n) => group(n, [3, 3, 3]),
    street: (r) => {
      const n = r.int(1, 150);
      const s = r.pick(['ul. Marszałkowska', 'ul. Piotrkowska', 'al. Grunwaldzka', 'ul. Długa', 'ul. Świętokrzyska']);
      return { text: `${s} ${n}, ${r.pick(['00-624 Warszawa', '90-102 Łódź', '80-244 Gdańsk', '31-011 Kraków'])}`, key: `${s} ${n}` };
    },
    plate: (r) => `${r.pick(['WA', 'EL', 'GD', 'KR'])} ${r.digits(4)}${r.chars(1, LETTERS)}`,
    freemail: ['wp.pl', 'onet.pl', 'interia.pl'],
    customerOrg: (r) => `${r.pick(['Miejskie Wodociągi', 'Szpital Powiatowy', 'Spółdzielnia Mleczarska', 'Ciepłownia'])} ${r.pick(['Kutno', 'Sieradz', 'Łomża', 'Głogów'])}`,
    customer: (n, a, acc, ph) => `Klientka ${n}, ${a}, nr klienta ${acc}, zgłosiła telefonicznie (${ph}) nieznany komunikat aktualizacji.`,
    technician: (n, e, ph, sn) => `Serwisant ${n} (${e}, tel. ${ph}) wymienił urządzenie ${sn} na miejscu.`,
    attacker: (ip, d, m) => `Atakujący pobrał z ${ip} ładunek ${m} przez ${d}.`,
    closing: (t, h) => `Zgłoszenie ${t} zamknięte, dowody na ${h}.`,
    titleWords: ['Incydent', 'kompromitacja', 'flota'],
  },
  {
    lang: 'sv', country: 'SE', cc: '46', mcc: '240', tld: 'se', legal: 'AB',
    given: ['Ebba', 'Hampus', 'Linnea', 'Viggo', 'Tindra', 'Albin', 'Signe', 'Melker'],
    surnames: ['Lindqvist', 'Bergström', 'Sjöberg', 'Håkansson', 'Engström', 'Ekdahl', 'Nyström', 'Wallin'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `7${r.pick(['0', '2', '3', '6'])}${r.digits(7)}`,
    mobileNational: (n) => `0${n.slice(0, 2)}-${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    street: (r) => {
      const n = r.int(1, 90);
      const s = r.pick(['Drottninggatan', 'Storgatan', 'Vasagatan', 'Kungsportsavenyen', 'Södra Förstadsgatan']);
      return { text: `${s} ${n}, ${r.pick(['411 14 Göteborg', '211 34 Malmö', '753 20 Uppsala', '903 26 Umeå'])}`, key: `${s} ${n}` };
    },
    plate: (r) => `${r.chars(3, 'ABCDEFGHJKLMNOPRSTUWXYZ')} ${r.digits(2)}${r.chars(1, 'ABCDEFGHJKLMNPRSTUWXYZ')}`,
    freemail: ['telia.com', 'bredband.net', 'spray.se'],
    customerOrg: (r) => `${r.pick(['Kommunala Vatten', 'Vårdcentralen', 'Bostadsbolaget', 'Fjärrvärme'])} i ${r.pick(['Ljusdal', 'Skövde', 'Härnösand', 'Vimmerby'])}`,
    customer: (n, a, acc, ph) => `Kunden ${n}, ${a}, kundnummer ${acc}, ringde från ${ph} om ett okänt uppdateringsmeddelande.`,
    technician: (n, e, ph, sn) => `Tekniker ${n} (${e}, mobil ${ph}) bytte enheten ${sn} på plats.`,
    attacker: (ip, d, m) => `Angriparen hämtade från ${ip} ${m}-nyttolasten via ${d}.`,
    closing: (t, h) => `Ärende ${t} stängt, bevis sparade på ${h}.`,
    titleWords: ['Incident', 'intrång', 'flotta'],
  },
  {
    lang: 'tr', country: 'TR', cc: '90', mcc: '286', tld: 'com.tr', legal: 'A.Ş.',
    given: ['Elif', 'Emre', 'Zeynep', 'Burak', 'Ayşegül', 'Oğuz', 'Deniz', 'Çağlar'],
    surnames: ['Yılmaz', 'Kaplan', 'Öztürk', 'Arslan', 'Karataş', 'Çelik', 'Aydoğan', 'Demirci'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `5${r.int(30, 55)}${r.digits(7)}`,
    mobileNational: (n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
    street: (r) => {
      const n = r.int(1, 120);
      const s = r.pick(['Bağdat Caddesi', 'Atatürk Bulvarı', 'Cumhuriyet Mahallesi Gül Sokak', 'İstiklal Caddesi', 'Kıbrıs Şehitleri Caddesi']);
      return { text: `${s} No: ${n}, ${r.pick(['34728 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}`, key: `${s} No: ${n}` };
    },
    plate: (r) => `${r.pick(['34', '06', '35', '16'])} ${r.chars(3, 'ABCDEFGHJKLMNPRSTUVYZ')} ${r.digits(3)}`,
    freemail: ['ttmail.com', 'yandex.com.tr', 'hotmail.com.tr'],
    customerOrg: (r) => `${r.pick(['Eskişehir', 'Manisa', 'Trabzon', 'Kayseri'])} ${r.pick(['Su ve Kanalizasyon İdaresi', 'Devlet Hastanesi', 'Doğalgaz Dağıtım', 'Lojistik Merkezi'])}`,
    customer: (n, a, acc, ph) => `Müşteri ${n}, ${a}, müşteri no ${acc}, ${ph} numarasından arayarak bilinmeyen bir güncelleme mesajı bildirdi.`,
    technician: (n, e, ph, sn) => `Saha teknisyeni ${n} (${e}, cep ${ph}) ${sn} cihazını yerinde değiştirdi.`,
    attacker: (ip, d, m) => `Saldırgan ${ip} adresinden ${d} üzerinden ${m} yükünü indirdi.`,
    closing: (t, h) => `${t} numaralı kayıt kapatıldı, kanıtlar ${h} üzerinde.`,
    titleWords: ['Olay', 'ele geçirme', 'filo'],
  },
  {
    lang: 'ar', country: 'SA', cc: '966', mcc: '420', tld: 'com.sa', legal: 'شركة',
    given: ['Faisal', 'Noura', 'Turki', 'Reem', 'Majed', 'Lama', 'Saud', 'Hessa'],
    surnames: ['Al-Harbi', 'Al-Qahtani', 'Al-Ghamdi', 'Al-Otaibi', 'Al-Shehri', 'Al-Dosari', 'Al-Mutairi', 'Al-Zahrani'],
    nativeGiven: ['فيصل', 'نورة', 'تركي', 'ريم', 'ماجد', 'لمى', 'سعود', 'حصة'],
    nativeSurnames: ['الحربي', 'القحطاني', 'الغامدي', 'العتيبي', 'الشهري', 'الدوسري', 'المطيري', 'الزهراني'],
    fullName: (g, s) => `${g} ${s}`,
    mobile: (r) => `5${r.pick(['0', '3', '4', '5', '6'])}${r.digits(7)}`,
    mobileNational: (n) => `0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    street: (r) => {
      const n = r.int(1000, 9999);
      const s = r.pick(['طريق الملك فهد', 'شارع التحلية', 'طريق الأمير سلطان', 'شارع العليا العام']);
      return { text: `${n} ${s}، ${r.pick(['حي العليا، الرياض 12214', 'حي الروضة، جدة 23435', 'حي الشاطئ، الدمام 32413'])}`, key: `${n} ${s}` };
    },
    plate: (r) => `${r.chars(3, 'ABDEGHJKLNRSTUVXZ')} ${r.digits(4)}`,
    freemail: ['stc.com.sa', 'hotmail.com', 'yahoo.com'],
    customerOrg: (r) => `${r.pick(['شركة مياه', 'مستشفى', 'مصنع ألبان', 'بلدية'])} ${r.pick(['الخرج', 'ينبع', 'حائل', 'نجران'])}`,
    customer: (n, a, acc, ph) => `أبلغ العميل ${n} (${a}، رقم الحساب ${acc}، الجوال ${ph}) عن رسالة تحديث غير معروفة على الشاشة.`,
    technician: (n, e, ph, sn) => `قام المهندس الميداني ${n} (${e}، جوال ${ph}) باستبدال الجهاز ${sn} في الموقع.`,
    attacker: (ip, d, m) => `قام المهاجم من ${ip} بتنزيل حمولة ${m} عبر ${d}.`,
    closing: (t, h) => `أغلقت التذكرة ${t}، والأدلة محفوظة على ${h}.`,
    titleWords: ['حادثة', 'اختراق', 'أجهزة'],
  },
];

export const DEVICES = ['smart-meter', 'cellular-router', 'plc-scada', 'set-top-box', 'connected-car', 'ev-charger', 'medical-gateway'] as const;
export type Device = (typeof DEVICES)[number];

export const DEVICE_WORDS: Record<Device, { sector: string; noun: string; product: string[]; port: number; proto: string }> = {
  'smart-meter': { sector: 'energy', noun: 'smart meter', product: ['Gridwise', 'MeterOne', 'Vela'], port: 4059, proto: 'DLMS/COSEM' },
  'cellular-router': { sector: 'telecommunications', noun: 'LTE router', product: ['Airlink', 'RoamBox', 'Cellix'], port: 8080, proto: 'HTTP' },
  'plc-scada': { sector: 'manufacturing', noun: 'PLC', product: ['Controla', 'SafeLogic', 'Pulsar'], port: 502, proto: 'Modbus/TCP' },
  'set-top-box': { sector: 'telecommunications', noun: 'set-top box', product: ['ViewStream', 'TVio', 'Lumenbox'], port: 7547, proto: 'TR-069' },
  'connected-car': { sector: 'automotive', noun: 'telematics unit', product: ['DriveLink', 'AutoSense', 'Carnexa'], port: 8883, proto: 'MQTT' },
  'ev-charger': { sector: 'energy', noun: 'EV charger', product: ['ChargePoint', 'Voltbay', 'Wallion'], port: 9000, proto: 'OCPP 1.6J' },
  'medical-gateway': { sector: 'healthcare', noun: 'medical IoT gateway', product: ['CareHub', 'VitalLink', 'Medigate'], port: 2575, proto: 'HL7 MLLP' },
};

export const MALWARE = ['Mozi', 'BotenaGo', 'Kaiji', 'Gafgyt', 'Hajime', 'RapperBot', 'Zerobot', 'Pandora', 'EnemyBot', 'InfectedSlurs', 'Kinsing', 'Cuttlefish', 'BadBox', 'Vo1d', 'Pumabot'];
export const ACTORS = ['Volt Typhoon', 'Sandworm', 'Flax Typhoon', 'CyberAv3ngers', 'Xenotime', 'Chernovite'];
export const ATTACK_IDS = ['T1190', 'T1110.001', 'T1059.004', 'T1105', 'T1071.001', 'T1498', 'T0855', 'T0831', 'T0883', 'T1595.002', 'T1548.003', 'T1133'];
export const CVES = ['CVE-2023-1389', 'CVE-2024-3400', 'CVE-2021-35394', 'CVE-2023-28771', 'CVE-2024-21762', 'CVE-2022-30525', 'CVE-2023-46604', 'CVE-2024-7029', 'CVE-2023-26801', 'CVE-2022-41082'];
export const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Safari/537.36 zgrab/0.x',
  'python-requests/2.31.0',
  'Go-http-client/1.1',
  'Hello, World',
  'curl/7.88.1',
  'Mozila/5.0 (Linux; U; Android 9; sv-se)',
];
export const TLDS = ['top', 'xyz', 'cyou', 'icu', 'online', 'site', 'su', 'ru', 'pw', 'buzz', 'cfd', 'sbs'];
export const C2_WORDS = ['update', 'cdn', 'telemetry', 'sync', 'ota', 'dns', 'api', 'cloud', 'relay', 'push', 'node', 'gw'];
/** Person-like C2 label pieces (given names and surnames chosen for this suite, any language). */
export const C2_PERSONS = ['lisa-brandt', 'marco-ferri', 'anna-kowal', 'kenji-sato', 'olga-petrova', 'jean-morel', 'sofia-lind', 'pedro-alves'];

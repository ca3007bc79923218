import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * Ids that the layout of a record names, not a label in prose: the segment after "cust" or "dev"
 * in an MQTT topic or REST path, the value under a metering-point or chat-sender key, a claim or
 * police case number, a serial in a note slot or as a device certificate's common name.
 */

// Catalogue ids (CVE, CWE, ATT&CK, advisories) are threat data wherever they stand; CERT's notes
// are "VU#…", so a serial that starts with "VU" is still a serial.
const CATALOGUE_ID = /^(?:CVE|CWE|CAPEC|GHSA|MS\d|KB\d|RFC|ISO|IEC|TA?\d{4}(?:\.\d{3})?$|[SGM]\d{4}$|VU#|ICSA|USN|RHSA|DSA|NIST|SP\d)/i;

// Digest lengths in hex: 64-bit fingerprints, MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512.
const HASH_LENGTHS = new Set([16, 32, 40, 56, 64, 96, 128]);

/** An opaque id: a digit, no version or hash shape, not a catalogue id. */
function opaqueId(v: string, minDigits: number): boolean {
  if ((v.match(/\d/g)?.length ?? 0) < minDigits || CATALOGUE_ID.test(v)) return false;
  // A hash (a digest's length in hex) or a smart-contract address is the threat; a version is not an id.
  if (/^0x[0-9a-f]+$/i.test(v) || (/^[0-9a-f]+$/i.test(v) && HASH_LENGTHS.has(v.length))) return false;
  return !/^v?\d+(?:\.\d+)+$/i.test(v);
}

/** Letters and digits both: a serial, not a count or a word. */
const mixed = (v: string) => /[A-Za-z]/.test(v) && /\d/.test(v);

// A path segment naming what the next segment is: an MQTT topic ("acme/cust/4471/dev/SN-22/telemetry")
// or a REST path ("/api/customers/C-88123/devices"). Not in a URL (a scheme or a host first): a
// threat URL keeps its path.
const PATH_KIND_RE =
  /(?<=^|[\/\s'"])(cust|custs|customer|customers|client|clients|subscriber|subscribers|account|accounts|acct|dev|devs|device|devices|meter|meters|sn|serial|node|nodes|gw|gateway|gateways)\/([A-Za-z0-9][A-Za-z0-9_.:-]{3,63})(?=\/|[\s'"]|$)/gi;

// Keys of JSON and key=value records that hold a metering point (the metering point is one
// household's supply): DE MaLo/MeLo, ES CUPS, IT PDR, UK MPAN/MPRN, and the short "mp".
const METER_POINT_KEY_RE =
  /["']?\b(mp|mpid|mp_id|meteringpoint(?:id)?|metering_point(?:_id)?|meterpoint(?:id)?|meter_point(?:_id)?|supplypoint(?:id)?|supply_point(?:_id)?|malo(?:_?id)?|melo(?:_?id)?|zaehlpunkt|zählpunkt|cups|pdr|mpan|mprn)["']?\s*[:=]\s*["']?([A-Za-z0-9][A-Za-z0-9_\/.-]{5,40}[A-Za-z0-9])(?=["',;}\s]|$)/gi;

// The sender of a message in a messenger export (Telegram Desktop: "from_id": "user123456789";
// service messages: "actor_id"): the account id of one person.
const SENDER_KEY_RE = /["']?\b(from_id|actor_id|sender_id|author_id|peer_id|user_id|fromId|senderId)["']?\s*[:=]\s*["']?((?:user|channel|chat)?\d{5,15})(?=["',;}\s]|$)/g;

// Insurance claim numbers after their label, in the exchange's languages.
const CLAIM_RE =
  /(?<![\p{L}\p{N}_-])(?:claim(?: no\.?| number| id| ref\.?)?|schadennummer|schaden-nr\.?|schadennr\.?|schadenfall|n° de sinistre|numéro de sinistre|sinistre|número de siniestro|siniestro|número do sinistro|sinistro|numero di sinistro|schadenummer|schadenr\.?|skadenummer|skadeärende|numer szkody|nr szkody|номер убытка|убыток|hasar dosya no|hasar no|事故受付番号|保険金請求番号|理赔编号|理赔号|报案号|청구번호|사고접수번호|رقم المطالبة|दावा संख्या)(?![\p{L}])[ \t]{0,4}(?:#|№|n[°º]|nr\.?|no\.?)?[ \t]?[:：=]?[ \t]{0,4}((?=[A-Za-z0-9\/-]*\d)[A-Za-z0-9]{2,20}(?:[-\/][A-Za-z0-9]{1,20}){0,3})(?![\p{L}\p{N}]|[-\/][\p{L}\p{N}])/giu;
const CLAIM_GATE = /claim|schaden|sinistr|siniestro|schade|skade|szkod|убыт|hasar|事故|保険金|理赔|报案|청구|사고|مطالبة|दावा/i;

// Police and prosecution case numbers by their national layout: the German prosecutor's register
// ("Az. 529 Js 26050/24": department, register letters, number/year), the Russian crime-report
// book (КУСП, "KUSP-650652") and the Brazilian police report (Boletim de Ocorrência, "BO-55128919").
const CASE_LAYOUT_RE =
  /(?<![\p{L}\p{N}])(?:(?:Az\.?|AZ|Aktenzeichen:?)\s?)?\d{1,4} (?:Js|UJs|Ds|Cs|Ls|KLs|Ns|Gs|VRs|BRs|AR|Zs) \d{1,6}\/\d{2}(?!\d)|(?<![\p{L}\p{N}])(?:KUSP|КУСП)[- ]?(?:№ ?|No\.? ?)?\d{3,10}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.])(?:BO|B\.O\.)(?:-| n[º°] ?| ?: ?)\d{5,10}(?:\/\d{4})?(?![\p{L}\p{N}])/gu;
const CASE_LAYOUT_GATE = /\d (?:Js|UJs|Ds|Cs|Ls|KLs|Ns|Gs|VRs|BRs|AR|Zs) \d|KUSP|КУСП|BO|B\.O\./;

// A customer or subscriber noun right before the number, with no number word ("abonné 7278666432",
// "customer CUST-88483142", "お客様 K102622048"): an account number, six digits or more, with at most
// a short letter prefix. A phone number in that place is read by the phone detector first.
const CUSTOMER_NOUN_RE =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}_-])(?:customer|cust|client|cliente|kunde|kund|klant|klient|subscriber|abonné|abonne|abonent|abonnent|assinante|müşteri|musteri|abone|абонент|абонента|клиент|клієнт|お客様|顧客|客户|고객|가입자|العميل|عميل|المشترك|ग्राहक|ลูกค้า|pelanggan)(?![\p{Script=Latin}\p{Script=Cyrillic}])[ \t]{0,2}[:：]?[ \t]{0,2}((?:[A-Za-z]{1,5}-?)?\d{6,12})(?![\p{L}\p{N}]|[-.\/][\p{L}\p{N}])/giu;
const CUSTOMER_NOUN_GATE = /cust|client|kunde|kund|klant|klient|subscriber|abonn|abone|assinante|m[uü][sş]teri|абонент|клиент|клієнт|お客様|顧客|客户|고객|가입자|عميل|مشترك|ग्राहक|ลูกค้า|pelanggan/i;

// A note or remark slot of a form, then one serial-shaped token ("Vermerk: JT59E2222171 / …").
const NOTE_SERIAL_RE =
  /(?<![\p{L}])(?:notes?|remarks?|comments?|vermerk|bemerkung|notiz|anmerkung|remarque|nota|observación|observacion|observação|observacao|opmerking|notitie|uwaga|anteckning|not|açıklama|備考|备注|비고|ملاحظة|примечание|примітка|टिप्पणी|หมายเหตุ)[ \t]?[:：][ \t]{0,4}([A-Za-z0-9]{2,20}(?:-[A-Za-z0-9]{2,10}){0,4})(?![\p{L}\p{N}]|[-.\/:][\p{L}\p{N}])/giu;

// A CMDB configuration item written as model and serial ("Configuration item: infusion pump / 56PYA46035382").
const CI_SERIAL_RE = /\b(?:configuration item|cmdb_ci|CI)[ \t]?[:=][ \t]?[^\n/:=]{1,48}\/[ \t]?([A-Za-z0-9]{2,20}(?:-[A-Za-z0-9]{2,10}){0,4})(?![\p{L}\p{N}]|[-.\/:][\p{L}\p{N}])/giu;

// A device noun right before a serial written as one run with six digits in a row ("pump
// BW09D5518283 fetched …"); a model designation ("camera DS-2CD2143G0") has dashes or shorter runs.
const NOUN_SERIAL_RE =
  /(?<![\p{L}])(?:pump|meter|gateway|router|modem|camera|monitor|charger|wallbox|controller|plc|inverter|thermostat|tracker|sensor|concentrator|terminal|doorbell|nvr|dvr|panel|ventilator|unit|gerät|zähler|compteur|contador|medidor|contatore|licznik|mätare|счётчик|счетчик|sayaç)[ \t]+([A-Za-z0-9]*\d{6}[A-Za-z0-9]*)(?![\p{L}\p{N}]|[-.\/:][\p{L}\p{N}])/giu;

// A device certificate names its device: "CN=SN-3910-D5F9-393, O=Acme".
const CN_SERIAL_RE = /(?<![\w])CN\s?=\s?([A-Za-z0-9]{2,20}(?:-[A-Za-z0-9]{2,10}){0,4})(?=\s*(?:,|\/|$))/g;

// A serial that says what it is: "SN-7787-FD91-389", "SN:4A7-22B9-0031".
const SN_PREFIXED_RE = /(?<![\w-])SN[-:#]?[A-Z0-9]{3,6}(?:-[A-Z0-9]{3,6}){1,3}(?![\w-])/gi;

/** A serial shape: letters and digits, five digits or more, eight characters or more. */
const serialShaped = (v: string) => v.replace(/-/g, '').length >= 8 && mixed(v) && opaqueId(v, 5);

const recordIds: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, kind: string, reason: string, priority: number = PRIORITY.slot) => {
    const value = text.slice(start, end).toLowerCase();
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind, detector: 'record-ids', priority, value, side: 'victim', reason });
  };
  if (text.includes('/')) {
    for (const m of matchAll(PATH_KIND_RE, text)) {
      const v = m[2];
      if (!opaqueId(v, 4)) continue;
      // A segment of a URL, with a scheme or a host first ("evil[.]example/account/…"), belongs to
      // the URL: its host decides its side.
      const tokenStart = Math.max(text.lastIndexOf(' ', m.index!), text.lastIndexOf('\n', m.index!));
      const head = text.slice(tokenStart + 1, m.index!);
      if (head.includes('://') || /^[\w-]+(?:(?:\.|\[\.\])[\w-]+)+(?::\d+)?\//.test(head)) continue;
      const s = m.index! + m[0].length - v.length;
      const customer = /^(?:cust|client|subscriber|account|acct)/i.test(m[1]);
      add(s, s + v.length, customer ? 'CUSTOMER-ID' : 'SERIAL', `${customer ? 'customer' : 'device'} id in a topic or path`);
    }
  }
  for (const m of matchAll(NOUN_SERIAL_RE, text)) {
    const v = m[1];
    if (!serialShaped(v)) continue;
    const s = m.index! + m[0].length - v.length;
    add(s, s + v.length, 'SERIAL', 'serial right after a device noun', PRIORITY.unlabelled);
  }
  if (/[:=]/.test(text)) {
    for (const m of matchAll(METER_POINT_KEY_RE, text)) {
      const v = m[2];
      if (!opaqueId(v, 8)) continue;
      const s = m.index! + m[0].length - v.length;
      add(s, s + v.length, 'METER-POINT', 'metering point under its key');
    }
    for (const m of matchAll(SENDER_KEY_RE, text)) {
      const s = m.index! + m[0].length - m[2].length;
      add(s, s + m[2].length, 'USER', 'messenger account id of a sender');
    }
    for (const m of matchAll(NOTE_SERIAL_RE, text)) {
      const v = m[1];
      if (!serialShaped(v)) continue;
      const s = m.index! + m[0].length - v.length;
      add(s, s + v.length, 'SERIAL', 'serial in a note slot');
    }
    for (const m of matchAll(CI_SERIAL_RE, text)) {
      const v = m[1];
      if (!serialShaped(v)) continue;
      const s = m.index! + m[0].length - v.length;
      add(s, s + v.length, 'SERIAL', 'serial of a configuration item');
    }
    if (text.includes('CN')) {
      for (const m of matchAll(CN_SERIAL_RE, text)) {
        const v = m[1];
        if (!serialShaped(v)) continue;
        const s = m.index! + m[0].length - v.length;
        add(s, s + v.length, 'SERIAL', 'device serial as a certificate common name');
      }
    }
  }
  if (CUSTOMER_NOUN_GATE.test(text)) {
    for (const m of matchAll(CUSTOMER_NOUN_RE, text)) {
      if (!opaqueId(m[1], 6)) continue;
      const s = m.index! + m[0].length - m[1].length;
      add(s, s + m[1].length, 'CUSTOMER-ID', 'customer number right after the noun', PRIORITY.phone - 1);
    }
  }
  if (CLAIM_GATE.test(text)) {
    for (const m of matchAll(CLAIM_RE, text)) {
      const v = m[1];
      if (!opaqueId(v, 5) || /^(?:19|20)\d{2}$/.test(v)) continue;
      const s = m.index! + m[0].length - v.length;
      add(s, s + v.length, 'CLAIM-ID', 'insurance claim number after its label');
    }
  }
  if (CASE_LAYOUT_GATE.test(text)) {
    for (const m of matchAll(CASE_LAYOUT_RE, text)) add(m.index!, m.index! + m[0].length, 'CASE-ID', 'police or prosecution case number');
  }
  if (/SN/i.test(text)) {
    for (const m of matchAll(SN_PREFIXED_RE, text)) if (opaqueId(m[0], 4)) add(m.index!, m.index! + m[0].length, 'SERIAL', 'serial with its SN prefix');
  }
  return out;
};

export const recordIdDetectors: [string, Detector][] = [['record-ids', recordIds]];

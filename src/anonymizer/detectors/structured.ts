import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';
import { NOT_NAME_WORDS } from './person-leads';

/**
 * Identifiers that structured messages pasted into text name by position or key: HL7 v2 PID
 * fields, OCPP idTag (RFID card) values, display names of e-mail addresses, Chinese and Korean
 * number plates, and ticket ids after ticket words of many languages.
 */

const PID_LINE_RE = /(?:^|[\r\n])PID\|[^\r\n]*/g;
// PID field number → token kind (HL7 v2.5): patient id list, name, date of birth, address, phones, SSN.
const PID_FIELDS: Record<number, string> = { 2: 'MRN', 3: 'MRN', 5: 'PERSON', 6: 'PERSON', 7: 'DOB', 11: 'ADDRESS', 13: 'PHONE', 14: 'PHONE', 19: 'NATIONAL-ID' };

// An address (XAD) is street^other designation^city^state^postcode^country, repeated with '~':
// all but the state and country name where the patient lives.
const PERSONAL_ADDRESS_COMPONENTS = new Set([0, 1, 2, 4]);

/** Offsets in the field and text of the personal components of an HL7 address. */
function addressComponents(field: string): [number, string][] {
  const parts: [number, string][] = [];
  let at = 0;
  for (const repetition of field.split('~')) {
    let c = at;
    repetition.split('^').forEach((component, i) => {
      if (PERSONAL_ADDRESS_COMPONENTS.has(i) && component.length >= 2) parts.push([c, component]);
      c += component.length + 1;
    });
    at += repetition.length + 1;
  }
  return parts;
}

const OCPP_TAG_RE = /"(?:idTag|parentIdTag|id_token|idToken)"\s*:\s*"([^"\\]{4,40})"/g;

// "Al-Harbi", "Jean-Luc": a capital may follow a hyphen inside the word.
// A surname in capitals ("KOVACS Anna <…>") counts as a word as well, and one with an inner
// capital ("McCready", "DeVries").
const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:\\p{Lu}[\\p{Ll}\\p{M}'’]+)?(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*-?|\\p{Lu}{2,}(?:-\\p{Lu}{2,})*(?![\\p{Ll}])|[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}]{2,8}|\\p{Script=Arabic}{2,}|[\\p{Script=Devanagari}\\p{M}]{2,})";
const PARTICLE = '(?:(?:van|von|der|den|de|da|del|di|du|la|le|al|el|bin|ben|dos|das)[ \\u00a0])';
const PARTICLE_WORD = /^(?:van|von|der|den|de|da|del|di|du|la|le|al|el|bin|ben|dos|das)$/i;
// "Jana Novak <jana.novak@example.com>": the display name of an address is its owner's name. The
// address is found first (bounded), then the name is matched backwards on a short window.
const ANGLE_EMAIL_RE = /<([^<>\s@]{1,64}@[^<>\s@]{1,255})>/g;
// A SIP or vCard display name is quoted: "From: \"Anna Berg\" <sip:…>"; a directory writes
// "Conceição, Gustavo <…>" or "S. Srivastava <…>".
const NAME_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}_.-])((?:\\p{Lu}\\.[ \\u00a0]?)?${NAME_WORD}(?:,?[ \\u00a0]${PARTICLE}{0,2}${NAME_WORD}){0,3})["']?[ \\u00a0]*$`, 'u');

const CN_PLATE_RE = /(?<![\p{L}\p{N}])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・ ]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])/gu;
const KR_PLATE_RE = /(?<![\p{L}\p{N}])\d{2,3}[가-힣] ?\d{4}(?!\d)/gu;

const TICKET_LABEL_RE =
  /(?<![\p{L}\p{N}])(?:vorgang(?:snummer)?|störung|meldung|dossier|incidencia|incidente|caso|chamado|zgłoszenie|ärende|talep|kayıt|工单|工單|案件|チケット|問い合わせ番号|受付番号|티켓|접수번호|تذكرة|ticket|case|incident)(?:[ -]?(?:nr\.?|no\.?|number|id|番号|号|번호))?\s*[:#：]?\s*([A-Z]{2,8}-\d{4}-\d{2,6}|[A-Z]{2,8}-?\d{4,10}|\d{5,10})(?![\p{L}\p{N}-])/giu;
const TICKET_GATE = /ticket|case|incident|vorgang|störung|meldung|dossier|caso|chamado|zgłoszenie|ärende|talep|kayıt/i;
// Public identifiers that follow the same words: never the submitter's ticket.
const PUBLIC_ID = /^(?:CVE|CWE|CAPEC|GHSA|TA|KB|MS|RFC|ICSA|VU|JVN|CNVD|BDU|USN|DSA|RHSA)-?\d/i;

const structured: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, kind: string, value: string, detector: string, reason: string, priority: number = PRIORITY.slot + 1) => {
    if (end <= start || ctx.isProtected(value)) return;
    out.push({ start, end, kind, detector, priority, value, side: 'victim', reason });
  };
  if (text.includes('PID|')) {
    const births = new Set<string>();
    for (const m of matchAll(PID_LINE_RE, text)) {
      const lineStart = m.index! + (m[0][0] === 'P' ? 0 : 1);
      const line = text.slice(lineStart, m.index! + m[0].length);
      let pos = lineStart;
      line.split('|').forEach((field, n) => {
        const kind = PID_FIELDS[n];
        const s = pos;
        pos += field.length + 1;
        if (!kind) return;
        if (kind === 'ADDRESS') {
          for (const [at, part] of addressComponents(field)) add(s + at, s + at + part.length, kind, part.toLowerCase(), 'hl7-pid', `HL7 PID-${n} field`);
          return;
        }
        // The first component is the value (id); names keep all components.
        const v = kind === 'PERSON' ? field.replace(/\^+$/, '') : field.split('^')[0];
        if (v.length < 2 || (kind !== 'PERSON' && kind !== 'ADDRESS' && !/\d/.test(v))) return;
        add(s, s + v.length, kind, kind === 'PERSON' ? v.toLowerCase().replace(/\^/g, ' ') : v.toLowerCase(), 'hl7-pid', `HL7 PID-${n} field`);
        if (kind === 'DOB' && /^\d{8}/.test(v)) births.add(v.slice(0, 8));
      });
    }
    // The birth date inside another field's timestamp ("MSH|…|199010200930|") gives it away as well.
    for (const dob of births) {
      for (const m of matchAll(new RegExp(`(?<![\\d])${dob}\\d{0,6}(?!\\d)`, 'g'), text)) add(m.index!, m.index! + m[0].length, 'DOB', dob, 'hl7-pid', 'HL7 date of birth inside a timestamp');
    }
  }
  if (text.includes('dTag') || text.includes('d_token') || text.includes('dToken')) {
    for (const m of matchAll(OCPP_TAG_RE, text)) {
      const s = m.index! + m[0].length - m[1].length - 1;
      add(s, s + m[1].length, 'RFID', m[1].toLowerCase(), 'ocpp-idtag', 'OCPP idTag (charging card)');
    }
  }
  if (text.includes('@') && text.includes('<')) {
    for (const m of matchAll(ANGLE_EMAIL_RE, text)) {
      const email = m[1].toLowerCase();
      // The display name of a threat address (the phishing sender) is the threat.
      if (ctx.isProtected(email)) continue;
      const from = Math.max(0, m.index! - 80);
      const n = NAME_BEFORE_RE.exec(text.slice(from, m.index!));
      if (!n) continue;
      const name = n[1];
      // One Latin word ("SOC", "Support") is a mailbox, not a person.
      if (!/\s/.test(name) && /^[\p{Script=Latin}'’-]+$/u.test(name)) continue;
      // "NOC Team <noc@…>", "IT Support <…>": a mailbox of a team, not a person.
      if (name.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) && !PARTICLE_WORD.test(w)) || /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*$/u.test(name)) continue;
      const start = from + n.index;
      add(start, start + name.length, 'PERSON', name.toLowerCase().replace(/\s+/g, ' '), 'display-name', 'display name of an e-mail address', PRIORITY.slot);
    }
  }
  if (/[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]/u.test(text)) {
    for (const m of matchAll(CN_PLATE_RE, text)) if (/\d/.test(m[0])) add(m.index!, m.index! + m[0].length, 'PLATE', m[0].toLowerCase(), 'plate-cn', 'number plate (CN format)');
  }
  if (/[가-힣]/u.test(text)) {
    for (const m of matchAll(KR_PLATE_RE, text)) add(m.index!, m.index! + m[0].length, 'PLATE', m[0].toLowerCase(), 'plate-kr', 'number plate (KR format)');
  }
  for (const m of matchAll(TICKET_LABEL_RE, text)) {
    const v = m[1];
    if (PUBLIC_ID.test(v) || !/\d/.test(v)) continue;
    const s = m.index! + m[0].length - v.length;
    add(s, s + v.length, 'CASE-ID', v.toLowerCase(), 'ticket-label', 'ticket id after a ticket word', PRIORITY.slot);
  }
  return out;
};

/** Cheap gate: one of the shapes' anchors. */
export const STRUCTURED_GATE = {
  test: (text: string) => (text.includes('@') && text.includes('>')) || /PID\||dTag|d_token|dToken|[가-힣]|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]|案件|チケット|番号|工[单單]|티켓|تذكرة/.test(text) || TICKET_GATE.test(text),
};

export const structuredDetectors: [string, Detector][] = [['structured', structured]];

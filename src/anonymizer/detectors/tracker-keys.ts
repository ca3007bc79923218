import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * Issue-tracker keys in brackets, as ticketing tools stamp them on titles and subjects: a Jira
 * project key ("[SEC-4821]"), a help-desk queue and number ("(HD#145999)"), a year-dated work
 * order ("[WO-2024724686]"), a Dynamics case ("[CAS-19119-TLFNWL]"). They lead back to the
 * submitter's own ticket. Public identifiers written the same way (CVE, CWE, advisories, RFCs,
 * algorithms) are not tracker keys.
 */

const KEY_RE = /(?<=[[(（【])[A-Z][A-Z0-9]{1,9}[-#]\d{3,12}(?:-[A-Z0-9]{4,8})?(?=[\])）】])/g;
const PUBLIC_PREFIX =
  /^(?:CVE|CWE|CAPEC|GHSA|ICSA|ICSMA|VU|JVN|JVNDB|CNVD|CNNVD|BDU|EUVD|KB|MS|RFC|ISO|IEC|EN|ETSI|NIST|SP|SHA|MD|AES|RSA|ECC|UTF|TA|APT|UNC|FIN|DEV|STORM|UAC|USN|DSA|RHSA|ALAS|ELSA|OSV|PYSEC|GO|RUSTSEC|TLP|CVSS|ISA)[-#]/;

// One-word kinds of the tokens this library writes ("[PERSON-12]"): a bracketed key with one of
// them is a token of an earlier pass, which the scanner leaves alone; any other project key with
// four digits or more (no submission numbers a kind that far) is a tracker key, not a token.
const TOKEN_KINDS = new Set([
  'ADDRESS', 'CARD', 'CONTRACT', 'COORDINATES', 'CREDENTIAL', 'DOB', 'DOMAIN', 'EID', 'EMAIL', 'HOST', 'IBAN', 'ICCID', 'IMEI', 'IMSI', 'IP', 'MAC', 'MRN', 'MSISDN', 'ORG', 'PARAM', 'PERSON', 'PHONE', 'PLATE',
  'PRODUCT', 'REDACTED', 'RFID', 'SECRET', 'SERIAL', 'SID', 'TIME', 'URL', 'USER', 'VIN',
]);

/** Whether text the token pattern matched ("[XLV-69233]") is a tracker key rather than one of our tokens. */
export function isTrackerKey(token: string): boolean {
  const m = /^\[([A-Z][A-Z0-9]{1,9})-\d{4,12}\]$/.exec(token);
  return m !== null && !TOKEN_KINDS.has(m[1]);
}

const trackerKeys: Detector = (text, ctx) => {
  const out: Finding[] = [];
  for (const m of matchAll(KEY_RE, text)) {
    const key = m[0];
    if (PUBLIC_PREFIX.test(key)) continue;
    const value = key.toLowerCase();
    if (ctx.isProtected(value)) continue;
    out.push({ start: m.index!, end: m.index! + key.length, kind: 'CASE-ID', detector: 'tracker-key', priority: PRIORITY.slot - 1, value, side: 'victim', reason: 'issue-tracker key in brackets' });
  }
  return out;
};

// A title that starts with its ticket's key ("EAB-11572 Smart meter beaconing", as Jira names
// exports and linked objects), and the "Issue key" column of a Jira CSV export. Five digits or more
// at the head of a title, as for the prefixed ticket ids of references.ts ("INC-2291 – …" stays).
const LEADING_KEY_RE = /^[A-Z][A-Z0-9]{1,9}-\d{5,12}(?=[ \t]+\S)/;
const ISSUE_KEY_HEADER_RE = /^(.*?)\bissue key\b/im;
const ROW_KEY_RE = /^[A-Z][A-Z0-9]{1,9}-\d{3,12}$/;
// Keys of what is not a ticket: ports and protocols ("TCP-4444"), exploit and vulnerability databases,
// vendor advisories and bulletins ("MS17-010"), detection rule ids ("SID-2027865", "ET-2034567").
const NOT_TICKET = /^(?:TCP|UDP|HTTPS?|PORT|AS|EDB|ZDI|BID|OSVDB|SSA|VMSA|MS\d{2}|WIN|WINDOWS|JA3|JA4|X509|SHA\d*|MD\d|SID|ET|ETPRO|SIG|RULE|YARA|SIGMA)-/;

/** Start offsets and texts of the cells of one CSV line (double quotes may hold commas). */
function csvCells(line: string): [number, string][] {
  const cells: [number, string][] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      while (j < line.length && !(line[j] === '"' && line[j + 1] !== '"')) j += line[j] === '"' ? 2 : 1;
      cells.push([i + 1, line.slice(i + 1, j)]);
      i = line.indexOf(',', j);
    } else {
      const j = line.indexOf(',', i);
      cells.push([i, line.slice(i, j < 0 ? line.length : j)]);
      i = j;
    }
    if (i < 0) break;
    i++;
  }
  return cells;
}

const leadingKeys: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, key: string, reason: string) => {
    if (PUBLIC_PREFIX.test(key) || NOT_TICKET.test(key) || ctx.isProtected(key.toLowerCase())) return;
    out.push({ start, end: start + key.length, kind: 'CASE-ID', detector: 'tracker-key', priority: PRIORITY.slot - 1, value: key.toLowerCase(), side: 'victim', reason });
  };
  const lead = LEADING_KEY_RE.exec(text);
  if (lead) add(0, lead[0], 'issue-tracker key leading a title');
  const header = ISSUE_KEY_HEADER_RE.exec(text);
  if (header) {
    const headerStart = text.lastIndexOf('\n', header.index + header[1].length) + 1;
    const headerEnd = text.indexOf('\n', headerStart);
    if (headerEnd < 0) return out;
    const column = csvCells(text.slice(headerStart, headerEnd)).findIndex(([, c]) => /^\s*issue key\s*$/i.test(c));
    if (column < 0) return out;
    let lineStart = headerEnd + 1;
    while (lineStart < text.length) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl < 0 ? text.length : nl;
      const cell = csvCells(text.slice(lineStart, lineEnd))[column];
      if (cell && ROW_KEY_RE.test(cell[1])) add(lineStart + cell[0], cell[1], 'issue key column of a tracker export');
      lineStart = lineEnd + 1;
    }
  }
  return out;
};

export const trackerKeyDetectors: [string, Detector][] = [['tracker-keys', trackerKeys], ['leading-keys', leadingKeys]];

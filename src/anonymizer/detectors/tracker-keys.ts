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

export const trackerKeyDetectors: [string, Detector][] = [['tracker-keys', trackerKeys]];

// Independent leak/survival evaluation of the anonymizer on generated M2M incidents with ground
// truth (bench/anonymize-eval/). Prints one JSON object. Usage:
//   node dist/bench/anonymize-eval.js [--suite v1|v2|v3|v4|v5|v6|v7|v8|v9|v10] [--seed N] [--bundles N] [--holdout-names]
// v2 (bench/anonymize-eval/v2.ts) is an independent second generator: other scripts, notations and placements.
// v3 (bench/anonymize-eval/v3.ts) is a third, blind one: SOC exports with pasted logs, mail threads, tables and configs.
// v4 (bench/anonymize-eval/v4.ts) is v3 plus a note per case with the fourth review's leak classes (not blind).
// v5 (bench/anonymize-eval/v5.ts) is a fifth, blind one: sixteen languages, core-network, OT and EV logs, exports and configs.
// v6 (bench/anonymize-eval/v6.ts) is a sixth, blind and held-out one: 28 locales, eleven document genres; run once for a final score, never tuned on.
// v7 (bench/anonymize-eval/v7.ts) is a seventh, blind and held-out one: 18 locales, seven device verticals, victim data pasted
// as prose, tables, CSV, JSON, key=value, logs, URL queries and HTML; run once for an estimate of the outside assessment, never tuned on.
// v8 (bench/anonymize-eval/v8.ts) is an eighth, blind and held-out one: 22 locales, nine device verticals, fourteen support and
// forensics genres (ticket histories, chats, timelines, RMA and field-service forms, JSON-lines, YAML, call and SMS logs, TSV, PDF text,
// signatures, mixed-language notes); run once for an estimate of the outside assessment, never tuned on.
// v9 (bench/anonymize-eval/v9.ts) is a ninth, blind and held-out one, written without reading the anonymizer or the other suites:
// 15 locales (five scripts), carrier, ISP and device-maker submissions (ten verticals) with victim data in fifteen genres (tickets,
// mail threads with signatures and quotes, chats, call notes, forensic timelines, CSV, TSV, JSON, YAML, XML, syslog, device configs,
// spreadsheet rows, CDRs, RMA forms, translated summaries) and in STIX properties and patterns; its input-only ground-truth check is
// bench/anonymize-eval/v9-check.ts. Run once by the lead for an estimate of the outside assessment, never tuned on.
// v10 (bench/anonymize-eval/v10.ts) is a tenth, blind and held-out one, written without reading the anonymizer or the other suites:
// 19 locales (seven scripts), eight verticals, 25 genres (forwarded mails with quoted headers, Jira/ServiceNow exports, WhatsApp and
// Telegram exports, SIEM JSON, NetFlow CSV, RADIUS, Diameter, SIP INVITE, DHCP leases, MQTT, OCPP, OBD, HL7, BACnet tables, police
// reports, insurance claims, invoices, GDPR letters, markdown tables, base64 and URL-encoded payloads, OCR text, mixed-language notes)
// plus STIX properties, observables and patterns; its input-only ground-truth check is bench/anonymize-eval/v10-check.ts.
import { evaluate } from './anonymize-eval/score';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const suiteAt = process.argv.indexOf('--suite');
const named = suiteAt >= 0 ? process.argv[suiteAt + 1] : 'v1';
const suite = named === 'v2' || named === 'v3' || named === 'v4' || named === 'v5' || named === 'v6' || named === 'v7' || named === 'v8' || named === 'v9' || named === 'v10' ? named : 'v1';
console.log(JSON.stringify(evaluate({ suite, seed: arg('seed', 20240601), bundles: arg('bundles', suite === 'v3' || suite === 'v4' ? 196 : suite === 'v5' ? 176 : suite === 'v6' ? 180 : suite === 'v7' || suite === 'v8' || suite === 'v9' || suite === 'v10' ? 200 : suite === 'v2' ? 160 : 330), holdoutNames: process.argv.includes('--holdout-names') }), null, 1));

import { type Detector, type Finding, PRIORITY } from './finding';
import { matchAll } from '../match-all';

/**
 * The HOSTNAME field of a syslog line names the machine that logged it: the victim's device or
 * the submitter's own sensor, never the attacker's. Home machines are named after their owner
 * ("nomvula-laptop", "tsunghan-pc"), which no host-name shape or suffix reveals.
 */

// RFC 5424 ("<34>1 2024-05-01T10:00:00Z host app …") and RFC 3164 ("<34>May  1 10:00:00 host app …",
// the priority often stripped): the field after the timestamp.
const SYSLOG_HOST_RE = /^(?:<\d{1,3}>1 \S+|(?:<\d{1,3}>)?[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) ([A-Za-z][A-Za-z0-9_.-]{0,62}[A-Za-z0-9])(?= )/gm;
// Addresses are the IP detector's (which generalises rather than tokenises).
const NOT_A_NAME = /^\d+(?:\.\d+){3}$|^localhost$/i;

const syslogHost: Detector = (text, ctx) => {
  const out: Finding[] = [];
  for (const m of matchAll(SYSLOG_HOST_RE, text)) {
    const host = m[1];
    if (NOT_A_NAME.test(host) || ctx.isProtected(host.toLowerCase())) continue;
    const start = m.index! + m[0].length - host.length;
    out.push({ start, end: start + host.length, kind: 'HOST', detector: 'syslog-host', priority: PRIORITY.host + 2, value: host.toLowerCase(), side: 'victim', reason: 'host name field of a syslog line' });
  }
  return out;
};

export const syslogHostDetectors: [string, Detector][] = [['syslog-host', syslogHost]];

// STIX identifiers (STIX 2.1 §2.9) and deterministic SCO identifiers (UUIDv5 over
// the ID-contributing properties, canonicalized with RFC 8785 JCS).
import { hash } from 'node:crypto';

/** STIX 2.1 §2.9: the UUIDv5 namespace for cyber-observable identifiers. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

export interface ParsedIdentifier {
  type: string;
  uuid: string;
  version: number;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Splits `type--uuid`; undefined when the text is not a well-formed STIX identifier:
 * a type name, `--`, and an RFC 4122 UUID (variant 8, 9, a or b; versions 1-8 as RFC 9562
 * allows). Hex is accepted in either case: RFC 4122 §3 reads UUIDs case-insensitively.
 * Hand-rolled: it runs for every id and reference of every object.
 */
export function parseIdentifier(id: string): ParsedIdentifier | undefined {
  const version = identifierVersion(id);
  if (version === 0) return undefined;
  const sep = id.length - 38;
  return { type: id.slice(0, sep), uuid: id.slice(sep + 2), version };
}

/** The type part of a well-formed STIX identifier, or undefined. */
export function identifierType(id: string): string | undefined {
  return identifierVersion(id) === 0 ? undefined : id.slice(0, id.length - 38);
}

/** The UUID version of a well-formed STIX identifier, or 0 when it is not one (no allocation). */
export function identifierVersion(id: string): number {
  const n = id.length;
  if (n < 39) return 0;
  const sep = n - 38;
  if (id.charCodeAt(sep) !== 45 || id.charCodeAt(sep + 1) !== 45) return 0;
  const u = sep + 2;
  for (let i = 0; i < 36; i++) {
    const c = id.charCodeAt(u + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return 0;
    } else if (!isHex(c)) return 0;
  }
  const version = id.charCodeAt(u + 14) - 48;
  if (version < 1 || version > 8) return 0;
  const variant = id.charCodeAt(u + 19) | 0x20;
  if (variant !== 56 && variant !== 57 && variant !== 97 && variant !== 98) return 0;
  // type: lower-case letters, digits and hyphens, starting with a letter or digit.
  const first = id.charCodeAt(0);
  if (!((first >= 97 && first <= 122) || (first >= 48 && first <= 57))) return 0;
  for (let i = 1; i < sep; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return 0;
  }
  return version;
}

/** STIX 2.1 §6: ID-contributing properties of each predefined SCO (process has none). */
export const ID_CONTRIBUTING_PROPERTIES: Record<string, readonly string[]> = {
  artifact: ['hashes', 'payload_bin'],
  'autonomous-system': ['number'],
  directory: ['path'],
  'domain-name': ['value'],
  'email-addr': ['value'],
  'email-message': ['from_ref', 'subject', 'body'],
  file: ['hashes', 'name', 'extensions', 'parent_directory_ref'],
  'ipv4-addr': ['value'],
  'ipv6-addr': ['value'],
  'mac-addr': ['value'],
  mutex: ['name'],
  'network-traffic': ['start', 'end', 'src_ref', 'dst_ref', 'src_port', 'dst_port', 'protocols', 'extensions'],
  software: ['name', 'cpe', 'swid', 'vendor', 'version'],
  url: ['value'],
  'user-account': ['account_type', 'user_id', 'account_login'],
  'windows-registry-key': ['key', 'values'],
  'x509-certificate': ['hashes', 'serial_number'],
};

// STIX 2.1 §2.9: of several hashes only one contributes, chosen in this order.
const HASH_PREFERENCE = ['MD5', 'SHA-1', 'SHA-256', 'SHA-512'];

function chooseOneHash(hashes: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const k of HASH_PREFERENCE) if (Object.hasOwn(hashes, k)) return { [k]: hashes[k] };
  const first = Object.keys(hashes)[0];
  return first === undefined ? undefined : { [first]: hashes[first] };
}

/** RFC 8785 JSON Canonicalization Scheme: sorted keys (UTF-16 order), ES number and string forms. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    // A loop, not map/join: the mapped array's shape varied and deoptimised this function.
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    if (obj[keys[i]] === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(keys[i])}:${canonicalJson(obj[keys[i]])}`;
  }
  return `${out}}`;
}

const NAMESPACE_BYTES = Buffer.from(STIX_SCO_NAMESPACE.replace(/-/g, ''), 'hex');

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: Buffer = NAMESPACE_BYTES): string {
  // One-shot hash of namespace ‖ UTF-8 name: a Hash object per SCO id cost more than the SHA-1.
  const len = Buffer.byteLength(name, 'utf8');
  const input = Buffer.allocUnsafe(namespace.length + len);
  namespace.copy(input, 0);
  input.write(name, namespace.length, len, 'utf8');
  const digest = hash('sha1', input, 'buffer');
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  const h = digest.toString('hex', 0, 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The deterministic id an SCO should carry, or undefined when its type has no ID-contributing properties present. */
export function deterministicObservableId(sco: Record<string, unknown>): string | undefined {
  const type = sco.type;
  if (typeof type !== 'string') return undefined;
  const props = ID_CONTRIBUTING_PROPERTIES[type];
  if (!props) return undefined;
  const contributing: Record<string, unknown> = {};
  let any = false;
  for (const p of props) {
    if (!Object.hasOwn(sco, p)) continue;
    let v = sco[p];
    if (v === undefined || v === null) continue;
    if (p === 'hashes' && typeof v === 'object' && !Array.isArray(v)) {
      v = chooseOneHash(v as Record<string, unknown>);
      if (v === undefined) continue;
    }
    contributing[p] = v;
    any = true;
  }
  if (!any) return undefined;
  return `${type}--${uuidV5(canonicalJson(contributing))}`;
}

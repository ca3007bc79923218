import type { CountryCode } from 'libphonenumber-js/max';
import { Dictionary } from './detectors/dictionary';
import type { ScanContext } from './detectors/finding';
import { Pseudonymizer } from './pseudonyms';
import { scanText, type Scanner } from './scan';

/** What a detector spec varies of the scan context; the rest is the full-mode default of the specs. */
export interface TestScannerOptions {
  protectedValues?: string[];
  region?: CountryCode;
  internalDomains?: string[];
  netblocks?: string[];
}

/** A scanner for detector specs: full mode, no dictionary, a fixed pseudonym key. */
export function testScanner(options: TestScannerOptions = {}): Scanner {
  const protectedValues = options.protectedValues ?? [];
  const ctx: ScanContext = {
    mode: 'full',
    region: options.region,
    internalDomains: options.internalDomains ?? ['acme.com'],
    netblocks: options.netblocks ?? [],
    isProtected: (v) => protectedValues.includes(v),
    ipv4Prefix: 24,
    ipv6Prefix: 48,
    deviceIds: 'model',
  };
  return { ctx, dictionary: new Dictionary([]), protectedValues, pseudonyms: new Pseudonymizer(Buffer.alloc(32, 7)) };
}

/** The text after one scan with the default test scanner, `protectedValues` protected. */
export function scanProtected(text: string, protectedValues: string[] = []): string {
  return scanText(text, testScanner({ protectedValues })).text;
}

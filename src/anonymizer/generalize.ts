import { networkOf, nonRoutableBlock } from './ip';

// Stage 4: coarse values that keep their use to recipients (ANONYMIZER.md §3.5).

/** Parses a STIX timestamp; null when unparseable. */
export function parseTime(v: unknown): Date | null {
  if (typeof v !== 'string') return null;
  const t = new Date(v);
  return Number.isNaN(t.getTime()) ? null : t;
}

/** `YYYY-MM-DDTHH:00:00Z`, floored to the hour in UTC, no fractional seconds. */
export function floorHour(t: Date): string {
  return `${t.toISOString().slice(0, 13)}:00:00Z`;
}

/** Floored to the day (single-event sightings). */
export function floorDay(t: Date): string {
  return `${t.toISOString().slice(0, 10)}T00:00:00Z`;
}

/** Ceiling to the hour, for upper bounds that must stay after a floored lower bound. */
export function ceilHour(t: Date): string {
  const c = new Date(t.getTime());
  if (c.getUTCMinutes() || c.getUTCSeconds() || c.getUTCMilliseconds()) c.setUTCHours(c.getUTCHours() + 1, 0, 0, 0);
  return floorHour(c);
}

/** created/modified: processing time floored to the hour; STIX wants millisecond precision here. */
export function processingStamp(t: Date): string {
  return `${t.toISOString().slice(0, 13)}:00:00.000Z`;
}

/** Lower bound of the bucket a victim-side count falls in (1, 2–9, 10–99, 100+ by default). */
export function bucketCount(n: number, buckets: number[]): number {
  let b = buckets[0] ?? 1;
  for (const x of buckets) if (n >= x) b = x;
  return Math.max(b, 1);
}

/** Generalised victim IP value: reserved block, or network prefix. Null means drop. */
export function generaliseIp(value: string, v4Prefix: number, v6Prefix: number, privateMode: 'block' | 'drop'): string | null {
  const addr = value.split('/')[0];
  const block = nonRoutableBlock(addr);
  if (block) return privateMode === 'block' ? block : null;
  return networkOf(value, addr.includes(':') ? v6Prefix : v4Prefix);
}

// UN M49 sub-regions as STIX region-ov values, for the countries members come from.
const REGIONS: Record<string, string> = {};
const add = (region: string, cc: string) => cc.split(' ').forEach((c) => (REGIONS[c] = region));
add('western-europe', 'DE FR NL BE AT CH LU LI MC');
add('northern-europe', 'GB UK IE SE NO DK FI IS EE LV LT');
add('southern-europe', 'IT ES PT GR MT SI HR BA RS ME MK AL CY SM VA AD');
add('eastern-europe', 'PL CZ SK HU RO BG UA RU BY MD');
add('northern-america', 'US CA');
add('central-america', 'MX GT HN SV NI CR PA BZ');
add('south-america', 'BR AR CL CO PE VE EC BO PY UY');
add('eastern-asia', 'JP CN KR TW HK MO MN KP');
add('south-eastern-asia', 'SG MY TH VN ID PH MM KH LA BN');
add('southern-asia', 'IN PK BD LK NP IR');
add('western-asia', 'TR IL AE SA QA KW BH OM JO LB IQ');
add('australia-and-new-zealand', 'AU NZ');
add('northern-africa', 'EG MA DZ TN LY');
add('sub-saharan-africa', 'ZA NG KE GH ET');

/** The STIX region for an ISO country code, if known. */
export function regionOf(country: string | undefined): string | undefined {
  return country ? REGIONS[country.toUpperCase()] : undefined;
}

// STIX 2.1 §3.2: timestamps are RFC 3339 date-times, MUST be in UTC and MUST carry
// the `Z` designator. We also reject calendar-impossible dates (Feb 30, Feb 29 in a
// non-leap year) that a plain regex would let through.


const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a leap year of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * True when `value` is an RFC 3339 UTC timestamp (`Z`) naming a real calendar instant.
 * Hand-rolled instead of a regex: it runs for every timestamp of every object.
 */
export function isStixTimestamp(value: string): boolean {
  const n = value.length;
  if (n < 20 || value.charCodeAt(n - 1) !== 90 /* Z */) return false;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  if (n > 20) {
    // Fraction: '.' and at least one digit before the Z.
    if (value[19] !== '.' || n < 22 || digitsOnly(value, 20, n - 1) === false) return false;
  }
  const maxDay = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > maxDay) return false;
  // RFC 3339 §5.6 allows second 60 for a leap second, only at the end of a UTC day.
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  if (second === 60 && !(hour === 23 && minute === 59)) return false;
  return true;
}

function digitsOnly(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when `value` is a STIX timestamp with at least millisecond precision (`created`, `modified`). */
export function isStixTimestampMillis(value: string): boolean {
  return value.length >= 24 && isStixTimestamp(value);
}

/**
 * Compares two valid STIX timestamps as instants, keeping sub-millisecond digits.
 * Returns <0, 0 or >0. All STIX timestamps are in UTC, so the fixed-width head compares
 * character by character; a missing fraction digit counts as 0.
 */
export function compareTimestamps(a: string, b: string): number {
  for (let i = 0; i < 19; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  const endA = a.length - 1;
  const endB = b.length - 1;
  const width = Math.max(endA, endB);
  for (let i = 20; i < width; i++) {
    const ca = i < endA ? a.charCodeAt(i) : 48;
    const cb = i < endB ? b.charCodeAt(i) : 48;
    if (ca !== cb) return ca - cb;
  }
  return 0;
}

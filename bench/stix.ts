// Benchmark of the STIX library: objects validated per second on a generated mix of
// 100,000 objects, patterns parsed per second, and peak memory. Prints one JSON object.
// Run: npx tsc -p tsconfig.build.json && node dist/bench/stix.js
import { deterministicObservableId, parsePattern, precompileSchemas, validate } from '../src/stix';

const OBJECTS = 100_000;
const PATTERNS = 100_000;
const BUNDLE_SIZE = 1_000;

function uuid(i: number, salt: number): string {
  const h = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0');
  const s = (salt & 0xfff).toString(16).padStart(3, '0');
  const tail = (i >>> 0).toString(16).padStart(12, '0').slice(-12);
  return `${h}-${s.slice(0, 3)}0-4${s}-8${s}-${tail}`;
}

function ts(i: number, offsetDays = 0): string {
  return new Date(Date.UTC(2024, 0, 1) + (i % 100_000) * 60_000 + offsetDays * 86_400_000).toISOString();
}

const IDENTITY = 'identity--f431f809-377b-45e0-aa1c-6a4751cae5ff';
const TLP_GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';

function pattern(i: number): string {
  switch (i % 5) {
    case 0:
      return `[ipv4-addr:value = '10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}']`;
    case 1:
      return `[file:hashes.'SHA-256' = '${i.toString(16).padStart(64, 'a')}' OR file:name = 'dropper${i}.exe']`;
    case 2:
      return `[domain-name:value = 'c2-${i}.example.com'] FOLLOWEDBY [url:value LIKE 'http://c2-${i}.example.com/%'] WITHIN 600 SECONDS`;
    case 3:
      return `[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_port IN (80, 443, ${1024 + (i % 60000)})] REPEATS 3 TIMES`;
    default:
      return `[email-message:from_ref.value MATCHES '^.+@evil${i}\\\\.example$' AND email-message:subject NOT LIKE 'RE:%'] START t'2024-01-01T00:00:00Z' STOP t'2024-12-31T00:00:00Z'`;
  }
}

function object(i: number): Record<string, unknown> {
  const common = (type: string) => ({
    type,
    spec_version: '2.1',
    id: `${type}--${uuid(i, 7)}`,
    created: ts(i),
    modified: ts(i, 1),
    created_by_ref: IDENTITY,
    object_marking_refs: [TLP_GREEN],
  });
  switch (i % 6) {
    case 0:
      return {
        ...common('indicator'),
        name: `indicator ${i}`,
        indicator_types: ['malicious-activity'],
        pattern: pattern(i),
        pattern_type: 'stix',
        pattern_version: '2.1',
        valid_from: ts(i),
        valid_until: ts(i, 365),
      };
    case 1:
      return {
        ...common('observed-data'),
        first_observed: ts(i),
        last_observed: ts(i, 1),
        number_observed: 1 + (i % 50),
        object_refs: [`ipv4-addr--${uuid(i, 1)}`, `network-traffic--${uuid(i, 2)}`],
      };
    case 2:
      return {
        ...common('incident'),
        name: `incident ${i}`,
        description: 'Unauthorized firmware on telematics units.',
        extensions: {
          'extension-definition--ef765651-680c-498d-9894-99799f2fa126': {
            extension_type: 'property-extension',
            determination: 'suspected',
            investigation_status: 'open',
            criticality: i % 101,
            impacted_entity_counts: { 'information-systems': i % 1000 },
          },
        },
      };
    case 3:
      return {
        ...common('relationship'),
        relationship_type: 'indicates',
        source_ref: `indicator--${uuid(i - 3, 7)}`,
        target_ref: `malware--${uuid(i, 9)}`,
      };
    case 4: {
      const sco: Record<string, unknown> = { type: 'ipv4-addr', spec_version: '2.1', value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
      sco.id = deterministicObservableId(sco);
      return sco;
    }
    default: {
      const sco: Record<string, unknown> = {
        type: 'file',
        spec_version: '2.1',
        name: `sample${i}.bin`,
        size: i,
        hashes: { 'SHA-256': i.toString(16).padStart(64, '0'), MD5: i.toString(16).padStart(32, '0') },
      };
      sco.id = deterministicObservableId(sco);
      return sco;
    }
  }
}

function main(): void {
  const objects = Array.from({ length: OBJECTS }, (_, i) => object(i));
  const bundles: Array<Record<string, unknown>> = [];
  for (let i = 0; i < OBJECTS; i += BUNDLE_SIZE) {
    bundles.push({ type: 'bundle', id: `bundle--${uuid(i, 3)}`, objects: objects.slice(i, i + BUNDLE_SIZE) });
  }
  const patterns = Array.from({ length: PATTERNS }, (_, i) => pattern(i));

  precompileSchemas();
  // Warm up the JIT so the measurement reflects steady state.
  for (let i = 0; i < 20_000; i++) validate(objects[i]);
  for (let i = 0; i < 20_000; i++) parsePattern(patterns[i]);

  // Each figure is the median of three full passes (single-core timings on a shared
  // machine vary by tens of percent from GC and JIT timing).
  let invalid = 0;
  const median = (run: () => void): number => {
    const times: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t = process.hrtime.bigint();
      run();
      times.push(Number(process.hrtime.bigint() - t) / 1e9);
    }
    return times.sort((a, b) => a - b)[1];
  };
  const bundleSeconds = median(() => {
    for (const b of bundles) if (!validate(b).valid) invalid++;
  });
  const singleSeconds = median(() => {
    for (const o of objects) if (!validate(o).valid) invalid++;
  });
  let comparisons = 0;
  const patternSeconds = median(() => {
    comparisons = 0;
    for (const p of patterns) comparisons += parsePattern(p).observables.length;
  });

  const mem = process.memoryUsage();
  console.log(
    JSON.stringify({
      objects: OBJECTS,
      mix: 'indicator (with stix pattern), observed-data, incident (Incident Core), relationship, ipv4-addr, file',
      objectsPerSecondInBundles: Math.round(OBJECTS / bundleSeconds),
      objectsPerSecondSingle: Math.round(OBJECTS / singleSeconds),
      invalidObjectsOrBundles: invalid,
      patterns: PATTERNS,
      patternsPerSecond: Math.round(PATTERNS / patternSeconds),
      comparisonsParsed: comparisons,
      peakRssMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
      heapUsedMiB: Math.round((mem.heapUsed / 1048576) * 10) / 10,
      node: process.version,
    }),
  );
}

main();

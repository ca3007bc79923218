// Anonymizer benchmark: prints one JSON object (objects/s and MB/s on a generated mix with
// realistic free text, p99 for a 1 MB bundle, peak memory). One core, no workers.
import { anonymize, createKeyring, DEFAULT_POLICY } from '../src/anonymizer/index';
import { generate } from '../src/anonymizer/synthetic';

const key = createKeyring('000102030405060708090a0b0c0d0e0f');
const now = '2024-06-01T00:00:00Z';

function mixThroughput(): { objects: number; bytes: number; ms: number } {
  // A quarter of the indicators carry identifier-dense incident text (EN/DE/FR/JP), the rest threat prose.
  const inputs = Array.from({ length: 60 }, (_, i) => generate(1000 + i, 4 + (i % 8), 0.25));
  // One full warm-up pass (JIT), then the median of three measured passes: steady-state throughput.
  for (const p of inputs) anonymize(p.bundle, DEFAULT_POLICY, key, p.profile, { now });
  const objects = inputs.reduce((n, p) => n + p.bundle.objects.length, 0);
  const bytes = inputs.reduce((n, p) => n + Buffer.byteLength(JSON.stringify(p.bundle)), 0);
  const passes: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.hrtime.bigint();
    for (const p of inputs) anonymize(p.bundle, DEFAULT_POLICY, key, p.profile, { now });
    passes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { objects, bytes, ms: passes.sort((a, b) => a - b)[1] };
}

function oneMegabyte(): { bytes: number; objects: number; timesMs: number[] } {
  let n = 100;
  let p = generate(42, n, 0.25);
  // Grow until the bundle is at least 1 MB of JSON.
  while (Buffer.byteLength(JSON.stringify(p.bundle)) < 1024 * 1024) {
    n = Math.ceil(n * 1.3);
    p = generate(42, n, 0.25);
  }
  const timesMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = process.hrtime.bigint();
    anonymize(p.bundle, DEFAULT_POLICY, key, p.profile, { now });
    timesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { bytes: Buffer.byteLength(JSON.stringify(p.bundle)), objects: p.bundle.objects.length, timesMs: timesMs.sort((a, b) => a - b) };
}

const mix = mixThroughput();
const big = oneMegabyte();
const p99 = big.timesMs[Math.min(big.timesMs.length - 1, Math.ceil(big.timesMs.length * 0.99) - 1)];
console.log(
  JSON.stringify({
    mix: { bundles: 60, identifierDenseShare: 0.25, objects: mix.objects, megabytes: +(mix.bytes / 1048576).toFixed(2), seconds: +(mix.ms / 1000).toFixed(3) },
    objectsPerSecond: Math.round(mix.objects / (mix.ms / 1000)),
    megabytesPerSecond: +(mix.bytes / 1048576 / (mix.ms / 1000)).toFixed(2),
    oneMegabyteBundle: { bytes: big.bytes, objects: big.objects, runs: big.timesMs.length, p50Ms: +big.timesMs[Math.floor(big.timesMs.length / 2)].toFixed(1), p99Ms: +p99.toFixed(1) },
    peakRssMb: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
    phoneMetadata: 'libphonenumber-js/max',
    node: process.version,
  }),
);

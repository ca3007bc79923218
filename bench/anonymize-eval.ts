// Independent leak/survival evaluation of the anonymizer on generated M2M incidents with ground
// truth (bench/anonymize-eval/). Prints one JSON object. Usage:
//   node dist/bench/anonymize-eval.js [--seed N] [--bundles N] [--holdout-names]
import { evaluate } from './anonymize-eval/score';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

console.log(JSON.stringify(evaluate({ seed: arg('seed', 20240601), bundles: arg('bundles', 330), holdoutNames: process.argv.includes('--holdout-names') }), null, 1));

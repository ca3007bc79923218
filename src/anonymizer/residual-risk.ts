import type { AnonymizerPolicy, ResidualRiskReport } from './types';

/** Stage 5: scores a report and sets its verdict (the moderation workflow reads these). */
export function scoreReport(report: Omit<ResidualRiskReport, 'score' | 'verdict'>, policy: AnonymizerPolicy, identityResidue: number): ResidualRiskReport {
  let score = 0;
  score += 5 * report.ambiguous.length;
  score += 15 * report.keptOnPurpose.filter((k) => k.category === 'victim-brand-in-indicator').length;
  score += 5 * report.keptOnPurpose.filter((k) => k.category === 'broadened-pattern').length;
  score += 10 * report.detectorFailures.length;
  if (report.timing.recentObservations > 0) score += 15;
  score += Math.min(15, 5 * report.timing.singleEventSightings);
  const q = report.quasiIdentifiers;
  if (q.anonymitySet === null) score += 5;
  else if (q.anonymitySet < q.k) score += q.widened ? 10 : 40;
  // Any trace of the submitter's identity outside a kept threat value blocks publication.
  if (identityResidue > 0) score += 100;
  score = Math.min(100, score);
  const verdict =
    score >= policy.risk.blockScore ? 'block' : score >= policy.risk.reviewScore || report.keptOnPurpose.length > 0 || report.ambiguous.length > 0 || report.detectorFailures.length > 0 ? 'review-required' : 'auto-publish';
  return { ...report, score, verdict };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_POLICY, type AnonymizerPolicy } from '../../anonymizer';

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** The machine-readable half of a policy version. */
export interface PolicyRules {
  /** Days raw (pre-anonymization) content is kept before it is purged. */
  retentionDays: number;
  /** TLP levels a submission may carry under this version. */
  allowedTlp: TlpLevel[];
  /** Whether a published object may ever name its submitter (only with recorded consent). */
  attribution: 'never' | 'with-consent';
  /** The anonymizer's rules. */
  anonymizer: AnonymizerPolicy;
}

export const SHIPPED_POLICY_VERSION = '1.0.0';

// tsc does not copy markdown: the text is read from the source tree (dist/src/modules/policies → src/modules/policies).
const SHIPPED_DIR = join(__dirname, '..', '..', '..', '..', 'src', 'modules', 'policies', 'shipped');

/** The first policy, shipped with the product; installed on start when absent. */
export function shippedPolicy(): { version: string; title: string; text: string; rules: PolicyRules } {
  return {
    version: SHIPPED_POLICY_VERSION,
    title: 'ShieldShare legal-shield policy',
    text: readFileSync(join(SHIPPED_DIR, `policy-${SHIPPED_POLICY_VERSION}.md`), 'utf8'),
    rules: {
      retentionDays: 30,
      allowedTlp: ['clear', 'green', 'amber', 'amber+strict', 'red'],
      attribution: 'with-consent',
      anonymizer: { ...DEFAULT_POLICY, version: SHIPPED_POLICY_VERSION },
    },
  };
}

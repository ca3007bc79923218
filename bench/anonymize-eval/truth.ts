// Ground truth recorded by the generator and read by the scorer.
import type { SubmitterProfile, StixBundle } from '../../src/anonymizer/index';
import type { LeakForm } from './identifiers';

/** A victim, person or submitter value that must not appear in the output in any form. */
export interface PlantedIdentifier {
  category: string;
  value: string;
  leak: LeakForm[];
  /** Where it was placed (object type and property, encoding). */
  where: string;
}

/** How the scorer decides that a threat value is still present and usable. */
export type SurvivalCheck =
  | { kind: 'pattern'; value: string } // inside some output indicator's pattern
  | { kind: 'sco'; type: string; property: string; value: string } // an output SCO carries exactly this value
  | { kind: 'hash'; value: string } // an output file SCO's hashes hold it
  | { kind: 'name'; type: string; value: string } // an output SDO of that type has this name or alias
  | { kind: 'text'; value: string } // somewhere in the normalised output text
  | { kind: 'digits'; value: string }; // in the digits-only form of some output string

export interface ThreatValue {
  category: string;
  value: string;
  check: SurvivalCheck;
  where: string;
}

export interface GeneratedCase {
  index: number;
  lang: string;
  device: string;
  bundle: StixBundle;
  profile: SubmitterProfile;
  planted: PlantedIdentifier[];
  threats: ThreatValue[];
  /** The submitter's own identity terms (names, short name, domains, staff); any hit is an identity leak. */
  identity: LeakForm[];
}

// Plain-data types shared by the anonymizer stages. Kept in one file so that the
// public surface (index.ts) re-exports them without pulling any stage code.

/** A STIX object as parsed JSON: only `type` and `id` are relied upon structurally. */
export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

/** A STIX 2.1 bundle as parsed JSON. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
  [property: string]: unknown;
}

/** What Stage 1 does with one property of one STIX type. */
export type PropertyAction =
  | 'keep'
  | 'drop'
  /** Stage 2 free-text scan with every detector. */
  | 'scan'
  /** Threat names (malware, actors, tools): only the scrub list and dictionaries apply. */
  | 'scan-dictionary'
  | 'ref'
  | 'refs'
  | 'created-by'
  | 'processing-time'
  | 'observation-time'
  | 'hour'
  | 'count'
  | 'labels'
  | 'external-references'
  | 'markings'
  | 'granular-markings'
  | 'pattern'
  | 'observable'
  | 'extensions'
  | 'hashes';

/** The versioned, machine-readable legal-shield rules that drive the anonymizer. */
export interface AnonymizerPolicy {
  version: string;
  /** `type → property → action`; `*` holds properties common to every object. Unknown paths are dropped. */
  rules: Record<string, Record<string, PropertyAction>>;
  /** Minimum anonymity set for sector × country. */
  k: number;
  keyScope: 'submission' | 'submitter';
  generalization: {
    ipv4Prefix: number;
    ipv6Prefix: number;
    /** `block`: replace with the reserved block (10.0.0.0/8…); `drop`: remove the observable. */
    privateAddresses: 'block' | 'drop';
    /** Upper bounds of the victim-side count buckets, lower bound is published. */
    countBuckets: number[];
    deviceIds: 'model' | 'drop';
  };
  allowLists: {
    externalReferenceSources: string[];
    externalReferenceHosts: string[];
    customProperties: string[];
    extensions: string[];
    labels: string[];
  };
  /** Text of the statement marking added to every published object; `{version}` is substituted. */
  statement: string;
  risk: {
    /** An observation closer than this to processing time is a timing risk. */
    recentObservationHours: number;
    reviewScore: number;
    blockScore: number;
  };
}

/** What the exchange knows about the submitter: dictionaries, asset registry, consent, hints. */
export interface SubmitterProfile {
  /** Names the organization is known by (legal name, short names). Never published. */
  names?: string[];
  domains?: string[];
  brands?: string[];
  products?: string[];
  netblocks?: string[];
  asns?: number[];
  adDomains?: string[];
  staff?: string[];
  customers?: string[];
  /** Free redaction terms; `*` is a wildcard within a word. */
  redact?: string[];
  country?: string;
  region?: string;
  sectors?: string[];
  languages?: string[];
  consent?: { attribution?: boolean };
  /** Member-registry counts: `sector → country → number of members`. */
  memberRegistry?: Record<string, Record<string, number>>;
}

/** Per-call options; the processing clock is an input so the output is reproducible. */
export interface AnonymizeOptions {
  /** Processing time. Defaults to the latest timestamp in the bundle (never the wall clock). */
  now?: Date | string;
  /**
   * `never` (default): every creator becomes the exchange identity. `with-consent`: when the
   * profile records `consent.attribution === true`, the submitter's own organisation identity
   * (a creator whose name is one of `profile.names`) is published with its name, class and
   * sectors, and stays the creator of the objects it created. Customers, staff and every other
   * reference to the submitter (sighting locations, targets) are still generalised.
   */
  attribution?: 'never' | 'with-consent';
}

export type Side = 'threat' | 'victim' | 'ambiguous';

export interface Transformation {
  /** JSON path in the input bundle, e.g. `$.objects[3].description`. */
  path: string;
  detector: string;
  action: 'dropped' | 'tokenised' | 'generalised' | 'rewritten' | 'added';
  reason: string;
}

export interface KeptFinding {
  path: string;
  category: 'victim-brand-in-indicator' | 'per-victim-artefact' | 'premium-rate-number' | 'threat-actor-name' | 'broadened-pattern';
  reason: string;
}

/** The machine-readable residual-risk report (never contains raw values). */
export interface ResidualRiskReport {
  policyVersion: string;
  processedAt: string;
  transformations: Transformation[];
  keptOnPurpose: KeptFinding[];
  ambiguous: { path: string; observableType: string; sideChosen: Side; reason: string }[];
  quasiIdentifiers: { sector?: string; country?: string; region?: string; anonymitySet: number | null; k: number; widened: boolean };
  timing: { recentObservations: number; singleEventSightings: number };
  detectorFailures: { path: string; detector: string }[];
  counts: Record<string, number>;
  /** Present only when the submitter's consented attribution was applied. */
  attribution?: 'submitter-with-consent';
  score: number;
  verdict: 'auto-publish' | 'review-required' | 'block';
}

export interface AnonymizationResult {
  bundle: StixBundle;
  report: ResidualRiskReport;
  /**
   * Input id → published id for every input object that is represented in the output
   * (generalised or replaced identities map to what replaced them; dropped objects are absent).
   * Holds the submitter's raw ids: for the coordinator's raw-vs-anonymized diff only, never
   * published and never part of the report.
   */
  idMap: Record<string, string>;
}

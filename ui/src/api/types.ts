// Response shapes of the REST API (see openapi.yaml). Only what the screens read.

export type Role = 'submitter' | 'member' | 'coordinator' | 'admin';
export const ROLES: Role[] = ['submitter', 'member', 'coordinator', 'admin'];

export interface Me {
  organizationId: string;
  organizationName: string;
  userId: string | null;
  email: string | null;
  displayName: string | null;
  roles: Role[];
  via: string;
}

export type OrganizationKind = 'manufacturer' | 'carrier' | 'coordinator' | 'other';
export const ORGANIZATION_KINDS: OrganizationKind[] = ['manufacturer', 'carrier', 'coordinator', 'other'];

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  sectors: string[];
  country: string | null;
  status: 'active' | 'suspended';
  autoApprove: boolean;
  createdAt: string;
}

export interface User {
  id: string;
  organizationId: string;
  email: string;
  displayName: string;
  roles: Role[];
  status: 'active' | 'disabled';
  lastLoginAt: string | null;
  createdAt: string;
}

export interface ApiKey {
  id: string;
  organizationId: string;
  name: string;
  keyId: string;
  scopes: ('submit' | 'read')[];
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

export interface CreatedApiKey extends ApiKey {
  key: string;
}

export interface PolicySummary {
  version: string;
  title: string;
  contentHash: string;
  publishedAt: string;
  current: boolean;
}

export interface Policy extends PolicySummary {
  text: string;
  rules: Record<string, unknown>;
}

export interface PolicyAcceptance {
  organizationId: string;
  userId: string;
  policyVersion: string;
  contentHash: string;
  acceptedAt: string;
}

export interface AuditEvent {
  seq: number;
  id: string;
  occurredAt: string;
  actorOrgId: string | null;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  actorVia: string;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBefore: number | null;
}

export interface AuditVerify {
  valid: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

export type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
export const TLPS: Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

export type SubmissionState =
  | 'received'
  | 'invalid'
  | 'pending_review'
  | 'changes_requested'
  | 'rejected'
  | 'approved'
  | 'published'
  | 'withdrawn'
  | 'revoked';
export const SUBMISSION_STATES: SubmissionState[] = [
  'pending_review',
  'changes_requested',
  'approved',
  'published',
  'rejected',
  'invalid',
  'received',
  'withdrawn',
  'revoked',
];

export interface SharingGroupRef {
  id: string;
  name: string;
}

export interface SharingGroup extends SharingGroupRef {
  description: string | null;
  memberOrgIds: string[];
}

export interface OrganizationRef {
  id: string;
  name: string;
  kind: OrganizationKind;
  sectors: string[];
  country: string | null;
}

export interface SubmissionSummary {
  id: string;
  state: SubmissionState;
  tlp: Tlp;
  sharingGroup: SharingGroupRef | null;
  revision: number;
  objectCount: number;
  verdict: 'auto-publish' | 'review-required' | 'block' | null;
  riskScore: number | null;
  policyVersion: string;
  policyHash: string;
  /** The submitter consented to being named as creator of the published objects. */
  attributionConsent: boolean;
  receivedAt: string;
  embargoUntil: string | null;
  updatedAt: string;
  publishAt: string | null;
  publishedAt: string | null;
  approvals: { userId: string; at: string }[];
  message: string | null;
  organization?: OrganizationRef;
}

export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export interface ResidualRiskReport {
  policyVersion: string;
  processedAt: string;
  transformations: { path: string; detector: string; action: string; reason: string }[];
  keptOnPurpose: { path: string; category: string; reason: string }[];
  ambiguous: { path: string; observableType: string; sideChosen: string; reason: string }[];
  quasiIdentifiers: { sector?: string; country?: string; region?: string; anonymitySet: number | null; k: number; widened: boolean };
  timing: { recentObservations: number; singleEventSightings: number };
  detectorFailures: { path: string; detector: string }[];
  counts: Record<string, number>;
  score: number;
  verdict: 'auto-publish' | 'review-required' | 'block';
}

export interface HistoryEntry {
  at: string;
  revision: number;
  fromState: SubmissionState | null;
  toState: SubmissionState;
  action: string;
  actor: 'submitter' | 'coordinator' | 'system';
  message: string | null;
}

export interface DiffEntry {
  kind: 'changed' | 'removed' | 'added';
  rawObjectId: string | null;
  objectId: string | null;
  path: string;
  before: unknown;
  after: unknown;
}

export interface SubmissionDetail extends SubmissionSummary {
  errors: { objectId?: string; path: string; rule: string; message: string }[] | null;
  anonymizedBundle: StixBundle | null;
  report: ResidualRiskReport | null;
  history: HistoryEntry[];
}

export interface ModerationDetail extends SubmissionDetail {
  rawBundle: StixBundle | null;
  rawPurgedAt: string | null;
  diff: DiffEntry[];
  organization: OrganizationRef;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ModerationPage extends Page<SubmissionSummary> {
  counts: Partial<Record<SubmissionState, number>>;
}

export interface Subscription {
  id: string;
  organizationId: string;
  name: string;
  collectionIds: string[];
  types: string[];
  sectors: string[];
  labels: string[];
  minConfidence: number | null;
  mode: 'poll' | 'webhook';
  webhookUrl: string | null;
  hasWebhookSecret: boolean;
  status: 'active' | 'paused';
  pausedReason: string | null;
  pausedAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  lastDeliveredAt: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookDelivery {
  id: string;
  batchId: string;
  attempt: number;
  attemptedAt: string;
  durationMs: number;
  outcome: 'delivered' | 'failed';
  statusCode: number | null;
  error: string | null;
  objectCount: number;
  signingKid: string;
}

export interface Collection {
  id: string;
  title: string;
  description: string;
  alias: string | null;
  kind: 'feed' | 'inbox';
  objectTypes: string[];
  sectors: string[];
  labels: string[];
  minConfidence: number | null;
  maxTlp: Tlp | null;
  sharingGroupId: string | null;
  taxiiUrl: string;
  createdAt: string;
  updatedAt: string;
}

export interface DayCounts {
  day: string;
  counts: Record<string, number>;
}

export interface FeedStats {
  id: string;
  title: string;
  description: string;
  alias: string | null;
  taxiiUrl: string;
  bundleUrl: string;
  total: number;
  newestDateAdded: string | null;
  perDay: DayCounts[];
}

export interface FeedStatsResponse {
  from: string;
  to: string;
  days: number;
  discoveryUrl: string;
  apiRootUrl: string;
  collections: FeedStats[];
}

/** What identifies the submitter's organization; matches are removed before anything is published. */
export interface AssetRegistryEntries {
  domains: string[];
  netblocks: string[];
  asns: number[];
  adDomains: string[];
  brands: string[];
  products: string[];
  staff: string[];
  customers: string[];
  redact: string[];
  languages: string[];
}

export type AssetKind = keyof AssetRegistryEntries;

export interface AssetRegistry extends AssetRegistryEntries {
  /** 0 before the first save; the ETag is this number in quotes. */
  version: number;
  updatedAt: string | null;
  counts: Record<AssetKind, number>;
}

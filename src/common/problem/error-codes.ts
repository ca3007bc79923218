/**
 * Every error code the REST API can answer with, its HTTP status and title. A Record keyed by
 * the union is exhaustive: adding a code without a mapping fails the build.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication required' },
  INVALID_CREDENTIALS: { status: 401, title: 'Invalid credentials' },
  SESSION_EXPIRED: { status: 401, title: 'Session expired' },
  FORBIDDEN: { status: 403, title: 'Not allowed' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  ORGANIZATION_NOT_FOUND: { status: 404, title: 'Organization not found' },
  USER_NOT_FOUND: { status: 404, title: 'User not found' },
  API_KEY_NOT_FOUND: { status: 404, title: 'API key not found' },
  POLICY_NOT_FOUND: { status: 404, title: 'Policy version not found' },
  SUBMISSION_NOT_FOUND: { status: 404, title: 'Submission not found' },
  SHARING_GROUP_NOT_FOUND: { status: 404, title: 'Sharing group not found' },
  API_ROOT_NOT_FOUND: { status: 404, title: 'API root not found' },
  COLLECTION_NOT_FOUND: { status: 404, title: 'Collection not found' },
  OBJECT_NOT_FOUND: { status: 404, title: 'Object not found' },
  STATUS_NOT_FOUND: { status: 404, title: 'Status not found' },
  NOT_ACCEPTABLE: { status: 406, title: 'Not acceptable' },
  SUBSCRIPTION_NOT_FOUND: { status: 404, title: 'Subscription not found' },
  REQUEST_TIMEOUT: { status: 408, title: 'Request timed out' },
  ORGANIZATION_NAME_TAKEN: { status: 409, title: 'Organization name already in use' },
  EMAIL_TAKEN: { status: 409, title: 'Email already in use' },
  POLICY_VERSION_EXISTS: { status: 409, title: 'Policy version already published' },
  POLICY_HASH_MISMATCH: { status: 409, title: 'Policy content hash does not match' },
  POLICY_NOT_CURRENT: { status: 409, title: 'Policy version is not the current one' },
  SHARING_GROUP_NAME_TAKEN: { status: 409, title: 'Sharing group name already in use' },
  COLLECTION_ALIAS_TAKEN: { status: 409, title: 'Collection alias already in use' },
  SHARING_GROUP_IN_USE: { status: 409, title: 'Sharing group in use' },
  ILLEGAL_TRANSITION: { status: 409, title: 'Not possible in the submission\'s current state' },
  DUPLICATE_APPROVAL: { status: 409, title: 'Second approval must come from another coordinator' },
  POLICY_NOT_ACCEPTED: { status: 403, title: 'Current policy not accepted' },
  PRECONDITION_FAILED: { status: 412, title: 'The resource changed since you read it' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Request body too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  ROLE_NOT_ALLOWED: { status: 422, title: 'Role not allowed for this organization' },
  INVALID_STIX: { status: 422, title: 'The STIX content is not valid' },
  INVALID_BUNDLE: { status: 422, title: 'The body does not carry a STIX bundle with objects' },
  TLP_NOT_ALLOWED: { status: 422, title: 'TLP level not allowed by the policy' },
  TLP_CONFLICT: { status: 422, title: 'Objects are marked more restrictively than the submission' },
  SHARING_GROUP_REQUIRED: { status: 422, title: 'AMBER needs a sharing group' },
  SHARING_GROUP_NOT_APPLICABLE: { status: 422, title: 'A sharing group applies to AMBER only' },
  UNKNOWN_SHARING_GROUP: { status: 422, title: 'Unknown sharing group' },
  UNKNOWN_ORGANIZATION: { status: 422, title: 'Unknown organization' },
  UNKNOWN_COLLECTION: { status: 422, title: 'Unknown collection' },
  INVALID_WEBHOOK_URL: { status: 422, title: 'Webhook URL not allowed' },
  WEBHOOK_URL_REQUIRED: { status: 422, title: 'Webhook delivery needs a webhook URL' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'Idempotency key already used for other content' },
  JUSTIFICATION_REQUIRED: { status: 422, title: 'A recorded justification is required' },
  INVALID_REDACTION: { status: 422, title: 'The redaction cannot be applied' },
  INVALID_ASSET_REGISTRY: { status: 422, title: 'The asset registry has invalid entries' },
  ATTRIBUTION_NOT_ALLOWED: { status: 422, title: 'The policy never attributes submissions' },
  PRECONDITION_REQUIRED: { status: 428, title: 'If-Match is required' },
  TOO_MANY_ATTEMPTS: { status: 429, title: 'Too many attempts' },
  INTERNAL_ERROR: { status: 500, title: 'Internal error' },
  DATABASE_UNAVAILABLE: { status: 503, title: 'Database unavailable' },
  METRICS_UNAVAILABLE: { status: 503, title: 'Metrics of the other service processes unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Stable problem type URI per code: `/problems/invalid-credentials`. */
export function problemType(code: ErrorCode): string {
  return `/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}

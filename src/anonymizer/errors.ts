/** Stable codes for the only errors `anonymize` throws: invalid input. */
export type AnonymizerErrorCode = 'INVALID_BUNDLE' | 'INVALID_POLICY' | 'INVALID_KEY' | 'INVALID_OPTIONS';

/** Thrown for invalid input only, with JSON-pointer issues. */
export class AnonymizerError extends Error {
  constructor(
    readonly code: AnonymizerErrorCode,
    readonly issues: { pointer: string; message: string }[],
  ) {
    super(`${code}: ${issues.map((i) => `${i.pointer || '/'} ${i.message}`).join('; ')}`);
    this.name = 'AnonymizerError';
  }
}

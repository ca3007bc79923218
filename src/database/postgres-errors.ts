import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a failed query (e.g. 23505), or undefined for any other error. */
export function postgresErrorCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
}

/** A unique-constraint violation of the named constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }) : undefined;
  return postgresErrorCode(error) === '23505' && driverError?.constraint === constraint;
}

/** A foreign-key violation (a referenced row is missing, or a referencing row blocks a delete). */
export function isForeignKeyViolation(error: unknown): boolean {
  return postgresErrorCode(error) === '23503';
}

import { Transform } from 'class-transformer';

/**
 * Trims a string before validation, so length rules apply to what is stored: "   " is an
 * empty name, not a three-character one. Non-strings pass through for the type check.
 */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

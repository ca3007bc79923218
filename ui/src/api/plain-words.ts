import { ApiError } from './client';

/**
 * What went wrong, in words a coordinator at 2 a.m. can act on. The API's own `detail` is
 * already written for people, so it is kept; the status decides what to do next.
 */
export function plainWords(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong in this page. Reload it and try again.';
  const detail = error.detail ? sentence(error.detail) : '';
  const fields = error.issues.length > 0 ? ` ${error.issues.map((i) => `${fieldName(i.pointer)}: ${i.message}.`).join(' ')}` : '';
  switch (true) {
    case error.status === 0:
      return 'Could not reach the ShieldShare service. Check your connection; nothing was changed.';
    case error.status === 401:
      return 'You are not signed in, or your session has ended. Sign in again.';
    case error.status === 403:
      return `Your account is not allowed to do this.${detail ? ` ${detail}` : ''}`;
    case error.status === 404:
      return `Not found: it no longer exists, or your account cannot see it.${detail ? ` (${detail})` : ''}`;
    case error.status === 409:
      return `This could not be done because something changed first. ${detail} Reload to see the current state.`.trim();
    case error.status === 413:
      return 'That is too large for the service to accept.';
    case error.status === 429:
      return 'Too many attempts in a short time. Wait a few minutes, then try again.';
    case error.status === 400 || error.status === 422:
      return `The service refused this input. ${detail}${error.issues.length > 1 ? fields : ''}`.trim();
    case error.status >= 500:
      return `The service failed unexpectedly; nothing was changed. Try again, and if it keeps failing give the operator this reference: ${error.requestId ?? 'none'}.`;
    default:
      return detail || `${error.title} (HTTP ${error.status}).`;
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function fieldName(pointer: string): string {
  const name = pointer.split('/').filter(Boolean).join(' › ');
  return name || 'input';
}

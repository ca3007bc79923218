import { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { plainWords } from '../api/plain-words';
import type { SubmissionState, Tlp } from '../api/types';
import { humanize } from '../app/format';

/** Placeholder rows of the final height, so the page does not jump when data arrives. */
export function Skeleton({ rows = 5, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" aria-hidden="true" />
      ))}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{plainWords(error)}</p>
      {onRetry && !(error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-success" role="status">
      {children}
    </div>
  );
}

export function TlpBadge({ tlp }: { tlp: Tlp }) {
  return <span className={`tlp tlp-${tlp.replace('+', '-')}`}>TLP:{tlp.toUpperCase()}</span>;
}

export function StateBadge({ state }: { state: SubmissionState }) {
  return <span className={`state state-${state}`}>{humanize(state)}</span>;
}

export function RiskScore({ score, verdict }: { score: number | null; verdict: string | null }) {
  if (score === null) return <span className="muted">—</span>;
  const level = verdict === 'block' ? 'high' : verdict === 'review-required' ? 'medium' : 'low';
  return (
    <span className={`risk risk-${level}`} title={verdict ? humanize(verdict) : undefined}>
      {score}
      <span className="visually-hidden"> ({verdict ? humanize(verdict) : 'no verdict'})</span>
    </span>
  );
}

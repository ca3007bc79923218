import type { Subscription } from '../../api/types';

/** Active or paused, with the reason right there: a paused subscription receives nothing. */
export function SubscriptionStatus({ subscription: s }: { subscription: Subscription }) {
  if (s.status === 'active') {
    return (
      <>
        <span className="state state-published">Active</span>
        {s.consecutiveFailures > 0 && <span className="cell-sub text-danger">{s.consecutiveFailures} failed attempts in a row; retrying</span>}
      </>
    );
  }
  return (
    <>
      <span className="state state-rejected">Paused</span>
      <span className="cell-sub">{pausedWhy(s)}</span>
    </>
  );
}

/** "Paused by a member" / "Paused after 10 failed deliveries in a row …", as a sentence. */
export function pausedWhy(s: Subscription): string {
  const reason = s.pausedReason ?? 'no reason recorded';
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}

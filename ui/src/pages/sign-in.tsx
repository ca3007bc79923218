import { FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { plainWords } from '../api/plain-words';
import { useSession } from '../app/session';

export function SignIn({ expired = false }: { expired?: boolean }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = expired ? 'Session expired · ShieldShare admin' : 'Sign in · ShieldShare admin';
    first.current?.focus();
  }, [expired]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? 'That email and password do not match an active account. Check both and try again.'
          : plainWords(err),
      );
      setBusy(false);
    }
  };

  return (
    <main className="auth-page" id="main">
      <form className="auth-card" onSubmit={submit} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
        <p className="brand auth-brand">
          <span aria-hidden="true" className="brand-mark">◆</span> ShieldShare
        </p>
        {expired ? (
          <>
            <h1>Your session has expired</h1>
            <p className="muted">
              For safety, sessions end after a while. Nothing you had already saved is lost. Sign in again to carry on
              where you were.
            </p>
          </>
        ) : (
          <h1>Sign in</h1>
        )}
        <div className="field">
          <label htmlFor="email">Email</label>
          <input ref={first} id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <div className="error-slot" aria-live="assertive">
          {error && (
            <p id="sign-in-error" className="notice notice-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button button-primary button-wide" disabled={busy || !email || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

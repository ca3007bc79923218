import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, ApiError, onSessionExpired } from '../api/client';
import type { Me, Role } from '../api/types';

type Status = 'loading' | 'signed-out' | 'expired' | 'signed-in' | 'unreachable';

interface Session {
  status: Status;
  me: Me | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.get<Me>('/auth/me', { anonymous: true, signal: controller.signal }).then(
      (who) => {
        setMe(who);
        setStatus('signed-in');
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setStatus(error instanceof ApiError && error.status === 401 ? 'signed-out' : 'unreachable');
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // A 401 on any later call means the cookie expired or was revoked: say so, keep the place.
  useEffect(() => onSessionExpired(() => setStatus((current) => (current === 'signed-in' ? 'expired' : current))), []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await api.post<{ me: Me }>('/auth/login', { email, password }, { anonymous: true });
    setMe(session.me);
    setStatus('signed-in');
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout', undefined, { anonymous: true });
    } catch {
      // Already signed out (expired cookie): the outcome is the same.
    }
    setMe(null);
    setStatus('signed-out');
  }, []);

  const retry = useCallback(() => {
    setStatus('loading');
    setAttempt((n) => n + 1);
  }, []);

  return <SessionContext.Provider value={{ status, me, signIn, signOut, retry }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Whether the signed-in person holds any of these roles. Hides controls only; the API decides. */
export function useCan(...roles: Role[]): boolean {
  const { me } = useSession();
  return !!me && roles.some((r) => me.roles.includes(r));
}

import { useEffect, useState } from 'preact/hooks';
import { api, ApiFailure, onSessionExpired, setCsrfToken } from './api.js';

// Who is signed in, shared by every account page. Asked once from GET /api/auth/session; sign-up and
// sign-in answer with the same shape. The CSRF token lives in memory only (never in storage).

export interface User {
  id: string;
  email: string;
}

interface Grant {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-in'; user: User }
  | { status: 'signed-out'; expired: boolean }
  /** The server has no account features (or cannot be reached). */
  | { status: 'unavailable'; message: string };

let state: AuthState = { status: 'loading' };
let checking: Promise<AuthState> | null = null;
const listeners = new Set<(s: AuthState) => void>();

function set(next: AuthState): AuthState {
  state = next;
  for (const listener of listeners) listener(state);
  return state;
}

function grant(g: Grant): AuthState {
  setCsrfToken(g.csrfToken);
  return set({ status: 'signed-in', user: g.user });
}

onSessionExpired(() => {
  setCsrfToken(null);
  checking = null;
  if (state.status === 'signed-in') set({ status: 'signed-out', expired: true });
});

/** Asks the server once (again after sign-out) whether this browser has a live session. */
export function checkSession(): Promise<AuthState> {
  checking ??= api
    .get<Grant>('/api/auth/session', { quiet401: true })
    .then(grant)
    .catch((error: unknown) => {
      if (error instanceof ApiFailure && error.status === 401) return set({ status: 'signed-out', expired: false });
      if (error instanceof ApiFailure && error.status === 404)
        return set({ status: 'unavailable', message: 'Accounts and the diary are not switched on for this backrub server.' });
      checking = null;
      return set({ status: 'unavailable', message: error instanceof ApiFailure ? error.message : 'We could not reach backrub.' });
    });
  return checking;
}

export function useAuth(): AuthState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    if (state.status === 'loading' || state.status === 'unavailable') void checkSession();
    return () => void listeners.delete(setCurrent);
  }, []);
  return current;
}

export async function signUp(email: string, password: string): Promise<void> {
  grant(await api.post<Grant>('/api/auth/signup', { email, password }));
  checking = Promise.resolve(state);
}

export async function signIn(email: string, password: string): Promise<void> {
  grant(await api.post<Grant>('/api/auth/signin', { email, password }));
  checking = Promise.resolve(state);
}

function signedOut(): void {
  setCsrfToken(null);
  checking = null;
  set({ status: 'signed-out', expired: false });
}

export async function signOut(): Promise<void> {
  await api.post('/api/auth/signout');
  signedOut();
}

export async function signOutEverywhere(): Promise<number> {
  const { sessionsEnded } = await api.post<{ sessionsEnded: number }>('/api/auth/signout-everywhere');
  signedOut();
  return sessionsEnded;
}

export async function deleteAccount(password: string): Promise<void> {
  await api.del('/api/account', { password });
  signedOut();
}

/** Ends every other session; this one stays signed in. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await api.post('/api/account/password', { currentPassword, newPassword });
}

/** Always answers the same (the server does not say whether the email has an account). */
export async function requestPasswordReset(email: string): Promise<string> {
  const { message } = await api.post<{ message: string }>('/api/auth/reset-request', { email });
  return message;
}

/** Sets a new password with a reset link's token; every session of the account ends. */
export async function resetPassword(token: string, newPassword: string): Promise<void> {
  await api.post('/api/auth/reset', { token, newPassword });
  signedOut();
}

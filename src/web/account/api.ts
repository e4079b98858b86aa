import type { FieldIssue } from '../../core/validation.js';

// The one door to the account API. Every state-changing request carries the session's CSRF token in
// the `x-csrf-token` header (the token comes from sign-up, sign-in or GET /api/auth/session). A 401
// means the session ended: listeners are told, so the app can keep unsaved work and ask to sign in.

export const CSRF_HEADER = 'x-csrf-token';

/** A failed API call, with the server's `{ error: { code, message, issues } }` body. */
export class ApiFailure extends Error {
  override name = 'ApiFailure';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type ExpiredListener = () => void;
const expiredListeners = new Set<ExpiredListener>();
/** Called when any request answers 401 (not signed in, or the session expired). */
export function onSessionExpired(listener: ExpiredListener): () => void {
  expiredListeners.add(listener);
  return () => void expiredListeners.delete(listener);
}

const OFFLINE = 'We could not reach backrub. Check your connection and try again.';

async function failureFrom(res: Response): Promise<ApiFailure> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; issues?: FieldIssue[] } };
    if (body.error?.message) return new ApiFailure(res.status, body.error.code ?? 'unknown', body.error.message, body.error.issues ?? []);
  } catch {
    /* not JSON */
  }
  if (res.status === 404) return new ApiFailure(404, 'not_found', 'That was not found.');
  return new ApiFailure(res.status, 'unknown', 'Something went wrong on the server. Please try again.');
}

export interface RequestOptions {
  /** Do not tell the app about a 401 (used when asking "am I signed in?"). */
  quiet401?: boolean;
}

export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiFailure(0, 'offline', OFFLINE);
  }
  if (!res.ok) {
    const failure = await failureFrom(res);
    if (res.status === 401 && !options.quiet401) for (const listener of expiredListeners) listener();
    throw failure;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T = void>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

/** Downloads a file from a GET route (export), keeping the cookie; a 401 is reported like any other. */
export async function download(path: string, fallbackName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiFailure(0, 'offline', OFFLINE);
  }
  if (!res.ok) {
    const failure = await failureFrom(res);
    if (res.status === 401) for (const listener of expiredListeners) listener();
    throw failure;
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  saveFile(blob, /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName);
}

/** Hands a file made or fetched in the page to the browser's downloads. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Field problems keyed by their path (`painBefore`, `areas[1].intensity`, ...). */
export function issuesByField(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiFailure) for (const issue of error.issues) out[issue.path] ??= issue.message;
  return out;
}

export function messageOf(error: unknown): string {
  return error instanceof ApiFailure ? error.message : 'Something went wrong. Please try again.';
}

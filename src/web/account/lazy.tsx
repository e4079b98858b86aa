import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// The doorway from the main bundle to the account pages: only this file is loaded up front; the pages,
// their styles and the charts arrive when one of their paths is opened.

export function isAccountPath(path: string): boolean {
  return path === '/diary' || path.startsWith('/diary/') || path === '/account' || path.startsWith('/account/') || path.startsWith('/share/');
}

const TITLES: Record<string, string> = {
  '/diary': 'My diary - backrub',
  '/diary/new': 'Add to my diary - backrub',
  '/diary/progress': 'My progress - backrub',
  '/diary/checkin': 'Weekly check-in - backrub',
  '/diary/share': 'Share with my therapist or doctor - backrub',
  '/diary/summary': 'My summary - backrub',
  '/account': 'My account - backrub',
  '/account/signin': 'Sign in - backrub',
  '/account/signup': 'Make an account - backrub',
  '/account/deleted': 'Account deleted - backrub',
  '/account/forgot': 'Forgot password - backrub',
  '/account/reset': 'Choose a new password - backrub',
};

export function accountTitle(path: string): string | undefined {
  if (TITLES[path]) return TITLES[path];
  if (path.startsWith('/diary/entry/')) return 'Change a diary entry - backrub';
  if (path.startsWith('/share/')) return 'Back pain summary - backrub';
  return undefined;
}

type AccountPage = ComponentType<{ path: string }>;
let accountModule: Promise<AccountPage> | null = null;

export function LazyAccount(props: { path: string }) {
  const [Page, setPage] = useState<AccountPage | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    accountModule ??= import('./AccountPages.js').then((m) => m.default);
    accountModule.then((p) => setPage(() => p)).catch(() => setFailed(true));
  }, []);
  if (failed) return <p role="alert">This page could not load. Check your connection and reload the page.</p>;
  return Page ? <Page path={props.path} /> : <p class="hint">Loading...</p>;
}

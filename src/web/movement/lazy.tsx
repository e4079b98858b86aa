import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// The doorway from the main bundle to the movement library: the pages and drawings load when opened.

export const isMovementPath = (path: string): boolean => path === '/movements' || path.startsWith('/movements/');

export const movementTitle = (path: string): string | undefined =>
  path === '/movements' ? 'Stretches and movement - backrub' : isMovementPath(path) ? 'Stretch or movement - backrub' : undefined;

type Pages = ComponentType<{ path: string }>;
let pages: Promise<Pages> | null = null;

export function LazyMovements(props: { path: string }) {
  const [Page, setPage] = useState<Pages | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    pages ??= import('./MovementPages.js').then((m) => m.default);
    pages.then((p) => setPage(() => p)).catch(() => setFailed(true));
  }, []);
  if (failed) return <p role="alert">This page could not load. Check your connection and reload the page.</p>;
  return Page ? <Page path={props.path} /> : <p class="hint">Loading...</p>;
}

import { useEffect, useState } from 'preact/hooks';

// A tiny history-API router. The server answers every non-/api GET with index.html (SPA fallback),
// so deep links like /techniques/swedish work on reload and offline (the service worker does the same).

type Listener = () => void;
const listeners = new Set<Listener>();

export function currentPath(): string {
  return window.location.pathname.replace(/\/+$/, '') || '/';
}

export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});

/** Re-renders on navigation and returns the current path (without trailing slash). */
export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return path;
}

/** Click handler for same-origin links: client-side navigation unless a modifier key asks otherwise. */
export function onLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.currentTarget as HTMLAnchorElement | null) ?? null;
  if (!anchor || anchor.target || anchor.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search + anchor.hash);
}

export function searchParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

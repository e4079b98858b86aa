import { useLocation } from 'preact-iso';

// Navigation helpers over preact-iso's LocationProvider (see routes.tsx for the one route table). The
// server answers every non-/api GET with index.html (SPA fallback), so deep links work on reload and
// offline (the service worker does the same). Plain <a href> links are routed by the LocationProvider.

type Route = (url: string, replace?: boolean) => void;
let route: Route | null = null;

/** Lets navigate() reach the router from code outside a component (event handlers, effects). */
export function RouterBridge(): null {
  route = useLocation().route;
  return null;
}

export function currentPath(): string {
  return window.location.pathname.replace(/\/+$/, '') || '/';
}

/** Goes to another page (or the same page with another query) without reloading. */
export function navigate(to: string, { replace = false } = {}): void {
  if (route) route(to, replace);
  else if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
}

/** The current path (without trailing slash); re-renders on navigation. */
export function usePath(): string {
  return useLocation().path;
}

export function searchParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** Only same-app pages are routed in the page: /api links (downloads, calendar files) go to the server. */
export const ROUTED_LINKS = /^\/(?!api(\/|$))/;

/**
 * Kept for old call sites: links are now routed by the LocationProvider, so this does nothing (calling
 * `navigate` here as well would add each page to the history twice).
 */
export function onLinkClick(_event: MouseEvent): void {
  /* nothing to do */
}

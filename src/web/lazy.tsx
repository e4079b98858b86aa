import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// Pages that need the safety engine, the knowledge base or an account are fetched when opened, so the
// first page (home) stays light. The service worker precaches every chunk, so they still open offline.
// A state-based loader, not a suspending one: a failed fetch says so in place and a later visit tries again.

/** A page component that loads its module on first use, says "Loading..." meanwhile and names a failure. */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let module: Promise<ComponentType<P>> | null = null;
  let loaded: ComponentType<P> | null = null;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      module ??= load();
      module
        .then((p) => {
          loaded = p;
          setPage(() => p);
        })
        .catch(() => {
          module = null; // a later visit tries again
          setFailed(true);
        });
    }, []);
    if (failed) return <p role="alert">This page could not load. Check your connection and reload the page.</p>;
    return Page ? <Page {...props} /> : <p class="hint">Loading...</p>;
  };
}

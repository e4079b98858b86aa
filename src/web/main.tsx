import { render } from 'preact';
import { App } from './app.js';
import { loadConfig } from './config.js';
import './styles.css';

render(<App />, document.getElementById('app') as HTMLElement);
void loadConfig();

// A printed or saved-as-PDF page shows everything, including the "see more" options.
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details')) details.open = true;
});

// Offline support: a hand-written service worker caches the built files (see sw-template.js).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      /* the app still works online */
    });
  });
}

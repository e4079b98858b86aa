import { render } from 'preact';
import { App } from './app.js';
import { loadConfig } from './config.js';
import './styles.css';

render(<App />, document.getElementById('app') as HTMLElement);
void loadConfig();

// Offline support: a hand-written service worker caches the built files (see sw-template.js).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      /* the app still works online */
    });
  });
}

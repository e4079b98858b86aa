// First-load JavaScript of the web app, gzipped: every script and modulepreload that dist/web/index.html
// references (lazy chunks such as the session player are not counted: they load when opened).
// Usage: npm run bench:web (builds first), or node bench/web-size.js after `vite build`.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = new URL('../dist/web/', import.meta.url);
const index = new URL('index.html', dir);
if (!existsSync(index)) {
  console.error('dist/web/index.html is missing: run `npm run build:web` first.');
  process.exit(1);
}
const html = readFileSync(index, 'utf8');
const refs = [
  ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
].map((m) => m[1]);
const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => m[1]);

const GOAL_KB = 60;
const kb = (n) => (n / 1024).toFixed(1);
let total = 0;
for (const ref of [...new Set(refs)]) {
  const body = readFileSync(new URL(`.${ref}`, dir));
  const gz = gzipSync(body, { level: 9 }).length;
  total += gz;
  console.log(`${ref.padEnd(40)} ${kb(body.length).padStart(7)} KB raw ${kb(gz).padStart(7)} KB gzipped`);
}
let cssTotal = 0;
for (const ref of css) cssTotal += gzipSync(readFileSync(new URL(`.${ref}`, dir)), { level: 9 }).length;
console.log(`first-load JS: ${kb(total)} KB gzipped (goal under ${GOAL_KB} KB); CSS: ${kb(cssTotal)} KB gzipped`);
if (total / 1024 > GOAL_KB) process.exitCode = 1;

import { readFileSync } from 'node:fs';

// package.json sits two folders up from both src/server and dist/server.
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };

export const VERSION = typeof manifest.version === 'string' ? manifest.version : '0.0.0';

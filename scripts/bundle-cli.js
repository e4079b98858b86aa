// Bundles the `backrub` command into dist/backrub/ (one file per lazily loaded part, zod inside).
// Why: Node 20 spends most of a short command's start-up resolving and reading modules one by one;
// zod alone is dozens of files. The bundle loads the same code in a handful of files. Packages other
// than zod stay external (native modules, pino's worker files, commander's CommonJS).
// Run by `npm run build` after tsc; bin/backrub.js imports dist/backrub/main.js.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => name !== 'zod');

// Chunk names are content hashes: clear the old ones, or every build leaves its own beside the last.
rmSync(new URL('../dist/backrub/', import.meta.url), { recursive: true, force: true });
await build({
  // The worker is an entry of its own: worker threads load it by file name.
  entryPoints: { main: 'src/cli/main.ts', 'ndjson-worker': 'src/cli/batch/ndjson-worker.ts' },
  // Two folders below the package root, like dist/cli and dist/server: paths built from
  // import.meta.url (package.json, the web app) resolve the same way.
  outdir: 'dist/backrub',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});

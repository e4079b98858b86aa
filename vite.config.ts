import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';

const webRoot = fileURLToPath(new URL('./src/web/', import.meta.url));

/**
 * Emits /sw.js from src/web/sw-template.js with the list of built files to precache and a version
 * derived from their names, so a new build replaces the old cache. Hand-written, no Workbox.
 */
function serviceWorker(): Plugin {
  return {
    name: 'backrub-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      // A chunk that only carried CSS is empty here, and the build drops it after this hook: not a file to cache.
      const cssOnly = (name: string) => {
        const item = bundle[name];
        return item?.type === 'chunk' && item.code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
      };
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map') && name !== 'sw.js' && !cssOnly(name))
        .map((name) => `/${name}`);
      const publicFiles = ['/manifest.webmanifest', '/icons/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/maskable-512.png'];
      const precache = ['/', ...new Set([...files.filter((f) => f !== '/index.html'), ...publicFiles])].sort();
      const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(`${webRoot}sw-template.js`, 'utf8')
        .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(precache)};`)
        .replace("const VERSION = '__VERSION__';", `const VERSION = '${version}';`);
      if (source.includes('__PRECACHE__;') || source.includes("'__VERSION__'")) throw new Error('sw-template.js: placeholders not filled');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * Writes x.br and x.gz beside every hashed text asset, compressed as hard as they go (once, at build
 * time); the server sends them as they are (@fastify/static `preCompressed`). Files under 1 KiB, and
 * files that would not shrink, are left alone, as the server's own compression does.
 */
function preCompress(): Plugin {
  return {
    name: 'backrub-pre-compress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.startsWith('assets/') || !/\.(js|css|svg|json|txt)$/.test(fileName)) continue;
        const path = join(outDir, fileName);
        const body = readFileSync(path);
        if (body.length < 1024) continue;
        const br = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } });
        const gz = gzipSync(body, { level: 9 });
        if (br.length < body.length) writeFileSync(`${path}.br`, br);
        if (gz.length < body.length) writeFileSync(`${path}.gz`, gz);
      }
    },
  };
}

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [preact(), serviceWorker(), preCompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    // Inline nothing: the server's CSP forbids inline scripts and styles, and data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { port: 5173 },
});

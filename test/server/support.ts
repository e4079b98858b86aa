import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { IntakeSchema, type Intake } from '../../src/core/index.js';
import { buildServer, type ServerOptions } from '../../src/server/app.js';
import { loadConfig, type ServerConfig } from '../../src/server/config.js';

/** A self-care case: an office worker with a stiff lower back for ten days (also used by bench/api.bench.js). */
export const deskWorkerIntake: Intake = IntakeSchema.parse(
  JSON.parse(readFileSync(new URL('../support/desk-worker.intake.json', import.meta.url), 'utf8')),
);

/** Cauda equina signs: must stop all massage advice. */
export const emergencyIntake: Intake = {
  ...deskWorkerIntake,
  symptoms: ['saddle-numbness', 'bladder-or-bowel-change'],
};

/** A built web app in miniature: the file kinds whose cache rules differ. */
export function makeWebRoot(parent = tmpdir()): { root: string; hashedScript: string; cleanup: () => void } {
  const root = mkdtempSync(join(parent, 'backrub-web-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'icons'));
  const hashedScript = 'index-3f9a1c2b.js';
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>backrub</title><script type="module" src="/assets/index-3f9a1c2b.js"></script>');
  // Large and repetitive enough to be worth compressing.
  writeFileSync(join(root, 'assets', hashedScript), `export const techniques = ${JSON.stringify(Array(200).fill('swedish massage'))};\n`);
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
  writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"backrub"}');
  writeFileSync(join(root, 'icons', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return { root, hashedScript, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function testConfig(env: Record<string, string> = {}): ServerConfig {
  return loadConfig({ LOG_LEVEL: 'silent', ...env });
}

export function testServer(env: Record<string, string> = {}, options: ServerOptions = {}): FastifyInstance {
  return buildServer(testConfig(env), { logger: false, ...options });
}

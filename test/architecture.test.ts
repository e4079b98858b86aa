import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');

describe('architecture', () => {
  it('src/core imports nothing but itself and zod (zod/mini and zod/v4/core included)', () => {
    const core = resolve(root, 'src/core');
    const offenders = sourceFiles(core).flatMap((file) =>
      importsOf(file)
        .filter((spec) => (spec.startsWith('.') ? !resolve(file, '..', spec).startsWith(core) : spec !== 'zod' && !spec.startsWith('zod/')))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src/core has no import cycles', () => {
    const core = resolve(root, 'src/core');
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(core)) {
      graph.set(
        file,
        importsOf(file).filter((s) => s.startsWith('.')).map((s) => resolve(file, '..', s).replace(/\.js$/, '.ts')),
      );
    }
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, stack: string[]) => {
      if (done.has(file)) return;
      if (stack.includes(file)) {
        cycles.push([...stack.slice(stack.indexOf(file)), file].map((f) => relative(core, f)).join(' -> '));
        return;
      }
      for (const next of graph.get(file) ?? []) visit(next, [...stack, file]);
      done.add(file);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

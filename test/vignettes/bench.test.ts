// The scoring bench (npm run bench:safety) must keep working: it reads the same vignettes through the built
// core and reports every case. `npm test` builds first, so dist/core is current there.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VIGNETTES } from './vignettes.js';

const bench = fileURLToPath(new URL('../../bench/vignettes.bench.js', import.meta.url));
// The bench runs the built core (dist/). `npm test` builds first, so this runs there; it is skipped only
// when someone runs vitest straight on a tree that was never built.
const built = existsSync(fileURLToPath(new URL('../../dist/core/index.js', import.meta.url)));

describe('bench:safety', () => {
  it.skipIf(!built)('scores every vignette and reports the figures the safety case quotes', () => {
    const summary = JSON.parse(execFileSync(process.execPath, [bench, '--json'], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(summary.cases).toBe(VIGNETTES.length);
    const figures = ['inAcceptedSet', 'underTriage', 'overTriage', 'massageAdvisedWhereWithheld', 'massageRuleBroken', 'benignOverTriaged'];
    for (const key of figures) {
      expect(typeof summary[key], key).toBe('number');
    }
    expect(summary.withheldCases).toBe(VIGNETTES.filter((v) => v.massageWithheld).length);
    expect(summary.benignCases).toBe(VIGNETTES.filter((v) => v.benign).length);
    const confusion = summary.confusion as Record<string, Record<string, number>>;
    const counted = Object.values(confusion).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0);
    expect(counted + (summary.invalidIntakes as number)).toBe(VIGNETTES.length);
  });
});

// Differential check for engine optimisations (not a test): assesses a large seeded set of generated
// intakes and prints one hash of all the JSON outputs. Run it before and after a change to the engine:
// the hash must not move. Half the intakes are v1 documents as the benches use; the other half also carry
// the v2 fields (onset, movement, weeks, days since injury, answered questions) so every screen-v2 rule is reached. Usage: `npm run build && node bench/engine-identity.js [count]` (default 50,000).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { generatedIntakes, SEED } from './intakes.js';

const distCore = new URL('../dist/core/index.js', import.meta.url);
if (!existsSync(distCore)) {
  console.error('engine-identity: dist/core/index.js is missing. Run `npm run build` first.');
  process.exit(1);
}
const core = await import(distCore.href);
const count = Number(process.argv[2] ?? 50_000);
const half = Math.ceil(count / 2);
const v1 = generatedIntakes(core, count, SEED);
const extras = fc.sample(
  fc.record(
    {
      onset: fc.constantFrom(...core.ONSETS),
      movementChangesPain: fc.boolean(),
      pregnancyWeeks: fc.integer({ min: core.LIMITS.pregnancyWeeks.min, max: core.LIMITS.pregnancyWeeks.max }),
      daysSinceInjury: fc.integer({ min: core.LIMITS.daysSinceInjury.min, max: core.LIMITS.daysSinceInjury.max }),
      answered: fc.uniqueArray(fc.constantFrom(...core.QUESTION_IDS), { maxLength: core.QUESTION_IDS.length }),
    },
    { requiredKeys: [] },
  ),
  { seed: SEED + 1, numRuns: count - half },
);
const intakes = v1.map((intake, i) => (i < half ? intake : { ...intake, ...extras[i - half] }));
const hash = createHash('sha256');
const triages = {};
for (const intake of intakes) {
  const checked = core.validate(core.IntakeSchema, intake);
  if (!checked.ok) throw new Error(`intake is not valid: ${JSON.stringify(intake)}`);
  const assessment = core.assess(checked.value);
  triages[assessment.triage] = (triages[assessment.triage] ?? 0) + 1;
  hash.update(JSON.stringify(assessment));
  hash.update('\n');
}
console.log(`engine identity: ${count.toLocaleString('en-US')} intakes (seed ${SEED}): sha256 ${hash.digest('hex')}`);
console.log(`  triage mix: ${Object.entries(triages).map(([level, n]) => `${level} ${n}`).join(', ')}`);

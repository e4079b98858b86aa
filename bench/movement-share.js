// Figures for the movement part of the plan (issue 12), over the same kind of generated intakes as
// bench/assess.bench.js: how many self-care intakes get a movement part (in the session or as a daily
// routine), and how long the sessions and routines are. Not a speed figure: counts only.
// Usage: npm run bench:movement (builds first), or node bench/movement-share.js after `npm run build`.
// MOVEMENT_INTAKES (default 10000) and MOVEMENT_SEED change the sample.
import { existsSync } from 'node:fs';
import { generatedIntakes } from './intakes.js';

const INTAKES = Number(process.env.MOVEMENT_INTAKES ?? 10_000);
const SEED = Number(process.env.MOVEMENT_SEED ?? 20_240_812);

const distCore = new URL('../dist/core/index.js', import.meta.url);
if (!existsSync(distCore)) {
  console.error('bench: dist/core/index.js is missing. Run `npm run build` first (or use `npm run bench:movement`).');
  process.exit(1);
}
const core = await import(distCore.href);
const { assess, validate, IntakeSchema } = core;

const intakes = generatedIntakes(core, INTAKES, SEED).map((intake) => validate(IntakeSchema, intake).value);

const counts = { selfCare: 0, inSession: 0, routine: 0, neither: 0, sessions: 0, movementOnly: 0 };
const sessionMinutes = new Map();
const routineMinutes = new Map();
const movementsPerSession = new Map();
const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

for (const intake of intakes) {
  const { triage, plan } = assess(intake);
  if (triage !== 'self-care') continue;
  counts.selfCare += 1;
  const moves = plan.steps.filter((s) => s.kind === 'movement').length;
  if (moves > 0) counts.inSession += 1;
  else if (plan.routine) counts.routine += 1;
  else counts.neither += 1;
  if (plan.steps.length > 0) {
    counts.sessions += 1;
    bump(sessionMinutes, Math.floor(plan.totalSeconds / 60));
    bump(movementsPerSession, moves);
  }
  if (plan.routine) bump(routineMinutes, Math.floor(plan.routine.totalSeconds / 60));
}

const pct = (n, of) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const histogram = (map, total, unit) =>
  [...map.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, n]) => `  ${String(key).padStart(2)}${unit}  ${String(n).padStart(5)}  ${pct(n, total).padStart(6)}  ${'#'.repeat(Math.round((40 * n) / Math.max(1, total)))}`)
    .join('\n');

const withPart = counts.inSession + counts.routine;
console.log(`movement share: ${intakes.length} generated intakes (seed ${SEED}), ${counts.selfCare} self-care`);
console.log(`  self-care with a movement part: ${withPart} (${pct(withPart, counts.selfCare)})`);
console.log(`    in the session:       ${counts.inSession} (${pct(counts.inSession, counts.selfCare)})`);
console.log(`    as a daily routine:   ${counts.routine} (${pct(counts.routine, counts.selfCare)})`);
console.log(`    none (no area fits):  ${counts.neither} (${pct(counts.neither, counts.selfCare)})`);
console.log(`session length (${counts.sessions} sessions, minutes, floor):`);
console.log(histogram(sessionMinutes, counts.sessions, ' min'));
console.log('movement steps per session:');
console.log(histogram(movementsPerSession, counts.sessions, ' mv '));
const routines = [...routineMinutes.values()].reduce((a, b) => a + b, 0);
console.log(`daily routine length (${routines} routines, minutes, floor):`);
console.log(histogram(routineMinutes, routines, ' min'));
const outside = [...sessionMinutes.keys()].filter((m) => m < 10 || m > 20);
if (outside.length > 0) {
  console.error(`FAIL: sessions outside 10-20 minutes: ${outside.join(', ')}`);
  process.exit(1);
}

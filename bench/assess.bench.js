// Engine throughput: validated assessments per second, against schema validation alone (the baseline),
// both measured in the same run over the same 10,000 generated intakes, on one core.
// Usage: npm run bench (builds first), or node bench/assess.bench.js after `npm run build`.
// BENCH_ROUNDS (default 7) sets the measured rounds per figure, alternating (a) and (b). Throughput is
// counted per second of this process's CPU time, so a busy machine slows the run but barely moves the
// figure; the best round is the headline (median beside it), and wall-clock figures are printed too.
// On Linux the run pins itself to one CPU with `taskset` when it can (set BENCH_PINNED=1 to skip that).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const GOAL_PER_SECOND = 50_000;
const INTAKES = 10_000;
const SEED = 20_240_812;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARMUP_PASSES = 3;

if (!process.env.BENCH_PINNED) {
  const pinned = spawnSync('taskset', ['-c', '0', process.execPath, fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PINNED: 'taskset -c 0' },
  });
  if (!pinned.error) process.exit(pinned.status ?? 1);
  process.env.BENCH_PINNED = 'not pinned (no taskset): one thread, the OS may move it between cores';
}

const distCore = new URL('../dist/core/index.js', import.meta.url);
if (!existsSync(distCore)) {
  console.error('bench: dist/core/index.js is missing. Run `npm run build` first (or use `npm run bench`).');
  process.exit(1);
}
const core = await import(distCore.href);
const { assess, validate, IntakeSchema } = core;

/** A subset of `values`, each at most once: how "tick all that apply" answers look. */
const ticks = (values) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });
/** Mostly nothing ticked, as for most people; sometimes one or more. */
const rarely = (values) => fc.oneof({ arbitrary: fc.constant([]), weight: 8 }, { arbitrary: ticks(values), weight: 2 });

const intakeArbitrary = fc.record(
  {
    age: fc.integer({ min: 16, max: 110 }),
    pregnant: fc.boolean(),
    areas: fc.uniqueArray(fc.constantFrom(...core.BODY_AREAS), { minLength: 1, maxLength: 4 }),
    pattern: fc.constantFrom(...core.PAIN_PATTERNS),
    radiatesBelowKnee: fc.boolean(),
    quality: ticks(core.PAIN_QUALITIES),
    intensity: fc.integer({ min: 0, max: 10 }),
    durationDays: fc.integer({ min: 0, max: 400 }),
    trend: fc.constantFrom(...core.TRENDS),
    causes: ticks(core.CAUSES),
    contexts: ticks(core.CONTEXTS),
    goals: ticks(core.GOALS),
    setting: fc.constantFrom(...core.SETTINGS),
    pressure: fc.constantFrom(...core.PRESSURES),
    equipment: ticks(core.EQUIPMENT),
    conditions: rarely(core.CONDITIONS),
    symptoms: rarely(core.SYMPTOMS),
  },
  { requiredKeys: ['age', 'areas', 'pattern', 'quality', 'intensity', 'durationDays', 'causes', 'conditions', 'symptoms'] },
);

// As the CLI and the API see them: plain JSON documents.
const intakes = fc.sample(intakeArbitrary, { seed: SEED, numRuns: INTAKES }).map((intake) => JSON.parse(JSON.stringify(intake)));
for (const [index, intake] of intakes.entries()) {
  if (!validate(IntakeSchema, intake).ok) throw new Error(`generated intake #${index} is not valid: ${JSON.stringify(intake)}`);
}

let sink = 0; // results feed this, so the work cannot be optimised away

function validateOnly() {
  for (const intake of intakes) if (validate(IntakeSchema, intake).ok) sink += 1;
}

function validateAndAssess() {
  for (const intake of intakes) {
    const result = validate(IntakeSchema, intake);
    if (result.ok) sink += assess(result.value).recommendations.length;
  }
}

/**
 * Runs `pass` over all intakes; returns intakes per second of CPU time used by this process (what one
 * core delivers, even when other processes share it) and per second of wall-clock time.
 */
function timed(pass) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  pass();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { cpu: INTAKES / ((used.user + used.system) / 1e6), wall: INTAKES / wall };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

for (let i = 0; i < WARMUP_PASSES; i += 1) {
  validateOnly();
  validateAndAssess();
}
const baseline = [];
const full = [];
for (let round = 0; round < ROUNDS; round += 1) {
  baseline.push(timed(validateOnly));
  full.push(timed(validateAndAssess));
}

const triages = {};
for (const intake of intakes) {
  const { triage } = assess(validate(IntakeSchema, intake).value);
  triages[triage] = (triages[triage] ?? 0) + 1;
}

const perSecond = (n) => `${Math.round(n).toLocaleString('en-US')}/s`;
const best = (rounds, clock) => Math.max(...rounds.map((round) => round[clock]));
const mid = (rounds, clock) => median(rounds.map((round) => round[clock]));
const a = best(baseline, 'cpu');
const b = best(full, 'cpu');
console.log(`backrub engine bench: ${INTAKES.toLocaleString('en-US')} generated intakes (fast-check seed ${SEED}), node ${process.version}`);
console.log(`  cpu: ${process.env.BENCH_PINNED}; load average ${loadavg()[0].toFixed(2)}`);
console.log(`  triage mix: ${Object.entries(triages).map(([level, n]) => `${level} ${n}`).join(', ')}`);
console.log(`  ${ROUNDS} rounds each after ${WARMUP_PASSES} warm-up passes. Per second of CPU time, best round (median);`);
console.log('  wall-clock figures beside them are lower when other processes share the core:');
for (const [label, rounds] of [['(a) schema validation alone (baseline):', baseline], ['(b) validation + assess():              ', full]]) {
  console.log(`  ${label} ${perSecond(best(rounds, 'cpu')).padStart(10)} (${perSecond(mid(rounds, 'cpu'))})   wall clock ${perSecond(best(rounds, 'wall'))} (${perSecond(mid(rounds, 'wall'))})`);
}
console.log(`  ratio (b)/(a): ${(b / a).toFixed(2)}; assess() adds ${((1 / b - 1 / a) * 1e6).toFixed(1)} microseconds per intake`);
console.log(`  goal >= ${GOAL_PER_SECOND.toLocaleString('en-US')} validated assessments/s: ${b >= GOAL_PER_SECOND ? 'MET' : 'NOT MET'} (${perSecond(b)})`);
if (sink === 0) console.log('  (no work was done?)');

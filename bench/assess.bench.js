// Engine throughput: validated assessments per second, against schema validation alone (the baseline),
// both measured in the same run over the same 10,000 generated intakes, on one core.
// Also: validate() against the schema's own parse (the plain-words error map must cost nothing on
// valid input), and the engine's stages one by one.
// Usage: npm run bench (builds first), or node bench/assess.bench.js after `npm run build`.
// BENCH_ROUNDS (default 7) sets the measured rounds per figure, alternating (a) and (b). Throughput is
// counted per second of this process's CPU time, so a busy machine slows the run but barely moves the
// figure; the best round is the headline (median beside it), and wall-clock figures are printed too.
// On Linux the run pins itself to one CPU with `taskset` when it can (set BENCH_PINNED=1 to skip that).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generatedIntakes, SEED } from './intakes.js';

const GOAL_PER_SECOND = 50_000;
const GOAL_VS_RAW = 0.95;
const INTAKES = 10_000;
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
const { assess, validate, IntakeSchema, inOneShape, screenSafety, findTechniquesToAvoid, rankTechniques, buildSessionPlan } = core;

const intakes = generatedIntakes(core, INTAKES, SEED);

let sink = 0; // results feed this, so the work cannot be optimised away

function validateOnly() {
  for (const intake of intakes) if (validate(IntakeSchema, intake).ok) sink += 1;
}

// The schema's own parse, without backrub's plain-words error map: what validate() may cost at most.
function rawParse() {
  for (const intake of intakes) if (IntakeSchema.safeParse(intake).success) sink += 1;
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
const raw = [];
for (let round = 0; round < ROUNDS; round += 1) {
  baseline.push(timed(validateOnly));
  full.push(timed(validateAndAssess));
  raw.push(timed(rawParse));
}

// The engine's stages one by one (as assess() runs them: on the intake in one fixed layout, inOneShape),
// in microseconds per intake of CPU time.
const valid = intakes.map((intake) => inOneShape(validate(IntakeSchema, intake).value));
const screened = valid.map((intake) => screenSafety(intake));
const avoided = valid.map((intake) => findTechniquesToAvoid(intake));
const ranked = valid.map((intake, i) => (screened[i].triage === 'self-care' ? rankTechniques(intake, avoided[i]) : []));
const stages = {
  'screenSafety': () => valid.forEach((intake) => (sink += screenSafety(intake).reasons.length)),
  'findTechniquesToAvoid': () => valid.forEach((intake) => (sink += findTechniquesToAvoid(intake).length)),
  'rankTechniques (self-care only)': () => valid.forEach((intake, i) => (sink += screened[i].triage === 'self-care' ? rankTechniques(intake, avoided[i]).length : 0)),
  'buildSessionPlan': () => valid.forEach((intake, i) => (sink += buildSessionPlan(intake, ranked[i], screened[i].triage).steps.length)),
};
const stageMicros = Object.fromEntries(
  Object.entries(stages).map(([name, pass]) => {
    pass();
    return [name, Math.min(...[0, 1, 2].map(() => 1e6 / timed(pass).cpu))];
  }),
);

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
console.log(`  ${'(c) the schema\'s own parse, no error map:'} ${perSecond(best(raw, 'cpu')).padStart(10)} (${perSecond(mid(raw, 'cpu'))})`);
console.log(`  ratio (b)/(a): ${(b / a).toFixed(2)}; assess() adds ${((1 / b - 1 / a) * 1e6).toFixed(1)} microseconds per intake`);
console.log(`  stages, microseconds per intake: ${Object.entries(stageMicros).map(([name, us]) => `${name} ${us.toFixed(2)}`).join(', ')}`);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
// Medians of the per-round ratios: each round measures both back to back, which cancels most noise.
const vsRaw = median(baseline.map((round, i) => round.cpu / raw[i].cpu));
console.log('goals:');
console.log(`  validated assessments per CPU-second: ${perSecond(b)} (goal >= ${perSecond(GOAL_PER_SECOND)}): ${verdict(b >= GOAL_PER_SECOND)}`);
console.log(`  validate() / the schema's own parse: ${vsRaw.toFixed(2)} (goal >= ${GOAL_VS_RAW.toFixed(2)}: the error map costs nothing on valid input): ${verdict(vsRaw >= GOAL_VS_RAW)}`);
if (sink === 0) console.log('  (no work was done?)');

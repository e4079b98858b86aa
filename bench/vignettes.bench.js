// Safety scoring: runs the vignette suite (test/vignettes: published cases with the triage levels a clinician
// would accept) through the built core and prints how the screen does. Not a speed benchmark: the figures are
// counts of cases, the same on every machine for the same code.
// Usage: npm run bench:safety (builds first), or node bench/vignettes.bench.js after `npm run build`.
// Add --json for the same figures as one JSON object.
//
// What is counted:
// - in accepted set: the assessed triage is one of the case's accepted levels;
// - under-triage: the assessed level is less severe than every accepted level (the dangerous error);
// - over-triage: more severe than every accepted level; for benign cases, anything but self-care;
// - massage advised where withheld: massage advice, a recommendation or a plan step for a case whose accepted
//   levels exclude self-care;
// - massage rule broken: a technique a §5 rule the case exercises blocks is still recommended or planned.
// The confusion table puts each case in the row of its most severe accepted level.
import { existsSync } from 'node:fs';

const distCore = new URL('../dist/core/index.js', import.meta.url);
if (!existsSync(distCore)) {
  console.error('bench:safety: dist/core/index.js is missing. Run `npm run build` first (or use `npm run bench:safety`).');
  process.exit(1);
}
const { assess, IntakeSchema } = await import(distCore.href);
const { VIGNETTES } = await import('../test/vignettes/cases.js');
const { MASSAGE_RULES, TRIAGE_ORDER } = await import('../test/vignettes/spec.js');

const severity = (level) => TRIAGE_ORDER.indexOf(level);
const pct = (n, of) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);

const rows = [];
for (const v of VIGNETTES) {
  const parsed = IntakeSchema.safeParse(v.intake);
  if (!parsed.success) {
    // Short: which fields, and the start of each message (the full text is in the vignette test's output).
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(intake)'}: ${i.message.slice(0, 50)}`);
    rows.push({ v, invalid: issues.join('; ') });
    continue;
  }
  const result = assess(parsed.data);
  const level = severity(result.triage);
  const accepted = v.accepted.map(severity);
  const massageGiven = result.massageAdvised || result.recommendations.length > 0 || result.plan.steps.length > 0;
  const offered = new Set([...result.recommendations.map((r) => r.technique), ...result.plan.steps.map((st) => st.technique)]);
  const brokenRules = MASSAGE_RULES.filter(
    (rule) => v.exercises.includes(rule.id) && rule.blocked.some((technique) => offered.has(technique)),
  ).map((rule) => rule.id);
  rows.push({
    v,
    triage: result.triage,
    ok: v.accepted.includes(result.triage),
    under: level < Math.min(...accepted),
    over: level > Math.max(...accepted),
    massageLeak: v.massageWithheld && massageGiven,
    benignOver: v.benign && result.triage !== 'self-care',
    brokenRules,
    codes: result.reasons.map((r) => r.code),
  });
}

const scored = rows.filter((r) => !r.invalid);
const count = (pick) => scored.filter(pick).length;
const withheld = scored.filter((r) => r.v.massageWithheld).length;
const benign = scored.filter((r) => r.v.benign).length;
const expectedLevel = (v) => TRIAGE_ORDER[Math.max(...v.accepted.map(severity))];
const levels = [...TRIAGE_ORDER].reverse();
const confusion = Object.fromEntries(
  levels.map((row) => [row, Object.fromEntries(levels.map((col) => [col, count((r) => expectedLevel(r.v) === row && r.triage === col)]))]),
);
const failing = rows
  .filter((r) => r.invalid || !r.ok || r.massageLeak || r.brokenRules.length > 0)
  .map((r) => ({
    id: r.v.id,
    why: r.invalid
      ? `invalid intake: ${r.invalid}`
      : `got ${r.triage}, accepted ${r.v.accepted.join('/')}${r.under ? ' (UNDER-TRIAGE)' : ''}${r.massageLeak ? ', massage advised' : ''}${
          r.brokenRules.length > 0 ? `, breaks ${r.brokenRules.join(', ')}` : ''
        }`,
    knownGap: Boolean(r.v.knownGap),
  }));

const summary = {
  cases: rows.length,
  invalidIntakes: rows.length - scored.length,
  inAcceptedSet: count((r) => r.ok),
  underTriage: count((r) => r.under),
  overTriage: count((r) => r.over),
  massageAdvisedWhereWithheld: count((r) => r.massageLeak),
  massageRuleBroken: count((r) => r.brokenRules.length > 0),
  withheldCases: withheld,
  benignCases: benign,
  benignOverTriaged: count((r) => r.benignOver),
  confusion,
  failing,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const n = summary.cases;
  console.log(`Vignette suite: ${n} published cases (test/vignettes), assessed by dist/core`);
  if (summary.invalidIntakes > 0) console.log(`  invalid intakes (not scored):     ${summary.invalidIntakes}`);
  console.log(`  triage in accepted set:           ${summary.inAcceptedSet}/${scored.length} (${pct(summary.inAcceptedSet, scored.length)})`);
  console.log(`  under-triage (less severe):       ${summary.underTriage}`);
  console.log(`  over-triage (more severe):        ${summary.overTriage}`);
  console.log(`  massage advised where withheld:   ${summary.massageAdvisedWhereWithheld}/${withheld}`);
  console.log(`  §5 massage rule broken:           ${summary.massageRuleBroken}`);
  console.log(`  benign cases over-triaged:        ${summary.benignOverTriaged}/${benign}`);
  console.log('');
  console.log('  confusion: row = most severe accepted level, column = assessed');
  const width = 18;
  console.log(`  ${''.padEnd(width)}${levels.map((l) => l.padStart(width)).join('')}`);
  for (const row of levels) {
    console.log(`  ${row.padEnd(width)}${levels.map((col) => String(confusion[row][col]).padStart(width)).join('')}`);
  }
  console.log('');
  if (failing.length === 0) console.log('  failing cases: none');
  else {
    console.log(`  failing cases (${failing.length}; "known gap" = the spec itself falls short, see docs/safety/sign-off.md):`);
    for (const f of failing) console.log(`    ${f.id}: ${f.why}${f.knownGap ? ' [known gap]' : ''}`);
  }
}

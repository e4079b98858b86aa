// The vignette suite (SCREENING.md, issue 9): published cases turned into intakes, each with the triage levels a
// clinician would accept. Every case must be an intake the app could really produce, must be triaged within its
// accepted levels, and must get no massage advice where massage is withheld; together the cases must exercise and
// fire every rule of §4 and §5 and exercise every guard of §7. Scores: `npm run bench:safety`.
import { describe, expect, it } from 'vitest';
import { assess, IntakeSchema, nextStep, type Assessment } from '../../src/core/index.js';
import {
  GUARDS, MASSAGE_RULES, SOURCES, TRIAGE_ORDER, VIGNETTES, answersMissing, answersNotAsked, askedQuestions,
  codeMatches, specRuleIds, type Vignette,
} from './vignettes.js';

const assessed = new Map<string, Assessment>(VIGNETTES.map((v) => [v.id, assess(v.intake)]));
const assessmentOf = (v: Vignette): Assessment => assessed.get(v.id)!;
const codesOf = (v: Vignette): string[] => assessmentOf(v).reasons.map((r) => r.code);
const fires = (v: Vignette, id: string): boolean => codesOf(v).some((code) => codeMatches(id, code));
const isMassageRule = (id: string) => id.startsWith('massage:');
const isGuard = (id: string) => /^G\d+$/.test(id);
const massageRule = (id: string) => MASSAGE_RULES.find((rule) => rule.id === id);
const triageIsAccepted = (v: Vignette) => v.accepted.includes(assessmentOf(v).triage);

/** Everything that is wrong with how the engine handles one vignette, as plain sentences (empty when right). */
function problemsWith(v: Vignette): string[] {
  const result = assessmentOf(v);
  const problems: string[] = [];
  if (!v.accepted.includes(result.triage)) {
    problems.push(`triage ${result.triage}, accepted ${v.accepted.join(' / ')} (reasons: ${codesOf(v).join(', ')})`);
  }
  if (v.massageWithheld) {
    if (result.massageAdvised) problems.push('massage advised where it must be withheld');
    if (result.recommendations.length > 0) problems.push(`recommends ${result.recommendations.map((r) => r.technique).join(', ')}`);
    if (result.plan.steps.length > 0) problems.push(`plan has ${result.plan.steps.length} steps`);
  }
  for (const id of v.exercises.filter((e) => !isMassageRule(e) && !isGuard(e))) {
    if (!fires(v, id)) problems.push(`${id} did not fire`);
  }
  for (const id of v.mustNotFire) if (fires(v, id)) problems.push(`${id} fired`);
  for (const id of v.exercises.filter(isMassageRule)) {
    const rule = massageRule(id);
    if (!rule) {
      problems.push(`${id} is not a §5 rule`);
      continue;
    }
    if (!result.massageAdvised) continue;
    if (result.recommendations.length === 0) problems.push(`${id}: self-care with no recommendation at all`);
    const offered = [...result.recommendations.map((r) => r.technique), ...result.plan.steps.map((s) => s.technique)];
    const leaked = offered.filter((t) => (rule.blocked as readonly string[]).includes(t));
    if (leaked.length > 0) problems.push(`${id}: offers ${[...new Set(leaked)].join(', ')}`);
  }
  return problems;
}

describe('vignettes: the cases', () => {
  it('are at least 80, with unique ids, a cited source and a non-empty accepted set', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(VIGNETTES.map((v) => v.id)).size).toBe(VIGNETTES.length);
    for (const v of VIGNETTES) {
      expect(v.title, v.id).not.toBe('');
      expect(v.source.title && v.source.publication, v.id).toBeTruthy();
      expect(v.source.doi ?? v.source.url ?? v.source.publication, v.id).toBeTruthy();
      expect(v.accepted.length, v.id).toBeGreaterThan(0);
      for (const level of v.accepted) expect(TRIAGE_ORDER, v.id).toContain(level);
    }
  });

  it('cite every source in the list, and nothing outside it', () => {
    const cited = new Set(VIGNETTES.map((v) => v.source));
    expect(Object.entries(SOURCES).filter(([, source]) => !cited.has(source)).map(([id]) => id)).toEqual([]);
    const listed = new Set(Object.values(SOURCES));
    expect(VIGNETTES.filter((v) => !listed.has(v.source)).map((v) => v.id)).toEqual([]);
  });

  it('include at least 20 benign cases that must stay self-care, and cases at every level', () => {
    expect(VIGNETTES.filter((v) => v.benign).length).toBeGreaterThanOrEqual(20);
    for (const level of TRIAGE_ORDER) {
      expect(VIGNETTES.some((v) => v.accepted.length === 1 && v.accepted[0] === level), level).toBe(true);
    }
  });

  it.each(VIGNETTES.map((v) => [v.id, v] as const))('%s is a valid intake the app could produce', (_id, v) => {
    const parsed = IntakeSchema.safeParse(v.intake);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(answersNotAsked(v.intake), 'answers to questions the app would not ask').toEqual([]);
    expect(answersMissing(v.intake), 'questions answered but left empty').toEqual([]);
  });
});

describe('vignettes: the question flow', () => {
  const safetyQuestions = (ids: readonly string[]) =>
    ids.filter((id) => !['contexts', 'goals', 'setting', 'pressure', 'equipment'].includes(id)).sort();
  // asked.js is written from §3 alone, so it is an independent check of the core's flow. A tick in the
  // emergency signs stops the flow at once, so those cases have nothing more to compare.
  it('asks each vignette the same safety questions as SCREENING.md §3 (order aside)', () => {
    const differences = VIGNETTES.flatMap((v) => {
      const step = nextStep(v.intake);
      if (step.stage === 'stopped') return [];
      const core = safetyQuestions(step.path.map((q) => q.id));
      const spec = safetyQuestions(askedQuestions(v.intake));
      return core.join() === spec.join() ? [] : [`${v.id}: core asks ${core.join(', ')}; §3 asks ${spec.join(', ')}`];
    });
    expect(differences).toEqual([]);
  });
});

describe('vignettes: the engine', () => {
  for (const v of VIGNETTES) {
    // A known gap is a case the spec itself gets wrong (see knownGap and docs/safety/sign-off.md). It is kept,
    // not weakened: `it.fails` records it, and turns red the day the rule is fixed so the mark can go.
    const test = v.knownGap ? it.fails : it;
    test(`${v.id}: triaged as accepted (${v.accepted.join(' / ')}), ${v.massageWithheld ? 'no massage' : 'massage allowed'}`, () => {
      expect(problemsWith(v)).toEqual([]);
    });
  }
});

describe('vignettes: coverage of SCREENING.md', () => {
  it('every §4 rule (and each all-blocked contraindication) is exercised by a vignette and fires in one of them', () => {
    const missing = specRuleIds().filter(
      (id) => !VIGNETTES.some((v) => v.exercises.some((e) => codeMatches(id, e) || e === id) && fires(v, id)),
    );
    const notExercised = specRuleIds().filter((id) => !VIGNETTES.some((v) => v.exercises.some((e) => e === id || codeMatches(id, e))));
    expect({ notExercised, exercisedButNeverFired: missing.filter((id) => !notExercised.includes(id)) }).toEqual({
      notExercised: [],
      exercisedButNeverFired: [],
    });
  });

  it('every §5 massage rule is exercised, and acts in a self-care result wherever §4 lets one happen', () => {
    const problems: string[] = [];
    for (const rule of MASSAGE_RULES) {
      const cases = VIGNETTES.filter((v) => v.exercises.includes(rule.id));
      if (cases.length === 0) problems.push(`${rule.id}: no vignette`);
      else if (rule.selfCareReachable === false) {
        if (!cases.every((v) => !assessmentOf(v).massageAdvised)) problems.push(`${rule.id}: reached self-care`);
      } else if (!cases.some((v) => assessmentOf(v).massageAdvised && problemsWith(v).length === 0)) {
        problems.push(`${rule.id}: never seen acting on a self-care result`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every §7 guard is exercised by a vignette the engine gets right', () => {
    const missing = GUARDS.filter((g) => !VIGNETTES.some((v) => v.exercises.includes(g) && triageIsAccepted(v)));
    expect(missing).toEqual([]);
  });

  it('no vignette names an id the spec does not have', () => {
    const known = new Set([...specRuleIds(), ...MASSAGE_RULES.map((r) => r.id), ...GUARDS]);
    const unknown = VIGNETTES.flatMap((v) =>
      [...v.exercises, ...v.mustNotFire]
        .filter((id) => !known.has(id) && ![...known].some((k) => k.endsWith(':') && id.startsWith(k)))
        .map((id) => `${v.id}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });
});

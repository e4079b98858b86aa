import { describe, expect, it } from 'vitest';
import { SOURCE_IDS, TECHNIQUE_IDS } from '../assessment.js';
import { BODY_AREAS, CONDITIONS } from '../intake.js';
import { QUESTIONS } from '../questions.js';
import { CONDITION_RULES } from './conditions.js';
import { FIT_RULES } from './fit-rules.js';
import { TRIAGE_RULES } from './triage-rules.js';
import { assess } from '../assess.js';
import { FLOW_QUESTIONS } from './flow-questions.js';
import { BONE_SAFE_EXERCISE, PREGNANCY_CAUTIONS, SYMPTOM_BLOCKS } from './massage-rules.js';
import { REFERRAL_MAP, referralsFor } from './referral-map.js';
import { SOURCES } from './sources.js';
import { TECHNIQUES } from './techniques.js';
import { TIP_RULES } from './tips.js';
import { TRIAGE_GUIDANCE } from './triage-guidance.js';

/** Collects every problem in the knowledge base with its path, so one run shows them all. */
function knowledgeProblems(): string[] {
  const problems: string[] = [];
  const sourceKnown = (path: string, id: string) => {
    if (!(SOURCE_IDS as readonly string[]).includes(id) || !SOURCES[id as keyof typeof SOURCES]) problems.push(`${path}: unknown source ${id}`);
  };
  for (const id of TECHNIQUE_IDS) {
    const t = TECHNIQUES[id];
    const path = `techniques.${id}`;
    if (t.id !== id) problems.push(`${path}.id: is ${t.id}`);
    if (t.sources.length === 0) problems.push(`${path}.sources: empty`);
    t.sources.forEach((s, i) => sourceKnown(`${path}.sources[${i}]`, s));
    if (t.whenToUse.length === 0) problems.push(`${path}.whenToUse: empty`);
    if (t.setting === 'home' && t.steps.length === 0) problems.push(`${path}.steps: a home technique needs how-to steps`);
    if (t.setting === 'professional' && t.steps.length > 0) problems.push(`${path}.steps: professional techniques have no home steps`);
    t.areas.forEach((a, i) => (BODY_AREAS as readonly string[]).includes(a) || problems.push(`${path}.areas[${i}]: ${a}`));
    if (!FIT_RULES[id]?.length) problems.push(`fitRules.${id}: none`);
  }
  for (const id of CONDITIONS) {
    const rule = CONDITION_RULES[id];
    if (rule.id !== id) problems.push(`conditions.${id}.id: is ${rule.id}`);
    sourceKnown(`conditions.${id}.source`, rule.source);
  }
  const ids = new Set<string>();
  for (const rule of TRIAGE_RULES) {
    if (ids.has(rule.id)) problems.push(`triageRules.${rule.id}: duplicate id`);
    ids.add(rule.id);
    rule.sources.forEach((s, i) => sourceKnown(`triageRules.${rule.id}.sources[${i}]`, s));
    if (rule.source !== rule.sources[0]) problems.push(`triageRules.${rule.id}.source: not the first of sources`);
    if (rule.reads.length === 0) problems.push(`triageRules.${rule.id}.reads: empty`);
  }
  TIP_RULES.forEach((tip) => sourceKnown(`tips.${tip.id}.source`, tip.source));
  REFERRAL_MAP.forEach((m) => m.areas.length || problems.push(`referralMap.${m.id}.areas: empty`));
  return problems;
}

/** All user-facing text in the knowledge base, to check the honesty rules over it. */
function allText(): string[] {
  const techniques = Object.values(TECHNIQUES).flatMap((t) => [
    t.name, t.summary, t.howItMayHelp, ...t.whenToUse, ...t.cautions, ...t.steps.flatMap((s) => [s.title, s.instructions]),
  ]);
  const conditions = Object.values(CONDITION_RULES).flatMap((c) => [c.label, c.blocksMassage ?? '', c.caution ?? '', ...Object.values(c.avoid ?? {})]);
  const triage = Object.values(TRIAGE_GUIDANCE).flatMap((g) => [g.title, g.action]);
  const questions = [...QUESTIONS, ...FLOW_QUESTIONS.flatMap((q) => q.parts)].flatMap((q) => [q.label, q.help ?? '', ...('options' in q ? q.options.map((o) => o.label) : [])]);
  const flow = FLOW_QUESTIONS.flatMap((q) => [q.label, q.help ?? '', q.watchFor?.text ?? '']);
  const rules = TRIAGE_RULES.flatMap((r) => [r.message({}, []), r.message({ age: 70, symptoms: ['unexplained-weight-loss'] }, ['symptoms:unexplained-weight-loss', 'age:70', 'causes:fall-or-accident', 'conditions:immunosuppressed', 'conditions:recent-spine-or-joint-procedure'])]);
  const massage = [...PREGNANCY_CAUTIONS, ...BONE_SAFE_EXERCISE, ...Object.values(SYMPTOM_BLOCKS).map((b) => b?.why ?? '')];
  const safetyNet = [
    assess({ age: 30, areas: ['lower-back'], pattern: 'one-spot', quality: [], intensity: 9, durationDays: 120, causes: ['sports'], conditions: ['anticoagulant-medication', 'inflammatory-arthritis', 'osteoporosis'], symptoms: ['morning-stiffness-over-30-min'], pregnant: true }),
    assess({ age: 30, areas: ['mid-back'], pattern: 'one-spot', quality: [], intensity: 3, durationDays: 5, causes: [], conditions: ['cancer-history'], symptoms: [] }),
  ].flatMap((a) => [...a.safetyNet.flatMap((s) => [s.text, ...(s.signs ?? [])]), ...a.reasons.map((r) => r.message)]);
  return [...techniques, ...conditions, ...triage, ...questions, ...flow, ...rules, ...massage, ...safetyNet].filter(Boolean);
}

describe('the knowledge base', () => {
  it('is complete and every fact points at a known source', () => {
    expect(knowledgeProblems()).toEqual([]);
  });

  it('never overclaims: no cure, detox, toxins or anti-inflammatory promises', () => {
    const overclaims = allText().filter((text) => /\b(cures?|detox|toxins?|anti-inflammatory|heals?)\b/i.test(text));
    expect(overclaims).toEqual([]);
  });

  it('words proposed mechanisms as possibilities', () => {
    for (const t of Object.values(TECHNIQUES)) expect(t.howItMayHelp, t.id).not.toMatch(/\b(releases endorphins|improves circulation)\b/i);
  });

  it('uses short sentences a young reader can follow (under 30 words each)', () => {
    const long = allText()
      .flatMap((text) => text.split(/(?<=[.!?])\s+/))
      .filter((sentence) => sentence.split(/\s+/).length >= 30);
    expect(long).toEqual([]);
  });

  it('maps every back area to at least one muscle that commonly refers pain there', () => {
    for (const area of ['neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg', 'head'] as const) {
      expect(referralsFor([area]).length, area).toBeGreaterThan(0);
    }
    expect(referralsFor(['head']).map((m) => m.id)).toContain('upper-trapezius');
  });
});

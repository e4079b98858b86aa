import {
  TECHNIQUES,
  TRIAGE_GUIDANCE,
  triageAction,
  type Assessment,
  type PlanStep,
  type SourceId,
  type TriageLevel,
} from '../core/index.js';
import { sourceLines } from './sources.js';
import { areaName, DISCLAIMER } from './words.js';
import { box, duration, heading, labelled, wrap, type Style } from './style.js';

export interface ReportOptions {
  style: Style;
  width: number;
  emergencyNumber?: string;
  /** A line printed right under the triage banner. */
  note?: string;
}

const triagePaint = (level: TriageLevel, style: Style): ((line: string) => string) => {
  switch (level) {
    case 'emergency':
      return style.alarm;
    case 'urgent':
      return (line) => style.bold(style.red(line));
    case 'see-doctor-first':
      return (line) => style.bold(style.yellow(line));
    case 'self-care':
      return style.green;
  }
};

/** The triage banner: level in capitals, headline, then what to do, in a box that colour only decorates. */
export function triageBanner(level: TriageLevel, options: ReportOptions): string[] {
  const guidance = TRIAGE_GUIDANCE[level];
  const action = triageAction(level, options.emergencyNumber);
  const label = level.replaceAll('-', ' ').toUpperCase();
  return box([`${label}: ${guidance.title}`, '', action], options.width, triagePaint(level, options.style));
}

const techniqueName = (id: string) => (id in TECHNIQUES ? TECHNIQUES[id as keyof typeof TECHNIQUES].name : id);

function stepName(step: PlanStep): string {
  if (step.technique === 'warm-up') return 'Warm up';
  if (step.technique === 'water') return 'Drink water';
  return techniqueName(step.technique);
}

// "[A] Title. Citation." wrapped under its own label; shared with `backrub technique`.
export { sourceLines };

const bullet = (text: string, width: number, indent = '   ') => wrap(text, width, `${indent}  `, `${indent}- `);

/** The whole readable report: triage first, then techniques, what to avoid, the plan, tips, sources. */
export function renderAssessment(assessment: Assessment, options: ReportOptions): string {
  const { style, width } = options;
  const out: string[] = [...triageBanner(assessment.triage, options)];
  if (options.note) out.push(style.bold(options.note));
  const cited = new Set<SourceId>();

  if (assessment.reasons.length > 0) {
    out.push(...heading(assessment.massageAdvised ? 'What we took into account' : 'Why', style));
    for (const reason of assessment.reasons) {
      cited.add(reason.source);
      out.push(...bullet(`${reason.message} [${reason.source}]`, width));
    }
  }

  out.push('');
  out.push(
    assessment.massageAdvised
      ? style.bold('Massage: it may help, alongside staying active.')
      : style.bold('Massage: NOT advised for now.') + ' Follow the advice in the box above first.',
  );

  if (assessment.recommendations.length > 0) {
    out.push(...heading('Techniques that fit you, best first', style));
    assessment.recommendations.forEach((rec, i) => {
      const where = rec.setting === 'home' ? 'at home' : 'with a therapist';
      out.push(`  ${style.bold(`${i + 1}. ${techniqueName(rec.technique)}`)} (${where}; fit ${Math.round(rec.score * 100)}%)  ${style.dim(`backrub technique ${rec.technique}`)}`);
      for (const why of rec.why) out.push(...bullet(why, width, '     '));
      for (const caution of rec.cautions) out.push(...labelled('Careful:', caution, width, '     ', style.yellow));
    });
  }

  if (assessment.avoid.length > 0) {
    out.push(...heading('What to avoid', style));
    for (const avoid of assessment.avoid) out.push(...bullet(`${techniqueName(avoid.technique)}: ${avoid.why}`, width));
  }

  const { plan } = assessment;
  if (plan.steps.length > 0) {
    out.push(...heading(`Your at-home session (about ${Math.round(plan.totalSeconds / 60)} minutes)`, style));
    const said = new Set<string>(); // a safety line is shown once, at the first step it applies to
    plan.steps.forEach((step, i) => {
      out.push(`  ${style.bold(`${i + 1}. ${stepName(step)}`)} - ${areaName(step.area)}, ${duration(step.seconds)}`);
      out.push(...wrap(step.instructions, width, '     '));
      for (const safety of (plan.safety[step.technique] ?? []).filter((line) => !said.has(line))) {
        said.add(safety);
        out.push(...labelled('Safety:', safety, width, '     ', style.yellow));
      }
    });
  }
  if (plan.lifestyle.length > 0) {
    out.push(...heading('Beyond massage: movement, posture and exercise', style));
    for (const advice of plan.lifestyle) out.push(...bullet(advice, width));
  }

  if (assessment.tips.length > 0) {
    out.push(...heading('Safety tips', style));
    for (const tip of assessment.tips) {
      cited.add(tip.source);
      out.push(...bullet(`${tip.text} [${tip.source}]`, width));
    }
  }

  if (cited.size > 0) {
    out.push(...heading('Sources', style));
    for (const id of [...cited].sort()) out.push(...sourceLines(id, width));
  }

  if (assessment.triage === 'emergency' || assessment.triage === 'urgent') {
    // Long reports scroll the banner away: say it once more, last.
    const guidance = TRIAGE_GUIDANCE[assessment.triage];
    out.push('', ...wrap(`${assessment.triage.toUpperCase()}: ${guidance.title}. ${triageAction(assessment.triage, options.emergencyNumber)}`, width).map(triagePaint(assessment.triage, style)));
  }
  out.push('', ...wrap(DISCLAIMER, width).map((line) => style.dim(line)), '');
  return out.join('\n');
}

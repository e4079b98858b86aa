import {
  actionText,
  fitWords,
  REGIONS,
  safetyKey,
  TECHNIQUES,
  TRIAGE_GUIDANCE,
  triageAction,
  type Assessment,
  type PlanStep,
  type Region,
  type SourceId,
  type TriageLevel,
} from '../core/index.js';
import { movementStepName, renderMovementPart } from './movement-report.js';
import { sourceLines } from './sources.js';
import { areaName, DISCLAIMER } from './words.js';
import { box, duration, heading, labelled, wrap, type Style } from './style.js';

export interface ReportOptions {
  style: Style;
  width: number;
  /** Whose numbers and words the advice uses (`--region`, `--emergency-number`, `--urgent-number`). */
  region?: Region;
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
export function triageBanner(assessment: Assessment, options: ReportOptions): string[] {
  const level = assessment.triage;
  const label = level.replaceAll('-', ' ').toUpperCase();
  return box([`${label}: ${TRIAGE_GUIDANCE[level].title}`, '', whatToDo(assessment, options)], options.width, triagePaint(level, options.style));
}

const regionOf = (options: ReportOptions): Region => options.region ?? REGIONS.international;

/** Emergency and urgent reports give the action and the reasons, and nothing else. */
const showsOnlyTheAction = (level: TriageLevel): boolean => level === 'emergency' || level === 'urgent';

/** The action the core leads with (undefined for self-care). */
const leadingAction = (assessment: Assessment) => assessment.action;

/** The core's "get help if" lines: its words, the signs one per line, then what to do in the region's words. */
function safetyNetLines(assessment: Assessment, region: Region, width: number): { lines: string[]; source: SourceId }[] {
  return assessment.safetyNet.map((item) => ({
    lines: [
      ...bullet(`${item.text} [${item.source}]`, width),
      ...(item.signs ?? []).flatMap((sign) => bullet(sign, width, '       ')),
      ...(item.action ? wrap(actionText(item.action, region), width, '     ') : []),
    ],
    source: item.source,
  }));
}

/** The leading reason's action in the region's words; the level's general advice when there is none (self-care). */
function whatToDo(assessment: Assessment, options: ReportOptions): string {
  const action = leadingAction(assessment);
  const region = regionOf(options);
  return action ? actionText(action, region) : triageAction(assessment.triage, region.emergencyNumber);
}

const techniqueName = (id: string) => (id in TECHNIQUES ? TECHNIQUES[id as keyof typeof TECHNIQUES].name : id);

function stepName(step: PlanStep): string {
  if (step.technique === 'warm-up') return 'Warm up';
  if (step.technique === 'water') return 'Drink water';
  return movementStepName(step) ?? techniqueName(step.technique);
}

// "[A] Title. Citation." wrapped under its own label; shared with `backrub technique`.
export { sourceLines };

const bullet = (text: string, width: number, indent = '   ') => wrap(text, width, `${indent}  `, `${indent}- `);

/**
 * The whole readable report: triage and what to do first, then why. Emergency and urgent stop there;
 * see-doctor-first adds only the core's general comfort tips; self-care adds the safety net, techniques,
 * what to avoid, the plan and tips.
 */
export function renderAssessment(assessment: Assessment, options: ReportOptions): string {
  const { style, width } = options;
  const out: string[] = [...triageBanner(assessment, options)];
  if (options.note) out.push(style.bold(options.note));
  const cited = new Set<SourceId>();

  if (assessment.reasons.length > 0) {
    out.push(...heading(assessment.massageAdvised ? 'What we took into account' : 'Why', style));
    for (const reason of assessment.reasons) {
      cited.add(reason.source);
      out.push(...bullet(`${reason.message} [${reason.source}]`, width));
    }
  }

  const net = safetyNetLines(assessment, regionOf(options), width);
  if (net.length > 0) {
    out.push(...heading(assessment.triage === 'self-care' ? 'Get help if things change' : 'Watch for', style));
    for (const item of net) {
      cited.add(item.source);
      out.push(...item.lines);
    }
  }

  if (showsOnlyTheAction(assessment.triage)) return finish(assessment, options, out, cited);
  if (assessment.triage === 'see-doctor-first') {
    out.push('', style.bold('Massage: NOT advised for now.') + ' Follow the advice in the box above first.');
    pushTips(assessment, options, out, cited, 'While you wait');
    return finish(assessment, options, out, cited);
  }

  out.push('');
  out.push(
    assessment.massageAdvised
      ? style.bold('Massage: it may help, alongside staying active.')
      : style.bold('Massage: NOT advised for now.') + ' Follow the advice in the box above first.',
  );

  if (assessment.recommendations.length > 0) {
    out.push(...heading(assessment.noExactFit ? 'Nothing fits exactly: the nearest options' : 'Techniques that fit you, best first', style));
    if (assessment.noExactFit) out.push(...wrap(assessment.noExactFit, width, '  '));
    assessment.recommendations.forEach((rec, i) => {
      const where = `${rec.setting === 'home' ? 'at home' : 'with a therapist'}${rec.nearest ? '; nearest option' : ''}`;
      out.push(`  ${style.bold(`${i + 1}. ${techniqueName(rec.technique)}`)} (${where}; ${fitWords(rec.score)})  ${style.dim(`backrub technique ${rec.technique}`)}`);
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
      // The plan names each step apart (decision 0065); an old saved plan without titles is named as before.
      const name = step.title ?? `${stepName(step)} - ${areaName(step.area)}`;
      out.push(`  ${style.bold(`${i + 1}. ${name}`)}, ${duration(step.seconds)}`);
      out.push(...wrap(step.instructions, width, '     '));
      for (const safety of (plan.safety[safetyKey(step)] ?? []).filter((line) => !said.has(line))) {
        said.add(safety);
        out.push(...labelled('Safety:', safety, width, '     ', style.yellow));
      }
    });
  }
  out.push(...renderMovementPart(assessment, style, width));
  if (plan.lifestyle.length > 0) {
    out.push(...heading('Beyond massage: movement, posture and exercise', style));
    for (const advice of plan.lifestyle) out.push(...bullet(advice, width));
  }

  pushTips(assessment, options, out, cited, 'Safety tips');
  return finish(assessment, options, out, cited);
}

function pushTips(assessment: Assessment, options: ReportOptions, out: string[], cited: Set<SourceId>, title: string): void {
  if (assessment.tips.length === 0) return;
  out.push(...heading(title, options.style));
  for (const tip of assessment.tips) {
    cited.add(tip.source);
    out.push(...bullet(`${tip.text} [${tip.source}]`, options.width));
  }
}

/** Sources, the headline again for emergency and urgent, and the disclaimer. */
function finish(assessment: Assessment, options: ReportOptions, out: string[], cited: Set<SourceId>): string {
  const { style, width } = options;
  if (cited.size > 0) {
    out.push(...heading('Sources', style));
    for (const id of [...cited].sort()) out.push(...sourceLines(id, width));
  }
  if (showsOnlyTheAction(assessment.triage)) {
    // Long reports scroll the banner away: say it once more, last.
    const guidance = TRIAGE_GUIDANCE[assessment.triage];
    out.push('', ...wrap(`${assessment.triage.toUpperCase()}: ${guidance.title}. ${whatToDo(assessment, options)}`, width).map(triagePaint(assessment.triage, style)));
  }
  out.push('', ...wrap(DISCLAIMER, width).map((line) => style.dim(line)), '');
  return out.join('\n');
}

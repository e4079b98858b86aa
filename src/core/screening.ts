import type { Reason, TriageLevel } from './assessment.js';
import type { Intake } from './intake.js';
import { CONDITION_RULES } from './knowledge/conditions.js';
import { RED_FLAG_RULES } from './knowledge/red-flags.js';
import { TRIAGE_SEVERITY } from './knowledge/triage-guidance.js';

export interface SafetyScreen {
  triage: TriageLevel;
  /** Most severe first; every reason names the rule that fired. */
  reasons: Reason[];
}

interface Finding extends Reason {
  level: TriageLevel;
}

const NO_WARNING_SIGNS: Reason = Object.freeze({
  code: 'no-warning-signs',
  message: 'None of your answers point to a warning sign or a reason to avoid massage.',
  source: 'IFOMPT20',
});

/**
 * Screening runs before anything else and can stop everything: any red flag or contraindication
 * raises the triage, and the most severe finding wins. Nothing later may lower it.
 */
export function screenSafety(intake: Intake): SafetyScreen {
  const findings: Finding[] = [];
  for (const rule of RED_FLAG_RULES) {
    const message = rule.check(intake);
    if (message) findings.push({ level: rule.level, code: rule.id, message, source: rule.source });
  }
  for (const condition of intake.conditions) {
    const rule = CONDITION_RULES[condition];
    if (rule.blocksMassage) {
      findings.push({
        level: 'see-doctor-first',
        code: `contraindication:${condition}`,
        message: `${rule.label}: ${rule.blocksMassage}`,
        source: rule.source,
      });
    }
  }
  if (intake.symptoms.includes('fever') && !findings.some((f) => f.code === 'contraindication:contagious-illness')) {
    findings.push({
      level: 'see-doctor-first',
      code: 'contraindication:fever',
      message: 'You have a fever. Massage is not advised while you have a fever.',
      source: 'A',
    });
  }

  // Stable sort: most severe first, rules in their listed order within a level.
  findings.sort((a, b) => TRIAGE_SEVERITY[b.level] - TRIAGE_SEVERITY[a.level]);
  const triage = findings[0]?.level ?? 'self-care';
  const reasons: Reason[] = findings.map(({ code, message, source }) => ({ code, message, source }));
  if (triage === 'self-care') {
    reasons.push(NO_WARNING_SIGNS);
    if (intake.durationDays > 42) {
      reasons.push({
        code: 'lasting-over-6-weeks',
        message: `Your pain has lasted ${Math.floor(intake.durationDays / 7)} weeks. Most back pain settles within about 6, so a check with a doctor or physiotherapist is a good idea if you have not had one.`,
        source: 'NICE59',
      });
    }
  }
  return { triage, reasons };
}

import type { SourceId, TriageLevel } from '../assessment.js';
import type { Intake, Symptom } from '../intake.js';

/**
 * Warning signs that need a clinician, as data the screening reads. Each rule names the intake fields
 * it reads so a reason can always be traced back to what the person said.
 */
export interface RedFlagRule {
  id: string;
  level: Exclude<TriageLevel, 'self-care'>;
  source: SourceId;
  reads: readonly (keyof Intake)[];
  /** Returns the plain-words reason when the rule fires, or null. */
  check(intake: Intake): string | null;
}

const has = (intake: Intake, ...symptoms: Symptom[]) => symptoms.filter((s) => intake.symptoms.includes(s));
const nerveSignsInLegs = (intake: Intake) =>
  intake.radiatesBelowKnee === true ||
  (intake.areas.includes('leg') && (intake.quality.includes('numbness') || intake.quality.includes('tingling')));
const boneThinning = (intake: Intake) =>
  intake.conditions.includes('osteoporosis') ||
  intake.conditions.includes('severe-osteoporosis') ||
  intake.conditions.includes('long-term-steroids');
/** New pain that came on suddenly (after a knock, a lift, or out of the blue) within the last two weeks. */
const suddenRecentPain = (intake: Intake) =>
  intake.durationDays <= 14 &&
  (intake.causes.some((c) => c === 'fall-or-accident' || c === 'lifting' || c === 'unknown') || intake.quality.includes('sharp'));

const SYMPTOM_WORDS: Record<Symptom, string> = {
  'bladder-or-bowel-change': 'a new change in how your bladder or bowels work',
  'saddle-numbness': 'numbness around your bottom, genitals or inner thighs',
  'numbness-both-legs': 'numbness or weakness in both legs',
  'progressive-leg-weakness': 'leg weakness that is getting worse',
  'unexplained-weight-loss': 'weight loss you cannot explain',
  'night-pain-at-rest': 'pain at night that rest does not ease',
  'significant-trauma': 'a serious fall, crash or blow',
  fever: 'a fever',
  'chest-pain': 'chest pain',
  breathlessness: 'being short of breath',
  'pulsating-abdominal-pain': 'a throbbing or pulsing pain in your belly',
  'morning-stiffness-over-30-min': 'stiffness for more than 30 minutes in the morning',
};

const listWords = (symptoms: Symptom[]) => {
  const words = symptoms.map((s) => SYMPTOM_WORDS[s]);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
};

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'cauda-equina',
    level: 'emergency',
    source: 'IFOMPT20',
    reads: ['symptoms'],
    check: (intake) => {
      const found = has(intake, 'bladder-or-bowel-change', 'saddle-numbness', 'numbness-both-legs');
      return found.length
        ? `You told us about ${listWords(found)}. With back pain this can mean the nerves at the bottom of the spine are squeezed. This needs hospital care straight away.`
        : null;
    },
  },
  {
    id: 'chest-or-breathing',
    level: 'emergency',
    source: 'IFOMPT20',
    reads: ['symptoms'],
    check: (intake) => {
      const found = has(intake, 'chest-pain', 'breathlessness');
      return found.length
        ? `You told us about ${listWords(found)}. Back pain with this can come from the heart, lungs or a big blood vessel.`
        : null;
    },
  },
  {
    id: 'aortic-aneurysm',
    level: 'emergency',
    source: 'IFOMPT20',
    reads: ['symptoms', 'age'],
    check: (intake) =>
      intake.symptoms.includes('pulsating-abdominal-pain')
        ? `You told us about a throbbing pain in your belly${intake.age > 50 ? ', and you are over 50' : ''}. With back pain this can be a sign of a swollen main blood vessel.`
        : null,
  },
  {
    id: 'progressive-weakness',
    level: 'emergency',
    source: 'IFOMPT20',
    reads: ['symptoms'],
    check: (intake) =>
      intake.symptoms.includes('progressive-leg-weakness')
        ? 'You told us your leg is getting weaker. A nerve may be badly squeezed, and quick care protects it.'
        : null,
  },
  {
    id: 'major-trauma',
    level: 'emergency',
    source: 'IFOMPT20',
    reads: ['symptoms'],
    check: (intake) =>
      intake.symptoms.includes('significant-trauma')
        ? 'Your pain started after a serious fall, crash or blow. A bone could be broken and needs checking first.'
        : null,
  },
  {
    id: 'spinal-infection',
    level: 'urgent',
    source: 'IFOMPT20',
    reads: ['symptoms', 'conditions'],
    check: (intake) => {
      if (!intake.symptoms.includes('fever')) return null;
      const risk = intake.conditions.includes('iv-drug-use') || intake.conditions.includes('immunosuppressed');
      return `You have a fever with back pain${risk ? ', and a higher risk of infection' : ''}. An infection needs to be ruled out today.`;
    },
  },
  {
    id: 'fragility-fracture',
    level: 'urgent',
    source: 'IFOMPT20',
    reads: ['conditions', 'age', 'durationDays', 'causes', 'quality'],
    check: (intake) => {
      if (!suddenRecentPain(intake)) return null;
      if (boneThinning(intake)) {
        return 'Your pain started suddenly in the last two weeks, and your bones may be thinner than usual (osteoporosis or steroids). Even a small knock can crack a bone then.';
      }
      if (intake.age > 70) {
        return 'Your pain started suddenly in the last two weeks, and you are over 70. A small crack in a bone needs to be ruled out.';
      }
      return null;
    },
  },
  {
    id: 'cancer-with-warning-signs',
    level: 'urgent',
    source: 'IFOMPT20',
    reads: ['conditions', 'symptoms', 'quality', 'radiatesBelowKnee', 'areas'],
    check: (intake) => {
      if (!intake.conditions.includes('cancer-history')) return null;
      const found = has(intake, 'night-pain-at-rest', 'unexplained-weight-loss');
      const nerves = nerveSignsInLegs(intake);
      if (!found.length && !nerves) return null;
      const what = [found.length ? listWords(found) : '', nerves ? 'nerve symptoms in a leg' : ''].filter(Boolean).join(' and ');
      return `You have had cancer, and you told us about ${what}. A doctor should check this soon.`;
    },
  },
  {
    id: 'infection-risk',
    level: 'see-doctor-first',
    source: 'IFOMPT20',
    reads: ['conditions', 'symptoms'],
    check: (intake) =>
      !intake.symptoms.includes('fever') &&
      (intake.conditions.includes('iv-drug-use') || intake.conditions.includes('immunosuppressed'))
        ? 'Your risk of a spine infection is higher than most people\u2019s, so a doctor should check new back pain even without a fever.'
        : null,
  },
  {
    id: 'cancer-history',
    level: 'see-doctor-first',
    source: 'IFOMPT20',
    reads: ['conditions'],
    check: (intake) =>
      intake.conditions.includes('cancer-history')
        ? 'You have had cancer. New back pain is usually something else, but a doctor should rule out a link, and say what massage is safe.'
        : null,
  },
  {
    id: 'possible-serious-cause',
    level: 'see-doctor-first',
    source: 'IFOMPT20',
    reads: ['symptoms'],
    check: (intake) => {
      const found = has(intake, 'unexplained-weight-loss', 'night-pain-at-rest');
      return found.length ? `You told us about ${listWords(found)}. A doctor should look for the cause.` : null;
    },
  },
  {
    id: 'nerve-pain-in-leg',
    level: 'see-doctor-first',
    source: 'NICE59',
    reads: ['radiatesBelowKnee', 'areas', 'quality'],
    check: (intake) =>
      nerveSignsInLegs(intake)
        ? 'Pain, tingling or numbness going down your leg can mean a nerve is irritated (sciatica). A doctor or physiotherapist should check it before massage.'
        : null,
  },
  {
    id: 'getting-worse',
    level: 'see-doctor-first',
    source: 'NICE59',
    reads: ['trend'],
    check: (intake) =>
      intake.trend === 'worsening'
        ? 'Your pain is getting worse. Pain that keeps getting worse should be checked by a doctor.'
        : null,
  },
  {
    id: 'inflammatory-back-pain',
    level: 'see-doctor-first',
    source: 'NICE59',
    reads: ['symptoms', 'age'],
    check: (intake) =>
      intake.symptoms.includes('morning-stiffness-over-30-min') && intake.age < 45
        ? 'Long morning stiffness that eases when you move, under the age of 45, can be a sign of inflammation in the spine. It is not urgent, but a doctor should check it.'
        : null,
  },
];

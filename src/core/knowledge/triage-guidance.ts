import type { TriageLevel } from '../assessment.js';

export interface TriageGuidance {
  level: TriageLevel;
  /** Short, unmistakable headline. */
  title: string;
  /** What to do now, in plain words. `{emergencyNumber}` is filled in by the app. */
  action: string;
  /** Whether massage advice may be shown. */
  massageAdvised: boolean;
}

export const DEFAULT_EMERGENCY_NUMBER = '112 (Europe), 911 (US) or your local emergency number';

export const TRIAGE_GUIDANCE: Record<TriageLevel, TriageGuidance> = {
  emergency: {
    level: 'emergency',
    title: 'Get emergency help now',
    action:
      'Call {emergencyNumber} now, or go straight to the nearest emergency department. Do not massage your back, and do not wait to see if it passes.',
    massageAdvised: false,
  },
  urgent: {
    level: 'urgent',
    title: 'See a doctor today',
    action:
      'Contact a doctor or an urgent care service today. Do not massage your back until you have been checked. If things get worse quickly, call {emergencyNumber}.',
    massageAdvised: false,
  },
  'see-doctor-first': {
    level: 'see-doctor-first',
    title: 'Check with a doctor before massage',
    action:
      'See your doctor or a physiotherapist (the reasons below say how soon). Hold off on massage until they say it is OK. Gentle everyday movement is usually fine in the meantime.',
    massageAdvised: false,
  },
  'self-care': {
    level: 'self-care',
    title: 'Self-care looks OK',
    action:
      'Gentle massage and staying active may ease your pain. Read the list below of signs that mean you should get help. See a doctor if it gets worse, if new symptoms appear, or if it has not settled in about 6 weeks.',
    massageAdvised: true,
  },
};

/** Shown wherever advice is shown: backrub informs, it does not diagnose. */
export const DISCLAIMER =
  'backrub gives general information, not a diagnosis or medical advice. Massage may ease back pain for a while, but it is not a cure. If you are worried, or your pain gets worse, see a doctor.';

export const TRIAGE_SEVERITY: Record<TriageLevel, number> = {
  'self-care': 0,
  'see-doctor-first': 1,
  urgent: 2,
  emergency: 3,
};

export function triageAction(level: TriageLevel, emergencyNumber = DEFAULT_EMERGENCY_NUMBER): string {
  return TRIAGE_GUIDANCE[level].action.replaceAll('{emergencyNumber}', emergencyNumber);
}

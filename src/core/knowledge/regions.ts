// Where the person is decides whom they call. The safety screen says *what kind* of help is needed (an
// action code on each reason); a region turns that into the numbers and services people know there, so
// the web app, the CLI and the share page all say it in the same words.

import { ACTIONS, type Action } from '../actions.js';
import { DEFAULT_EMERGENCY_NUMBER } from './triage-guidance.js';

/** The actions a safety finding can ask for, most urgent first (SCREENING.md §2.3): the core's `Reason.action`. */
export const SAFETY_ACTIONS = ACTIONS;
export type SafetyAction = Action;

export const REGION_IDS = ['international', 'uk', 'us', 'eu'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface Region {
  id: RegionId;
  /** Who the preset is for, e.g. "United Kingdom". */
  name: string;
  /** The emergency number as people say it, e.g. "999"; also the words in every action. */
  emergencyNumber: string;
  /** The service for help today that is not an emergency, e.g. "NHS 111". */
  urgentService: string;
  /** Its phone number, where there is one everybody can use. */
  urgentNumber?: string;
  /** Words for each action. `{emergency}` and `{urgent}` are filled in from the numbers above. */
  actions: Record<SafetyAction, string>;
}

const DONT_DRIVE = 'Do not drive yourself: ask someone to take you, or call {emergency} if you cannot get there.';

export const REGIONS: Readonly<Record<RegionId, Region>> = {
  // For an instance that does not say where it is: names both common numbers and the local one.
  international: {
    id: 'international',
    name: 'Anywhere',
    emergencyNumber: DEFAULT_EMERGENCY_NUMBER,
    urgentService: 'an urgent care service',
    actions: {
      'call-999': 'Call {emergency} now for an ambulance.',
      'go-to-ae': `Go to the nearest emergency department now. ${DONT_DRIVE}`,
      'call-maternity': 'Call your maternity unit, midwife or early pregnancy unit now. If you cannot reach them, call {emergency}.',
      'ae-today': 'Go to an emergency department or an urgent care centre today.',
      'same-day': 'Get seen today: ask your doctor for an urgent visit, or contact an urgent care service. Call {emergency} if it gets much worse.',
      'gp-48h': 'See your doctor in the next 1 to 2 days.',
      'book-gp': 'Book a visit with your doctor or a physiotherapist.',
    },
  },
  uk: {
    id: 'uk',
    name: 'United Kingdom',
    emergencyNumber: '999',
    urgentService: 'NHS 111',
    urgentNumber: '111',
    actions: {
      'call-999': 'Call {emergency} now for an ambulance.',
      'go-to-ae': `Go to A&E now. ${DONT_DRIVE}`,
      'call-maternity': 'Call your maternity unit, midwife or early pregnancy unit now. If you cannot reach them, call {emergency}.',
      'ae-today': 'Go to A&E or an urgent treatment centre today.',
      'same-day': 'Get seen today: ask your GP for an urgent appointment, or call {urgent}. Call {emergency} if it gets much worse.',
      'gp-48h': 'See your GP in the next 1 to 2 days.',
      'book-gp': 'Book a visit with your GP or a physiotherapist.',
    },
  },
  us: {
    id: 'us',
    name: 'United States',
    emergencyNumber: '911',
    urgentService: 'urgent care',
    actions: {
      'call-999': 'Call {emergency} now for an ambulance.',
      'go-to-ae': `Go to the emergency room (ER) now. ${DONT_DRIVE}`,
      'call-maternity': 'Call your labor and delivery unit, midwife or OB doctor now. If you cannot reach them, call {emergency}.',
      'ae-today': 'Go to the emergency room (ER) or an urgent care center today.',
      'same-day': 'Get seen today: ask your doctor for a same-day visit, or go to urgent care. Call {emergency} if it gets much worse.',
      'gp-48h': 'See your doctor in the next 1 to 2 days.',
      'book-gp': 'Book a visit with your doctor or a physical therapist.',
    },
  },
  eu: {
    id: 'eu',
    name: 'European Union',
    emergencyNumber: '112',
    urgentService: 'the out-of-hours GP service',
    actions: {
      'call-999': 'Call {emergency} now for an ambulance.',
      'go-to-ae': `Go to the emergency department of the nearest hospital now. ${DONT_DRIVE}`,
      'call-maternity': 'Call your maternity unit, midwife or the hospital where you plan to give birth now. If you cannot reach them, call {emergency}.',
      'ae-today': 'Go to an emergency department or an out-of-hours GP service today.',
      'same-day': 'Get seen today: ask your GP for an urgent appointment, or contact the out-of-hours GP service. Call {emergency} if it gets much worse.',
      'gp-48h': 'See your GP in the next 1 to 2 days.',
      'book-gp': 'Book a visit with your GP or a physiotherapist.',
    },
  },
};

export const DEFAULT_REGION_ID: RegionId = 'international';

export function isRegionId(value: string): value is RegionId {
  return (REGION_IDS as readonly string[]).includes(value);
}

export function isSafetyAction(value: unknown): value is SafetyAction {
  return typeof value === 'string' && (SAFETY_ACTIONS as readonly string[]).includes(value);
}

/** A preset with a deployment's own numbers (EMERGENCY_NUMBER, URGENT_NUMBER, --emergency-number ...). */
export function regionWith(id: RegionId, numbers: { emergencyNumber?: string | undefined; urgentNumber?: string | undefined } = {}): Region {
  const preset = REGIONS[id];
  const emergencyNumber = numbers.emergencyNumber?.trim() || preset.emergencyNumber;
  const urgentNumber = numbers.urgentNumber?.trim() || preset.urgentNumber;
  return { ...preset, emergencyNumber, ...(urgentNumber ? { urgentNumber } : {}) };
}

/** Actions that mean "go now": the person must not drive themselves there. */
const URGENT_ACTIONS: ReadonlySet<SafetyAction> = new Set(['ae-today', 'same-day']);

/** "NHS 111" when the service's name is its number, else the number, else the service's name. */
function urgentWords(region: Region): string {
  const { urgentNumber, urgentService } = region;
  if (!urgentNumber) return urgentService;
  return urgentService.includes(urgentNumber) ? urgentService : urgentNumber;
}

/**
 * What the person is told to do for one action, in the region's words and numbers. A deployment that
 * adds an urgent number the preset's words do not mention gets it named after urgent actions.
 */
export function actionText(action: SafetyAction, region: Region): string {
  const template = region.actions[action];
  let text = template.replaceAll('{emergency}', region.emergencyNumber).replaceAll('{urgent}', urgentWords(region));
  if (region.urgentNumber && !template.includes('{urgent}') && URGENT_ACTIONS.has(action)) {
    text += ` For advice, call ${region.urgentNumber}.`;
  }
  return text;
}

/** The numbers to dial in words like "999 (UK)" or "112 (Europe), 911 (US) or ...", in order. */
export function dialNumbers(words: string): string[] {
  return [...words.matchAll(/\+?\d[\d -]*\d/g)].map((match) => match[0].replace(/[ -]/g, ''));
}

export interface PhoneCall {
  /** Button words, e.g. "Call 999". */
  label: string;
  /** What a `tel:` link dials. */
  number: string;
}

/**
 * The one-tap calls to offer with an action, most useful first: the emergency number for emergencies;
 * the urgent line (when there is one) and then the emergency number for urgent actions; none otherwise.
 */
export function phoneCallsFor(action: SafetyAction, region: Region): PhoneCall[] {
  const emergency = dialNumbers(region.emergencyNumber).slice(0, 2).map((number) => ({ label: `Call ${number}`, number }));
  const urgent = region.urgentNumber ? dialNumbers(region.urgentNumber)[0] : undefined;
  if (action === 'call-999' || action === 'go-to-ae' || action === 'call-maternity') return emergency;
  if (!URGENT_ACTIONS.has(action)) return [];
  return [
    ...(urgent ? [{ label: `Call ${urgentWords(region)}`, number: urgent }] : []),
    ...emergency.map((call) => ({ label: `${call.label} if it gets much worse`, number: call.number })),
  ];
}

// Types for cases.js.
import type { Intake, TriageLevel } from '../../src/core/index.js';
import type { Source } from './sources.js';

export interface Vignette {
  /** Stable, unique, kebab-case. */
  id: string;
  /** In our own words. */
  title: string;
  source: Source;
  /** A full intake under the v2 contract; `answered` is filled as the app would ask. */
  intake: Intake;
  /** The triage levels a clinician would accept (never empty). */
  accepted: readonly TriageLevel[];
  /** Massage advice must be absent: true whenever self-care is not accepted. */
  massageWithheld: boolean;
  /** Should be self-care and nothing more: over-triage of these is counted. */
  benign: boolean;
  /** SCREENING.md ids the case is meant to exercise: §4 rule ids (each must fire), §5 `massage:*` ids, §7 guards. */
  exercises: readonly string[];
  /** Rule ids that must not fire (the boundary the case sits on). */
  mustNotFire: readonly string[];
  /** Questions the app would ask that this caller left out (principle 7). */
  unanswered: readonly string[];
  /** Where the spec itself falls short of the accepted levels: why, for a clinician to decide. */
  knownGap?: string;
  note?: string;
}
export declare const VIGNETTES: readonly Vignette[];

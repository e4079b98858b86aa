import { entryFingerprint, type DiaryEntryInput } from '../../core/diary.js';
import type { SavedAssessment } from '../../core/contracts/index.js';

/**
 * What makes two stored items "the same item" for an import (migration 0008): the one place each kind's
 * fingerprint is defined. The database keeps it in a unique column per person, so an import skips what
 * is already there; a deliberate duplicate is stored with none (NULL).
 */
export const fingerprintOf = {
  /** An entry: its instant, both scores, techniques and movements (built in core, shared with 0008's SQL). */
  entry: (input: Pick<DiaryEntryInput, 'occurredAt' | 'painBefore' | 'painAfter' | 'techniques' | 'movements'>): string => entryFingerprint(input),
  /** A check-in: its stored instant (one check-in per moment). */
  checkIn: (columns: { occurred_at: string }): string => columns.occurred_at,
  /** A saved assessment: the instant it was made. */
  assessment: (saved: Pick<SavedAssessment, 'createdAt'>): string => saved.createdAt,
} as const;

import type { z } from 'zod';
import { DiaryEntryInputSchema, type DiaryEntryInput } from '../../core/diary.js';

// Unsaved work survives a sign-in: the entry form keeps its draft, and a finished guided session keeps
// the entry it wants to save, in sessionStorage (this tab only, gone when it closes; never sent anywhere).
// What comes back is parsed with a schema, never cast: a save the app can no longer read is removed.

const DRAFT_PREFIX = 'backrub.diary-draft:';
const PENDING_KEY = 'backrub.pending-session-entry.v1';

function store(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  let json: unknown;
  try {
    const raw = store()?.getItem(key);
    if (!raw) return null;
    json = JSON.parse(raw) as unknown;
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  write(key, null);
  return null;
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) store()?.removeItem(key);
    else store()?.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or blocked: the form still works */
  }
}

export const loadDraft = <T>(key: string, schema: z.ZodType<T>): T | null => read(DRAFT_PREFIX + key, schema);
export const saveDraft = (key: string, draft: unknown): void => write(DRAFT_PREFIX + key, draft);
export const clearDraft = (key: string): void => write(DRAFT_PREFIX + key, null);

/** A diary entry made from a finished guided session, waiting for the person to sign up or in. */
export type PendingEntry = Omit<DiaryEntryInput, 'notes' | 'triggers' | 'areas' | 'techniques' | 'movements' | 'source'> &
  Partial<Pick<DiaryEntryInput, 'notes' | 'triggers' | 'areas' | 'techniques' | 'movements' | 'source'>>;

export const loadPendingEntry = (): PendingEntry | null => read(PENDING_KEY, DiaryEntryInputSchema);
export const savePendingEntry = (entry: PendingEntry | null): void => write(PENDING_KEY, entry);

import type { DiaryEntry } from '../../core/diary.js';
import { api } from './api.js';
import { loadPendingEntry, savePendingEntry, type PendingEntry } from './drafts.js';

/** Saves the guided session that was waiting for sign-up or sign-in, if any. */
export async function savePendingSession(): Promise<DiaryEntry | null> {
  const pending = loadPendingEntry();
  if (!pending) return null;
  const saved = await api.post<DiaryEntry>('/api/diary/entries', pending);
  savePendingEntry(null);
  return saved;
}

export function createEntry(entry: PendingEntry): Promise<DiaryEntry> {
  return api.post<DiaryEntry>('/api/diary/entries', entry);
}

/** A backrub JSON export with `count` distinct entries (one an hour from 2015), for import tests. */
export function exportFile(count: number, options: { offset?: number; checkIns?: number; notes?: (i: number) => string; assessments?: unknown[] } = {}) {
  const start = Date.UTC(2015, 0, 1);
  return {
    format: 'backrub-export',
    version: 1,
    exportedAt: '2025-06-01T10:00:00.000Z',
    assessments: options.assessments ?? [],
    entries: Array.from({ length: count }, (_, i) => ({
      occurredAt: new Date(start + (i + (options.offset ?? 0)) * 3_600_000).toISOString(),
      painBefore: i % 11,
      painAfter: (i + 3) % 11,
      areas: [{ area: 'lower-back', intensity: 5 }],
      techniques: ['tennis-ball'],
      source: 'session',
      notes: options.notes ? options.notes(i) : `imported ${i}`,
      triggers: [],
      createdAt: '2025-06-01T10:00:00.000Z',
    })),
    checkIns: Array.from({ length: options.checkIns ?? 0 }, (_, i) => ({
      occurredAt: new Date(start + i * 7 * 86_400_000).toISOString(), pain: 5, enjoyment: 4, activity: 3,
    })),
  };
}

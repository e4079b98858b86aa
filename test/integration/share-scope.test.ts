import { afterAll, beforeAll, expect, it } from 'vitest';
import { deskWorkerIntake } from '../server/support.js';
import { Client, describeEachDialect, sampleEntry, startWithUser, type TestApp } from './harness.js';

/**
 * A share limited to March 2025 shows only March 2025: no "it helped you 4 times" from 2024 entries,
 * no 2024 trend, check-ins, entries or pain areas; and the assessment it shows is the one that was the
 * latest when the link was made, not one saved afterwards.
 */
describeEachDialect('a share shows only what was chosen, on $name', (dialect) => {
  let t: TestApp;
  let me: Client;
  let first: { id: string; createdAt: string };
  let token: string;
  beforeAll(async () => {
    ({ t, me } = await startWithUser(dialect));
    first = (await me.post('/api/assessments', { intake: deskWorkerIntake })).json();
    // 2024: tennis ball helped a lot, four times; pain in the lower back; a check-in.
    for (let day = 1; day <= 4; day++) {
      await me.post('/api/diary/entries', sampleEntry({ occurredAt: `2024-06-0${day}T20:00:00+02:00`, painBefore: 8, painAfter: 2, techniques: ['tennis-ball'], areas: [{ area: 'lower-back', intensity: 8 }], notes: 'from 2024' }));
    }
    await me.post('/api/diary/checkins', { occurredAt: '2024-06-05T09:00:00+02:00', pain: 9, enjoyment: 9, activity: 9 });
    // March 2025: hand massage, no change; pain in the neck; a check-in.
    await me.post('/api/diary/entries', sampleEntry({ occurredAt: '2025-03-10T20:00:00+01:00', painBefore: 4, painAfter: 4, techniques: ['hand-massage'], areas: [{ area: 'neck', intensity: 3 }], notes: 'from March' }));
    await me.post('/api/diary/checkins', { occurredAt: '2025-03-11T09:00:00+01:00', pain: 3, enjoyment: 2, activity: 2 });

    const link = (await me.post('/api/shares', { sections: ['assessment', 'painMap', 'pressure', 'cautions', 'trend', 'peg', 'techniques', 'entries'], from: '2025-03-01', to: '2025-03-31' })).json();
    token = link.token;
    // Saved after the link was made: must not appear through it.
    t.clock.advance(60_000);
    await me.post('/api/assessments', { intake: { ...deskWorkerIntake, intensity: 6, durationDays: 30 } });
  });
  afterAll(async () => t?.close());

  it('computes every section from the chosen dates only', async () => {
    const view = (await new Client(t.app).get(`/api/shared/${token}`)).json();
    expect(JSON.stringify(view)).not.toContain('2024-');
    expect(JSON.stringify(view)).not.toMatch(/4 times|6 points/);
    const tennis = view.assessment.recommendations.find((r: { technique: string }) => r.technique === 'tennis-ball');
    expect(tennis?.learned ?? null).toBeNull();
    expect(view.techniques).toEqual([{ technique: 'hand-massage', sessions: 1, averageRelief: 0, helped: 0 }]);
    expect(view.trend.pain.map((b: { start: string }) => b.start)).toEqual(['2025-03-10']);
    expect(view.peg.map((c: { date: string }) => c.date)).toEqual(['2025-03-11']);
    expect(view.entries.map((e: { notes: string }) => e.notes)).toEqual(['from March']);
    expect(view.painMap.diary).toEqual([{ area: 'neck', entries: 1, meanIntensity: 3 }]);
  });

  it('shows the assessment that was the latest when the link was made, and says so', async () => {
    const view = (await new Client(t.app).get(`/api/shared/${token}`)).json();
    expect(view.assessment).toMatchObject({ assessedAt: first.createdAt, intensity: 4, durationDays: 10, basis: 'latest-when-shared' });
    expect(view.painMap.assessment.areas).toEqual(['lower-back', 'upper-back']);
    expect(view.pressure.preferred).toBe('medium');
    // The owner's own summary shows the newer one.
    const own = (await me.get('/api/summary?from=2025-03-01&to=2025-03-31')).json();
    expect(own.assessment).toMatchObject({ intensity: 6, durationDays: 30, basis: 'latest' });
  });

  it('shows no assessment once the pinned one is deleted (not a newer one)', async () => {
    expect((await me.delete(`/api/assessments/${first.id}`)).statusCode).toBe(204);
    const view = (await new Client(t.app).get(`/api/shared/${token}`)).json();
    expect(view.assessment).toBeNull();
    expect(view.painMap.assessment).toBeNull();
  });
});

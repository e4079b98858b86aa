import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Intake } from '../../src/core/index.js';
import { deskWorkerIntake } from '../server/support.js';
import { Client, describeEachDialect, sampleEntry, startTestApp, type TestApp } from './harness.js';

// The share summary follows the same level rules as the app: an emergency or urgent result carries its
// action and reasons, and none of the massage advice (techniques, what to avoid, technique cautions,
// past massage sessions); self-care carries the safety net.
describeEachDialect('what the share summary shows for each level, on $name', (dialect) => {
  let t: TestApp;
  let people = 0;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  /** A new person (so theirs is the only assessment) with one massage session in the diary, and their shared summary. */
  async function summaryFor(intake: Intake) {
    const me = await new Client(t.app).signUp(`levels-${(people += 1)}@example.org`);
    await me.post('/api/diary/entries', sampleEntry({ occurredAt: '2025-05-30T20:00:00+02:00' }));
    expect((await me.post('/api/assessments', { intake })).statusCode).toBe(201);
    const link = (await me.post('/api/shares', { from: '2025-05-01', to: '2025-06-02' })).json();
    return (await new Client(t.app).get(`/api/shared/${link.token}`)).json();
  }

  it('self-care: techniques, cautions and the safety net in the core\'s order', async () => {
    const summary = await summaryFor(deskWorkerIntake);
    expect(summary.assessment.triage).toBe('self-care');
    expect(summary.assessment.recommendations.length).toBeGreaterThan(0);
    expect(summary.assessment.safetyNet.map((item: { id: string }) => item.id).slice(0, 4)).toEqual(['call-emergency', 'seen-today', 'gp-soon', 'book-gp']);
    expect(summary.techniques.length).toBeGreaterThan(0);
  });

  it.each([
    ['emergency', ['chest-pain'], 'call-999'],
    ['urgent', ['fever'], 'same-day'],
  ] satisfies [string, Intake['symptoms'], string][])('%s: the action and the reasons, and no massage advice', async (level, symptoms, action) => {
    const summary = await summaryFor({ ...deskWorkerIntake, symptoms });
    expect(summary.assessment).toMatchObject({ triage: level, action, massageAdvised: false, recommendations: [] });
    expect(summary.assessment.reasons.length).toBeGreaterThan(0);
    expect(summary.cautions).toEqual({ conditions: [], avoid: [], techniqueCautions: [] });
    expect(summary).not.toHaveProperty('techniques');
    expect(JSON.stringify(summary)).not.toMatch(/tennis|foam roller|6 weeks/i);
  });
});

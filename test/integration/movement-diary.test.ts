import { afterAll, beforeAll, expect, it } from 'vitest';
import { deskWorkerIntake } from '../server/support.js';
import { Client, describeEachDialect, sampleEntry, startTestApp, type TestApp } from './harness.js';

// Decision 0052: a diary entry records the movements done as well as the massage, and "what helps you"
// learns over both without ever recommending a movement screening left out.

describeEachDialect('movements in the diary on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  it('an entry keeps its movements apart from its techniques, through create, read, update and list', async () => {
    const me = await new Client(t.app).signUp();
    const created = await me.post('/api/diary/entries', sampleEntry({ movements: ['pelvic-tilt', 'chin-tuck'] }));
    expect(created.statusCode).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({ techniques: ['tennis-ball'], movements: ['pelvic-tilt', 'chin-tuck'] });
    expect((await me.get(`/api/diary/entries/${entry.id}`)).json()).toEqual(entry);
    const updated = await me.put(`/api/diary/entries/${entry.id}`, sampleEntry({ techniques: [], movements: ['knee-rolls'] }));
    expect(updated.json()).toMatchObject({ techniques: [], movements: ['knee-rolls'] });
    const list = (await me.get('/api/diary/entries')).json();
    expect(list.entries[0]).toMatchObject({ movements: ['knee-rolls'] });
    // An entry from before movements has an empty list.
    const old = await me.post('/api/diary/entries', { occurredAt: '2025-05-20T08:00:00Z', painBefore: 4 });
    expect(old.json().movements).toEqual([]);
  });

  it('refuses an unknown or repeated movement with a 400 naming the field', async () => {
    const me = await new Client(t.app).signUp();
    const unknown = await me.post('/api/diary/entries', sampleEntry({ movements: ['headstand'] }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toBe('movements[0]');
    const twice = await me.post('/api/diary/entries', sampleEntry({ movements: ['chin-tuck', 'chin-tuck'] }));
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.issues[0].path).toBe('movements');
  });

  it('"what helps you" learns over the plan\'s movements, and the massage relief table stays massage only', async () => {
    const me = await new Client(t.app).signUp();
    expect((await me.post('/api/assessments', { intake: deskWorkerIntake })).statusCode).toBe(201);
    const before = (await me.get('/api/assessments/current')).json().current;
    const planned: string[] = before.movements.map((m: { movement: string }) => m.movement);
    expect(planned.length).toBeGreaterThan(1);
    const last = planned.at(-1);
    for (const day of ['01', '02', '03']) {
      await me.post('/api/diary/entries', sampleEntry({ occurredAt: `2025-06-${day}T20:00:00Z`, painBefore: 6, painAfter: 2, techniques: [], movements: [last] }));
    }
    const after = (await me.get('/api/assessments/current')).json().current;
    expect(after.movements[0]).toMatchObject({ movement: last, sessions: 3, averageRelief: 4 });
    expect(after.movements[0].learned).toMatch(/helped you 3 times/);
    const dashboard = (await me.get('/api/diary/dashboard?from=2025-05-01&to=2025-06-30')).json();
    expect(dashboard.reliefByTechnique.map((r: { technique: string }) => r.technique)).not.toContain(last);
  });

  it('never recommends a movement screening left out, however well it helped', async () => {
    const me = await new Client(t.app).signUp();
    const intake = { ...deskWorkerIntake, conditions: ['osteoporosis'] };
    expect((await me.post('/api/assessments', { intake })).statusCode).toBe(201);
    for (const day of ['01', '02', '03', '04']) {
      await me.post('/api/diary/entries', sampleEntry({ occurredAt: `2025-06-${day}T20:00:00Z`, painBefore: 7, painAfter: 1, movements: ['knee-to-chest'] }));
    }
    const current = (await me.get('/api/assessments/current')).json().current;
    expect(current.assessment.avoidMovements.map((a: { movement: string }) => a.movement)).toContain('knee-to-chest');
    expect(current.movements.map((m: { movement: string }) => m.movement)).not.toContain('knee-to-chest');
  });
});

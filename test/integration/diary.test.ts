import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskWorkerIntake } from '../server/support.js';
import { Client, describeEachDialect, DIALECTS, sampleEntry, startTestApp, startWithUser, type TestApp } from './harness.js';

describeEachDialect('diary on $name', (dialect) => {
  let t: TestApp;
  let me: Client;
  beforeAll(async () => {
    ({ t, me } = await startWithUser(dialect));
  });
  afterAll(async () => t?.close());

  it('needs a session for every diary route', async () => {
    const anonymous = new Client(t.app);
    for (const [method, url] of [
      ['GET', '/api/diary/entries'], ['POST', '/api/diary/entries'], ['GET', '/api/diary/entries/x'],
      ['PUT', '/api/diary/entries/x'], ['DELETE', '/api/diary/entries/x'], ['GET', '/api/diary/checkins'],
      ['POST', '/api/diary/checkins'], ['DELETE', '/api/diary/checkins/x'], ['GET', '/api/diary/dashboard'],
      ['POST', '/api/assessments'], ['GET', '/api/assessments'], ['GET', '/api/assessments/current'],
      ['GET', '/api/summary'], ['GET', '/api/shares'], ['POST', '/api/shares'], ['DELETE', '/api/shares/x'],
      ['GET', '/api/export/json'], ['GET', '/api/export/diary.csv'], ['GET', '/api/export/checkins.csv'],
      ['GET', '/api/export/fhir'], ['POST', '/api/import'], ['DELETE', '/api/account'],
    ] as const) {
      const response = await anonymous.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json().error.code).toBe('unauthorized');
    }
  });

  it('creates, reads, updates and deletes an entry, keeping the offset and local day it was written with', async () => {
    const created = await me.post('/api/diary/entries', sampleEntry({ occurredAt: '2025-06-01T23:30:00+02:00' }));
    expect(created.statusCode).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({
      occurredAt: '2025-06-01T23:30:00.000+02:00',
      localDate: '2025-06-01',
      painBefore: 6,
      painAfter: 3,
      techniques: ['tennis-ball'],
      triggers: ['desk work'],
      source: 'session',
    });
    expect((await me.get(`/api/diary/entries/${entry.id}`)).json()).toEqual(entry);

    const updated = await me.put(`/api/diary/entries/${entry.id}`, sampleEntry({ painAfter: 5, techniques: ['hand-massage', 'tennis-ball'], notes: 'x'.repeat(100_000) }));
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ painAfter: 5, techniques: ['hand-massage', 'tennis-ball'] });
    expect(updated.json().notes).toHaveLength(100_000);

    expect((await me.delete(`/api/diary/entries/${entry.id}`)).statusCode).toBe(204);
    expect((await me.get(`/api/diary/entries/${entry.id}`)).statusCode).toBe(404);
    expect((await me.delete(`/api/diary/entries/${entry.id}`)).statusCode).toBe(404);
  });

  it('accepts a minimal entry (pain only) and several a day', async () => {
    for (const time of ['08:00', '13:00', '21:00']) {
      const response = await me.post('/api/diary/entries', { occurredAt: `2025-05-20T${time}:00Z`, painBefore: 4 });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ painBefore: 4, areas: [], techniques: [], source: 'other', notes: '', triggers: [] });
      expect(response.json()).not.toHaveProperty('painAfter');
    }
  });

  it('explains every bad field with its path', async () => {
    const response = await me.post('/api/diary/entries', {
      occurredAt: 'yesterday', painBefore: 11, painAfter: 2.5, areas: [{ area: 'knee', intensity: 3 }],
      techniques: ['reiki'], source: 'friend', pressureFelt: -1, triggers: [''], extra: true,
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid_request');
    const paths = error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([
      'extra', 'occurredAt', 'painBefore', 'painAfter', 'areas[0].area', 'techniques[0]', 'source', 'pressureFelt', 'triggers[0]',
    ]));
    expect(error.issues.find((i: { path: string }) => i.path === 'painBefore').message).toBe('must be at most 10');
    expect((await me.request('POST', '/api/diary/entries', undefined, { 'content-type': 'application/json' })).statusCode).toBe(400);
  });

  it('lists newest first with a cursor, and filters by date', async () => {
    const other = await new Client(t.app).signUp();
    for (let day = 1; day <= 7; day++) {
      await other.post('/api/diary/entries', { occurredAt: `2025-04-0${day}T10:00:00Z`, painBefore: day });
    }
    const first = (await other.get('/api/diary/entries?limit=3')).json();
    expect(first.entries.map((e: { painBefore: number }) => e.painBefore)).toEqual([7, 6, 5]);
    const second = (await other.get(`/api/diary/entries?limit=3&before=${first.next}`)).json();
    expect(second.entries.map((e: { painBefore: number }) => e.painBefore)).toEqual([4, 3, 2]);
    const last = (await other.get(`/api/diary/entries?limit=3&before=${second.next}`)).json();
    expect(last.entries.map((e: { painBefore: number }) => e.painBefore)).toEqual([1]);
    expect(last.next).toBeNull();
    const ranged = (await other.get('/api/diary/entries?from=2025-04-03&to=2025-04-04')).json();
    expect(ranged.entries).toHaveLength(2);
    expect((await other.get('/api/diary/entries?limit=0')).statusCode).toBe(400);
    expect((await other.get('/api/diary/entries?before=bogus')).statusCode).toBe(400);
  });

  it('records weekly PEG-3 check-ins with their mean score and says when one is due', async () => {
    const person = await new Client(t.app).signUp();
    expect((await person.get('/api/diary/checkins')).json()).toEqual({ checkIns: [], due: true });
    const created = await person.post('/api/diary/checkins', { occurredAt: '2025-06-01T09:00:00+01:00', pain: 6, enjoyment: 5, activity: 4 });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ score: 5, localDate: '2025-06-01' });
    expect((await person.get('/api/diary/checkins')).json().due).toBe(false);
    expect((await person.post('/api/diary/checkins', { occurredAt: '2025-06-01T09:00:00Z', pain: 12, enjoyment: 5 })).statusCode).toBe(400);
    expect((await person.delete(`/api/diary/checkins/${created.json().id}`)).statusCode).toBe(204);
  });

  it('saves an assessment (the engine runs on the server) and re-ranks it with the person own relief', async () => {
    const person = await new Client(t.app).signUp();
    const saved = await person.post('/api/assessments', { intake: deskWorkerIntake });
    expect(saved.statusCode).toBe(201);
    const engine = saved.json().assessment.recommendations.map((r: { technique: string }) => r.technique);
    expect(engine.length).toBeGreaterThan(1);
    const current = (await person.get('/api/assessments/current')).json().current;
    expect(current.assessment.recommendations.map((r: { technique: string }) => r.technique)).toEqual(engine);

    // The engine's last choice, helping every time: 8 sessions outweigh the engine's opinion (worth 4).
    const underdog = engine[engine.length - 1];
    for (let i = 0; i < 8; i++) {
      await person.post('/api/diary/entries', { occurredAt: `2025-05-1${i}T19:00:00Z`, painBefore: 7, painAfter: 2, techniques: [underdog] });
    }
    const learned = (await person.get('/api/assessments/current')).json().current.assessment.recommendations;
    expect(learned[0].technique).toBe(underdog);
    expect(learned[0].learned).toBe('It helped you 8 times (5 points less pain on average).');
    expect(new Set(learned.map((r: { technique: string }) => r.technique))).toEqual(new Set(engine));

    const bad = await person.post('/api/assessments', { intake: { ...deskWorkerIntake, age: 3 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_intake', issues: [{ path: 'intake.age' }] });
    expect((await person.get('/api/assessments')).json().assessments).toHaveLength(1);
  });

  it('never turns a stop-everything assessment into advice, whatever the diary says', async () => {
    const person = await new Client(t.app).signUp();
    await person.post('/api/assessments', { intake: { ...deskWorkerIntake, symptoms: ['saddle-numbness'] } });
    await person.post('/api/diary/entries', { occurredAt: '2025-05-30T19:00:00Z', painBefore: 7, painAfter: 1, techniques: ['deep-tissue'] });
    const current = (await person.get('/api/assessments/current')).json().current.assessment;
    expect(current.triage).toBe('emergency');
    expect(current.recommendations).toEqual([]);
  });

  it('builds the dashboard: buckets by range, sessions per week, relief per technique, prompts', async () => {
    const person = await new Client(t.app).signUp();
    // Clock: 2025-06-02. Assessed today, 45 days into the episode, with pain 3 then.
    await person.post('/api/assessments', { intake: { ...deskWorkerIntake, durationDays: 45, intensity: 3 } });
    const entries = [
      ['2025-05-26T08:00:00Z', 6, 3, ['tennis-ball']],
      ['2025-05-27T08:00:00Z', 6, 4, ['tennis-ball', 'hand-massage']],
      ['2025-05-28T08:00:00Z', 7, null, []],
      ['2025-06-01T08:00:00Z', 7, 6, ['hand-massage']],
    ] as const;
    for (const [occurredAt, painBefore, painAfter, techniques] of entries) {
      await person.post('/api/diary/entries', { occurredAt, painBefore, ...(painAfter !== null && { painAfter }), techniques });
    }
    const board = (await person.get('/api/diary/dashboard?from=2025-05-20&to=2025-06-02')).json();
    expect(board.range).toEqual({ from: '2025-05-20', to: '2025-06-02', bucket: 'day' });
    expect(board.pain).toEqual([
      { start: '2025-05-26', entries: 1, avgBefore: 6, avgAfter: 3, maxBefore: 6 },
      { start: '2025-05-27', entries: 1, avgBefore: 6, avgAfter: 4, maxBefore: 6 },
      { start: '2025-05-28', entries: 1, avgBefore: 7, avgAfter: null, maxBefore: 7 },
      { start: '2025-06-01', entries: 1, avgBefore: 7, avgAfter: 6, maxBefore: 7 },
    ]);
    expect(board.sessionsPerWeek).toEqual([{ weekStart: '2025-05-26', sessions: 3 }]);
    expect(board.reliefByTechnique).toEqual([
      { technique: 'hand-massage', sessions: 2, averageRelief: 1.5, helped: 1 },
      { technique: 'tennis-ball', sessions: 2, averageRelief: 2.5, helped: 2 },
    ]);
    expect(board.prompts.map((p: { code: string }) => p.code)).toEqual(['pain-worsening', 'episode-over-6-weeks']);
    expect(board.currentAssessment.assessment.triage).toBe('self-care');
    expect(board.peg.due).toBe(true);

    const weekly = (await person.get('/api/diary/dashboard?from=2025-01-01&to=2025-06-02')).json();
    expect(weekly.range.bucket).toBe('week');
    expect(weekly.pain.map((b: { start: string }) => b.start)).toEqual(['2025-05-26']);
    // 2025-06-01 is a Sunday: the same Monday-starting week.
    expect(weekly.pain[0]).toMatchObject({ entries: 4, maxBefore: 7, avgBefore: 6.5 });
    const monthly = (await person.get('/api/diary/dashboard?from=2020-01-01&to=2025-06-02')).json();
    expect(monthly.range.bucket).toBe('month');
    expect(monthly.pain.map((b: { start: string }) => b.start)).toEqual(['2025-05-01', '2025-06-01']);
    expect((await person.get('/api/diary/dashboard?from=2025-06-02&to=2025-01-01')).statusCode).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('describes the account, diary, sharing and export routes with their schemas', async () => {
    const dialect = DIALECTS[0]!;
    const t = await startTestApp(dialect);
    try {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      for (const path of ['/api/auth/signup', '/api/diary/entries', '/api/diary/entries/{id}', '/api/diary/dashboard', '/api/shares', '/api/shared/{token}', '/api/export/fhir', '/api/import']) {
        expect(doc.paths, path).toHaveProperty([path]);
      }
      expect(doc.components.schemas.DiaryEntryInput.properties.painBefore).toMatchObject({ type: 'integer', minimum: 0, maximum: 10 });
    } finally {
      await t.close();
    }
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { deskWorkerIntake } from '../server/support.js';
import { Client, describeEachDialect, sampleEntry, startTestApp, type TestApp } from './harness.js';

describeEachDialect('sharing and export on $name', (dialect) => {
  let t: TestApp;
  let me: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    me = await new Client(t.app).signUp('share@example.org');
    await me.post('/api/assessments', { intake: deskWorkerIntake });
    await me.post('/api/diary/entries', sampleEntry({ occurredAt: '2025-05-30T20:00:00+02:00', movements: ['pelvic-tilt'], notes: 'says "hi", then =SUM(A1)\nnext line' }));
    await me.post('/api/diary/entries', sampleEntry({ occurredAt: '2025-05-31T07:15:00-05:00', painBefore: 5, painAfter: undefined, techniques: [], areas: [{ area: 'neck', intensity: 2 }] }));
    await me.post('/api/diary/checkins', { occurredAt: '2025-05-31T09:00:00+02:00', pain: 6, enjoyment: 5, activity: 5 });
  });
  afterAll(async () => t?.close());

  it('creates a share link that expires in 14 days by default, shows chosen sections only, and can be revoked', async () => {
    const created = await me.post('/api/shares', { sections: ['assessment', 'trend', 'cautions'], from: '2025-05-01', to: '2025-06-02' });
    expect(created.statusCode).toBe(201);
    const link = created.json();
    expect(link).toMatchObject({ sections: ['assessment', 'trend', 'cautions'], from: '2025-05-01', to: '2025-06-02', active: true });
    expect(link.path).toBe(`/share/${link.token}`);
    expect(Date.parse(link.expiresAt) - t.clock.time).toBe(14 * 86_400_000);

    const viewer = new Client(t.app);
    const view = await viewer.get(`/api/shared/${link.token}`);
    expect(view.statusCode).toBe(200);
    expect(view.headers['cache-control']).toBe('no-store');
    const summary = view.json();
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['assessment', 'trend', 'cautions', 'range', 'disclaimer']));
    expect(summary).not.toHaveProperty('entries');
    expect(summary).not.toHaveProperty('pressure');
    expect(summary.assessment.triage).toBe('self-care');
    expect(summary.trend.pain).toHaveLength(2);
    expect(view.body).not.toContain('share@example.org');
    // The public route is read-only.
    expect((await viewer.request('DELETE', `/api/shared/${link.token}`)).statusCode).toBe(404);

    const listed = (await me.get('/api/shares')).json().shares;
    expect(listed[0]).not.toHaveProperty('token');
    expect((await me.delete(`/api/shares/${link.id}`)).statusCode).toBe(204);
    expect((await viewer.get(`/api/shared/${link.token}`)).statusCode).toBe(404);
    expect((await me.get('/api/shares')).json().shares[0]).toMatchObject({ active: false });
  });

  it('stops working once expired, and rejects made-up tokens', async () => {
    const link = (await me.post('/api/shares', { expiresInDays: 1 })).json();
    const viewer = new Client(t.app);
    expect((await viewer.get(`/api/shared/${link.token}`)).statusCode).toBe(200);
    t.clock.advance(86_400_000 + 1);
    expect((await viewer.get(`/api/shared/${link.token}`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/shared/${'A'.repeat(43)}`)).statusCode).toBe(404);
    expect((await viewer.get('/api/shared/short')).statusCode).toBe(400);
    expect((await me.post('/api/shares', { expiresInDays: 365, sections: ['nope'] })).statusCode).toBe(400);
  });

  it('gives the owner a printable summary of every section', async () => {
    const summary = (await me.get('/api/summary?from=2025-05-01&to=2025-06-30')).json();
    expect(summary.sections).toEqual(['assessment', 'painMap', 'pressure', 'cautions', 'trend', 'peg', 'techniques', 'entries']);
    expect(summary.painMap.diary).toEqual(expect.arrayContaining([{ area: 'neck', entries: 1, meanIntensity: 2 }]));
    expect(summary.pressure).toEqual({ preferred: 'medium', felt: { entries: 2, mean: 5 } });
    expect(summary.peg).toEqual([{ date: '2025-05-31', pain: 6, enjoyment: 5, activity: 5, score: 5.3 }]);
    expect(summary.entries).toHaveLength(2);
    const some = (await me.get('/api/summary?sections=peg,techniques&from=2025-05-01&to=2025-06-30')).json();
    expect(some.sections).toEqual(['peg', 'techniques']);
    expect(some).not.toHaveProperty('assessment');
  });

  it('exports CSV with quoting and formula protection', async () => {
    const response = await me.get('/api/export/diary.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="backrub-diary-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(response.headers['x-time-zone']).toBe('UTC');
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe('date,time,timeZone,painBefore,painAfter,relief,techniques,movements,source,durationMinutes,pressureFelt,areas,triggers,notes,techniqueIds,movementIds,id,occurredAt');
    expect(response.body).toContain('"says ""hi"", then =SUM(A1)\nnext line"');
    // No ?tz=: UTC, said on the row; 07:15 at -05:00 is 12:15 UTC.
    expect(response.body).toMatch(/\r\n2025-05-31,12:15,UTC,5,,,,,session,12,5,neck:2,desk work,Evening session after a long day at the desk\.,,,[0-9a-f-]{36},2025-05-31T07:15:00\.000-05:00\r\n/);
    const checkins = await me.get('/api/export/checkins.csv');
    expect(checkins.body.split('\r\n')[0]).toBe('date,time,timeZone,pain,enjoyment,activity,pegScore,id,occurredAt');
    expect(checkins.body.split('\r\n')[1]).toMatch(/^2025-05-31,07:00,UTC,6,5,5,5\.3,[0-9a-f-]{36},2025-05-31T09:00:00\.000\+02:00$/);
  });

  it('writes CSV dates and times in the person\'s own time zone, with names for people and ids in their own columns', async () => {
    const response = await me.get('/api/export/diary.csv?tz=Europe/Paris');
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-time-zone']).toBe('Europe/Paris');
    // 20:00 at +02:00 is 20:00 in Paris in May; 07:15 at -05:00 is 14:15 in Paris.
    expect(response.body).toMatch(/\r\n2025-05-30,20:00,Europe\/Paris,6,3,3,Tennis ball against a wall,Pelvic tilt,session,12,5,[\s\S]*,tennis-ball,pelvic-tilt,[0-9a-f-]{36},2025-05-30T20:00:00\.000\+02:00\r\n/);
    expect(response.body).toMatch(/\r\n2025-05-31,14:15,Europe\/Paris,5,/);
    const peg = await me.get('/api/export/checkins.csv?tz=America/New_York');
    expect(peg.body.split('\r\n')[1]).toMatch(/^2025-05-31,03:00,America\/New_York,6,/);
  });

  it('refuses a time zone it does not know, naming the field', async () => {
    for (const tz of ['Mars/Olympus', '+01:00', 'Europe/Paris\u0000', 'x'.repeat(100)]) {
      const response = await me.get(`/api/export/diary.csv?tz=${encodeURIComponent(tz)}`);
      expect(response.statusCode, tz).toBe(400);
      expect(response.json().error.issues[0].path).toBe('tz');
    }
  });

  it('exports a FHIR R4 Bundle: QuestionnaireResponse for the intake, LOINC 72514-3 pain and PEG observations', async () => {
    const response = await me.get('/api/export/fhir');
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const bundle = response.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const resources = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource);
    const byType = (type: string) => resources.filter((r: { resourceType: string }) => r.resourceType === type);
    expect(byType('Patient')).toHaveLength(1);
    const responses = byType('QuestionnaireResponse');
    expect(responses.map((r: { questionnaire: string }) => r.questionnaire).sort()).toEqual(['http://loinc.org/q/91148-7', 'https://backrub.app/fhir/Questionnaire/intake']);
    const intake = responses.find((r: { questionnaire: string }) => r.questionnaire.endsWith('/intake'));
    expect(intake.item).toEqual(expect.arrayContaining([{ linkId: 'age', answer: [{ valueInteger: 42 }] }]));
    const observations = byType('Observation');
    const pain = observations.filter((o: { code: { coding: { code: string }[] } }) => o.code.coding[0]!.code === '72514-3');
    expect(pain).toHaveLength(3); // before+after, before only
    expect(pain[0]).toMatchObject({ status: 'final', valueInteger: 6, effectiveDateTime: '2025-05-30T20:00:00.000+02:00' });
    expect(pain[0].note).toEqual([{ text: 'Techniques: tennis-ball. Movements: pelvic-tilt (session)' }]);
    const peg = observations.find((o: { code: { coding: { code: string }[] } }) => o.code.coding[0]!.code === '91147-9');
    expect(peg.valueQuantity.value).toBe(5.3);
    const urls = bundle.entry.map((e: { fullUrl: string }) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('round-trips: export JSON, import into a new account, export again: the same data; importing twice adds nothing', async () => {
    const exported = (await me.get('/api/export/json')).json();
    expect(exported).toMatchObject({ format: 'backrub-export', version: 1 });
    expect(exported.entries).toHaveLength(2);

    const twin = await new Client(t.app).signUp('twin@example.org');
    const first = await twin.post('/api/import', exported);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ imported: { entries: 2, checkIns: 1, assessments: 1 }, skipped: { entries: 0, checkIns: 0, assessments: 0 } });
    const again = await twin.post('/api/import', exported);
    expect(again.json().imported).toEqual({ entries: 0, checkIns: 0, assessments: 0 });

    const reexported = (await twin.get('/api/export/json')).json();
    const strip = (doc: typeof exported) => ({
      assessments: doc.assessments.map(({ id: _id, ...rest }: { id: string }) => rest),
      entries: doc.entries.map(({ id: _id, ...rest }: { id: string }) => rest),
      checkIns: doc.checkIns.map(({ id: _id, ...rest }: { id: string }) => rest),
    });
    expect(strip(reexported)).toEqual(strip(exported));
  });

  it('rejects an import that is not a backrub export, naming the problems', async () => {
    const response = await me.post('/api/import', { format: 'other', entries: [{ painBefore: 99 }] });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['format', 'version', 'entries[0].occurredAt', 'entries[0].painBefore']));
  });
});

describeEachDialect('import safety on $name', (dialect) => {
  it('does not trust an assessment in the file: the engine decides again from the intake', async () => {
    const t = await startTestApp(dialect);
    try {
      const me = await new Client(t.app).signUp();
      const danger = { ...deskWorkerIntake, symptoms: ['saddle-numbness'] };
      const forged = {
        format: 'backrub-export', version: 1,
        assessments: [{
          createdAt: '2025-06-01T10:00:00.000Z', intake: danger,
          assessment: { triage: 'self-care', massageAdvised: true, reasons: [], recommendations: [{ technique: 'deep-tissue', setting: 'professional', score: 1, why: [], cautions: [] }], avoid: [], plan: { steps: [], totalSeconds: 0, lifestyle: [] }, tips: [] },
        }],
      };
      expect((await me.post('/api/import', forged)).statusCode).toBe(200);
      const current = (await me.get('/api/assessments/current')).json().current.assessment;
      expect(current.triage).toBe('emergency');
      expect(current.recommendations).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

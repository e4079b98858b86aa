import { describe, expect, it } from 'vitest';
import { emptyForm, fromEntry, missingAnswers, placeIssues, summaryFields, toInput, withArea, withoutErrorsFor } from './entry-form-state.js';
import type { DiaryEntry } from './types.js';

const entry: DiaryEntry = {
  id: 'e1', occurredAt: '2026-03-02T09:30:00.000Z', localDate: '2026-03-02', painBefore: 6, painAfter: 3,
  areas: [{ area: 'lower-back', intensity: 6 }], techniques: ['swedish'], source: 'therapist', durationMinutes: 30,
  pressureFelt: 2, notes: 'slept badly', triggers: ['long drive', 'lifting'], createdAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z',
} as DiaryEntry;

describe('diary entry form state', () => {
  it('turns an entry into fields and back without losing anything', () => {
    const form = fromEntry(entry);
    expect(form.triggers).toBe('long drive, lifting');
    expect(form.durationMinutes).toBe('30');
    const input = toInput(form);
    expect(input).toMatchObject({ painBefore: 6, painAfter: 3, durationMinutes: 30, pressureFelt: 2, source: 'therapist', triggers: ['long drive', 'lifting'] });
    expect(Date.parse(input.occurredAt!)).toBe(Date.parse(entry.occurredAt));
  });

  it('leaves out empty optional answers and tidies the triggers', () => {
    const input = toInput({ ...emptyForm(new Date(2026, 2, 2, 9, 30)), painBefore: 4, triggers: ' Bad Sleep, bad sleep,, lifting ' });
    expect(input).not.toHaveProperty('painAfter');
    expect(input).not.toHaveProperty('durationMinutes');
    expect(input).not.toHaveProperty('pressureFelt');
    expect(input.triggers).toEqual(['bad sleep', 'lifting']);
  });

  it('names both missing answers before asking the server', () => {
    expect(Object.keys(missingAnswers({ ...emptyForm(), occurredAt: '' }))).toEqual(['occurredAt', 'painBefore']);
    expect(missingAnswers({ ...emptyForm(), painBefore: 0 })).toEqual({});
  });

  it('starts a newly ticked place at the pain before, and unticks it', () => {
    const form = { ...emptyForm(), painBefore: 7 };
    const areas = withArea(form, 'neck', true);
    expect(areas).toEqual([{ area: 'neck', intensity: 7 }]);
    expect(withArea({ ...form, areas }, 'neck', false)).toEqual([]);
    expect(withArea(emptyForm(), 'hip', true)).toEqual([{ area: 'hip', intensity: 5 }]);
  });

  it('puts each server message by its field, and keeps the rest for the summary', () => {
    const placed = placeIssues({ 'areas[0].intensity': 'must be at most 10', notes: 'too long', 'extra.thing': 'is not allowed' }, (t) => `${t}!`);
    expect(placed.fields).toEqual({ areas: 'must be at most 10!', notes: 'too long!' });
    expect(placed.unplaced).toEqual(['extra.thing: is not allowed']);
    expect(summaryFields(placed.fields).map((f) => f.id)).toEqual(['entry-areas', 'entry-notes']);
  });

  it('drops a field\'s message once the person changes that field', () => {
    const errors = { notes: 'too long', painBefore: 'missing' };
    expect(withoutErrorsFor(errors, { notes: 'short' })).toEqual({ painBefore: 'missing' });
    expect(withoutErrorsFor(errors, { triggers: 'x' })).toBe(errors);
  });
});

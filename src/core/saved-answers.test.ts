import { describe, expect, it } from 'vitest';
import { parseSavedAnswers } from './saved-answers.js';

describe('saved browser answers', () => {
  it('keeps every value today’s app knows and reports nothing', () => {
    const saved = { symptoms: [], age: 38, pregnancy: 'no', areas: ['lower-back'], durationAmount: 2, durationUnit: 'months', answered: ['age'] };
    const { value, dropped } = parseSavedAnswers(saved);
    expect(dropped).toEqual([]);
    expect(value).toMatchObject(saved);
    expect(value.causes).toEqual([]);
  });

  it('drops a renamed choice and names the field, keeping the rest of the list', () => {
    const { value, dropped } = parseSavedAnswers({ areas: ['lower-back', 'lumbar'], pattern: 'everywhere', age: 40, answered: [] });
    expect(value.areas).toEqual(['lower-back']);
    expect(value.pattern).toBeUndefined();
    expect(value.age).toBe(40);
    expect(dropped).toEqual(['areas', 'pattern']);
  });

  it('drops values of the wrong type and unknown fields instead of trusting them', () => {
    const { value, dropped } = parseSavedAnswers({ age: '38', symptoms: 'fever', durationUnit: 'fortnights', colour: 'blue', answered: [] });
    expect(value.age).toBeUndefined();
    expect(value.symptoms).toEqual([]);
    expect(value.durationUnit).toBe('weeks');
    expect(dropped).toEqual(['symptoms', 'age', 'durationUnit', 'colour']);
  });

  it('reads the first wizard’s pregnant yes/no as today’s answer, not as a dropped value', () => {
    expect(parseSavedAnswers({ pregnant: true }).value.pregnancy).toBe('yes');
    expect(parseSavedAnswers({ pregnant: false })).toMatchObject({ value: { pregnancy: 'no' }, dropped: [] });
  });

  it('gives empty answers for a save that is not an object', () => {
    for (const junk of [null, 42, 'text', [1, 2]]) expect(parseSavedAnswers(junk).value.areas).toEqual([]);
  });

  it('removes repeats from a list', () => {
    expect(parseSavedAnswers({ goals: ['relaxation', 'relaxation'], answered: [] }).value.goals).toEqual(['relaxation']);
  });
});

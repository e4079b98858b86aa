import { describe, expect, it } from 'vitest';
import { plainIntake } from '../../test/support/intakes.js';
import { validateIntake, validateIntakeBatch } from './validate-intake.js';

const issuesOf = (input: unknown) => {
  const result = validateIntake(input);
  return result.ok ? [] : result.issues;
};

describe('validateIntake', () => {
  it('accepts a complete, valid intake unchanged', () => {
    const intake = plainIntake({ pregnant: false, goals: ['relaxation'], equipment: ['tennis-ball'] });
    expect(validateIntake(intake)).toEqual({ ok: true, value: intake });
  });

  it('names each bad field and what is wrong, all at once', () => {
    const issues = issuesOf({ ...plainIntake(), age: 15, intensity: 11, areas: [], pattern: 'everywhere', extra: 1 });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'age', message: 'must be at least 16' },
        { path: 'intensity', message: 'must be at most 10' },
        { path: 'areas', message: 'choose at least one area' },
        { path: 'pattern', message: 'must be one of: one-spot, widespread, radiating' },
        { path: 'extra', message: 'is not a known field' },
      ]),
    );
    expect(issues).toHaveLength(5);
  });

  it('says which required fields are missing', () => {
    expect(issuesOf({})).toEqual(
      expect.arrayContaining([
        { path: 'age', message: 'is required' },
        { path: 'symptoms', message: 'is required' },
        { path: 'pattern', message: 'is required' },
      ]),
    );
  });

  it('rejects wrong types, fractions, repeats and unknown values with the item position', () => {
    expect(issuesOf({ ...plainIntake(), age: '40' })).toEqual([{ path: 'age', message: 'must be a number' }]);
    expect(issuesOf({ ...plainIntake(), durationDays: 2.5 })).toEqual([{ path: 'durationDays', message: 'must be a whole number' }]);
    expect(issuesOf({ ...plainIntake(), areas: ['neck', 'neck'] })).toEqual([{ path: 'areas', message: 'must not repeat a value' }]);
    expect(issuesOf({ ...plainIntake(), symptoms: ['fever', 'dizzy'] })[0]?.path).toBe('symptoms[1]');
    expect(issuesOf({ ...plainIntake(), pregnant: 'yes' })).toEqual([{ path: 'pregnant', message: 'must be true or false' }]);
    expect(issuesOf(null)).toEqual([{ path: '(root)', message: 'must be an object' }]);
  });
});

describe('validateIntakeBatch', () => {
  it('accepts one intake or a list, and gives each problem its item index', () => {
    expect(validateIntakeBatch(plainIntake())).toMatchObject({ ok: true, value: [plainIntake()] });
    const result = validateIntakeBatch([plainIntake(), { ...plainIntake(), age: 5 }]);
    expect(result).toEqual({ ok: false, issues: [{ index: 1, path: 'age', message: 'must be at least 16' }] });
  });

  it('rejects an empty list', () => {
    expect(validateIntakeBatch([])).toEqual({ ok: false, issues: [{ path: '(root)', message: 'the list of intakes is empty' }] });
  });
});

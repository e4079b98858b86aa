import { describe, expect, it } from 'vitest';
import { DiaryEntryInputSchema } from '../../src/core/diary.js';
import { IntakeSchema } from '../../src/core/index.js';
import { parseStored, StoredDataError } from '../../src/server/db/stored-json.js';
import { deskWorkerIntake } from './support.js';

// Stored JSON columns are parsed with the core schema they were written with, not cast: a renamed or
// damaged value fails where it is read, naming the column and the field.

const AREAS = DiaryEntryInputSchema.shape.areas;

describe('parseStored', () => {
  it('gives back what was written', () => {
    const areas = [{ area: 'neck', intensity: 3 }];
    expect(parseStored(AREAS, JSON.stringify(areas), 'diary_entries.areas_json')).toEqual(areas);
    expect(parseStored(IntakeSchema, JSON.stringify(deskWorkerIntake), 'assessments.intake_json')).toEqual(IntakeSchema.parse(deskWorkerIntake));
  });

  it('names the column when it is not JSON', () => {
    expect(() => parseStored(AREAS, '[{"area": "neck"', 'diary_entries.areas_json')).toThrow(new StoredDataError('diary_entries.areas_json is not JSON'));
  });

  it('names the column and the field when a value was renamed or removed', () => {
    const renamed = JSON.stringify([{ area: 'lower-back', intensity: 2 }, { area: 'shoulder-blades', intensity: 4 }]);
    expect(() => parseStored(AREAS, renamed, 'diary_entries.areas_json')).toThrow(StoredDataError);
    expect(() => parseStored(AREAS, renamed, 'diary_entries.areas_json')).toThrow(/^diary_entries\.areas_json does not match its schema: 1\.area /);
    const { areas: _gone, ...intake } = deskWorkerIntake;
    expect(() => parseStored(IntakeSchema, JSON.stringify(intake), 'assessments.intake_json')).toThrow(/^assessments\.intake_json does not match its schema: areas /);
  });
});

import { describe, expect, it } from 'vitest';
import { freezeDeep } from './deep-readonly.js';
import { CONDITION_RULES } from './knowledge/conditions.js';
import { MOVEMENTS } from './knowledge/movements.js';
import { SOURCES } from './knowledge/sources.js';
import { TECHNIQUES } from './knowledge/techniques.js';

describe('the frozen knowledge base', () => {
  it('throws on a write at run time, at any depth', () => {
    expect(() => (TECHNIQUES.swedish.cautions as string[]).push('changed')).toThrow(TypeError);
    expect(() => Object.assign(TECHNIQUES['tennis-ball'].steps[0]!, { seconds: 1 })).toThrow(TypeError);
    expect(() => (MOVEMENTS['pelvic-tilt'].sources as string[]).push('A')).toThrow(TypeError);
    expect(() => Object.assign(SOURCES.A, { title: 'changed' })).toThrow(TypeError);
    expect(() => Object.assign(CONDITION_RULES.frail, { caution: 'changed' })).toThrow(TypeError);
    const frozen = freezeDeep({ list: [{ value: 1 }] });
    expect(Object.isFrozen(frozen.list[0])).toBe(true);
  });

  it('makes a write a type error (checked by npm run typecheck, never run)', () => {
    const writes = () => {
      // @ts-expect-error the technique's lists are readonly
      TECHNIQUES.swedish.cautions.push('changed');
      // @ts-expect-error so are its steps, one level down
      TECHNIQUES.swedish.steps[0]!.seconds = 1;
      // @ts-expect-error and the record itself
      TECHNIQUES.swedish = TECHNIQUES.shiatsu;
      // @ts-expect-error movements, sources and condition rules are frozen and typed so too
      MOVEMENTS['pelvic-tilt'].sources.push('A');
      // @ts-expect-error a source's title
      SOURCES.A.title = 'changed';
      // @ts-expect-error a condition rule's caution
      CONDITION_RULES.frail.caution = 'changed';
    };
    expect(typeof writes).toBe('function');
  });
});

import { IntakeSchema, type Intake } from './intake.js';
import { validate, type FieldIssue, type Validated } from './validation.js';

export function validateIntake(input: unknown): Validated<Intake> {
  return validate(IntakeSchema, input);
}

/** One intake or a list of them; issues of a list carry the item's index. */
export function validateIntakeBatch(input: unknown): Validated<Intake[]> {
  if (!Array.isArray(input)) {
    const one = validateIntake(input);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  if (input.length === 0) return { ok: false, issues: [{ path: '(root)', message: 'the list of intakes is empty' }] };
  const value: Intake[] = [];
  const issues: FieldIssue[] = [];
  input.forEach((item, index) => {
    const result = validateIntake(item);
    if (result.ok) value.push(result.value);
    else issues.push(...result.issues.map((issue) => ({ index, ...issue })));
  });
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

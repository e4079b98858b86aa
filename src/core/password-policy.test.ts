import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, signUpSchema } from './password-policy.js';

const problems = (value: unknown) => {
  const checked = signUpSchema().safeParse(value);
  return checked.success ? [] : checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('sign-up schema', () => {
  it('names every wrong field at once: a wrong email does not hide a short password', () => {
    expect(problems({ email: 'margaret', password: 'short' })).toEqual([
      'email: must be an email address',
      `password: must be at least ${PASSWORD_MIN_LENGTH} characters`,
    ]);
  });

  it('still checks the password against the email part when the email is fine', () => {
    expect(problems({ email: 'margaret.hill@example.org', password: 'I am margaret.hill, hello' })).toEqual([
      'password: must not contain the first part of your email address',
    ]);
    expect(problems({ email: 'margaret.hill@example.org', password: 'correct horse battery' })).toEqual([]);
  });

  it('says a missing password is not text, once', () => {
    expect(problems({ email: 'margaret.hill@example.org' })).toEqual(['password: must be text']);
  });
});

// Lengths are counted as the OpenAPI document's maxLength counts them, in characters (code points), not in
// UTF-16 units: a body of 20 000 emoji is within `maxLength: 20000`, and the fuzzer found zod's `.max`
// refusing it. Every bounded text of the contract is checked both ways at its exact bound.
import { describe, expect, it } from 'vitest';
import { loginSchema, registerSchema } from '../../shared/auth';
import { createNodeSchema, LIMITS } from '../../shared/entities';
import { askQuestionSchema, suggestionsRequestSchema } from '../../shared/questions';
import { fitsIn } from '../../shared/text';

const EMOJI = '😀'; // one character, two UTF-16 units

describe('fitsIn', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(EMOJI.length).toBe(2);
    expect(fitsIn(EMOJI.repeat(3), 3)).toBe(true);
    expect(fitsIn(EMOJI.repeat(4), 3)).toBe(false);
    expect(fitsIn('abc', 3)).toBe(true);
    expect(fitsIn('abcd', 3)).toBe(false);
    expect(fitsIn('', 0)).toBe(true);
  });
});

describe('bounded texts of the contract', () => {
  it('take a node body of exactly LIMITS.body emoji and refuse one more, naming the field', () => {
    const node = (body: string) =>
      createNodeSchema.safeParse({ kind: 'Question', title: 'Une question', body });
    expect(node(EMOJI.repeat(LIMITS.body)).success).toBe(true);
    const refused = node(EMOJI.repeat(LIMITS.body + 1));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['body', `body may have at most ${LIMITS.body} characters`],
    ]);
  });

  it('take a title of LIMITS.title emoji, a question, a suggestion text, a name, a password at their bounds', () => {
    expect(createNodeSchema.safeParse({ kind: 'Seed', title: EMOJI.repeat(LIMITS.title) }).success).toBe(
      true,
    );
    expect(createNodeSchema.safeParse({ kind: 'Seed', title: EMOJI.repeat(LIMITS.title + 1) }).success).toBe(
      false,
    );
    expect(askQuestionSchema.safeParse({ title: EMOJI.repeat(LIMITS.title) }).success).toBe(true);
    expect(suggestionsRequestSchema.safeParse({ text: EMOJI.repeat(LIMITS.title) }).success).toBe(true);
    expect(suggestionsRequestSchema.safeParse({ text: EMOJI.repeat(LIMITS.title + 1) }).success).toBe(false);
    const account = { name: EMOJI.repeat(120), email: 'a@b.fr', password: EMOJI.repeat(200) };
    expect(registerSchema.safeParse(account).success).toBe(true);
    expect(registerSchema.safeParse({ ...account, password: EMOJI.repeat(201) }).success).toBe(false);
    expect(loginSchema.safeParse({ email: 'a@b.fr', password: EMOJI.repeat(200) }).success).toBe(true);
  });
});

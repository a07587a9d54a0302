// Text hygiene for titles and names: normalised to NFC, refusing control characters and bidirectional
// overrides, and refusing text that is only spaces or only zero-width characters. One helper, used by
// every schema that takes a title or a name, so the rule and its JSON Schema `pattern` stay the same.
import { z } from 'zod';

/** C0/C1 control characters (NUL, tab, newline… included) and the bidi embeddings, overrides, isolates. */
const FORBIDDEN = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
/** Characters that show nothing: spaces of every kind and the zero-width ones. */
const INVISIBLE = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;
/** The same rule as a JSON Schema pattern for the OpenAPI document: no forbidden character, something visible. */
export const CLEAN_TEXT_PATTERN =
  '^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200d\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff][^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$';

/**
 * A title or a name: at most `max` characters as sent, then trimmed, NFC-normalised, at least `min`, no
 * control or bidi-override character, not only invisible characters. `field` names it in the messages.
 */
export function cleanText(field: string, { min = 1, max }: { min?: number; max: number }) {
  return (
    z
      .string()
      // the length of what was sent, as the document's maxLength says (trimming only shortens it)
      .refine((s) => fitsIn(s, max), `${field} may have at most ${max} characters`)
      .refine(
        (s) => !FORBIDDEN.test(s),
        `${field} must not contain control characters or bidirectional overrides`,
      )
      .trim()
      .normalize('NFC')
      .min(min, min === 1 ? `${field} must not be empty` : `${field} needs at least ${min} characters`)
      // an empty text is already refused by min: one issue, not two
      .refine((s) => s.length < min || !INVISIBLE.test(s), `${field} must contain visible characters`)
      .meta({ pattern: CLEAN_TEXT_PATTERN, maxLength: max })
  );
}

/** At most `max` characters, counted as JSON Schema's maxLength counts them: code points, so an emoji or a
 *  rare CJK character is one, not the two UTF-16 units zod's `.max` would count (the fuzzer sent 20 000
 *  emoji as a `body` the document allows, and `.max` refused it). */
export function fitsIn(s: string, max: number): boolean {
  if (s.length <= max) return true; // code points ≤ UTF-16 units: no need to count
  let count = 0;
  for (const _ of s) if (++count > max) return false;
  return true;
}

/** A string of at most `max` characters (code points, as the document's maxLength says). */
export function textUpTo(max: number, field?: string) {
  return z
    .string()
    .refine(
      (s) => fitsIn(s, max),
      field ? `${field} may have at most ${max} characters` : `at most ${max} characters`,
    )
    .meta({ maxLength: max });
}

/** The characters String.prototype.trim removes, spelled out so a JSON Schema pattern means the same in
 *  every regex dialect (`\s` differs between JavaScript and Python). */
export const TRIMMED_SPACE =
  '[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
const NOT_SPACE = `[^${TRIMMED_SPACE.slice(1, -1)}]`;

/** JSON Schema pattern of "not empty once trimmed", for `z.string().trim().min(1)`: one non-space character. */
export const NOT_BLANK_PATTERN = NOT_SPACE;

/** JSON Schema pattern of "at least `min` (≥ 2) characters once trimmed", for `z.string().trim().min(min)`. */
export function trimmedMinPattern(min: number): string {
  return `^${TRIMMED_SPACE}*${NOT_SPACE}[\\s\\S]{${min - 2},}${NOT_SPACE}${TRIMMED_SPACE}*$`;
}

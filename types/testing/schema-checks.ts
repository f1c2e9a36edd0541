// Assertions the contract's tests share: a schema keeps a complete value, and what it says when not.
import type { z } from 'zod'

/** Parsing a complete value gives it back unchanged: every field is in the schema. */
export const keeps = (schema: z.ZodTypeAny, value: unknown): void => {
  expect(schema.parse(value)).toStrictEqual(value)
}

export const ok = (schema: z.ZodTypeAny, input: unknown): boolean => schema.safeParse(input).success

/** The schema's messages by dotted field path ({} when the input is valid). */
export const messages = (schema: z.ZodTypeAny, input: unknown): Record<string, string> => {
  const result = schema.safeParse(input)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

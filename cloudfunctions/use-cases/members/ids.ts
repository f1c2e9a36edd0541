// Deterministic document ids from what makes a write unique (who, which form): a retry or a racing
// twin lands on the same id, which the database refuses to insert twice.
import { createHash } from 'node:crypto'

/** `<prefix>-<24 hex>`: short enough for any id field, whatever the parts' lengths. */
export const idFor = (prefix: string, ...parts: readonly string[]): string =>
  `${prefix}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24)}`

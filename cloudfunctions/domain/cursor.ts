// Opaque page cursors for lists ordered by (createdAt desc, _id desc): stable under inserts.
export interface CursorPosition {
  createdAt: Date
  id: string
}

export const encodeCursor = (position: CursorPosition): string =>
  Buffer.from(JSON.stringify([position.createdAt.getTime(), position.id])).toString('base64url')

/** Returns null for anything that is not a cursor this module made. */
export const decodeCursor = (cursor: string): CursorPosition | null => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(parsed) || parsed.length !== 2) return null
    const [ms, id] = parsed as [unknown, unknown]
    if (typeof ms !== 'number' || typeof id !== 'string' || !id) return null
    const createdAt = new Date(ms)
    // A finite number beyond Date's range gives an Invalid Date, which no stored request has.
    return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id }
  } catch {
    return null
  }
}

/** Cursors for boards ordered in memory (overdue first): the position is an offset. */
export const encodeOffsetCursor = (offset: number): string =>
  Buffer.from(JSON.stringify(['o', offset])).toString('base64url')

export const decodeOffsetCursor = (cursor: string): number | null => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== 'o') return null
    const offset = parsed[1]
    return Number.isInteger(offset) && (offset as number) >= 0 ? (offset as number) : null
  } catch {
    return null
  }
}

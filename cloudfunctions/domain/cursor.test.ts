import { decodeCursor, decodeOffsetCursor, encodeCursor, encodeOffsetCursor } from './cursor'

describe('page cursors', () => {
  it('round-trips a position', () => {
    const position = { createdAt: new Date('2026-11-26T02:00:00.123Z'), id: 'abc' }
    expect(decodeCursor(encodeCursor(position))).toEqual(position)
  })

  it.each([
    '',
    'not-base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('["x","id"]').toString('base64url'),
    // a finite number past the range of Date: an Invalid Date would reach the query
    Buffer.from('[1e20,"id"]').toString('base64url'),
  ])('rejects %p', (cursor) => {
    expect(decodeCursor(cursor)).toBeNull()
  })
})

describe('page cursors: what decoding refuses', () => {
  const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

  it('encodes the time and the id, nothing else', () => {
    const position = { createdAt: new Date(1_000), id: 'r1' }
    expect(encodeCursor(position)).toBe(raw([1000, 'r1']))
  })

  it.each([
    ['a date string for the time', ['2026-11-26', 'id']],
    ['a boolean for the time', [true, 'id']],
    ['a number for the id', [1000, 2]],
    ['an empty id', [1000, '']],
    ['three parts', [1000, 'id', 'x']],
  ])('refuses %s', (_name, value) => {
    expect(decodeCursor(raw(value))).toBeNull()
  })
})

describe('offset cursors (boards ordered in memory)', () => {
  const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

  it('encodes the offset and round-trips it', () => {
    expect(encodeOffsetCursor(20)).toBe(raw(['o', 20]))
    expect(decodeOffsetCursor(encodeOffsetCursor(0))).toBe(0)
    expect(decodeOffsetCursor(raw(['o', 40]))).toBe(40)
  })

  it.each([
    ['garbage', 'not-base64!'],
    ['not a list', raw({ o: 1 })],
    ['another tag', raw(['x', 1])],
    ['three parts', raw(['o', 1, 2])],
    ['one part', raw(['o'])],
    ['a negative offset', raw(['o', -1])],
    ['a partial offset', raw(['o', 1.5])],
    ['a string offset', raw(['o', '1'])],
    ['a time cursor', encodeCursor({ createdAt: new Date(1_000), id: 'r1' })],
  ])('refuses %s', (_name, cursor) => {
    expect(decodeOffsetCursor(cursor)).toBeNull()
  })
})

import { decodeCursor, encodeCursor } from './cursor'

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

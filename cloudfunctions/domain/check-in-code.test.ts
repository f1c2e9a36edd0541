import { createHmac } from 'node:crypto'
import {
  activityPhase,
  checkCode,
  checkInCodeFor,
  checkInOpen,
  checkInPayload,
  CHECK_IN_GRACE_MS,
  parseCheckInPayload,
  truncateToCode,
  windowEndsAt,
  windowOf,
  type Mac,
} from './check-in-code'

const macWith =
  (secret: string): Mac =>
  (message) =>
    createHmac('sha256', secret).update(message).digest('hex')
const mac = macWith('a'.repeat(64))
const at = (iso: string) => new Date(iso)

describe('truncateToCode', () => {
  it('gives RFC 4226 test vectors (HMAC-SHA1 of the counter, key "12345678901234567890")', () => {
    // RFC 4226 appendix D: counts 0 and 1
    expect(truncateToCode('cc93cf18508d94934c64b65d8ba7667fb7cde4b0')).toBe('755224')
    expect(truncateToCode('75a48a19d4cbe100644e8ac1397eea747a2d33ab')).toBe('287082')
  })

  it('refuses a hash shorter than 20 bytes', () => {
    expect(() => truncateToCode('abcd')).toThrow(/too short/)
  })
})

describe('the rotating code', () => {
  it('changes every minute and differs between activities and secrets', () => {
    // GIVEN two adjacent minutes
    const w = windowOf(at('2026-12-05T02:00:30Z'))
    // THEN each minute, activity and secret has its own code
    expect(checkInCodeFor(mac, 'act-1', w)).not.toBe(checkInCodeFor(mac, 'act-1', w + 1))
    expect(checkInCodeFor(mac, 'act-1', w)).not.toBe(checkInCodeFor(mac, 'act-2', w))
    expect(checkInCodeFor(mac, 'act-1', w)).not.toBe(checkInCodeFor(macWith('b'), 'act-1', w))
    expect(checkInCodeFor(mac, 'act-1', w)).toMatch(/^\d{6}$/)
    // AND the same inputs always give the same code
    expect(checkInCodeFor(mac, 'act-1', w)).toBe(checkInCodeFor(mac, 'act-1', w))
  })

  it('puts a minute on window boundaries', () => {
    expect(windowOf(at('2026-12-05T02:00:00.000Z'))).toBe(windowOf(at('2026-12-05T02:00:59.999Z')))
    expect(windowOf(at('2026-12-05T02:01:00.000Z'))).toBe(
      windowOf(at('2026-12-05T02:00:59.999Z')) + 1,
    )
    const w = windowOf(at('2026-12-05T02:00:10Z'))
    expect(windowEndsAt(w).toISOString()).toBe('2026-12-05T02:01:00.000Z')
  })
})

describe('checkCode', () => {
  const shownAt = at('2026-12-05T02:00:20Z')
  const window = windowOf(shownAt)
  const scanned = { activityId: 'act-1', window, code: checkInCodeFor(mac, 'act-1', window) }

  it('accepts the current minute’s code', () => {
    expect(checkCode(mac, scanned, shownAt)).toEqual({ ok: true })
    expect(checkCode(mac, scanned, at('2026-12-05T02:00:59.999Z'))).toEqual({ ok: true })
  })

  it('accepts it for the grace after its minute, and not a moment longer', () => {
    const end = windowEndsAt(window).getTime()
    expect(checkCode(mac, scanned, new Date(end + CHECK_IN_GRACE_MS - 1))).toEqual({ ok: true })
    expect(checkCode(mac, scanned, new Date(end + CHECK_IN_GRACE_MS))).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('refuses a replayed code of an earlier minute as expired, even with the right digits', () => {
    expect(checkCode(mac, scanned, at('2026-12-05T02:05:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('refuses wrong digits, another activity’s code, and a minute still to come', () => {
    const wrong = scanned.code === '000000' ? '000001' : '000000'
    expect(checkCode(mac, { ...scanned, code: wrong }, shownAt)).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect(checkCode(mac, { ...scanned, activityId: 'act-2' }, shownAt)).toEqual({
      ok: false,
      reason: 'invalid',
    })
    const next = { ...scanned, window: window + 1, code: checkInCodeFor(mac, 'act-1', window + 1) }
    expect(checkCode(mac, next, shownAt)).toEqual({ ok: false, reason: 'invalid' })
  })
})

describe('the payload in the QR code', () => {
  it('round-trips, and refuses anything else', () => {
    const text = checkInPayload('act-9f', 29_412_345, '012345')
    expect(parseCheckInPayload(text)).toEqual({
      activityId: 'act-9f',
      window: 29_412_345,
      code: '012345',
    })
    expect(parseCheckInPayload(`  ${text}\n`)).not.toBeNull()
    expect(parseCheckInPayload('linli:check-in:act:12:12345')).toBeNull()
    expect(parseCheckInPayload('https://example.com')).toBeNull()
    expect(parseCheckInPayload(`${text}:x`)).toBeNull()
  })
})

describe('when check-in is open, and the phase', () => {
  const activity = {
    startsAt: at('2026-12-05T06:00:00Z'),
    endsAt: at('2026-12-05T08:00:00Z'),
    signUpDeadline: at('2026-12-05T04:00:00Z'),
  }
  it('opens 2 hours before the start and closes 2 hours after the end', () => {
    expect(checkInOpen(activity, at('2026-12-05T03:59:59Z'))).toBe(false)
    expect(checkInOpen(activity, at('2026-12-05T04:00:00Z'))).toBe(true)
    expect(checkInOpen(activity, at('2026-12-05T10:00:00Z'))).toBe(true)
    expect(checkInOpen(activity, at('2026-12-05T10:00:01Z'))).toBe(false)
  })
  it('moves from sign-up to closed, ongoing and ended', () => {
    expect(activityPhase(activity, at('2026-12-05T04:00:00Z'))).toBe('signUp')
    expect(activityPhase(activity, at('2026-12-05T04:00:01Z'))).toBe('closed')
    expect(activityPhase(activity, at('2026-12-05T06:00:00Z'))).toBe('ongoing')
    expect(activityPhase(activity, at('2026-12-05T08:00:00Z'))).toBe('ongoing')
    expect(activityPhase(activity, at('2026-12-05T08:00:01Z'))).toBe('ended')
  })
})

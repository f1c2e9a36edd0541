// The rotating check-in code of an activity (issue 11): a new 6-digit code every minute, derived from
// the activity's secret and the minute (TOTP's idea, RFC 6238), so a photo of an old code is refused.
// The keyed hash is a port the use case passes in (node:crypto there); the time is passed in too.
export const CHECK_IN_WINDOW_MS = 60_000
/** A code scanned just after its minute turned still counts: the phone took a moment to send it. */
export const CHECK_IN_GRACE_MS = 15_000
/** Check-in opens this long before the start, and stays open this long after the end. */
export const CHECK_IN_OPENS_BEFORE_MS = 2 * 3_600_000
export const CHECK_IN_CLOSES_AFTER_MS = 2 * 3_600_000

/** The keyed hash of a message, as hex (HMAC-SHA256 over the activity's secret in the use case). */
export type Mac = (message: string) => string

export const windowOf = (at: Date): number => Math.floor(at.getTime() / CHECK_IN_WINDOW_MS)

export const windowEndsAt = (window: number): Date => new Date((window + 1) * CHECK_IN_WINDOW_MS)

/** RFC 4226's dynamic truncation of the hash to 6 digits. */
export const truncateToCode = (hex: string): string => {
  const bytes = hex.match(/../g)?.map((b) => parseInt(b, 16)) ?? []
  if (bytes.length < 20) throw new Error('the hash is too short for a check-in code')
  const offset = (bytes[bytes.length - 1] ?? 0) & 0x0f
  const at = (i: number) => bytes[offset + i] ?? 0
  const value = ((at(0) & 0x7f) << 24) | (at(1) << 16) | (at(2) << 8) | at(3)
  return String(value % 1_000_000).padStart(6, '0')
}

export const checkInCodeFor = (mac: Mac, activityId: string, window: number): string =>
  truncateToCode(mac(`check-in:${activityId}:${window}`))

/** The QR code's text is part of the contract (the app parses it): types/api/activities.ts. */
export { checkInPayload, parseCheckInPayload } from '@linli/types'

export type CodeCheck = { ok: true } | { ok: false; reason: 'expired' | 'invalid' }

/**
 * A code is good in its own minute and for the grace after it. A code of a minute that has not
 * begun is invalid (no one can hold it honestly); one of an earlier minute is expired, whatever its
 * digits. The digits are compared only for a window that is current.
 */
export const checkCode = (
  mac: Mac,
  scanned: { activityId: string; window: number; code: string },
  now: Date,
): CodeCheck => {
  const current = windowOf(now)
  if (scanned.window > current) return { ok: false, reason: 'invalid' }
  const inGrace =
    scanned.window === current - 1 &&
    now.getTime() - windowEndsAt(scanned.window).getTime() < CHECK_IN_GRACE_MS
  if (scanned.window !== current && !inGrace) return { ok: false, reason: 'expired' }
  return checkInCodeFor(mac, scanned.activityId, scanned.window) === scanned.code
    ? { ok: true }
    : { ok: false, reason: 'invalid' }
}

/** The organiser shows codes, and attendees check in, from 2 hours before to 2 hours after. */
export const checkInOpen = (activity: { startsAt: Date; endsAt: Date }, now: Date): boolean =>
  now.getTime() >= activity.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS &&
  now.getTime() <= activity.endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS

export type ActivityPhase = 'signUp' | 'closed' | 'ongoing' | 'ended'

export const activityPhase = (
  activity: { startsAt: Date; endsAt: Date; signUpDeadline: Date },
  now: Date,
): ActivityPhase => {
  const t = now.getTime()
  if (t > activity.endsAt.getTime()) return 'ended'
  if (t >= activity.startsAt.getTime()) return 'ongoing'
  return t <= activity.signUpDeadline.getTime() ? 'signUp' : 'closed'
}

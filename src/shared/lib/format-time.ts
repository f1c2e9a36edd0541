// Times as a resident reads them, always in China time whatever the phone's time zone: "11月26日 14:30",
// "3 小时前", "还剩 2 小时". Plain dayjs formats: no locale or relativeTime plugin is needed for these.
import { chinaClock } from '@linli/types'
import type { Dayjs } from 'dayjs'

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS
/** Closer than this, a due time reads as a countdown ("还剩 2 小时"); further, as a clock time. */
export const DUE_COUNTDOWN_HOURS = 6

const parse = (iso: string): number | null => {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : ms
}

const dateKey = (clock: Dayjs): string => clock.format('YYYY-MM-DD')

/** "11月26日", with the year only when it is not this year's (both in China time). */
const dayOf = (at: Dayjs, now: Dayjs): string =>
  at.year() === now.year() ? at.format('M月D日') : at.format('YYYY年M月D日')

/** "11月26日 14:30" in China time; "" for what is not a time. */
export const formatDateTime = (iso: string, now: Date = new Date()): string => {
  const ms = parse(iso)
  if (ms === null) return ''
  const at = chinaClock(ms)
  return `${dayOf(at, chinaClock(now))} ${at.format('HH:mm')}`
}

/** 刚刚 · 5 分钟前 · 3 小时前 (today) · 昨天 14:30 · 11月26日 · 2025年11月26日. */
export const formatRelative = (iso: string, now: Date = new Date()): string => {
  const ms = parse(iso)
  if (ms === null) return ''
  const elapsed = now.getTime() - ms
  // A time slightly ahead of the phone's clock (a server a little ahead) is still "just now".
  if (elapsed < MINUTE_MS) return '刚刚'
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)} 分钟前`
  const at = chinaClock(ms)
  const today = chinaClock(now)
  if (dateKey(at) === dateKey(today)) return `${Math.floor(elapsed / HOUR_MS)} 小时前`
  if (dateKey(at) === dateKey(today.subtract(1, 'day'))) return `昨天 ${at.format('HH:mm')}`
  return dayOf(at, today)
}

/** A span in the largest whole unit: "45 分钟", "3 小时", "2 天" (never "0 分钟"). */
const spanOf = (ms: number): string => {
  if (ms < HOUR_MS) return `${Math.max(1, Math.floor(ms / MINUTE_MS))} 分钟`
  if (ms < DAY_MS) return `${Math.floor(ms / HOUR_MS)} 小时`
  return `${Math.floor(ms / DAY_MS)} 天`
}

/** 已超时 3 小时 · 还剩 2 小时 · 今天 18:00 前 · 明天 23:59 前 · 12月4日 23:59 前. */
export const formatDue = (iso: string, now: Date = new Date()): string => {
  const ms = parse(iso)
  if (ms === null) return ''
  const left = ms - now.getTime()
  if (left < 0) return `已超时 ${spanOf(-left)}`
  if (left < DUE_COUNTDOWN_HOURS * HOUR_MS) return `还剩 ${spanOf(left)}`
  const at = chinaClock(ms)
  const today = chinaClock(now)
  const time = at.format('HH:mm')
  if (dateKey(at) === dateKey(today)) return `今天 ${time} 前`
  if (dateKey(at) === dateKey(today.add(1, 'day'))) return `明天 ${time} 前`
  return `${dayOf(at, today)} ${time} 前`
}

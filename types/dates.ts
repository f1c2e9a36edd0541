// China time for the app and the functions alike: one fixed +08:00 clock, whatever the device's time zone.
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** China has one time zone and no daylight saving, so a fixed offset is exact (no tz database needed). */
export const CHINA_UTC_OFFSET_MINUTES = 480
const CHINA_UTC_OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000

/**
 * China wall-clock time as a UTC-mode Dayjs: its fields (year … minute, day of the week) read as Beijing
 * time, and its arithmetic (add, startOf, endOf) never meets the device's daylight saving.
 * Not `dayjs(at).utcOffset(480)`: that shifts through the device's local time and reads an hour off
 * next to a DST change (seen with TZ=America/Los_Angeles around 2026-03-08).
 */
export const chinaClock = (at: Date | string | number): Dayjs =>
  // Stryker disable next-line StringLiteral: equivalent, dayjs adds milliseconds for an empty unit too
  dayjs.utc(at).add(CHINA_UTC_OFFSET_MS, 'millisecond')

/** The instant that a China wall-clock reading stands for. */
export const instantOfChinaClock = (clock: Dayjs): Date =>
  new Date(clock.valueOf() - CHINA_UTC_OFFSET_MS)

/** The China calendar date of an instant, as `YYYY-MM-DD`. */
export const chinaDateOf = (at: Date | string | number): string =>
  chinaClock(at).format('YYYY-MM-DD')

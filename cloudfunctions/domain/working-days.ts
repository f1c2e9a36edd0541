// Working days in China: weekends, the State Council's public holidays and their make-up working days (调休).
import { chinaClock, instantOfChinaClock } from '@linli/types'
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
// The package's own table of the State Council's notices (2004 onwards), bundled: no I/O at run time.
import calendar from 'chinese-days/dist/chinese-days.json'

dayjs.extend(utc)

const HOLIDAYS: Readonly<Record<string, string>> = calendar.holidays
const MAKE_UP_WORKING_DAYS: Readonly<Record<string, string>> = calendar.workdays
const COVERED_YEARS: ReadonlySet<number> = new Set(
  Object.keys(HOLIDAYS).map((date) => Number(date.slice(0, 4))),
)
/**
 * The round trip in isWorkingDay refuses every other malformed date; dayjs reads a five-digit year
 * back as it was given, so the year's width is checked apart (a fuller pattern was redundant).
 */
const FOUR_DIGIT_YEAR = /^\d{4}-/

/**
 * Whether the State Council's schedule for `year` is known. It is published each November for the next
 * year; until the package carries it, that year's working days are the weekdays.
 */
export const hasHolidayCalendar = (year: number): boolean => COVERED_YEARS.has(year)

/** Is the China date `YYYY-MM-DD` a working day? A make-up Saturday is; a holiday Monday is not. */
export const isWorkingDay = (localDate: string): boolean => {
  const day = dayjs.utc(localDate)
  if (
    !FOUR_DIGIT_YEAR.test(localDate) ||
    !day.isValid() ||
    day.format('YYYY-MM-DD') !== localDate
  ) {
    throw new RangeError(`not a date (YYYY-MM-DD): ${localDate}`)
  }
  // Stryker disable next-line ConditionalExpression: equivalent, the table has no entries for years it does not cover
  if (hasHolidayCalendar(day.year())) {
    if (MAKE_UP_WORKING_DAYS[localDate]) return true
    if (HOLIDAYS[localDate]) return false
  }
  const weekday = day.day()
  return weekday !== 0 && weekday !== 6
}

/**
 * The deadline `workingDays` working days after `now`: the end (23:59:59.999 China time) of the n-th
 * working day counted from the day after `now`'s China date. The filing day never counts, even when it
 * is a working day, so a request filed at 17:59 is not a day short. 0 means the end of today.
 */
export const endOfWorkingDay = (now: Date, workingDays: number): Date => {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`working days must be a whole number ≥ 0, got ${workingDays}`)
  }
  // The time of day does not matter: days are added, then the end of the last one is taken.
  let day = chinaClock(now)
  for (let counted = 0; counted < workingDays;) {
    day = day.add(1, 'day')
    if (isWorkingDay(day.format('YYYY-MM-DD'))) counted += 1
  }
  return instantOfChinaClock(day.endOf('day'))
}

// Unit tests for the CloudBase 7-field cron parser and next-fire-time finder.

import { CronError, nextFireTime, parseCron } from './cron'

/** Epoch ms of a wall-clock time in UTC+8, the zone CloudBase evaluates triggers in. */
const beijing = (iso: string): number => Date.parse(`${iso}+08:00`)
const asBeijing = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms + 8 * 3600_000).toISOString().replace('.000Z', '')

const nextAfter = (expression: string, iso: string): string | null =>
  asBeijing(nextFireTime(parseCron(expression), beijing(iso)))

describe('parseCron', () => {
  it('expands lists, ranges, steps and names', () => {
    // GIVEN an expression using every wildcard form
    const expression = '*/15 1,2,5-7 9-17/4 1 JAN-MAR MON,fri 2030'
    // WHEN it is parsed
    const s = parseCron(expression)
    // THEN each field holds exactly the values it names
    expect([...s.seconds]).toEqual([0, 15, 30, 45])
    expect([...s.minutes]).toEqual([1, 2, 5, 6, 7])
    expect([...s.hours]).toEqual([9, 13, 17])
    expect([...s.days]).toEqual([1])
    expect([...s.months]).toEqual([1, 2, 3])
    expect([...s.weekdays]).toEqual([1, 5])
    expect([...s.years]).toEqual([2030])
  })

  it('reads "a/n" as from a to the end of the range every n', () => {
    // GIVEN the docs' example: minute 1/10
    // WHEN it is parsed
    const s = parseCron('0 1/10 * * * * *')
    // THEN it means 1, 11, 21, ... 51
    expect([...s.minutes]).toEqual([1, 11, 21, 31, 41, 51])
  })

  it.each([
    ['0 0 2 * * *', 'expected 7 fields'],
    ['60 * * * * * *', 'second 60 is outside 0-59'],
    ['* * 24 * * * *', 'hour 24 is outside 0-23'],
    ['* * * 0 * * *', 'day 0 is outside 1-31'],
    ['* * * * 13 * *', 'month 13 is outside 1-12'],
    ['* * * * * 7 *', 'weekday 7 is outside 0-6'],
    ['* * * * * * 2100', 'year 2100 is outside 1970-2099'],
    ['*/0 * * * * * *', 'bad second step'],
    ['5-1 * * * * * *', 'runs backwards'],
    ['a * * * * * *', 'bad second "a"'],
    ['1,,2 * * * * * *', 'bad second ""'],
    ['* * * * FOO * *', 'bad month "FOO"'],
  ])('refuses %j', (expression, reason) => {
    // GIVEN a malformed expression
    // WHEN it is parsed
    const parse = (): unknown => parseCron(expression)
    // THEN it throws a CronError naming the problem
    expect(parse).toThrow(CronError)
    expect(parse).toThrow(reason)
  })
})

describe('nextFireTime', () => {
  it('fires daily at 02:00 Beijing time, strictly after the given instant', () => {
    // GIVEN a daily 2 a.m. trigger
    // WHEN asked right before, exactly at, and after 2 a.m.
    // THEN the answer is the next 2 a.m. in UTC+8, never the instant itself
    expect(nextAfter('0 0 2 * * * *', '2030-05-01T01:59:59')).toBe('2030-05-01T02:00:00')
    expect(nextAfter('0 0 2 * * * *', '2030-05-01T02:00:00')).toBe('2030-05-02T02:00:00')
    expect(nextAfter('0 0 2 * * * *', '2030-05-01T13:00:00')).toBe('2030-05-02T02:00:00')
  })

  it('steps every 5 seconds and ignores sub-second parts', () => {
    // GIVEN a 5-second trigger and an instant with milliseconds
    const after = beijing('2030-05-01T10:00:07') + 400
    // WHEN the next fire time is computed
    const next = asBeijing(nextFireTime(parseCron('*/5 * * * * * *'), after))
    // THEN it is the next multiple of 5 seconds
    expect(next).toBe('2030-05-01T10:00:10')
  })

  it('rolls over month and year ends', () => {
    // GIVEN a trigger on the 1st at midnight, asked on New Year's Eve
    // WHEN the next fire time is computed
    // THEN it lands on the first second of the next year
    expect(nextAfter('0 0 0 1 * * *', '2030-12-31T23:59:59')).toBe('2031-01-01T00:00:00')
  })

  it('combines restricted day and weekday with OR', () => {
    // GIVEN "the 15th, or any Monday" at 09:00 (2030-05-01 is a Wednesday)
    const expression = '0 0 9 15 * MON *'
    // WHEN asked from the 1st, then from the Monday
    // THEN Monday the 6th comes first, then Monday the 13th, then the 15th (a Wednesday)
    expect(nextAfter(expression, '2030-05-01T00:00:00')).toBe('2030-05-06T09:00:00')
    expect(nextAfter(expression, '2030-05-06T09:00:00')).toBe('2030-05-13T09:00:00')
    expect(nextAfter(expression, '2030-05-13T09:00:00')).toBe('2030-05-15T09:00:00')
  })

  it('treats a *-led weekday as no restriction on the day', () => {
    // GIVEN the 31st of every month
    // WHEN asked in April (30 days)
    // THEN it skips to 31 May
    expect(nextAfter('0 0 0 31 * * *', '2030-04-01T00:00:00')).toBe('2030-05-31T00:00:00')
  })

  it('finds 29 February and gives up after 2099', () => {
    // GIVEN a leap-day trigger and a trigger pinned to a past year
    // WHEN the next fire times are computed
    // THEN the leap day is four years away and the past-year trigger never fires
    expect(nextAfter('0 0 0 29 2 * *', '2029-03-01T00:00:00')).toBe('2032-02-29T00:00:00')
    expect(nextAfter('0 0 0 * * * 2020', '2030-01-01T00:00:00')).toBeNull()
  })

  it('uses UTC+8 whatever the machine zone is', () => {
    // GIVEN a trigger at 08:00 Beijing time
    // WHEN the next fire time is computed from 00:00 UTC
    const next = nextFireTime(parseCron('0 0 8 * * * *'), Date.parse('2030-05-01T00:00:00Z'))
    // THEN it is 00:00 UTC the next day (08:00 in Beijing), not 08:00 UTC
    expect(new Date(next ?? 0).toISOString()).toBe('2030-05-02T00:00:00.000Z')
  })
})

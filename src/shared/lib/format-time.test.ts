import { formatDateTime, formatDue, formatRelative } from './format-time'

// Every time is given in UTC and read in China time (UTC+8), whatever TZ the tests run in
// (run them with TZ=UTC and TZ=America/Los_Angeles as well: the expectations must not move).
// GIVEN now = Thursday 2026-11-26 14:30 in Beijing
const now = new Date('2026-11-26T06:30:00.000Z')

describe('formatDateTime', () => {
  it.each([
    ['2026-11-26T06:30:00.000Z', '11月26日 14:30'],
    ['2026-11-26T16:05:00.000Z', '11月27日 00:05'], // still the 26th in UTC
    ['2026-01-01T00:00:00.000Z', '1月1日 08:00'],
    ['2025-12-31T16:00:00.000Z', '1月1日 00:00'], // 2026 in Beijing, 2025 in UTC
    ['2025-12-31T15:59:00.000Z', '2025年12月31日 23:59'],
    ['2026-03-08T09:30:00.000Z', '3月8日 17:30'], // next to a US daylight-saving change
  ])('shows %s as %s', (iso, expected) => {
    expect(formatDateTime(iso, now)).toBe(expected)
  })

  it('shows nothing for what is not a time', () => {
    expect(formatDateTime('not a date', now)).toBe('')
  })
})

describe('formatRelative', () => {
  it.each([
    ['2026-11-26T06:29:31.000Z', '刚刚'],
    ['2026-11-26T06:31:00.000Z', '刚刚'], // a minute ahead of the phone
    ['2026-11-26T06:25:00.000Z', '5 分钟前'],
    ['2026-11-26T05:30:01.000Z', '59 分钟前'],
    ['2026-11-26T03:30:00.000Z', '3 小时前'],
    ['2026-11-25T16:00:00.000Z', '14 小时前'], // 00:00 today in Beijing
    ['2026-11-25T15:59:00.000Z', '昨天 23:59'],
    ['2026-11-25T06:30:00.000Z', '昨天 14:30'],
    ['2026-11-24T15:59:00.000Z', '11月24日'],
    ['2025-11-26T06:30:00.000Z', '2025年11月26日'],
  ])('shows %s as %s', (iso, expected) => {
    expect(formatRelative(iso, now)).toBe(expected)
  })

  it('takes "yesterday" from the Beijing day, not the UTC day', () => {
    // GIVEN now = 00:30 on 27 Nov in Beijing (26 Nov in UTC) and a report at 23:00 on 26 Nov Beijing
    const justAfterMidnight = new Date('2026-11-26T16:30:00.000Z')
    // THEN it was yesterday, although both instants share a UTC date
    expect(formatRelative('2026-11-26T15:00:00.000Z', justAfterMidnight)).toBe('昨天 23:00')
  })
})

describe('formatDue', () => {
  it.each([
    ['2026-11-26T08:30:00.000Z', '还剩 2 小时'],
    ['2026-11-26T06:50:00.000Z', '还剩 20 分钟'],
    ['2026-11-26T06:30:20.000Z', '还剩 1 分钟'],
    ['2026-11-26T12:29:00.000Z', '还剩 5 小时'],
    ['2026-11-26T12:30:00.000Z', '今天 20:30 前'], // 6 hours left: a clock time
    ['2026-11-26T15:59:59.999Z', '今天 23:59 前'],
    ['2026-11-27T10:00:00.000Z', '明天 18:00 前'],
    ['2026-12-04T15:59:59.999Z', '12月4日 23:59 前'],
    ['2027-01-05T15:59:59.999Z', '2027年1月5日 23:59 前'],
    ['2026-11-26T03:30:00.000Z', '已超时 3 小时'],
    ['2026-11-26T06:29:00.000Z', '已超时 1 分钟'],
    ['2026-11-24T06:00:00.000Z', '已超时 2 天'],
  ])('shows a due time of %s as %s', (iso, expected) => {
    expect(formatDue(iso, now)).toBe(expected)
  })

  it('reads "today" in Beijing: at 10:00 there, a due time of 18:00 is today', () => {
    // GIVEN now = 10:00 in Beijing = 02:00 UTC, due 18:00 Beijing = 10:00 UTC
    expect(formatDue('2026-11-26T10:00:00.000Z', new Date('2026-11-26T02:00:00.000Z'))).toBe(
      '今天 18:00 前',
    )
  })
})

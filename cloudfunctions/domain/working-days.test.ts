import { endOfWorkingDay, hasHolidayCalendar, isWorkingDay } from './working-days'

// Expectations are read off the State Council's notice of November 2025 on the 2026 holidays, not off
// the table the code uses: 国庆 10月1日（周四）至7日放假, 9月20日（周日）、10月10日（周六）上班; 中秋 9月25日至27日;
// 春节 2月15日至23日, 2月14日（周六）、2月28日（周六）上班.
describe('isWorkingDay (China, 2026)', () => {
  it.each([
    ['2026-11-26', true, 'a Thursday'],
    ['2026-11-28', false, 'a Saturday'],
    ['2026-11-29', false, 'a Sunday'],
    ['2026-10-01', false, '国庆, a Thursday'],
    ['2026-10-05', false, '国庆, a Monday'],
    ['2026-10-08', true, 'the Thursday after 国庆'],
    ['2026-10-10', true, 'a make-up Saturday (国庆)'],
    ['2026-10-17', false, 'an ordinary Saturday'],
    ['2026-09-20', true, 'a make-up Sunday (国庆)'],
    ['2026-09-25', false, '中秋, a Friday'],
    ['2026-02-14', true, 'a make-up Saturday (春节)'],
    ['2026-02-23', false, '春节, a Monday'],
    ['2026-05-09', true, 'a make-up Saturday (劳动节)'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  it('refuses what is not a calendar date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError)
    expect(() => isWorkingDay('2026-1-5')).toThrow(RangeError)
    expect(() => isWorkingDay('2026-10-01T00:00:00Z')).toThrow(RangeError)
  })
})

describe('endOfWorkingDay', () => {
  it('lands a request filed just before 国庆 after the holiday, counting the make-up Saturday', () => {
    // GIVEN Wednesday 2026-09-30 10:00 in Beijing
    const now = new Date('2026-09-30T02:00:00Z')
    // WHEN 5 working days are counted from the next day
    // THEN Oct 8 (Thu), 9 (Fri), 10 (make-up Sat), 12 (Mon), 13 (Tue): the end of Oct 13 in Beijing
    expect(endOfWorkingDay(now, 5).toISOString()).toBe('2026-10-13T15:59:59.999Z')
  })

  it('skips the weekend after a Friday filing', () => {
    // GIVEN Friday 2026-11-27 16:00 in Beijing
    const now = new Date('2026-11-27T08:00:00Z')
    // THEN Mon 30 Nov … Fri 4 Dec
    expect(endOfWorkingDay(now, 5).toISOString()).toBe('2026-12-04T15:59:59.999Z')
    expect(endOfWorkingDay(now, 1).toISOString()).toBe('2026-11-30T15:59:59.999Z')
  })

  it('counts a make-up Sunday and skips 中秋 and 国庆', () => {
    // GIVEN Friday 2026-09-18 in Beijing: Sep 20 (make-up Sun), 21, 22, 23, 24 are working days
    expect(endOfWorkingDay(new Date('2026-09-18T01:00:00Z'), 5).toISOString()).toBe(
      '2026-09-24T15:59:59.999Z',
    )
    // GIVEN Thursday 2026-09-24: Sep 25–27 中秋, Sep 28, 29, 30, then Oct 1–7 国庆, Oct 8, 9
    expect(endOfWorkingDay(new Date('2026-09-24T01:00:00Z'), 5).toISOString()).toBe(
      '2026-10-09T15:59:59.999Z',
    )
  })

  it('counts the make-up Saturday before 春节', () => {
    // GIVEN Friday 2026-02-13: Feb 14 (make-up Sat), then 15–23 春节, then Feb 24, 25, 26, 27
    expect(endOfWorkingDay(new Date('2026-02-13T03:00:00Z'), 5).toISOString()).toBe(
      '2026-02-27T15:59:59.999Z',
    )
  })

  it('takes the China date of `now`, not the UTC date', () => {
    // GIVEN 00:30 Saturday 2026-11-28 in Beijing, still Friday in UTC
    const now = new Date('2026-11-27T16:30:00Z')
    // THEN the first working day is Monday 30 Nov, as from Saturday
    expect(endOfWorkingDay(now, 1).toISOString()).toBe('2026-11-30T15:59:59.999Z')
  })

  it('means the end of today for zero days, and refuses a negative or partial count', () => {
    expect(endOfWorkingDay(new Date('2026-11-28T02:00:00Z'), 0).toISOString()).toBe(
      '2026-11-28T15:59:59.999Z',
    )
    expect(() => endOfWorkingDay(new Date('2026-11-28T02:00:00Z'), -1)).toThrow(RangeError)
    expect(() => endOfWorkingDay(new Date('2026-11-28T02:00:00Z'), 1.5)).toThrow(RangeError)
  })
})

describe('a year the holiday calendar does not cover', () => {
  it('falls back to weekends only', () => {
    // GIVEN 2099, for which no schedule exists
    expect(hasHolidayCalendar(2099)).toBe(false)
    expect(hasHolidayCalendar(2026)).toBe(true)
    // THEN 1 Oct 2099 (a Thursday) is a working day, 3 Oct (a Saturday) is not
    expect(isWorkingDay('2099-10-01')).toBe(true)
    expect(isWorkingDay('2099-10-03')).toBe(false)
    // AND Wednesday 2099-09-30 + 5 working days: Oct 1, 2, 5, 6, 7
    expect(endOfWorkingDay(new Date('2099-09-30T02:00:00Z'), 5).toISOString()).toBe(
      '2099-10-07T15:59:59.999Z',
    )
  })
})

describe('working days: what the errors say', () => {
  it('names the bad date and the bad count', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow('not a date (YYYY-MM-DD): 2026-02-30')
    expect(() => isWorkingDay(' 2026-02-03')).toThrow(RangeError)
    expect(() => isWorkingDay('2026-02-03 ')).toThrow(RangeError)
    // a five-digit year round-trips through dayjs; the pattern refuses it
    expect(() => isWorkingDay('10000-01-01')).toThrow(RangeError)
    expect(() => endOfWorkingDay(new Date('2026-11-28T02:00:00Z'), -1)).toThrow(
      'working days must be a whole number ≥ 0, got -1',
    )
  })
})

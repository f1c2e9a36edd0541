import { chinaClock, chinaDateOf, instantOfChinaClock } from './dates'

describe('China time (fixed +08:00)', () => {
  it('reads an instant as Beijing wall-clock time', () => {
    // GIVEN 06:30 UTC, which is 14:30 in Beijing
    const clock = chinaClock(new Date('2026-11-26T06:30:00Z'))
    // THEN the fields read as Beijing time
    expect(clock.format('YYYY-MM-DD HH:mm')).toBe('2026-11-26 14:30')
  })

  it('takes the China date, not the UTC date, just after local midnight', () => {
    expect(chinaDateOf('2026-11-26T16:30:00.000Z')).toBe('2026-11-27')
    expect(chinaDateOf('2026-11-26T15:59:59.999Z')).toBe('2026-11-26')
  })

  it('turns a wall-clock reading back into its instant', () => {
    // GIVEN the end of the Beijing day 2026-11-26
    const end = chinaClock(new Date('2026-11-26T07:00:00Z')).endOf('day')
    // THEN it is 15:59:59.999 UTC
    expect(instantOfChinaClock(end).toISOString()).toBe('2026-11-26T15:59:59.999Z')
  })

  it('is not shifted by a daylight-saving change in the process time zone', () => {
    // GIVEN instants either side of the US spring-forward (2026-03-08 10:00 UTC), whatever TZ is set
    // THEN Beijing time moves by exactly the elapsed hour
    expect(chinaClock('2026-03-08T09:30:00Z').format('HH:mm')).toBe('17:30')
    expect(chinaClock('2026-03-08T10:30:00Z').format('HH:mm')).toBe('18:30')
    expect(
      instantOfChinaClock(chinaClock('2026-03-08T09:30:00Z').startOf('day')).toISOString(),
    ).toBe('2026-03-07T16:00:00.000Z')
  })
})

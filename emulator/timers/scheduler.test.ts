// Unit tests for the timer scheduler, driven by a fake clock (no real waiting).

import { parseCron } from './cron'
import { startScheduler, type Clock, type TimerJob } from './scheduler'

interface FakeTimer {
  at: number
  fn: () => void
}

/** A clock whose time only moves when `advance` is called, running due timers in order. */
function fakeClock(start: number): Clock & { advance(ms: number): void; pending(): number } {
  let now = start
  let timers: FakeTimer[] = []
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const timer = { at: now + ms, fn }
      timers.push(timer)
      return timer
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t !== handle)
    },
    advance(ms) {
      const end = now + ms
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0]
        if (!due) break
        timers = timers.filter((t) => t !== due)
        now = Math.max(now, due.at)
        due.fn()
      }
      now = end
    },
    pending: () => timers.length,
  }
}

const job = (triggerName: string, cron: string): TimerJob => ({
  functionName: 'digest',
  triggerName,
  schedule: parseCron(cron),
})

const START = Date.parse('2030-05-01T00:00:00+08:00')

describe('startScheduler', () => {
  it('fires each job at its scheduled times', () => {
    // GIVEN a 10-second job and a minute job, on a fake clock at midnight
    const clock = fakeClock(START)
    const fired: string[] = []
    startScheduler(
      [job('tenSeconds', '*/10 * * * * * *'), job('everyMinute', '0 * * * * * *')],
      (j, at) => fired.push(`${j.triggerName}@${(at.getTime() - START) / 1000}`),
      clock,
    )
    // WHEN 60 seconds pass
    clock.advance(60_000)
    // THEN the 10-second job fired 6 times and the minute job once, at the exact times
    expect(fired).toEqual([
      'tenSeconds@10',
      'tenSeconds@20',
      'tenSeconds@30',
      'tenSeconds@40',
      'tenSeconds@50',
      'tenSeconds@60',
      'everyMinute@60',
    ])
  })

  it('does not fire before the time', () => {
    // GIVEN a daily 02:00 job
    const clock = fakeClock(START)
    const fired: Date[] = []
    startScheduler([job('nightly', '0 0 2 * * * *')], (_, at) => fired.push(at), clock)
    // WHEN the clock stops one second short, then passes 02:00
    clock.advance(2 * 3600_000 - 1000)
    const before = fired.length
    clock.advance(1000)
    // THEN nothing fired early and exactly one run is reported, at 02:00 Beijing time
    expect(before).toBe(0)
    expect(fired.map((d) => d.toISOString())).toEqual(['2030-04-30T18:00:00.000Z'])
  })

  it('fires an overdue job once after a late wake-up, then resumes', () => {
    // GIVEN a 10-second job whose clock jumps 35 s inside one timer callback
    let now = START
    const callbacks: Array<() => void> = []
    const clock: Clock = {
      now: () => now,
      setTimeout: (fn) => callbacks.push(fn),
      clearTimeout: () => undefined,
    }
    const fired: number[] = []
    startScheduler(
      [job('tenSeconds', '*/10 * * * * * *')],
      (_, at) => fired.push(at.getTime()),
      clock,
    )
    // WHEN the first timer only runs at +35 s
    now = START + 35_000
    callbacks.shift()?.()
    // THEN the missed slot fires once and the next timer aims at +40 s
    expect(fired).toEqual([START + 10_000])
    expect(callbacks).toHaveLength(1)
  })

  it('stop() cancels the pending timer', () => {
    // GIVEN a running scheduler
    const clock = fakeClock(START)
    const fired: Date[] = []
    const scheduler = startScheduler(
      [job('tick', '* * * * * * *')],
      (_, at) => fired.push(at),
      clock,
    )
    // WHEN it is stopped and time passes
    scheduler.stop()
    clock.advance(10_000)
    // THEN nothing fired and no timer is left
    expect(fired).toHaveLength(0)
    expect(clock.pending()).toBe(0)
  })

  it('arms no timer for a schedule with no future time', () => {
    // GIVEN a job pinned to a past year
    const clock = fakeClock(START)
    // WHEN the scheduler starts
    startScheduler([job('past', '0 0 0 1 1 * 2020')], () => undefined, clock)
    // THEN no timer is pending
    expect(clock.pending()).toBe(0)
  })
})

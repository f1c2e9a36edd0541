// close() must leave nothing running, so jest (and the start script) can exit.

import type { Clock } from '../../../emulator/timers/scheduler'
import {
  callFunction,
  handlesLeftSince,
  liveHandles,
  request,
  startTestEmulator,
  timeoutCount,
} from './helpers'

/** The real clock, remembering which timers are still armed. */
function watchedClock(): Clock & { armed: Set<unknown> } {
  const armed = new Set<unknown>()
  return {
    armed,
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const handle = setTimeout(() => {
        armed.delete(handle)
        fn()
      }, ms)
      armed.add(handle)
      return handle
    },
    clearTimeout(handle) {
      armed.delete(handle)
      clearTimeout(handle as NodeJS.Timeout)
    },
  }
}

it('close() ends function processes, timers, sockets and the database', async () => {
  // GIVEN the handles open before, and an emulator with a timer armed, two function processes
  // (one calling the other through /admin) and the connections they used
  const before = liveHandles()
  const timeoutsBefore = timeoutCount()
  const clock = watchedClock()
  const { emulator, database } = await startTestEmulator({ timers: true, timerClock: clock })
  await callFunction(emulator, 'whoami', {}, 'demo-resident')
  await callFunction(emulator, 'caller', { target: 'whoami' })
  const armedDuring = clock.armed.size
  const opened = [...liveHandles()].filter((h) => !before.has(h)).map((h) => h.constructor.name)
  // WHEN it is closed (twice, which is harmless)
  await Promise.all([emulator.close(), emulator.close()])
  // THEN every handle it opened is gone, no timer is left, the database is closed, the port is free
  expect(armedDuring).toBe(1)
  expect(clock.armed.size).toBe(0)
  expect(opened.filter((name) => name === 'ChildProcess')).toHaveLength(2)
  expect(opened).toContain('Server')
  expect(await handlesLeftSince(before)).toEqual([])
  expect(timeoutCount()).toBeLessThanOrEqual(timeoutsBefore)
  expect(database.closed).toBe(true)
  await expect(request(`${emulator.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/)
})

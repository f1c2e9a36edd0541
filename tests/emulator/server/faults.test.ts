// Faults on the wire: latency and failures on /admin and the gateway, set at start or while running.

import { faultsFromEnv } from '../../../emulator'
import { postJson, request, startTestEmulator, callFunction, type HttpAnswer } from './helpers'

/** Random numbers in a fixed order: each failing call draws twice (fail?, then refuse or drop). */
const script =
  (...values: number[]) =>
  () =>
    values.shift() ?? 0.99

const settle = async (answer: Promise<HttpAnswer>) =>
  answer.then(
    (a) => ({ status: a.status, body: a.text }),
    (error: Error) => ({ status: 0, body: error.message }),
  )

it('adds the latency to /admin and the gateway, not to /healthz', async () => {
  const { emulator } = await startTestEmulator({ faults: { latencyMs: 250 } })
  const timed = async (answer: () => Promise<unknown>) => {
    const started = Date.now()
    await answer()
    return Date.now() - started
  }
  const gateway = await timed(() => callFunction(emulator, 'whoami', {}, 'demo-resident'))
  const admin = await timed(() => postJson(emulator.adminUrl, { action: 'database.getDocument' }))
  const health = await timed(() => request(`${emulator.url}/healthz`))
  await emulator.close()
  expect(gateway).toBeGreaterThanOrEqual(250)
  expect(admin).toBeGreaterThanOrEqual(250)
  expect(health).toBeLessThan(250)
})

it('refuses some calls before they run, and runs others but loses their answer', async () => {
  // GIVEN half the calls failing, with the dice scripted: refuse, then drop, then pass
  const { emulator, database } = await startTestEmulator({
    faults: { failRate: 0.5, random: script(0.1, 0.2, 0.1, 0.9, 0.7) },
  })
  const admin = (tag: string) =>
    settle(postJson(emulator.adminUrl, { action: 'database.getDocument', tag }))
  // WHEN three /admin calls are made in turn
  const refused = await admin('refused')
  const dropped = await admin('dropped')
  const passed = await admin('passed')
  const counts = (await request(`${emulator.url}/_emulator/faults`)).json()
  await emulator.close()
  // THEN the refused one never reached the database, the dropped one did but got no answer
  expect(refused.status).toBe(503)
  expect(dropped.status).toBe(0)
  expect(dropped.body).toMatch(/socket hang up|ECONNRESET/)
  expect(passed.status).toBe(200)
  expect(database.bodies.map((b) => b.tag)).toEqual(['dropped', 'passed'])
  expect(counts).toMatchObject({ counts: { passed: 1, refused: 1, dropped: 1 } })
})

it('answers a refused gateway call with a FUNCTION.FAILED envelope the app can retry', async () => {
  const { emulator } = await startTestEmulator({ faults: { failRate: 1, random: script(0, 0) } })
  const answer = await callFunction(emulator, 'whoami', {}, 'demo-resident')
  await emulator.close()
  expect(answer.status).toBe(503)
  expect(answer.json()).toMatchObject({ ok: false, error: { code: 'FUNCTION.FAILED' } })
})

it('is switched on and off while running through /_emulator/faults, from this machine only', async () => {
  // GIVEN an emulator started without faults
  const { emulator } = await startTestEmulator()
  const control = `${emulator.url}/_emulator/faults`
  // WHEN every call is set to fail, a call is made, then faults are switched off again
  const on = await postJson(control, { failRate: 1 })
  const during = await settle(callFunction(emulator, 'whoami', {}, 'demo-resident'))
  const off = await postJson(control, { failRate: 0, latencyMs: 0 })
  const after = await callFunction(emulator, 'whoami', {}, 'demo-resident')
  const fromPage = await postJson(control, { failRate: 0 }, { origin: emulator.url })
  const nonsense = await postJson(control, { failRate: 2 })
  await emulator.close()
  // THEN the settings took effect in turn; a web page and a bad value are refused
  expect(on.json()).toMatchObject({ failRate: 1, latencyMs: 0 })
  expect([503, 0]).toContain(during.status)
  expect(off.json()).toMatchObject({ failRate: 0 })
  expect(after.status).toBe(200)
  expect(fromPage.status).toBe(403)
  expect(nonsense.status).toBe(400)
})

it('reads LINLI_FAULTS for the entry scripts, and refuses nonsense', () => {
  expect(faultsFromEnv({ LINLI_FAULTS: 'latency=300, fail=0.2' })).toEqual({
    latencyMs: 300,
    failRate: 0.2,
  })
  expect(faultsFromEnv({})).toBeUndefined()
  expect(() => faultsFromEnv({ LINLI_FAULTS: 'fail=3' })).toThrow(/failRate/)
  expect(() => faultsFromEnv({ LINLI_FAULTS: 'jitter=3' })).toThrow(/unknown setting/)
})

// The functions gateway: POST /functions/<name> runs a bundle's main(event, context) as CloudBase does.

import type { RunningEmulator } from '../../../emulator'
import { callFunction, request, startTestEmulator } from './helpers'

interface WhoAmI {
  tag: string
  before: string
  openid: string
  appid: string
  env: string
  source: string
  triggerSource: string
  functionName: string
  pid: number
}

let emulator: RunningEmulator

beforeAll(async () => {
  ;({ emulator } = await startTestEmulator())
})

afterAll(async () => {
  await emulator.close()
})

describe('identity', () => {
  it('gives main the caller from X-WX-OPENID through context.environment', async () => {
    // GIVEN a resident's openid in the header
    // WHEN the fixture reads the context through the SDK
    const answer = await callFunction(emulator, 'whoami', { tag: 'one' }, 'demo-resident')
    // THEN it sees that openid, the local appid and env, as a client call, in a clean UTC process
    expect(answer.status).toBe(200)
    expect(answer.json()).toMatchObject({
      tag: 'one',
      openid: 'demo-resident',
      appid: 'wx-linli-local',
      env: 'linli-local',
      source: 'wx_client',
      triggerSource: 'tcb',
      functionName: 'whoami',
      timeZone: 'UTC',
      sawJestEnv: false,
    })
  })

  it('gives an empty openid when the header is absent', async () => {
    // GIVEN no X-WX-OPENID header
    // WHEN the function is called
    const answer = await callFunction(emulator, 'whoami', { tag: 'anon' })
    // THEN the function sees no user and decides itself
    expect(answer.json()).toMatchObject({ openid: '', appid: '' })
  })

  it('keeps 50 interleaved concurrent callers apart', async () => {
    // GIVEN 50 callers with different openids, each call pausing a different time mid-function
    const calls = Array.from({ length: 50 }, (_, i) =>
      callFunction(emulator, 'whoami', { tag: `t${i}`, delayMs: (i * 7) % 23 }, `user-${i}`),
    )
    // WHEN they all run at once
    const answers = (await Promise.all(calls)).map((a) => a.json() as WhoAmI)
    // THEN each saw its own identity before and after its pause, all in one shared process
    answers.forEach((answer, i) => {
      expect(answer).toMatchObject({ tag: `t${i}`, before: `user-${i}`, openid: `user-${i}` })
    })
    expect(new Set(answers.map((a) => a.pid)).size).toBe(1)
  })

  it('refuses a malformed openid header', async () => {
    // GIVEN an openid with characters no openid has
    // WHEN the function is called
    const answer = await callFunction(emulator, 'whoami', {}, 'bad id;drop')
    // THEN the gateway answers 400 before running anything
    expect(answer.status).toBe(400)
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  })
})

describe('results and failures', () => {
  it('answers null for a function that returns nothing', async () => {
    // GIVEN a function returning undefined
    // WHEN it is called
    const answer = await callFunction(emulator, 'boom', { mode: 'nothing' })
    // THEN the body is JSON null
    expect(answer.status).toBe(200)
    expect(answer.text).toBe('null')
  })

  it('turns a thrown error into FUNCTION.FAILED, and the next call works', async () => {
    // GIVEN a function that throws
    // WHEN it is called, then called again normally
    const failed = await callFunction(emulator, 'boom', { mode: 'throw' })
    const next = await callFunction(emulator, 'boom', {})
    // THEN the first gets the error envelope with a 500, the second its result
    expect(failed.status).toBe(500)
    expect(failed.json()).toEqual({
      ok: false,
      error: { code: 'FUNCTION.FAILED', message: 'kaboom' },
    })
    expect(next.status).toBe(200)
    expect(next.json()).toMatchObject({ fine: true })
  })

  it('survives a function that kills its process, with a fresh one next time', async () => {
    // GIVEN the process running "boom"
    const firstPid = ((await callFunction(emulator, 'boom', {})).json() as { pid: number }).pid
    // WHEN a call makes it exit, then another call comes
    const crashed = await callFunction(emulator, 'boom', { mode: 'exit' })
    const next = await callFunction(emulator, 'boom', {})
    // THEN the crash is FUNCTION.FAILED and a new process answers the next call
    expect(crashed.status).toBe(500)
    expect(crashed.json()).toMatchObject({
      error: { code: 'FUNCTION.FAILED', message: expect.stringContaining('exited') },
    })
    expect(next.status).toBe(200)
    expect((next.json() as { pid: number }).pid).not.toBe(firstPid)
  })

  it('times out a call that never ends (config.json timeout), and recovers', async () => {
    // GIVEN "boom" declares a 1 s timeout in its config.json
    // WHEN a call hangs
    const hung = await callFunction(emulator, 'boom', { mode: 'hang' })
    const next = await callFunction(emulator, 'boom', {})
    // THEN the caller gets FUNCTION.TIMEOUT with a 504 and the function keeps answering
    expect(hung.status).toBe(504)
    expect(hung.json()).toMatchObject({ ok: false, error: { code: 'FUNCTION.TIMEOUT' } })
    expect(next.status).toBe(200)
  })

  it('reports a result JSON cannot carry as FUNCTION.FAILED', async () => {
    // GIVEN a function returning a BigInt
    // WHEN it is called
    const answer = await callFunction(emulator, 'boom', { mode: 'bigint' })
    // THEN the caller is told why
    expect(answer.status).toBe(500)
    expect(answer.json()).toMatchObject({
      error: { code: 'FUNCTION.FAILED', message: expect.stringContaining('not JSON') },
    })
  })

  it('reports a bundle that cannot load as FUNCTION.FAILED', async () => {
    // GIVEN a bundle that throws while loading
    // WHEN it is called
    const answer = await callFunction(emulator, 'broken', {})
    // THEN the caller gets one line saying so
    expect(answer.status).toBe(500)
    expect(answer.json()).toEqual({
      ok: false,
      error: {
        code: 'FUNCTION.FAILED',
        message: 'broken failed to load: Error: this bundle is broken',
      },
    })
  })

  it.each(['missing', '..%2Fwhoami', 'who.ami'])(
    'answers FUNCTION.NOT_FOUND for %j',
    async (name) => {
      // GIVEN a name with no bundle (or one that could leave the folder)
      // WHEN it is called
      const answer = await callFunction(emulator, name, {})
      // THEN 404 with the envelope
      expect(answer.status).toBe(404)
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'FUNCTION.NOT_FOUND' } })
    },
  )

  it('refuses malformed JSON with 400 and keeps serving', async () => {
    // GIVEN a body that is not JSON
    // WHEN it is posted, then a good call follows
    const bad = await request(`${emulator.url}/functions/whoami`, {
      method: 'POST',
      body: '{"tag": ',
    })
    const good = await callFunction(emulator, 'whoami', { tag: 'ok' })
    // THEN the first is INPUT.INVALID naming the problem, the second works
    expect(bad.status).toBe(400)
    expect(bad.json()).toMatchObject({
      error: { code: 'INPUT.INVALID', message: expect.stringContaining('malformed JSON') },
    })
    expect(good.status).toBe(200)
  })

  it('refuses JSON nested deeper than any app call, and keeps serving', async () => {
    // GIVEN an event nested 10,000 levels deep (it once overflowed the hand-off to the function)
    const deep = `{"data":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`
    const shallow = `{"tag":"ok","data":${'{"a":'.repeat(200)}1${'}'.repeat(200)}}`
    // WHEN it is posted, then one 202 levels deep
    const bad = await request(`${emulator.url}/functions/whoami`, { method: 'POST', body: deep })
    const good = await request(`${emulator.url}/functions/whoami`, {
      method: 'POST',
      body: shallow,
    })
    // THEN the first is INPUT.INVALID naming the limit, the second runs
    expect(bad.status).toBe(400)
    expect(bad.json()).toMatchObject({
      error: { code: 'INPUT.INVALID', message: 'JSON nested deeper than 512 levels' },
    })
    expect(good.status).toBe(200)
  })

  it('reads an empty body as an empty event, and refuses GET', async () => {
    // GIVEN a POST without a body, and a GET
    const empty = await request(`${emulator.url}/functions/whoami`, { method: 'POST' })
    const get = await request(`${emulator.url}/functions/whoami`)
    // THEN the POST runs with {} and the GET is 405
    expect(empty.status).toBe(200)
    expect(get.status).toBe(405)
  })
})

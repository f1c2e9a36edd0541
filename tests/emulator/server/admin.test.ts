// POST /admin: routing of SDK actions, function-to-function calls, and the endpoint's safety rules.

import http from 'node:http'
import type { RunningEmulator } from '../../../emulator'
import { callFunction, postJson, request, startTestEmulator, type FakeDatabase } from './helpers'

let emulator: RunningEmulator
let database: FakeDatabase

beforeAll(async () => {
  ;({ emulator, database } = await startTestEmulator())
})

afterAll(async () => {
  await emulator.close()
})

const SIX_MB = 6 * 1024 * 1024

/** Streams `size` bytes without a Content-Length, answering as soon as the server does. */
async function streamBody(url: string, size: number): Promise<number> {
  return await new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    let sent = 0
    const pump = (): void => {
      while (sent < size && !req.destroyed) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      req.end()
    }
    pump()
  })
}

describe('database actions', () => {
  it('hands database.* bodies from the SDK to the database, and its answer back', async () => {
    // GIVEN a function that queries a collection through the unmodified SDK (no serviceUrl)
    database.bodies.length = 0
    // WHEN it runs
    const answer = await callFunction(emulator, 'db', { collection: 'requests', tag: 'x' })
    // THEN the database got the SDK's getDocument body and the SDK threw the database's answer
    expect(database.bodies).toHaveLength(1)
    expect(database.bodies[0]).toMatchObject({
      action: 'database.getDocument',
      collectionName: 'requests',
      envName: 'linli-local',
    })
    expect(answer.json()).toEqual({
      error: { code: 'FAKE_DATABASE', message: 'fake answer to database.getDocument' },
    })
  })
})

describe('functions.invokeFunction', () => {
  it('lets one function call another through app.callFunction', async () => {
    // GIVEN a resident calls "caller", which calls "whoami" through the SDK
    // WHEN it runs
    const answer = await callFunction(
      emulator,
      'caller',
      { target: 'whoami', data: { tag: 'inner' } },
      'demo-resident',
    )
    // THEN the callee's result comes back as callFunction().result; the callee sees a
    // function-to-function call with no user, as on CloudBase; the caller's config.json
    // envVariables are set, but cannot point the SDK away from this emulator
    expect(answer.status).toBe(200)
    expect(answer.json()).toEqual({
      result: expect.objectContaining({
        tag: 'inner',
        openid: '',
        source: 'scf',
        env: 'linli-local',
      }),
      greeting: '你好',
    })
  })

  it('surfaces a missing or failing callee as the SDK error CloudBase gives', async () => {
    // GIVEN callees that do not exist or throw
    // WHEN "caller" calls them
    const missing = await callFunction(emulator, 'caller', { target: 'nowhere' })
    const failing = await callFunction(emulator, 'caller', {
      target: 'boom',
      data: { mode: 'throw' },
    })
    // THEN the SDK throws FUNCTION_NOT_FOUND and FUNCTIONS_EXECUTE_FAIL
    expect(missing.json()).toMatchObject({ error: { code: 'FUNCTION_NOT_FOUND' } })
    expect(failing.json()).toEqual({ error: { code: 'FUNCTIONS_EXECUTE_FAIL', message: 'kaboom' } })
  })

  it('answers the wire shape the SDK parses', async () => {
    // GIVEN a raw invokeFunction body as the SDK sends it
    const body = {
      action: 'functions.invokeFunction',
      function_name: 'boom',
      request_data: '{}',
    }
    // WHEN it is posted
    const answer = await postJson(emulator.adminUrl, body)
    // THEN the result is a JSON string in data.response_data
    expect(answer.status).toBe(200)
    const json = answer.json() as { data: { response_data: string }; requestId: string }
    expect(JSON.parse(json.data.response_data)).toMatchObject({ fine: true })
    expect(typeof json.requestId).toBe('string')
  })
})

describe('safety', () => {
  it('refuses any request carrying a browser Origin header with 403', async () => {
    // GIVEN a database request as a web page on this machine would send it
    database.bodies.length = 0
    const body = { action: 'database.getDocument', collectionName: 'requests' }
    // WHEN it is posted with an Origin, even a loopback one
    const answer = await postJson(emulator.adminUrl, body, { origin: 'http://127.0.0.1:10086' })
    // THEN it is refused and never reaches the database
    expect(answer.status).toBe(403)
    expect(answer.json()).toMatchObject({ code: 'INVALID_REQUEST_SOURCE' })
    expect(database.bodies).toHaveLength(0)
  })

  it('answers an unknown action with INVALID_ACTION', async () => {
    // GIVEN an action CloudBase has but the emulator does not serve
    // WHEN it is posted
    const answer = await postJson(emulator.adminUrl, { action: 'wx.openApi' })
    // THEN the SDK-style error names it
    expect(answer.status).toBe(200)
    expect(answer.json()).toMatchObject({
      code: 'INVALID_ACTION',
      message: 'action "wx.openApi" is not supported here',
    })
  })

  it('answers malformed JSON and non-object bodies with 400 INVALID_PARAM', async () => {
    // GIVEN a truncated body and a JSON array
    // WHEN they are posted
    const malformed = await request(emulator.adminUrl, { method: 'POST', body: '{"action":' })
    const array = await postJson(emulator.adminUrl, [1, 2])
    // THEN both are 400 with a message saying what is wrong
    expect(malformed.status).toBe(400)
    expect(malformed.json()).toMatchObject({
      code: 'INVALID_PARAM',
      message: expect.stringContaining('malformed JSON'),
    })
    expect(array.status).toBe(400)
  })

  it('refuses a body over 6 MB by its Content-Length before reading it', async () => {
    // GIVEN a request announcing 6 MB + 1 byte that sends only its first kilobyte
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(emulator.adminUrl, {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': String(SIX_MB + 1) },
      })
      req.on('response', (res) => resolve(res.statusCode ?? 0))
      req.on('error', reject)
      // WHEN the rest never comes
      req.write(Buffer.alloc(1024, 0x20))
    })
    // THEN the server has already answered 413 (it did not wait to buffer the body)
    expect(status).toBe(413)
  })

  it('cuts off a streamed body once it passes 6 MB, and keeps serving', async () => {
    // GIVEN a chunked body of 7 MB (no Content-Length to go by)
    // WHEN it is streamed, then a normal request follows
    const status = await streamBody(emulator.adminUrl, 7 * 1024 * 1024)
    const next = await postJson(emulator.adminUrl, { action: 'wx.openApi' })
    // THEN the first is 413 and the server still answers
    expect(status).toBe(413)
    expect(next.status).toBe(200)
  })

  it('accepts a body just under 6 MB', async () => {
    // GIVEN a valid JSON body a little under the limit
    const padding = 'x'.repeat(SIX_MB - 100)
    // WHEN it is posted
    const answer = await postJson(emulator.adminUrl, { action: 'wx.openApi', padding })
    // THEN it is read and answered
    expect(answer.status).toBe(200)
  })

  it('refuses GET with 405', async () => {
    // GIVEN a GET on /admin
    // WHEN it is sent
    const answer = await request(emulator.adminUrl)
    // THEN only POST is accepted
    expect(answer.status).toBe(405)
  })
})

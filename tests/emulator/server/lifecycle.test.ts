// Starting and closing the emulator, health, timers, static files and the Host/Origin rules.

import fs from 'node:fs'
import path from 'node:path'
import type { Clock } from '../../../emulator/timers/scheduler'
import { callFunction, postJson, request, startTestEmulator, tempDir } from './helpers'

describe('start and close', () => {
  it('answers /healthz 200 once ready, on a loopback URL', async () => {
    // GIVEN an emulator started on a free port
    const { emulator } = await startTestEmulator()
    // WHEN its health is asked
    const health = await request(`${emulator.url}/healthz`)
    await emulator.close()
    // THEN it is ready, on 127.0.0.1, with /admin beside the gateway
    expect(health.status).toBe(200)
    expect(health.json()).toEqual({ ok: true })
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`)
    expect(emulator.adminUrl).toBe(`${emulator.url}/admin`)
  })

  it('stays unready until beforeReady has finished, and fails the start if it fails', async () => {
    // GIVEN start-up work that looks at /healthz while it runs
    let healthDuring = 0
    const { emulator } = await startTestEmulator({
      beforeReady: async ({ url }) => {
        healthDuring = (await request(`${url}/healthz`)).status
      },
    })
    const healthAfter = (await request(`${emulator.url}/healthz`)).status
    await emulator.close()
    // THEN health said 503 during it and 200 after
    expect([healthDuring, healthAfter]).toEqual([503, 200])
    // AND a failing beforeReady fails the start
    await expect(
      startTestEmulator({
        beforeReady: async () => {
          throw new Error('seed failed')
        },
      }),
    ).rejects.toThrow('seed failed')
  })

  it('runs two emulators side by side in one process, each with its own data', async () => {
    // GIVEN two emulators
    const a = await startTestEmulator()
    const b = await startTestEmulator()
    // WHEN the same function is called on each
    const [fromA, fromB] = await Promise.all([
      callFunction(a.emulator, 'whoami', {}, 'a-user'),
      callFunction(b.emulator, 'whoami', {}, 'b-user'),
    ])
    await Promise.all([a.emulator.close(), b.emulator.close()])
    // THEN they use different ports, folders and processes
    expect(a.emulator.port).not.toBe(b.emulator.port)
    expect(a.dataDir).not.toBe(b.dataDir)
    const [pidA, pidB] = [fromA, fromB].map((r) => (r.json() as { pid: number }).pid)
    expect(pidA).not.toBe(pidB)
  })

  it('fails to start on a port already in use, and closes its database', async () => {
    // GIVEN a running emulator
    const first = await startTestEmulator()
    // WHEN a second tries its port
    const second = startTestEmulator({ port: first.emulator.port })
    // THEN the start rejects with EADDRINUSE
    await expect(second).rejects.toThrow(/EADDRINUSE/)
    await first.emulator.close()
  })
})

describe('timer triggers', () => {
  it('calls main with the CloudBase timer event on the cron schedule', async () => {
    // GIVEN "ticker" (every 10 s) and a fake clock at 10:00:05 Beijing time
    let now = Date.parse('2030-05-01T10:00:05+08:00')
    const timers: Array<{ at: number; fn: () => void }> = []
    const clock: Clock = {
      now: () => now,
      setTimeout: (fn, ms) => timers.push({ at: now + ms, fn }),
      clearTimeout: () => undefined,
    }
    const { emulator } = await startTestEmulator({ timers: true, timerClock: clock })
    // WHEN the clock reaches the armed time and the timer fires
    const armed = timers.shift()
    now = armed?.at ?? now
    armed?.fn()
    const received = await callFunction(emulator, 'ticker', {})
    await emulator.close()
    // THEN the function got one Timer event for 10:00:10 (02:00:10 UTC) as a timer call
    expect(armed?.at).toBe(Date.parse('2030-05-01T10:00:10+08:00'))
    expect(received.json()).toEqual([
      {
        event: {
          Type: 'Timer',
          TriggerName: 'everyTenSeconds',
          Time: '2030-05-01T02:00:10Z',
          Message: '',
        },
        triggerSource: 'timer',
      },
    ])
  })
})

describe('host and origin rules', () => {
  it('refuses a non-loopback Host header (DNS rebinding)', async () => {
    // GIVEN an emulator on loopback
    const { emulator } = await startTestEmulator()
    // WHEN a request names another host, as a rebound web page would
    const answer = await request(`${emulator.url}/healthz`, { headers: { host: 'evil.example' } })
    const localhost = await request(`${emulator.url}/healthz`, {
      headers: { host: `localhost:${emulator.port}` },
    })
    await emulator.close()
    // THEN it is refused, while localhost is fine
    expect(answer.status).toBe(403)
    expect(localhost.status).toBe(200)
  })

  it('answers pages of its own origin, and refuses other local ports unless allowed', async () => {
    // GIVEN an emulator that allows the Taro dev server's origin, and nothing else
    const { emulator } = await startTestEmulator({ allowedOrigins: ['http://localhost:10086/'] })
    const url = `${emulator.url}/functions/whoami`
    const own = new URL(emulator.url).origin
    // WHEN its own page, the allowed dev server, another local port and a foreign site call
    const preflight = await request(url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:10086' },
    })
    const fromOwn = await postJson(url, {}, { origin: own, 'x-wx-openid': 'me' })
    const fromDev = await postJson(
      url,
      {},
      { origin: 'http://localhost:10086', 'x-wx-openid': 'me' },
    )
    const otherPort = await postJson(
      url,
      {},
      { origin: 'http://127.0.0.1:3000', 'x-wx-openid': 'me' },
    )
    const otherPreflight = await request(url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173' },
    })
    const foreign = await postJson(url, {}, { origin: 'https://evil.example' })
    const upload = await request(`${emulator.url}/storage/upload?path=a/b.png`, {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:3000', 'x-wx-openid': 'me' },
      body: Buffer.from('x'),
    })
    await emulator.close()
    // THEN its own origin and the allowed one are answered, with the identity header allowed
    expect(fromOwn.status).toBe(200)
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:10086')
    expect(preflight.headers['access-control-allow-headers']).toContain('x-wx-openid')
    expect(fromDev.status).toBe(200)
    expect(fromDev.headers['access-control-allow-origin']).toBe('http://localhost:10086')
    // AND any other page, local or not, is refused before anything runs
    for (const refused of [otherPort, otherPreflight, foreign, upload]) {
      expect(refused.status).toBe(403)
      expect(refused.headers['access-control-allow-origin']).toBeUndefined()
    }
  })
})

describe('static files', () => {
  it('serves the H5 build with an SPA fallback, and 404 for a missing asset', async () => {
    // GIVEN a built app folder, and a file beside it that must stay out of reach
    const parent = tempDir('linli-h5-')
    const staticDir = path.join(parent, 'h5')
    fs.mkdirSync(path.join(staticDir, 'js'), { recursive: true })
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>邻里</title>')
    fs.writeFileSync(path.join(staticDir, 'js', 'app.js'), 'console.log(1)')
    fs.writeFileSync(path.join(parent, 'outside.txt'), 'secret')
    const { emulator } = await startTestEmulator({ staticDir })
    const get = (p: string) => request(`${emulator.url}${p}`)
    // WHEN the root, an asset, an app route, a missing asset and a traversal are requested
    const [root, asset, route, missing, traversal] = await Promise.all([
      get('/'),
      get('/js/app.js'),
      get('/pages/report/index'),
      get('/js/missing.js'),
      get('/%2e%2e/outside.txt'),
    ])
    await emulator.close()
    // THEN files come with their types, app routes get index.html, the rest is 404
    expect(root.status).toBe(200)
    expect(root.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(route.text).toContain('<title>邻里</title>')
    expect(missing.status).toBe(404)
    expect(traversal.status).toBe(404)
  })

  it('answers 404 JSON for unknown routes without a static folder', async () => {
    // GIVEN no static folder
    const { emulator } = await startTestEmulator()
    // WHEN an unknown path is requested
    const answer = await request(`${emulator.url}/nothing-here`)
    await emulator.close()
    // THEN a 404 envelope
    expect(answer.status).toBe(404)
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

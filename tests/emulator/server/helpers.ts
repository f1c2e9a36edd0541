// Test helpers for the emulator server: a started emulator on a temp folder, a fake database,
// and a plain HTTP client (node:http, no keep-alive, so nothing lingers after a test).

import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../emulator'

export const FIXTURE_FUNCTIONS = path.join(__dirname, '..', 'fixtures', 'functions')

export interface FakeDatabase {
  bodies: Array<Record<string, unknown>>
  closed: boolean
  factory: NonNullable<EmulatorOptions['database']>
}

/** Records what /admin forwards and answers with a CloudBase-style error naming the action. */
export function fakeDatabase(): FakeDatabase {
  const fake: FakeDatabase = {
    bodies: [],
    closed: false,
    factory: () => ({
      handle: async (body) => {
        fake.bodies.push(body)
        return { code: 'FAKE_DATABASE', message: `fake answer to ${String(body.action)}` }
      },
      close: () => {
        fake.closed = true
      },
    }),
  }
  return fake
}

export interface TestEmulator {
  emulator: RunningEmulator
  database: FakeDatabase
  logs: string[]
  dataDir: string
}

const madeDirs: string[] = []

/** A fresh folder under the OS temp dir, removed after the test file. */
export function tempDir(prefix = 'linli-emulator-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  madeDirs.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const database = fakeDatabase()
  const logs: string[] = []
  const dataDir = options.dataDir ?? tempDir()
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    functionsDir: FIXTURE_FUNCTIONS,
    timers: false,
    database: database.factory,
    log: (line) => logs.push(line),
    ...options,
  })
  return { emulator, database, logs, dataDir }
}

export interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  text: string
  json: () => unknown
}

export interface HttpRequest {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
}

/**
 * One request on a fresh connection; resolves with the answer even if the server cut the upload.
 * The path is sent exactly as written (a URL object would resolve "%2e%2e" segments first).
 */
export async function request(url: string, options: HttpRequest = {}): Promise<HttpAnswer> {
  const { hostname, port } = new URL(url)
  const pathStart = url.indexOf('/', url.indexOf('//') + 2)
  const rawPath = pathStart < 0 ? '/' : url.slice(pathStart)
  return await new Promise((resolve, reject) => {
    const req = http.request({
      hostname,
      port,
      path: rawPath,
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: false,
    })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        const text = body.toString('utf8')
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          text,
          json: () => JSON.parse(text),
        })
      })
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  return await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

/** Calls a function through the gateway as `openid` (no header when undefined). */
export async function callFunction(
  emulator: RunningEmulator,
  name: string,
  event: unknown,
  openid?: string,
): Promise<HttpAnswer> {
  const headers: Record<string, string> = openid === undefined ? {} : { 'x-wx-openid': openid }
  return await postJson(`${emulator.url}/functions/${name}`, event, headers)
}

/** Node's live handles (sockets, servers, child processes, pipes), compared by identity. */
export function liveHandles(): Set<object> {
  const handles = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles()
  return new Set(handles)
}

export function timeoutCount(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length
}

/**
 * The handles opened since `before` that are still open, polled until none is left or `ms` pass.
 * Node releases a closed handle on a later turn of the event loop, and handles left by an earlier
 * test file in this worker may still be closing, so identity (not a count) is what is compared.
 */
export async function handlesLeftSince(before: Set<object>, ms = 2000): Promise<string[]> {
  const deadline = Date.now() + ms
  const fresh = (): object[] => [...liveHandles()].filter((h) => !before.has(h))
  while (fresh().length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setImmediate(resolve))
  }
  return fresh().map((h) => h.constructor.name)
}

// Durability: every answered write survives kill -9 of the process serving the database.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sdkApp } from './helpers/db-server'
import { aRequest } from './helpers/factories'

const ROOT = path.resolve(__dirname, '../..')
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')
const CHILD = path.join(__dirname, 'helpers/db-child.ts')

interface Running {
  wrapper: ChildProcess
  /** The process that holds the database (tsx runs the script in a child of its wrapper). */
  pid: number
  url: string
}

const alive = new Set<number>()

/** Starts the child and resolves once it prints its URL (no sleeping, no polling). */
async function startChild(dataDir: string): Promise<Running> {
  const wrapper = spawn(TSX, [CHILD, dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  for await (const chunk of wrapper.stdout as AsyncIterable<Buffer>) {
    output += chunk.toString('utf8')
    const match = /READY (\d+) (\S+)/.exec(output)
    if (match?.[1] && match[2]) {
      alive.add(Number(match[1]))
      return { wrapper, pid: Number(match[1]), url: match[2] }
    }
  }
  throw new Error(`database child exited before it was ready: ${output}`)
}

/** kill -9 of the database process; its tsx wrapper exits with it. */
async function killHard(running: Running): Promise<void> {
  const exited = once(running.wrapper, 'exit')
  process.kill(running.pid, 'SIGKILL')
  await exited
  alive.delete(running.pid)
}

let dataDir: string
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'linli-durability-'))
})
afterAll(() => {
  // A failed assertion must not leave a database process behind.
  for (const pid of alive) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true })
})

it('keeps every answered document across kill -9 and restart', async () => {
  const answered: unknown[] = []
  const bursts = 3
  for (let burst = 0; burst <= bursts; burst++) {
    // GIVEN the database process (re)started on the same data folder
    const running = await startChild(dataDir)
    const db = sdkApp(running.url).database()
    if (burst === 0) await db.createCollection('durable')
    const durable = db.collection('durable')
    // THEN everything answered before the last kill -9 is there
    expect((await durable.count()).total).toBe(answered.length)
    const stored = await durable
      .where({ _id: db.command.in(answered) })
      .limit(1000)
      .get()
    expect(stored.data).toHaveLength(answered.length)
    if (burst > 0)
      expect((await durable.doc('tally').get()).data).toEqual([{ _id: 'tally', bursts: burst }])
    if (burst < bursts) {
      // WHEN a burst of concurrent single adds, one batch add and an update are answered
      const singles = await Promise.all(
        Array.from({ length: 40 }, (_, i) => durable.add(aRequest({ urgency: i }))),
      )
      const batch = await durable.add(Array.from({ length: 10 }, () => aRequest()))
      if (burst === 0) await durable.add({ _id: 'tally', bursts: 0 })
      await durable.doc('tally').update({ bursts: db.command.inc(1) })
      answered.push(
        ...singles.map((res) => res.id),
        ...(batch.ids ?? []),
        ...(burst === 0 ? ['tally'] : []),
      )
    }
    // AND the process is killed with SIGKILL right after the answers
    await killHard(running)
  }
})

// npm run test:crash: writers file reports through the gateway while the server is killed with
// SIGKILL and restarted (20 times by default); every write answered ok must be there afterwards,
// whole. Not part of npm test (about a minute). CRASH_KILLS, CRASH_WRITERS tune it.
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { requestDocSchema } from '@linli/types'
import { seedDemoCommunity } from '../cloudfunctions/seed/seed-database'
import { findCredentials } from '../emulator/server/admin-credentials'
import { crashServer, startServer, type ServerProcess } from './crash/server-process'
import { runWriters, type Acknowledged } from './crash/writers'
import { sdkDatabase, type LocalDatabase } from './local-sdk'

const root = resolve(__dirname, '..')
const KILLS = Number(process.env.CRASH_KILLS ?? 20)
const WRITERS = Number(process.env.CRASH_WRITERS ?? 8)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const freePort = async (): Promise<number> =>
  await new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolvePort(port))
    })
  })

const allRequests = async (db: LocalDatabase): Promise<Map<string, Record<string, unknown>>> => {
  const found = new Map<string, Record<string, unknown>>()
  for (let skip = 0; ; skip += 1000) {
    const page = await db.collection('requests').skip(skip).limit(1000).get()
    const docs = page.data as Array<Record<string, unknown>>
    for (const doc of docs) found.set(String(doc._id), doc)
    if (docs.length < 1000) return found
  }
}

/** What must hold: each acknowledged write present and equal to what was sent; every doc whole. */
const check = (acked: Acknowledged[], stored: Map<string, Record<string, unknown>>): string[] => {
  const problems: string[] = []
  for (const a of acked) {
    const doc = stored.get(a.id)
    if (!doc) problems.push(`missing: ${a.clientRequestId} (${a.id})`)
    else if (doc.clientRequestId !== a.clientRequestId || doc.description !== a.description) {
      problems.push(`different: ${a.clientRequestId}`)
    }
  }
  for (const [id, doc] of stored) {
    const parsed = requestDocSchema.safeParse(doc)
    if (!parsed.success) problems.push(`half-written ${id}: ${parsed.error.issues[0]?.message}`)
  }
  return problems
}

const main = async (): Promise<void> => {
  if (!existsSync(join(root, 'dist', 'functions', 'requests', 'index.js'))) {
    throw new Error('dist/functions is missing: run `npm run build:functions` first')
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-crash-'))
  const port = await freePort()
  let server: ServerProcess = await startServer(root, port, dataDir)
  const credentials = findCredentials(dataDir)
  if (!credentials) throw new Error('the emulator wrote no credentials')
  await seedDemoCommunity(sdkDatabase(`${server.url}/admin`, credentials))

  const started = Date.now()
  let writing = true
  const writers = runWriters(
    () => server.url,
    WRITERS,
    () => writing,
  )
  let downMs = 0
  for (let kill = 1; kill <= KILLS; kill++) {
    await sleep(300 + Math.floor(Math.random() * 900))
    await crashServer(server)
    const down = Date.now()
    server = await startServer(root, port, dataDir)
    downMs += Date.now() - down
    process.stdout.write(`\rkill -9 #${kill}/${KILLS}`)
  }
  await sleep(500)
  writing = false
  const stats = await writers
  const durationMs = Date.now() - started

  const stored = await allRequests(sdkDatabase(`${server.url}/admin`, credentials))
  const problems = check(stats.acknowledged, stored)
  const foundWhole = stats.acknowledged.filter((a) => {
    const doc = stored.get(a.id)
    return doc?.description === a.description && requestDocSchema.safeParse(doc).success
  }).length
  const halfWritten = problems.filter((p) => p.startsWith('half')).length
  await server.group.stop(3000)
  const sqlite = new Database(join(dataDir, 'database.sqlite'), { readonly: true })
  const integrity = String(sqlite.pragma('integrity_check', { simple: true }))
  sqlite.close()

  console.log(`
kills (SIGKILL + restart):  ${KILLS}
writers:                    ${WRITERS}
duration:                   ${(durationMs / 1000).toFixed(1)} s (server down/restarting ${(downMs / 1000).toFixed(1)} s)
write attempts:             ${stats.attempts} (${stats.failedAttempts} failed or unanswered, re-sent)
writes answered ok:         ${stats.acknowledged.length}
  of those found, whole:    ${foundWhole}
requests stored:            ${stored.size}
documents failing schema:   ${halfWritten}
sqlite integrity_check:     ${integrity}`)
  if (problems.length > 0 || integrity !== 'ok') {
    console.error(`\nFAILED:\n${problems.slice(0, 20).join('\n')}`)
    console.error(`data kept in ${dataDir}`)
    process.exit(1)
  }
  rmSync(dataDir, { recursive: true, force: true })
  console.log('\n✔ every write answered ok survived, and no document is half-written')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

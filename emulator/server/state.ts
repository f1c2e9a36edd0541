// What the routes share: the emulator's services and settings, filled in as it starts.

import type { FunctionsHost } from '../functions-host/host'
import type { FileStore } from '../storage/file-store'
import type { AdminCredentials } from './admin-credentials'
import type { Faults } from './faults'

/**
 * The database as the server uses it — the shape of emulator/database's `Database`, written here
 * so the server depends on the port, not on the engine (tests pass a fake).
 */
export interface DatabasePort {
  /** Answers one /admin body whose action starts with "database."; never throws for bad input. */
  handle(body: Record<string, unknown>): Promise<unknown>
  close(): void
}

export interface ServerState {
  credentials: AdminCredentials
  envId: string
  /** http://127.0.0.1:PORT, known once the server listens. */
  url: string
  /** Listening beyond loopback (exposeOnNetwork); else the Host check guards against DNS rebinding. */
  exposed: boolean
  /** /admin takes only requests signed with `credentials`. */
  requireSignature: boolean
  /** Origins besides the server's own whose pages may call /functions and /storage. */
  allowedOrigins: readonly string[]
  /** Injected latency and failures (none unless asked for). */
  faults: Faults
  /** False until the database is open and the functions folder scanned; /healthz says so. */
  ready: boolean
  database: DatabasePort
  functions: FunctionsHost | null
  storage: FileStore
  staticDir: string | null
  log: (line: string) => void
}

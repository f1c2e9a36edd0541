// What the routes share: the emulator's services and settings, filled in as it starts.

import type { FunctionsHost } from '../functions-host/host'
import type { FileStore } from '../storage/file-store'
import type { WeChatService } from '../wechat/wechat-service'

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
  envId: string
  /** http://127.0.0.1:PORT, known once the server listens. */
  url: string
  /** Listening on loopback only: enables the Host check against DNS rebinding. */
  loopbackOnly: boolean
  /** False until the database is open and the functions folder scanned; /healthz says so. */
  ready: boolean
  database: DatabasePort
  functions: FunctionsHost | null
  storage: FileStore
  /** WeChat's open APIs (subscribe messages, content checks) as the emulator answers them. */
  wechat: WeChatService
  staticDir: string | null
  log: (line: string) => void
}

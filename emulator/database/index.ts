// The embedded CloudBase database: answers the SDK's database.* actions from one SQLite file.
import type { ActionContext } from './actions/context'
import { dispatch } from './protocol/dispatch'
import { loadIndexConfig } from './store/index-config'
import { syncIndexes } from './store/index-sync'
import { SqliteStore, type PlanListener } from './store/sqlite-store'
import { TransactionManager } from './transactions/transaction-manager'

export type { Plan } from './store/planner'
export type { PlanListener } from './store/sqlite-store'
export { meterRoundTrips, type RoundTripMeter } from './round-trips'

export interface DatabaseOptions {
  dataDir: string
  indexConfigPath?: string
  now?: () => Date
  /** Hears the plan of every query (tests assert that the functions' queries walk an index). */
  onPlan?: PlanListener
}

export interface Database {
  /** Answers one /admin request body whose action starts with "database."; returns the JSON body to send back (HTTP 200), in the envelope the SDK parses, including CloudBase-style {code, message} errors. Never throws for bad input. */
  handle(body: Record<string, unknown>): Promise<unknown>
  close(): void
}

/** Opens (or creates) the store under dataDir; throws only for an unusable data dir or index config. */
export function openDatabase(opts: DatabaseOptions): Database {
  const config = loadIndexConfig(opts.indexConfigPath)
  const store = new SqliteStore(opts.dataDir)
  try {
    syncIndexes(store, config)
  } catch (error) {
    store.close()
    throw error
  }
  if (opts.onPlan) store.onPlan(opts.onPlan)
  const now = opts.now ?? (() => new Date())
  const ctx: ActionContext = { store, transactions: new TransactionManager(store, now), now }
  return {
    handle: async (body) => dispatch(body, ctx),
    close: () => store.close(),
  }
}

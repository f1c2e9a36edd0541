// What every database action receives, and the shape of an action.
import type { ResponseBody } from '../protocol/envelope'
import type { RequestBody } from '../protocol/params'
import type { SqliteStore } from '../store/sqlite-store'
import type { TransactionManager } from '../transactions/transaction-manager'

export interface ActionContext {
  store: SqliteStore
  transactions: TransactionManager
  now: () => Date
}

/** Synchronous on purpose: one action runs to its end before the next starts, so each is atomic. */
export type Action = (body: RequestBody, ctx: ActionContext) => ResponseBody

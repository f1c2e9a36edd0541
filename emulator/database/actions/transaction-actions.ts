// database.startTransaction / commitTransaction / abortTransaction.
import { invalidParam } from '../protocol/errors'
import { success } from '../protocol/envelope'
import { transactionIdOf } from '../protocol/params'
import type { Action } from './context'

function requireTransactionId(body: Record<string, unknown>): string {
  const id = transactionIdOf(body)
  if (!id) throw invalidParam('transactionId is required')
  return id
}

/** The SDK reads `transactionId` from the top level of the answer. */
export const startTransaction: Action = (_body, ctx) =>
  success({ transactionId: ctx.transactions.start() })

export const commitTransaction: Action = (body, ctx) => {
  ctx.transactions.commit(requireTransactionId(body))
  return success({})
}

export const abortTransaction: Action = (body, ctx) => {
  ctx.transactions.abort(requireTransactionId(body))
  return success({})
}
